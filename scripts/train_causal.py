"""Rebuild the causal-sentence model in extraction/models/causal/ from the Causal News Corpus (`make models`).

    python scripts/train_causal.py [--cnc ../shared/data/cnc] [--work build/causal]

1. Reads `articles.jsonl` and `gold.jsonl` of the CNC dev set (CC0; see ../shared/data/cnc/README.md).
2. Keeps a fixed fifth of it out (`is_held_out`: by a hash of the sentence id), for dev figures only.
3. Writes the other four fifths as spaCy DocBins under `--work` (git-ignored): each sentence with the
   categories CAUSAL / NOT_CAUSAL and, for causal ones, each word tagged CAUSE, EFFECT, CUE (a causal
   signal) or O; a word in two relations keeps the first relation's tag.
   Ten per cent of the training part is the `spacy train` dev set (model selection), by the same hash.
4. Runs `spacy train extraction/training/causal.cfg` on CPU with the config's fixed seed and copies
   `model-best` (without its training-only files) to extraction/models/causal/.

Only cnc/ is read: polnear, tempeval and geowebnews are evaluation data and never train these weights.
"""

import argparse
import json
import shutil
import subprocess
import sys
from pathlib import Path

import spacy
from spacy.tokens import DocBin

from chronicle.extraction.rules.causal_model import MODEL_DIR, is_held_out, split_bucket

REPO = Path(__file__).resolve().parents[1]
CONFIG = REPO / "extraction" / "training" / "causal.cfg"


def read_cnc(folder: Path) -> list[tuple[str, str, dict]]:
    """(id, text, gold causal section) for every sentence."""
    with (folder / "articles.jsonl").open(encoding="utf-8") as handle:
        texts = {row["id"]: row["text"] for row in map(json.loads, handle)}
    rows = []
    with (folder / "gold.jsonl").open(encoding="utf-8") as handle:
        for row in map(json.loads, handle):
            rows.append((row["id"], texts[row["id"]], row["gold"]["causal"]))
    return rows


def to_doc(nlp: spacy.language.Language, text: str, causal: dict) -> spacy.tokens.Doc:
    """One sentence with its categories and, when causal, each word tagged CAUSE, EFFECT, CUE or O
    (a word in two relations keeps the first relation's tag; non-causal sentences carry no tags)."""
    doc = nlp.make_doc(text)
    doc.cats = {"CAUSAL": float(causal["label"]), "NOT_CAUSAL": float(not causal["label"])}
    if not causal["relations"]:
        return doc
    tags = ["O"] * len(doc)
    tagged = [False] * len(doc)
    for relation in causal["relations"]:
        parts = [(s["start"], s["end"], "CUE") for s in relation["signals"]]
        parts.append((relation["cause_start"], relation["cause_end"], "CAUSE"))
        parts.append((relation["effect_start"], relation["effect_end"], "EFFECT"))
        done: set[int] = set()
        for start, end, label in parts:
            span = doc.char_span(start, end, alignment_mode="expand")
            for i in range(span.start, span.end) if span is not None else ():
                if not tagged[i] and i not in done:
                    tags[i] = label
                    done.add(i)
        for i in done:
            tagged[i] = True
    for token, tag in zip(doc, tags, strict=True):
        token.tag_ = tag
    return doc


def main() -> int:
    """Convert, train, copy; returns the exit code of `spacy train`."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cnc", type=Path, default=REPO.parent / "shared" / "data" / "cnc")
    parser.add_argument("--work", type=Path, default=REPO / "build" / "causal")
    parser.add_argument("--out", type=Path, default=MODEL_DIR)
    args = parser.parse_args()
    nlp = spacy.blank("en")
    train, dev = DocBin(), DocBin()
    counts = {"train": 0, "dev": 0, "held_out": 0}
    for sentence_id, text, causal in read_cnc(args.cnc):
        if is_held_out(sentence_id):
            counts["held_out"] += 1
            continue
        doc = to_doc(nlp, text, causal)
        # a tenth of what is left picks the best checkpoint (bucket 1 of 10 never overlaps held-out 0)
        if split_bucket(sentence_id, 10) == 1:
            dev.add(doc)
            counts["dev"] += 1
        else:
            train.add(doc)
            counts["train"] += 1
    args.work.mkdir(parents=True, exist_ok=True)
    train.to_disk(args.work / "train.spacy")
    dev.to_disk(args.work / "dev.spacy")
    print(json.dumps(counts))
    command = [sys.executable, "-m", "spacy", "train", str(CONFIG), "--output", str(args.work / "out")]
    command += ["--paths.train", str(args.work / "train.spacy"), "--paths.dev", str(args.work / "dev.spacy")]
    done = subprocess.run(command, check=False)
    if done.returncode:
        return done.returncode
    best = args.work / "out" / "model-best"
    if args.out.exists():
        shutil.rmtree(args.out)
    shutil.copytree(best, args.out)
    _describe(args.out, counts)
    print(f"model copied to {args.out}")
    return 0


def _describe(out: Path, counts: dict[str, int]) -> None:
    """Name the model, cite its data and drop this machine's paths from the copied config."""
    meta_path = out / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta |= {
        "name": "chronicle_causal",
        "description": "Causal sentences (textcat CAUSAL/NOT_CAUSAL) and their CAUSE/EFFECT/CUE words "
        f"(tagger), trained by scripts/train_causal.py on {counts['train']} sentences of the Causal "
        "News Corpus V2 train set (Tan et al. 2022, CC0 1.0), fifth held out by id hash",
        "license": "CC0-1.0 (training data); model part of Chronicle (MIT)",
        "sources": [
            {
                "name": "Causal News Corpus V2",
                "url": "https://github.com/tanfiona/CausalNewsCorpus",
                "license": "CC0 1.0",
            }
        ],
    }
    meta_path.write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    config = out / "config.cfg"
    lines = config.read_text(encoding="utf-8").splitlines()
    lines = [
        f"{line.split(' = ')[0]} = null" if line.startswith(("train = ", "dev = ")) else line
        for line in lines
    ]
    config.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
