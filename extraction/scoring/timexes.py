"""Timexes: relaxed-overlap recognition in two passes, value accuracy and TempEval-3 value F1.

- Gold spans come from offsets, else each text is placed (longest first) at its first word-bounded,
  case-sensitive occurrence that overlaps no span already placed.
- Pass 1: non-optional gold, left to right, each takes the leftmost unmatched overlapping prediction.
  Pass 2: predictions still unmatched that overlap optional gold are left out of every count, so
  optional gold never takes a prediction from non-optional gold.
- A null gold value is never value-correct, even against a null prediction (value accuracy skips
  null gold; value F1 counts it in the denominator only).
"""

import re
from datetime import date

from pydantic import BaseModel, Field

from chronicle.extraction.gold import GoldTimex
from chronicle.extraction.models import TimeExpression, When
from chronicle.extraction.scoring.common import PRF, ArticleDetail, Span, ratio
from chronicle.extraction.timex.calendar import interval

__all__ = [
    "TimexReport",
    "finish_timexes",
    "match_timexes",
    "place_gold_timexes",
    "same_date",
    "score_timexes",
]


class TimexReport(BaseModel):
    """Timex recognition (relaxed overlap) and normalisation."""

    articles: int = Field(0, description="Gold lines that carry `timexes`.")
    recognition: PRF = Field(default_factory=PRF)
    predicted: int = Field(0, description="Predicted spans counted (not left out for optional gold).")
    value_total: int = Field(0, description="Matched pairs whose gold value is not null.")
    value_correct: int = Field(
        0, description="Matched pairs with a non-null gold value equal to the predicted."
    )
    value_accuracy: float | None = None
    value_correct_all: int = Field(
        0, description="Kept for older readers: the value F1 numerator, now equal to value_correct."
    )
    value_f1: float = 0.0
    mod_total: int = 0
    mod_correct: int = 0


def _interval_of(value: str | None) -> tuple[date, date, str] | None:
    return interval(value) if value else None


def same_date(predicted: When | TimeExpression | None, gold_value: str | None) -> bool:
    """The predicted When equals the gold value at the gold precision (a day in a gold week is wrong)."""
    if predicted is None or gold_value is None:
        return False
    if predicted.value == gold_value:
        return True
    gold = _interval_of(gold_value)
    if gold is None:
        return False
    mine = _interval_of(predicted.value)
    if mine is None and predicted.valid_from and predicted.valid_to and predicted.precision:
        mine = (predicted.valid_from, predicted.valid_to, predicted.precision)
    return mine is not None and mine == gold


def place_gold_timexes(text: str, timexes: list[GoldTimex]) -> list[Span | None]:
    """Each gold timex's span: its offsets, else its first free word-bounded exact occurrence.

    Longer texts are placed first, so "Saturday" is never placed inside "on Saturday".
    """
    spans: list[Span | None] = [None] * len(timexes)
    taken: list[Span] = []
    for i, t in enumerate(timexes):
        if t.start is not None and t.end is not None:
            spans[i] = (t.start, t.end)
            taken.append((t.start, t.end))
    order = sorted(
        (i for i, t in enumerate(timexes) if spans[i] is None), key=lambda i: -len(timexes[i].text)
    )
    for i in order:
        pattern = re.compile(rf"(?<!\w){re.escape(timexes[i].text)}(?!\w)")
        for m in pattern.finditer(text):
            if all(m.end() <= s or m.start() >= e for s, e in taken):
                spans[i] = m.span()
                taken.append(m.span())
                break
    return spans


def _overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def match_timexes(
    gold_spans: list[Span | None], optional: list[bool], predicted: list[Span]
) -> tuple[dict[int, int], set[int]]:
    """Relaxed one-to-one matching in two passes (see the module docstring).

    Returns ({gold index: predicted index}, indices of the predictions left out).
    """
    by_start = sorted(range(len(predicted)), key=lambda j: predicted[j])
    pairs: dict[int, int] = {}
    used: set[int] = set()
    placed = [(span, i) for i, span in enumerate(gold_spans) if span is not None]
    for span, i in sorted(placed):
        if optional[i]:
            continue
        for j in by_start:
            if j not in used and _overlaps(predicted[j], span):
                pairs[i] = j
                used.add(j)
                break
    optional_spans = [span for span, i in placed if optional[i]]
    left_out = {
        j for j in by_start if j not in used and any(_overlaps(predicted[j], span) for span in optional_spans)
    }
    return pairs, left_out


def score_timexes(
    text: str,
    gold: list[GoldTimex],
    predicted: list[TimeExpression],
    report: TimexReport,
    detail: ArticleDetail,
) -> None:
    """Add one article's timex counts to the report (figures are computed by `finish_timexes`)."""
    report.articles += 1
    spans = place_gold_timexes(text, gold)
    optional = [t.optional for t in gold]
    pairs, left_out = match_timexes(spans, optional, [(p.start, p.end) for p in predicted])
    rec = report.recognition
    rec.gold += sum(1 for t in gold if not t.optional)
    rec.tp += len(pairs)
    rec.fn += sum(1 for i, t in enumerate(gold) if not t.optional and i not in pairs)
    spurious = [j for j in range(len(predicted)) if j not in pairs.values() and j not in left_out]
    rec.fp += len(spurious)
    report.predicted += len(pairs) + len(spurious)
    for i, j in pairs.items():
        g, p = gold[i], predicted[j]
        if g.value is not None:
            report.value_total += 1
            report.value_correct += int(g.value == p.value)
        if g.value != p.value:
            detail.wrong_values.append(f"{g.text!r}: gold {g.value} got {p.value} ({p.text!r})")
        if g.mod:
            report.mod_total += 1
            report.mod_correct += int(g.mod == p.mod)
    detail.missed_timexes += [
        f"{t.text!r} {t.value}" for i, t in enumerate(gold) if not t.optional and i not in pairs
    ]
    detail.spurious_timexes += [f"{predicted[j].text!r} {predicted[j].value}" for j in spurious]


def finish_timexes(report: TimexReport) -> TimexReport:
    """Compute the timex figures from the summed counts."""
    report.recognition.finish()
    report.value_accuracy = ratio(report.value_correct, report.value_total)
    report.value_correct_all = report.value_correct
    total = report.predicted + report.recognition.gold
    report.value_f1 = 2 * report.value_correct / total if total else 0.0
    return report
