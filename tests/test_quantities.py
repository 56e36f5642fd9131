"""Quantities: number parsing, metric, unit, hedges, place, date and source (sentences written here)."""

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from chronicle.extraction.components.quantities import parse_number
from chronicle.extraction.models import Quantity
from chronicle.extraction.rules.docindex import load_jsonl
from tests.helpers import run

WORDS = {row["word"]: row for row in load_jsonl("number_words.jsonl")}


def with_value(doc: Doc, value: float) -> Quantity:
    found = [q for q in doc._.quantities if q.value == value]
    assert len(found) == 1, [(q.value, q.metric) for q in doc._.quantities]
    return found[0]


def place_name(doc: Doc, key: str | None) -> str | None:
    """The place as the text writes it (the gazetteer may spell its canonical name otherwise)."""
    entity = next((e for e in doc._.entities if e.key == key), None)
    return entity.mentions[0].text if entity is not None and entity.mentions else key


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("111,000", 111000),
        ("1.5 million", 1500000),
        ("four million", 4000000),
        ("half-a-million", 500000),
        ("a dozen", 12),
        ("tens of thousands", 10000),
        ("twenty-five", 25),
        ("3 billion", 3e9),
    ],
)
def test_parse_number_forms(text: str, value: float) -> None:
    assert parse_number(text, WORDS) == value


def test_parse_number_rejects_words() -> None:
    assert parse_number("several", WORDS) is None


@pytest.mark.parametrize(
    ("text", "value", "metric", "approximate"),
    [
        ("About 1.5 million people fled the region.", 1500000, "people", True),
        ("Russia can fund an army of more than half-a-million men.", 500000, "men", True),
        ("Tens of thousands of refugees crossed the border.", 10000, "refugees", True),
        ("The ministry counted 412 damaged schools.", 412, "damaged schools", False),
        ("Nearly 200 Shahed drones were launched.", 200, "Shahed drones", True),
    ],
)
def test_quantity_value_metric_hedge(
    nlp: Language, text: str, value: float, metric: str, approximate: bool
) -> None:
    quantity = with_value(run(nlp, text), value)
    assert (quantity.metric, quantity.approximate) == (metric, approximate)


def test_quantity_model_number_inside_counted_phrase_is_skipped(nlp: Language) -> None:
    doc = run(nlp, "Qatar will buy 20 of Boeing's larger 777 planes.")
    assert [(q.value, q.metric) for q in doc._.quantities] == [(20, "Boeing's larger planes")]


def test_quantity_coordinated_numbers_keep_their_modifiers(nlp: Language) -> None:
    doc = run(nlp, "The operation drew away 63,000 Russian and 7,000 North Korean troops.")
    assert with_value(doc, 63000).metric == "Russian troops"
    assert with_value(doc, 7000).metric == "North Korean troops"


def test_quantity_units(nlp: Language) -> None:
    doc = run(nlp, "Revenues rose to $46 billion. The firm makes 80% of the grain harvesters.")
    money = with_value(doc, 46e9)
    assert (money.unit, money.metric) == ("USD", "Revenues")
    share = with_value(doc, 80)
    assert (share.unit, share.metric) == ("percent", "grain harvesters")


@pytest.mark.parametrize(
    "text",
    [
        "In 2023 the plant closed.",
        "The 90-minute film shows the 1,200-kilometre front line.",
        "Ola Berg, 34, said he was tired.",
        "One of the men left.",
        "The airline bought the new Airbus A330-200 and the 787 fuselage design.",
    ],
)
def test_quantity_skips_years_ages_and_measure_adjectives(nlp: Language, text: str) -> None:
    assert run(nlp, text)._.quantities == []


def test_quantity_place_date_and_source_from_claim(nlp: Language) -> None:
    doc = run(nlp, "There are now 45,000 soldiers near Kharkiv, Anna Kovalenko said on Monday.")
    quantity = with_value(doc, 45000)
    assert place_name(doc, quantity.place_key) == "Kharkiv"
    assert quantity.as_of is not None and quantity.as_of.value == "2025-03-03"
    assert quantity.source_name == "Anna Kovalenko"
    assert quantity.claim_id == doc._.claims[0].id


