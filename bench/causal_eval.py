"""The causal section of `chronicle eval` on the Causal News Corpus, for the fifth the causal model is
never trained on (`is_held_out`, by a hash of the sentence id) and, with --whole, for the whole file.

    .venv/bin/python bench/causal_eval.py [--cnc ../shared/data/cnc] [--whole]

Prints a JSON object: per part, P / R / F1 of causal sentences and the share of found relations whose
cause and effect spans match (GOLD_FORMAT.md, section `causal`).
"""

import argparse
import json
import tempfile
from pathlib import Path

from chronicle.extraction.evaluate import evaluate
from chronicle.extraction.rules.causal_model import is_held_out

REPO = Path(__file__).resolve().parents[1]


def _figures(gold: Path, articles: Path) -> dict[str, object]:
    causal = evaluate(gold, articles).causal
    relations = causal.relations
    return {
        "sentences": causal.articles,
        "precision": round(causal.precision or 0.0, 3),
        "recall": round(causal.recall or 0.0, 3),
        "f1": round(causal.f1 or 0.0, 3),
        "relations.accuracy": round(relations.accuracy or 0.0, 3),
        "relations.matched": relations.matched,
        "relations.effects": relations.effects,
    }


def main() -> int:
    """Score the held-out fifth (and the whole file with --whole)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cnc", type=Path, default=REPO.parent / "shared" / "data" / "cnc")
    parser.add_argument("--whole", action="store_true", help="also score the whole file (about 4 minutes)")
    args = parser.parse_args()
    gold, articles = args.cnc / "gold.jsonl", args.cnc / "articles.jsonl"
    with tempfile.TemporaryDirectory() as folder:
        held_out = Path(folder) / "held_out.jsonl"
        lines = gold.read_text(encoding="utf-8").splitlines()
        held_out.write_text(
            "".join(line + "\n" for line in lines if line.strip() and is_held_out(json.loads(line)["id"])),
            encoding="utf-8",
        )
        out = {"held_out_fifth": _figures(held_out, articles)}
    if args.whole:
        out["whole_file"] = _figures(gold, articles)
    print(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
