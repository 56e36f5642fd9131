"""What the Neo4j benchmarks share: the corpus' GraphDocs (extracted once per run), emptying the
private graph, and writing synthetic articles in batches."""

import time
from collections.abc import Sequence
from functools import lru_cache

from neo4j import AsyncDriver, Driver

from bench.corpus import load_articles, synthetic_rows
from bench.cypher import load
from chronicle.extraction.models import GraphDoc
from chronicle.extraction.pipeline import extract_many
from chronicle.graph.schema import apply_schema
from chronicle.graph.writer import write_batch

__all__ = ["corpus_docs", "empty_graph", "fill_graph"]


@lru_cache(maxsize=1)
def corpus_docs() -> tuple[GraphDoc, ...]:
    """The shared corpora's GraphDocs (the synthetic graphs are made from these)."""
    return tuple(extract_many(load_articles()))


def empty_graph(driver: Driver, database: str) -> None:
    """Delete every node of the PRIVATE benchmark graph, then (re)apply the schema."""
    with driver.session(database=database) as session:
        session.run(load("empty_graph").text).consume()
    apply_schema(driver, database)


async def fill_graph(
    driver: AsyncDriver,
    database: str,
    docs: Sequence[GraphDoc],
    start: int,
    count: int,
    batch_size: int = 100,
) -> float:
    """Write synthetic articles start..start+count-1 with the batched writer; returns the seconds."""
    began = time.perf_counter()
    batch = []
    for rows in synthetic_rows(docs, start, count):
        batch.append(rows)
        if len(batch) == batch_size:
            await write_batch(driver, batch, database)
            batch = []
    if batch:
        await write_batch(driver, batch, database)
    return time.perf_counter() - began
