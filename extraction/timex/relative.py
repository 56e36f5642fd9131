"""Resolvers for deictic and anaphoric expressions: weekdays, 'last week', 'two days ago', times.

Deictic expressions anchor on the DCT (none without one); anaphoric ones ('the same day', 'the year
before', a clock time) on the reference time, the last date the text mentioned.
"""

import re
from datetime import date, datetime, time, timedelta

from chronicle.extraction.timex.calendar import month_start
from chronicle.extraction.timex.hit import Hit
from chronicle.extraction.timex.patterns import compile_patterns
from chronicle.extraction.timex.resolve import (
    DAYS_BEFORE_EVENT,
    EVENT_REACH,
    WORD,
    Context,
    event_offset_day,
    tense_at,
    week_value,
    weekday_date,
)
from chronicle.extraction.timex.values import (
    POD,
    SHIFT,
    UNIT_FACTOR,
    Resolved,
    day_value,
    duration_value,
    mod_of,
    month_number,
    norm,
    parse_number,
    shift_day,
    shift_years,
    unit_of,
    unit_value,
)
from chronicle.extraction.timex.vocab import load_vocab

__all__ = ["RELATIVE_RESOLVERS"]


def _r_rel_unit(m: Hit, ctx: Context) -> Resolved | None:
    rel = norm(m["rel"]) or ""
    unit = m["unit"].lower()
    mod = mod_of(m)
    if unit == "year" and rel in {"the", "the fiscal", "the current fiscal", "the calendar", "the full"}:
        # 'for the year', 'the fiscal year': the year the report is about, the DCT's
        return Resolved(value=f"{ctx.dct.year:04d}" if ctx.dct else None, mod=mod, anchors=False)
    rel = {"the current fiscal": "the current"}.get(rel, rel)
    if rel.startswith(("the latest", "the most recent")):
        # 'the latest fiscal year': the last one completed, as 'the last year'
        rel = "the last"
    if rel == "the" and not mod:
        return None
    if rel in {"the past"} and not mod and unit not in {"year", "decade"}:
        return Resolved(type="DURATION", value=duration_value(1, unit if unit != "weekend" else "week"))
    if rel == "the past":
        rel = "the last"  # 'in the past year', 'the past decade': TimeML annotates the DATE (1988, '200')
    anaphoric = rel in {
        "that",
        "the previous",
        "the preceding",
        "the following",
        "the same",
        "the entire",
        "the whole",
        "the full",
    }
    if unit == "day":
        if ctx.mentioned_day is None:
            return Resolved()
        step = -1 if rel in {"the previous", "the preceding"} else 0 if rel == "the same" else 1
        return Resolved(value=(ctx.mentioned_day + timedelta(days=step)).isoformat())
    if anaphoric and unit == "year" and ctx.ref_year:
        return Resolved(value=f"{ctx.ref_year + SHIFT.get(rel.removeprefix('the '), 0):04d}", mod=mod)
    anchor = ctx.ref_day if anaphoric and ctx.ref_day else ctx.dct
    if anaphoric and unit == "month" and (month := month_start(ctx.ref_value)):
        anchor = month  # 'In March, ... The following month': after the month last named
    if rel == "that":
        anchor = ctx.mentioned_day
    if anchor is None:
        return Resolved(mod=mod)
    shift = SHIFT.get(rel.removeprefix("the ").strip(), 0)
    if rel == "the last":
        shift = -1
    if rel == "the next" or rel == "the coming":
        shift = 1
    return Resolved(value=unit_value(unit, shift_day(anchor, unit, shift)), mod=mod)


def _r_rel_plural(m: Hit, ctx: Context) -> Resolved:
    """'the coming weeks' look ahead (FUTURE_REF); 'the past months' span back (a duration)."""
    rel = norm(m["rel"]) or ""
    if any(word in rel for word in ("coming", "next", "following", "upcoming", "future")):
        return Resolved(value="FUTURE_REF")
    return Resolved(type="DURATION", value=duration_value(None, unit_of(m["unit"])))


def _r_pod(m: Hit, ctx: Context) -> Resolved:
    """'in the morning': a part of the reference day, when it was named near; else of the DCT."""
    day = ctx.near_day(m.start())
    if day is None:
        return Resolved(type="TIME")
    return Resolved(type="TIME", value=f"{day.isoformat()}T{POD[m['pod'].lower()]}")