def test_quantity_date_in_clause_wins(nlp: Language) -> None:
    doc = run(nlp, "About 9,000 troops were in Kherson last December, officials said.")
    quantity = with_value(doc, 9000)
    assert quantity.as_of is not None and quantity.as_of.value == "2024-12"


def test_quantity_the_area_resolves_to_named_place(nlp: Language) -> None:
    doc = run(
        nlp,
        "Heavy fighting was reported near the city of Kupiansk in Kharkiv region. "
        "About 9,000 troops are in the area, officials said.",
    )
    assert place_name(doc, with_value(doc, 9000).place_key) == "Kupiansk"


def test_quantity_place_from_acting_event(nlp: Language) -> None:
    doc = run(nlp, "The Kursk operation pulled back 30,000 Russian troops.")
    assert place_name(doc, with_value(doc, 30000).place_key) == "Kursk"


def test_quantity_bare_number_subject_counts_people(nlp: Language) -> None:
    doc = run(nlp, "Some 60,000 lived in Kramatorsk before the war.")
    quantity = with_value(doc, 60000)
    assert (quantity.metric, place_name(doc, quantity.place_key)) == ("people", "Kramatorsk")


@pytest.mark.parametrize(
    "text",
    [
        "Talvi Motors filed for Chapter 11 protection on Monday.",
        "Passengers waited at Terminal 3 for hours.",
        "The new chip is four times faster than the old one.",
        "The player holds 8GB of music.",
    ],
)
def test_quantity_names_and_specs_are_no_counts(nlp: Language, text: str) -> None:
    assert run(nlp, text)._.quantities == []


def test_quantity_money_after_country_prefix_keeps_its_unit(nlp: Language) -> None:
    quantity = with_value(run(nlp, "The phone is priced at US $199 in stores."), 199)
    assert quantity.unit == "USD"


@pytest.mark.parametrize(
    ("text", "value"),
    [("several thousand", 3000), ("a few hundred", 200), ("a couple of hundred", 200), ("several dozen", 36)],
)
def test_parse_number_vague_magnitudes_are_lower_bounds(text: str, value: float) -> None:
    assert parse_number(text, WORDS) == value


@pytest.mark.parametrize("text", ["a few", "a couple"])
def test_parse_number_vague_word_alone_is_no_number(text: str) -> None:
    assert parse_number(text, WORDS) is None


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        ("Several thousand volunteers joined the army.", 3000, "volunteers"),
        ("A few thousand residents stayed behind.", 2000, "residents"),
        ("Dozens of villages were shelled.", 12, "villages"),
        ("Hundreds of soldiers were wounded.", 100, "soldiers"),
    ],
)
def test_quantity_vague_magnitudes_are_approximate(
    nlp: Language, text: str, value: float, metric: str
) -> None:
    quantity = with_value(run(nlp, text), value)
    assert (quantity.metric, quantity.approximate) == (metric, True)


def test_quantity_vague_word_without_scale_is_no_quantity(nlp: Language) -> None:
    assert run(nlp, "Several villages burned and a few roads were cut.")._.quantities == []


@pytest.mark.parametrize(
    ("text", "value", "metric", "place", "bound"),
    [
        (
            "Russian forces have moved to within about ten kilometres of Kharkiv, officers said.",
            10,
            "distance",
            "Kharkiv",
            "approximate",
        ),
        (
            "The front is now less than 20 km from the southern edge of Kupiansk.",
            20,
            "distance",
            "Kupiansk",
            "at_most",
        ),
        ("The brigade advanced 12 km toward Kupiansk.", 12, "advance", "Kupiansk", "exact"),
        (
            "Rebel units pushed about 10 kilometers into the Kharkiv region last week.",
            10,
            "advance",
            "Kharkiv",
            "approximate",
        ),
        ("Troops came within 5 km of Izium.", 5, "distance", "Izium", "exact"),
    ],
)
def test_quantity_distances_are_figures_about_their_place(
    nlp: Language, text: str, value: float, metric: str, place: str, bound: str
) -> None:
    quantity = with_value(run(nlp, text), value)
    assert (quantity.metric, quantity.unit, quantity.bound) == (metric, "km", bound)
    assert place in (place_name(run(nlp, text), quantity.place_key) or "")


