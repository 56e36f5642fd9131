"""A merge leaves no stored key naming the node merged away (real Neo4j and NATS).

Two invented articles: in the first, a person claims that a brigade's shelling forced a town's depot
to close (an Effect node and its AFFECTED edge, both `claimed_by` that person), says so in a claim, and
states a strike that the article reports only as his claim (`stated_by_key` on the event's edges);
the second names the person and the unit with other spellings. `chronicle entities merge` joins the
person and then the cause into the second article's nodes; `ask effect`, `timeline` and `claims` then
answer with the surviving names, and no property of any node or relationship holds an old key.
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
    Claim,
    Effect,
    Entity,
    Event,
    EventReport,
    Evidence,
    GraphDoc,
    Mention,
    When,
)
from chronicle.extraction.rules.event_reports import RANK
from chronicle.graph.cypher import load
from chronicle.settings import get_settings
from tests.helpers import delete_articles, forget_decisions, wiped, write_docs

pytestmark = pytest.mark.integration

runner = CliRunner()

PREFIX = "test-merge-keys-"
SOURCE = "Merge Keys Test Wire"
# the keys the articles are written with; the resolver gives the nodes their own (read from the graph)
PERSON_OLD, PERSON = "person:yarema-kovtunyk", "person:yarema-bilous"
UNIT_OLD, UNIT = "organization:zorvan-brigade", "organization:zorvan-battalion"
TOWN = "place:tarnivka"
STRIKE = "event:attack:tarnivka-depot-strike"

FIRST = (
    "The Zorvan Brigade shelling forced the Tarnivka depot to close, Yarema Kovtunyk said.",
    "Yarema Kovtunyk said a strike had hit the Tarnivka depot.",
)
SECOND = ("Yarema Bilous visited the Zorvan Battalion near Tarnivka.",)
DAY = When(value="2025-04-02", valid_from=date(2025, 4, 2), valid_to=date(2025, 4, 2), precision="day")


def _span(text: str, whole: str, after: int = 0) -> Mention:
    start = whole.index(text, after)
    return Mention(text=text, start=start, end=start + len(text))


def _evidence(sentences: tuple[str, ...], n: int) -> Evidence:
    whole = " ".join(sentences)
    start = whole.index(sentences[n])
    return Evidence(sentence=sentences[n], start=start, end=start + len(sentences[n]))


def _entity(key: str, kind: str, name: str, whole: str) -> Entity:
    return Entity(key=key, type=kind, name=name, mentions=[_span(name, whole)])  # type: ignore[arg-type]


def _record(suffix: str, day: int) -> ArticleRecord:
    return ArticleRecord(
        id=PREFIX + suffix,
        title=f"Merge keys {suffix}",
        source=SOURCE,
        published_at=date(2025, 4, day),
        word_count=20,
        extractor_version="test",
    )


def _first() -> GraphDoc:
    whole = " ".join(FIRST)
    claim = Claim(
        id=PREFIX + "claim",
        text="a strike had hit the Tarnivka depot",
        kind="reported",
        speaker_key=PERSON_OLD,
        speaker_name="Yarema Kovtunyk",
        stated=DAY,
        when=DAY,
        about_keys=[TOWN],
        evidence=_evidence(FIRST, 1),
    )
    effect = Effect(
        cause_key=UNIT_OLD,
        target_key=TOWN,
        cause_keys=[UNIT_OLD],
        target_keys=[TOWN],
        cue="forced",
        description=FIRST[0],
        cause_span=_span("The Zorvan Brigade shelling", whole),
        effect_span=_span("the Tarnivka depot to close", whole),
        claimed_by_key=PERSON_OLD,
        stated=DAY,
        when=DAY,
        evidence=_evidence(FIRST, 0),
    )
    strike = Event(
        key=STRIKE,
        name="Tarnivka depot strike",
        type="attack",
        place_keys=[TOWN],
        when=DAY,
        status="claimed",
        status_cue="said",
        stated_by_key=PERSON_OLD,
        stated_by_name="Yarema Kovtunyk",
        reports=[
            EventReport(
                status="claimed",
                cue="said",
                stated_by_key=PERSON_OLD,
                stated_by_name="Yarema Kovtunyk",
                mention=_span("a strike", whole),
            )
        ],
        mentions=[_span("a strike", whole)],
        evidence=_evidence(FIRST, 1),
    )
    return GraphDoc(
        article=_record("a", 3),
        entities=[
            _entity(UNIT_OLD, "Organization", "Zorvan Brigade", whole),
            _entity(TOWN, "Place", "Tarnivka", whole),
            _entity(PERSON_OLD, "Person", "Yarema Kovtunyk", whole),
        ],
        events=[strike],
        claims=[claim],
        effects=[effect],
    )


def _second() -> GraphDoc:
    whole = " ".join(SECOND)
    return GraphDoc(
        article=_record("b", 4),
        entities=[
            _entity(PERSON, "Person", "Yarema Bilous", whole),
            _entity(UNIT, "Organization", "Zorvan Battalion", whole),
            _entity(TOWN, "Place", "Tarnivka", whole),
        ],
    )


def _write(*docs: GraphDoc) -> None:
    write_docs(get_settings().neo4j_database, *([doc] for doc in docs))


def _forget_decisions() -> None:
    forget_decisions(lambda decision: decision.name in ("Yarema Bilous", "Zorvan Battalion"))


def _wipe(driver: Driver, database: str) -> None:
    """What these articles wrote: articles, their claims and effects, the nodes only they mention and
    the alias entries of nodes that are gone."""
    delete_articles(driver, database, PREFIX)


def _key(driver: Driver, database: str, suffix: str, name: str) -> str:
    """The key of the node the article's `name` became."""
    records, _, _ = driver.execute_query(
        "MATCH (:Article {id: $id})-[m:MENTIONS]->(n:Entity) WHERE $name IN m.forms RETURN n.key AS key",
        id=PREFIX + suffix,
        name=name,
        database_=database,
    )
    assert len(records) == 1, (suffix, name, records)
    return str(records[0]["key"])


