"""Quantities in the forms war reporting uses (issue 10): shares, rates, money as an adjective,
figures that borrow their noun, and the place a figure is about (sentences written here)."""

import pytest
from spacy.language import Language

from tests.helpers import run
from tests.test_quantities import place_name, with_value


@pytest.mark.parametrize(
    ("text", "value", "metric", "place"),
    [
        ("A third of the population of Mariupol has left, officials said.", 33.33, "population", "Mariupol"),
        ("Nearly two-thirds of the homes in Bakhmut were destroyed.", 66.67, "homes", "Bakhmut"),
        ("Half of the residents of Kupiansk have fled.", 50, "residents", "Kupiansk"),
        ("One quarter of the grid in Kharkiv is down.", 25, "grid", "Kharkiv"),
    ],
)
def test_quantity_fraction_of_is_a_share_in_percent(
    nlp: Language, text: str, value: float, metric: str, place: str
) -> None:
    doc = run(nlp, text)
    share = with_value(doc, value)
    assert (share.unit, share.metric, place_name(doc, share.place_key)) == ("percent", metric, place)


@pytest.mark.parametrize(
    "text",
    [
        "The talks lasted a quarter of an hour.",
        "On the third day, troops entered Sudzha.",
        "A quarter passed.",
    ],
)
def test_quantity_fraction_words_that_are_no_share(nlp: Language, text: str) -> None:
    assert run(nlp, text)._.quantities == []


def test_quantity_duration_per_period_is_a_rate(nlp: Language) -> None:
    doc = run(nlp, "Blackouts in Odesa last up to 12 hours a day.")
    rate = with_value(doc, 12)
    assert (rate.unit, rate.metric, rate.bound, place_name(doc, rate.place_key)) == (
        "hour",
        "Blackouts",
        "at_most",
        "Odesa",
    )


def test_quantity_plain_duration_is_no_figure(nlp: Language) -> None:
    assert run(nlp, "The shelling of Odesa went on for 12 hours.")._.quantities == []


@pytest.mark.parametrize(
    ("text", "value", "unit", "metric"),
    [
        ("The EU approved a 50 billion euro loan to Ukraine.", 5e10, "EUR", "euro loan"),
        ("Kyiv got a 1.5 million dollar grant.", 1.5e6, "USD", "dollar grant"),
        ("Washington sent a $300 million aid package to Kyiv.", 3e8, "USD", "aid package"),
    ],
)
def test_quantity_money_before_the_noun_it_funds(
    nlp: Language, text: str, value: float, unit: str, metric: str
) -> None:
    money = with_value(run(nlp, text), value)
    assert (money.unit, money.metric) == (unit, metric)


def test_quantity_number_of_x_rising_to_a_figure_counts_x(nlp: Language) -> None:
    doc = run(
        nlp,
        "The agency expects the number of people who need shelter in border areas to rise to 2.4 million.",
    )
    assert with_value(doc, 2.4e6).metric == "people"


def test_quantity_bare_number_beside_a_counted_one_borrows_its_noun(nlp: Language) -> None:
    doc = run(nlp, "The motion passed with 120 votes in favour, 40 against and 12 abstentions.")
    assert [(q.value, q.metric) for q in doc._.quantities] == [
        (120, "votes"),
        (40, "votes"),
        (12, "abstentions"),
    ]


@pytest.mark.parametrize(
    ("text", "value", "place"),
    [
        # where an event struck, named in the subject that killed
        (
            "Officials said a missile strike on Kryvyi Rih, the mayor's hometown, killed 20 people.",
            20,
            "Kryvyi Rih",
        ),
        # the destination of a movement, not its origin
        (
            "Seoul says some 2,000 troops were shipped from Murmansk to Vladivostok last week.",
            2000,
            "Vladivostok",
        ),
        ("Moscow has moved about 9,000 troops to the Bryansk region since June.", 9000, "Bryansk region"),
        # a place that holds the figure as its verb's subject
        (
            "Ukraine needs at least ten more Patriot systems, he said, and accused Russia of stalling.",
            10,
            "Ukraine",
        ),
        # a place on a verb conjoined to the figure's verb
        (
            "Kharkiv was shelled again. Some 300 soldiers were killed or wounded near Vovchansk.",
            300,
            "Vovchansk",
        ),
    ],
)
def test_quantity_place_forms(nlp: Language, text: str, value: float, place: str) -> None:
    doc = run(nlp, text)
    assert place_name(doc, with_value(doc, value).place_key) == place


