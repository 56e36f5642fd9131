"""A merge leaves one edge per article between two nodes (real Neo4j).

One invented article reports a strike at two places it names apart (a village and its station), with
a unit involved in it twice over (once as each of two spellings that later turn out to be one
organisation), and a claim about both places. An analyst then merges the station into the village
and one spelling of the unit into the other: the strike was AT both places for that article, so it
must be AT the survivor once, INVOLVED with the unit once per role, and the claim ABOUT it once.
"""

from collections.abc import Iterator
from datetime import date

import pytest
from neo4j import Driver

from chronicle.extraction.models import (
    ArticleRecord,
    Claim,
    Entity,
    Event,
    Evidence,
    GraphDoc,
    Mention,
    Participant,
    When,
)
from chronicle.graph.entities import apply_decisions
from chronicle.resolution.decisions import merge_decision
from tests.helpers import delete_articles, wiped, write_docs

pytestmark = pytest.mark.integration

PREFIX = "test-merge-edges-"
SOURCE = "Merge Edges Test Wire"
TEXT = (
    "A drone strike hit Pelmarivka and Pelmarivka Station on Monday, the Orvat Rifles and the Orvat "
    "Rifle Regiment said. Officials said both Pelmarivka and Pelmarivka Station had lost power."
)
VILLAGE, STATION = "place:pelmarivka", "place:pelmarivka-station"
UNIT, UNIT_TOO = "organization:orvat-rifle-regiment", "organization:orvat-rifles"
STRIKE = "event:attack:pelmarivka-drone-strike"
DAY = When(value="2025-05-05", valid_from=date(2025, 5, 5), valid_to=date(2025, 5, 5), precision="day")


def _span(text: str, after: int = 0) -> Mention:
    start = TEXT.index(text, after)
    return Mention(text=text, start=start, end=start + len(text))


def _sentence(n: int) -> Evidence:
    sentence = TEXT.split(". ")[n].rstrip(".") + "."
    start = TEXT.index(sentence[:-1])
    return Evidence(sentence=sentence, start=start, end=start + len(sentence))


def _doc() -> GraphDoc:
    entities = [
        Entity(key=VILLAGE, type="Place", name="Pelmarivka", mentions=[_span("Pelmarivka")]),
        Entity(key=STATION, type="Place", name="Pelmarivka Station", mentions=[_span("Pelmarivka Station")]),
        Entity(
            key=UNIT,
            type="Organization",
            name="Orvat Rifle Regiment",
            mentions=[_span("Orvat Rifle Regiment")],
        ),
        Entity(key=UNIT_TOO, type="Organization", name="Orvat Rifles", mentions=[_span("Orvat Rifles")]),
    ]
    strike = Event(
        key=STRIKE,
        name="drone strike",
        type="attack",
        place_keys=[VILLAGE, STATION],
        participants=[
            Participant(key=UNIT, role="attacker"),
            Participant(key=UNIT_TOO, role="attacker"),
            Participant(key=UNIT_TOO, role="participant"),
        ],
        when=DAY,
        mentions=[_span("A drone strike")],
        evidence=_sentence(0),
    )
    claim = Claim(
        id=PREFIX + "claim",
        text="both Pelmarivka and Pelmarivka Station had lost power",
        kind="reported",
        stated=DAY,
        about_keys=[VILLAGE, STATION],
        evidence=_sentence(1),
    )
    record = ArticleRecord(
        id=PREFIX + "a",
        title="Merge edges",
        source=SOURCE,
        published_at=date(2025, 5, 6),
        word_count=30,
        extractor_version="test",
    )
    return GraphDoc(article=record, entities=entities, events=[strike], claims=[claim])


def _wipe(driver: Driver, database: str) -> None:
    delete_articles(driver, database, PREFIX)


@pytest.fixture
def written(driver: Driver, database: str) -> Iterator[None]:
    with wiped(driver, database, _wipe):
        write_docs(database, [_doc()])
        yield


# every relationship touching the article's nodes, by its ends, type, article and role
EDGES = """
MATCH (a:Article {id: $id})-[:MENTIONS]->(n)
MATCH (x)-[r]-(n) WHERE type(r) IN ['AT', 'INVOLVED', 'ABOUT'] AND startNode(r) = x
RETURN DISTINCT elementId(r) AS id, x.key AS start, coalesce(x.id, '') AS claim, type(r) AS type,
       n.key AS end, r.article AS article, r.role AS role
"""


def _edges(driver: Driver, database: str) -> list[tuple[str, str, str, str | None, str | None]]:
    records, _, _ = driver.execute_query(EDGES, id=PREFIX + "a", database_=database)
    return sorted((r["start"] or r["claim"], r["type"], r["end"], r["article"], r["role"]) for r in records)


def test_a_merge_of_two_places_leaves_one_at_edge_per_article(
    written: None, driver: Driver, database: str
) -> None:
    before = _edges(driver, database)
    assert (STRIKE, "AT", STATION, PREFIX + "a", None) in before
    decisions = [
        merge_decision("Pelmarivka", VILLAGE, "Place", 0, "Pelmarivka Station", STATION),
        merge_decision("Orvat Rifle Regiment", UNIT, "Organization", 2, "Orvat Rifles", UNIT_TOO),
    ]
    apply_decisions(driver, database, decisions)
    article = PREFIX + "a"
    assert _edges(driver, database) == [
        (STRIKE, "AT", VILLAGE, article, None),
        (STRIKE, "INVOLVED", UNIT, article, "attacker"),
        (STRIKE, "INVOLVED", UNIT, article, "participant"),
        (PREFIX + "claim", "ABOUT", VILLAGE, None, None),
    ]
