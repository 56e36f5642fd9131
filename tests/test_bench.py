"""The benchmark's pure parts: synthetic graph rows, percentiles, naive statements, command line."""

from datetime import date

import pytest

from bench.__main__ import parse_args
from bench.corpus import synthetic_rows
from bench.naive import naive_statements
from bench.stats import percentile
from chronicle.extraction.models import (
    ArticleRecord,
    Claim,
    Effect,
    Entity,
    Evidence,
    GraphDoc,
    PlaceInfo,
    When,
)
from chronicle.graph.rows import write_rows

EVIDENCE = Evidence(sentence="Mara Lind said the bridge in Ostrava reopened.", start=0, end=46)
DAY = When(value="2025-06-27", valid_from=date(2025, 6, 27), valid_to=date(2025, 6, 27), precision="day")


@pytest.fixture
def docs() -> list[GraphDoc]:
    doc = GraphDoc(
        article=ArticleRecord(
            id="a", source="Desk", published_at=date(2025, 6, 28), word_count=8, extractor_version="t"
        ),
        entities=[
            Entity(key="person:mara-lind", type="Person", name="Mara Lind"),
            Entity(key="place:geonames:3", type="Place", name="Czechia", place=PlaceInfo(kind="country")),
        ],
        claims=[
            Claim(
                id="c1",
                text="the bridge reopened",
                kind="reported",
                speaker_key="person:mara-lind",
                stated=DAY,
                about_keys=["place:geonames:3"],
                evidence=EVIDENCE,
            )
        ],
    )
    return [doc, doc.model_copy(update={"article": doc.article.model_copy(update={"id": "b"})})]


def test_synthetic_rows_first_copy_is_the_corpus(docs: list[GraphDoc]) -> None:
    first = next(synthetic_rows(docs, 0, 1))
    assert first["article"]["id"] == "gen-000000"
    assert first["entities"] == write_rows(docs[0])["entities"]


def test_synthetic_rows_rename_per_cohort_shift_dates_and_keep_countries(docs: list[GraphDoc]) -> None:
    # copy 10 of a 2-article corpus is article 20: cohort 1, dates 10 years back
    rows = next(synthetic_rows(docs, 20, 1))
    keys = {r["key"]: r["name"] for r in rows["entities"]}
    assert keys == {"person:mara-lind~1": "Mara Lind 1", "place:geonames:3": "Czechia"}
    claim = rows["claims"][0]
    assert claim["id"] == "c1~10"
    assert claim["speaker_key"] == "person:mara-lind~1"
    assert claim["stated"]["valid_from"] == date(2015, 6, 27)
    assert claim["stated"]["value"] == "2015-06-27"
    assert rows["article"]["published_at"] == date(2015, 6, 28)


def test_synthetic_rows_give_each_copy_its_own_effect_nodes(docs: list[GraphDoc]) -> None:
    # an effect id hashes its article's id: copies must not MERGE into the corpus article's Effect
    effect = Effect(
        cause_key="person:mara-lind",
        target_key="place:geonames:3",
        cue="because",
        description="the bridge reopened",
        evidence=EVIDENCE,
    )
    docs = [doc.model_copy(update={"effects": [effect]}) for doc in docs]
    ids = [rows["effects"][0]["id"] for rows in synthetic_rows(docs, 0, 6)]
    assert len(set(ids)) == 6
    assert next(synthetic_rows(docs, 20, 1))["effects"][0]["cause_key"] == "person:mara-lind~1"


def test_synthetic_rows_are_deterministic(docs: list[GraphDoc]) -> None:
    assert list(synthetic_rows(docs, 30, 3)) == list(synthetic_rows(docs, 30, 3))


def test_naive_statements_one_per_node_and_edge(docs: list[GraphDoc]) -> None:
    names = [name for name, _ in naive_statements(write_rows(docs[0]))]
    assert names == [
        "article", "source", "published",
        "entity", "mentions", "entity", "mentions",
        "claim", "claim_in", "stated", "about",
    ]  # fmt: skip


@pytest.mark.parametrize(("q", "expected"), [(50, 2.0), (95, 4.0), (100, 4.0), (0, 1.0)])
def test_percentile_nearest_rank(q: float, expected: float) -> None:
    assert percentile([4.0, 1.0, 3.0, 2.0], q) == expected


def test_percentile_of_nothing_is_nan() -> None:
    assert percentile([], 50) != percentile([], 50)


def test_bench_args_default_to_every_section_and_refuse_unknown_ones() -> None:
    assert parse_args([]).sections == ["extraction", "e2e", "queries", "writer"]
    assert parse_args(["writer", "extraction", "writer"]).sections == ["writer", "extraction"]
    assert parse_args(["--quick", "e2e"]).e2e_sizes == [100]
    with pytest.raises(SystemExit):
        parse_args(["everything"])


def test_timex_ceiling_keys_shapes_and_spellings() -> None:
    from bench.timex_ceiling import _last_named_form, _spelling_class, key_of, shape

    assert key_of("the late 1980s") == "9999s"
    assert key_of("Thursday night") == key_of("Friday night") == "<wd> night"
    assert key_of("around year-end") == key_of("year end") == "year end"
    assert shape("1989-W43") == "9999-W99" and shape("1989-WXX") == "9999-WXX"
    assert _spelling_class("2000-W7", "2000-W07") == "week number"
    assert _spelling_class("1949-XX", "1949") == "bare year"
    assert _spelling_class("2000-01-05", "2000-01-05TNI") == "part of day"
    assert _spelling_class("1989-11-06T17", "1989-11-06T17:00") == "clock hour"
    assert _spelling_class("1989-W43", "1989-W42") == ""
    assert _last_named_form("last April", "2025-04", date(2025, 10, 2)) == "this year"
    assert _last_named_form("last April", "2024-04", date(2025, 10, 2)) == "last year"
    assert _last_named_form("last November", "2024-11", date(2025, 10, 2)) == ""  # later in the year


def test_query_bench_asks_for_the_rows_the_cli_asks_for() -> None:
    from bench.queries import _cli_defaults
    from chronicle.graph.cypher import load

    effect, stats = load("effect", "queries"), load("stats", "queries")
    assert _cli_defaults(effect) == {"limit": 200}  # `chronicle ask effect` without --limit
    assert _cli_defaults(effect, 1000) == {"limit": 1000}  # --query-limit
    assert _cli_defaults(stats) == {}
    assert parse_args(["queries", "--query-limit", "1000"]).query_limit == 1000