def _r_unit_rel(m: Hit, ctx: Context) -> Resolved:
    unit, rel = m["unit"].lower(), m["rel"].lower()
    n = 1 if rel in {"after", "later"} else -1
    if unit == "year" and ctx.ref_year:
        return Resolved(value=f"{ctx.ref_year + n:04d}")
    if ctx.mentioned_day is None:
        return Resolved()
    if unit == "day":
        return Resolved(value=(ctx.mentioned_day + timedelta(days=n)).isoformat())
    return Resolved(value=unit_value(unit, shift_day(ctx.mentioned_day, unit, n)))


_POSSESSIVE_NOUNS = re.compile(r"['’]s\s+(?:([a-z][\w-]*)\s+)?([A-Za-z][\w-]*)")
_NAME_ALONE = re.compile(r"['’]s\s+[A-Z][\w-]*(?=\s*(?:[.,;:!?\"'’”)]|$))")


def _generic_today(text: str, end: int) -> bool:
    """'today's youth', 'today's personal computers', 'today's GM.': the present age (TimeML
    PRESENT_REF), not the DCT; 'today's vote', 'today's editions' stay that day."""
    if _NAME_ALONE.match(text, end):
        return True
    match = _POSSESSIVE_NOUNS.match(text, end)
    if match is None:
        return False
    nouns = load_vocab()["generic_present_noun"]
    return any((word or "").lower() in nouns for word in match.groups())


def _r_deictic(m: Hit, ctx: Context) -> Resolved:
    word = (m["word"] or "").lower()
    pod = (m["pod"] or m["pod0"] or ("tonight" if word == "tonight" else "")).lower()
    offset = int(load_vocab()["deictic_day"].get(word, 0))
    if (m["this"] or "").lower() == "last":
        offset = -1 if pod in {"night", "evening"} else 0
    if word == "today" and not pod and _generic_today(ctx.text, m.end()):
        return Resolved(value="PRESENT_REF")  # 'today's world': nowadays, not the day itself
    if ctx.dct is None:
        return Resolved(type="TIME" if pod else "DATE")
    day = (ctx.dct + timedelta(days=offset)).isoformat()
    if pod:
        return Resolved(type="TIME", value=f"{day}T{POD[pod]}")
    return Resolved(value=day)


_SINCE_BEFORE = re.compile(r"\b[Ss]ince\s+(?:the\s+)?$")


def _r_year_end(m: Hit, ctx: Context) -> Resolved:
    """'by year-end': the end of the DCT's year; 'since year-end': the end of the year before it."""
    if m["year"]:
        return Resolved(value=m["year"], mod="END", anchors=False)
    if ctx.dct is None:
        return Resolved(mod="END")
    since = _SINCE_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start())
    year = ctx.dct.year - 1 if since else ctx.dct.year
    return Resolved(value=f"{year:04d}", mod="END", anchors=False)


def _r_day_around(m: Hit, ctx: Context) -> Resolved:
    if ctx.dct is None:
        return Resolved()
    offset = -2 if m["word"].lower() == "yesterday" else 2
    return Resolved(value=(ctx.dct + timedelta(days=offset)).isoformat())


