"""Query benchmark: every canned query of cypher/queries/ (and the name lookup every `ask` starts
with), timed on graphs of growing size, and PROFILEd for scans.

Parameters are drawn the way users ask: entity keys that the query has something to say about (a
place with figures for `numbers`, a cause and target joined by an effect for `effect`, ...), from
any cohort of the synthetic graph (bench.corpus), seeded. The busiest country ("hub", mentioned by a
large share of all articles) is timed apart: it is the worst case, not the typical one.
"""

import contextlib
import inspect
import random
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from neo4j import Driver
from neo4j.exceptions import DriverError, Neo4jError

from bench.corpus import COHORT, hub_keys
from bench.plans import PlanSummary, profile
from bench.report import fmt, table
from bench.stats import percentile
from chronicle.extraction.models import GraphDoc
from chronicle.graph.cypher import CypherFile, catalog, load
from chronicle.graph.queries import lucene_query, plain_row

__all__ = ["QueryResult", "Workload", "render_queries", "run_queries", "workload"]

#: Which keys a key-taking query is asked about (others: any entity).
_POOL_OF = {
    "numbers": "quantity",
    "conflicts": "quantity",
    "events": "event",
    "claims": "claim",
    "contradictions": "claim",
}
_PAIRS = (("cause_key", "target_key"), ("a_key", "b_key"))
_TIMEOUT = 30.0
#: Seconds of sampled runs one query may take in all (its warm-up, PROFILEs and hub run apart): a
#: query whose samples keep timing out stops there, so a size's table always comes out.
_BUDGET = 120.0
# untimed runs of each query first: the plan and page caches, and Neo4j's one slow run of a query
# after its first ten (measured on the effect query: its 11th run took 91-110 ms in 7 of 7 tries,
# about 8 ms warm, whichever draw it was), which a server answering the same canned queries all day
# pays once, not in its steady state
_WARM_RUNS = 11
_FAILED = (Neo4jError, DriverError)


def _failure(error: Exception) -> str:
    """A failed run in a few words: the timeout and the memory limit named, else the error's code."""
    code = getattr(error, "code", None) or type(error).__name__
    if "TimedOut" in code or "Terminated" in code:
        return f"timed out ({_TIMEOUT:.0f} s)"
    if "Memory" in code:
        return "out of memory"
    return code.rsplit(".", 1)[-1]


@dataclass
class Workload:
    """What the queries are asked: key pools and pairs from the corpus, the hub, and names."""

    pools: dict[str, list[str]]
    pairs: dict[str, list[tuple[str, str]]]
    hubs: frozenset[str]
    hub: str
    second_hub: str
    names: dict[str, str]
    corpus_size: int


def workload(docs: Sequence[GraphDoc]) -> Workload:
    """Key pools, pairs and the hub, read from the corpus' GraphDocs."""
    pools: dict[str, set[str]] = {"entity": set(), "quantity": set(), "event": set(), "claim": set()}
    effects: set[tuple[str, str]] = set()
    talks: set[tuple[str, str]] = set()
    names: dict[str, str] = {}
    mentions: Counter[str] = Counter()
    for doc in docs:
        for entity in doc.entities:
            pools["entity"].add(entity.key)
            names[entity.key] = entity.name
            mentions[entity.key] += 1
        for event in doc.events:
            pools["entity"].add(event.key)
            pools["event"].update([*event.place_keys, *(p.key for p in event.participants)])
            names[event.key] = event.name
        for quantity in doc.quantities:
            pools["quantity"].update(k for k in (quantity.place_key, quantity.subject_key) if k)
        for claim in doc.claims:
            pools["claim"].update(claim.about_keys)
            if claim.speaker_key:
                pools["claim"].add(claim.speaker_key)
                talks.update((claim.speaker_key, about) for about in claim.about_keys)
        # the two things an effect stands for (a model effect may stand for neither: not asked)
        effects.update((e.cause_key, e.target_key) for e in doc.effects if e.cause_key and e.target_key)
    hubs = hub_keys(docs)
    busiest = [key for key, _ in mentions.most_common() if key in hubs]
    return Workload(
        pools={name: sorted(keys & pools["entity"]) for name, keys in pools.items()},
        pairs={"effect": sorted(effects), "connection": sorted(effects | talks)},
        hubs=hubs,
        hub=busiest[0],
        second_hub=busiest[1],
        names=names,
        corpus_size=len(docs),
    )


def _variant(key: str, cohort: int, hubs: frozenset[str]) -> str:
    return key if cohort == 0 or key in hubs else f"{key}~{cohort}"


