"""End-to-end benchmark: N articles published to JetStream and drained by real worker processes
(`python -m chronicle worker`) into the private Neo4j.

For each run: empty graph and stream, start the workers and wait until they listen, publish the N
articles as fast as the stream acknowledges them, then wait until the durable consumer has acked
them all. Reported: sustained articles/s (first publish to last commit), per-article latency (its
publish acknowledgement to its Article node's `ingested_at`, both on this machine's clock; the
commit follows within the same transaction), the workers' Neo4j write time per batch (from their
log), their peak memory (VmHWM), and CPU seconds per article of the workers, Neo4j and NATS: on a
shared 2-core machine that says where the time goes better than wall time.
"""

import contextlib
import re
import signal
import subprocess
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import anyio
from faststream.nats import NatsBroker
from nats.js.errors import NotFoundError
from neo4j import Driver

from bench.corpus import cycled_messages
from bench.cypher import load
from bench.graphdb import empty_graph
from bench.report import fmt, table
from bench.stats import percentile, process_peak_mb
from chronicle.consumers.broker import make_broker
from chronicle.consumers.contracts import DURABLE_NAME, STREAM_NAME, ArticleMessage
from chronicle.consumers.publish import ensure_stream, publish_articles
from chronicle.extraction.models import Article
from chronicle.stack import nats_cluster, nats_server, neo4j_server
from chronicle.stack.private import PrivateStack
from chronicle.stack.processes import running_pid

__all__ = ["E2ERun", "render_e2e", "run_e2e"]

_WRITTEN = re.compile(r"(\d+) article\(s\) written in ([\d.]+) s")
_EXTRACTED = re.compile(r"extracted (\d+) article\(s\) in ([\d.]+) s")
_READY = "started successfully"
_CHUNK = 25
_TICKS = 100.0  # os.sysconf("SC_CLK_TCK") on Linux


@dataclass
class E2ERun:
    """One drain: N articles, W workers."""

    articles: int
    workers: int
    batch: int
    rate: float | None = None
    seconds: float = 0.0
    latency_s: list[float] = field(default_factory=list)
    write_ms_per_article: list[float] = field(default_factory=list)
    write_ms_per_batch: list[float] = field(default_factory=list)
    extract_ms_per_article: list[float] = field(default_factory=list)
    peak_mb: list[float] = field(default_factory=list)
    cpu: dict[str, float] = field(default_factory=dict)
    written: int = 0

    @property
    def per_second(self) -> float:
        return self.written / self.seconds if self.seconds else 0.0


def _cpu_seconds(pid: int | None) -> float:
    """User + system CPU seconds of a live process (0 when it is gone)."""
    if pid is None:
        return 0.0
    try:
        fields = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()
    except (FileNotFoundError, ProcessLookupError):
        return 0.0
    return (int(fields[11]) + int(fields[12])) / _TICKS


def _service_pids(stack: PrivateStack) -> dict[str, int | None]:
    paths = stack.paths
    nodes = nats_cluster.cluster_nodes(paths)  # a JetStream cluster: every server's CPU counts as NATS
    return {
        "neo4j": running_pid(paths.neo4j_pid, neo4j_server.process_marker(paths)),
        **(
            {f"nats-{n.name}": nats_cluster.node_pid(paths, n) for n in nodes}
            or {"nats": running_pid(paths.nats_pid, nats_server.process_marker(paths))}
        ),
    }


async def _reset_stream(broker: NatsBroker, replicas: int) -> None:
    with contextlib.suppress(NotFoundError):
        await broker.connection.jetstream().delete_stream(STREAM_NAME)
    await ensure_stream(broker, replicas)


async def _fresh_stream(stack: PrivateStack) -> None:
    broker = make_broker(stack.settings)
    await broker.connect()
    try:
        await _reset_stream(broker, stack.settings.stream_replicas)
    finally:
        await broker.stop()


