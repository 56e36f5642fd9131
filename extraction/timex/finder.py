"""Find and normalise every time expression in a text: the pure entry point of the timex package.

Two passes. Recognition runs every precompiled rule over the whole text and keeps the longest
non-overlapping matches (ties go to the earlier rule). Normalisation then walks the kept matches
left to right, so anaphoric expressions ("the same day", "18:00 UTC") see the last day mentioned.
"""

import re
from bisect import bisect_left
from datetime import date, datetime

from chronicle.extraction.models import Precision, TimeExpression
from chronicle.extraction.timex.calendar import interval
from chronicle.extraction.timex.guards import accept_span
from chronicle.extraction.timex.hit import Hit
from chronicle.extraction.timex.patterns import compile_patterns
from chronicle.extraction.timex.resolve import Context
from chronicle.extraction.timex.rules import Resolved, resolve_match

__all__ = ["find_time_expressions"]

_OUT_OF_CALENDAR = re.compile(r"0000|\d{5}")
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")
_PREFIX_REACH = 48  # characters searched backwards for a prefix ("at the very beginning of")


def _dct(published_at: date | datetime | None) -> date | None:
    if isinstance(published_at, datetime):
        return published_at.date()
    return published_at


Candidate = tuple[int, int, int, str, Hit]


def _select(candidates: list[Candidate]) -> list[Candidate]:
    """Longest first, then earlier rule, then leftmost; drop anything overlapping a kept span."""
    kept: list[Candidate] = []
    starts: list[int] = []  # kept spans are disjoint, so sorted starts also sort their ends
    ends: list[int] = []
    for cand in sorted(candidates, key=lambda c: (c[0] - c[1], c[2], c[0])):
        start, end = cand[0], cand[1]
        at = bisect_left(starts, end)
        if at and ends[at - 1] > start:
            continue
        starts.insert(at, start)
        ends.insert(at, end)
        kept.append(cand)
    kept.sort(key=lambda c: c[0])
    return kept


def _resolve_safely(name: str, m: Hit, ctx: Context) -> Resolved | None:
    """The rule's normalisation, or the expression kept unresolved when calendar arithmetic fails.

    Dates live in years 1..9999: "71,000 years ago", "99999 days ago" or a DCT of 9999-12-31 plus a
    day fall outside, and `date` raises ValueError/OverflowError. One expression must never cost
    the article (the worker would dead-letter it), so such a value degrades to None, the same as
    an expression with nothing to anchor on. Resolvers that can say more (ago: PAST_REF) do so.
    """
    try:
        resolved = resolve_match(name, m, ctx)
    except (ValueError, OverflowError, ArithmeticError):
        return Resolved(type="TIME" if name == "time" else "DATE")
    if resolved is not None and resolved.value and _OUT_OF_CALENDAR.match(resolved.value):
        return Resolved(type=resolved.type, mod=resolved.mod)  # year 0 or 10000 from year arithmetic
    return resolved


def _interval_safely(value: str | None, mod: str | None) -> tuple[date, date, Precision] | None:
    try:
        return interval(value, mod)
    except (ValueError, OverflowError):
        return None


def find_time_expressions(text: str, published_at: date | datetime | None) -> list[TimeExpression]:
    """Every time expression in `text`, normalised against the publication date.

    Args:
        text: the article text; offsets in the result index into it.
        published_at: the document creation time; None leaves relative expressions unresolved.

    Returns:
        TimeExpressions in text order, with TIMEX3 type, value, mod and, for dated values, the
        `[valid_from, valid_to]` interval and its precision.
    """
    candidates = []
    for priority, rule in enumerate(compile_patterns().rules):
        for head in rule.head.finditer(text):
            at = head.start()
            if rule.bounded and at and (text[at - 1].isalnum() or text[at - 1] == "_"):
                continue
            prefix = None
            if rule.prefix is not None:
                prefix = rule.prefix.search(text, max(0, at - _PREFIX_REACH), at)
                if prefix is not None and prefix.start() == at:
                    prefix = None
                if prefix is None and rule.prefix_required:
                    continue
            hit = Hit(text, head, prefix)
            span = accept_span(rule.name, hit, text)
            if span is not None:
                candidates.append((span[0], span[1], priority, rule.name, hit))
    ctx = Context(text, _dct(published_at))
    found: list[TimeExpression] = []
    for start, end, _, name, m in _select(candidates):
        resolved = _resolve_safely(name, m, ctx)
        if resolved is None:
            continue
        bounds = None
        if resolved.type == "DURATION":
            ctx.note_duration(resolved.value)
        if resolved.type in {"DATE", "TIME"}:
            if resolved.anchors:
                day_before = ctx.ref_day
                ctx.note(resolved.value)
                ctx.ref_end = end
                if ctx.ref_day is not day_before or _DAY_VALUE.match(resolved.value or ""):
                    ctx.note_day_at(start, end)
                ctx.note_event_day(start, end, resolved.value)
            bounds = _interval_safely(resolved.value, resolved.mod)
        found.append(
            TimeExpression(
                text=text[start:end],
                start=start,
                end=end,
                type=resolved.type,  # type: ignore[arg-type]
                value=resolved.value,
                mod=resolved.mod,  # type: ignore[arg-type]
                valid_from=bounds[0] if bounds else None,
                valid_to=bounds[1] if bounds else None,
                precision=bounds[2] if bounds else None,
            )
        )
    return found
