"""Time expressions: recognition, normalisation against the publication date, intervals, speed."""

from datetime import date, datetime

import pytest

from chronicle.extraction.gold import join_texts, load_articles, load_gold
from chronicle.extraction.scoring import ArticleDetail, TimexReport, finish_timexes, score_timexes
from chronicle.extraction.timex.calendar import interval
from chronicle.extraction.timex.finder import find_time_expressions
from tests.conftest import MEANTIME, SEED

SATURDAY = date(2025, 6, 28)
SUNDAY = date(2025, 6, 29)


def one(text: str, dct: date | datetime | None = SATURDAY, words: str | None = None):
    """The expression covering `words` (default: the only one found)."""
    found = find_time_expressions(text, dct)
    if words is None:
        assert len(found) == 1, found
        return found[0]
    hits = [t for t in found if words in t.text or t.text in words]
    assert hits, (words, found)
    return hits[0]


@pytest.mark.parametrize(
    ("text", "dct", "words", "value", "mod"),
    [
        ("The army said on Friday it held the line.", SATURDAY, "Friday", "2025-06-27", None),
        ("The mayor spoke on Saturday.", SATURDAY, "Saturday", "2025-06-28", None),
        ("The talks will resume on Monday.", SATURDAY, "Monday", "2025-06-30", None),
        ("Last week the front moved.", SUNDAY, "Last week", "2025-W25", None),
        ("Shelling grew this week.", SUNDAY, "this week", "2025-W26", None),
        ("It was agreed last December.", SUNDAY, "last December", "2024-12", None),
        ("They arrived late last year.", SATURDAY, "late last year", "2024", "END"),
        ("Prices rose early this year.", SATURDAY, "early this year", "2025", "START"),
        ("Fighting began at the beginning of June.", SUNDAY, "beginning of June", "2025-06", "START"),
        ("Output fell this month.", SUNDAY, "this month", "2025-06", None),
        ("The deal dates from September 2024.", SATURDAY, "September 2024", "2024-09", None),
        ("The vote was held on June 27.", SATURDAY, "June 27", "2025-06-27", None),
        ("The vote was held on 27 June 2025.", SATURDAY, "27 June 2025", "2025-06-27", None),
        ("The plan runs into 2026.", SATURDAY, "2026", "2026", None),
        ("Supplies ran low this summer.", SATURDAY, "this summer", "2025-SU", None),
        ("The offensive stalled last spring.", SATURDAY, "last spring", "2025-SP", None),
        ("Nothing moved last summer.", SATURDAY, "last summer", "2024-SU", None),
        ("Results are expected in Q3.", SATURDAY, "Q3", "2025-Q3", None),
        ("He resigned yesterday.", SATURDAY, "yesterday", "2025-06-27", None),
        ("Talks end today.", SATURDAY, "today", "2025-06-28", None),
        ("The strike came two days ago.", SATURDAY, "two days ago", "2025-06-26", None),
        ("Exports fell last month.", SATURDAY, "last month", "2025-05", None),
        ("Elections are due next year.", SATURDAY, "next year", "2026", None),
        ("It was built in the 1990s.", SATURDAY, "the 1990s", "199", None),
        ("Output peaked in mid-2024.", SATURDAY, "mid-2024", "2024", "MID"),
        ("Troops may stay until the end of the year.", SATURDAY, "end of the year", "2025", "END"),
        ("Sales fell in the first quarter of last year.", SATURDAY, "first quarter", "2024-Q1", None),
        ("Losses grew in the second half of 2024.", SATURDAY, "second half", "2024-H2", None),
        ("Raids continued in recent weeks.", SATURDAY, "recent weeks", "PAST_REF", None),
        ("The mine is currently closed.", SATURDAY, "currently", "PRESENT_REF", None),
        ("They met the day before yesterday.", SATURDAY, "day before yesterday", "2025-06-26", None),
        ("Fighting resumed this weekend.", SATURDAY, "this weekend", "2025-W26-WE", None),
        ("Ships sailed at Christmas.", SATURDAY, "Christmas", "2024-12-25", None),
        ("The sale was agreed on 2025-06-02.", SATURDAY, "2025-06-02", "2025-06-02", None),
        ("The plant reopens in the fall.", SATURDAY, "the fall", "2025-FA", None),
        ("FY2024 results were weak.", SATURDAY, "FY2024", "2024", None),
        ("Inspections happen every two weeks.", SATURDAY, "every two weeks", "P2W", None),
        ("In 2019 prices fell; that year was hard.", SATURDAY, "that year", "2019", None),
        # results reporting: 'a year earlier' and 'the quarter' in the unit of the quarter discussed
        (
            "Widget Co. posted a second-quarter loss, against a profit a year earlier.",
            SATURDAY,
            "a year earlier",
            "2024-Q2",
            None,
        ),
        (
            "Widget Co. posted a second-quarter loss. Sales in the quarter fell.",
            SATURDAY,
            "the quarter",
            "2025-Q2",
            None,
        ),
        (
            "Widget Co. posted a second-quarter loss, against a year-ago profit.",
            SATURDAY,
            "year-ago",
            "2024-Q2",
            None,
        ),
        (
            "Margins shrank from the year-earlier quarter.",
            date(2025, 7, 20),
            "year-earlier quarter",
            "2024-Q2",
            None,
        ),
        ("Revenue in the latest quarter rose.", date(2025, 7, 20), "the latest quarter", "2025-Q2", None),
        # the latest period is the quarter the text reports, under its fiscal name
        (
            "Acme Foods reported lower fourth-quarter profit. Sales in the latest period fell 3%.",
            date(2025, 11, 3),
            "latest period",
            "2025-Q4",
            None,
        ),
        # 'the quarter ended July 31' (no number): the calendar quarter holding most of it
        (
            "In the quarter ended July 31, Acme Foods lost money.",
            date(2025, 10, 30),
            "the quarter",
            "2025-Q2",
            None,
        ),
        # a quarter named in apposition gives the anaphor its number
        (
            "Acme Foods expects a third-quarter profit. In the year-ago quarter, the first quarter ended "
            "Sept. 30, it lost money.",
            date(2025, 10, 27),
            "year-ago quarter",
            "2024-Q1",
            None,
        ),
        # the latest fiscal year is the last one completed
        (
            "Acme Foods sold $2 billion in the latest fiscal year.",
            date(2025, 10, 27),
            "latest fiscal year",
            "2024",
            None,
        ),
        # 'that quarter': the quarter named last, a background one too
        (
            "Acme Foods expects a third-quarter profit. In the comparable year-ago quarter, the second "
            "quarter ended Oct. 31, it lost money. Results for that quarter included a charge.",
            date(2025, 10, 27),
            "that quarter",
            "2024-Q2",
            None,
        ),
        # 'this quarter's loss' after the reported quarter is that quarter's
        (
            "Acme Foods reported a loss for the third quarter ended Sept. 30. This quarter's loss "
            "includes a charge.",
            date(2025, 11, 1),
            "This quarter",
            "2025-Q3",
            None,
        ),
        (
            "This quarter's sales will rise, Acme Foods said.",
            date(2025, 11, 1),
            "This quarter",
            "2025-Q4",
            None,
        ),
        # 'the past year' / 'the past decade' name the DATE (TimeML), like 'the last year'
        ("Regulators probed the bank in the past year.", SATURDAY, "the past year", "2024", None),
        ("It was his third leave in the past decade.", date(2021, 2, 3), "the past decade", "201", None),
        # a year back from the quarter reported, whatever forecast quarter was named in between
        (
            "Widget Co. posted lower second-quarter profit. Analysts see losses through the first "
            "quarter of 2026. In the year-ago period, it earned more.",
            date(2025, 7, 20),
            "year-ago period",
            "2024-Q2",
            None,
        ),
        (
            "Widget Co. lost $2 million in the quarter ended June 30, against a profit in the "
            "corresponding period last year.",
            date(2025, 7, 20),
            "corresponding period",
            "2024-Q2",
            None,
        ),
        (
            "Widget Co. lost money in the quarter ended June 30. Sales fell from the same quarter "
            "of the previous year.",
            date(2025, 7, 20),
            "same quarter",
            "2024-Q2",
            None,
        ),
        ("It compares with the 2023 third quarter.", SATURDAY, "2023 third quarter", "2023-Q3", None),
        ("Sales for the year rose 5%.", SATURDAY, "the year", "2025", None),
        ("The company said the fiscal year looked weak.", SATURDAY, "the fiscal year", "2025", None),
        # the quarter just ended is the one reported on, even in a forward-looking clause
        (
            "Results for the third quarter will be released soon.",
            date(2025, 10, 20),
            "third quarter",
            "2025-Q3",
            None,
        ),
        ("Markets fell over the weekend.", date(2025, 6, 30), "the weekend", "2025-W26-WE", None),
        ("He spoke on Thanksgiving Day.", date(2025, 12, 1), "Thanksgiving Day", "2025-11-27", None),
        ("The church was full at Easter 2024.", SATURDAY, "Easter 2024", "2024-03-31", None),
        ("The town voted on Election Day.", date(2024, 11, 20), "Election Day", "2024-11-05", None),
        ("It was nineteen ninety-six, the anchor said.", SATURDAY, "nineteen ninety-six", "1996", None),
        ("Since January nineteen ninety-seven, rates fell.", SATURDAY, "January nineteen", "1997-01", None),
        ("The plan aims at the year two thousand.", SATURDAY, "the year two thousand", "2000", None),
        ("Trading stops at 5 p.m. EST, Nov. 6.", date(2025, 11, 4), "5 p.m.", "2025-11-06T17:00", None),
        ("The vote, on Friday, Oct. 3, was close.", date(2025, 11, 20), "Friday, Oct. 3", "2025-10-03", None),
        ("OSLORIA, March 12 (Wire) -- The talks opened.", date(2025, 3, 13), "March 12", "2025-03-12", None),
        ("The dividend is payable Jan. 15 to holders.", date(2025, 11, 20), "Jan. 15", "2026-01-15", None),
        # a plan told in the simple past, or one whose main verb is past, lies in the past
        (
            "On Friday, the ministry planned to pay the claims.",
            date(2025, 7, 2),
            "Friday",
            "2025-06-27",
            None,
        ),
        ("A vigil planned for Saturday was cancelled.", date(2025, 7, 2), "Saturday", "2025-06-28", None),
        ("A vigil planned for Saturday will go ahead.", date(2025, 7, 2), "Saturday", "2025-07-05", None),
        ("The vote is planned for Friday.", date(2025, 7, 2), "Friday", "2025-07-04", None),
        # a bracketed restatement in another zone keeps the weekday after it out of its span
        ("The blast came at 9:15 a.m. (0615 GMT) Friday.", SATURDAY, "Friday", "2025-06-27", None),
        ("The blast came at 0615 GMT Friday.", SATURDAY, "0615 GMT", "2025-06-27T06:15Z", None),
        ("The blast came at 9:15 a.m. (0615 GMT) Friday.", SATURDAY, "9:15", "2025-06-27T09:15", None),
        (
            "Shares fell after the market closed Wednesday.",
            date(2025, 6, 27),
            "Wednesday",
            "2025-06-25",
            None,
        ),
    ],
)
def test_find_time_expressions_value(text, dct, words, value, mod):
    found = one(text, dct, words)
    assert (found.value, found.mod) == (value, mod)
    assert text[found.start : found.end] == found.text


