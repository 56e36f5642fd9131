"""Typed rows of the canned queries: what each answer row holds.

Each model mirrors the RETURN clause of one file in cypher/queries/ (same names, same order), so
`ROW_MODELS[name](**row)` validates a query's output and JSON output keeps the query's own fields.
"""

from datetime import date, datetime
from typing import Any

from pydantic import BaseModel, Field

from chronicle.when import when_words

__all__ = [
    "ROW_MODELS",
    "Candidate",
    "ChangeRow",
    "ClaimRow",
    "ConflictRow",
    "ConnectionRow",
    "ContradictionRow",
    "EffectRow",
    "EventRow",
    "NumberRow",
    "PlaceRow",
    "SourceRow",
    "StatRow",
    "TimelineRow",
]

Published = date | datetime | None


def _total() -> Any:
    """The `total` field every windowed answer row carries."""
    return Field(
        None,
        description="How many rows the whole answer has; more than were returned when the limit cut it.",
    )


class Candidate(BaseModel):
    """A node a user's name may refer to."""

    key: str
    name: str
    label: str = Field(examples=["Place"])
    kind: str | None = Field(None, examples=["city", "operation"])
    region: str | None = None
    country_code: str | None = None
    when: str | None = Field(None, description="An event's date (TIMEX3 value), e.g. 2024-08.")
    exact_name: bool = False
    exact_alias: bool = False
    articles: int = 0
    show_key: bool = Field(False, description="Name the key too (in a list of ambiguous candidates).")

    def describe(self) -> str:
        """'Pokrovsk (city, Donetsk Oblast, UA)', 'Kursk operation (operation, from Aug 2024)'."""
        details = [d for d in (self.kind or self.label.lower(), self.region, self.country_code) if d]
        if self.when:
            details.append(f"from {when_words(self.when)}")
        if self.show_key:
            details.append(f"{self.articles} article{'' if self.articles == 1 else 's'}, key {self.key}")
        return f"{self.name} ({', '.join(details)})"


class TimelineRow(BaseModel):
    """One dated fact: when, what kind, who says so, and the article it comes from."""

    when: str | None = Field(None, description="TIMEX3 value, e.g. 2025-W25.")
    mod: str | None = None
    precision: str | None = None
    valid_from: date
    valid_to: date | None = None
    date_text: str | None = None
    kind: str = Field(examples=["event", "claim", "figure", "statement", "effect"])
    what: str
    who: str | None = None
    stated_on: date | None = None
    metric: str | None = Field(None, description="For figures: what is counted.", examples=["Russian troops"])
    value: float | None = None
    unit: str | None = None
    approximate: bool | None = None
    source: str | None = None
    article: str | None = None
    published_at: Published = None
    article_id: str
    evidence: str | None = None
    status: str | None = Field(
        None, description="Events: happened, claimed, denied, planned, hypothetical or failed, as stated."
    )
    status_cue: str | None = Field(None, description="Events: the words that state the status.")
    total: int | None = _total()


class EffectRow(BaseModel):
    """A statement linking a cause to a target: an effect (an AFFECTED edge or an Effect node whose
    clauses name the two), a claim about both, or context."""

    when: str | None = Field(None, description="TIMEX3 value of the effect, or of the statement.")
    mod: str | None = None
    precision: str | None = None
    valid_from: date | None = None
    valid_to: date | None = None
    date_text: str | None = None
    kind: str = Field(examples=["effect", "claim", "context", "figure"])
    via: str | None = Field(None, description="The intermediate event or place, when not direct.")
    what: str
    cue: str | None = Field(None, examples=["thanks to", "because"])
    cause_text: str | None = Field(None, description="Effects: the clause read as the cause.")
    effect_text: str | None = Field(None, description="Effects: the clause read as the effect.")
    who: str | None = None
    stated_on: date | None = None
    stated: str | None = Field(None, description="TIMEX3 value of when it was said.")
    metric: str | None = None
    value: float | None = None
    unit: str | None = None
    approximate: bool | None = None
    source: str | None = None
    article: str | None = None
    published_at: Published = None
    url: str | None = None
    article_id: str
    claim_id: str | None = None
    evidence: str | None = None


class ClaimRow(BaseModel):
    """Something someone said about (or, role 'by', said as) the entity."""

    said: str | None = Field(None, description="TIMEX3 value of when it was said.")
    mod: str | None = None
    precision: str | None = None
    said_from: date | None = None
    said_to: date | None = None
    said_on_publication: bool | None = None
    about_when: str | None = None
    kind: str = Field(examples=["direct", "reported", "assessment", "figure"])
    role: str = Field(examples=["about", "by"])
    who: str | None = None
    what: str
    metric: str | None = None
    value: float | None = None
    unit: str | None = None
    source: str | None = None
    article: str | None = None
    published_at: Published = None
    article_id: str
    claim_id: str
    evidence: str | None = None
    total: int | None = _total()


class ConflictRow(BaseModel):
    """Two values for the same metric and subject, at overlapping times, that disagree; each side is
    the first published of the figures reporting that value for those dates (`reports` counts them,
    `article_ids` lists their articles)."""

    subject: str
    metric_a: str
    value_a: float
    approximate_a: bool | None = None
    when_a: str | None = None
    from_a: date | None = None
    to_a: date | None = None
    who_a: str | None = None
    source_a: str | None = None
    article_a: str | None = None
    published_a: Published = None
    article_id_a: str
    evidence_a: str | None = None
    reports_a: int = 1
    article_ids_a: list[str] = Field(default_factory=list)
    metric_b: str
    value_b: float
    approximate_b: bool | None = None
    when_b: str | None = None
    from_b: date | None = None
    to_b: date | None = None
    who_b: str | None = None
    source_b: str | None = None
    article_b: str | None = None
    published_b: Published = None
    article_id_b: str
    evidence_b: str | None = None
    reports_b: int = 1
    article_ids_b: list[str] = Field(default_factory=list)
    difference: float
    total: int | None = _total()


