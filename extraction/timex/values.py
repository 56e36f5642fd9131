"""Shared pieces of normalisation: the Resolved record, number words, units, calendar helpers.

Resolvers in `absolute.py`, `relative.py` and `rules.py` build on these.
"""

import re
from dataclasses import dataclass
from datetime import date, timedelta

from chronicle.extraction.timex.calendar import add_months, iso_week_value
from chronicle.extraction.timex.hit import Hit
from chronicle.extraction.timex.resolve import Context, month_day_year, past_verb_before, tense_at
from chronicle.extraction.timex.vocab import load_vocab

__all__ = [
    "ORDINALS",
    "POD",
    "SHIFT",
    "UNIT_CODE",
    "UNIT_FACTOR",
    "Resolved",
    "day_value",
    "duration_value",
    "fmt_number",
    "iso_day",
    "mod_of",
    "month_number",
    "norm",
    "parse_number",
    "shift_day",
    "shift_years",
    "unit_of",
    "unit_value",
    "year_shift",
]


@dataclass(frozen=True)
class Resolved:
    """A match's normalisation."""

    type: str = "DATE"
    value: str | None = None
    mod: str | None = None
    anchors: bool = True  # False: a value derived from the reference time does not move it


ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3}
ORDINALS |= {"4th": 4, "final": 4, "latter": 2}
SHIFT = {"last": -1, "past": -1, "this past": -1, "previous": -1, "preceding": -1}
SHIFT |= {"next": 1, "coming": 1, "this coming": 1, "following": 1}
UNIT_CODE = {"second": "S", "minute": "M", "hour": "H", "day": "D", "night": "D", "week": "W"}
UNIT_CODE |= {"fortnight": "W", "month": "M", "quarter": "Q", "year": "Y", "decade": "Y", "century": "Y"}
UNIT_FACTOR = {"fortnight": 2, "decade": 10, "century": 100}
POD = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI"}
_SPACE = re.compile(r"[\s-]+")


def norm(word: str | None) -> str | None:
    return _SPACE.sub(" ", word.lower()).strip() if word else None


def mod_of(m: Hit) -> str | None:
    words = norm(m["mod"])
    if not words:
        return None
    if any(w in words for w in ("beginning", "start", "early", "dawn")):
        return "START"
    if any(w in words for w in ("end", "late", "close")):
        return "END"
    return "MID" if "mid" in words else None


def unit_of(word: str) -> str:
    word = word.lower()
    if word == "centuries":
        return "century"
    return word[:-1] if word.endswith("s") else word


def parse_number(words: str | None) -> float | None:
    """'two and a half' -> 2.5, 'twenty-five' -> 25, '18' -> 18; None when not a number."""
    if not words:
        return None
    table = load_vocab()["number"]
    text = (norm(words) or "").replace(",", "")
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


def fmt_number(n: float) -> str:
    return str(int(n)) if n == int(n) else str(n)


def iso_day(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def month_number(word: str) -> int:
    vocab = load_vocab()
    word = word.rstrip(".")
    for table in ("month", "month_abbr"):
        for key, value in vocab[table].items():
            if key.lower() == word.lower():
                return int(value)
    raise KeyError(word)


def day_value(month: int, day: int, year_text: str | None, m: Hit, ctx: Context) -> str:
    if year_text:
        return iso_day(int(year_text), month, day) or f"{year_text}-{month:02d}-{day:02d}"
    if ctx.dct:
        tense = tense_at(ctx, m.start(), m.end())
        year = month_day_year(ctx.dct, month, day, tense, past_verb_before(ctx, m.start()))
        return iso_day(year, month, day) or f"{year:04d}-{month:02d}-{day:02d}"
    if ctx.ref_year:
        return f"{ctx.ref_year:04d}-{month:02d}-{day:02d}"
    return f"XXXX-{month:02d}-{day:02d}"


def year_shift(relyear: str | None, ctx: Context) -> int | None:
    if relyear is None or ctx.dct is None:
        return None
    return ctx.dct.year + {"last": -1, "next": 1}.get(relyear.lower(), 0)


def unit_value(unit: str, day: date) -> str:
    if unit == "week":
        return iso_week_value(day)
    if unit == "weekend":
        return iso_week_value(day) + "-WE"
    if unit == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if unit == "decade":
        return f"{day.year:04d}"[:3]
    if unit == "century":
        return f"{day.year:04d}"[:2]
    return f"{day.year:04d}"


def shift_day(day: date, unit: str, n: int) -> date:
    if unit in {"week", "weekend"}:
        return day + timedelta(weeks=n)
    if unit == "month":
        year, month = add_months(day.year, day.month, n)
        return date(year, month, 1)
    years = {"decade": 10, "century": 100}.get(unit, 1) * n
    return date(day.year + years, 1, 1)


_GRANULAR = re.compile(r"^(\d{4})(-(?:Q[1-4X]|H[12]|\d\d(?:-\d\d)?|W\d\d|SP|SU|FA|WI))?$")


def shift_years(value: str | None, years: int) -> str | None:
    """The same calendar unit `years` later (earlier when negative): '1989-Q3', -1 -> '1988-Q3'.

    The granularity is kept, as TimeML reads "a year earlier" after a quarter or a day; None when
    the value has no year to shift or the result leaves the calendar.
    """
    m = _GRANULAR.match(value or "")
    if m is None:
        return None
    year = int(m[1]) + years
    if not 1 <= year <= 9999:
        return None
    rest = m[2] or ""
    if rest == "-02-29" and iso_day(year, 2, 29) is None:
        rest = "-02-28"
    return f"{year:04d}{rest}"


def duration_value(n: float | None, unit: str) -> str:
    code = UNIT_CODE.get(unit, "D")
    prefix = "PT" if unit in {"hour", "minute", "second"} else "P"
    if n is None:
        return f"{prefix}X{'DE' if unit == 'decade' else code}"
    return f"{prefix}{fmt_number(n * UNIT_FACTOR.get(unit, 1))}{code}"
