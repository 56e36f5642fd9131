"""Effects in the real Neo4j: every extracted effect is an Effect node, whatever its sides name.

An invented article (every name made up, every key and id starting with `test-fx-`) holds four
effects: one whose cause is only a clause, two whose sides name the operation and the town only
inside their clauses, one between two named things (which also gets its AFFECTED edge). Written with
the project's writer, asked through the CLI, rewritten, and removed exactly.
"""

import json
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from neo4j import Driver
from typer.testing import CliRunner

from chronicle.cli.main import app
from chronicle.extraction.models import (
    ArticleRecord,
    Effect,
    Entity,
    Event,
    Evidence,
    GraphDoc,
    Mention,
    PlaceInfo,
    When,
)
from tests.helpers import delete_articles, wiped, write_docs

pytestmark = pytest.mark.integration

runner = CliRunner()

PREFIX = "test-fx-"
ARTICLE = f"{PREFIX}article"
TOWN = f"{PREFIX}place:brelsk"
VILLAGE = f"{PREFIX}place:ostrava-dolna"
SPEAKER = f"{PREFIX}person:mila-quorran"
OPERATION = f"{PREFIX}event:operation:selvan-operation"
PUSH = f"{PREFIX}event:offensive:brelsk-push"

SENTENCES = (
    "The Brelsk push stalled after heavy losses among the attacking brigades, Mila Quorran said.",
    "Since the Selvan operation began, the shelling of Brelsk has eased.",
    "Residents of Ostrava Dolna returned home because the Selvan operation drew the guns away.",
    "The Selvan operation forced the garrison of Brelsk to regroup.",
)
TEXT = " ".join(SENTENCES)
WEEK = When(
    value="2025-W11",
    valid_from=date(2025, 3, 10),
    valid_to=date(2025, 3, 16),
    precision="week",
    text="last week",
)


def _span(text: str) -> Mention:
    start = TEXT.index(text)
    return Mention(text=text, start=start, end=start + len(text))


def _evidence(n: int) -> Evidence:
    start = TEXT.index(SENTENCES[n])
    return Evidence(sentence=SENTENCES[n], start=start, end=start + len(SENTENCES[n]))


def _effect(n: int, cue: str, cause: str, result: str, **keys: Any) -> Effect:
    return Effect(
        cue=cue,
        description=SENTENCES[n],
        cause_span=_span(cause),
        effect_span=_span(result),
        stated=WEEK,
        evidence=_evidence(n),
        **keys,
    )


def _place(key: str, name: str, part_of: str | None) -> Entity:
    info = PlaceInfo(kind="city" if part_of is None else "village", country_code="ZZ")
    info.part_of_key, info.part_of_name = part_of, "Brelsk" if part_of else None
    return Entity(key=key, type="Place", name=name, place=info, mentions=[_span(name)])


def _doc(*effects: Effect) -> GraphDoc:
    return GraphDoc(
        article=ArticleRecord(
            id=ARTICLE,
            title="Test FX",
            source="Test FX Wire",
            published_at=date(2025, 3, 17),
            word_count=60,
            extractor_version="test",
        ),
        entities=[
            _place(TOWN, "Brelsk", None),
            _place(VILLAGE, "Ostrava Dolna", TOWN),
            Entity(key=SPEAKER, type="Person", name="Mila Quorran", mentions=[_span("Mila Quorran")]),
        ],
        events=[
            Event(key=OPERATION, name="Selvan operation", type="operation", evidence=_evidence(1)),
            Event(key=PUSH, name="Brelsk push", type="offensive", place_keys=[TOWN], evidence=_evidence(0)),
        ],
        effects=list(effects),
    )


EFFECTS = (
    # the cause names nothing: no AFFECTED edge can hold it
    _effect(
        0,
        "after",
        "heavy losses among the attacking brigades",
        "The Brelsk push stalled",
        target_keys=[PUSH],
        claimed_by_key=SPEAKER,
    ),
    # both sides name something only inside their clauses
    _effect(
        1,
        "since",
        "the Selvan operation began",
        "the shelling of Brelsk has eased",
        cause_keys=[OPERATION],
        target_keys=[TOWN],
    ),
    # the effect names a village inside the town (asked about the village, not through the town)
    _effect(
        2,
        "because",
        "the Selvan operation drew the guns away",
        "Residents of Ostrava Dolna returned home",
        cause_keys=[OPERATION],
        target_keys=[VILLAGE],
    ),
    # two named things: an AFFECTED edge too, and still one row
    _effect(
        3,
        "forced",
        "The Selvan operation",
        "the garrison of Brelsk to regroup",
        cause_key=OPERATION,
        target_key=TOWN,
        cause_keys=[OPERATION],
        target_keys=[TOWN],
    ),
)


def _write(doc: GraphDoc, database: str) -> None:
    write_docs(database, [doc])


def _delete(driver: Driver, database: str) -> None:
    delete_articles(driver, database, PREFIX)


@pytest.fixture()
def written(driver: Driver, database: str) -> Iterator[None]:
    with wiped(driver, database, _delete):
        _write(_doc(*EFFECTS), database)
        yield


