"""Every Chronicle spaCy component is registered here, with its declared contract.

Pattern for a new component (one block per component, keep the pipeline order of TEAM.md):

    @Language.factory(
        "chronicle_<name>",
        assigns=["doc._.<name>"],
        requires=["doc.spans"],            # what it reads
        default_config={"some_setting": 3},
    )
    def make_<name>(nlp: Language, name: str, some_setting: int) -> <Class>:
        return <Class>(nlp, name, some_setting=some_setting)

Doc/Span extensions are registered once, in `register_extensions`, never inside components.
"""

from spacy.language import Language
from spacy.tokens import Doc, Span

from chronicle.extraction.components.claims import ClaimExtractor
from chronicle.extraction.components.effects import EffectExtractor
from chronicle.extraction.components.entities import EntityLinker
from chronicle.extraction.components.events import EventExtractor
from chronicle.extraction.components.headline_case import HeadlineCase
from chronicle.extraction.components.paragraphs import ParagraphBreaks
from chronicle.extraction.components.quantities import QuantityExtractor
from chronicle.extraction.components.timex import TimexTagger

__all__ = ["DOC_EXTENSIONS", "SPAN_EXTENSIONS", "register_extensions"]

#: Doc attributes: the caller sets published_at and article_id; components fill the rest.
DOC_EXTENSIONS: tuple[str, ...] = (
    "published_at",
    "article_id",
    "entities",
    "claims",
    "events",
    "quantities",
    "effects",
)
#: Span attributes: timex spans carry their TimeExpression, entity spans their entity key.
SPAN_EXTENSIONS: tuple[str, ...] = ("timex", "entity_key")


def register_extensions() -> None:
    """Register the Doc/Span extensions (idempotent; all default to None)."""
    for attr in DOC_EXTENSIONS:
        if not Doc.has_extension(attr):
            Doc.set_extension(attr, default=None)
    for attr in SPAN_EXTENSIONS:
        if not Span.has_extension(attr):
            Span.set_extension(attr, default=None)


register_extensions()


@Language.factory("chronicle_paragraphs", assigns=["token.is_sent_start"])
def make_paragraphs(nlp: Language, name: str) -> ParagraphBreaks:
    return ParagraphBreaks(nlp, name)


@Language.factory(
    "chronicle_headline_case",
    assigns=["token.tag", "token.pos", "token.lemma", "token.dep", "token.head"],
    requires=["token.dep", "token.lemma"],
)
def make_headline_case(nlp: Language, name: str, model: str) -> HeadlineCase:
    """Headline-case lines tagged and parsed again in sentence case; `model`: the package to parse with."""
    return HeadlineCase(nlp, name, model)


@Language.factory(
    "chronicle_timex",
    assigns=["doc.spans", "span._.timex"],
    requires=["doc._.published_at"],
    default_config={"spans_key": "timex"},
)
def make_timex(nlp: Language, name: str, spans_key: str) -> TimexTagger:
    """Time expressions -> doc.spans["timex"]."""
    return TimexTagger(nlp, name, spans_key=spans_key)


@Language.factory(
    "chronicle_entities",
    assigns=["doc.spans", "span._.entity_key", "doc._.entities"],
    requires=["doc.ents", "token.pos"],
    default_config={"data_dir": None, "spans_key": "entities", "fuzzy_max_distance": 2},
)
def make_entities(
    nlp: Language, name: str, data_dir: str | None, spans_key: str, fuzzy_max_distance: int
) -> EntityLinker:
    """People, places, organisations -> doc.spans["entities"] and doc._.entities."""
    return EntityLinker(
        nlp, name, data_dir=data_dir, spans_key=spans_key, fuzzy_max_distance=fuzzy_max_distance
    )


@Language.factory(
    "chronicle_claims",
    assigns=["doc._.claims"],
    requires=["doc.spans", "doc._.published_at", "token.dep"],
    default_config={"data_dir": None, "window": 3},
)
def make_claims(nlp: Language, name: str, data_dir: str | None, window: int) -> ClaimExtractor:
    """Quotes, reported speech and assessments -> doc._.claims."""
    return ClaimExtractor(nlp, name, data_dir=data_dir, window=window)


@Language.factory(
    "chronicle_events",
    assigns=["doc._.events", "doc._.claims"],
    requires=["doc.spans", "doc._.claims", "token.dep"],
    default_config={"data_dir": None},
)
def make_events(nlp: Language, name: str, data_dir: str | None) -> EventExtractor:
    """Named and nominal events -> doc._.events (and event keys in claims' about_keys)."""
    return EventExtractor(nlp, name, data_dir=data_dir)


@Language.factory(
    "chronicle_quantities",
    assigns=["doc._.quantities"],
    requires=["doc.spans", "doc._.claims", "doc._.events", "token.dep"],
    default_config={"data_dir": None},
)
def make_quantities(nlp: Language, name: str, data_dir: str | None) -> QuantityExtractor:
    """Counted numbers with place, date and source -> doc._.quantities."""
    return QuantityExtractor(nlp, name, data_dir=data_dir)


@Language.factory(
    "chronicle_effects",
    assigns=["doc._.effects"],
    requires=["doc.spans", "doc._.claims", "doc._.events", "token.dep"],
    default_config={"data_dir": None, "use_model": True, "threshold": 0.55},
)
def make_effects(
    nlp: Language, name: str, data_dir: str | None, use_model: bool, threshold: float
) -> EffectExtractor:
    """Causal claims (cue rules, then the trained causal model) -> doc._.effects."""
    return EffectExtractor(nlp, name, data_dir=data_dir, use_model=use_model, threshold=threshold)
