"""Throughput of the extraction pipeline against spaCy's bare `nlp.pipe` on the same texts.

Run: .venv/bin/python bench/extraction_speed.py [--repeat N] [--batch-size B] [--without NAME]
Prints words/s for the bare model and for the full Chronicle pipeline (built from the same model),
and their ratio; TEAM.md asks for a ratio of at least 0.75. Times are CPU seconds of this process
(best of --repeat interleaved runs), so other jobs on the machine disturb them little.
"""

import argparse
import json
import time
from collections.abc import Callable
from pathlib import Path

import spacy

from extraction.models import Article
from extraction.pipeline import MODEL, load_pipeline, make_doc

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"
CORPORA = (SHARED / "meantime" / "articles.jsonl", SHARED / "seed" / "articles.jsonl")


def _articles() -> list[Article]:
    articles = []
    for path in CORPORA:
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                row = json.loads(line)
                articles.append(Article(id=row["id"], text=row["text"], published_at=row.get("published_at")))
    return articles


def _timed(run: Callable[[], None]) -> float:
    """CPU seconds of this process: steadier than wall time on a machine shared with other jobs."""
    began = time.process_time()
    run()
    return time.process_time() - began


def main() -> None:
    """Time both pipelines (best of --repeat runs each, interleaved) and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument(
        "--without", action="append", default=[], help="leave this component out (repeatable)"
    )
    args = parser.parse_args()
    articles = _articles()
    words = sum(len(a.text.split()) for a in articles)
    bare = spacy.load(MODEL)
    full = load_pipeline()
    for name in args.without:
        full.remove_pipe(name)
    texts = [a.text for a in articles]

    def run_bare() -> None:
        for _ in bare.pipe(texts, batch_size=args.batch_size):
            pass

    def run_full() -> None:
        docs = (make_doc(full, a) for a in articles)
        for _ in full.pipe(docs, batch_size=args.batch_size):
            pass

    run_bare(), run_full()  # warm up both (lazy loading, caches)
    bare_s = full_s = float("inf")
    for _ in range(args.repeat):  # interleaved, best of each: fair on a shared machine
        bare_s = min(bare_s, _timed(run_bare))
        full_s = min(full_s, _timed(run_full))
    ours = [name for name in full.pipe_names if name.startswith("chronicle_")]
    print(f"articles: {len(articles)}, words: {words}")
    print(f"bare  {MODEL}: {words / bare_s:8.0f} words/s ({bare_s:.2f} s)")
    print(f"full  + {', '.join(ours)}: {words / full_s:8.0f} words/s ({full_s:.2f} s)")
    print(f"ratio full/bare: {bare_s / full_s:.3f}")


if __name__ == "__main__":
    main()
