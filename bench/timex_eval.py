"""Time-expression benchmark: find_time_expressions on the dev gold sets, scored by the GOLD_FORMAT
timex rules (relaxed overlap recognition, value accuracy, TempEval-3 value F1), plus throughput.

    .venv/bin/python bench/timex_eval.py [--details] [--repeat N]
"""

import argparse
import time
from datetime import date
from pathlib import Path

from chronicle.extraction.gold import GoldLine, join_texts, load_articles, load_gold
from chronicle.extraction.scoring import ArticleDetail, TimexReport, finish_timexes, score_timexes
from chronicle.extraction.timex import find_time_expressions

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
SETS = {
    "seed": (DATA / "seed" / "gold.jsonl", DATA / "seed" / "articles.jsonl"),
    "meantime": (DATA / "meantime" / "gold.jsonl", None),
}


def evaluate(lines: list[GoldLine]) -> tuple[TimexReport, list[ArticleDetail]]:
    """Score the timex finder on gold lines that carry their text."""
    report, details = TimexReport(), []
    for line in lines:
        detail = ArticleDetail(id=line.id)
        found = find_time_expressions(line.text or "", line.published_at)
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--details", action="store_true", help="print misses and wrong values")
    parser.add_argument("--repeat", type=int, default=5, help="passes over the texts for chars/s")
    args = parser.parse_args()
    texts: list[str] = []
    for name, (gold_path, articles_path) in SETS.items():
        articles = load_articles(articles_path) if articles_path else None
        lines = join_texts(load_gold(gold_path), articles)
        texts += [line.text or "" for line in lines]
        if articles:
            texts += [a["text"] for a in articles.values()]
        report, details = evaluate(lines)
        rec = report.recognition
        print(
            f"{name:9s} gold {rec.gold:4d} pred {report.predicted:4d}  recognition P {rec.precision:.3f} "
            f"R {rec.recall:.3f} F1 {rec.f1:.3f}  value acc {report.value_accuracy or 0:.3f} "
            f"({report.value_correct}/{report.value_total})  value F1 {report.value_f1:.3f}"
        )
        if args.details:
            for d in details:
                for kind in ("missed_timexes", "spurious_timexes", "wrong_values"):
                    for item in getattr(d, kind):
                        print(f"    {d.id} {kind.split('_')[0]:8s} {item}")
    meantime_articles = load_articles(DATA / "meantime" / "articles.jsonl")
    texts += [a["text"] for a in meantime_articles.values()]
    wall, cpu = throughput(texts, args.repeat)
    print(f"throughput {wall:,.0f} chars/s wall, {cpu:,.0f} chars/s CPU, over {sum(map(len, texts)):,} chars")


if __name__ == "__main__":
    main()