async def _drained(broker: NatsBroker) -> bool:
    try:
        info = await broker.connection.jetstream().consumer_info(STREAM_NAME, DURABLE_NAME)
    except NotFoundError:
        return False
    return info.num_pending == 0 and info.num_ack_pending == 0


def _wait_ready(
    stack: PrivateStack, names: Sequence[str], workers: Sequence[subprocess.Popen[bytes]]
) -> None:
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        for name, worker in zip(names, workers, strict=True):
            if worker.poll() is not None:
                raise RuntimeError(
                    f"worker {name} exited ({worker.returncode}); see {stack.worker_log(name)}"
                )
        logs = [stack.worker_log(n).read_text(errors="replace") for n in names]
        if all(_READY in log for log in logs):
            return
        time.sleep(0.5)
    raise RuntimeError("workers did not start within 180 s")


def _stop(workers: Sequence[subprocess.Popen[bytes]]) -> None:
    for worker in workers:
        if worker.poll() is None:
            worker.send_signal(signal.SIGTERM)
    for worker in workers:
        try:
            worker.wait(timeout=30)
        except subprocess.TimeoutExpired:
            worker.kill()
            worker.wait(timeout=30)


def _log_figures(run: E2ERun, log: str) -> None:
    for count, seconds in _WRITTEN.findall(log):
        run.write_ms_per_batch.append(1000 * float(seconds))
        run.write_ms_per_article += [1000 * float(seconds) / int(count)] * int(count)
    for count, seconds in _EXTRACTED.findall(log):
        run.extract_ms_per_article += [1000 * float(seconds) / int(count)] * int(count)


def _commit_times(driver: Driver, database: str, ids: list[str]) -> dict[str, float]:
    records, _, _ = driver.execute_query(load("ingested").text, {"ids": ids}, database_=database)
    return {r["id"]: r["at"].to_native().timestamp() for r in records}


async def _publish(
    broker: NatsBroker, messages: list[ArticleMessage], rate: float | None
) -> dict[str, float]:
    """Publish in chunks (or one by one at `rate` per second); an article's publish time is the
    stream's acknowledgement of its chunk."""
    stamps: dict[str, float] = {}
    size = 1 if rate else _CHUNK
    began = time.monotonic()
    for i in range(0, len(messages), size):
        if rate:
            await anyio.sleep(max(0.0, began + i / rate - time.monotonic()))
        chunk = messages[i : i + size]
        await publish_articles(broker, chunk)
        now = datetime.now(UTC).timestamp()
        stamps.update((m.id or "", now) for m in chunk)
    return stamps


def _drain(
    stack: PrivateStack, driver: Driver, run: E2ERun, messages: list[ArticleMessage], timeout: float
) -> None:
    paced = f"-paced{run.rate:g}" if run.rate else ""
    names = [f"e2e-{run.articles}-w{run.workers}{paced}-{n}" for n in range(run.workers)]
    env = {"CHRONICLE_WORKER_BATCH": str(run.batch)}
    workers = [stack.start_worker(name, **env) for name in names]
    try:
        _wait_ready(stack, names, workers)
        pids = _service_pids(stack) | {f"worker{n}": w.pid for n, w in enumerate(workers)}
        before = {name: _cpu_seconds(pid) for name, pid in pids.items()}  # after start-up (model load)

        async def publish_and_wait() -> dict[str, float]:
            broker = make_broker(stack.settings)
            await broker.connect()
            try:
                stamps = await _publish(broker, messages, run.rate)
                deadline = time.monotonic() + timeout
                while not await _drained(broker) and time.monotonic() < deadline:
                    await anyio.sleep(0.5)
                return stamps
            finally:
                await broker.stop()

        stamps = anyio.run(publish_and_wait)
        spent = {name: _cpu_seconds(pid) - before[name] for name, pid in pids.items()}
        run.cpu = {"neo4j": spent["neo4j"], "nats": sum(v for k, v in spent.items() if k.startswith("nats"))}
        run.cpu["workers"] = sum(v for k, v in spent.items() if k.startswith("worker"))
        run.peak_mb = [process_peak_mb(w.pid) or 0.0 for w in workers]
    finally:
        _stop(workers)
    committed = _commit_times(driver, stack.settings.neo4j_database, list(stamps))
    run.written = len(committed)
    if committed:
        run.seconds = max(committed.values()) - min(stamps.values())
        run.latency_s = [committed[i] - stamps[i] for i in committed]
    for name in names:
        _log_figures(run, stack.worker_log(name).read_text(errors="replace"))