@pytest.mark.parametrize(
    ("text", "words", "valid_from", "valid_to", "precision"),
    [
        ("Last week the front moved.", "Last week", date(2025, 6, 16), date(2025, 6, 22), "week"),
        ("Supplies ran low this summer.", "this summer", date(2025, 6, 1), date(2025, 8, 31), "season"),
        ("They arrived late last year.", "late last year", date(2024, 9, 1), date(2024, 12, 31), "year"),
        ("Prices rose early this year.", "early this year", date(2025, 1, 1), date(2025, 5, 2), "year"),
        (
            "It began at the beginning of June.",
            "beginning of June",
            date(2025, 6, 1),
            date(2025, 6, 10),
            "month",
        ),
        ("It was built in the 1990s.", "the 1990s", date(1990, 1, 1), date(1999, 12, 31), "decade"),
        ("Results are expected in Q3.", "Q3", date(2025, 7, 1), date(2025, 9, 30), "quarter"),
        ("He resigned yesterday.", "yesterday", date(2025, 6, 27), date(2025, 6, 27), "day"),
    ],
)
def test_find_time_expressions_interval(text, words, valid_from, valid_to, precision):
    found = one(text, SATURDAY, words)
    assert (found.valid_from, found.valid_to, found.precision) == (valid_from, valid_to, precision)


