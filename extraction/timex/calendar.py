"""Calendar arithmetic for TIMEX3 values: the date interval and precision a value stands for.

A value names a calendar unit (day, ISO week, month, season, quarter, half, year, decade, century);
the graph stores it as `[valid_from, valid_to]` plus a precision, and `mod` START/MID/END narrows the
interval to the first/middle/last third of the unit.
"""

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from chronicle.extraction.models import Precision

__all__ = [
    "SEASON_MONTHS",
    "TimeCode",
    "add_months",
    "interval",
    "iso_week_value",
    "month_end",
    "month_start",
    "narrow",
    "parse_code",
    "quarter_of",
    "season_of",
]

# Meteorological seasons. YYYY-WI is the winter that starts in December of YYYY.
SEASON_MONTHS: dict[str, tuple[int, int]] = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}

_CODE = re.compile(
    r"^(?P<year>\d{4})(?:"
    r"-(?P<month>\d{2})(?:-(?P<day>\d{2})(?:T(?P<time>.*))?)?"
    r"|-W(?P<week>\d{2})(?P<weekend>-WE)?"
    r"|-(?P<season>SP|SU|FA|WI)"
    r"|-Q(?P<quarter>[1-4])"
    r"|-H(?P<half>[12])"
    r")?$"
    r"|^(?P<decade>\d{3})$|^(?P<century>\d{2})$"
)

Unit = Literal["day", "week", "weekend", "month", "season", "quarter", "half", "year", "decade", "century"]


@dataclass(frozen=True)
class TimeCode:
    """A TIMEX3 calendar value, parsed: the unit it names, that unit's first and last day, and the
    time of day written after a day ('14:30', 'EV'), if any."""

    unit: Unit
    start: date
    end: date
    time: str | None = None

    @property
    def precision(self) -> Precision:
        """The graph's precision: a weekend is dated to its week."""
        return "week" if self.unit == "weekend" else self.unit


def parse_code(value: str | None) -> TimeCode | None:
    """The one reader of TIMEX3 calendar values ('2025-06-27T14:30', '2025-W26-WE', '2024-FA',
    '2025-Q3', '2025-H1', '2025', '199', '20'); None for anything else (PRESENT_REF, P3D, XXXX-07)
    and for impossible dates (2025-02-30, 2025-13, week 54)."""
    match = _CODE.match(value or "")
    if match is None:
        return None
    try:
        return _code(match)
    except ValueError:
        return None


def month_start(value: str | None) -> date | None:
    """The first day of the month a day or month value names ('2025-06-27', '2025-06'), else None."""
    code = parse_code(value)
    return code.start.replace(day=1) if code is not None and code.unit in {"day", "month"} else None


def _code(m: re.Match[str]) -> TimeCode:
    if m["decade"] or m["century"]:
        unit: Unit = "decade" if m["decade"] else "century"
        span = 10 if m["decade"] else 100
        first = int(m["decade"] or m["century"]) * span
        return TimeCode(unit, date(max(first, 1), 1, 1), date(first + span - 1, 12, 31))
    year = int(m["year"])
    if m["day"]:
        day = date(year, int(m["month"]), int(m["day"]))
        return TimeCode("day", day, day, m["time"] or None)
    if m["month"]:
        month = int(m["month"])
        return TimeCode("month", date(year, month, 1), month_end(year, month))
    if m["week"]:
        monday = date.fromisocalendar(year, int(m["week"]), 1)
        if m["weekend"]:
            return TimeCode("weekend", monday + timedelta(days=5), monday + timedelta(days=6))
        return TimeCode("week", monday, monday + timedelta(days=6))
    if m["season"]:
        return TimeCode("season", *_months_span(year, *SEASON_MONTHS[m["season"]]))
    if m["quarter"]:
        first = 3 * int(m["quarter"]) - 2
        return TimeCode("quarter", *_months_span(year, first, first + 2))
    if m["half"]:
        first = 6 * int(m["half"]) - 5
        return TimeCode("half", *_months_span(year, first, first + 5))
    return TimeCode("year", date(year, 1, 1), date(year, 12, 31))


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
    code = parse_code(value)
    if code is None:
        return None
    start, end = narrow(code.start, code.end, mod)
    return start, end, code.precision