def run_e2e(
    stack: PrivateStack,
    driver: Driver,
    articles: Sequence[Article],
    sizes: Sequence[int],
    workers: Sequence[int],
    batch: int,
    paced: tuple[int, float] | None = None,
    timeout: float = 1800.0,
) -> list[E2ERun]:
    """Every (size, worker count) drain, each from an empty graph and an empty stream; then, with
    `paced` = (articles, rate), one run publishing at that rate with the most workers (steady-state
    latency, when the queue is not the bottleneck)."""
    runs = []
    plan = [(size, count, None) for size in sizes for count in workers]
    if paced and paced[0] > 0:
        plan.append((paced[0], max(workers), paced[1]))
    for size, count, rate in plan:
        empty_graph(driver, stack.settings.neo4j_database)
        anyio.run(_fresh_stream, stack)
        run = E2ERun(size, count, batch, rate)
        messages = cycled_messages(articles, size, f"{size}-w{count}-b{batch}-r{rate or 0:g}")
        _drain(stack, driver, run, messages, timeout)
        runs.append(run)
    return runs


def render_e2e(runs: Sequence[E2ERun]) -> str:
    """The end-to-end section: throughput, latency, write time, memory, CPU per article."""
    rows = []
    for r in runs:
        target = ""
        if r.workers == 2 and r.articles == 1000 and not r.rate:
            target = "met" if r.per_second >= 10 else "MISSED"
        published = f"{r.rate:g}/s paced" if r.rate else "all at once"
        rows.append(
            [fmt(r.articles), published, r.workers, r.batch, f"{r.written:,}", fmt(r.seconds), fmt(r.per_second),
             target, fmt(percentile(r.latency_s, 50)), fmt(percentile(r.latency_s, 95)),
             fmt(percentile(r.write_ms_per_article, 50)), fmt(percentile(r.write_ms_per_article, 95)),
             fmt(percentile(r.write_ms_per_batch, 50)), fmt(percentile(r.write_ms_per_batch, 95)),
             " / ".join(fmt(m, 0) for m in r.peak_mb)]
        )  # fmt: skip
    header = [
        "articles", "published", "workers", "batch", "written", "s", "articles/s", "target >= 10/s",
        "latency p50 s", "latency p95 s", "write ms/article p50", "p95", "write ms/batch p50", "p95",
        "peak MB per worker",
    ]  # fmt: skip
    cpu_rows = []
    for r in runs:
        n = max(r.written, 1)
        total = sum(r.cpu.values())
        extract = percentile(r.extract_ms_per_article, 50)
        cpu_rows.append(
            [fmt(r.articles), r.workers, fmt(1000 * r.cpu.get("workers", 0) / n), fmt(extract),
             fmt(1000 * r.cpu.get("neo4j", 0) / n), fmt(1000 * r.cpu.get("nats", 0) / n),
             fmt(1000 * total / n), fmt(2 * n / total if total else None)]
        )  # fmt: skip
    cpu_header = [
        "articles", "workers", "worker CPU ms/article", "extraction wall ms/article (p50)",
        "Neo4j CPU ms/article", "NATS CPU ms/article", "total CPU ms/article",
        "articles/s 2 idle cores could sustain",
    ]  # fmt: skip
    return "\n".join([table(header, rows), "", "Where the time goes (CPU time, load-independent):", "",
                      table(cpu_header, cpu_rows)])  # fmt: skip