def test_find_time_expressions_datetime_dct_is_a_date():
    found = one("He resigned yesterday.", datetime(2025, 6, 28, 23, 59))
    assert found.value == "2025-06-27"


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("The army said on Friday it held.", "Friday", None),
        ("Exports fell last month.", "last month", None),
        ("Nothing moved last summer.", "last summer", None),
        ("The deal dates from September 2024.", "September 2024", "2024-09"),
        ("Troops may arrive as early as July.", "July", "XXXX-07"),
        ("It opened at the 2025 festival in January.", "January", "2025-01"),
        ("The vote was held on 27 June 2025.", "27 June 2025", "2025-06-27"),
    ],
)
def test_find_time_expressions_without_dct(text, words, value):
    found = one(text, None, words)
    assert found.value == value
    if value is None:
        assert found.valid_from is None and found.precision is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("They fought for months.", "PXM"),
        ("The siege lasted three years.", "P3Y"),
        ("A 90-minute film.", "PT90M"),
    ],
)
def test_find_time_expressions_duration(text, value):
    found = one(text)
    assert (found.type, found.value, found.valid_from) == ("DURATION", value, None)


def test_find_time_expressions_time_of_day():
    found = one("The meeting started at 9 a.m. today.", SATURDAY, "9 a.m.")
    assert (found.type, found.value) == ("TIME", "2025-06-28T09:00")
    assert found.valid_from == found.valid_to == SATURDAY


@pytest.mark.parametrize(
    "text",
    [
        "Theresa May said the plan stands.",
        "The troops may march north.",
        "The Sunday Times reported the story.",
        "Protesters recalled the Arab Spring.",
        "The unit lost 1,200 soldiers.",
        "About 2000 people fled.",
        "A 34-year-old man was hurt.",
        "Talks on Black Monday failed.",
        "The Mail on Sunday ran it.",
        "Sooner or later it ends.",
        "The KC-30s were delivered.",
        "The fall of the city shocked Kyiv.",
        "The Winter Olympics opened.",
        "The reactor makes 1800 MW.",
        "Order 2024-123 was signed.",
        "In the long run, the mill will pay for itself.",  # 'eventually', an idiom: no gold set tags it
        "Prices may dip in the short run.",
    ],
)
def test_find_time_expressions_rejects_false_positives(text):
    assert find_time_expressions(text, SATURDAY) == []


def test_find_time_expressions_anaphora_needs_a_mentioned_day():
    assert one("A week later the town fell.", SATURDAY).value is None
    found = find_time_expressions("The bill passed on 17 June; two days later it was signed.", SATURDAY)
    assert [t.value for t in found] == ["2025-06-17", "2025-06-19"]


def test_find_time_expressions_clock_time_with_offset_and_following_date():
    found = one("It landed at 6:40 p.m. (GMT +8), June 2, in Sydney.", SATURDAY, "6:40")
    assert (found.type, found.value) == ("TIME", "2025-06-02T10:40Z")


def test_find_time_expressions_rates_are_sets():
    found = one("The plant makes 15 a year.", SATURDAY)
    assert (found.type, found.value) == ("SET", "P1Y")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Drones have changed today's battlefield.", "PRESENT_REF"),
        ("Today's teenagers rarely buy newspapers.", "PRESENT_REF"),
        ("Few of today's family cars need a clutch.", "PRESENT_REF"),
        ("The old treaty means little in today's Russia.", "PRESENT_REF"),
        ("The minister skipped today's vote.", "2025-06-28"),
        ("Today's session of the council ran late.", "2025-06-28"),
    ],
)
def test_find_time_expressions_generic_today_is_present_ref(text, value):
    assert one(text, SATURDAY).value == value