def _cli_defaults(query: CypherFile, limit: int | None = None) -> dict[str, Any]:
    """The `--limit` the query's CLI command sends when the user gives none (or `limit`, when the bench
    is told one): the bench times what `chronicle ask ...` runs, not the query file's own fallback."""
    from chronicle.cli import ask, changes  # the commands' signatures are the defaults' one home

    if "limit" not in query.params:
        return {}
    if limit is not None:
        return {"limit": limit}
    command = getattr(ask, query.name, None) or getattr(changes, query.name, None)
    options = inspect.signature(command).parameters if callable(command) else {}
    return {"limit": options["limit"].default} if "limit" in options else {}


def _sample_params(
    query: CypherFile, work: Workload, articles: int, samples: int, rng: random.Random, limit: int | None
) -> list[dict[str, Any]]:
    """`samples` parameter sets for `query` on a graph of `articles` synthetic articles."""
    cohorts = max(1, (articles // work.corpus_size) // COHORT)
    base = dict.fromkeys(query.params) | _cli_defaults(query, limit)
    for first, second in _PAIRS:
        if first in query.params:
            pairs = work.pairs["effect" if first == "cause_key" else "connection"]
            chosen = [(rng.choice(pairs), rng.randrange(cohorts)) for _ in range(samples)]
            return [
                base | {first: _variant(a, c, work.hubs), second: _variant(b, c, work.hubs)}
                for (a, b), c in chosen
            ]
    if "key" in query.params:
        pool = work.pools[_POOL_OF.get(query.name, "entity")] or work.pools["entity"]
        keys = [_variant(rng.choice(pool), rng.randrange(cohorts), work.hubs) for _ in range(samples)]
        return [base | {"key": key} for key in keys]
    return [base] * samples


def _hub_params(query: CypherFile, work: Workload, limit: int | None) -> dict[str, Any] | None:
    base = dict.fromkeys(query.params) | _cli_defaults(query, limit)
    for first, second in _PAIRS:
        if first in query.params:
            return base | {first: work.hub, second: work.second_hub}
    return base | {"key": work.hub} if "key" in query.params else None


def _timed(driver: Driver, database: str, text: Any, params: dict[str, Any]) -> tuple[float, int, float]:
    """(milliseconds, rows, server milliseconds) of one run in a read transaction, rows fetched and
    converted as the CLI does (`graph.queries.plain_row`).

    An explicit transaction with a timeout, not a managed one: a failure (timeout, out of memory)
    is a finding to report, not something to retry for 30 s.
    """
    began = time.perf_counter()
    with (
        driver.session(database=database, default_access_mode="READ") as session,
        session.begin_transaction(timeout=_TIMEOUT) as tx,
    ):
        result = tx.run(text, params)
        rows = len([plain_row(record) for record in result])
        summary = result.consume()
    server = (summary.result_available_after or 0) + (summary.result_consumed_after or 0)
    return 1000 * (time.perf_counter() - began), rows, float(server)


@dataclass
class QueryTiming:
    """One query at one graph size."""

    name: str
    ms: list[float] = field(default_factory=list)
    rows: list[int] = field(default_factory=list)
    server_ms: list[float] = field(default_factory=list)
    slowest: dict[str, Any] = field(default_factory=dict)
    hub_ms: float | None = None
    hub_rows: int | None = None
    hub_error: str = ""
    failures: list[str] = field(default_factory=list)
    plan: PlanSummary | None = None
    hub_plan: PlanSummary | None = None


@dataclass
class QueryResult:
    """Every query's timings at each size, and how long building each graph took."""

    sizes: list[int]
    timings: dict[int, list[QueryTiming]]
    build_seconds: dict[int, float]
    hub: str = ""
    samples: int = 0
    limit: int | None = None  # rows asked for; None: each command's default --limit


def _queries() -> list[CypherFile]:
    return [*catalog("queries"), load("resolve", "lookup")]


def time_queries(
    driver: Driver,
    database: str,
    work: Workload,
    articles: int,
    samples: int,
    seed: int = 6,
    limit: int | None = None,
) -> list[QueryTiming]:
    """Time every query `samples` times (after _WARM_RUNS untimed runs) and PROFILE a typical and a hub run."""
    rng = random.Random(seed)
    timings = []
    for query in _queries():
        timing = QueryTiming(query.name)
        if query.name == "resolve":
            keys = [_variant(rng.choice(work.pools["entity"]), 0, work.hubs) for _ in range(samples)]
            plist = [{"name": work.names[k], "lucene": lucene_query(work.names[k])} for k in keys]
            hub = {"name": work.names[work.hub], "lucene": lucene_query(work.names[work.hub])}
        else:
            plist = _sample_params(query, work, articles, samples, rng, limit)
            hub = _hub_params(query, work, limit)
        for params in (plist * _WARM_RUNS)[:_WARM_RUNS]:  # plan cache, page cache, the slow 11th run
            with contextlib.suppress(*_FAILED):
                _timed(driver, database, query.text, params)
        began = time.monotonic()
        for n, params in enumerate(plist):
            if time.monotonic() - began > _BUDGET:
                timing.failures += [f"not run ({_BUDGET:.0f} s budget spent)"] * (len(plist) - n)
                break
            try:
                ms, rows, server = _timed(driver, database, query.text, params)
            except _FAILED as error:
                timing.failures.append(_failure(error))
                continue
            timing.ms.append(ms)
            timing.rows.append(rows)
            timing.server_ms.append(server)
            if ms >= max(timing.ms):
                timing.slowest = {k: v for k, v in params.items() if v is not None}
        with contextlib.suppress(*_FAILED):
            timing.plan = profile(driver, database, query.text, plist[0], _TIMEOUT)
        if hub is not None:
            try:
                timing.hub_ms, timing.hub_rows, _ = _timed(driver, database, query.text, hub)
            except _FAILED as error:  # the transaction timeout, the transaction memory limit
                timing.hub_error = f"failed: {_failure(error)}"
            else:
                with contextlib.suppress(*_FAILED):
                    timing.hub_plan = profile(driver, database, query.text, hub, _TIMEOUT)
        timings.append(timing)
    return timings


def run_queries(
    driver: Driver,
    database: str,
    work: Workload,
    sizes: Sequence[int],
    fill: Any,
    samples: int,
    limit: int | None = None,
) -> QueryResult:
    """Grow the graph to each size with `fill(start, count) -> seconds`, then time every query (asking
    for the rows its command asks for by default, or `limit`)."""
    hubs = f"{work.names[work.hub]} / {work.names[work.second_hub]}"
    result = QueryResult(list(sizes), {}, {}, hub=hubs, samples=samples, limit=limit)
    written = 0
    for size in sorted(sizes):
        result.build_seconds[size] = fill(written, size - written)
        written = size
        result.timings[size] = time_queries(driver, database, work, size, samples, limit=limit)
    return result


def _verdict(size: int, p95: float) -> str:
    limit = 50 if size <= 10_000 else 200
    return "ok" if p95 <= limit else f"over {limit} ms"  # nan (all failed) is "over"


def render_queries(result: QueryResult) -> str:
    """The query section of the report: latency per size, the hub, growth, and the plans."""
    out = [
        f"Each query runs on {result.samples} parameter sets drawn from what it is about (after {_WARM_RUNS} "
        "untimed runs); ms is the client's wall time (round trip, all rows fetched), server p95 what Neo4j reports. "
        f"hub = the busiest countries ({result.hub}), the worst case: a key in most articles. Rows asked "
        + (
            f"for: {result.limit} (--query-limit)."
            if result.limit
            else "for: each command's default --limit."
        ),
        "",
    ]
    header = [
        "query",
        "rows (mean)",
        "p50 ms",
        "p95 ms",
        "server p95 ms",
        "max ms",
        "target",
        "hub ms (rows)",
    ]
    for size in result.sizes:
        rows = []
        for t in result.timings[size]:
            p95 = percentile(t.ms, 95)
            hub = t.hub_error or (f"{fmt(t.hub_ms)} ({fmt(t.hub_rows)})" if t.hub_ms is not None else "-")
            failed = "".join(f", {n} {why}" for why, n in Counter(t.failures).items())
            rows.append(
                [t.name, fmt(sum(t.rows) / max(len(t.rows), 1)), fmt(percentile(t.ms, 50)), fmt(p95),
                 fmt(percentile(t.server_ms, 95)), fmt(max(t.ms, default=None)), _verdict(size, p95) + failed,
                 hub]
            )  # fmt: skip
        out += [
            f"**{size:,} articles** (graph built in {result.build_seconds[size]:.0f} s):",
            "",
            table(header, rows),
            "",
        ]
    largest = max(result.sizes)
    plans = []
    for t in result.timings[largest]:
        growth = [fmt(percentile(r.ms, 50)) for r in _by_name(result, t.name)]
        plans.append(
            [t.name, " / ".join(growth), fmt(t.plan.db_hits if t.plan else None),
             fmt(t.hub_plan.db_hits if t.hub_plan else None),
             t.plan.describe_scans() if t.plan else "-",
             t.hub_plan.describe_scans() if t.hub_plan else "-",
             ", ".join(f"{k}={v}" for k, v in t.slowest.items())]
        )  # fmt: skip
    sizes = " / ".join(f"{s // 1000}k" for s in result.sizes)
    out += [
        f"Growth and plans (PROFILE at {largest:,} articles, a typical key and the hub):",
        "",
        table([
            "query", f"p50 ms at {sizes}", "db hits (typical)", "db hits (hub)",
            "scans (typical)", "scans (hub)", "slowest typical parameters"], plans),
    ]  # fmt: skip
    return "\n".join(out)


def _by_name(result: QueryResult, name: str) -> list[QueryTiming]:
    return [next(t for t in result.timings[s] if t.name == name) for s in result.sizes]