def test_quantity_length_of_something_keeps_unit_out_of_metric(nlp: Language) -> None:
    quantity = with_value(run(nlp, "Engineers laid 500 km of cable last year."), 500)
    assert (quantity.metric, quantity.unit) == ("cable", "km")


def test_quantity_figure_takes_metric_and_place_of_previous_quantity(nlp: Language) -> None:
    doc = run(
        nlp,
        "About 40,000 Russian troops were near Kharkiv on Monday, officials said. Our own figure is "
        "42,000, according to a briefing by the regional military command last week.",
    )
    first, second = with_value(doc, 40000), with_value(doc, 42000)
    assert (second.metric, second.place_key, second.unit) == (first.metric, first.place_key, None)
    assert place_name(doc, second.place_key) == "Kharkiv"
    assert second.source_name == "regional military command"
    assert second.as_of is not None and second.as_of.value == "2025-W09"
    assert first.source_name == "officials"


def test_quantity_puts_the_number_at_names_its_estimator(nlp: Language) -> None:
    doc = run(
        nlp, "Kyiv says 900 civilians died in Mariupol. The regional prosecutor puts the number at 1,200."
    )
    quantity = with_value(doc, 1200)
    assert (quantity.metric, place_name(doc, quantity.place_key)) == ("civilians", "Mariupol")
    assert quantity.source_name == "regional prosecutor"


def test_quantity_figure_too_far_from_any_quantity_is_skipped(nlp: Language) -> None:
    doc = run(
        nlp, "About 40,000 troops were near Kharkiv. The sun rose. The rain fell. Our figure is 42,000."
    )
    assert [q.value for q in doc._.quantities] == [40000]


# the forms war reporting uses --------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "value", "metric", "place"),
    [
        (
            "Some 12,000 enemy fighters were neutralised near Izium last month, the army said.",
            12000,
            "enemy fighters",
            "Izium",
        ),
        ("Some 4,000 of them were neutralised in the Sumy region in May.", 4000, "people", "Sumy"),
        ("The defenders repelled 38% of the assaults near Lyman.", 38, "assaults", "Lyman"),
        ("Tens of thousands of residents have fled Kherson since the spring.", 10000, "residents", "Kherson"),
        ("About a quarter of the town's 18,000 residents stayed in Izium.", 18000, "residents", "Izium"),
        ("With roughly 900 soldiers killed in the Sumy region, the unit withdrew.", 900, "soldiers", "Sumy"),
        ("Air defences shot down 41 of 48 drones over the Odesa region.", 41, "drones", "Odesa"),
        ("Twelve people were killed in the strike on Odesa on Monday.", 12, "people", "Odesa"),
    ],
)
def test_quantity_war_reporting_forms(
    nlp: Language, text: str, value: float, metric: str, place: str
) -> None:
    doc = run(nlp, text)
    quantity = with_value(doc, value)
    assert quantity.metric == metric
    assert place in (place_name(doc, quantity.place_key) or "")


@pytest.mark.parametrize(
    ("text", "value", "value_max", "bound"),
    [
        ("Between 200 and 300 civilians remain in Izium.", 200, 300, "range"),
        ("Some 1,500-2,000 troops are stationed in Kherson.", 1500, 2000, "range"),
        ("The front line moved 2-3 km in a month.", 2, 3, "range"),
        ("Two or three drones hit Odesa.", 2, 3, "range"),
        ("More than 1,200 drones were launched at Ukraine in a week.", 1200, None, "at_least"),
        ("Up to 40 tanks were destroyed near Izium.", 40, None, "at_most"),
        ("Tens of thousands of residents have fled Kherson.", 10000, None, "at_least"),
        ("About 9,000 troops were in Kherson.", 9000, None, "approximate"),
        ("Exactly 412 schools were damaged in Kherson.", 412, None, "exact"),
    ],
)
def test_quantity_ranges_and_hedges(
    nlp: Language, text: str, value: float, value_max: float | None, bound: str
) -> None:
    quantity = with_value(run(nlp, text), value)
    assert (quantity.value_max, quantity.bound) == (value_max, bound)