@pytest.mark.parametrize(
    "text",
    ["The new processor runs 40 million operations per second.", "The column moved at 30 km per hour."],
)
def test_find_time_expressions_speeds_are_not_timexes(text):
    assert find_time_expressions(text, SATURDAY) == []


@pytest.mark.parametrize(
    "text",
    [
        "Ms. Okafor will replace John Q. Adams Feb. 1 at the bank.",
        "Gen. Petrov, 58, will take command of the corps Feb. 1.",
        "The new terminal will open in St. Paul Feb. 1.",
    ],
)
def test_find_time_expressions_initials_and_abbreviations_do_not_end_the_clause(text):
    # 'will' before the initial or abbreviation still governs the date: next February, not last
    assert one(text, date(2025, 10, 20), "Feb. 1").value == "2026-02-01"


def test_find_time_expressions_then_current_is_past_ref():
    assert one("Holders could sell at the then current price.", SATURDAY).value == "PAST_REF"


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("The ministry wants the bridge rebuilt by year-end.", "year-end", "2025"),
        ("Grain exports have fallen 8% since year-end.", "year-end", "2024"),
        ("By year's end the garrison had doubled.", "year's end", "2025"),
        ("Reserves stood at $4 billion at year-end 2023.", "year-end 2023", "2023"),
    ],
)
def test_find_time_expressions_year_end(text, words, value):
    found = one(text, SATURDAY)
    assert (found.text, found.value, found.mod) == (words, value, "END")


def test_find_time_expressions_keeps_text_order_and_offsets():
    text = "On Friday, 27 June 2025, officials met; last week they had not."
    found = find_time_expressions(text, SATURDAY)
    assert [t.start for t in found] == sorted(t.start for t in found)
    assert all(text[t.start : t.end] == t.text for t in found)
    assert [t.value for t in found] == ["2025-06-27", "2025-06-27", "2025-W25"]


@pytest.mark.parametrize(
    ("value", "mod", "expected"),
    [
        ("2025-W01", None, (date(2024, 12, 30), date(2025, 1, 5), "week")),
        ("2024-WI", None, (date(2024, 12, 1), date(2025, 2, 28), "season")),
        ("2024-Q4", None, (date(2024, 10, 1), date(2024, 12, 31), "quarter")),
        ("2025-H1", None, (date(2025, 1, 1), date(2025, 6, 30), "half")),
        ("20", None, (date(2000, 1, 1), date(2099, 12, 31), "century")),
        ("2025-06", "END", (date(2025, 6, 21), date(2025, 6, 30), "month")),
        ("2025-06-27T09:00", None, (date(2025, 6, 27), date(2025, 6, 27), "day")),
        ("PAST_REF", None, None),
        ("XXXX-07", None, None),
        ("2025-02-30", None, None),
    ],
)
def test_interval_values(value, mod, expected):
    assert interval(value, mod) == expected


def _dev_scores(gold_path, articles_path=None):
    articles = load_articles(articles_path) if articles_path else None
    report = TimexReport()
    for line in join_texts(load_gold(gold_path), articles):
        found = find_time_expressions(line.text or "", line.published_at)
        score_timexes(line.text or "", line.gold.timexes, found, report, ArticleDetail(id=line.id))
    return finish_timexes(report)


@pytest.mark.shared_data
def test_find_time_expressions_dev_seed_regression():
    report = _dev_scores(SEED / "gold.jsonl", SEED / "articles.jsonl")
    assert report.recognition.recall >= 0.95
    assert report.value_f1 >= 0.9


@pytest.mark.shared_data
def test_find_time_expressions_dev_meantime_regression():
    report = _dev_scores(MEANTIME / "gold.jsonl")
    assert report.recognition.f1 >= 0.9
    assert report.value_f1 >= 0.82


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Heating ran short this winter.", "2024-WI"),
        ("The lines held last winter.", "2023-WI"),
        ("Talks resume next winter.", "2025-WI"),
        ("A counteroffensive is likely in summer.", "2025-SU"),
        ("The dam was destroyed last summer.", "2024-SU"),
    ],
)
def test_find_time_expressions_seasons_in_january(text, value):
    assert one(text, date(2025, 1, 15)).value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("They meet again this Friday.", "2025-07-04"),
        ("He spoke this Monday, his aides said.", "2025-06-23"),
        ("Shelling resumed last Friday.", "2025-06-27"),
        ("The vote is due next Monday.", "2025-06-30"),
    ],
)
def test_find_time_expressions_weekday_with_this_last_next(text, value):
    assert one(text, SATURDAY).value == value


def test_find_time_expressions_year_ranges():
    found = find_time_expressions("He served in 2019-2020 and 2009-11.", SATURDAY)
    assert [t.value for t in found] == ["2019", "2020", "2009"]


