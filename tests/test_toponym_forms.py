"""Place names written in other forms, on sentences written for these tests: demonyms of every
country, 'St.' for 'Saint', names in capitals."""

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


def test_entities_place_in_capitals_resolves(nlp):
    found = _entities(nlp, "Talks resumed in NAIROBI on Monday after a pause.")
    place = found["Nairobi"].place
    assert found["Nairobi"].type == "Place"
    assert place is not None and place.country_code == "KE" and place.kind == "city"


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


def test_entities_region_named_after_its_city_is_the_region(nlp):
    found = _entities(nlp, "A bakery in Tacoma, Washington shares its recipes for the holidays.")
    state = found["Washington"].place
    assert state is not None and state.kind == "region" and state.country_code == "US"


def test_entities_county_with_its_state_in_brackets(nlp):
    found = _entities(nlp, "The Walker County (Ga.) Sheriff's Office asked the public for help.")
    county = found["Walker County"].place
    assert county is not None and county.kind == "district" and county.admin1 == "Georgia"


def test_entities_list_of_cities_is_no_city_and_region_pair(nlp):
    found = _entities(nlp, "Shelling hit Bakhmut, Donetsk and Avdiivka overnight.")
    donetsk = found["Donetsk"].place
    assert donetsk is not None and donetsk.kind == "city"


def test_entities_abbreviation_ending_a_sentence_is_no_region(nlp):
    found = _entities(nlp, "Hundreds of families went to Mass. The priest spoke about the flood.")
    assert "Massachusetts" not in found


def test_entities_world_city_outranks_a_small_namesake_of_a_named_country(nlp):
    found = _entities(nlp, "The hospital in Rome agreed to take the boy, the United States embassy said.")
    rome = found["Rome"].place
    assert rome is not None and rome.country_code == "IT"


def test_entities_small_namesake_wins_when_the_article_names_its_region(nlp):
    found = _entities(nlp, "Rome, Georgia, opened a new library; officials in Georgia praised it.")
    rome = found["Rome"].place
    assert rome is not None and rome.country_code == "US"


def test_entities_town_after_a_verb_of_moving_to_is_a_place(nlp):
    found = _entities(nlp, "Ten years ago the couple moved to Thornhill, near Dewsbury.")
    assert found["Thornhill"].type == "Place"
    assert found["Thornhill"].place is not None and found["Thornhill"].place.country_code == "GB"


def test_entities_place_name_that_is_a_named_persons_surname_is_the_person(nlp):
    found = _entities(nlp, "Adviser John Bolton met the president. Bolton said the talks went well.")
    assert "Bolton" not in found
    assert [m.text for m in found["John Bolton"].mentions] == ["John Bolton", "Bolton"]


def test_entities_place_name_standing_like_a_place_stays_a_place(nlp):
    found = _entities(nlp, "John Bolton visited Bolton on Friday to see his aunt.")
    assert found["Bolton"].type == "Place"


def test_entities_given_name_of_a_person_named_in_full_joins_the_person(nlp):
    found = _entities(nlp, "Yulia Skripal is recovering. Doctors said Yulia was getting better.")
    assert "Yulia" not in found
    assert [m.text for m in found["Yulia Skripal"].mentions] == ["Yulia Skripal", "Yulia"]


def test_entities_country_named_with_and_is_one_place(nlp):
    found = _entities(nlp, "The prime minister said that Trinidad and Tobago failed to attend the meeting.")
    country = found["Trinidad and Tobago"].place
    assert country is not None and country.kind == "country" and country.country_code == "TT"
    assert "Tobago" not in found


def test_entities_place_name_said_to_be_a_city_is_no_surname(nlp):
    found = _entities(nlp, "Jane Lincoln runs a bakery. Lincoln is a quiet city, she said.")
    assert found["Lincoln"].type == "Place"
