"""The writer's statements keep their first plan (`CYPHER replan=skip`), so that plan must be good at
any size of graph: every node and relationship it reads comes from an index seek (or an expansion from
one), never a scan of a label, a type or a whole index; a cartesian product can then only join seeks
(real Neo4j, EXPLAIN only)."""

from typing import Any

import pytest
from neo4j import Driver

from chronicle.graph.cypher import load
from chronicle.graph.schema import apply_schema

pytestmark = pytest.mark.integration

# every statement a write transaction runs (graph/identity.py, graph/writer.py)
STATEMENTS = [
    ("identity_lock", "write"),
    ("outlets", "lookup"),
    ("aliases", "lookup"),
    ("votes", "lookup"),
    ("merge_entity", "write"),
    ("merge_sources", "lookup"),
    ("events_at", "lookup"),
    ("settle_event", "write"),
    ("lone_mentions", "lookup"),
    ("split_off", "write"),
    ("aliases", "write"),
    ("clear_article", "write"),
    ("article", "write"),
    ("entities", "write"),
    ("events", "write"),
    ("claims", "write"),
    ("effects", "write"),
    ("prune", "write"),
]
# the outlets' names: the resolver reads every Source (one per outlet, a few dozen), by label or
# through the index on their names
ALLOWED_SCANS = {("outlets", "lookup"): {"NodeByLabelScan", "NodeIndexScan"}}
# the planner picks between plans of equal cost differently from one replan of the same graph to the
# next (a pattern was planned as a scan of a whole relationship index in about half of them)
REPLANS = 8


def _operators(plan: Any) -> list[str]:
    found = [plan["operatorType"].split("@")[0]]
    for child in plan.get("children", []):
        found += _operators(child)
    return found


def _scans(operators: list[str]) -> set[str]:
    return {op for op in operators if "Scan" in op}


@pytest.mark.parametrize(("name", "folder"), STATEMENTS, ids=[f"{f}/{n}" for n, f in STATEMENTS])
def test_write_statement_keeps_its_plan_and_seeks(
    driver: Driver, database: str, name: str, folder: str
) -> None:
    query = load(name, folder)
    assert "CYPHER replan=skip" in query.text
    apply_schema(driver, database)
    with driver.session(database=database) as session:
        # replan=force: the plan for the graph as it is now, not one cached earlier
        text = query.text.replace("CYPHER replan=skip", "CYPHER replan=force", 1)
        plans = [session.run("EXPLAIN " + text).consume().plan for _ in range(REPLANS)]  # type: ignore[arg-type]
    for plan in plans:
        assert plan is not None
        assert _scans(_operators(plan)) <= ALLOWED_SCANS.get((name, folder), set())


def test_every_write_statement_is_checked() -> None:
    from chronicle.graph.cypher import CYPHER_DIR

    written = {(p.stem, "write") for p in (CYPHER_DIR / "write").glob("*.cypher")}
    assert written <= set(STATEMENTS)
