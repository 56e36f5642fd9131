"""Antecedents: what 'it' / 'its' stands for, where a thing is, and the events placed through them
(sentences written here)."""

from spacy.language import Language
from spacy.tokens import Doc

from chronicle.extraction.models import Event
from chronicle.extraction.rules.antecedents import pronoun_antecedent, thing_place
from chronicle.extraction.rules.docindex import DocIndex
from tests.helpers import run


def closure(doc: Doc) -> Event:
    found = [e for e in doc._.events if e.type == "closure"]
    assert len(found) == 1, [(e.key, e.type) for e in doc._.events]
    return found[0]


def place_names(doc: Doc, event: Event) -> list[str]:
    names = {e.key: e.name for e in doc._.entities}
    return [names.get(k, k) for k in event.place_keys]


def test_antecedent_prefers_the_previous_subject(nlp: Language) -> None:
    doc = run(nlp, "The old steel plant stood near the river. Last year it closed.")
    index = DocIndex.build(doc)
    pronoun = next(t for t in doc if t.lower_ == "it")
    antecedent = pronoun_antecedent(index, pronoun)
    assert antecedent is not None and antecedent.text == "plant"


def test_antecedent_follows_a_chain_of_pronouns(nlp: Language) -> None:
    doc = run(nlp, "The ferry terminal employed 300 people. It handled grain. In May it was shut down.")
    index = DocIndex.build(doc)
    pronoun = [t for t in doc if t.lower_ == "it"][-1]
    antecedent = pronoun_antecedent(index, pronoun)
    assert antecedent is not None and antecedent.text == "terminal"


def test_antecedent_is_never_a_person(nlp: Language) -> None:
    doc = run(nlp, "Anna Kovalenko visited. It rained.")
    index = DocIndex.build(doc)
    assert pronoun_antecedent(index, next(t for t in doc if t.lower_ == "it")) is None


def test_thing_place_said_of_it_beats_its_country(nlp: Language) -> None:
    doc = run(nlp, "Ukraine's largest steel plant was in Mariupol.")
    index = DocIndex.build(doc)
    ref = thing_place(index, next(t for t in doc if t.text == "plant"))
    assert ref is not None and ref.text == "Mariupol"


def test_thing_place_ignores_places_deep_in_its_phrase(nlp: Language) -> None:
    doc = run(nlp, "The quality of the water in Mariupol was poor.")
    index = DocIndex.build(doc)
    assert thing_place(index, next(t for t in doc if t.text == "quality")) is None


def test_event_closure_through_it_is_at_the_things_place(nlp: Language) -> None:
    doc = run(
        nlp,
        "Ukraine's largest steel plant was in Mariupol and its workers stayed to keep it running. "
        "Once it was forced to shut down early last year, they left too.",
    )
    event = closure(doc)
    assert place_names(doc, event) == ["Mariupol"]
    assert event.name == "closure of steel plant"
    assert event.when is not None and (event.when.value, event.when.mod) == ("2024", "START")


def test_event_closure_of_a_named_thing(nlp: Language) -> None:
    doc = run(nlp, "The Mariupol steel plant shut down in January.")
    assert place_names(doc, closure(doc)) == ["Mariupol"]


def test_event_its_closure_is_at_the_things_place(nlp: Language) -> None:
    doc = run(nlp, "The steel plant in Mariupol employed 300 people. Its closure hurt the city.")
    assert place_names(doc, closure(doc)) == ["Mariupol"]


def test_event_own_place_phrase_wins_over_the_antecedent(nlp: Language) -> None:
    doc = run(nlp, "The steel plant in Mariupol employed 300 people. It shut down at the harbour.")
    assert closure(doc).place_keys == []