@pytest.mark.parametrize(
    ("text", "dct", "value"),
    [
        # a past perfect puts the plan or deadline in the past, whatever future cue follows it
        ("Commanders had hoped to take the hill by the end of the autumn.", date(2025, 1, 20), "2024-FA"),
        ("Most members had filed their reports by Wednesday.", date(2025, 6, 26), "2025-06-25"),
        ("The offer had been due to expire Friday evening.", date(2025, 6, 30), "2025-06-27TEV"),
        ("The offer will expire by Friday.", date(2025, 6, 30), "2025-07-04"),
        # a plural schedule in the present lies ahead, an infinitive or a negated one does not
        ("The two ministers meet separately Monday in Geneva.", SATURDAY, "2025-06-30"),
        ("The two ministers decided to meet Monday in Geneva.", SATURDAY, "2025-06-23"),
        ("The two ministers did not meet Monday.", SATURDAY, "2025-06-23"),
        # a verb after 'and' shares the past perfect before the comma
        (
            "The court had found that the ferry must stop, and named Friday as the deadline for it.",
            date(2025, 6, 28),
            "2025-06-27",
        ),
        # 'by the Tuesday deadline': 'by' governs the deadline, the clause its tense
        (
            "The bank closed the sale, with 97% of holders selling by the Tuesday deadline.",
            SATURDAY,
            "2025-06-24",
        ),
        ("Growers must file their claims by the Tuesday deadline.", SATURDAY, "2025-07-01"),
        # a named day's event ('Wednesday's ruling') has happened, unless it lies ahead
        ("Lawyers said they would appeal Wednesday's ruling.", date(2025, 6, 27), "2025-06-25"),
        ("Campaigns will wind down before Sunday's vote.", date(2025, 6, 27), "2025-06-29"),
        # right of a sentence-initial day, the nearest verb governs
        (
            "On Tuesday, the Regional Growers Association of the Lowlands plans to meet.",
            SATURDAY,
            "2025-07-01",
        ),
        # the season of an 'end of' or three seasons ahead is the one just gone
        ("Fighting is heavy at the end of the autumn.", date(2025, 1, 15), "2024-FA"),
        ("In the autumn, the front moved.", date(2025, 1, 15), "2024-FA"),
        ("Elections will be held in the autumn.", date(2025, 1, 15), "2025-FA"),
    ],
)
def test_find_time_expressions_tense_of_the_clause(text, dct, value):
    assert one(text, dct).value == value


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("Membership fell through the nineties.", "the nineties", "199"),
        ("Rents rose in the late nineteen-twenties.", "nineteen-twenties", "192"),
        ("Earnings will be lower in the last half of 2024.", "last half of 2024", "2024-H2"),
        ("Demand stays weak through the first two quarters of 2026.", "first two quarters", "2026-H1"),
        ("A hearing is set for the week of July 7.", "week of July 7", "2025-W28"),
        ("The summit meets on July 24 and 25.", "25", "2025-07-25"),
        ("Then, a week or so ago, the general chose a date.", "a week or so ago", "2025-06-21"),
        ("By mid afternoon the shelling stopped.", "mid afternoon", "2025-06-28TAF"),
        ("Shares were up at mid-afternoon yesterday.", "mid-afternoon yesterday", "2025-06-27TAF"),
        ("The post-2014 order split families.", "2014", "2014"),
        ("The March accession lets them vote.", "March", "2025-03"),
        ("A report in The Daily Times on Friday said so.", "Friday", "2025-06-27"),
    ],
)
def test_find_time_expressions_extents(text, words, value):
    assert one(text, SATURDAY, words).value == value


@pytest.mark.parametrize("text", ["He writes for the Mail on Sunday.", "The March of Dimes raised funds."])
def test_find_time_expressions_names_are_not_dates(text):
    assert find_time_expressions(text, SATURDAY) == []


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        # after a period longer than a quarter, comparisons are read in years
        (
            "Widget Co. posted a third-quarter loss. For the first nine months, net rose from a year earlier.",
            "a year earlier",
            "2024",
        ),
        (
            "Widget Co. posted a third-quarter loss. In the nine months, net fell from the 2024 period.",
            "the 2024 period",
            "2024",
        ),
        (
            "Widget Co. posted a third-quarter loss. In the nine months, net fell; year-earlier results were weak.",
            "year-earlier",
            "2024",
        ),
        # and a quarter named again brings the quarter back
        (
            "For the nine months, net rose. Third-quarter sales rose from a year earlier.",
            "a year earlier",
            "2024-Q3",
        ),
    ],
)
def test_find_time_expressions_results_periods(text, words, value):
    assert one(text, date(2025, 10, 30), words).value == value


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("Stocks closed on Friday, Oct. 24, below the previous Friday.", "previous Friday", "2025-10-17"),
        ("They signed on Friday, Oct. 24, and met the following Tuesday.", "following Tuesday", "2025-10-28"),
        ("The day before last Tuesday's hearing, he flew home.", "day before", "2025-10-27"),
        ("In March, the board met. The following month, it sold the firm.", "following month", "2025-04"),
    ],
)
def test_find_time_expressions_anaphoric_days_and_months(text, words, value):
    assert one(text, date(2025, 10, 30), words).value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The deadline passed on the 31st.", "2024-12-31"),
        ("The vote will be held on the 25th.", "2025-01-25"),
        ("Talks will resume on the 15th of next month.", "2025-02-15"),
        ("In March, talks stalled; on the 3rd, they resumed.", "2024-03-03"),
    ],
)
def test_find_time_expressions_ordinal_days(text, value):
    assert one(text, date(2025, 1, 20), "the ").value == value


@pytest.mark.parametrize(
    "text", ["The 31st Division held.", "It marks the 25th anniversary.", "The 11th Circuit ruled."]
)
def test_find_time_expressions_ordinals_that_count_something(text):
    assert find_time_expressions(text, date(2025, 1, 20)) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("It does not bode well for coming quarters.", "coming quarters"),
        ("The losses cut tax payments in future quarters.", "future quarters"),
        ("It may seek more financing at a later date.", "a later date"),
        ("It will sell the unit as soon as possible.", "as soon as possible"),
    ],
)
def test_find_time_expressions_future_references(text, words):
    assert one(text, SATURDAY, words).value == "FUTURE_REF"