def _r_ago(m: Hit, ctx: Context) -> Resolved:
    unit = unit_of(m["unit"])
    direction = norm(m["dir"]) or ""
    n = parse_number(m["num"])
    if n is None or n != int(n):
        return Resolved(value="PAST_REF" if direction == "ago" else None)
    sign = -1 if direction in {"ago", "earlier"} else 1
    if unit == "year" and n == 1 and sign < 0 and (same := year_back_like(ctx)):
        return Resolved(value=same, anchors=False)
    anchor = ctx.dct if direction in {"ago", "from now", "hence"} else ctx.mentioned_day
    if anchor is not ctx.dct and ctx.ref_value and len(ctx.ref_value) == 4:
        anchor = None  # 'in 1996 ... a year later': the year last named, not an older day
    if anchor is None and ctx.ref_value is None and unit in {"year", "month"}:
        anchor = ctx.dct  # nothing named before: 'up 3% from a year earlier' counts from the report
    if anchor is None and unit == "year" and ctx.ref_year:  # "a year earlier/later" after "in 1995"
        year = ctx.ref_year + sign * int(n)
        return Resolved(value=f"{year:04d}" if 0 < year <= 9999 else None)
    if anchor is None:
        return Resolved()
    steps = int(n) * sign * UNIT_FACTOR.get(unit, 1)
    if not _within_calendar(anchor, unit, steps):  # "71,000 years ago": before year 1
        return Resolved(value="PAST_REF" if sign < 0 else "FUTURE_REF")
    if unit in {"day", "night", "hour", "minute", "second"}:
        return Resolved(value=(anchor + timedelta(days=steps if unit in {"day", "night"} else 0)).isoformat())
    if unit == "week" and n <= 2 and direction == "ago":  # 'a week ago': that day a week back
        return Resolved(value=(anchor + timedelta(weeks=steps)).isoformat())
    base = {"fortnight": "week", "decade": "year", "century": "year"}.get(unit, unit)
    value = unit_value(base, shift_day(anchor, base, steps))
    return Resolved(value=value[:3] if unit == "decade" else value)


_DAYS_PER = {"second": 1 / 86400, "minute": 1 / 1440, "hour": 1 / 24, "day": 1, "night": 1, "week": 7}
_DAYS_PER |= {"fortnight": 14, "month": 31, "year": 366, "decade": 366, "century": 366}


def _within_calendar(anchor: date, unit: str, steps: int) -> bool:
    """Whether shifting `anchor` by `steps` units stays inside years 1..9999 (ISO weeks included)."""
    days = steps * _DAYS_PER.get(unit, 366)
    return date.min.toordinal() + 7 <= anchor.toordinal() + days <= date.max.toordinal() - 7


def year_back_like(ctx: Context) -> str | None:
    """'a year ago' / 'a year earlier' in the unit of the period under discussion.

    Results reporting compares like with like: after "third-quarter profit" a year earlier is the
    same quarter of the year before (TimeML: 1988-Q3), after a day it is that day. The period is
    last quarter mentioned, or else the last date, when it lies within a year of the DCT (an
    older one is history, not the period reported on); else None (a plain year is used).
    """
    if ctx.dct is None:
        return None
    for ref in (ctx.ref_quarter, ctx.ref_value):
        if ref and len(ref) > 4 and "W" not in ref and abs(int(ref[:4]) - ctx.dct.year) <= 1:
            return shift_years(ref, -1)
    return None


def _r_year_adj(m: Hit, ctx: Context) -> Resolved:
    """'year-earlier', 'year-ago' before a noun: the period under discussion, a year back."""
    same = year_back_like(ctx)
    if same:
        return Resolved(value=same, anchors=False)
    base = ctx.ref_year or (ctx.dct.year if ctx.dct else None)
    if ctx.long_period and ctx.dct:  # after 'the first nine months': the reported year, a year back
        base = ctx.dct.year
    return Resolved(value=f"{base - 1:04d}" if base and base > 1 else None, anchors=False)


_POSSESSIVE = re.compile(r"['’]s\b")
# Before a possessive weekday, words that leave its date to the clause: looking ahead ('ahead of
# Sunday's vote'), or a preposition putting the clause's own event at that time ('the ad will run
# during Sunday's final', 'voters will cast ballots in Tuesday's primary'); an object ('will appeal
# Wednesday's ruling') stays in the past.
_AHEAD_OF = re.compile(
    r"\b(?:ahead\s+of|before|for|until|till|upcoming|next|this|coming|during|at|in)\s+$", re.IGNORECASE
)


_AHEAD_PHRASE = re.compile(r"\bahead\s+of\s+(?:[^,.;:!?()\"“”]{0,45}?\s)?$")


