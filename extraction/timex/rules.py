"""Turning a recognised match into a TIMEX3 type, value and mod, anchored on the context.

One resolver per rule in `patterns.py`. A resolver returns None for the value when the expression
is relative and there is nothing to anchor it on (no DCT): such expressions are kept, unresolved.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from extraction.timex.calendar import add_months, iso_week_value, month_end
from extraction.timex.guards import is_rate
from extraction.timex.hit import Hit
from extraction.timex.resolve import (
    Context,
    month_day_year,
    month_year,
    quarter_year,
    season_value,
    tense_at,
    week_value,
    weekday_date,
)
from extraction.timex.vocab import load_vocab

__all__ = ["Resolved", "resolve_match"]


@dataclass(frozen=True)
class Resolved:
    """A match's normalisation."""

    type: str = "DATE"
    value: str | None = None
    mod: str | None = None


_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3}
_ORDINALS |= {"4th": 4, "final": 4, "latter": 2}
_SHIFT = {"last": -1, "past": -1, "this past": -1, "previous": -1, "preceding": -1}
_SHIFT |= {"next": 1, "coming": 1, "this coming": 1, "following": 1}
_UNIT_CODE = {"second": "S", "minute": "M", "hour": "H", "day": "D", "night": "D", "week": "W"}
_UNIT_CODE |= {"fortnight": "W", "month": "M", "year": "Y", "decade": "Y", "century": "Y"}
_UNIT_FACTOR = {"fortnight": 2, "decade": 10, "century": 100}
_POD = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI"}
_SPACE = re.compile(r"[\s-]+")


def _norm(word: str | None) -> str | None:
    return _SPACE.sub(" ", word.lower()).strip() if word else None


def _mod(m: Hit) -> str | None:
    words = _norm(m["mod"])
    if not words:
        return None
    if any(w in words for w in ("beginning", "start", "early", "dawn")):
        return "START"
    if any(w in words for w in ("end", "late", "close")):
        return "END"
    return "MID" if "mid" in words else None


def _unit(word: str) -> str:
    word = word.lower()
    if word == "centuries":
        return "century"
    return word[:-1] if word.endswith("s") else word


def parse_number(words: str | None) -> float | None:
    """'two and a half' -> 2.5, 'twenty-five' -> 25, '18' -> 18; None when not a number."""
    if not words:
        return None
    table = load_vocab()["number"]
    text = _norm(words) or ""
    half = text.endswith(" and a half")
    text = text.removesuffix(" and a half")
    try:
        value = float(text)
    except ValueError:
        value = 0.0
        for key in sorted(table, key=len, reverse=True):
            if text == key:
                value = float(table[key])
                break
        else:
            parts = text.split()
            if len(parts) > 1 and parts[0] in {"a", "an"}:
                parts = parts[1:]
            if not parts or any(p not in table for p in parts):
                return None
            value = float(sum(table[p] for p in parts))
    return value + 0.5 if half else value


def _fmt(n: float) -> str:
    return str(int(n)) if n == int(n) else str(n)


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _month_number(word: str) -> int:
    vocab = load_vocab()
    word = word.rstrip(".")
    for table in ("month", "month_abbr"):
        for key, value in vocab[table].items():
            if key.lower() == word.lower():
                return int(value)
    raise KeyError(word)


def _r_iso(m: Hit, ctx: Context) -> Resolved:
    return Resolved(value=_iso(int(m["year"]), int(m["mon"]), int(m["day"])))


def _r_slash(m: Hit, ctx: Context) -> Resolved:
    a, b, year = int(m["a"]), int(m["b"]), int(m["year"])
    if year < 100:
        year += 2000 if year <= (ctx.dct.year % 100 if ctx.dct else 30) + 1 else 1900
    month, day = (a, b) if a <= 12 else (b, a)
    return Resolved(value=_iso(year, month, day))


