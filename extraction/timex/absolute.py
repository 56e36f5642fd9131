"""Resolvers for calendar expressions: explicit dates, months, quarters, seasons, years, decades.

Each takes a rule match and the context and returns a Resolved; a bare month or day takes its year
from the DCT (news reading), or without one from the last year mentioned, else stays 'XXXX'.
"""

import re
from datetime import date, timedelta
from functools import cache

from chronicle.extraction.timex.calendar import add_months, iso_week_value, month_end, month_start, quarter_of
from chronicle.extraction.timex.hit import Hit
from chronicle.extraction.timex.patterns import compile_patterns
from chronicle.extraction.timex.resolve import (
    Context,
    month_day_year,
    month_year,
    quarter_year,
    season_value,
    tense_at,
)
from chronicle.extraction.timex.values import (
    ORDINALS,
    POD,
    SHIFT,
    Resolved,
    day_value,
    iso_day,
    mod_of,
    month_number,
    norm,
    year_shift,
)
from chronicle.extraction.timex.vocab import alternation, load_vocab

__all__ = ["ABSOLUTE_RESOLVERS"]

_AHEAD_OF = re.compile(r"\b(?:before|ahead\s+of)\s+$", re.IGNORECASE)


def _r_iso(m: Hit, ctx: Context) -> Resolved:
    return Resolved(value=iso_day(int(m["year"]), int(m["mon"]), int(m["day"])))


def _r_slash(m: Hit, ctx: Context) -> Resolved:
    a, b, year = int(m["a"]), int(m["b"]), int(m["year"])
    if year < 100:
        year += 2000 if year <= (ctx.dct.year % 100 if ctx.dct else 30) + 1 else 1900
    month, day = (a, b) if a <= 12 else (b, a)
    return Resolved(value=iso_day(year, month, day))


def _r_day(m: Hit, ctx: Context) -> Resolved:
    return Resolved(value=day_value(month_number(m["month"]), int(m["day"]), m["year"], m, ctx))


