"""Writes GraphDocs to Neo4j: one managed write transaction per batch, one UNWIND statement per kind.

Re-writing an article first removes what it contributed before, so a re-ingest never duplicates and a
newer extractor's output replaces the older one. The transaction function is idempotent, as the driver
may retry it on transient errors (deadlocks, leader changes).
"""

from collections.abc import Sequence

from neo4j import AsyncDriver, AsyncManagedTransaction
from pydantic import BaseModel

from extraction.models import GraphDoc
from graph.cypher import load
from graph.rows import WriteRows, write_rows

__all__ = ["WriteSummary", "write_graphdocs"]

_STATEMENTS = ("entities", "events", "claims", "effects")


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


async def _write_one(tx: AsyncManagedTransaction, rows: WriteRows, summary: WriteSummary) -> None:
    article_id = rows["article"]["id"]
    result = await tx.run(load("clear_article", "write").text, id=article_id)
    record = await result.single()
    previous = record["previous"] if record else []
    summary.add((await result.consume()).counters)
    result = await tx.run(load("article", "write").text, article=rows["article"])
    summary.add((await result.consume()).counters)
    for name in _STATEMENTS:
        if rows[name]:
            result = await tx.run(load(name, "write").text, article_id=article_id, rows=rows[name])
            summary.add((await result.consume()).counters)
    if previous:
        result = await tx.run(load("prune", "write").text, keys=previous)
        summary.add((await result.consume()).counters)
    summary.articles += 1


async def _write_batch(tx: AsyncManagedTransaction, batch: list[WriteRows]) -> WriteSummary:
    summary = WriteSummary()
    for rows in batch:
        await _write_one(tx, rows, summary)
    return summary


async def write_graphdocs(driver: AsyncDriver, docs: Sequence[GraphDoc], database: str) -> WriteSummary:
    """Write the articles in one transaction; returns the counters once it has committed."""
    batch = [write_rows(doc) for doc in docs]
    async with driver.session(database=database) as session:
        return await session.execute_write(_write_batch, batch)
