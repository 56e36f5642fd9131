"""Gold annotations in the format of GOLD_FORMAT.md: models, loading, and joining texts by id.

A gold line carries its text, or its `id` joins it to an article of `--articles` (JSONL of
`{id, text, published_at, ...}`). `published_at` on the gold line is the document creation time the
extractor gets (null = unknown), so it wins over the article's.

A line scores only the categories whose key its `gold` object carries (absent = not annotated, empty
list = there is none): `Gold.annotated(key)` tells them apart through pydantic's set fields.
`clusters.jsonl` (cross-document coreference) is a corpus-level file read by `load_clusters`.
"""

import json
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from chronicle.errors import ChronicleError
from chronicle.extraction.models import Article

__all__ = [
    "Gold",
    "GoldAttribution",
    "GoldCausal",
    "GoldClaim",
    "GoldCluster",
    "GoldClusterMention",
    "GoldEffect",
    "GoldEntity",
    "GoldError",
    "GoldEvent",
    "GoldLine",
    "GoldQuantity",
    "GoldRelation",
    "GoldTimex",
    "GoldToponym",
    "gold_articles",
    "join_texts",
    "load_articles",
    "load_clusters",
    "load_gold",
    "parse_gold_lines",
    "row_article",
]


class GoldError(ChronicleError, ValueError):
    """A gold file line is malformed or has no text to score on."""


class _Item(BaseModel):
    model_config = ConfigDict(extra="ignore")


class GoldEntity(_Item):
    """A person, place or organisation the extractor should find."""

    type: str
    name: str
    aliases: list[str] = Field(default_factory=list)
    optional: bool = False


class GoldTimex(_Item):
    """A time expression: text, TIMEX3 value (null = unresolvable), optional character offsets."""

    text: str
    value: str | None = None
    mod: str | None = None
    type: str | None = None
    optional: bool = False
    start: int | None = None
    end: int | None = None


class GoldClaim(_Item):
    """A statement: who, a substring of what was said, when it was said."""

    speaker: str | None = None
    contains: str
    stated: str | None = None
    about: list[str] = Field(default_factory=list)


class GoldEvent(_Item):
    """An event by name (and aliases), with its place and when."""

    name: str
    aliases: list[str] = Field(default_factory=list)
    place: str | None = None
    when: str | None = None


class GoldEffect(_Item):
    """A causal claim: cause affected target, stated in a sentence containing `contains`."""

    cause: str
    target: str
    contains: str
    claimed_by: str | None = None


class GoldQuantity(_Item):
    """A number with what it counts, where, as of when, according to whom."""

    what: str | None = None
    value: float
    place: str | None = None
    as_of: str | None = None
    source: str | None = None


Fragments = list[tuple[int, int]]


class GoldAttribution(_Item):
    """An attribution (PolNeAR): source, cue and content, each with its fragments' offsets."""

    source: str | None = None
    source_spans: Fragments = Field(default_factory=list)
    source_pronoun: bool = False
    cue: str | None = None
    cue_spans: Fragments = Field(default_factory=list)
    content: str = ""
    content_spans: Fragments = Field(default_factory=list)


class GoldRelation(_Item):
    """One cause -> effect relation of a causal sentence, with both spans' offsets."""

    cause: str
    cause_start: int
    cause_end: int
    effect: str
    effect_start: int
    effect_end: int
    signal: str | None = None


class GoldCausal(_Item):
    """A sentence's causal label and, when annotated, its relations (Causal News Corpus)."""

    label: bool
    relations_annotated: bool = False
    relations: list[GoldRelation] = Field(default_factory=list)


class GoldToponym(_Item):
    """A toponym (GeoWebNews) with its GeoNames id and/or coordinates; optional ones have neither."""

    text: str
    start: int
    end: int
    geonames_id: int | None = None
    lat: float | None = None
    lon: float | None = None
    type: str | None = None
    optional: bool = False


