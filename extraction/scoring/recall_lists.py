"""Claims, events, effects and quantities: recall lists (not exhaustive, so no precision).

When several predicted claims (events) contain the gold text, the best-agreeing one is judged.
"""

from pydantic import BaseModel, Field

from chronicle.extraction.gold import GoldEvent, GoldLine
from chronicle.extraction.models import Claim, Event, GraphDoc, Mention
from chronicle.extraction.scoring.common import ArticleDetail, Names, names_match, overlap_names, ratio
from chronicle.extraction.scoring.timexes import same_date

__all__ = [
    "ClaimReport",
    "EventReport",
    "RecallReport",
    "finish_recall",
    "found_events",
    "score_claims",
    "score_effects",
    "score_events",
    "score_quantities",
]


class RecallReport(BaseModel):
    """A recall list: how many gold items were found."""

    articles: int = Field(0, description="Gold lines that carry this category's key.")
    gold: int = 0
    found: int = 0
    recall: float | None = None


class ClaimReport(RecallReport):
    """Claims: recall, attribution accuracy, statement-date accuracy."""

    attribution_total: int = 0
    attribution_correct: int = 0
    attribution_accuracy: float | None = None
    date_total: int = 0
    date_correct: int = 0
    date_accuracy: float | None = None


class EventReport(RecallReport):
    """Events: recall and when-accuracy."""

    when_total: int = 0
    when_correct: int = 0
    when_accuracy: float | None = None


def _speaker_ok(claim: Claim, names: Names, gold_speakers: list[str]) -> bool:
    """The claim's speaker (as written, or its resolved entity's canonical name) is the gold one."""
    speakers = [claim.speaker_name, names.canonical.get(claim.speaker_key or "")]
    return bool(gold_speakers) and names_match(speakers, gold_speakers)


def score_claims(
    line: GoldLine, doc: GraphDoc, names: Names, report: ClaimReport, detail: ArticleDetail
) -> None:
    """Found: some predicted claim's text contains `contains`; then speaker and statement date."""
    report.articles += 1
    for g in line.gold.claims:
        report.gold += 1
        needle = g.contains.casefold()
        found = [c for c in doc.claims if needle in c.text.casefold()]
        if not found:
            detail.missed_claims.append(g.contains)
            continue
        report.found += 1
        gold_speakers = names.gold_names(g.speaker)
        best = max(found, key=lambda c: (_speaker_ok(c, names, gold_speakers), same_date(c.stated, g.stated)))
        if g.speaker:
            report.attribution_total += 1
            right = _speaker_ok(best, names, gold_speakers)
            report.attribution_correct += int(right)
            if not right:
                detail.wrong_speakers.append(f"gold {g.speaker!r} got {best.speaker_name!r}: {g.contains}")
        if g.stated:
            report.date_total += 1
            report.date_correct += int(same_date(best.stated, g.stated))


def found_events(gold: GoldEvent, doc: GraphDoc) -> list[Event]:
    """The predicted events that find a gold event: the event's name or a trigger (mention) text
    contains, or is contained in, the gold name or an alias (as whole words, `overlap_names`).

    Args:
        gold: the gold event.
        doc: the extraction of its article.

    Returns:
        Every matching event, in the document's order (empty: the gold event is missed).
    """
    wanted = [gold.name, *gold.aliases]
    return [e for e in doc.events if overlap_names([e.name, *(m.text for m in e.mentions)], wanted)]


def score_events(line: GoldLine, doc: GraphDoc, report: EventReport, detail: ArticleDetail) -> None:
    """Found: a predicted name or trigger contains, or is contained in, the gold name or an alias."""
    report.articles += 1
    for g in line.gold.events:
        report.gold += 1
        found = found_events(g, doc)
        if not found:
            detail.missed_events.append(g.name)
            continue
        report.found += 1
        if g.when:
            report.when_total += 1
            report.when_correct += int(any(same_date(e.when, g.when) for e in found))


def score_effects(
    line: GoldLine, doc: GraphDoc, names: Names, report: RecallReport, detail: ArticleDetail
) -> None:
    """Found: evidence contains `contains`, the target and the cause match (name or alias). A side's
    names are those of the thing its key names plus the text of its span, when it has one: an effect
    whose cause is stated as a clause ('because of heavy losses') is matched by that clause."""
    report.articles += 1
    for g in line.gold.effects:
        report.gold += 1
        needle = g.contains.casefold()
        hit = any(
            needle in e.evidence.sentence.casefold()
            and overlap_names(_side(names, e.target_key, e.effect_span), names.gold_names(g.target))
            and overlap_names(_side(names, e.cause_key, e.cause_span), names.gold_names(g.cause))
            for e in doc.effects
        )
        report.found += int(hit)
        if not hit:
            detail.missed_effects.append(f"{g.cause} -> {g.target}")


def _side(names: Names, key: str | None, span: Mention | None) -> list[str]:
    return names.by_key.get(key or "", []) + ([span.text] if span else [])


def score_quantities(
    line: GoldLine, doc: GraphDoc, names: Names, report: RecallReport, detail: ArticleDetail
) -> None:
    """Found: the same value and, where the gold names a place, a matching place."""
    report.articles += 1
    for g in line.gold.quantities:
        report.gold += 1
        hit = any(
            abs(q.value - g.value) <= 1e-9 * max(1.0, abs(g.value))
            and (
                g.place is None
                or names_match(names.by_key.get(q.place_key or "", []), names.gold_names(g.place))
            )
            for q in doc.quantities
        )
        report.found += int(hit)
        if not hit:
            detail.missed_quantities.append(f"{g.value:g} {g.what or ''} {g.place or ''}".strip())


def finish_recall(*reports: RecallReport) -> None:
    """Recall and the accuracies from the summed counts."""
    for part in reports:
        part.recall = ratio(part.found, part.gold)
        if isinstance(part, ClaimReport):
            part.attribution_accuracy = ratio(part.attribution_correct, part.attribution_total)
            part.date_accuracy = ratio(part.date_correct, part.date_total)
        if isinstance(part, EventReport):
            part.when_accuracy = ratio(part.when_correct, part.when_total)