def _clean(driver: Driver, database: str) -> None:
    _wipe(driver, database)
    _forget_decisions()


@pytest.fixture
def merged(driver: Driver, database: str) -> Iterator[None]:
    with wiped(driver, database, _clean):
        _write(_first(), _second())
        yield


def _cli(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def _ask(*args: str) -> list[dict[str, Any]]:
    return json.loads(_cli("ask", *args, "--format", "json"))


# every node and relationship property equal to (or a list holding) one of the keys
HOLDERS = """
CALL () {
  MATCH (n) UNWIND keys(n) AS k WITH n, k, n[k] AS v
  WHERE v IN $keys OR (valueType(v) STARTS WITH 'LIST' AND any(x IN v WHERE x IN $keys))
  RETURN 'node ' + labels(n)[0] + '.' + k AS holder
  UNION ALL
  MATCH ()-[r]->() UNWIND keys(r) AS k WITH r, k, r[k] AS v
  WHERE v IN $keys OR (valueType(v) STARTS WITH 'LIST' AND any(x IN v WHERE x IN $keys))
  RETURN 'relationship ' + type(r) + '.' + k AS holder
}
RETURN holder ORDER BY holder
"""


def _holders(driver: Driver, database: str, keys: list[str]) -> list[str]:
    records, _, _ = driver.execute_query(HOLDERS, keys=keys, database_=database)
    return [r["holder"] for r in records]


def test_a_merge_leaves_no_stored_key_of_the_node_merged_away(
    merged: None, driver: Driver, database: str
) -> None:
    old = [_key(driver, database, "a", "Yarema Kovtunyk"), _key(driver, database, "a", "Zorvan Brigade")]
    assert old[0] != _key(driver, database, "b", "Yarema Bilous")
    assert old[1] != _key(driver, database, "b", "Zorvan Battalion")
    before = _holders(driver, database, old)
    assert "node Effect.claimed_by" in before and "relationship AFFECTED.claimed_by" in before
    assert "node Effect.cause_key" in before and "relationship MENTIONS.stated_by_key" in before

    _cli("entities", "merge", "Yarema Bilous", "Yarema Kovtunyk")
    _cli("entities", "merge", "Zorvan Battalion", "Zorvan Brigade")
    assert _holders(driver, database, old) == []

    effects = [r for r in _ask("effect", "Zorvan Battalion", "Tarnivka") if r["kind"] == "effect"]
    assert [(r["cue"], r["who"]) for r in effects] == [("forced", "Yarema Bilous")]
    timeline = [r for r in _ask("timeline", "Tarnivka") if r["kind"] == "effect"]
    assert [(r["what"], r["who"]) for r in timeline] == [
        ("Zorvan Battalion → Tarnivka: " + FIRST[0], "Yarema Bilous")
    ]
    claims = _ask("claims", "Yarema Bilous")
    assert [(r["what"], r["who"]) for r in claims] == [
        ("a strike had hit the Tarnivka depot", "Yarema Bilous")
    ]


def test_an_effect_whose_cause_becomes_its_target_is_still_shown_by_its_clauses(
    merged: None, driver: Driver, database: str
) -> None:
    """The AFFECTED edge between two nodes that become one is not kept; the effect's `edge` flag goes
    with it, so the timeline lists the effect by its clauses instead of losing it."""
    unit, town = _key(driver, database, "a", "Zorvan Brigade"), _key(driver, database, "a", "Tarnivka")
    driver.execute_query(
        load("merge_entity", "write").text,
        from_key=unit,
        into_key=town,
        into_type="Place",
        rank=0,
        status_rank=RANK,
        database_=database,
    )
    records, _, _ = driver.execute_query(
        "MATCH (e:Effect)-[:IN]->(:Article {id: $id}) RETURN e.cause_key AS cause, e.target_key AS target, "
        "e.edge AS edge, COUNT { ()-[:AFFECTED {article: $id}]->() } AS edges",
        id=PREFIX + "a",
        database_=database,
    )
    assert [r.data() for r in records] == [{"cause": town, "target": town, "edge": False, "edges": 0}]
    assert _holders(driver, database, [unit]) == []
    timeline = [r for r in _ask("timeline", "Tarnivka") if r["kind"] == "effect"]
    assert [r["what"] for r in timeline] == ["The Zorvan Brigade shelling → the Tarnivka depot to close"]
