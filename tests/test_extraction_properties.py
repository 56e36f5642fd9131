"""Property tests: extraction never raises, whatever the text and the publication date.

An exception in extraction costs the whole article (the worker retries it, then dead-letters it), so
the contract is total: any text, any DCT the model accepts (year 1, year 9999, none), always a
GraphDoc. Hypothesis generates random unicode, numbers in date-shaped templates ("N years ago",
"in the year N", "N BC", odd ordinals) and long texts.

Profiles keep `make test` quick: `ci` (the default) runs a bounded, derandomised set of examples;
`HYPOTHESIS_PROFILE=thorough` runs many more, randomised, when hunting for new failures.
"""

import os
from datetime import date, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chronicle.extraction.models import Article, GraphDoc
from chronicle.extraction.pipeline import extract
from chronicle.extraction.timex.finder import find_time_expressions

settings.register_profile(
    "ci",
    max_examples=25,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("thorough", max_examples=500, deadline=None, database=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

MONTHS = ["January", "Feb.", "March", "May", "Sept.", "December"]
UNITS = ["day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades"]
UNITS += ["century", "centuries", "hours", "quarter"]
TEMPLATES = [
    "It happened {n} {unit} ago.",
    "Humans arrived {n} {unit} ago, the study said.",
    "In the year {n} the city fell.",
    "The fort was built in {n} BC and rebuilt in AD {m}.",
    "The talks resume in {n} {unit}, officials said on Friday.",
    "The {n}st of {month} and the {m}th century.",
    "On {month} {n}, {m} the army crossed the river.",
    "{month} {n}{ord} was the deadline; {m} troops were killed {n} {unit} later.",
    "Prices rose {n}% in the {ord} quarter of {m} versus a year earlier.",
    "Some {n},000 soldiers were lost over {m} {unit} in {n}s.",
    "The '{n}0s, the {n}0s and the {m}th of {month}.",
    "It lasted {n} {unit} and {m} {unit} from now it ends, every {n} {unit}.",
    "At {n}:{m} p.m. GMT on {month} {n} the {n}th day passed.",
]
NUMBERS = st.one_of(
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.integers(min_value=0, max_value=100_000).map("{:,}".format),
    st.sampled_from(["0", "00", "1", "31", "32", "99", "9999", "10000", "71,000", "1e308", "½", "٣", "2.5"]),
    st.sampled_from(["one", "a", "a few", "several", "twenty-five", "a million", "two and a half"]),
)
DCTS = st.one_of(
    st.none(),
    st.sampled_from([date(1, 1, 1), date(1, 12, 31), date(9999, 12, 31), date(9999, 1, 1)]),
    st.dates(),
    st.datetimes(),
)
TEMPLATE_TEXT = st.builds(
    lambda template, n, m, unit, month, ord_: template.format(n=n, m=m, unit=unit, month=month, ord=ord_),
    st.sampled_from(TEMPLATES),
    NUMBERS,
    NUMBERS,
    st.sampled_from(UNITS),
    st.sampled_from(MONTHS),
    st.sampled_from(["st", "nd", "rd", "th", "first", "fourth", "99th", ""]),
)
ANY_TEXT = st.one_of(
    st.text(max_size=300),
    TEMPLATE_TEXT,
    st.lists(TEMPLATE_TEXT, min_size=2, max_size=8).map(" ".join),
    st.lists(st.one_of(TEMPLATE_TEXT, st.text(max_size=40)), max_size=6).map("\n\n".join),
)


def _article(text: str, published_at: date | datetime | None) -> Article:
    return Article(id="property-test", text=text, published_at=published_at)


@given(text=ANY_TEXT, published_at=DCTS)
def test_find_time_expressions_never_raises(text: str, published_at: date | datetime | None) -> None:
    found = find_time_expressions(text, published_at)
    for expression in found:
        assert text[expression.start : expression.end] == expression.text
        assert expression.value is None or expression.value[:1] != "-"


@given(text=ANY_TEXT, published_at=DCTS)
def test_extract_never_raises_on_any_text(text: str, published_at: date | datetime | None) -> None:
    doc = extract(_article(text, published_at))
    assert isinstance(doc, GraphDoc)
    assert doc.article.id == "property-test"


@given(text=TEMPLATE_TEXT, published_at=DCTS)
def test_extract_never_raises_on_date_shaped_numbers(text: str, published_at: date | datetime | None) -> None:
    assert isinstance(extract(_article(text, published_at)), GraphDoc)


@settings(max_examples=3)
@given(block=st.lists(TEMPLATE_TEXT, min_size=5, max_size=10).map(" ".join), published_at=DCTS)
def test_extract_never_raises_on_long_texts(block: str, published_at: date | datetime | None) -> None:
    text = "\n\n".join([block] * (20_000 // max(len(block), 1) + 1))
    doc = extract(_article(text, published_at))
    assert doc.article.word_count > 0


def test_year_far_before_the_calendar_is_a_past_reference() -> None:
    """The dead-lettered article of item 8: "71,000 year ago" lies before year 1."""
    (found,) = find_time_expressions("Humans reached the coast 71,000 year ago.", date(2025, 6, 1))
    assert (found.text, found.value) == ("71,000 year ago", "PAST_REF")


def test_dct_at_the_calendar_edge_leaves_relative_dates_unresolved() -> None:
    found = find_time_expressions("It opens tomorrow and closes next year.", date(9999, 12, 31))
    assert [(t.text, t.value) for t in found] == [("tomorrow", None), ("next year", None)]


def test_year_one_values_have_four_digit_years() -> None:
    found = find_time_expressions("It opens next month and closes next year.", date(1, 1, 1))
    assert [t.value for t in found] == ["0001-02", "0002"]
