"""Full-text search over what was said: claim texts, evidence sentences and event names.

The indexes are declared in cypher/schema.cypher (English analyzer, so "encircled" finds
"encirclement"); the query is cypher/search/search.cypher. A graph whose worker has not started since
the indexes were added gets them on the first search (the schema statements are all IF NOT EXISTS).
"""

import re
from datetime import date, datetime

from neo4j import Driver
from neo4j.exceptions import ClientError
from pydantic import BaseModel, Field

from chronicle.graph.errors import GraphError
from chronicle.graph.queries import read
from chronicle.graph.schema import apply_schema

__all__ = ["SEARCH_INDEXES", "EmptySearch", "SearchRow", "search", "search_lucene"]

SEARCH_INDEXES = ("claim_texts", "event_names", "evidence_sentences")
_SPECIAL = re.compile(r'([+\-!(){}\[\]^"~*?:\\/&|])')
_TOKENS = re.compile(r'"([^"]*)"|(\S+)')


class EmptySearch(GraphError):
    """The search text holds no word to look for."""


class SearchRow(BaseModel):
    """One match: a claim, a figure, an event or an effect, with its date, speaker, outlet and sentence."""

    kind: str = Field(examples=["claim", "figure", "event", "effect"])
    score: float = Field(description="Lucene's relevance score; rows come best first.")
    when: str | None = Field(None, description="TIMEX3 value of when it was said (claims) or happened.")
    valid_from: date | None = None
    valid_to: date | None = None
    who: str | None = Field(None, description="The speaker; for an event, the first participant.")
    what: str = Field(description="The claim's text, the event's name, or 'cause → target: effect'.")
    metric: str | None = None
    value: float | None = None
    unit: str | None = None
    status: str | None = Field(None, description="For events: happened, claimed, denied, planned, ...")
    source: str | None = Field(None, description="The outlet.")
    article: str | None = Field(None, description="The article's title.")
    published_at: date | datetime | None = None
    url: str | None = None
    article_id: str | None = None
    id: str | None = Field(None, description="Claim id, or the event's key.")
    evidence: str | None = Field(None, description="The sentence that says it.")
    total: int | None = Field(None, description="How many matches there are in all.")


def search_lucene(text: str) -> str:
    """A Lucene query that finds every word (AND), keeping "quoted phrases" and a trailing * on a word.

    Words are escaped and lowercased, so user text never reads as Lucene syntax (AND/OR/NOT, ':'...).

    Raises:
        EmptySearch: nothing to look for.
    """
    terms = []
    for phrase, word in _TOKENS.findall(text):
        if phrase.strip():
            terms.append('"' + _SPECIAL.sub(r"\\\1", phrase.strip().lower()) + '"')
        elif word:
            star = word.endswith("*") and len(word.rstrip("*")) >= 3
            core = word.rstrip("*") if star else word
            core = _SPECIAL.sub(r"\\\1", core.lower())
            if any(c.isalnum() for c in core):
                terms.append(core + ("*" if star else ""))
    if not terms:
        raise EmptySearch(f'nothing to search for in {text!r}: give a word or a "phrase"')
    return " AND ".join(terms)


def _missing_index(error: ClientError) -> bool:
    return "index" in (error.message or "").lower() and any(
        name in (error.message or "") for name in SEARCH_INDEXES
    )


def search(
    driver: Driver,
    database: str,
    text: str,
    *,
    who_key: str | None = None,
    about_key: str | None = None,
    since: date | None = None,
    until: date | None = None,
    limit: int = 50,
) -> list[SearchRow]:
    """Matches for `text`, best first.

    Args:
        text: words (all must match) and "quoted phrases"; `word*` matches a prefix.
        who_key, about_key: entity keys (from `resolve`) to keep what that one said / what is about it.
        since, until: a window on when it was said or happened.
        limit: at most this many rows (each carries `total`).
    """
    params = {
        "lucene": search_lucene(text),
        "who_key": who_key,
        "about_key": about_key,
        "since": since,
        "until": until,
        "limit": limit,
    }
    try:
        rows = read(driver, database, "search", params, "search")
    except ClientError as error:
        if not _missing_index(error):
            raise
        apply_schema(driver, database)  # a graph older than the indexes: create and fill them once
        rows = read(driver, database, "search", params, "search")
    return [SearchRow(**row) for row in rows]