def _day_value(month: int, day: int, year_text: str | None, m: Hit, ctx: Context) -> str:
    if year_text:
        return _iso(int(year_text), month, day) or f"{year_text}-{month:02d}-{day:02d}"
    if ctx.dct:
        year = month_day_year(ctx.dct, month, day, tense_at(ctx, m.start(), m.end()))
        return _iso(year, month, day) or f"{year}-{month:02d}-{day:02d}"
    if ctx.ref_year:
        return f"{ctx.ref_year}-{month:02d}-{day:02d}"
    return f"XXXX-{month:02d}-{day:02d}"


def _r_day(m: Hit, ctx: Context) -> Resolved:
    return Resolved(value=_day_value(_month_number(m["month"]), int(m["day"]), m["year"], m, ctx))


def _year_shift(relyear: str | None, ctx: Context) -> int | None:
    if relyear is None or ctx.dct is None:
        return None
    return ctx.dct.year + {"last": -1, "next": 1}.get(relyear.lower(), 0)


def _r_month(m: Hit, ctx: Context) -> Resolved:
    month = _month_number(m["month"])
    mod = _mod(m)
    if m["year"]:
        return Resolved(value=f"{m['year']}-{month:02d}", mod=mod)
    if m["relyear"]:
        year = _year_shift(m["relyear"], ctx)
        return Resolved(value=f"{year}-{month:02d}" if year else None, mod=mod)
    rel = _norm(m["rel"])
    if ctx.dct:
        year = month_year(ctx.dct, month, rel, tense_at(ctx, m.start(), m.end()))
        return Resolved(value=f"{year}-{month:02d}", mod=mod)
    if rel:
        return Resolved(mod=mod)
    year_part = str(ctx.ref_year) if ctx.ref_year else "XXXX"
    return Resolved(value=f"{year_part}-{month:02d}", mod=mod)


def _r_quarter(m: Hit, ctx: Context) -> Resolved:
    ord_ = _norm(m["ord"]) or ""
    explicit = m["year"] or m["relyear"]
    q = _ORDINALS.get(ord_)
    if ord_ == "last" and explicit:
        q = 4
    if m["year"]:
        return Resolved(value=f"{m['year']}-Q{q}" if q else None)
    if ctx.dct is None:
        return Resolved()
    if m["relyear"]:
        year = _year_shift(m["relyear"], ctx)
        return Resolved(value=f"{year}-Q{q}" if q else None)
    if q is None:
        shift = _SHIFT.get(ord_, 0) if ord_ not in {"same"} else None
        if shift is None:
            return Resolved()
        year, month = add_months(ctx.dct.year, ctx.dct.month, 3 * shift)
        return Resolved(value=f"{year}-Q{(month - 1) // 3 + 1}")
    year = quarter_year(ctx.dct, q, tense_at(ctx, m.start(), m.end()))
    return Resolved(value=f"{year}-Q{q}")


def _r_quarter_q(m: Hit, ctx: Context) -> Resolved:
    q = int(m["q"])
    year = m["year"] or m["year0"] or (f"20{m['yy']}" if m["yy"] else None)
    if year:
        return Resolved(value=f"{year}-Q{q}")
    if ctx.dct is None:
        return Resolved()
    return Resolved(value=f"{quarter_year(ctx.dct, q, tense_at(ctx, m.start(), m.end()))}-Q{q}")


def _r_half(m: Hit, ctx: Context) -> Resolved:
    half = _ORDINALS.get(_norm(m["ord"]) or "", 1)
    year = m["year"] or _year_shift(m["relyear"], ctx)
    return Resolved(value=f"{year}-H{half}" if year else None)


def _r_season(m: Hit, ctx: Context) -> Resolved:
    code = load_vocab()["season"][m["season"].lower()]
    mod = _mod(m)
    if m["year"]:
        return Resolved(value=f"{m['year']}-{code}", mod=mod)
    if ctx.dct is None:
        return Resolved(mod=mod)
    if m["relyear"]:
        return Resolved(value=f"{_year_shift(m['relyear'], ctx)}-{code}", mod=mod)
    rel = _norm(m["rel"])
    rel = None if rel == "the" else rel
    tense = tense_at(ctx, m.start(), m.end())
    return Resolved(value=season_value(ctx.dct, code, rel, tense), mod=mod)


