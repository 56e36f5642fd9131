"""Time-expression benchmark: find_time_expressions on the dev gold sets, scored by the GOLD_FORMAT
timex rules (relaxed overlap recognition, value accuracy, TempEval-3 value F1), plus throughput.

    .venv/bin/python bench/timex_eval.py [--details] [--repeat N] [--sets tbaq,meantime,wardev] [--heideltime]

`--heideltime` also runs HeidelTime 2.2.1 (standalone, news, POS tagger off; fetched from Maven
Central into ~/.cache/chronicle/heideltime, see bench/heideltime) on the same texts and DCTs and
scores it with the same rules: both figures come from one run. Bench only, never in CI.
"""

import argparse
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # `bench.*` when run as a script

from chronicle.extraction.gold import GoldLine, join_texts, load_articles, load_gold
from chronicle.extraction.models import TimeExpression
from chronicle.extraction.scoring import ArticleDetail, TimexReport, finish_timexes, score_timexes
from chronicle.extraction.timex.finder import find_time_expressions

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
WARDEV = Path(__file__).resolve().parents[1] / "tests" / "data" / "wardev"  # our own war reporting
SETS = {
    "seed": (DATA / "seed" / "gold.jsonl", DATA / "seed" / "articles.jsonl"),
    "meantime": (DATA / "meantime" / "gold.jsonl", None),
    "tbaq": (DATA / "tempeval3-tbaq" / "gold.jsonl", DATA / "tempeval3-tbaq" / "articles.jsonl"),
    "wardev": (WARDEV / "gold.jsonl", WARDEV / "articles.jsonl"),
}


Finder = Callable[[GoldLine], list[TimeExpression]]


def ours(line: GoldLine) -> list[TimeExpression]:
    """Our finder on one gold line."""
    return find_time_expressions(line.text or "", line.published_at)


def evaluate(lines: list[GoldLine], finder: Finder = ours) -> tuple[TimexReport, list[ArticleDetail]]:
    """Score a timex finder (ours by default) on gold lines that carry their text."""
    report, details = TimexReport(), []
    for line in lines:
        detail = ArticleDetail(id=line.id)
        found = finder(line)
        score_timexes(line.text or "", line.gold.timexes, found, report, detail)
        details.append(detail)
    return finish_timexes(report), details


def throughput(texts: list[str], repeat: int) -> tuple[float, float]:
    """Characters per second of find_time_expressions (DCT set, as in production): wall clock and
    CPU time of this process (the CPU figure does not depend on what else the machine runs)."""
    chars = sum(len(t) for t in texts) * repeat
    find_time_expressions(texts[0], date(2025, 6, 28))  # compile the rules outside the timing
    wall, cpu = time.perf_counter(), time.process_time()
    for _ in range(repeat):
        for text in texts:
            find_time_expressions(text, date(2025, 6, 28))
    return chars / (time.perf_counter() - wall), chars / (time.process_time() - cpu)


def summary(name: str, report: TimexReport) -> str:
    """One line of figures for a system on a set."""
    rec = report.recognition
    return (
        f"{name:20s} gold {rec.gold:4d} pred {report.predicted:4d}  recognition P {rec.precision:.3f} "
        f"R {rec.recall:.3f} F1 {rec.f1:.3f}  value acc {report.value_accuracy or 0:.3f} "
        f"({report.value_correct}/{report.value_total})  value F1 {report.value_f1:.3f}"
    )


def print_details(details: list[ArticleDetail]) -> None:
    for d in details:
        for kind in ("missed_timexes", "spurious_timexes", "wrong_values"):
            for item in getattr(d, kind):
                print(f"    {d.id} {kind.split('_')[0]:8s} {item}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--details", action="store_true", help="print misses and wrong values")
    parser.add_argument("--repeat", type=int, default=5, help="passes over the texts for chars/s")
    parser.add_argument("--sets", default=",".join(SETS), help="comma-separated gold sets to score")
    parser.add_argument("--heideltime", action="store_true", help="also run and score HeidelTime")
    args = parser.parse_args()
    texts: list[str] = []
    for name in args.sets.split(","):
        gold_path, articles_path = SETS[name]
        articles = load_articles(articles_path) if articles_path else None
        lines = join_texts(load_gold(gold_path), articles)
        texts += [line.text or "" for line in lines]
        if articles:
            texts += [a["text"] for a in articles.values()]
        report, details = evaluate(lines)
        print(summary(name, report))
        if args.details:
            print_details(details)
        if args.heideltime:
            from bench.heideltime import run_heideltime  # bench-only: needs a JDK

            tagged = run_heideltime(lines)
            report, details = evaluate(lines, lambda line, tagged=tagged: tagged[line.id])
            print(summary(f"{name} HeidelTime", report))
            if args.details:
                print_details(details)
    if not args.repeat:
        return
    meantime_articles = load_articles(DATA / "meantime" / "articles.jsonl")
    texts += [a["text"] for a in meantime_articles.values()]
    wall, cpu = throughput(texts, args.repeat)
    print(f"throughput {wall:,.0f} chars/s wall, {cpu:,.0f} chars/s CPU, over {sum(map(len, texts)):,} chars")


if __name__ == "__main__":
    main()
