"""TIMEX3 calendar values parsed once: the unit, its first and last day, the time of day."""

from datetime import date

import pytest

from chronicle.extraction.timex.calendar import TimeCode, interval, parse_code


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("2025-06-27", TimeCode("day", date(2025, 6, 27), date(2025, 6, 27))),
        ("2025-06-27T14:30Z", TimeCode("day", date(2025, 6, 27), date(2025, 6, 27), "14:30Z")),
        ("2025-06-27TEV", TimeCode("day", date(2025, 6, 27), date(2025, 6, 27), "EV")),
        ("2024-02", TimeCode("month", date(2024, 2, 1), date(2024, 2, 29))),
        ("2025-W26", TimeCode("week", date(2025, 6, 23), date(2025, 6, 29))),
        ("2025-W26-WE", TimeCode("weekend", date(2025, 6, 28), date(2025, 6, 29))),
        ("2024-WI", TimeCode("season", date(2024, 12, 1), date(2025, 2, 28))),
        ("2025-Q3", TimeCode("quarter", date(2025, 7, 1), date(2025, 9, 30))),
        ("2025-H2", TimeCode("half", date(2025, 7, 1), date(2025, 12, 31))),
        ("2025", TimeCode("year", date(2025, 1, 1), date(2025, 12, 31))),
        ("199", TimeCode("decade", date(1990, 1, 1), date(1999, 12, 31))),
        ("19", TimeCode("century", date(1900, 1, 1), date(1999, 12, 31))),
    ],
)
def test_parse_code_reads_every_calendar_value(value, code):
    assert parse_code(value) == code


@pytest.mark.parametrize(
    "value",
    [
        None,
        "",
        "PRESENT_REF",
        "P3D",
        "XXXX-07",
        "1989-WXX",
        "2025-QX",
        "2025-Q5",
        "2025-H3",
        "2025-13",
        "2025-02-30",
        "2025-W54",
        "7",
    ],
)
def test_parse_code_refuses_what_is_not_a_calendar_value(value):
    assert parse_code(value) is None


def test_a_weekend_is_dated_to_its_week():
    assert parse_code("2025-W26-WE").precision == "week"
    assert interval("2025-W26-WE") == (date(2025, 6, 28), date(2025, 6, 29), "week")