@cache
def _vote_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A month before or after the name of a vote or convention: the `scheduled_vote` and
    `vote_modifier` tables of timex_vocab.jsonl."""
    vocab = load_vocab()
    noun = rf"(?:{alternation(vocab['scheduled_vote'])})\b"
    after = re.compile(rf"(?:['’]s)?\s+(?:(?:{alternation(vocab['vote_modifier'])})\s+)*{noun}")
    return after, re.compile(rf"\b{noun}\s+(?:in|on|of)\s+$")


_THROUGH = re.compile(r"\b(?:through|thru)\s+(?:early\s+|mid-?|late\s+)?$")


def _scheduled_vote(text: str, start: int, end: int) -> bool:
    """The month names an election or convention ('the November election', 'the convention in
    July'): such events are announced ahead, so without a tense the month is the coming one."""
    after, before = _vote_patterns()
    return bool(after.match(text, end) or before.search(text, max(0, start - 30), start))


def _r_month(m: Hit, ctx: Context) -> Resolved:
    month = month_number(m["month"])
    mod = mod_of(m)
    if m["year"]:
        return Resolved(value=f"{m['year']}-{month:02d}", mod=mod)
    if m["relyear"]:
        year = year_shift(m["relyear"], ctx)
        return Resolved(value=f"{year:04d}-{month:02d}" if year else None, mod=mod)
    rel = norm(m["rel"])
    if ctx.dct:
        tense = tense_at(ctx, m.start(), m.end())
        if tense is None and _scheduled_vote(ctx.text, m.start(), m.end()):
            tense = "future"  # 'the November election', 'the party's convention in July': named ahead
        if _THROUGH.search(ctx.text, max(0, m.start() - 20), m.start()) and ctx.dct.month - month >= 9:
            tense = "future"  # 'a credit line through February' said in November: the coming one, not a span long gone
        year = month_year(ctx.dct, month, rel, tense)
        return Resolved(value=f"{year:04d}-{month:02d}", mod=mod)
    if rel:
        return Resolved(mod=mod)
    year_part = f"{ctx.ref_year:04d}" if ctx.ref_year else "XXXX"
    return Resolved(value=f"{year_part}-{month:02d}", mod=mod)


def _r_quarter(m: Hit, ctx: Context) -> Resolved:
    ord_ = norm(m["ord"]) or ""
    explicit = m["year"] or m["relyear"]
    q = ORDINALS.get(ord_)
    if ord_ == "last" and explicit:
        q = 4
    if m["year"]:
        return Resolved(value=f"{m['year']}-Q{q}" if q else None)
    if ctx.dct is None:
        return Resolved()
    if m["relyear"]:
        year = year_shift(m["relyear"], ctx)
        return Resolved(value=f"{year:04d}-Q{q}" if q else None)
    if q is None and ord_ == "this" and _POSSESSIVE.match(ctx.text, m.end()) and _reported(ctx, m):
        # 'This quarter's loss includes ...' after the reported quarter: that quarter's results
        return Resolved(value=ctx.ref_quarter)
    if q is None:
        shift = SHIFT.get(ord_, 0) if ord_ not in {"same"} else None
        if shift is None:
            return Resolved()
        year, month = add_months(ctx.dct.year, ctx.dct.month, 3 * shift)
        return Resolved(value=f"{year:04d}-Q{(month - 1) // 3 + 1}")
    year = quarter_year(ctx.dct, q, tense_at(ctx, m.start(), m.end()))
    ended = _ended_year(m, ctx)
    return Resolved(value=f"{min(year, ended or year):04d}-Q{q}")


# a quarter named in apposition: 'the comparable year-ago quarter, the second quarter ended Oct. 31'
_APPOSED_QUARTER = re.compile(
    r",\s+(?:the|its)\s+(?:fiscal\s+)?(?P<ord>first|second|third|fourth)[\s-]+(?:fiscal\s+)?quarter\b",
    re.IGNORECASE,
)
_POSSESSIVE = re.compile(r"['’]s\b")


def _reported(ctx: Context, m: Hit) -> bool:
    """The quarter under discussion was completed before the DCT's, and the clause does not look
    ahead."""
    if ctx.dct is None or ctx.ref_quarter is None or ctx.ref_quarter.endswith("X"):
        return False
    current = f"{ctx.dct.year:04d}-Q{quarter_of(ctx.dct)}"
    return ctx.ref_quarter < current and tense_at(ctx, m.start(), m.end()) != "future"


_ENDED = re.compile(r",?\s+(?:that\s+|which\s+)?ended\s+(?:on\s+)?")


def _ended_year(m: Hit, ctx: Context) -> int | None:
    """The year of the day a quarter is said to have ended ('the third quarter ended Nov. 5' in an
    article of 28 October 2025: 2024), or None."""
    day = _ended_day(m, ctx)
    return day.year if day else None


def _ended_day(m: Hit, ctx: Context) -> date | None:
    """The day a period is said to have ended ('the quarter ended July 31'), or None."""
    ended = _ENDED.match(ctx.text, m.end())
    if ended is None or ctx.dct is None:
        return None
    head = next(r.head for r in compile_patterns().rules if r.name == "month_day")
    found = head.match(ctx.text, ended.end())
    if found is None or not found["month"][0].isupper():
        return None
    month, day = month_number(found["month"]), int(found["day"])
    if found["year"]:
        year = int(found["year"])
    else:
        year = month_day_year(ctx.dct, month, day, "past", past_verb=True)
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _r_month_span_quarter(m: Hit, ctx: Context) -> Resolved:
    """'the October-December quarter': read as 'the fourth quarter'."""
    q = (month_number(m["m1"]) - 1) // 3 + 1
    if m["year"]:
        return Resolved(value=f"{m['year']}-Q{q}")
    if ctx.dct is None:
        return Resolved()
    if m["relyear"]:
        return Resolved(value=f"{year_shift(m['relyear'], ctx):04d}-Q{q}")
    return Resolved(value=f"{quarter_year(ctx.dct, q, tense_at(ctx, m.start(), m.end())):04d}-Q{q}")


def _latest_quarter(dct: date) -> tuple[int, int]:
    """(year, quarter) of the last quarter completed before the DCT: what results report on."""
    year, month = add_months(dct.year, dct.month, -3)
    return year, (month - 1) // 3 + 1


def _r_quarter_ref(m: Hit, ctx: Context) -> Resolved | None:
    """'the quarter', 'the latest period', 'the year-ago quarter', 'the 1988 third quarter'.

    Anaphoric: the quarter under discussion is the last one mentioned, else the latest completed
    one; 'period' is read as a quarter only with a modifier that makes it one ('latest', 'year-ago',
    '1988') and a quarter in the text. Returns None (not a time expression) otherwise.
    """
    det, mods = norm(m["det"]) or "", norm(m["mods"]) or ""
    unit = m["unit"].lower()
    ref_year, ref_q = (int(ctx.ref_quarter[:4]), ctx.ref_quarter[6:]) if ctx.ref_quarter else (None, None)
    explicit = re.search(r"\d{4}", mods)
    if unit == "period" and ctx.long_period and (explicit or m["ago"] or "year" in mods):
        # 'the 1988 period', 'the year-ago period' after 'the first nine months': a year
        if explicit:
            return Resolved(value=explicit.group(0), anchors=False)
        base = ctx.dct.year if ctx.dct else ctx.ref_year
        return Resolved(value=f"{base - 1:04d}" if base and base > 1 else None, anchors=False)
    if unit == "period" and (not ctx.ref_quarter or not (mods or m["ago"] or det == "that")):
        return None
    latest = _latest_quarter(ctx.dct) if ctx.dct else None
    q: str | None = str(ORDINALS[norm(m["ord"]) or ""]) if m["ord"] else None
    back = "year ago" in mods or "year earlier" in mods or det.startswith("last year") or m["ago"]
    if unit == "quarter" and not (q or mods or m["ago"]) and det in {"the", "that", "this"}:
        ended = _ended_day(m, ctx) if ctx.ref_quarter is None else None
        if ended is not None:
            # 'the quarter ended July 31' names no quarter number: the calendar quarter holding most
            # of its three months, the one of the day some 45 days before its end (May-July: Q2);
            # after a named quarter ('the fiscal first quarter') it is that one, read below
            middle = ended - timedelta(days=45)
            return Resolved(value=f"{middle.year:04d}-Q{quarter_of(middle)}")
        if det == "that" and ctx.last_quarter:
            # 'that quarter': the quarter named last, even one named as background ('the
            # comparable year-ago quarter, the second quarter ended ...')
            return Resolved(value=ctx.last_quarter, anchors=False)
    if explicit:
        year = int(explicit.group(0))
    elif "current" in mods or det == "this":
        if ctx.dct is None:
            return Resolved()
        year, q = ctx.dct.year, q or str((ctx.dct.month - 1) // 3 + 1)
    elif det.startswith(("next year", "this year")):
        if ctx.dct is None:
            return Resolved()
        year = ctx.dct.year + (1 if det.startswith("next") else 0)
    else:
        base = ref_year or (latest[0] if latest else None)
        if base is None:
            return Resolved()
        year = base - 1 if back else base
    if latest and ("latest" in mods or "recent" in mods) and not (back or explicit):
        # the latest period is the one the results are for: the quarter the text reports (its
        # fiscal name, 'fourth-quarter earnings' in October), else the last completed one
        if ctx.ref_quarter and not q and not ctx.ref_quarter.endswith("X"):
            return Resolved(value=ctx.ref_quarter)
        year, q = latest[0], q or str(latest[1])
    if q is None and (named := _APPOSED_QUARTER.match(ctx.text, m.end())):
        q = str(ORDINALS[named["ord"].lower()])  # 'the year-ago quarter, the second quarter ended ...'
    if q is None:
        q = ref_q or (str(latest[1]) if latest and not explicit else "X")
    value = f"{year:04d}-Q{q}" if 1 <= year <= 9999 else None
    return Resolved(value=value, anchors=not (back or explicit))


def _r_quarter_q(m: Hit, ctx: Context) -> Resolved:
    q = int(m["q"])
    year = m["year"] or m["year0"] or (f"20{m['yy']}" if m["yy"] else None)
    if year:
        return Resolved(value=f"{year}-Q{q}")
    if ctx.dct is None:
        return Resolved()
    return Resolved(value=f"{quarter_year(ctx.dct, q, tense_at(ctx, m.start(), m.end())):04d}-Q{q}")


def _r_half(m: Hit, ctx: Context) -> Resolved | None:
    """'the second half of 2024' (also 'the last half', 'the first two quarters of 1990')."""
    ordinal = norm(m["ord"]) or ""
    if m["two"] and ordinal not in {"first", "last"}:
        return None  # 'the second two quarters' is no half
    half = 2 if ordinal == "last" else ORDINALS.get(ordinal, 1)
    year = int(m["year"]) if m["year"] else year_shift(m["relyear"], ctx)
    return Resolved(value=f"{year:04d}-H{half}" if year else None)


def _r_season(m: Hit, ctx: Context) -> Resolved:
    code = load_vocab()["season"][m["season"].lower()]
    mod = mod_of(m)
    if m["year"]:
        return Resolved(value=f"{m['year']}-{code}", mod=mod)
    if ctx.dct is None:
        return Resolved(mod=mod)
    if m["relyear"]:
        return Resolved(value=f"{year_shift(m['relyear'], ctx):04d}-{code}", mod=mod)
    rel = norm(m["rel"])
    rel = None if rel == "the" else rel
    tense = tense_at(ctx, m.start(), m.end())
    if _AHEAD_OF.search(ctx.text, max(0, m.start() - 16), m.start()):
        tense = "future"  # 'to make life unbearable before winter': the coming one
    return Resolved(value=season_value(ctx.dct, code, rel, tense, mod), mod=mod)


def _r_decade(m: Hit, ctx: Context) -> Resolved:
    digits = m["dd"] or ""
    if len(digits) == 3:
        return Resolved(value=digits, mod=mod_of(m))
    digit = m["dec2"] or digits
    century = "20" if m["dec2"] and digit in "012" else "19"
    return Resolved(value=f"{century}{digit}", mod=mod_of(m))


_TODAY_IS = re.compile(r"\b(?:today|it)\s*(?:is|['’]s)\s+$", re.IGNORECASE)


_FOR_BEFORE = re.compile(r"\bfor\s+$", re.IGNORECASE)


def _r_nth_day(m: Hit, ctx: Context) -> Resolved | None:
    """'Today is the fifth day of the port strike', 'It's the third straight day of rain': the DCT;
    'prices fell for a third straight day': the day being told (the day last named, else the
    story's). Elsewhere ('on the second day of talks') the count has no anchor, and is no expression."""
    before = ctx.text[max(0, m.start() - 12) : m.start()]
    if _TODAY_IS.search(before):
        return Resolved(value=ctx.dct.isoformat() if ctx.dct else None)
    if m["run"] and _FOR_BEFORE.search(before):
        day = ctx.near_day(m.start())
        return Resolved(value=day.isoformat() if day else None)
    return None


def _r_ordinal_day(m: Hit, ctx: Context) -> Resolved:
    """'the 31st': a day of the month last named ('In March ... on the 3rd'), else of the DCT's
    month; a day still to come is last month's in a past clause, a day gone next month's in a
    future one ('the 15th of next month' says which)."""
    day = int(m["day"])
    rel = (m["rel"] or "").lower()
    named = month_start(ctx.ref_value) if not rel else None
    anchor = named or (date(ctx.dct.year, ctx.dct.month, 1) if ctx.dct else None)
    if anchor is None:
        return Resolved()
    year, month = anchor.year, anchor.month
    if rel in {"next", "last"}:
        year, month = add_months(year, month, 1 if rel == "next" else -1)
    elif named is None and ctx.dct:
        tense = tense_at(ctx, m.start(), m.end())
        if day > ctx.dct.day and tense != "future":
            year, month = add_months(year, month, -1)
        elif day < ctx.dct.day and tense == "future":
            year, month = add_months(year, month, 1)
    return Resolved(value=iso_day(year, month, day))


def _r_decade_word(m: Hit, ctx: Context) -> Resolved:
    """'the nineties': the latest such decade that has begun by the DCT (by the text's last year
    mentioned without one), or of the century named ('the nineteen-eighties')."""
    digit = int(load_vocab()["decade_word"][m["dword"].lower() + "ties"])
    if m["cent"]:
        century = 19 if m["cent"].lower() == "nineteen" else 18
    else:
        anchor = ctx.dct.year if ctx.dct else ctx.ref_year
        if anchor is None:
            return Resolved(mod=mod_of(m))
        century = anchor // 100 if anchor % 100 >= digit * 10 else anchor // 100 - 1
    return Resolved(value=f"{century:02d}{digit}", mod=mod_of(m))


def _r_pod_of_day(m: Hit, ctx: Context) -> Resolved:
    """'the morning of September 3': that day's part."""
    value = day_value(month_number(m["month"]), int(m["day"]), m["year"], m, ctx)
    if not re.match(r"\d{4}-\d\d-\d\d$", value):
        return Resolved(type="TIME")
    return Resolved(type="TIME", value=f"{value}T{POD[m['pod'].lower()]}")


def _r_week_of_day(m: Hit, ctx: Context) -> Resolved:
    """'the week of March 6': the ISO week holding that day."""
    value = day_value(month_number(m["month"]), int(m["day"]), m["year"], m, ctx)
    try:
        return Resolved(value=iso_week_value(date.fromisoformat(value)))
    except ValueError:
        return Resolved()


def _r_second_day(m: Hit, ctx: Context) -> Resolved | None:
    """'25' in 'April 24 and 25': a day of the month just named."""
    if not 1 <= int(m["day"]) <= 31:
        return None
    return Resolved(value=day_value(month_number(m["month"]), int(m["day"]), m["year"], m, ctx))


def _r_century(m: Hit, ctx: Context) -> Resolved:
    ord_ = norm(m["ord"]) or ""
    words = {"eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty first": 21}
    n = words.get(ord_) or int(re.sub(r"\D", "", ord_) or 0)
    return Resolved(value=f"{n - 1:02d}" if n else None)


def _r_year(m: Hit, ctx: Context) -> Resolved:
    return Resolved(value=m["year"], mod=mod_of(m))


def _r_week_of_month(m: Hit, ctx: Context) -> Resolved:
    """'the last week of March': the ISO week holding that month's first/last Thursday."""
    month = month_number(m["month"])
    year = int(m["year"]) if m["year"] else (month_year(ctx.dct, month, None, None) if ctx.dct else None)
    if year is None:
        return Resolved()
    ord_ = (m["ord"] or "").lower()
    if ord_ in {"last", "final"}:
        day = month_end(year, month)
        day -= timedelta(days=(day.isoweekday() - 4) % 7)
    else:
        day = date(year, month, 1)
        day += timedelta(days=(4 - day.isoweekday()) % 7 + 7 * (ORDINALS.get(ord_, 1) - 1))
    return Resolved(value=iso_week_value(day))


def _easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _holiday_date(rule: str, year: int) -> date:
    """A holiday's date in a year from its vocabulary rule.

    'MM-DD' is fixed; 'M/W/N' is the N-th ISO weekday W of month M (N = -1: the last), '+D'
    adding days ('11/1/1+1': the Tuesday after the first Monday of November); 'easter+D'.
    """
    if rule.startswith("easter"):
        return _easter(year) + timedelta(days=int(rule[6:] or 0))
    if "/" not in rule:
        month, day = (int(x) for x in rule.split("-"))
        return date(year, month, day)
    base, _, extra = rule.partition("+")
    month, weekday, nth = (int(x) for x in base.split("/"))
    if nth < 0:
        day = month_end(year, month)
        day -= timedelta(days=(day.isoweekday() - weekday) % 7)
    else:
        day = date(year, month, 1)
        day += timedelta(days=(weekday - day.isoweekday()) % 7 + 7 * (nth - 1))
    return day + timedelta(days=int(extra or 0))


def _r_holiday(m: Hit, ctx: Context) -> Resolved:
    """'Christmas', 'Easter 2024'; 'Easter week' is the ISO week holding the day."""
    day = _r_holiday_day(m, ctx)
    if m["week"] and day.value and re.match(r"\d{4}-\d\d-\d\d$", day.value):
        return Resolved(value=iso_week_value(date.fromisoformat(day.value)))
    return day


def _r_holiday_day(m: Hit, ctx: Context) -> Resolved:
    table = {k.lower(): v for k, v in load_vocab()["holiday"].items()}
    rule = table[norm(m["hol"]) or ""]
    if m["year"]:
        return Resolved(value=_holiday_date(rule, int(m["year"])).isoformat())
    if ctx.dct is None:
        fixed = "/" not in rule and not rule.startswith("easter")
        return Resolved(value=day_value(*(int(x) for x in rule.split("-")), None, m, ctx) if fixed else None)
    typical = _holiday_date(rule, ctx.dct.year)  # the year comes from the DCT and the tense
    year = month_day_year(ctx.dct, typical.month, typical.day, tense_at(ctx, m.start(), m.end()))
    return Resolved(value=_holiday_date(rule, year).isoformat())


_SPELLED = {
    w: n for n, w in enumerate(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"], 1)
}
_SPELLED |= {w: 10 * n for n, w in enumerate(["twenty", "thirty", "forty", "fifty", "sixty", "seventy"], 2)}
_SPELLED |= {"eighty": 80, "ninety": 90, "hundred": 0, "ten": 10, "eleven": 11, "twelve": 12}
_SPELLED |= {"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17}
_SPELLED |= {"eighteen": 18, "nineteen": 19}


def _r_spelled_year(m: Hit, ctx: Context) -> Resolved:
    """'nineteen ninety-six' (1996), 'the year two thousand' (2000), as broadcast transcripts write."""
    if m["thousand"]:
        year = 2000 + _SPELLED.get((m["ones2"] or "").lower(), 0)
    else:
        century = (m["century"] or m["century2"]).lower()
        rest = (m["teen"] or "").lower() or (m["tens"] or "").lower()
        year = _SPELLED[century] * 100 + _SPELLED[rest] + _SPELLED.get((m["ones"] or "").lower(), 0)
    if m["month"]:
        return Resolved(value=f"{year:04d}-{month_number(m['month']):02d}")
    if m["season"]:
        return Resolved(value=f"{year:04d}-{load_vocab()['season'][m['season'].lower()]}")
    return Resolved(value=f"{year:04d}")


ABSOLUTE_RESOLVERS = {
    "iso_date": _r_iso,
    "slash_date": _r_slash,
    "month_day": _r_day,
    "day_month": _r_day,
    "week_of_month": _r_week_of_month,
    "month": _r_month,
    "quarter": _r_quarter,
    "month_span_quarter": _r_month_span_quarter,
    "quarter_q": _r_quarter_q,
    "quarter_ref": _r_quarter_ref,
    "half": _r_half,
    "decade_word": _r_decade_word,
    "ordinal_day": _r_ordinal_day,
    "nth_day": _r_nth_day,
    "week_of_day": _r_week_of_day,
    "pod_of_day": _r_pod_of_day,
    "second_day": _r_second_day,
    "season": _r_season,
    "decade": _r_decade,
    "century": _r_century,
    "year": _r_year,
    "holiday": _r_holiday,
    "spelled_year": _r_spelled_year,
}