class ContradictionRow(BaseModel):
    """Two statements about the same things, one affirming what the other denies."""

    predicate: str = Field(examples=["capture"])
    about: list[str] = Field(default_factory=list)
    affirmed: str
    who_a: str | None = None
    said_a: str | None = Field(None, description="TIMEX3 value of when the affirming statement was made.")
    said_on_a: date | None = None
    source_a: str | None = None
    article_a: str | None = None
    published_a: Published = None
    article_id_a: str
    evidence_a: str | None = None
    claim_id_a: str
    denied: str
    who_b: str | None = None
    said_b: str | None = None
    said_on_b: date | None = None
    source_b: str | None = None
    article_b: str | None = None
    published_b: Published = None
    article_id_b: str
    evidence_b: str | None = None
    claim_id_b: str
    total: int | None = _total()


class NumberRow(BaseModel):
    """One value of a figure, as of a date, according to someone."""

    when: str | None = None
    mod: str | None = None
    precision: str | None = None
    valid_from: date | None = None
    valid_to: date | None = None
    dated: bool = Field(description="False when the figure had no as-of date (placed at the article's).")
    subject: str
    metric: str
    value: float
    unit: str | None = None
    approximate: bool | None = None
    who: str | None = None
    source: str | None = None
    article: str | None = None
    published_at: Published = None
    article_id: str
    claim_id: str
    evidence: str | None = None
    total: int | None = _total()


class ConnectionRow(BaseModel):
    """One shortest path between two entities."""

    hops: int
    route: str = Field(examples=["Kursk operation -AFFECTED-> Pokrovsk"])
    nodes: list[str]
    relationships: list[str]
    first_date: date | None = None
    last_date: date | None = None
    evidence: list[str] = Field(default_factory=list)
    sources: list[str] = Field(default_factory=list)


class EventRow(BaseModel):
    """An event in the place (or one inside it), with its date, participants and sources."""

    when: str | None = None
    mod: str | None = None
    precision: str | None = None
    valid_from: date | None = None
    valid_to: date | None = None
    event: str
    type: str | None = None
    places: list[str] = Field(default_factory=list)
    involved: list[str] = Field(default_factory=list)
    sources: list[str] = Field(default_factory=list)
    articles: int = 0
    evidence: str | None = None
    key: str
    status: str = Field(
        "happened", description="happened when an article says so, else claimed, denied, planned, ..."
    )
    status_cue: str | None = None
    stated_by: str | None = None
    total: int | None = _total()


class PlaceRow(BaseModel):
    """A place inside the one asked about, how far down its chain, and how much the news says about it."""

    place: str
    kind: str | None = Field(None, examples=["district", "city"])
    depth: int = Field(description="PART_OF steps up to the place asked about: 1 for a district of a region.")
    within: str | None = Field(None, description="The place it lies in directly.")
    articles: int = 0
    last_reported: date | None = None
    events: int = 0
    claims: int = 0
    key: str
    total: int | None = _total()


class SourceRow(BaseModel):
    """A sentence (or a bare mention) in an article that a fact about the entity comes from."""

    published_at: Published = None
    source: str | None = None
    article: str | None = None
    url: str | None = None
    article_id: str
    kinds: list[str] = Field(examples=[["claim", "figure"], ["mention"]])
    sentence: str | None = None
    start: int | None = None
    end: int | None = None
    mentions: int | None = None
    total: int | None = _total()


class StatRow(BaseModel):
    """One count."""

    kind: str = Field(examples=["node", "relationship", "source", "dated"])
    name: str
    count: int


class ChangeRow(BaseModel):
    """A fact about the entity reported since a date: an event, a claim or a figure, newest report first."""

    kind: str = Field(examples=["event", "claim", "figure"])
    reported: date = Field(description="The publication date of the newest article reporting it.")
    when: str | None = Field(
        None, description="TIMEX3 value of the fact (an event's date, a claim's subject time)."
    )
    mod: str | None = None
    valid_from: date | None = None
    valid_to: date | None = None
    what: str = Field(description="The event's name or the claim's text.")
    who: str | None = Field(
        None, description="The speaker; for an event, who states it when not the article."
    )
    status: str | None = Field(
        None, description="For events: happened, claimed, denied, planned, hypothetical or failed."
    )
    first_seen: bool | None = Field(None, description="For events: no article before --since reported it.")
    new_reports: int = Field(1, description="How many articles in the window report it.")
    metric: str | None = None
    value: float | None = None
    unit: str | None = None
    approximate: bool | None = None
    source: str | None = None
    article: str | None = None
    published_at: Published = None
    article_id: str
    id: str = Field(description="The claim's id or the event's key.")
    evidence: str | None = None
    total: int | None = _total()


ROW_MODELS: dict[str, type[BaseModel]] = {
    "timeline": TimelineRow,
    "effect": EffectRow,
    "claims": ClaimRow,
    "conflicts": ConflictRow,
    "contradictions": ContradictionRow,
    "numbers": NumberRow,
    "connections": ConnectionRow,
    "events": EventRow,
    "places": PlaceRow,
    "sources": SourceRow,
    "stats": StatRow,
    "changes": ChangeRow,
}