def _r_decade(m: Hit, ctx: Context) -> Resolved:
    digits = m["dd"] or ""
    if len(digits) == 3:
        return Resolved(value=digits, mod=_mod(m))
    digit = m["dec2"] or digits
    century = "20" if m["dec2"] and digit in "012" else "19"
    return Resolved(value=f"{century}{digit}", mod=_mod(m))


def _r_century(m: Hit, ctx: Context) -> Resolved:
    ord_ = _norm(m["ord"]) or ""
    words = {"eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty first": 21}
    n = words.get(ord_) or int(re.sub(r"\D", "", ord_) or 0)
    return Resolved(value=f"{n - 1:02d}" if n else None)


def _r_year(m: Hit, ctx: Context) -> Resolved:
    return Resolved(value=m["year"], mod=_mod(m))


def _unit_value(unit: str, day: date) -> str:
    if unit == "week":
        return iso_week_value(day)
    if unit == "weekend":
        return iso_week_value(day) + "-WE"
    if unit == "month":
        return f"{day.year}-{day.month:02d}"
    if unit == "decade":
        return str(day.year)[:3]
    if unit == "century":
        return str(day.year)[:2]
    return str(day.year)


def _shift_day(day: date, unit: str, n: int) -> date:
    if unit in {"week", "weekend"}:
        return day + timedelta(weeks=n)
    if unit == "month":
        year, month = add_months(day.year, day.month, n)
        return date(year, month, 1)
    years = {"decade": 10, "century": 100}.get(unit, 1) * n
    return date(day.year + years, 1, 1)


def _r_rel_unit(m: Hit, ctx: Context) -> Resolved | None:
    rel = _norm(m["rel"]) or ""
    unit = m["unit"].lower()
    mod = _mod(m)
    if rel == "the" and not mod:
        return None
    if rel in {"the past"} and not mod:
        return Resolved(type="DURATION", value="P1" + _UNIT_CODE.get(unit, "W"))
    anaphoric = rel in {
        "the previous",
        "the preceding",
        "the following",
        "the same",
        "the entire",
        "the whole",
        "the full",
    }
    if anaphoric and unit == "year" and ctx.ref_year:
        return Resolved(value=str(ctx.ref_year + _SHIFT.get(rel.removeprefix("the "), 0)), mod=mod)
    anchor = ctx.ref_day if anaphoric and ctx.ref_day else ctx.dct
    if anchor is None:
        return Resolved(mod=mod)
    shift = _SHIFT.get(rel.removeprefix("the ").strip(), 0)
    if rel == "the last":
        shift = -1
    if rel == "the next" or rel == "the coming":
        shift = 1
    return Resolved(value=_unit_value(unit, _shift_day(anchor, unit, shift)), mod=mod)


def _r_unit_rel(m: Hit, ctx: Context) -> Resolved:
    unit, rel = m["unit"].lower(), m["rel"].lower()
    if ctx.ref_day is None:
        return Resolved()
    n = 1 if rel in {"after", "later"} else -1
    if unit == "year" and ctx.ref_year:
        return Resolved(value=str(ctx.ref_year + n))
    if unit == "day":
        return Resolved(value=(ctx.ref_day + timedelta(days=n)).isoformat())
    return Resolved(value=_unit_value(unit, _shift_day(ctx.ref_day, unit, n)))


def _r_deictic(m: Hit, ctx: Context) -> Resolved:
    word = (m["word"] or "").lower()
    pod = (m["pod"] or ("tonight" if word == "tonight" else "")).lower()
    offset = int(load_vocab()["deictic_day"].get(word, 0))
    if (m["this"] or "").lower() == "last":
        offset = -1 if pod in {"night", "evening"} else 0
    if ctx.dct is None:
        return Resolved(type="TIME" if pod else "DATE")
    day = (ctx.dct + timedelta(days=offset)).isoformat()
    if pod:
        return Resolved(type="TIME", value=f"{day}T{_POD[pod]}")
    return Resolved(value=day)


