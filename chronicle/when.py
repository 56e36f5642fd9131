"""Time codes as people read them: '2025-W25' is 'week of 16 Jun 2025', '2024-FA' is 'autumn 2024'.

Tables and pictures show these words; JSON and CSV keep the raw TIMEX3 value.
"""

import re
from datetime import date

__all__ = ["when_words"]

_SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
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
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}:\d{2}|MO|MI|AF|EV|NI))?")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(?:-WE)?$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_QUARTER = re.compile(r"^(\d{4})-([QH])(\d)$")
_YEARS = re.compile(r"^(\d{1,4})$")


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
    try:
        return _calendar_words(value) or value
    except ValueError:  # a malformed code (month 13): show it raw rather than fail a table
        return value


def _calendar_words(value: str) -> str | None:
    if match := _DAY.match(value):
        day = _day(date(int(match[1]), int(match[2]), int(match[3])))
        time = match[4]
        if not time:
            return day
        return f"{day} ({_PARTS_OF_DAY[time]})" if time in _PARTS_OF_DAY else f"{day} {time}"
    if match := _MONTH.match(value):
        return f"{date(int(match[1]), int(match[2]), 1):%b %Y}"
    if match := _WEEK.match(value):
        monday = date.fromisocalendar(int(match[1]), int(match[2]), 1)
        return f"{'weekend' if value.endswith('-WE') else 'week'} of {_day(monday)}"
    if match := _SEASON.match(value):
        return f"{_SEASONS[match[2]]} {match[1]}"
    if match := _QUARTER.match(value):
        if match[2] == "Q":
            return f"Q{match[3]} {match[1]}"
        return f"{'first' if match[3] == '1' else 'second'} half of {match[1]}"
    if match := _YEARS.match(value):
        digits = match[1]
        return {4: digits, 3: f"{digits}0s", 2: f"{digits}00s"}.get(len(digits))
    return None
