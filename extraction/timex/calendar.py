"""Calendar arithmetic for TIMEX3 values: the date interval and precision a value stands for.

A value names a calendar unit (day, ISO week, month, season, quarter, half, year, decade, century);
the graph stores it as `[valid_from, valid_to]` plus a precision, and `mod` START/MID/END narrows the
interval to the first/middle/last third of the unit.
"""

import re
from datetime import date, timedelta

from chronicle.extraction.models import Precision

__all__ = [
    "SEASON_MONTHS",
    "add_months",
    "interval",
    "iso_week_value",
    "month_end",
    "narrow",
    "quarter_of",
    "season_of",
]

# Meteorological seasons. YYYY-WI is the winter that starts in December of YYYY.
SEASON_MONTHS: dict[str, tuple[int, int]] = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(-WE)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_YEAR = re.compile(r"^(\d{4})$")
_DECADE = re.compile(r"^(\d{3})$")
_CENTURY = re.compile(r"^(\d{2})$")


def month_end(year: int, month: int) -> date:
    """Last day of a month."""
    first_next = date(year + month // 12, month % 12 + 1, 1)
    return first_next - timedelta(days=1)


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    """(year, month) shifted by `delta` months."""
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def iso_week_value(day: date) -> str:
    """'2025-W26' for any day of that ISO week."""
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def quarter_of(day: date) -> int:
    """Calendar quarter 1..4 of a day."""
    return (day.month - 1) // 3 + 1


def season_of(day: date) -> tuple[int, str]:
    """(value year, season code) of the season a day falls in; January belongs to last year's WI."""
    if day.month == 12:
        return day.year, "WI"
    if day.month <= 2:
        return day.year - 1, "WI"
    for code, (first, last) in SEASON_MONTHS.items():
        if first <= day.month <= last:
            return day.year, code
    raise AssertionError(day)  # pragma: no cover - every month is in a season


def _months_span(year: int, first: int, last: int) -> tuple[date, date]:
    end_year, end_month = add_months(year, first, last - first)
    return date(year, first, 1), month_end(end_year, end_month)


def _base_interval(value: str) -> tuple[date, date, Precision] | None:
    if m := _DAY.match(value):
        day = date(int(m[1]), int(m[2]), int(m[3]))
        return day, day, "day"
    if m := _WEEK.match(value):
        monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        if m[3]:
            return monday + timedelta(days=5), monday + timedelta(days=6), "week"
        return monday, monday + timedelta(days=6), "week"
    if m := _MONTH.match(value):
        year, month = int(m[1]), int(m[2])
        return date(year, month, 1), month_end(year, month), "month"
    if m := _SEASON.match(value):
        first, last = SEASON_MONTHS[m[2]]
        return (*_months_span(int(m[1]), first, last), "season")
    if m := _QUARTER.match(value):
        first = 3 * int(m[2]) - 2
        return (*_months_span(int(m[1]), first, first + 2), "quarter")
    if m := _HALF.match(value):
        first = 6 * int(m[2]) - 5
        return (*_months_span(int(m[1]), first, first + 5), "half")
    if m := _YEAR.match(value):
        year = int(m[1])
        return date(year, 1, 1), date(year, 12, 31), "year"
    if m := _DECADE.match(value):
        year = int(m[1]) * 10
        return date(max(year, 1), 1, 1), date(year + 9, 12, 31), "decade"
    if m := _CENTURY.match(value):
        year = int(m[1]) * 100
        return date(max(year, 1), 1, 1), date(year + 99, 12, 31), "century"
    return None


def narrow(start: date, end: date, mod: str | None) -> tuple[date, date]:
    """First, middle or last third of an interval for mod START, MID, END; unchanged otherwise."""
    if mod not in {"START", "MID", "END"}:
        return start, end
    days = (end - start).days + 1
    third = max(1, round(days / 3))
    if mod == "START":
        return start, start + timedelta(days=third - 1)
    if mod == "END":
        return end - timedelta(days=third - 1), end
    return start + timedelta(days=third), end - timedelta(days=third)


def interval(value: str | None, mod: str | None = None) -> tuple[date, date, Precision] | None:
    """The `[valid_from, valid_to]` and precision of a TIMEX3 DATE/TIME value, or None.

    None for values without a calendar interval: PAST_REF, XXXX-07, durations.
    """
    if not value:
        return None
    try:
        base = _base_interval(value)
    except ValueError:  # an impossible date such as 2025-02-30
        return None
    if base is None:
        return None
    start, end, precision = base
    start, end = narrow(start, end, mod)
    return start, end, precision
