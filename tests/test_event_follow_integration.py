"""One event, one node, whichever spelling of its place a report used (real Neo4j).

Two invented articles name one village two ways ('Tarnyvka', 'Tarnivka'); the resolver makes them one
place node. Whichever article comes first, the capture they report is one Event node at that place:
written second, an article's event takes the node's segment (resolution/rewrite.py); written first,
its event follows when the place merges (graph/identity.py, cypher/write/settle_event), as it does
when the analyst merges two places (graph/entities.py). The node's
status is recomputed from its reports, so a plan in both spellings stays a plan.
"""

import pytest
from neo4j import AsyncDriver, Driver
from spacy.language import Language

from chronicle.extraction.models import Article
from chronicle.extraction.pipeline import extract_many
from chronicle.graph.entities import apply_decisions
from chronicle.graph.writer import write_graphdocs
from chronicle.resolution.decisions import merge_decision
from tests.helpers import clean_fixture, delete_articles

pytestmark = [pytest.mark.integration, pytest.mark.anyio]

PREFIX = "event-follow-test"
CLAIMED = "Russian officials claimed on Monday that their troops had captured the village of Tarnyvka."
HAPPENED = "Russian forces captured the village of Tarnivka on Monday, the army said."
MERGED = (  # two names the analyst says are one village
    "Russian officials claimed on Monday that their troops had captured the village of Kostrivka.",
    "Russian forces captured the village of Zhabokrynka on Monday, the army said.",
)
BOTH = (  # one article: a capture that happened at one of the names, a plan at the other
    "Russian forces captured the village of Kostrivka on Monday, the army said. "
    "Russian commanders plan to capture the village of Zhabokrynka next, a general said.",
)
PLACES = ["place:tarnivka", "place:tarnyvka", "place:kostrivka", "place:zhabokrinka"]
PLANS = (
    "Russian commanders plan to capture the village of Tarnivka, a general said.",
    "Russian commanders plan to capture the village of Tarnyvka, officials said on Monday.",
)


def _clean(driver: Driver, database: str) -> None:
    delete_articles(driver, database, PREFIX)
    with driver.session(database=database) as session:
        session.run(
            "MATCH (n:Entity) WHERE n.key IN $places OR n.key STARTS WITH 'event:capture:tarn' "
            "OR n.key IN ['event:capture:kostrivka', 'event:capture:zhabokrinka'] DETACH DELETE n",
            places=PLACES,
        ).consume()
        session.run(
            "MATCH (alias:Alias) WHERE alias.target IN $places OR alias.key = 'k|place:kostrivka' DELETE alias",
            places=PLACES,
        ).consume()


clean = clean_fixture(_clean)


def _events(driver: Driver, database: str) -> list[dict]:
    with driver.session(database=database) as session:
        return session.run(
            "MATCH (a:Article)-[m:MENTIONS]->(e:Event) WHERE a.id STARTS WITH $prefix "
            "WITH e, collect(m.status) AS reports ORDER BY e.key "
            "RETURN e.key AS key, e.status AS status, 'Unconfirmed' IN labels(e) AS unconfirmed, "
            "toString(e.valid_from) AS date, [(e)-[:AT]->(p) | p.key] AS places, reports, "
            "[(e)-[r:AT]->() | r.status] AS dated",
            prefix=PREFIX,
        ).data()


async def _write(writer: AsyncDriver, database: str, nlp: Language, texts: tuple[str, ...]) -> None:
    articles = [
        Article(id=f"{PREFIX}-{i}", text=t, published_at=f"2025-04-{i + 8:02d}", source="Follow Test Wire")
        for i, t in enumerate(texts)
    ]
    for doc in extract_many(articles):  # one transaction each, in this order
        await write_graphdocs(writer, [doc], database)


@pytest.mark.parametrize("order", [(CLAIMED, HAPPENED), (HAPPENED, CLAIMED)], ids=["merge", "rewrite"])
async def test_event_follows_its_place_node(
    clean: None, driver: Driver, database: str, writer: AsyncDriver, nlp: Language, order: tuple[str, str]
) -> None:
    await _write(writer, database, nlp, order)
    events = _events(driver, database)
    assert len(events) == 1, events
    (event,) = events
    assert event["key"] == "event:capture:tarnivka"
    assert set(event["places"]) == {"place:tarnivka"}
    assert sorted(event["reports"]) == ["claimed", "happened"]
    assert (event["status"], event["unconfirmed"], event["date"]) == ("happened", False, "2025-04-07")


async def test_event_plans_that_meet_stay_a_plan(
    clean: None, driver: Driver, database: str, writer: AsyncDriver, nlp: Language
) -> None:
    await _write(writer, database, nlp, PLANS[::-1])  # 'Tarnyvka' first: its node merges away
    events = _events(driver, database)
    assert [(e["key"], e["status"], e["unconfirmed"]) for e in events] == [
        ("event:capture:tarnivka", "planned", True)
    ]
    assert events[0]["reports"] == ["planned", "planned"]


async def test_event_follows_an_analysts_place_merge(
    clean: None, driver: Driver, database: str, writer: AsyncDriver, nlp: Language
) -> None:
    await _write(writer, database, nlp, MERGED)
    assert [e["key"] for e in _events(driver, database)] == [
        "event:capture:kostrivka",
        "event:capture:zhabokrinka",
    ]
    decision = merge_decision("Zhabokrynka", "place:zhabokrinka", "Place", 1, "Kostrivka", "place:kostrivka")
    apply_decisions(driver, database, [decision])
    events = _events(driver, database)
    assert [(e["key"], e["status"], e["unconfirmed"], e["date"]) for e in events] == [
        ("event:capture:zhabokrinka", "happened", False, "2025-04-07")
    ]
    assert sorted(events[0]["reports"]) == ["claimed", "happened"]
    assert set(events[0]["places"]) == {"place:zhabokrinka"}


@pytest.mark.parametrize(
    ("survivor", "merged"),
    [
        pytest.param(
            ("Kostrivka", "place:kostrivka"), ("Zhabokrynka", "place:zhabokrinka"), id="plan-into-fact"
        ),
        pytest.param(
            ("Zhabokrynka", "place:zhabokrinka"), ("Kostrivka", "place:kostrivka"), id="fact-into-plan"
        ),
    ],
)
async def test_event_merge_keeps_the_fact_one_article_reports_with_a_plan(
    clean: None,
    driver: Driver,
    database: str,
    writer: AsyncDriver,
    nlp: Language,
    survivor: tuple[str, str],
    merged: tuple[str, str],
) -> None:
    await _write(writer, database, nlp, BOTH)
    assert [(e["key"], e["status"]) for e in _events(driver, database)] == [
        ("event:capture:kostrivka", "happened"),
        ("event:capture:zhabokrinka", "planned"),
    ]
    apply_decisions(driver, database, [merge_decision(*survivor, "Place", 1, *merged)])
    events = _events(driver, database)
    key = f"event:capture:{survivor[1].removeprefix('place:')}"
    # the article's one report of the event is its most factual (as if it had named one village);
    # each clause's status and date stay on its AT edge
    assert [(e["key"], e["status"], e["unconfirmed"], e["date"], e["reports"]) for e in events] == [
        (key, "happened", False, "2025-04-07", ["happened"])
    ]
    assert sorted(events[0]["dated"]) == ["happened", "planned"]
    assert set(events[0]["places"]) == {survivor[1]}