@pytest.mark.parametrize(
    ("text", "dct", "words", "value"),
    [
        ("People were heading to church on Palm Sunday.", date(2025, 4, 14), "Palm Sunday", "2025-04-13"),
        ("Shelling began on the morning of September 3.", date(2024, 9, 4), "morning of", "2024-09-03TMO"),
        ("Drones struck on the night of Aug. 6.", date(2024, 9, 4), "Aug. 6", "2024-08-06"),
        # 'need' is no past tense; 'before winter' is the coming one
        ("The agency expects more people who need winter aid.", date(2024, 11, 29), "winter", "2024-WI"),
        (
            "He accused Moscow of making life unbearable before winter.",
            date(2024, 11, 29),
            "winter",
            "2024-WI",
        ),
    ],
)
def test_find_time_expressions_holidays_parts_and_seasons(text, dct, words, value):
    assert one(text, dct, words).value == value


@pytest.mark.parametrize(
    ("text", "dct", "words", "value"),
    [
        ("Protesters prayed as Easter week began.", date(2000, 4, 17), "Easter week", "2000-W16"),
        ("Islam will one day be the second religion here.", SATURDAY, "one day", "FUTURE_REF"),
        ("The repair took one day.", SATURDAY, "one day", "P1D"),
    ],
)
def test_find_time_expressions_holiday_weeks_and_one_day(text, dct, words, value):
    assert one(text, dct, words).value == value


def test_find_time_expressions_reported_quarter_outlives_background_quarters():
    text = (
        "Widget Co. posted a 20% gain in third-quarter net income. After a flat second quarter, "
        "sales recovered. Charges taken in the year-earlier period were large."
    )
    assert one(text, date(2025, 11, 1), "year-earlier period").value == "2024-Q3"


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("Talks resumed a week ago.", "a week ago", "2025-06-21"),
        ("Talks resumed two weeks ago.", "two weeks ago", "2025-06-14"),
        ("Talks resumed six weeks ago.", "six weeks ago", "2025-W20"),
        ("The details will be announced later.", "later", "FUTURE_REF"),
    ],
)
def test_find_time_expressions_ago_and_later(text, words, value):
    assert one(text, SATURDAY, words).value == value


@pytest.mark.parametrize("text", ["He later served in the navy.", "Later, the controller asked for details."])
def test_find_time_expressions_narrative_later_is_no_future_reference(text):
    assert find_time_expressions(text, SATURDAY) == []


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("The convoy leaves at 4 in the morning.", "4 in the morning", "2025-06-28T04:00"),
        ("The strike came at 3 o'clock in the afternoon.", "3 o'clock", "2025-06-28T15:00"),
    ],
)
def test_find_time_expressions_clock_in_the_morning(text, words, value):
    assert one(text, SATURDAY, words).value == value


def test_find_time_expressions_age_in_the_morning_is_no_clock():
    found = find_time_expressions("He was 12 in the morning of his life.", SATURDAY)
    assert [t.value for t in found] == ["2025-06-28TMO"]


def test_find_time_expressions_as_early_as_looks_ahead():
    assert (
        one("The father could come as early as Tuesday.", date(2025, 6, 30), "Tuesday").value == "2025-07-01"
    )


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("The ceasefire ends on July 4. Until then, convoys may cross the bridge.", "then", "2025-07-04"),
        (
            "Talks must finish by July 9. If no deal is signed by that time, the tariffs apply.",
            "that time",
            "2025-07-09",
        ),
    ],
)
def test_find_time_expressions_until_then_is_the_time_last_named(text, words, value):
    assert one(text, SATURDAY, words).value == value


@pytest.mark.parametrize(
    "text",
    [
        "The decree was signed by then-Governor Petrov in 2019.",  # a former title, not a time
        "The bill was tabled by then Deputy Minister Orlova.",
        "The army regrouped. Much later, and only by then, the roads were open.",  # nothing named near
    ],
)
def test_find_time_expressions_then_without_a_time_named(text):
    assert [t.text for t in find_time_expressions(text, SATURDAY) if t.text in {"then", "that time"}] == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Floods hit the valley in past years as well.", "PAST_REF"),
        ("The town was shelled twice in past weeks.", "PAST_REF"),
    ],
)
def test_find_time_expressions_past_units_are_past_reference(text, value):
    assert one(text, SATURDAY).value == value


def test_find_time_expressions_the_past_years_stays_a_duration():
    assert one("Prices rose over the past years.", SATURDAY).value == "PXY"


def test_find_time_expressions_plans_as_a_noun_is_no_future_cue():
    # 'holiday plans' is a noun: the clause stays in the past; 'plans to' still looks ahead
    monday = date(2025, 6, 30)
    assert one(
        "On Friday, when the envoy cut short her holiday plans, talks resumed.", monday, "Friday"
    ).value == ("2025-06-27")
    assert one("The ministry plans to reopen the border on Friday.", monday, "Friday").value == "2025-07-04"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The spot will air during Sunday's final.", "2025-06-29"),  # the clause's event is on that Sunday
        ("Voters will cast ballots in Tuesday's runoff.", "2025-07-01"),
        ("The party will appeal Tuesday's ruling.", "2025-06-24"),  # an object: the ruling has happened
        ("The striker scored in Tuesday's final.", "2025-06-24"),
    ],
)
def test_find_time_expressions_possessive_weekday_after_a_preposition_follows_the_clause(text, value):
    assert one(text, SATURDAY).value == value