def _r_day_around(m: Hit, ctx: Context) -> Resolved:
    if ctx.dct is None:
        return Resolved()
    offset = -2 if m["word"].lower() == "yesterday" else 2
    return Resolved(value=(ctx.dct + timedelta(days=offset)).isoformat())


def _r_ago(m: Hit, ctx: Context) -> Resolved:
    unit = _unit(m["unit"])
    direction = _norm(m["dir"]) or ""
    n = parse_number(m["num"])
    if n is None or n != int(n):
        return Resolved(value="PAST_REF" if direction == "ago" else None)
    sign = -1 if direction in {"ago", "earlier"} else 1
    anchor = ctx.dct if direction in {"ago", "from now", "hence"} else ctx.ref_day
    if anchor is None:
        return Resolved()
    steps = int(n) * sign * _UNIT_FACTOR.get(unit, 1)
    if unit in {"day", "night", "hour", "minute", "second"}:
        return Resolved(value=(anchor + timedelta(days=steps if unit in {"day", "night"} else 0)).isoformat())
    base = {"fortnight": "week", "decade": "year", "century": "year"}.get(unit, unit)
    value = _unit_value(base, _shift_day(anchor, base, steps))
    return Resolved(value=value[:3] if unit == "decade" else value)


def _duration_value(n: float | None, unit: str) -> str:
    code = _UNIT_CODE.get(unit, "D")
    prefix = "PT" if unit in {"hour", "minute", "second"} else "P"
    if n is None:
        return f"{prefix}X{'DE' if unit == 'decade' else code}"
    return f"{prefix}{_fmt(n * _UNIT_FACTOR.get(unit, 1))}{code}"


def _r_duration(m: Hit, ctx: Context) -> Resolved:
    if is_rate(m, ctx.text):
        return Resolved(type="SET", value=_duration_value(1, _unit(m["unit"])))
    n = None if m["vague"] else parse_number(m["num"])
    return Resolved(type="DURATION", value=_duration_value(n, _unit(m["unit"])))


def _r_bare_duration(m: Hit, ctx: Context) -> Resolved:
    unit = _unit(m["unit"] or m["unit2"])
    return Resolved(type="DURATION", value=_duration_value(None, unit))


def _r_set(m: Hit, ctx: Context) -> Resolved:
    adverbs = {"annual": "P1Y", "annually": "P1Y", "yearly": "P1Y", "daily": "P1D", "nightly": "P1D"}
    adverbs |= {"weekly": "P1W", "monthly": "P1M", "hourly": "PT1H", "biannual": "P6M"}
    if m["adv"]:
        return Resolved(type="SET", value=adverbs.get(m["adv"].lower(), "P2Y"))
    unit = (m["unit"] or m["unit2"] or "").lower()
    n = 2 if (m["other"] or "").lower() == "other" else 1
    unit = {"morning": "day", "evening": "day", "weekend": "week"}.get(unit, unit)
    unit = "year" if unit in {"summer", "winter", "spring", "autumn"} else unit
    return Resolved(type="SET", value=_duration_value(n, unit))


def _r_weekday(m: Hit, ctx: Context) -> Resolved:
    wd = int(load_vocab()["weekday"][m["wd"].capitalize()])
    pod = (m["pod"] or "").lower()
    if m["plural"]:
        return Resolved(type="SET", value=f"XXXX-WXX-{wd}")
    if ctx.dct is None:
        return Resolved(type="TIME" if pod else "DATE")
    day = weekday_date(ctx.dct, wd, _norm(m["rel"]), tense_at(ctx, m.start(), m.end()))
    if pod:
        return Resolved(type="TIME", value=f"{day.isoformat()}T{_POD[pod]}")
    return Resolved(value=day.isoformat())


def _r_weekend(m: Hit, ctx: Context) -> Resolved:
    rel = _norm(m["rel"]) or ""
    anchor = ctx.ref_day if rel == "that" else ctx.dct
    if anchor is None:
        return Resolved()
    return Resolved(value=week_value(anchor, _SHIFT.get(rel, 0)) + "-WE")


