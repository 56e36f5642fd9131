"""Workers against a three-server JetStream cluster: the same articles drained by 1, 2 and 4 workers.

    python -m bench.cluster                       # 300 articles, 1/2/4 workers, batch 16 (~4 min)
    python -m bench.cluster --articles 200 --workers 1,2

One private stack (stack.private_cluster: Neo4j + `--nats-cluster 3` on free loopback ports, the
ARTICLES stream and its durable consumer on 3 replicas) serves every run; each run starts from an
empty graph and an empty stream, as bench.e2e does, and reuses its measurements (articles/s from the
first publish to the last commit, CPU per article of the workers, Neo4j and the three nats-servers).
The ratios to one worker are the figure: on a 2-core machine shared with other work, absolute
articles/s say more about the neighbours than about Chronicle.
"""

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from bench.corpus import load_articles
from bench.e2e import E2ERun, render_e2e, run_e2e
from bench.machine import load_average
from bench.report import fmt, table
from chronicle.graph.connection import driver as open_driver
from chronicle.stack.private_cluster import start_private_cluster

__all__ = ["main", "render_ratios"]


def render_ratios(runs: Sequence[E2ERun]) -> str:
    """articles/s of each run and its ratio to the one-worker run."""
    base = next((r.per_second for r in runs if r.workers == 1), 0.0)
    rows = [
        [
            r.workers,
            fmt(r.articles),
            fmt(r.seconds),
            fmt(r.per_second),
            fmt(r.per_second / base, 2) if base else "-",
        ]
        for r in runs
    ]
    return table(["workers", "articles", "s", "articles/s", "x one worker"], rows)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.cluster", description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--workers", default="1,2,4", help="comma-separated worker counts")
    parser.add_argument("--batch", type=int, default=16)
    parser.add_argument("--keep", action="store_true", help="keep the private home (logs) afterwards")
    args = parser.parse_args(argv)
    counts = [int(n) for n in args.workers.split(",")]
    articles = load_articles()
    home = Path(tempfile.mkdtemp(prefix="chronicle-bench-cluster-"))
    began = time.monotonic()
    print(f"· private cluster stack in {home}", file=sys.stderr, flush=True)
    stack = start_private_cluster(home)
    driver = open_driver(stack.settings)
    try:
        print(f"· up in {time.monotonic() - began:.0f}s; draining {args.articles} articles with {counts} workers",
              file=sys.stderr, flush=True)  # fmt: skip
        runs = run_e2e(stack, driver, articles, [args.articles], counts, args.batch)
    finally:
        driver.close()
        stack.stop()
        if not args.keep:
            shutil.rmtree(home, ignore_errors=True)
    print(f"_{os.cpu_count()} cores; NATS: 3 servers, stream R3; load average at the end {load_average()}; "
          f"bench {time.monotonic() - began:.0f}s._\n")  # fmt: skip
    print(render_ratios(runs) + "\n")
    print(render_e2e(runs))


if __name__ == "__main__":
    main()
