"""Time codes in tables read as people read them; unknown codes stay as they are."""

from datetime import date

import pytest

from chronicle.graph.answers import Candidate
from chronicle.when import when_words


@pytest.mark.parametrize(
    ("value", "mod", "words"),
    [
        ("2025-06-27", None, "27 Jun 2025"),
        ("2025-06", None, "Jun 2025"),
        ("2025-W26", None, "week of 23 Jun 2025"),
        ("2025-W26-WE", None, "weekend of 23 Jun 2025"),
        ("2024-FA", None, "autumn 2024"),
        ("2025-SU", "START", "early summer 2025"),
        ("2025-Q1", None, "Q1 2025"),
        ("2025-H2", None, "second half of 2025"),
        ("2024", "END", "late 2024"),
        ("202", None, "2020s"),
        ("19", None, "1900s"),
        ("2025-06-27T14:30", None, "27 Jun 2025 14:30"),
        ("2025-06-27TEV", None, "27 Jun 2025 (evening)"),
        ("PRESENT_REF", None, "now"),
        ("2025-06", "ON_OR_BEFORE", "by Jun 2025"),
        ("P3D", None, "P3D"),
        ("2025-13", None, "2025-13"),
        ("2025-Q5", None, "2025-Q5"),
        ("2025-06-27TXX", None, "27 Jun 2025"),
    ],
)
def test_when_words_reads_timex_values_as_people_do(value: str, mod: str | None, words: str) -> None:
    assert when_words(value, mod) == words


def test_when_words_falls_back_to_a_day_and_to_nothing() -> None:
    assert when_words(None, None, date(2025, 1, 5)) == "5 Jan 2025"
    assert when_words(None) == ""


def test_a_candidate_names_its_date_in_words() -> None:
    operation = Candidate(
        key="event:operation:kelmar", name="Kelmar operation", label="Event", kind="operation", when="2024-08"
    )
    assert operation.describe() == "Kelmar operation (operation, from Aug 2024)"
