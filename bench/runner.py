"""Runs the selected benchmark sections in order and assembles their markdown; starts and removes the
private stack when a section needs Neo4j/NATS."""

import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace

import anyio

from bench.corpus import load_articles
from bench.e2e import render_e2e, run_e2e
from bench.extraction import render_extraction, run_extraction
from bench.graphdb import corpus_docs, empty_graph, fill_graph
from bench.machine import load_average
from bench.queries import render_queries, run_queries, workload
from bench.writer import render_writer, run_writer
from chronicle.graph.connection import async_driver, driver
from chronicle.stack.private import PrivatePorts, PrivateStack, private_stack

__all__ = ["SECTIONS", "Options", "run_sections"]

SECTIONS = ("extraction", "e2e", "queries", "writer")  # the order of issue 6
_SERVER_SECTIONS = frozenset({"writer", "queries", "e2e"})
Progress = Callable[[str], None]


@dataclass(frozen=True)
class Options:
    """Everything a run can be told (see `python -m bench --help`)."""

    sections: list[str] = field(default_factory=lambda: list(SECTIONS))
    out: str | None = None
    quick: bool = False
    repeat: int = 3
    pipe_batch: int = 16
    without: list[str] = field(default_factory=list)
    profile: int = 0
    writer_articles: int = 1000
    naive_articles: int = 20
    write_batch: int = 100
    query_sizes: list[int] = field(default_factory=lambda: [1000, 10_000, 50_000])
    samples: int = 20
    query_limit: int | None = None
    e2e_sizes: list[int] = field(default_factory=lambda: [1000, 5000])
    workers: list[int] = field(default_factory=lambda: [1, 2])
    batch: int = 16
    paced_articles: int = 200
    paced_rate: float = 5.0
    ports: list[int] = field(default_factory=lambda: [27687, 27474, 24222])

    def smaller(self) -> "Options":
        """Sizes for a smoke run of a few minutes (not for quoting)."""
        return replace(
            self,
            repeat=1,
            writer_articles=200,
            naive_articles=5,
            query_sizes=[1000],
            samples=5,
            e2e_sizes=[100],
            workers=[2],
            paced_articles=30,
        )


def _extraction(options: Options, _: PrivateStack | None) -> str:
    result = run_extraction(
        repeat=options.repeat,
        batch_size=options.pipe_batch,
        without=options.without,
        profile_top=options.profile,
    )
    return render_extraction(result, options.pipe_batch)


def _writer(options: Options, stack: PrivateStack | None) -> str:
    assert stack is not None
    database = stack.settings.neo4j_database

    async def go() -> str:
        sync, graph = driver(stack.settings), await async_driver(stack.settings)
        try:
            result = await run_writer(
                sync,
                graph,
                database,
                articles=options.writer_articles,
                naive_articles=options.naive_articles,
                batch_size=options.write_batch,
            )
        finally:
            await graph.close()
            sync.close()
        return render_writer(result, options.write_batch)

    return anyio.run(go)


def _queries(options: Options, stack: PrivateStack | None) -> str:
    assert stack is not None
    database = stack.settings.neo4j_database
    docs = corpus_docs()
    sync = driver(stack.settings)

    def fill(start: int, count: int) -> float:
        async def go() -> float:
            graph = await async_driver(stack.settings)
            try:
                return await fill_graph(graph, database, docs, start, count, options.write_batch)
            finally:
                await graph.close()

        return anyio.run(go)

    try:
        empty_graph(sync, database)
        result = run_queries(
            sync, database, workload(docs), options.query_sizes, fill, options.samples, options.query_limit
        )
    finally:
        sync.close()
    return render_queries(result)


def _e2e(options: Options, stack: PrivateStack | None) -> str:
    assert stack is not None
    sync = driver(stack.settings)
    try:
        paced = (options.paced_articles, options.paced_rate)
        runs = run_e2e(stack, sync, load_articles(), options.e2e_sizes, options.workers, options.batch, paced)
    finally:
        sync.close()
    return render_e2e(runs)


_RUNNERS = {"extraction": _extraction, "writer": _writer, "queries": _queries, "e2e": _e2e}
_TITLES = {
    "extraction": "1. Extraction throughput",
    "writer": "4. Batched writer vs naive baseline",
    "queries": "3. Canned queries as the graph grows",
    "e2e": "2. End to end: queue -> workers -> Neo4j",
}


def _section(name: str, options: Options, stack: PrivateStack | None, progress: Progress) -> str:
    progress(f"{name}: running (load average {load_average()})")
    began = time.monotonic()
    body = _RUNNERS[name](options, stack)
    seconds = time.monotonic() - began
    progress(f"{name}: done in {seconds:.0f} s")
    return f"## {_TITLES[name]}\n\n{body}\n\n_{name}: {seconds:.0f} s; load average at the end {load_average()}._"


def run_sections(options: Options, progress: Progress) -> str:
    """The markdown of every selected section, in SECTIONS order."""
    chosen = [name for name in SECTIONS if name in options.sections]
    parts = [_section(n, options, None, progress) for n in chosen if n not in _SERVER_SECTIONS]
    served = [n for n in chosen if n in _SERVER_SECTIONS]
    if served:
        progress("starting the private Neo4j + NATS (ports {}/{}/{})".format(*options.ports))
        with private_stack(PrivatePorts(*options.ports)) as stack:
            parts += [_section(n, options, stack, progress) for n in served]
    return "\n\n".join(parts)
