"""The records extraction produces: an `Article` goes in, a `GraphDoc` comes out.

Everything the graph holds about an article is in its GraphDoc, so the writer needs nothing else and
the extractor can be tested and benchmarked without any server.
"""

from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, Field

__all__ = [
    "Article",
    "ArticleRecord",
    "Claim",
    "Effect",
    "Entity",
    "EntityType",
    "Event",
    "EventReport",
    "EventStatus",
    "Evidence",
    "GraphDoc",
    "Mention",
    "Participant",
    "PlaceInfo",
    "PlaceParent",
    "Precision",
    "Quantity",
    "TimeExpression",
    "When",
]

EntityType = Literal["Person", "Organization", "Place"]
Precision = Literal["day", "week", "month", "season", "quarter", "half", "year", "decade", "century"]
EventStatus = Literal["happened", "claimed", "denied", "planned", "hypothetical", "failed"]
TimexMod = Literal["START", "MID", "END", "BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER", "APPROX"]


class Article(BaseModel):
    """One article as extraction sees it: plain text plus what is known about its publication."""

    id: str = Field(description="Stable id: sha256 of the canonical URL, else of the normalised text.")
    text: str = Field(description="The body as plain text.")
    title: str | None = None
    url: str | None = None
    source: str | None = Field(None, examples=["CNN"])
    published_at: date | datetime | None = Field(
        None, description="The document creation time that relative dates are resolved against."
    )
    language: str = "en"


class Evidence(BaseModel):
    """Where in the article a fact was read: the sentence and its character offsets in the text."""

    sentence: str
    start: int = Field(description="Offset of the sentence's first character in the article text.")
    end: int


class Mention(BaseModel):
    """One surface mention of an entity or event in the article text."""

    text: str
    start: int
    end: int


class When(BaseModel):
    """A normalised time: TIMEX3 value plus the date interval a graph edge stores."""

    value: str | None = Field(None, examples=["2025-06-27", "2025-W25", "2025-06", "2025-SU", "2024"])
    mod: TimexMod | None = None
    valid_from: date | None = None
    valid_to: date | None = None
    precision: Precision | None = None
    text: str | None = Field(None, description="The words in the article, e.g. 'on Friday'.")
    basis: Literal["text", "publication"] = Field(
        "text", description="'publication' when the date was not in the text but taken from the DCT."
    )


class TimeExpression(BaseModel):
    """A time expression found in the text, with its normalisation (value None = unresolved)."""

    text: str
    start: int
    end: int
    type: Literal["DATE", "TIME", "DURATION", "SET"] = "DATE"
    value: str | None = None
    mod: TimexMod | None = None
    valid_from: date | None = None
    valid_to: date | None = None
    precision: Precision | None = None

    def to_when(self) -> When:
        """The part of this expression that a dated graph edge carries."""
        return When(
            value=self.value,
            mod=self.mod,
            valid_from=self.valid_from,
            valid_to=self.valid_to,
            precision=self.precision,
            text=self.text,
        )


class PlaceParent(BaseModel):
    """An enclosing place of a gazetteer place (its district, region or country), for PART_OF."""

    key: str = Field(examples=["place:geonames:704417"])
    name: str = Field(examples=["Pokrovsk Raion"])
    kind: Literal["country", "region", "district", "city", "village", "other"] = "other"
    geonames_id: int | None = None
    lat: float | None = None
    lon: float | None = None
    country_code: str | None = Field(None, examples=["UA"])


class PlaceInfo(BaseModel):
    """Gazetteer facts about a place."""

    geonames_id: int | None = None
    kind: Literal["country", "region", "district", "city", "village", "other"] = "other"
    lat: float | None = None
    lon: float | None = None
    country_code: str | None = Field(None, examples=["UA"])
    admin1: str | None = Field(None, examples=["Donetsk Oblast"])
    part_of_key: str | None = Field(None, description="Key of the enclosing Place (PART_OF edge).")
    part_of_name: str | None = None
    parents: list[PlaceParent] = Field(
        default_factory=list,
        description="Every enclosing place, nearest first (district, region, country): the PART_OF chain.",
    )


class Entity(BaseModel):
    """A person, organisation or place, with every surface mention in the article."""

    key: str = Field(
        description="Same entity, same key across articles.", examples=["person:oleksandr-syrskyi"]
    )
    type: EntityType
    name: str = Field(description="Canonical name.")
    aliases: list[str] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)
    place: PlaceInfo | None = None


class Participant(BaseModel):
    """An entity taking part in an event, and how."""

    key: str
    role: str = Field("participant", examples=["attacker", "target", "participant"])


class EventReport(BaseModel):
    """One mention's report of an event: whether it happened as its sentence states it, and who says so.

    'happened' is the narrator's plain statement; 'claimed' is what someone says happened (inside
    their claim); 'denied', 'failed' ("failed to take"), 'planned' (planned or expected: "hoped to
    capture", "the expected offensive") and 'hypothetical' ("if", "could") did not happen as far as
    the sentence says. Only 'happened' is drawn as a fact."""

    status: EventStatus = "happened"
    cue: str | None = Field(None, description="The words that state it.", examples=["had hoped to"])
    stated_by_key: str | None = Field(None, description="Who states it (None: the article itself).")
    stated_by_name: str | None = None
    claim_id: str | None = Field(None, description="The claim the mention sits in.")
    mention: Mention
    when: When | None = None