class Gold(_Item):
    """Everything annotated for one article; keys absent from the line are not annotated."""

    entities: list[GoldEntity] = Field(default_factory=list)
    timexes: list[GoldTimex] = Field(default_factory=list)
    claims: list[GoldClaim] = Field(default_factory=list)
    events: list[GoldEvent] = Field(default_factory=list)
    effects: list[GoldEffect] = Field(default_factory=list)
    quantities: list[GoldQuantity] = Field(default_factory=list)
    attributions: list[GoldAttribution] = Field(default_factory=list)
    causal: GoldCausal | None = None
    toponyms: list[GoldToponym] = Field(default_factory=list)

    def annotated(self, key: str) -> bool:
        """The line carries this category's key, so its predictions there are scored."""
        return key in self.model_fields_set


class GoldLine(_Item):
    """One line of a gold file."""

    id: str
    published_at: date | datetime | None = None
    text: str | None = None
    gold: Gold = Field(default_factory=Gold)


class GoldClusterMention(_Item):
    """One mention of a gold coreference cluster: offsets into the text of `article_id`."""

    article_id: str
    start: int
    end: int
    text: str = ""


class GoldCluster(_Item):
    """A cross-document coreference cluster (one line of `clusters.jsonl`, MEANTIME)."""

    id: str
    kind: Literal["entity", "event"]
    type: str | None = None
    chronicle_type: str | None = None
    scope: str | None = None
    name: str | None = None
    mentions: list[GoldClusterMention] = Field(default_factory=list)


def parse_gold_lines(lines: Iterable[str | Mapping[str, Any]]) -> list[GoldLine]:
    """Gold lines from JSON strings or already-parsed dicts; blank lines are skipped."""
    parsed: list[GoldLine] = []
    for number, line in enumerate(lines, 1):
        if isinstance(line, str):
            if not line.strip():
                continue
            try:
                line = json.loads(line)
            except json.JSONDecodeError as exc:
                raise GoldError(f"gold line {number}: not JSON ({exc.msg})") from exc
        try:
            parsed.append(GoldLine.model_validate(line))
        except ValidationError as exc:
            raise GoldError(
                f"gold line {number}: {exc.errors()[0]['msg']} at {exc.errors()[0]['loc']}"
            ) from exc
    return parsed


def load_gold(path: Path) -> list[GoldLine]:
    """Read a gold JSONL file."""
    with path.open(encoding="utf-8") as lines:
        return parse_gold_lines(lines)


def load_clusters(path: Path) -> list[GoldCluster]:
    """Read a `clusters.jsonl` file: one gold cluster a line."""
    clusters: list[GoldCluster] = []
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                clusters.append(GoldCluster.model_validate_json(line))
            except ValueError as exc:
                raise GoldError(f"{path.name} line {number}: not a cluster ({exc})") from exc
    return clusters


def load_articles(path: Path) -> dict[str, dict[str, Any]]:
    """Articles JSONL by id (each at least `{id, text}`)."""
    articles: dict[str, dict[str, Any]] = {}
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                row = json.loads(line)
                articles[row["id"]] = row
    return articles


def join_texts(
    gold_lines: Iterable[GoldLine], articles: Mapping[str, Mapping[str, Any]] | None = None
) -> list[GoldLine]:
    """Gold lines with `text` filled from the articles by id; a line left without text is an error."""
    joined: list[GoldLine] = []
    for line in gold_lines:
        if line.text is None:
            article = (articles or {}).get(line.id)
            if article is None or not article.get("text"):
                raise GoldError(f"gold line {line.id!r} has no text and no article with that id")
            line = line.model_copy(update={"text": article["text"]})
        joined.append(line)
    return joined


def gold_articles(
    gold_lines: Iterable[GoldLine], articles: Mapping[str, Mapping[str, Any]] | None = None
) -> list[Article]:
    """The extractor's input for each gold line: its text (joined by id) and its DCT."""
    result: list[Article] = []
    for line in join_texts(gold_lines, articles):
        extra = (articles or {}).get(line.id, {})
        result.append(
            Article(
                id=line.id,
                text=line.text or "",
                title=extra.get("title"),
                url=extra.get("url"),
                source=extra.get("source"),
                published_at=line.published_at,
            )
        )
    return result


def row_article(row: Mapping[str, Any]) -> Article:
    """The extractor's input for one row of an articles file (its own DCT)."""
    return Article(
        id=row["id"],
        text=row.get("text") or "",
        title=row.get("title"),
        url=row.get("url"),
        source=row.get("source"),
        published_at=row.get("published_at"),
    )
