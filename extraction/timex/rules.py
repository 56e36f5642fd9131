"""Turning a recognised match into a TIMEX3 type, value and mod: durations, sets, vague references,
and the dispatch from rule name to resolver.

A resolver returns a value of None when the expression is relative and there is nothing to anchor it
on (no DCT): such expressions are kept, unresolved, never guessed.
"""

import re
from collections.abc import Callable

from chronicle.extraction.timex.absolute import ABSOLUTE_RESOLVERS
from chronicle.extraction.timex.guards import is_rate
from chronicle.extraction.timex.hit import Hit
from chronicle.extraction.timex.patterns import compile_patterns
from chronicle.extraction.timex.relative import RELATIVE_RESOLVERS
from chronicle.extraction.timex.resolve import Context, event_offset_day
from chronicle.extraction.timex.values import Resolved, duration_value, parse_number, unit_of
from chronicle.extraction.timex.vocab import load_vocab

__all__ = ["Resolved", "resolve_match"]


_MODAL_BEFORE = re.compile(r"\b(?:will|would|could|may|might|can|should|shall|'ll|hopes?\s+to|to)\s+$", re.I)


_AND_BEFORE = re.compile(r"\band\s+$")  # 'twenty years and a week after': one amount


def _r_duration(m: Hit, ctx: Context) -> Resolved:
    words = " ".join(m.group(0).lower().split())
    if words == "some day" or (
        words == "one day" and _MODAL_BEFORE.search(ctx.text, max(0, m.start() - 16), m.start())
    ):
        return Resolved(value="FUTURE_REF")  # 'Islam will one day be the second religion', as 'someday'
    if is_rate(m, ctx.text):
        return Resolved(type="SET", value=duration_value(1, unit_of(m["unit"])))
    n = None if m["vague"] else parse_number(m["num"])
    if not _AND_BEFORE.search(ctx.text, max(0, m.start() - 6), m.start()) and (
        day := event_offset_day(ctx, n, unit_of(m["unit"]), m.end())
    ):
        return Resolved(value=day.isoformat())  # 'ten days before the shooting': a day, that one
    return Resolved(type="DURATION", value=duration_value(n, unit_of(m["unit"])))


def _r_bare_duration(m: Hit, ctx: Context) -> Resolved:
    unit = unit_of(m["unit"] or m["unit2"])
    return Resolved(type="DURATION", value=duration_value(None, unit))


def _r_set(m: Hit, ctx: Context) -> Resolved:
    if m["adv"]:
        return Resolved(type="SET", value=load_vocab()["set_adverb"][m["adv"].lower()])
    unit = (m["unit"] or m["unit2"] or "").lower()
    n = 2 if (m["other"] or "").lower() == "other" else 1
    if m["every_n"]:
        n = parse_number(m["every_n"]) if m["every_n"].lower() != "few" else None  # type: ignore[assignment]
    unit = {"morning": "day", "evening": "day", "weekend": "week"}.get(unit, unit)
    unit = "year" if unit in {"summer", "winter", "spring", "autumn"} else unit
    return Resolved(type="SET", value=duration_value(n, unit))


def _r_ref(m: Hit, ctx: Context) -> Resolved | None:
    vocab = load_vocab()
    word = " ".join(m.group(0).lower().split())
    if word == "later" and not _looks_ahead(ctx, m.start()):
        return None  # 'later served', 'Later, the controller asks': after the story's time, not ahead of now
    for table in ("ref_present", "ref_past", "ref_future"):
        if word in vocab[table]:
            return Resolved(value=vocab[table][word])
    return Resolved()


def _looks_ahead(ctx: Context, start: int) -> bool:
    """Whether the clause before `start` is in the future ('will be announced later'): its nearest
    auxiliary or reporting cue is a future one."""
    begin, _ = ctx.sentence_bounds(start)
    left = ctx.text[max(begin, start - 80) : start]
    patterns = compile_patterns()
    future = [m.end() for m in patterns.future_cue.finditer(left)]
    past = [m.end() for m in patterns.past_cue.finditer(left)]
    return bool(future) and (not past or future[-1] > past[-1])


def _r_recent_units(m: Hit, ctx: Context) -> Resolved:
    return Resolved(value="PAST_REF")


_RESOLVERS: dict[str, Callable[[Hit, Context], Resolved | None]] = {
    **ABSOLUTE_RESOLVERS,
    **RELATIVE_RESOLVERS,
    "duration": _r_duration,
    "bare_duration": _r_bare_duration,
    "recent_units": _r_recent_units,
    "set": _r_set,
    "ref": _r_ref,
}


def resolve_match(name: str, m: Hit, ctx: Context) -> Resolved | None:
    """The normalisation of a rule's match; None drops the match (not a time expression)."""
    return _RESOLVERS[name](m, ctx)