class Event(BaseModel):
    """Something reported as happening: named or nominal, with type, place, participants, date, and
    whether it happened as stated (only `status == 'happened'` is a fact)."""

    key: str = Field(examples=["event:operation:kursk-operation"])
    name: str = Field(examples=["Kursk operation"])
    type: str = Field(examples=["operation", "offensive", "attack", "capture", "invasion"])
    aliases: list[str] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)
    place_keys: list[str] = Field(default_factory=list)
    participants: list[Participant] = Field(default_factory=list)
    when: When | None = None
    status: EventStatus = Field(
        "happened", description="What the article's reports add up to: happened if one says so."
    )
    status_cue: str | None = Field(None, description="The words of the deciding report.")
    stated_by_key: str | None = Field(None, description="Who states the deciding report.")
    stated_by_name: str | None = None
    reports: list[EventReport] = Field(default_factory=list, description="One per mention.")
    evidence: Evidence


class Claim(BaseModel):
    """Something someone said, reported or assessed, with who and when."""

    id: str = Field(description="Deterministic: article id and character offsets.")
    text: str = Field(description="The quote or the reported statement.")
    kind: Literal["direct", "reported", "assessment"]
    speaker_key: str | None = None
    speaker_name: str | None = Field(None, description="As written, also when no entity was resolved.")
    stated: When | None = Field(None, description="When it was said (else the publication date).")
    when: When | None = Field(None, description="The time the claim is about: a date in its text.")
    about_keys: list[str] = Field(default_factory=list)
    predicate: str | None = Field(
        None,
        description="Lemma of the main verb of what was said, to compare statements.",
        examples=["capture"],
    )
    negated: bool = Field(False, description="What was said is denied ('did not capture', 'denied that').")
    cue: str | None = Field(
        None, description="The words that attribute it.", examples=["said", "according to"]
    )
    spans: list[Mention] = Field(
        default_factory=list,
        description="Where the text stands in the article: one span, or the fragments of a quote split by its cue.",
    )
    evidence: Evidence


class Effect(BaseModel):
    """A causal claim: a cause (event, actor or clause) affected a target, according to someone.

    `cause_key`/`target_key` name the one event or entity each side stands for (an AFFECTED edge joins
    them); a side stated only as a clause ("because Russia could not add troops") has none, and the
    effect is still kept with its two spans and the things named inside each (`cause_keys`,
    `target_keys`)."""

    cause_key: str | None = Field(None, examples=["event:operation:kursk-operation"])
    target_key: str | None = Field(None, examples=["place:geonames:..."])
    cause_keys: list[str] = Field(
        default_factory=list, description="Events and entities named inside the cause span, text order."
    )
    target_keys: list[str] = Field(
        default_factory=list, description="Events and entities named inside the effect span, text order."
    )
    cue: str = Field(examples=["thanks to", "forced", "pulled back", "because", ""])
    description: str = Field(description="The clause that states the effect.")
    cause_span: Mention | None = Field(None, description="The clause read as the cause, with its offsets.")
    effect_span: Mention | None = Field(None, description="The clause read as the effect, with its offsets.")
    source: Literal["rule", "model"] = Field(
        "rule", description="Read by a cue rule over the parse, or by the trained causal model."
    )
    confidence: float | None = Field(None, description="The causal model's sentence score (model only).")
    claim_id: str | None = None
    claimed_by_key: str | None = None
    stated: When | None = None
    when: When | None = None
    evidence: Evidence


class Quantity(BaseModel):
    """A number with what it counts, where (a place, never a person), as of when, according to whom
    (stored as a Claim)."""

    id: str
    metric: str = Field(examples=["Russian troops"])
    value: float = Field(description="The number; for a range or a vague magnitude, its lower end.")
    value_max: float | None = Field(None, description="A range's upper end: 'between 200 and 300', '2-3 km'.")
    bound: Literal["exact", "approximate", "at_least", "at_most", "range"] = Field(
        "exact", description="How the text hedges it: 'about', 'more than' / 'tens of thousands', 'up to'."
    )
    unit: str | None = None
    approximate: bool = False
    subject_key: str | None = None
    place_key: str | None = None
    as_of: When | None = None
    source_key: str | None = None
    source_name: str | None = None
    claim_id: str | None = None
    evidence: Evidence


class ArticleRecord(BaseModel):
    """The Article node's properties."""

    id: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published_at: date | datetime | None = None
    word_count: int
    extractor_version: str


class GraphDoc(BaseModel):
    """Everything one article contributes to the graph."""

    article: ArticleRecord
    entities: list[Entity] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    effects: list[Effect] = Field(default_factory=list)
    quantities: list[Quantity] = Field(default_factory=list)
    timexes: list[TimeExpression] = Field(default_factory=list)