def test_find_time_expressions_some_day_is_future_reference():
    assert one("Refugees hope the bridge will reopen some day.", SATURDAY).value == "FUTURE_REF"
    assert one("Some days the shelling stops.", SATURDAY).type == "DURATION"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Exports shrank in the October-December quarter.", "2024-Q4"),
        ("Profit doubled in the April-June period of 2023.", "2023-Q2"),
        ("Orders will rise in the July to September quarter.", "2025-Q3"),
    ],
)
def test_find_time_expressions_month_span_quarter(text, value):
    assert one(text, SATURDAY).value == value


def test_find_time_expressions_month_span_off_the_quarters_is_no_quarter():
    found = find_time_expressions("Output rose in the February-April period.", SATURDAY)
    assert all("Q" not in (t.value or "") for t in found)


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("The dam was finished in 2016 and failed two years later.", "two years later", "2018"),
        ("The dam was finished in 2016. A year earlier, the valley was flooded.", "A year earlier", "2015"),
        # the year named last, not an older day
        (
            "On May 2, 2010, the works began. The dam opened in 2016 and failed a year later.",
            "a year later",
            "2017",
        ),
    ],
)
def test_find_time_expressions_years_later_count_from_the_year_named(text, words, value):
    assert one(text, SATURDAY, words).value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The two-day summit ends Wednesday.", "2025-07-02"),  # a schedule told in the present
        ("Voting starts Sunday.", "2025-06-29"),
        ("The summit ended Wednesday.", "2025-06-25"),
    ],
)
def test_find_time_expressions_present_schedule_verbs_look_ahead(text, value):
    assert one(text, SATURDAY, text.split()[-1].rstrip(".")).value == value


def test_find_time_expressions_a_year_earlier_with_nothing_named_counts_from_the_dct():
    assert one("Grain exports rose 4% from a year earlier.", SATURDAY).value == "2024"


def test_find_time_expressions_part_of_day_far_from_the_last_day_named_is_the_storys_day():
    text = (
        "Drones hit the port overnight, the governor said on Friday. Two cranes burned. "
        "The minister said on Tuesday that more air defence was coming. The navy denied losses. "
        "Talks stalled. Dockers spent the morning clearing debris."
    )
    assert one(text, SATURDAY, "the morning").value == "2025-06-27TMO"
    near = "The minister spoke on Tuesday. In the morning, the port reopened."
    assert one(near, SATURDAY, "the morning").value == "2025-06-24TMO"


def test_find_time_expressions_far_from_the_last_day_named_the_day_is_the_storys_and_a_clock_the_dcts():
    text = (
        "Shelling resumed in the city, officials said on Friday. Schools closed. "
        "The mayor said on Tuesday that shelters were full. Aid was short. Trains stopped. "
        "Late in the day, a convoy arrived. Fuel ran low. Power failed. Water was cut. Sirens sounded at 9 p.m."
    )
    assert one(text, SATURDAY, "the day").value == "2025-06-27"
    assert one(text, SATURDAY, "9 p.m.").value == "2025-06-28T21:00"  # a live blog's entry stamp


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The runoff is set for Sunday.", "2025-06-29"),
        ("The storm is forecast to reach the coast on Sunday.", "2025-06-29"),
        ("Voters go to the polls Sunday.", "2025-06-29"),
        # an onset, not a schedule: the date told stays in the past
        ("The strain begins to show in the figures released on June 3.", "2025-06-03"),
    ],
)
def test_find_time_expressions_schedule_cues(text, value):
    assert one(text, SATURDAY).value == value


@pytest.mark.parametrize(
    "text",
    ["Trust grows from the day in and day out work of the crews.", "She works the day shift at the depot."],
)
def test_find_time_expressions_day_idioms_are_no_anaphoric_day(text):
    assert [t.text for t in find_time_expressions(text, SATURDAY)] == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The bridge will be reopened on Monday.", "2025-06-30"),  # a passive after 'be' follows 'will'
        ("The bridge was reopened on Monday.", "2025-06-23"),
        ("The bridge has been reopened on Monday.", "2025-06-23"),
    ],
)
def test_find_time_expressions_passive_after_be_follows_its_auxiliary(text, value):
    assert one(text, SATURDAY).value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Only a moderate can win in November.", "2025-11"),  # 'can' looks ahead
        ("We can still reopen the crossing on Tuesday.", "2025-07-01"),
        (
            "Both sides can honour the truce agreed in December.",
            "2024-12",
        ),  # the -ed verb right before governs
    ],
)
def test_find_time_expressions_can_looks_ahead(text, value):
    assert one(text, SATURDAY).value == value


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        (
            "The governor pledged Tuesday to rebuild the school.",
            "Tuesday",
            "2025-06-24",
        ),  # when the pledge was made
        ("The governor promised on Tuesday to rebuild the school.", "Tuesday", "2025-06-24"),
        (
            "The city had been renting the hall for $12,000 a month until May.",
            "May",
            "2025-05",
        ),  # '12,000' is no clause
    ],
)
def test_find_time_expressions_promise_dates_and_number_commas(text, words, value):
    assert one(text, SATURDAY, words).value == value


def test_find_time_expressions_typographic_apostrophe_future():
    assert one("“We’ll meet again on Friday,” she said.", SATURDAY, "Friday").value == "2025-07-04"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Candidates crossed the state ahead of the runoff on Sunday.", "2025-06-29"),
        ("Crowds gathered ahead of Sunday's vote.", "2025-06-29"),
        (
            "Just ahead of the trip, the ministry on Tuesday issued a warning.",
            "2025-06-24",
        ),  # the comma ends it
    ],
)
def test_find_time_expressions_weekday_inside_ahead_of_looks_ahead(text, value):
    assert one(text, SATURDAY, next(w for w in text.split() if "day" in w).rstrip(".'s")).value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Turnout in the November general election is the question.", "2025-11"),  # named ahead
        ("Delegates prepare for the party convention in August.", "2025-08"),
        ("Turnout fell sharply in the November election.", "2024-11"),  # a past clause keeps it past
    ],
)
def test_find_time_expressions_scheduled_vote_month(text, value):
    assert one(text, SATURDAY).value == value


