"""The benchmark's inputs: the shared corpora, cycled into N distinct articles or N synthetic graph rows.

The texts are read from ../shared/data (never copied into the repo). End-to-end runs publish the real
texts again and again under distinct ids. Query benchmarks need graphs of 10k-50k articles, far more
than anyone wants to extract, so they are generated from the corpus' own extraction: copy `k` of an
article gets its own article and claim ids, dates shifted back `k % YEARS` years, and its people,
organisations, events and non-country places renamed per cohort of COHORT copies (so an entity
appears in about COHORT times as many articles as in the corpus, and the graph keeps growing in
entities as it grows in articles); countries stay shared, as they are in a real news graph.
"""

import json
import re
from collections.abc import Iterator, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from chronicle.consumers.contracts import ArticleMessage
from chronicle.extraction.models import Article, GraphDoc
from chronicle.graph.rows import WriteRows, write_rows

__all__ = [
    "COHORT",
    "CORPORA",
    "YEARS",
    "cycled_messages",
    "hub_keys",
    "load_articles",
    "synthetic_rows",
    "word_count",
]

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"
CORPORA = (SHARED / "meantime" / "articles.jsonl", SHARED / "seed" / "articles.jsonl")
COHORT = 10
YEARS = 20
_TIMEX_FIELDS = frozenset({"value", "stated_value", "as_of_value", "about_value"})
_YEAR = re.compile(r"^(\d{4})")


def load_articles(paths: Sequence[Path] = CORPORA) -> list[Article]:
    """Every article of the shared corpora, in file order."""
    articles = []
    for path in paths:
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                row = json.loads(line)
                articles.append(
                    Article(
                        id=row["id"],
                        text=row["text"],
                        title=row.get("title"),
                        url=row.get("url"),
                        source=row.get("source"),
                        published_at=row.get("published_at"),
                    )
                )
    return articles


def word_count(texts: Sequence[str]) -> int:
    """Whitespace-separated words, the unit of the words/s figures."""
    return sum(len(t.split()) for t in texts)


def cycled_messages(articles: Sequence[Article], count: int, tag: str) -> list[ArticleMessage]:
    """`count` queue messages cycling through `articles`, each with its own id (bench-<tag>-<n>)."""
    messages = []
    for n in range(count):
        article = articles[n % len(articles)]
        messages.append(
            ArticleMessage(
                id=f"bench-{tag}-{n:06d}",
                title=article.title,
                source=article.source,
                published_at=article.published_at,
                text=article.text,
            )
        )
    return messages


def hub_keys(docs: Sequence[GraphDoc]) -> frozenset[str]:
    """Keys that stay shared by every synthetic copy: the countries."""
    return frozenset(
        e.key for doc in docs for e in doc.entities if e.place is not None and e.place.kind == "country"
    )


def _shift(value: date | datetime, years: int) -> date | datetime:
    try:
        return value.replace(year=value.year - years)
    except ValueError:  # 29 February
        return value.replace(year=value.year - years, day=28)


class _Variant:
    """Copy `copy` of the corpus: the renaming and date shift applied to one article's rows."""

    def __init__(self, copy: int, keys: frozenset[str], hubs: frozenset[str], claim_ids: frozenset[str]):
        self.years = copy % YEARS
        cohort = copy // COHORT
        self.keys = {k: f"{k}~{cohort}" for k in keys - hubs} if cohort else {}
        self.renamed = frozenset(self.keys.values())
        self.suffix = f" {cohort}"
        self.claims = {c: f"{c}~{copy}" for c in claim_ids} if copy else {}

    def value(self, key: str | None, value: Any) -> Any:
        if isinstance(value, str):
            if key in _TIMEX_FIELDS and self.years:
                return _YEAR.sub(lambda m: str(int(m.group(1)) - self.years), value)
            return self.keys.get(value) or self.claims.get(value) or value
        if isinstance(value, date):
            return _shift(value, self.years) if self.years else value
        if isinstance(value, dict):
            return {k: self.value(k, v) for k, v in value.items()}
        if isinstance(value, list):
            return [self.value(key, v) for v in value]
        return value

    def rename(self, rows: list[dict[str, Any]]) -> None:
        """Varied names: a renamed entity's name and aliases carry the cohort number."""
        for row in rows:
            if row["key"] in self.renamed:
                row["name"] += self.suffix
                row["aliases"] = [a + self.suffix for a in row["aliases"]]
            if row.get("part_of_key") in self.renamed:
                row["part_of_name"] += self.suffix
            for parent in row.get("parents", []):
                if parent["key"] in self.renamed:
                    parent["name"] += self.suffix
                if parent.get("part_of_key") in self.renamed:
                    parent["part_of_name"] += self.suffix


def _ids(rows: WriteRows) -> tuple[frozenset[str], frozenset[str]]:
    keys = {r["key"] for r in rows["entities"]} | {r["key"] for r in rows["events"]}
    keys |= {r["part_of_key"] for r in rows["entities"] if r["part_of_key"]}
    keys |= {p["key"] for r in rows["entities"] for p in r.get("parents", [])}
    # claims and effects get their own ids per copy (an effect id hashes its article's id: without
    # this every copy of an article would MERGE into one Effect node)
    return frozenset(keys), frozenset(r["id"] for r in (*rows["claims"], *rows["effects"]))


def synthetic_rows(
    docs: Sequence[GraphDoc], start: int, count: int, hubs: frozenset[str] | None = None
) -> Iterator[WriteRows]:
    """Write rows of synthetic articles `start` .. `start + count - 1` (deterministic)."""
    hubs = hub_keys(docs) if hubs is None else hubs
    base = [write_rows(doc) for doc in docs]
    ids = [_ids(rows) for rows in base]
    for n in range(start, start + count):
        copy, index = divmod(n, len(base))
        keys, claim_ids = ids[index]
        variant = _Variant(copy, keys, hubs, claim_ids)
        rows: WriteRows = variant.value(None, base[index])
        rows["article"]["id"] = f"gen-{n:06d}"
        variant.rename(rows["entities"])
        variant.rename(rows["events"])
        yield rows
