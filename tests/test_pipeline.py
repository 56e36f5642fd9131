"""The pipeline turns Articles into GraphDocs: article record, deterministic keys, batching."""

from datetime import date

from chronicle.extraction import EXTRACTOR_VERSION
from chronicle.extraction.models import Article, GraphDoc
from chronicle.extraction.pipeline import extract, extract_many, load_pipeline

FIRST = Article(
    id="a1",
    title="Talks in Vienna",
    source="Example Wire",
    text=(
        "Foreign Minister Anna Kowalczyk arrived in Vienna on Tuesday. "
        "Kowalczyk said the talks with Germany would continue next week."
    ),
    published_at=date(2025, 3, 14),
)
SECOND = Article(
    id="a2",
    text="Anna Kowalczyk later flew to Warsaw, where Kowalczyk met reporters.",
)


def _by_name(graph_doc: GraphDoc) -> dict[str, str]:
    return {entity.name: entity.key for entity in graph_doc.entities}


def test_extract_returns_article_record():
    graph_doc = extract(FIRST)
    assert graph_doc.article.id == "a1"
    assert graph_doc.article.title == "Talks in Vienna"
    assert graph_doc.article.source == "Example Wire"
    assert graph_doc.article.published_at == date(2025, 3, 14)
    assert graph_doc.article.extractor_version == EXTRACTOR_VERSION
    assert graph_doc.article.word_count == 19


def test_extract_finds_people_and_places():
    keys = _by_name(extract(FIRST))
    assert keys["Anna Kowalczyk"] == "person:anna-kowalczyk"
    assert keys["Vienna"].startswith("place:geonames:")
    assert keys["Germany"].startswith("place:geonames:")


def test_extract_is_deterministic():
    assert extract(FIRST).model_dump() == extract(FIRST).model_dump()


def test_extract_same_person_same_key_across_articles():
    first, second = _by_name(extract(FIRST)), _by_name(extract(SECOND))
    assert first["Anna Kowalczyk"] == second["Anna Kowalczyk"]


def test_extract_without_published_at_keeps_relative_dates_unresolved():
    graph_doc = extract(Article(id="a3", text="The mayor of Lyon resigned last week."))
    assert graph_doc.article.published_at is None
    last_week = [t for t in graph_doc.timexes if t.text == "last week"]
    assert last_week and last_week[0].value is None


def test_extract_resolves_relative_dates_with_published_at():
    timexes = extract(FIRST).timexes
    tuesday = next(t for t in timexes if "Tuesday" in t.text)
    assert tuesday.value == "2025-03-11"


def test_extract_many_matches_extract():
    batched = list(extract_many([FIRST, SECOND], batch_size=1))
    assert [g.model_dump() for g in batched] == [extract(FIRST).model_dump(), extract(SECOND).model_dump()]


def test_load_pipeline_is_cached_and_ordered():
    nlp = load_pipeline()
    assert load_pipeline() is nlp
    names = [n for n in nlp.pipe_names if n.startswith("chronicle_")]
    assert names[:4] == [
        "chronicle_paragraphs",
        "chronicle_headline_case",
        "chronicle_timex",
        "chronicle_entities",
    ]
    assert nlp.pipe_names.index("chronicle_paragraphs") < nlp.pipe_names.index("parser")
    assert nlp.pipe_names.index("lemmatizer") < nlp.pipe_names.index("chronicle_headline_case")


def test_a_blank_line_ends_a_sentence_a_single_line_break_does_not():
    nlp = load_pipeline()
    blog = nlp("Shelling went on overnight\n\nRescuers reached the school in the morning")
    assert [s.text.strip() for s in blog.sents] == [
        "Shelling went on overnight",
        "Rescuers reached the school in the morning",
    ]
    wrapped = nlp("The governor said the bridge\nwas closed to traffic on Monday.")
    assert len(list(wrapped.sents)) == 1


def test_extract_entity_mentions_point_into_text():
    graph_doc = extract(FIRST)
    for entity in graph_doc.entities:
        for mention in entity.mentions:
            assert FIRST.text[mention.start : mention.end] == mention.text
