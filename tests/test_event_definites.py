"""Definite event descriptions ('the incursion', 'the operation', 'the offensive') when an article
has several events of their family (issue 10; sentences written here)."""

from spacy.language import Language
from spacy.tokens import Doc

from tests.helpers import run


def mentions_of(doc: Doc, key: str) -> list[str]:
    event = next((e for e in doc._.events if e.key == key), None)
    assert event is not None, [e.key for e in doc._.events]
    return [m.text for m in event.mentions]


def test_definite_incursion_means_the_operation_named_before_not_the_one_named_after(nlp: Language) -> None:
    doc = run(
        nlp,
        "Kyiv began the Belgorod operation in May. Analysts say the incursion did not halt "
        "Russia's offensive in Kharkiv Oblast.",
    )
    assert "incursion" in mentions_of(doc, "event:operation:belgorod")
    assert mentions_of(doc, "event:operation:kharkiv") == ["offensive"]


def test_definite_description_takes_the_most_recent_compatible_event(nlp: Language) -> None:
    doc = run(
        nlp,
        "Moscow pressed its offensive in Zaporizhzhia Oblast all spring. In June, Kyiv opened the "
        "Bryansk operation. Officials called the operation a success.",
    )
    assert mentions_of(doc, "event:operation:bryansk")[-1] == "operation"
    assert "operation" not in mentions_of(doc, "event:operation:zaporizhzhya")


def test_definite_description_skips_an_event_of_a_type_it_cannot_mean(nlp: Language) -> None:
    # 'the incursion' can mean an incursion or an operation, never an offensive named after it
    doc = run(
        nlp,
        "Kyiv began the Belgorod operation in May. Russia's offensive in Kharkiv Oblast went on. "
        "The incursion surprised Moscow.",
    )
    assert "incursion" in mentions_of(doc, "event:operation:belgorod")
    assert "incursion" not in mentions_of(doc, "event:operation:kharkiv")


def test_owned_definite_description_needs_its_owner_in_the_event(nlp: Language) -> None:
    doc = run(
        nlp,
        "Russia launched an offensive in Donetsk Oblast. Kyiv opened the Kursk operation. "
        "Russia's offensive slowed in August.",
    )
    assert "offensive" in " ".join(mentions_of(doc, "event:operation:donetsk"))
    assert all("offensive" not in m for m in mentions_of(doc, "event:operation:kursk"))