def _query(driver: Driver, database: str, statement: str) -> list[dict[str, Any]]:
    records, _, _ = driver.execute_query(statement, article=ARTICLE, database_=database)
    return [r.data() for r in records]


def _rows(*args: str) -> list[dict[str, Any]]:
    result = runner.invoke(app, ["ask", *args, "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_every_effect_is_a_node_with_its_clauses_sides_and_claimer(
    written: None, driver: Driver, database: str
) -> None:
    nodes = _query(
        driver,
        database,
        "MATCH (e:Effect)-[:IN]->(:Article {id: $article}) "
        "RETURN e.cue AS cue, e.cause_text AS cause, e.cause_start AS cause_start, e.cause_end AS cause_end, "
        "e.effect_text AS effect, e.evidence AS evidence, e.stated_on AS stated_on, "
        "[(x)-[:CAUSE_OF]->(e) | x.key] AS causes, [(e)-[:EFFECT_ON]->(y) | y.key] AS targets, "
        "[(w)-[:CLAIMED]->(e) | w.name] AS claimed_by ORDER BY e.sentence_start",
    )
    assert [n["cue"] for n in nodes] == ["after", "since", "because", "forced"]
    first = nodes[0]
    assert first["cause"] == "heavy losses among the attacking brigades"
    assert TEXT[first["cause_start"] : first["cause_end"]] == first["cause"]
    assert (first["causes"], first["targets"], first["claimed_by"]) == ([], [PUSH], ["Mila Quorran"])
    assert first["evidence"] == SENTENCES[0]
    assert first["stated_on"].to_native() == date(2025, 3, 10)
    assert (nodes[1]["causes"], nodes[1]["targets"]) == ([OPERATION], [TOWN])
    edges = _query(
        driver,
        database,
        "MATCH (c)-[r:AFFECTED {article: $article}]->(t) RETURN c.key AS cause, t.key AS target, r.effect AS effect",
    )
    assert [(e["cause"], e["target"]) for e in edges] == [(OPERATION, TOWN)]
    assert edges[0]["effect"].startswith("effect:")


def test_ask_effect_joins_causes_to_targets_through_the_clauses(written: None) -> None:
    answer = [r for r in _rows("effect", "Selvan operation", "Brelsk") if r["kind"] == "effect"]
    assert sorted((r["cue"], r["via"]) for r in answer) == [("forced", None), ("since", None)]
    village = [r for r in _rows("effect", "Selvan operation", "Ostrava Dolna") if r["kind"] == "effect"]
    assert [(r["cue"], r["effect_text"]) for r in village] == [
        ("because", "Residents of Ostrava Dolna returned home")
    ]
    since = next(r for r in answer if r["cue"] == "since")
    assert (since["cause_text"], since["effect_text"]) == (
        "the Selvan operation began",
        "the shelling of Brelsk has eased",
    )
    assert since["evidence"] == SENTENCES[1]
    assert since["source"] == "Test FX Wire"


def test_timeline_shows_an_effect_whose_cause_names_nothing(written: None) -> None:
    rows = [r for r in _rows("timeline", "Brelsk push") if r["kind"] == "effect"]
    assert [(r["what"], r["who"], r["when"]) for r in rows] == [
        ("heavy losses among the attacking brigades → The Brelsk push stalled", "Mila Quorran", "2025-W11")
    ]


def test_rewriting_the_article_replaces_its_effects(written: None, driver: Driver, database: str) -> None:
    count = "MATCH (e:Effect)-[:IN]->(:Article {id: $article}) RETURN count(e) AS n"
    _write(_doc(*EFFECTS), database)
    assert _query(driver, database, count) == [{"n": 4}]
    _write(_doc(*EFFECTS[:2]), database)
    assert _query(driver, database, count) == [{"n": 2}]
    assert _query(driver, database, "MATCH ()-[r:AFFECTED {article: $article}]->() RETURN count(r) AS n") == [
        {"n": 0}
    ]


def test_search_finds_an_effect_by_the_words_of_its_clauses(written: None) -> None:
    result = runner.invoke(app, ["search", "attacking brigades", "--format", "json"])
    assert result.exit_code == 0, result.output
    effects = [r for r in json.loads(result.stdout) if r["kind"] == "effect"]
    assert [(r["what"], r["who"], r["source"]) for r in effects] == [
        (
            "heavy losses among the attacking brigades → The Brelsk push stalled",
            "Mila Quorran",
            "Test FX Wire",
        )
    ]


def test_timeline_lists_an_effect_with_an_edge_once(written: None) -> None:
    rows = [r for r in _rows("timeline", "Brelsk") if r["kind"] == "effect"]
    assert sorted(r["what"] for r in rows) == [
        "Selvan operation → Brelsk: " + SENTENCES[3],
        "the Selvan operation began → the shelling of Brelsk has eased",
    ]


def test_stats_count_effects(written: None) -> None:
    counts = {(r["kind"], r["name"]): r["count"] for r in _rows("stats")}
    assert counts[("node", "Effect")] >= 4
    assert counts[("relationship", "EFFECT_ON")] >= 4
    assert counts[("relationship", "CAUSE_OF")] >= 3
