"""The writer keeps each statement's first plan (`CYPHER replan=skip`, graph/writer.py), and a server
that starts on an empty graph makes that plan there, when every scan looks as cheap as a seek. So on an
empty graph every write statement must plan to index seeks; and a batch written there, the graph then
grown, the kept plans must still read a bounded number of records per row (PROFILE of the statement as
the writer sends it, which answers from the plan cache)."""

from datetime import date
from typing import Any

import anyio
import pytest

from chronicle.extraction.models import (
    ArticleRecord,
    Effect,
    Entity,
    Evidence,
    GraphDoc,
    Mention,
    PlaceInfo,
    PlaceParent,
)
from chronicle.graph.connection import async_driver
from chronicle.graph.cypher import load
from chronicle.graph.rows import write_rows
from chronicle.graph.schema import apply_schema
from chronicle.graph.writer import batch_params, write_graphdocs
from tests.fault.private_stack import PrivateStack
from tests.test_write_plans_integration import ALLOWED_SCANS, REPLANS, STATEMENTS

pytestmark = [pytest.mark.fault]

GROWN = 20_000  # places and AFFECTED edges added after the first batch
SENTENCE = "The Brenholt Works closure cut jobs in Ostervik, the union said."
DISTRICT = PlaceParent(key="place:geonames:990001", name="Velmark District", kind="district")
REGION = PlaceParent(key="place:geonames:990002", name="Sudmark Region", kind="region")


def _span(text: str) -> Mention:
    start = SENTENCE.index(text)
    return Mention(text=text, start=start, end=start + len(text))


def _doc(n: int) -> GraphDoc:
    """An article naming a gazetteer town (with its district and region) and a company whose closure
    affects it: rows for the PART_OF chain and an AFFECTED edge."""
    town = f"place:geonames:98{n:04d}"
    company = f"organization:brenholt-works-{n}"
    place = PlaceInfo(
        kind="city", part_of_key=DISTRICT.key, part_of_name=DISTRICT.name, parents=[DISTRICT, REGION]
    )
    return GraphDoc(
        article=ArticleRecord(
            id=f"plans-empty-{n}", published_at=date(2025, 5, 1), word_count=12, extractor_version="test"
        ),
        entities=[
            Entity(key=town, type="Place", name=f"Ostervik {n}", mentions=[_span("Ostervik")], place=place),
            Entity(
                key=company,
                type="Organization",
                name=f"Brenholt Works {n}",
                mentions=[_span("Brenholt Works")],
            ),
        ],
        effects=[
            Effect(
                cause_key=company,
                target_key=town,
                cause_keys=[company],
                target_keys=[town],
                cue="cut",
                description=SENTENCE,
                cause_span=_span("The Brenholt Works closure"),
                effect_span=_span("jobs in Ostervik"),
                evidence=Evidence(sentence=SENTENCE, start=0, end=len(SENTENCE)),
            )
        ],
    )


def _scans(plan: Any) -> set[str]:
    found = {plan["operatorType"].split("@")[0]} if "Scan" in plan["operatorType"] else set()
    for child in plan.get("children", []):
        found |= _scans(child)
    return found


def _db_hits(plan: Any) -> int:
    return int(plan.get("args", {}).get("DbHits", 0)) + sum(_db_hits(c) for c in plan.get("children", []))


def _assert_plans_seek(fresh: PrivateStack, when: str) -> None:
    """Every write statement planned for the graph as it is now reads through index seeks, however
    often it is planned (on a graph of two articles, a pattern once planned as a scan of a whole
    relationship index in about half of the replans of the same graph)."""
    with fresh.graph.session(database=fresh.settings.neo4j_database) as session:
        for name, folder in STATEMENTS:
            text = load(name, folder).text.replace("CYPHER replan=skip", "CYPHER replan=force", 1)
            for attempt in range(REPLANS):
                plan = session.run("EXPLAIN " + text).consume().plan  # type: ignore[arg-type]
                allowed = ALLOWED_SCANS.get((name, folder), set())
                assert _scans(plan) <= allowed, f"{folder}/{name} on {when}, replan {attempt + 1}"


def test_write_plans_made_on_an_empty_graph_stay_seeks_as_it_grows(fresh: PrivateStack) -> None:
    graph, database = fresh.graph, fresh.settings.neo4j_database
    apply_schema(graph, database)

    async def write(docs: list[GraphDoc]) -> None:
        driver = await async_driver(fresh.settings)
        try:
            await write_graphdocs(driver, docs, database)
        finally:
            await driver.close()

    _assert_plans_seek(fresh, "the empty graph")
    anyio.run(write, [_doc(0), _doc(1)])
    # a server restarted on a young graph plans there (effects' AFFECTED MERGE planned as a scan of the
    # whole AFFECTED(article) index on a dev stack holding a few test leftovers)
    _assert_plans_seek(fresh, "a graph of two articles")
    with graph.session(database=database) as session:
        session.run("CALL db.clearQueryCaches()").consume()
    anyio.run(write, [_doc(2), _doc(3)])  # the writer's statements planned on that graph, and kept
    with graph.session(database=database) as session:
        session.run(
            "MATCH (district:Entity {key: $district}), (company:Entity {key: $company}) "
            "UNWIND range(1, $n) AS i "
            "CREATE (town:Entity:Place {key: 'place:geonames:97' + i, name: 'Grown ' + i})-[:PART_OF]->(district) "
            "CREATE (company)-[:AFFECTED {article: 'plans-grown-' + i, start: 0, cue: 'cut'}]->(town)",
            district=DISTRICT.key,
            company="organization:brenholt-works-0",
            n=GROWN,
        ).consume()
    params = batch_params([write_rows(_doc(n)) for n in range(4, 14)])
    with graph.session(database=database) as session, session.begin_transaction() as tx:
        tx.run(load("clear_article", "write").text, {"ids": params["ids"]}).consume()
        tx.run(load("article", "write").text, {"articles": params["articles"]}).consume()
        for name in ("entities", "effects"):
            rows = params[name]
            profile = tx.run("PROFILE " + load(name, "write").text, {"rows": rows}).consume().profile
            assert profile is not None
            # a plan that read every place or every AFFECTED edge per row would read > GROWN per row
            assert _db_hits(profile) / len(rows) < 200, name
        tx.rollback()
