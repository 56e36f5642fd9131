"""Place names written in other forms, on sentences written for these tests: demonyms of every
country, 'St.' for 'Saint', names in capitals."""

import pytest
from spacy.language import Language

from chronicle.extraction.models import Entity
from chronicle.extraction.rules.gazetteer import load_gazetteer


def _entities(nlp: Language, text: str) -> dict[str, Entity]:
    doc = nlp.make_doc(text)
    doc._.article_id = "test"
    return {entity.name: entity for entity in nlp(doc)._.entities}


def test_gazetteer_demonyms_are_english_words():
    demonyms = load_gazetteer().demonyms
    assert demonyms["Mexican"] == "MX"
    assert demonyms["Canadian"] == "CA"
    assert demonyms["Zimbabwean"] == "ZW"
    assert demonyms["South African"] == "ZA"
    assert "Canadan" not in demonyms and "Zimbabwian" not in demonyms and "Antarctican" not in demonyms


def test_entities_demonym_of_a_country_the_regular_rule_missed(nlp):
    found = _entities(nlp, "Mexican farmers blocked a highway. Prices in Mexico rose again in the spring.")
    mentions = [m.text for m in found["Mexico"].mentions]
    assert mentions == ["Mexican", "Mexico"]


def test_gazetteer_st_and_saint_are_one_name():
    found = load_gazetteer().lookup("St. Petersburg")
    assert {(r.name, r.country_code) for r in found} >= {("Saint Petersburg", "RU"), ("St. Petersburg", "US")}
    assert found[0].country_code == "RU"  # the bigger city first
    assert [r.id for r in load_gazetteer().lookup("St Petersburg")] == [r.id for r in found]


def test_gazetteer_region_abbreviations():
    abbreviations = load_gazetteer().abbreviations
    assert abbreviations["Calif."].name == "California"
    assert abbreviations["N.J."].name == "New Jersey"
    assert abbreviations["B.C."].name == "British Columbia"


def test_entities_town_with_its_abbreviated_state(nlp):
    found = _entities(nlp, "The new homes are in Gainesville, Va., a short drive from the capital.")
    town, state = found["Gainesville"].place, found["Virginia"].place
    assert town is not None and town.admin1 == "Virginia"  # not the larger Gainesville in Florida
    assert state is not None and state.kind == "region"
    assert [m.text for m in found["Virginia"].mentions] == ["Va."]


def test_entities_abbreviation_ending_a_sentence_is_no_region(nlp):
    found = _entities(nlp, "Hundreds of families went to Mass. The priest spoke about the flood.")
    assert "Massachusetts" not in found


@pytest.mark.parametrize(
    ("text", "name", "expected", "absent"),
    [
        pytest.param(
            "Talks resumed in NAIROBI on Monday after a pause.",
            "Nairobi",
            {"country_code": "KE", "kind": "city"},
            [],
            id="place-in-capitals-resolves",
        ),
        pytest.param(
            "A bakery in Tacoma, Washington shares its recipes for the holidays.",
            "Washington",
            {"kind": "region", "country_code": "US"},
            [],
            id="region-named-after-its-city-is-the-region",
        ),
        pytest.param(
            "The Walker County (Ga.) Sheriff's Office asked the public for help.",
            "Walker County",
            {"kind": "district", "admin1": "Georgia"},
            [],
            id="county-with-its-state-in-brackets",
        ),
        pytest.param(
            "Shelling hit Bakhmut, Donetsk and Avdiivka overnight.",
            "Donetsk",
            {"kind": "city"},
            [],
            id="list-of-cities-is-no-city-and-region-pair",
        ),
        pytest.param(
            "The hospital in Rome agreed to take the boy, the United States embassy said.",
            "Rome",
            {"country_code": "IT"},
            [],
            id="world-city-outranks-a-small-namesake-of-a-named-country",
        ),
        pytest.param(
            "Rome, Georgia, opened a new library; officials in Georgia praised it.",
            "Rome",
            {"country_code": "US"},
            [],
            id="small-namesake-wins-when-the-article-names-its-region",
        ),
        pytest.param(
            "Ten years ago the couple moved to Thornhill, near Dewsbury.",
            "Thornhill",
            {"country_code": "GB"},
            [],
            id="town-after-a-verb-of-moving-to-is-a-place",
        ),
        pytest.param(
            "The prime minister said that Trinidad and Tobago failed to attend the meeting.",
            "Trinidad and Tobago",
            {"kind": "country", "country_code": "TT"},
            ["Tobago"],
            id="country-named-with-and-is-one-place",
        ),
    ],
)
def test_entities_place_resolves(nlp, text, name, expected, absent):
    found = _entities(nlp, text)
    place = found[name].place
    assert found[name].type == "Place" and place is not None
    assert {field: getattr(place, field) for field in expected} == expected
    assert [other for other in absent if other in found] == []


@pytest.mark.parametrize(
    ("text", "name", "full", "mentions"),
    [
        pytest.param(
            "Adviser John Bolton met the president. Bolton said the talks went well.",
            "Bolton",
            "John Bolton",
            ["John Bolton", "Bolton"],
            id="place-name-that-is-a-named-persons-surname-is-the-person",
        ),
        pytest.param(
            "Yulia Skripal is recovering. Doctors said Yulia was getting better.",
            "Yulia",
            "Yulia Skripal",
            ["Yulia Skripal", "Yulia"],
            id="given-name-of-a-person-named-in-full-joins-the-person",
        ),
    ],
)
def test_entities_short_name_joins_the_person(nlp, text, name, full, mentions):
    found = _entities(nlp, text)
    assert name not in found
    assert [m.text for m in found[full].mentions] == mentions


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "John Bolton visited Bolton on Friday to see his aunt.",
            "Bolton",
            id="place-name-standing-like-a-place-stays-a-place",
        ),
        pytest.param(
            "Jane Lincoln runs a bakery. Lincoln is a quiet city, she said.",
            "Lincoln",
            id="place-name-said-to-be-a-city-is-no-surname",
        ),
    ],
)
def test_entities_name_is_a_place(nlp, text, name):
    assert _entities(nlp, text)[name].type == "Place"