def _r_holiday(m: Hit, ctx: Context) -> Resolved:
    table = {k.lower(): v for k, v in load_vocab()["holiday"].items()}
    month, day = (int(x) for x in table[_norm(m["hol"]) or ""].split("-"))
    return Resolved(value=_day_value(month, day, m["year"], m, ctx))


def _r_anaphor_day(m: Hit, ctx: Context) -> Resolved:
    return Resolved(value=ctx.ref_day.isoformat() if ctx.ref_day else None)


def _r_time(m: Hit, ctx: Context) -> Resolved:
    if m["word"]:
        hour, minute = (0, 0) if m["word"].lower() == "midnight" else (12, 0)
    else:
        hour = int(m["h"] or m["h2"] or m["h3"])
        minute = int(m["mi"] or m["mi2"] or m["mi3"] or 0)
        ampm = (m["ampm"] or "").lower()
        if ampm.startswith("p") and hour < 12:
            hour += 12
        elif ampm.startswith("a") and hour == 12:
            hour = 0
    day: date | None = ctx.ref_day
    tday = (m["tday"] or "").lower()
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
    zone = "Z" if m["tz"] else ""
    return Resolved(type="TIME", value=f"{day.isoformat()}T{hour:02d}:{minute:02d}{zone}")


def _r_ref(m: Hit, ctx: Context) -> Resolved:
    vocab = load_vocab()
    word = " ".join(m["ref"].lower().split())
    for table in ("ref_present", "ref_past", "ref_future"):
        if word in vocab[table]:
            return Resolved(value=vocab[table][word])
    return Resolved()


def _r_recent_units(m: Hit, ctx: Context) -> Resolved:
    return Resolved(value="PAST_REF")


def _r_week_of_month(m: Hit, ctx: Context) -> Resolved:
    """'the last week of March': the ISO week holding that month's first/last Thursday."""
    month = _month_number(m["month"])
    year = int(m["year"]) if m["year"] else (month_year(ctx.dct, month, None, None) if ctx.dct else None)
    if year is None:
        return Resolved()
    ord_ = (m["ord"] or "").lower()
    if ord_ in {"last", "final"}:
        day = month_end(year, month)
        day -= timedelta(days=(day.isoweekday() - 4) % 7)
    else:
        day = date(year, month, 1)
        day += timedelta(days=(4 - day.isoweekday()) % 7 + 7 * (_ORDINALS.get(ord_, 1) - 1))
    return Resolved(value=iso_week_value(day))


def _r_same_period(m: Hit, ctx: Context) -> Resolved:
    """'the same period last year': the last mentioned period, a year back."""
    ref = ctx.ref_value
    if not ref or not ref[:4].isdigit():
        return Resolved()
    return Resolved(value=f"{int(ref[:4]) - 1}{ref[4:]}")


_RESOLVERS: dict[str, Callable[[Hit, Context], Resolved | None]] = {
    "iso_date": _r_iso,
    "week_of_month": _r_week_of_month,
    "same_period": _r_same_period,
    "deictic_pod": _r_deictic,
    "slash_date": _r_slash,
    "month_day": _r_day,
    "day_month": _r_day,
    "month": _r_month,
    "quarter": _r_quarter,
    "quarter_q": _r_quarter_q,
    "half": _r_half,
    "season": _r_season,
    "decade": _r_decade,
    "century": _r_century,
    "year": _r_year,
    "rel_unit": _r_rel_unit,
    "unit_rel": _r_unit_rel,
    "deictic": _r_deictic,
    "day_around": _r_day_around,
    "ago": _r_ago,
    "duration": _r_duration,
    "bare_duration": _r_bare_duration,
    "recent_units": _r_recent_units,
    "set": _r_set,
    "weekday": _r_weekday,
    "weekend": _r_weekend,
    "holiday": _r_holiday,
    "anaphor_day": _r_anaphor_day,
    "time": _r_time,
    "ref": _r_ref,
}


def resolve_match(name: str, m: Hit, ctx: Context) -> Resolved | None:
    """The normalisation of a rule's match; None drops the match (not a time expression)."""
    return _RESOLVERS[name](m, ctx)
