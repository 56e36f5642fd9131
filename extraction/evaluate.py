"""Score the extractor on a gold file: load, pick lines, extract every article once, compare.

No servers. `--split` keeps the gold lines whose article carries that `split`; `--limit N` then keeps
the first N. Every article is extracted on its own through `extract_many` (batched), once, also when
both the gold lines and a clusters file need it.
"""

from pathlib import Path

from chronicle.extraction.gold import (
    GoldError,
    GoldLine,
    gold_articles,
    join_texts,
    load_articles,
    load_gold,
)
from chronicle.extraction.pipeline import extract_many
from chronicle.extraction.scoring import Report, score

__all__ = ["evaluate", "select_lines"]


def select_lines(
    lines: list[GoldLine],
    articles: dict[str, dict] | None,
    *,
    split: str | None = None,
    limit: int | None = None,
) -> list[GoldLine]:
    """The gold lines of one split (read from the articles' `split` field), then the first `limit`."""
    if split is not None:
        rows = articles or {}
        if not any("split" in row for row in rows.values()):
            raise GoldError("--split needs --articles whose lines carry a `split` field")
        lines = [line for line in lines if rows.get(line.id, {}).get("split") == split]
    return lines if limit is None else lines[:limit]


def evaluate(
    gold_path: Path,
    articles_path: Path | None = None,
    *,
    split: str | None = None,
    limit: int | None = None,
) -> Report:
    """The GOLD_FORMAT.md report of the current extractor on `gold_path` (texts from `articles_path`)."""
    articles = load_articles(articles_path) if articles_path else None
    lines = join_texts(select_lines(load_gold(gold_path), articles, split=split, limit=limit), articles)
    predictions = {doc.article.id: doc for doc in extract_many(gold_articles(lines, articles))}
    return score(lines, predictions)
