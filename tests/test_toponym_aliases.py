"""A GeoNames alternate spelling never takes a name from the big city that bears it, and a town's name
after a noun naming a kind of company is the company (issue 10):
sentences written for these tests."""

from spacy.language import Language

from chronicle.extraction.models import Entity
from chronicle.extraction.rules.gazetteer import load_gazetteer


def _entities(nlp: Language, text: str) -> dict[str, Entity]:
    doc = nlp.make_doc(text)
    doc._.article_id = "test"
    return {entity.name: entity for entity in nlp(doc)._.entities}


def test_entities_frankfurt_beside_the_united_states_is_frankfurt_am_main(nlp: Language) -> None:
    found = _entities(
        nlp,
        "Carmakers from the United States showed three new sedans at the motor show in Frankfurt on Tuesday.",
    )
    place = found["Frankfurt am Main"].place
    assert place is not None and place.country_code == "DE"
    assert "Frankfort" not in found


def test_entities_a_town_the_article_places_keeps_its_alias(nlp: Language) -> None:
    found = _entities(
        nlp,
        "Lawmakers met in Frankfurt, Kentucky, on Monday to debate the state budget.",
    )
    places = {(e.name, e.place.country_code) for e in found.values() if e.place is not None}
    assert ("Frankfort", "US") in places


def test_entities_a_company_named_like_a_city_after_its_kind_is_a_company(nlp: Language) -> None:
    found = _entities(nlp, "The Japanese carmaker Toyota said on Monday that it would open a second plant.")
    assert found["Toyota"].type == "Organization"


def test_entities_the_city_of_that_name_stays_a_place(nlp: Language) -> None:
    found = _entities(nlp, "Heavy rain flooded streets in the city of Toyota on Monday.")
    assert found["Toyota"].type == "Place"


def test_gazetteer_spaces_for_hyphens_and_hyphens_for_spaces() -> None:
    gazetteer = load_gazetteer()
    assert [r.id for r in gazetteer.lookup("Rostov on Don")] == [
        r.id for r in gazetteer.lookup("Rostov-on-Don")
    ]
    assert gazetteer.lookup("Rostov on Don")[0].country_code == "RU"
    assert gazetteer.lookup("Stratford upon Avon")[0].country_code == "GB"
