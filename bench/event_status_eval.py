"""Events and figures on a gold set whose events carry a `status` (tests/data/wardev): found, dated
right, status agreement, and the figure that matters most: gold events that did not happen (any status
but happened) which the extraction shows as having happened.

Matching is the contract's (GOLD_FORMAT.md), by the scorer's own function (`found_events`, which
`chronicle eval` uses): a gold event is found when a predicted event's name or a trigger text
contains, or is contained in, the gold name or an alias (as whole words); among the found ones, the
predicted event judged for status is the one whose status agrees best (then the first). A figure is
found when a predicted quantity has the same value and, where the gold names a place, a matching place.

    .venv/bin/python bench/event_status_eval.py tests/data/wardev/gold.jsonl [--misses]
"""

import argparse
import json
from collections import Counter
from pathlib import Path

from chronicle.extraction.gold import GoldEvent
from chronicle.extraction.models import Article, Event, GraphDoc
from chronicle.extraction.pipeline import extract
from chronicle.extraction.scoring.common import norm_name
from chronicle.extraction.scoring.recall_lists import found_events
from chronicle.extraction.scoring.timexes import same_date


def _names(doc: GraphDoc) -> dict[str, list[str]]:
    names: dict[str, list[str]] = {}
    for thing in [*doc.entities, *doc.events]:
        names[thing.key] = [thing.name, *thing.aliases, *(m.text for m in thing.mentions)]
    return names


def _gold_names(gold: dict, name: str | None) -> list[str]:
    """A gold place name with the aliases of the article's gold entity of that name."""
    if not name:
        return []
    for entity in gold.get("entities", []):
        if norm_name(entity["name"]) == norm_name(name):
            return [entity["name"], *entity.get("aliases", [])]
    return [name]


def evaluate(path: Path, misses: bool) -> dict:
    """Figures over every line of the gold file (texts inline)."""
    counts: Counter[str] = Counter()
    confusion: Counter[tuple[str, str]] = Counter()
    shown_as_fact: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        article = Article(id=row["id"], text=row["text"], published_at=row.get("published_at"))
        doc = extract(article)
        gold = row["gold"]
        for event in gold.get("events", []):
            counts["events"] += 1
            found: list[Event] = found_events(GoldEvent.model_validate(event), doc)
            status = event.get("status", "happened")
            if not found:
                if misses:
                    print(f"MISS event [{status}] {event['name']} | {event.get('aliases')} ({row['id']})")
                continue
            counts["events found"] += 1
            if event.get("when"):
                counts["events with when"] += 1
                dated = any(same_date(e.when, event["when"]) for e in found)
                counts["events dated right"] += int(dated)
                if misses and not dated:
                    got = [(e.name, e.when.value if e.when else None) for e in found]
                    print(f"DATE  {event['name']} gold {event['when']} got {got}")
            best = max(found, key=lambda e: (e.status == status, -found.index(e)))
            confusion[(status, best.status)] += 1
            if status != "happened" and best.status == "happened":
                shown_as_fact.append(f"{event['name']} [{status}] -> {best.name} ({row['id']})")
        names = _names(doc)
        for figure in gold.get("quantities", []):
            counts["figures"] += 1
            place = _gold_names(gold, figure.get("place"))
            hit = any(
                abs(q.value - figure["value"]) <= 1e-9 * max(1.0, abs(figure["value"]))
                and (not place or _overlap_exact(names.get(q.place_key or q.subject_key or "", []), place))
                for q in doc.quantities
            )
            counts["figures found"] += int(hit)
            if misses and not hit:
                near = [
                    (q.value, q.metric, q.place_key) for q in doc.quantities if q.value == figure["value"]
                ]
                print(
                    f"MISS figure {figure['value']:g} {figure.get('what')} @ {figure.get('place')} got {near}"
                )
    agree = sum(n for (g, p), n in confusion.items() if g == p)
    judged = sum(confusion.values())
    not_happened = sum(n for (g, _), n in confusion.items() if g != "happened")
    summary = {
        "events.found": _ratio(counts["events found"], counts["events"]),
        "events.when_accuracy": _ratio(counts["events dated right"], counts["events with when"]),
        "events.status_agreement": _ratio(agree, judged),
        "events.not_happened_found": not_happened,
        "events.not_happened_shown_as_happened": len(shown_as_fact),
        "figures.found": _ratio(counts["figures found"], counts["figures"]),
        "counts": dict(counts),
        "status_confusion": {f"{g}->{p}": n for (g, p), n in sorted(confusion.items())},
    }
    if misses:
        for text in shown_as_fact:
            print(f"SHOWN AS FACT {text}")
    return summary


def _overlap_exact(predicted: list[str], gold: list[str]) -> bool:
    wanted = {norm_name(g) for g in gold if g}
    return any(norm_name(p) in wanted for p in predicted if p)


def _ratio(part: int, whole: int) -> float | None:
    return round(part / whole, 3) if whole else None


def main() -> None:
    """Print the figures as JSON (with --misses, every miss first)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("--misses", action="store_true", help="print missed events and figures")
    args = parser.parse_args()
    print(json.dumps(evaluate(args.gold, args.misses), indent=2))


if __name__ == "__main__":
    main()
