"""Event keys across articles: one node per real-world event, never one node for two events that only
share a kind (sentences written here)."""

from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from chronicle.extraction.models import Article
from chronicle.extraction.pipeline import make_doc

PUBLISHED = date(2025, 3, 6)


def article(nlp: Language, article_id: str, text: str) -> Doc:
    return nlp(make_doc(nlp, Article(id=article_id, text=text, published_at=PUBLISHED)))


def keys(doc: Doc, family: str) -> list[str]:
    return [e.key for e in doc._.events if e.key.startswith(f"event:{family}:")]


def test_event_key_of_a_generic_event_stays_in_its_article(nlp: Language) -> None:
    first = article(nlp, "first-report", "Officials said a fuel crisis had emptied the farms.")
    second = article(nlp, "second-report", "A fuel crisis gripped the mills, the union said.")
    assert len(keys(first, "crisis")) == len(keys(second, "crisis")) == 1
    assert keys(first, "crisis") != keys(second, "crisis")


def test_event_key_of_a_generic_attack_stays_in_its_article(nlp: Language) -> None:
    first = article(nlp, "first-report", "Residents fled a drone attack on the market.")
    second = article(nlp, "second-report", "Shoppers hid from a drone attack on the market.")
    assert keys(first, "attack") and keys(second, "attack")
    assert not set(keys(first, "attack")) & set(keys(second, "attack"))


def test_event_key_of_a_named_event_is_shared(nlp: Language) -> None:
    first = article(nlp, "first-report", "The Brexit vote divided families.")
    second = article(nlp, "second-report", "Families still argue about the Brexit vote.")
    assert keys(first, "vote") == keys(second, "vote") == ["event:vote:brexit-vote"]


def test_event_key_pinned_by_a_day_is_shared_and_by_a_year_is_not(nlp: Language) -> None:
    day = "The merger was completed on 12 May 2024, the filing shows."
    first, second = article(nlp, "first-report", day), article(nlp, "second-report", day)
    assert keys(first, "merger") == keys(second, "merger")
    year = "The merger was completed in 2019, the filing shows."
    first, second = article(nlp, "first-report", year), article(nlp, "second-report", year)
    assert len(keys(first, "merger")) == 1
    assert keys(first, "merger") != keys(second, "merger")


def test_event_falling_prices_are_no_capture(nlp: Language) -> None:
    doc = article(
        nlp,
        "markets",
        "Stocks in Tokyo fell sharply on Monday. U.S. stocks fell 3% on Tuesday. "
        "A sharp fall in Ohio home prices worried lenders.",
    )
    assert keys(doc, "capture") == []


def test_event_a_town_that_falls_is_a_capture(nlp: Language) -> None:
    doc = article(
        nlp,
        "front",
        "The town of Velyka Novosilka fell on Sunday. After the fall of the city of Mariupol, troops left.",
    )
    assert sorted(keys(doc, "capture")) == ["event:capture:mariupol", "event:capture:velyka-novosilka"]