def _r_weekday(m: Hit, ctx: Context) -> Resolved:
    wd = int(load_vocab()["weekday"][m["wd"].capitalize()])
    pod = (m["pod"] or "").lower()
    if m["plural"]:
        return Resolved(type="SET", value=f"XXXX-WXX-{wd}")
    if m["month"]:  # 'Friday, Oct. 23': the date says which Friday
        value = day_value(month_number(m["month"]), int(m["day"]), m["year"], m, ctx)
        return Resolved(type="TIME" if pod else "DATE", value=f"{value}T{POD[pod]}" if pod else value)
    if ctx.dct is None:
        return Resolved(type="TIME" if pod else "DATE")
    tense = tense_at(ctx, m.start(), m.end())
    if _POSSESSIVE.search(m.group(0)) and not _AHEAD_OF.search(ctx.text, max(0, m.start() - 24), m.start()):
        tense = "past"  # "Wednesday's ruling", "Friday's close": news names what has happened
    if _AHEAD_PHRASE.search(ctx.text, max(0, m.start() - 60), m.start()):
        tense = "future"  # the day inside 'ahead of the caucuses on Monday' is the one to come
    rel = norm(m["rel"] or m["rel2"])
    if rel in {"the previous", "the preceding", "the following"}:  # from the day last mentioned
        anchor = ctx.mentioned_day or ctx.dct
        day = weekday_date(anchor, wd, "next" if rel == "the following" else "last", None)
    else:
        day = weekday_date(ctx.dct, wd, rel, tense)
    if m["around"]:  # 'the day before last Tuesday'
        day += timedelta(days=1 if m["dir"].lower() == "after" else -1)
    if pod:
        return Resolved(type="TIME", value=f"{day.isoformat()}T{POD[pod]}")
    return Resolved(value=day.isoformat())


def _r_weekend(m: Hit, ctx: Context) -> Resolved:
    """'last weekend', 'this weekend'; 'the weekend' is the one just past on a weekday (news
    reports Monday on Saturday's events) unless the clause looks ahead."""
    rel = norm(m["rel"]) or ""
    anchor = ctx.ref_day if rel == "that" else ctx.dct
    if anchor is None:
        return Resolved()
    shift = SHIFT.get(rel, 0)
    if rel == "the" and anchor.isoweekday() < 6 and tense_at(ctx, m.start(), m.end()) != "future":
        shift = -1
    return Resolved(value=week_value(anchor, shift) + "-WE")


_MONTH_VALUE = re.compile(r"^\d{4}-\d\d$")


def _r_anaphor_day(m: Hit, ctx: Context) -> Resolved:
    det = norm(m["det"]) or ""
    if (
        det.endswith(("same", "very"))
        and ctx.ref_value
        and _MONTH_VALUE.match(ctx.ref_value)
        and ctx.ref_end > ctx.day_end
        and ctx.recent_ref(m.start())
    ):
        # 'killed last October ... crossed out that same day': a day of the month just named
        return Resolved(value=f"{ctx.ref_value}-XX")
    day = ctx.near_day(m.start())
    if det.endswith(("same", "very")) and not ctx.day_named_near(m.start()) and ctx.mentioned_day:
        day = ctx.mentioned_day  # 'that same day' far from any day named: the last one named
    return Resolved(value=day.isoformat() if day else None)


def _r_anaphor_then(m: Hit, ctx: Context) -> Resolved | None:
    """'until then', 'by that time': the time named in this sentence or the one before; with none
    near, 'then' is a sequencer, not a time expression."""
    value = ctx.recent_ref(m.start())
    return Resolved(value=value, anchors=False) if value else None


def _r_same_period(m: Hit, ctx: Context) -> Resolved:
    """'the same period last year': the last mentioned period, a year back, in the named unit ('the
    same quarter' after 'the quarter ended Sept. 30' is that quarter, not that day)."""
    ref, unit = ctx.ref_value, m["unit"].lower()
    if unit in {"quarter", "period"} and ctx.ref_quarter:
        ref = ctx.ref_quarter
    if not ref or not ref[:4].isdigit():
        return Resolved()
    if unit == "year" or (unit == "month" and len(ref) >= 7 and ref[5:7].isdigit()):
        ref = ref[: 4 if unit == "year" else 7]
    year = int(ref[:4]) - 1
    return Resolved(value=f"{year:04d}{ref[4:]}" if year > 0 else None)


