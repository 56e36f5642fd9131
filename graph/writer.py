"""Writes GraphDocs to Neo4j: one managed write transaction per batch, one UNWIND statement per kind
for the whole batch (six round trips and one commit per batch, whatever its size).

Re-writing an article first removes what it contributed before, so a re-ingest never duplicates and a
newer extractor's output replaces the older one. The transaction function is idempotent, as the driver
may retry it on transient errors (deadlocks, leader changes).

Plans: every statement of a write transaction (cypher/write/, cypher/lookup/aliases and votes) starts
with `CYPHER replan=skip`, so the server plans it once and keeps that plan. Without it Neo4j re-plans a
statement whenever the graph's statistics have drifted (at most every 10 s per statement), and while a
graph grows that is all the time: re-planning these long statements (merge_entity most) cost more
Neo4j CPU than running them (26.7 -> 13.0 ms per article over the bench's first 608 articles, the same
graph written). Their plans are index seeks whatever the graph's size (tests/test_write_plans_integration.py),
so the first one is as good as any later one. The first plan of a server that starts on an empty graph
is the risk: there a scan costs what a seek does, and Neo4j chose index scans for equality look-ups
(merge_sources, effects' AFFECTED MERGE) on a young graph. So a read that could start at its far end
is a pattern comprehension from the bound node, index look-ups carry `USING INDEX SEEK`, and a
relationship MERGE keyed by an indexed property is done by hand (a MERGE takes no hint);
tests/fault/test_write_plans_empty_graph.py plans every statement on an empty graph.
"""

from collections.abc import Sequence
from typing import Any

from neo4j import AsyncDriver, AsyncManagedTransaction
from neo4j.exceptions import Neo4jError
from pydantic import BaseModel

from chronicle.extraction.models import GraphDoc
from chronicle.extraction.rules.event_reports import RANK
from chronicle.graph.cypher import load
from chronicle.graph.errors import WriteTooLarge, failure_kind
from chronicle.graph.identity import resolve_in_tx
from chronicle.graph.rows import WriteRows, write_rows

__all__ = ["WriteSummary", "batch_params", "statement_params", "write_batch", "write_graphdocs"]

_STATEMENTS = ("entities", "events", "claims", "effects")
# what a statement takes besides its rows: events picks an unconfirmed event's deciding report by the
# order the extractor picks an article's report with (extraction/rules/event_reports.RANK)
_EXTRA: dict[str, dict[str, Any]] = {"events": {"status_rank": RANK}}


class WriteSummary(BaseModel):
    """What one write transaction changed."""

    articles: int = 0
    nodes_created: int = 0
    nodes_deleted: int = 0
    relationships_created: int = 0
    relationships_deleted: int = 0

    def add(self, counters: object) -> None:
        """Accumulate a statement's counters (neo4j SummaryCounters)."""
        for field in ("nodes_created", "nodes_deleted", "relationships_created", "relationships_deleted"):
            setattr(self, field, getattr(self, field) + getattr(counters, field))


_SORT_KEYS = {"entities": "key", "events": "key", "claims": "id", "effects": "cause_key"}


def batch_params(batch: Sequence[WriteRows]) -> dict[str, Any]:
    """One parameter list per statement for the whole batch, each row tagged with its article id.

    An article that occurs twice in a batch (a redelivery next to a re-publish) is written once, from
    its last copy. Rows are sorted by node key, so concurrent workers lock shared nodes in the same
    order (fewer deadlocks).
    """
    latest = {rows["article"]["id"]: rows for rows in batch}
    params: dict[str, Any] = {
        "ids": sorted(latest),
        "articles": [latest[i]["article"] for i in sorted(latest)],
    }
    for name in _STATEMENTS:
        tagged = [row | {"article_id": i} for i, rows in latest.items() for row in rows[name]]
        params[name] = sorted(tagged, key=lambda row, k=_SORT_KEYS[name]: (row[k] or "", row["article_id"]))
    return params


def statement_params(name: str, params: dict[str, Any]) -> dict[str, Any]:
    """The parameters of statement `name` (entities, events, claims, effects) for a batch's
    `batch_params`: its rows, and for events the status order."""
    return {"rows": params[name], **_EXTRA.get(name, {})}


async def _run(tx: AsyncManagedTransaction, name: str, summary: WriteSummary, **params: Any) -> list[Any]:
    result = await tx.run(load(name, "write").text, params)
    records = [record async for record in result]
    summary.add((await result.consume()).counters)
    return records


async def _write_batch(tx: AsyncManagedTransaction, params: dict[str, Any]) -> WriteSummary:
    summary = WriteSummary(articles=len(params["ids"]))
    cleared = await _run(tx, "clear_article", summary, ids=params["ids"])
    previous = cleared[0]["previous"] if cleared else []
    await _run(tx, "article", summary, articles=params["articles"])
    for name in _STATEMENTS:
        if params[name]:
            await _run(tx, name, summary, **statement_params(name, params))
    if previous:
        await _run(tx, "prune", summary, keys=previous)
    return summary


async def write_batch(driver: AsyncDriver, batch: Sequence[WriteRows], database: str) -> WriteSummary:
    """Write prepared rows (graph.rows.write_rows) in one transaction; the counters once committed."""
    async with driver.session(database=database) as session:
        return await session.execute_write(_write_batch, batch_params(batch))


async def _resolve_and_write(tx: AsyncManagedTransaction, docs: list[GraphDoc]) -> WriteSummary:
    try:
        resolved = await resolve_in_tx(tx, docs)
        return await _write_batch(tx, batch_params([write_rows(doc) for doc in resolved]))
    except Neo4jError as error:
        # The driver would retry a memory error for 30 s like a deadlock; a limit is not transient.
        if failure_kind(error) == "limit":
            raise WriteTooLarge(f"{error.code}: {error.message}") from error
        raise


async def write_graphdocs(driver: AsyncDriver, docs: Sequence[GraphDoc], database: str) -> WriteSummary:
    """Resolve the articles' entities against the graph's alias index (graph.identity) and write
    them, in one transaction; returns the counters once it has committed."""
    async with driver.session(database=database) as session:
        return await session.execute_write(_resolve_and_write, list(docs))
