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
