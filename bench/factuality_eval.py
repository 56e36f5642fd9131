"""Event status reader against MEANTIME's factuality attributes (a dev signal, never training data).

Every gold event mention of `../shared/data/meantime-coref/gold.jsonl` is read by the same code the
events component uses for its triggers (grammar, then the claim holding the mention), on the full
pipeline's Doc. Both sides are mapped to three classes:

- fact: MEANTIME certainty CERTAIN, polarity POS, time NON_FUTURE | ours happened or claimed
- not: polarity NEG | ours denied or failed
- open: certainty POSSIBLE/PROBABLE, time FUTURE or a conditional | ours planned or hypothetical

Mentions whose gold attributes are underspecified or missing are left out. Reported: agreement over
the three classes, per-class precision and recall, and the share of gold non-facts that we would draw as
having happened (the error that matters: a not-happened event shown as fact).

    .venv/bin/python bench/factuality_eval.py [--details N]
"""

import argparse
import json
from collections import Counter
from pathlib import Path

from chronicle.extraction.models import Article, Mention
from chronicle.extraction.pipeline import load_pipeline, make_doc
from chronicle.extraction.rules.docindex import DocIndex
from chronicle.extraction.rules.event_reports import ClaimSpans, report_for
from chronicle.extraction.rules.event_time import governing_when
from chronicle.extraction.rules.factuality import StatusReader

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "meantime-coref"
OURS = {
    "happened": "fact",
    "claimed": "fact",
    "denied": "not",
    "failed": "not",
    "planned": "open",
    "hypothetical": "open",
}
CLASSES = ("fact", "not", "open")


def gold_class(mention: dict) -> str | None:
    """MEANTIME's attributes as one of the three classes (None: underspecified)."""
    certainty, polarity, time = mention.get("certainty"), mention.get("polarity"), mention.get("time")
    special = mention.get("special_cases") or ""
    if polarity == "NEG":
        return "not"
    if special.startswith("COND") or certainty in {"POSSIBLE", "PROBABLE"} or time == "FUTURE":
        return "open"
    if certainty == "CERTAIN" and polarity == "POS" and time == "NON_FUTURE":
        return "fact"
    return None


def evaluate(details: int = 0) -> dict:
    """Agreement figures over every scorable gold mention."""
    nlp = load_pipeline()
    reader = StatusReader()
    articles = {}
    for line in (DATA / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        articles[row["id"]] = row
    pairs: Counter[tuple[str, str]] = Counter()
    shown: list[str] = []
    for line in (DATA / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        source = articles.get(row["id"], row)
        text = source.get("text") or row.get("text") or ""
        article = Article(id=row["id"], text=text, published_at=source.get("published_at"))
        doc = nlp(make_doc(nlp, article))
        index = DocIndex.build(doc)
        claims = ClaimSpans(doc._.claims or [])
        for mention in row["gold"].get("event_mentions", []):
            wanted = gold_class(mention)
            span = doc.char_span(mention["start"], mention["end"], alignment_mode="expand")
            if wanted is None or span is None:
                continue
            where = Mention(text=span.text, start=span.start_char, end=span.end_char)
            found = report_for(
                reader, index, claims, span.root, where, governing_when(index, span.root, None)
            )
            ours = OURS[found.status]
            pairs[(wanted, ours)] += 1
            if ours != wanted and len(shown) < details:
                sentence = span.sent.text.replace("\n", " ")
                shown.append(
                    f"gold {wanted:4} ours {found.status:12} [{span.text}] cue={found.cue!r}: {sentence}"
                )
    total = sum(pairs.values())
    agree = sum(n for (g, o), n in pairs.items() if g == o)
    summary: dict = {"mentions": total, "agreement": round(agree / total, 3) if total else None}
    for cls in CLASSES:
        gold_n = sum(n for (g, _), n in pairs.items() if g == cls)
        ours_n = sum(n for (_, o), n in pairs.items() if o == cls)
        hit = pairs[(cls, cls)]
        summary[cls] = {
            "gold": gold_n,
            "predicted": ours_n,
            "precision": round(hit / ours_n, 3) if ours_n else None,
            "recall": round(hit / gold_n, 3) if gold_n else None,
        }
    non_facts = sum(n for (g, _), n in pairs.items() if g != "fact")
    as_fact = sum(n for (g, o), n in pairs.items() if g != "fact" and o == "fact")
    summary["non_facts_drawn_as_fact"] = round(as_fact / non_facts, 3) if non_facts else None
    summary["confusion"] = {f"{g}->{o}": n for (g, o), n in sorted(pairs.items())}
    for text in shown:
        print(text)
    return summary


def main() -> None:
    """Print the figures as JSON (and the first N disagreements with --details N)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--details", type=int, default=0, help="print the first N disagreements")
    args = parser.parse_args()
    print(json.dumps(evaluate(args.details), indent=2))


if __name__ == "__main__":
    main()