@pytest.mark.parametrize(
    ("text", "dct", "words", "value"),
    [
        # a month the clause's deal or office lies ahead of: the coming one
        (
            "The brewer announced an agreement to buy the dairy in February.",
            date(2025, 11, 4),
            "February",
            "2026-02",
        ),
        ("The new governor takes office in January.", date(2025, 8, 12), "January", "2026-01"),
        # 'through' a month that comes within three months: the coming one, not a span long gone
        ("Lenders have extended the credit line through February.", date(2025, 11, 4), "February", "2026-02"),
        ("Sales rose 4% in the nine months through June.", date(2025, 11, 4), "June", "2025-06"),
        # an irregular participle right before the date puts it in the past ('set on', 'hit on')
        ("Shares closed near the record set on Sept. 9.", date(2025, 3, 14), "Sept. 9", "2024-09-09"),
        ("The index is set on Sept. 9 to rebalance.", date(2025, 3, 14), "Sept. 9", "2025-09-09"),
    ],
)
def test_find_time_expressions_month_ahead_and_participles(text, dct, words, value):
    assert one(text, dct, words).value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Today is the fifth day of the port strike.", "2025-06-28"),
        ("It's the third straight day of rain in the capital.", "2025-06-28"),
        ("On the second day of talks, the envoys left.", None),  # a count with no anchor: no expression
        ("The port has been shut for a third straight day.", "2025-06-28"),  # the day being told
        ("On Thursday the port stayed shut for a second consecutive day.", "2025-06-26"),
        ("The rally ran for a second day.", None),  # no 'straight' or 'consecutive': a count
    ],
)
def test_find_time_expressions_today_is_the_nth_day(text, value):
    found = [t for t in find_time_expressions(text, SATURDAY) if t.text.endswith(" day")]
    assert [t.value for t in found] == ([value] if value else [])


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        # a day its past-tense verb governs directly cannot lie ahead of the DCT: last year's
        ("The chain's fiscal year ended Nov. 5 with a small loss.", "Nov. 5", "2024-11-05"),
        ("The deadline was moved to Nov. 5.", "Nov. 5", "2025-11-05"),  # no verb right before
        ("Bids are due by Nov. 5.", "Nov. 5", "2025-11-05"),  # a deadline
        ("They hope to last until the ballots are counted Nov. 5.", "Nov. 5", "2025-11-05"),  # a passive
        ("All eyes are on the much-hyped Nov. 5 runoff.", "Nov. 5", "2025-11-05"),  # an adjective
        # a quarter said to have ended on such a day is of that day's year
        ("In the third quarter ended Nov. 5, the chain lost money.", "third quarter", "2024-Q3"),
        ("In the third quarter ended Sept. 30, the chain lost money.", "third quarter", "2025-Q3"),
    ],
)
def test_find_time_expressions_ended_on_a_day_ahead(text, words, value):
    assert one(text, date(2025, 10, 28), words).value == value


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # an amount before or after an event told with its day is a day
        (
            "The ranger was shot dead on March 3. A hiker saw the van 4 days before the shooting.",
            "4 days",
            "2025-02-27",
        ),
        (
            "The depot was bombed on March 3. Crews returned two weeks after the bombing.",
            "two weeks",
            "2025-03-17",
        ),
        # a clock time right before such an amount is on that day
        (
            "The ranger was shot dead on March 3. A hiker saw the van at 7 a.m. near the gate 4 days "
            "before the murder.",
            "7 a.m.",
            "2025-02-27T07:00",
        ),
        # far from any day named, a clock time in a sentence telling the event is on its day
        (
            "The ranger was shot dead on March 3. Police have a suspect. The rifle was found in April. "
            "Tests are under way. The ranger, 40, was shot at 9 p.m. in his cabin.",
            "9 p.m.",
            "2025-03-03T21:00",
        ),
        # no day told for the event: the amount stays a duration
        ("A hiker saw the van 4 days before the shooting.", "4 days", "P4D"),
        # one amount, 'ten years and a week', is no day
        (
            "The depot was bombed on March 3. Ten years and a week after the bombing, it reopened.",
            "a week",
            "P1W",
        ),
    ],
)
def test_find_time_expressions_anchored_to_a_told_event(text, span, value):
    found = {t.text: t.value for t in find_time_expressions(text, date(2025, 6, 28))}
    assert found[span] == value


def test_find_time_expressions_high_noon_is_no_clock_time():
    texts = ["For the farmers of the valley, high noon comes this week.", "The vote is at noon."]
    assert [[t.text for t in find_time_expressions(x, SATURDAY)] for x in texts] == [["this week"], ["noon"]]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # 'that same day' right after a month: a day of that month
        (
            "Two wardens were hurt, the last one in March when a boat capsized. A rescue began that same day.",
            "2025-03-XX",
        ),
        # far from any day named, the last day named
        (
            "Crews came from the north. Roads were shut. The dam failed on May 2. Power was cut. "
            "Schools closed. Buses stopped. The mayor resigned that same day.",
            "2025-05-02",
        ),
    ],
)
def test_find_time_expressions_that_same_day(text, value):
    assert one(text, SATURDAY, "that same day").value == value