def test_quantity_the_capital_is_the_city_the_text_is_about(nlp: Language) -> None:
    doc = run(
        nlp,
        "Drones struck Kyiv overnight. Kyiv's mayor said the blasts were loud. Officials in Irpin "
        "reported damage. More than 40 people have been hurt in the capital since May.",
    )
    assert place_name(doc, with_value(doc, 40).place_key) == "Kyiv"


def test_quantity_the_town_far_from_its_name_is_the_town_of_the_text(nlp: Language) -> None:
    doc = run(
        nlp,
        "Pokrovsk was a mining town. Pokrovsk had 60,000 people before the war. The mine closed in "
        "May. Buses stopped running. Shops shut. Relatives now ask about 200 residents of the town.",
    )
    assert place_name(doc, with_value(doc, 200).place_key) == "Pokrovsk"


def test_quantity_launched_with_no_target_named_is_about_the_country_the_text_is_about(
    nlp: Language,
) -> None:
    doc = run(
        nlp,
        "Ukraine's grid was hit again. Kyiv asked for more help. Power was cut across Ukraine. "
        "Workers rushed to repair lines. Russia launched 60 missiles and 80 drones, the air force "
        "said, adding that air defenses shot down 55 of the missiles.",
    )
    places = [(q.value, place_name(doc, q.place_key)) for q in doc._.quantities]
    assert places == [(60, "Ukraine"), (80, "Ukraine"), (55, "Ukraine")]


def test_quantity_part_of_an_earlier_figure_is_where_that_figure_is(nlp: Language) -> None:
    doc = run(
        nlp,
        "Drones flew over Dnipro overnight. Russia sent 30 drones toward Dnipro, and air defenses "
        "downed 25 of the drones.",
    )
    assert place_name(doc, with_value(doc, 25).place_key) == "Dnipro"


def test_quantity_bare_number_after_a_singular_noun_borrows_nothing(nlp: Language) -> None:
    doc = run(nlp, "Those who worked on the program five, six, seven years are proud.")
    assert [q for q in doc._.quantities if q.value == 6] == []


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        (
            "The staff said Russia lost about 1,150 soldiers per day near Pokrovsk in May.",
            1150,
            "soldiers per day",
        ),
        ("Kyiv says Russia loses roughly 40 tanks a week on the southern front.", 40, "tanks per week"),
    ],
)
def test_quantity_losses_per_period_are_a_rate(nlp: Language, text: str, value: float, metric: str) -> None:
    assert with_value(run(nlp, text), value).metric == metric


def test_quantity_distance_covered_for_the_last_kilometers(nlp: Language) -> None:
    doc = run(nlp, "Troops carried supplies on foot for the last eight kilometers to Kupiansk.")
    distance = with_value(doc, 8)
    assert (distance.metric, distance.unit, place_name(doc, distance.place_key)) == (
        "distance",
        "km",
        "Kupiansk",
    )


def test_quantity_their_number_counts_the_group_named_before(nlp: Language) -> None:
    doc = run(
        nlp,
        "Officials said there was evidence of Iranian advisers in Syria. A Pentagon spokesperson "
        "later put their number at around 400.",
    )
    figure = with_value(doc, 400)
    assert (figure.metric, place_name(doc, figure.place_key), figure.source_name) == (
        "Iranian advisers",
        "Syria",
        "Pentagon spokesperson",
    )


def test_quantity_their_number_is_not_the_estimators(nlp: Language) -> None:
    doc = run(nlp, "Protesters gathered in Tbilisi. Police put their number at about 2,000.")
    assert with_value(doc, 2000).metric == "Protesters"
