"""Writer benchmark: the batched writer (graph.writer) against the naive baseline (bench.naive), on the
same synthetic articles, each into an emptied private graph, in the same run.

Three ways to write: batches of `batch_size` articles per transaction (what the worker does), one
article per transaction (the batched statements without transaction batching), and naive (one
statement per node and edge, one transaction each).
"""

import time
from dataclasses import dataclass

from neo4j import AsyncDriver, Driver

from bench.corpus import synthetic_rows
from bench.graphdb import corpus_docs, empty_graph
from bench.naive import naive_statements, write_naive
from bench.report import fmt, table
from chronicle.graph.writer import write_batch

__all__ = ["WriterResult", "render_writer", "run_writer"]

_WARM_UP = 10_000_000  # synthetic article number of the untimed warm-up writes


@dataclass
class WriterRun:
    """One way of writing: how many articles, transactions and seconds."""

    name: str
    articles: int
    transactions: int
    seconds: float

    @property
    def per_second(self) -> float:
        return self.articles / self.seconds

    @property
    def ms_per_article(self) -> float:
        return 1000 * self.seconds / self.articles


@dataclass
class WriterResult:
    runs: list[WriterRun]
    statements_per_article: float

    @property
    def ratio(self) -> float:
        """Batched articles/s over naive articles/s (the target is >= 10)."""
        by_name = {r.name: r for r in self.runs}
        return by_name["batched"].per_second / by_name["naive"].per_second


async def run_writer(
    sync: Driver, driver: AsyncDriver, database: str, *, articles: int, naive_articles: int, batch_size: int
) -> WriterResult:
    """Time the three writers on the first articles of the synthetic corpus."""
    docs = corpus_docs()
    rows = list(synthetic_rows(docs, 0, articles))
    warm = list(synthetic_rows(docs, _WARM_UP, 2))  # plans compiled before timing, other ids
    runs = []

    empty_graph(sync, database)
    await write_batch(driver, warm[:1], database)
    began = time.perf_counter()
    for i in range(0, len(rows), batch_size):
        await write_batch(driver, rows[i : i + batch_size], database)
    seconds = time.perf_counter() - began
    runs.append(WriterRun("batched", len(rows), -(-len(rows) // batch_size), seconds))

    single = rows[: max(naive_articles * 2, 1)]
    empty_graph(sync, database)
    await write_batch(driver, warm[:1], database)
    began = time.perf_counter()
    for one in single:
        await write_batch(driver, [one], database)
    runs.append(WriterRun("one article per tx", len(single), len(single), time.perf_counter() - began))

    naive = rows[:naive_articles]
    empty_graph(sync, database)
    await write_naive(driver, warm[1], database)
    began = time.perf_counter()
    transactions = 0
    for one in naive:
        transactions += await write_naive(driver, one, database)
    runs.append(WriterRun("naive", len(naive), transactions, time.perf_counter() - began))

    statements = sum(len(list(naive_statements(r))) for r in rows) / len(rows)
    return WriterResult(runs, statements)


def render_writer(result: WriterResult, batch_size: int) -> str:
    """The writer section of the report."""
    labels = {
        "batched": f"batched: {batch_size} articles per tx, one UNWIND statement per kind",
        "one article per tx": "batched statements, one article per tx",
        "naive": "naive: one MERGE statement per node/edge, one tx each",
    }
    rows = [
        [labels[r.name], fmt(r.articles), fmt(r.transactions), fmt(r.seconds), fmt(r.per_second),
         fmt(r.ms_per_article)]
        for r in result.runs
    ]  # fmt: skip
    verdict = "met" if result.ratio >= 10 else "MISSED"
    return "\n".join(
        [
            table(["writer", "articles", "transactions", "s", "articles/s", "ms/article"], rows),
            "",
            f"Batched / naive: **{result.ratio:.1f}x** (target >= 10x: {verdict}). The naive writer "
            f"sends {result.statements_per_article:.0f} statements per article on average and skips the "
            "re-ingest cleanup, so the ratio is if anything in its favour.",
        ]
    )
