"""Score the extractor on a gold file: load, extract every article, compare (no servers)."""

from pathlib import Path

from chronicle.extraction.gold import gold_articles, join_texts, load_articles, load_gold
from chronicle.extraction.pipeline import extract_many
from chronicle.extraction.scoring import Report, score

__all__ = ["evaluate"]


def evaluate(gold_path: Path, articles_path: Path | None = None) -> Report:
    """The GOLD_FORMAT.md report of the current extractor on `gold_path` (texts from `articles_path`)."""
    articles = load_articles(articles_path) if articles_path else None
    lines = join_texts(load_gold(gold_path), articles)
    predictions = {doc.article.id: doc for doc in extract_many(gold_articles(lines, articles))}
    return score(lines, predictions)
