"""Resolvers for calendar expressions: explicit dates, months, quarters, seasons, years, decades.

Each takes a rule match and the context and returns a Resolved; a bare month or day takes its year
from the DCT (news reading), or without one from the last year mentioned, else stays 'XXXX'.
"""

import re
from datetime import date, timedelta

from chronicle.extraction.timex.calendar import add_months, iso_week_value, month_end
from chronicle.extraction.timex.hit import Hit
from chronicle.extraction.timex.resolve import Context, month_year, quarter_year, season_value, tense_at
from chronicle.extraction.timex.values import (
    ORDINALS,
    SHIFT,
    Resolved,
    day_value,
    iso_day,
    mod_of,
    month_number,
    norm,
    year_shift,
)
from chronicle.extraction.timex.vocab import load_vocab

__all__ = ["ABSOLUTE_RESOLVERS"]


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
        year = month_year(ctx.dct, month, rel, tense_at(ctx, m.start(), m.end()))
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
    if q is None:
        shift = SHIFT.get(ord_, 0) if ord_ not in {"same"} else None
        if shift is None:
            return Resolved()
        year, month = add_months(ctx.dct.year, ctx.dct.month, 3 * shift)
        return Resolved(value=f"{year:04d}-Q{(month - 1) // 3 + 1}")
    year = quarter_year(ctx.dct, q, tense_at(ctx, m.start(), m.end()))
    return Resolved(value=f"{year:04d}-Q{q}")


def _r_quarter_q(m: Hit, ctx: Context) -> Resolved:
    q = int(m["q"])
    year = m["year"] or m["year0"] or (f"20{m['yy']}" if m["yy"] else None)
    if year:
        return Resolved(value=f"{year}-Q{q}")
    if ctx.dct is None:
        return Resolved()
    return Resolved(value=f"{quarter_year(ctx.dct, q, tense_at(ctx, m.start(), m.end())):04d}-Q{q}")


def _r_half(m: Hit, ctx: Context) -> Resolved:
    half = ORDINALS.get(norm(m["ord"]) or "", 1)
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
    return Resolved(value=season_value(ctx.dct, code, rel, tense), mod=mod)


def _r_decade(m: Hit, ctx: Context) -> Resolved:
    digits = m["dd"] or ""
    if len(digits) == 3:
        return Resolved(value=digits, mod=mod_of(m))
    digit = m["dec2"] or digits
    century = "20" if m["dec2"] and digit in "012" else "19"
    return Resolved(value=f"{century}{digit}", mod=mod_of(m))


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


def _r_holiday(m: Hit, ctx: Context) -> Resolved:
    table = {k.lower(): v for k, v in load_vocab()["holiday"].items()}
    month, day = (int(x) for x in table[norm(m["hol"]) or ""].split("-"))
    return Resolved(value=day_value(month, day, m["year"], m, ctx))


ABSOLUTE_RESOLVERS = {
    "iso_date": _r_iso,
    "slash_date": _r_slash,
    "month_day": _r_day,
    "day_month": _r_day,
    "week_of_month": _r_week_of_month,
    "month": _r_month,
    "quarter": _r_quarter,
    "quarter_q": _r_quarter_q,
    "half": _r_half,
    "season": _r_season,
    "decade": _r_decade,
    "century": _r_century,
    "year": _r_year,
    "holiday": _r_holiday,
}
