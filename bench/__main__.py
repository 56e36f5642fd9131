"""`python -m bench [extraction|writer|queries|e2e|all ...]`: run the benchmarks, print a markdown report.

The Neo4j/NATS benchmarks run against a PRIVATE throwaway stack (own CHRONICLE_HOME, ports 27687 /
27474 / 24222 by default) that the bench starts and removes itself: a user's graph is never touched.

    python -m bench                      # everything, full sizes (`make bench`), ~20-30 min
    python -m bench extraction           # no server needed
    python -m bench writer queries --query-sizes 1000,10000 --out /tmp/report.md
    python -m bench e2e --e2e-sizes 1000 --workers 2 --batch 1   # the one-message-at-a-time worker
"""

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from bench.machine import header
from bench.runner import SECTIONS, Options, run_sections

__all__ = ["ANALYSIS", "main", "parse_args"]

ANALYSIS = "<!-- analysis: written by hand, kept when the report above is regenerated -->"


def _ints(text: str) -> list[int]:
    return [int(part) for part in text.split(",") if part.strip()]


def parse_args(argv: Sequence[str] | None = None) -> Options:
    """The command line as Options."""
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("sections", nargs="*", help=f"any of {', '.join(SECTIONS)}, all (default: all)")
    parser.add_argument("--out", help="also write the report to this file (e.g. docs/performance.md)")
    parser.add_argument("--quick", action="store_true", help="small sizes: a smoke run in a few minutes")
    parser.add_argument("--repeat", type=int, default=3, help="extraction: runs per pipeline, best kept")
    parser.add_argument("--pipe-batch", type=int, default=16, help="extraction: nlp.pipe batch size")
    parser.add_argument("--without", action="append", default=[], help="extraction: leave a component out")
    parser.add_argument("--profile", type=int, default=0, metavar="N", help="extraction: top N functions")
    parser.add_argument("--writer-articles", type=int, default=1000)
    parser.add_argument("--naive-articles", type=int, default=20)
    parser.add_argument("--write-batch", type=int, default=100, help="writer/queries: articles per tx")
    parser.add_argument("--query-sizes", type=_ints, default=[1000, 10_000, 50_000])
    parser.add_argument("--samples", type=int, default=20, help="queries: parameter sets per query")
    parser.add_argument(
        "--query-limit",
        type=int,
        default=None,
        help="queries: rows asked for (default: each command's --limit)",
    )
    parser.add_argument("--e2e-sizes", type=_ints, default=[1000, 5000])
    parser.add_argument("--workers", type=_ints, default=[1, 2])
    parser.add_argument("--batch", type=int, default=16, help="e2e: CHRONICLE_WORKER_BATCH of the workers")
    parser.add_argument("--paced-articles", type=int, default=200, help="e2e: steady-state run (0: none)")
    parser.add_argument("--paced-rate", type=float, default=5.0, help="e2e: its articles/s")
    parser.add_argument("--ports", type=_ints, default=[27687, 27474, 24222], help="bolt,http,nats")
    args = parser.parse_args(argv)
    chosen = args.sections or ["all"]
    unknown = set(chosen) - {*SECTIONS, "all"}
    if unknown:
        parser.error(
            f"unknown section(s): {', '.join(sorted(unknown))} (choose from {', '.join(SECTIONS)}, all)"
        )
    sections = list(SECTIONS) if "all" in chosen else list(dict.fromkeys(chosen))
    options = Options(sections=sections, **{k: v for k, v in vars(args).items() if k != "sections"})
    if args.quick:
        options = options.smaller()
    return options


def main(argv: Sequence[str] | None = None) -> None:
    """Run the selected sections and print (and optionally save) the report."""
    options = parse_args(argv)
    began = time.monotonic()
    body = run_sections(options, progress=lambda msg: print(f"· {msg}", file=sys.stderr, flush=True))
    report = header(options, time.monotonic() - began) + "\n\n" + body + "\n"
    print(report)
    if options.out:
        out = Path(options.out)
        kept = out.read_text(encoding="utf-8").partition(ANALYSIS)[2] if out.exists() else ""
        out.write_text(report + (f"\n{ANALYSIS}{kept}" if kept else ""), encoding="utf-8")


if __name__ == "__main__":
    main()
