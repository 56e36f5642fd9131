"""Score the extractor on a gold file: load, pick lines, extract every article once, compare.

No servers. `split` keeps the gold lines whose article carries that `split`; `limit` then keeps the
first N. Every article is extracted on its own through `extract_many` (batched), once, also when both
the gold lines and a clusters file need it. With a clusters file, the articles scored are every
article of `articles_path`, or, when `split` or `limit` picked lines, the articles of those lines.
`resolve` is the cross-article resolution seam of `scoring.clusters` (None: the extractor's keys).
"""

from pathlib import Path
from typing import Any

from chronicle.extraction.gold import (
    GoldError,
    GoldLine,
    gold_articles,
    join_texts,
    load_articles,
    load_clusters,
    load_gold,
    row_article,
)
from chronicle.extraction.models import Article
from chronicle.extraction.pipeline import extract_many, load_pipeline
from chronicle.extraction.scoring import Report, score
from chronicle.extraction.scoring.clusters import Resolve, score_clusters

__all__ = ["evaluate", "lemma_keys", "select_lines"]


def select_lines(
    lines: list[GoldLine],
    articles: dict[str, dict[str, Any]] | None,
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


def lemma_keys(texts: list[str]) -> list[str]:
    """The events' same-name baseline keys: each text on its own through the project's spaCy model
    (without Chronicle's components), the lowercased lemma of every token joined by one space."""
    nlp = load_pipeline()
    ours = [name for name in nlp.pipe_names if name.startswith("chronicle_")]
    with nlp.select_pipes(disable=ours):
        return [" ".join(token.lemma_.lower() for token in doc) for doc in nlp.pipe(texts)]


def evaluate(
    gold_path: Path,
    articles_path: Path | None = None,
    *,
    clusters_path: Path | None = None,
    split: str | None = None,
    limit: int | None = None,
    resolve: Resolve | None = None,
) -> Report:
    """The GOLD_FORMAT.md report of the current extractor on `gold_path` (texts from `articles_path`)."""
    if clusters_path is not None and articles_path is None:
        raise GoldError("--clusters needs --articles: the clusters' mentions point into those texts")
    clusters = load_clusters(clusters_path) if clusters_path else None
    articles = load_articles(articles_path) if articles_path else None
    all_lines = load_gold(gold_path)
    lines = join_texts(select_lines(all_lines, articles, split=split, limit=limit), articles)
    inputs: dict[str, Article] = {article.id: article for article in gold_articles(lines, articles)}
    cluster_ids: list[str] = []
    if clusters is not None and articles is not None:
        picked = split is not None or limit is not None
        cluster_ids = [line.id for line in lines if line.id in articles] if picked else list(articles)
        for article_id in cluster_ids:
            inputs.setdefault(article_id, row_article(articles[article_id]))
    predictions = {doc.article.id: doc for doc in extract_many(inputs.values())}
    report = score(lines, predictions)
    if clusters is not None:
        docs = [predictions[article_id] for article_id in cluster_ids]
        report.clusters = score_clusters(clusters, docs, resolve=resolve, event_key=lemma_keys)
    return report
