"""Time codes as people read them: '2025-W25' is 'week of 16 Jun 2025', '2024-FA' is 'autumn 2024'.

Tables and pictures show these words; JSON and CSV keep the raw TIMEX3 value.
"""

import re
from datetime import date, timedelta

from chronicle.extraction.timex.calendar import TimeCode, parse_code

__all__ = ["when_words"]

#: A season by the month it starts in (the code YYYY-WI is the winter from December of YYYY).
_SEASONS = {3: "spring", 6: "summer", 9: "autumn", 12: "winter"}
_PARTS_OF_DAY = {"MO": "morning", "MI": "midday", "AF": "afternoon", "EV": "evening", "NI": "night"}
_REFS = {"PRESENT_REF": "now", "PAST_REF": "the past", "FUTURE_REF": "the future"}
#: A modifier before the time it qualifies: 'late 2024', 'by Jun 2025'.
_MODS = {
    "START": "early",
    "MID": "mid",
    "END": "late",
    "APPROX": "about",
    "BEFORE": "before",
    "AFTER": "after",
    "ON_OR_BEFORE": "by",
    "ON_OR_AFTER": "from",
}
_CLOCK = re.compile(r"^\d{2}:\d{2}")


def when_words(value: str | None, mod: str | None = None, fallback: date | None = None) -> str:
    """'late 2024', 'week of 16 Jun 2025', '27 Jun 2025', the fallback day, or '' when nothing is known."""
    words = _words(value) if value else (_day(fallback) if fallback else "")
    if words and mod:
        return f"{_MODS.get(mod, mod.lower())} {words}"
    return words


def _day(day: date) -> str:
    return f"{day.day} {day:%b %Y}"


def _words(value: str) -> str:
    """The words for one TIMEX3 value; a value this does not know is shown as it is."""
    if value in _REFS:
        return _REFS[value]
    code = parse_code(value)
    return _code_words(code) if code else value


def _code_words(code: TimeCode) -> str:
    first = code.start
    match code.unit:
        case "day":
            return _day(first) + _time_words(code.time)
        case "week" | "weekend":
            return f"{code.unit} of {_day(first - timedelta(days=first.weekday()))}"
        case "month":
            return f"{first:%b %Y}"
        case "season":
            return f"{_SEASONS[first.month]} {first.year}"
        case "quarter":
            return f"Q{(first.month - 1) // 3 + 1} {first.year}"
        case "half":
            return f"{'first' if first.month == 1 else 'second'} half of {first.year}"
        case "year":
            return str(first.year)
        case "decade":
            return f"{first.year // 10 * 10:04d}s"
        case _:
            return f"{first.year // 100 * 100:04d}s"


def _time_words(time: str | None) -> str:
    """' (evening)' for a part of the day, ' 14:30' for a clock time, '' otherwise."""
    if time in _PARTS_OF_DAY:
        return f" ({_PARTS_OF_DAY[time]})"
    clock = _CLOCK.match(time or "")
    return f" {clock[0]}" if clock else ""