_GLUE = re.compile(r"\s*,?\s*(?:on\s+)?")
# A day named past a bracket: '10:35 a.m. (0735 GMT) Friday', and '(0735 GMT) Friday' for the
# bracketed time itself.
_BRACKET_DAY = re.compile(
    r"(?:\s*\([^()\n]{1,25}\)|\))\s*(?:on\s+)?"
    r"(?P<day>today|tonight|yesterday|tomorrow|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)


def _date_after(m: Hit, ctx: Context) -> date | None:
    """The day a clock time is given on when a date follows it ('16:15 UTC, June 1')."""
    head = next(r.head for r in compile_patterns().rules if r.name == "month_day")
    if m["tdate"]:  # inside the span: '5 p.m. EST, Nov. 6'
        found = head.match(m["tdate"])
    else:
        glue = _GLUE.match(ctx.text, m.end())
        found = head.match(ctx.text, glue.end()) if glue else None
    if found is None or not found["month"][0].isupper():
        return None
    value = day_value(month_number(found["month"]), int(found["day"]), found["year"], m, ctx)
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def event_day_around(ctx: Context, start: int, end: int) -> date | None:
    """The day of a clock time that no day names: 'at 6 a.m. near the house 10 days before the
    murder' (an amount before a told event, right of it in the clause), or 'was shot to death at
    10 p.m.' far from any day named (the day told for the event its sentence names)."""
    begin, stop = ctx.sentence_bounds(start)
    window = ctx.text[end : min(stop, end + EVENT_REACH)]
    for amount in DAYS_BEFORE_EVENT.finditer(window):
        day = event_offset_day(ctx, parse_number(amount["n"]), unit_of(amount["unit"]), end + amount.end())
        if day is not None:
            return day
    if ctx.day_named_near(start):
        return None
    left = WORD.findall(ctx.text, max(begin, start - EVENT_REACH), start)
    return next((d for w in reversed(left) if (d := ctx.event_day(w))), None)


def _r_time(m: Hit, ctx: Context) -> Resolved:
    if m["word"]:
        hour, minute = (0, 0) if m["word"].lower() == "midnight" else (12, 0)
    else:
        hour = int(m["h"] or m["h2"] or m["h3"] or m["h4"])
        minute = int(m["mi"] or m["mi2"] or m["mi3"] or 0)
        ampm = (
            m["ampm"] or {"morning": "a", "afternoon": "p", "evening": "p"}.get((m["pod4"] or "").lower(), "")
        ).lower()
        if ampm.startswith("p") and hour < 12:
            hour += 12
        elif ampm.startswith("a") and hour == 12:
            hour = 0
    # a clock time far from any day named is the report's ('___. 9:05 p.m.' entries of a live blog)
    day: date | None = (
        _date_after(m, ctx)
        or event_day_around(ctx, m.start(), m.end())
        or ctx.near_day(m.start(), story=False)
    )
    tday = (m["tday"] or "").lower()
    if not tday and not m["tdate"] and (bracket := _BRACKET_DAY.match(ctx.text, m.end())):
        tday = bracket["day"].lower()
    if tday and ctx.dct:
        if tday in {"today", "tonight", "yesterday", "tomorrow"}:
            day = ctx.dct + timedelta(days=int(load_vocab()["deictic_day"][tday]))
        else:
            wd = int(load_vocab()["weekday"][tday.capitalize()])
            day = weekday_date(ctx.dct, wd, None, tense_at(ctx, m.start(), m.end()))
    elif tday:
        day = None
    if day is None:
        return Resolved(type="TIME")
    if m["off"]:  # a local time given with its UTC offset: normalise to UTC
        moment = datetime.combine(day, time(hour, minute)) - timedelta(hours=int(m["off"].replace(" ", "")))
        day, hour, minute = moment.date(), moment.hour, moment.minute
    zone = "Z" if m["tz"] else ""  # US zones ('EST') stay local time, as TimeML writes them
    return Resolved(type="TIME", value=f"{day.isoformat()}T{hour:02d}:{minute:02d}{zone}")


RELATIVE_RESOLVERS = {
    "same_period": _r_same_period,
    "anaphor_then": _r_anaphor_then,
    "rel_unit": _r_rel_unit,
    "rel_plural": _r_rel_plural,
    "pod": _r_pod,
    "unit_rel": _r_unit_rel,
    "deictic": _r_deictic,
    "deictic_pod": _r_deictic,
    "day_around": _r_day_around,
    "year_end": _r_year_end,
    "ago": _r_ago,
    "year_adj": _r_year_adj,
    "weekday": _r_weekday,
    "weekend": _r_weekend,
    "anaphor_day": _r_anaphor_day,
    "time": _r_time,
}