def test_quantity_change_from_to_is_no_range(nlp: Language) -> None:
    doc = run(nlp, "Prices rose from 200 to 300 dollars.")
    assert all(q.bound != "range" for q in doc._.quantities)


def test_quantity_place_is_never_a_person(nlp: Language) -> None:
    doc = run(nlp, "Anna Kovalenko said 3,000 volunteers joined the army in Kharkiv.")
    people = {e.key for e in doc._.entities if e.type == "Person"}
    assert all(q.place_key not in people for q in doc._.quantities)
    assert place_name(doc, with_value(doc, 3000).place_key) == "Kharkiv"


def test_quantity_bare_number_after_a_casualty_verb_counts_people(nlp: Language) -> None:
    doc = run(
        nlp, "A rocket strike on Kherson killed 12 people on Feb. 3 and injured more than 40, officials said."
    )
    injured = with_value(doc, 40)
    assert injured.metric == "people"
    assert injured.bound == "at_least"
    assert place_name(doc, injured.place_key) == "Kherson"
    assert injured.as_of is not None and injured.as_of.value.endswith("02-03")


def test_quantity_toll_that_rose_to_a_number(nlp: Language) -> None:
    doc = run(nlp, "The death toll from the shelling of Kharkiv rose to 18 on Tuesday.")
    toll = with_value(doc, 18)
    assert toll.metric == "death toll"


def test_quantity_distance_to_a_compass_direction(nlp: Language) -> None:
    doc = run(nlp, "Most families first go to a shelter in Zaporizhzhia, about 80 kilometers to the north.")
    distance = with_value(doc, 80)
    assert (distance.metric, distance.unit) == ("distance", "km")


def test_quantity_place_is_not_the_country_that_fires(nlp: Language) -> None:
    doc = run(
        nlp, "Heavy fighting went on around Kupiansk. Russia fired 40 missiles overnight, the air force said."
    )
    assert place_name(doc, with_value(doc, 40).place_key) == "Kupiansk"


def test_quantity_place_from_a_demonym_on_land(nlp: Language) -> None:
    doc = run(nlp, "Poland said its forces shot down 12 drones over Polish territory on Sunday.")
    assert place_name(doc, with_value(doc, 12).place_key) == "Poland"


def test_quantity_place_is_never_a_holiday(nlp: Language) -> None:
    doc = run(nlp, "Rockets hit Odesa on Easter Sunday. Nine people were wounded, the governor said.")
    assert place_name(doc, with_value(doc, 9).place_key) == "Odesa"


def test_quantity_one_in_n_is_a_share_in_percent(nlp: Language) -> None:
    doc = run(nlp, "The survey found that one in five residents had no heating.")
    share = with_value(doc, 20)
    assert (share.unit, share.metric) == ("percent", "residents")


def test_quantity_count_after_more_and_range_keeps_its_modifiers(nlp: Language) -> None:
    doc = run(
        nlp,
        "The ministry said 2,000 to 3,000 Belarusian servicemen needed at least six more field hospitals.",
    )
    assert with_value(doc, 2000).metric == "Belarusian servicemen"
    assert with_value(doc, 6).metric == "more field hospitals"


def test_quantity_depth_of_a_zone(nlp: Language) -> None:
    doc = run(nlp, "They want a buffer zone twenty kilometers deep.")
    depth = with_value(doc, 20)
    assert (depth.metric, depth.unit) == ("depth", "km")


def test_quantity_people_counted_by_nationality_are_in_their_country(nlp: Language) -> None:
    doc = run(nlp, "Poland closed two crossings. Some 2.1 million Poles have since been vaccinated.")
    assert place_name(doc, with_value(doc, 2100000).place_key) == "Poland"


def test_quantity_place_is_not_across_a_paragraph_break(nlp: Language) -> None:
    doc = run(
        nlp,
        "Drones struck Odesa at night. The air force reported that 40 drones were shot down\n\n"
        "09:10 - A delegation arrived in Lviv.",
    )
    assert place_name(doc, with_value(doc, 40).place_key) == "Odesa"
