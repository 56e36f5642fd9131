"""Event keys across articles: one node per real-world event, never one node for two events that only
share a kind (sentences written here)."""

from datetime import date

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from chronicle.extraction.models import Article, Entity, Event, Evidence, GraphDoc, Mention
from chronicle.extraction.pipeline import make_doc
from chronicle.resolution.event_keys import follow_place, place_segment, rekey_event
from chronicle.resolution.rewrite import rewrite

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


def test_event_key_dates_meet_in_their_month_and_forms_in_their_lemma(nlp: Language) -> None:
    first = article(nlp, "first-report", "The first jet was delivered on 15 October 2007, the airline said.")
    second = article(nlp, "second-report", "Deliveries of the jet began in October 2007.")
    assert keys(first, "delivery") == keys(second, "delivery") == ["event:delivery:delivery:2007-10"]


def test_event_key_of_what_a_company_does_often_stays_in_its_article(nlp: Language) -> None:
    first = article(nlp, "first-report", "Harlow Aviation delivered a jet to the airline.")
    second = article(nlp, "second-report", "Harlow Aviation delivered two jets to the carrier.")
    assert keys(first, "delivery") and keys(second, "delivery")
    assert keys(first, "delivery") != keys(second, "delivery")
    first = article(nlp, "first-report", "Harlow Motors merged with Dunmore Cars.")
    second = article(nlp, "second-report", "Harlow Motors merged with Dunmore Cars last year.")
    assert (
        keys(first, "merger") == keys(second, "merger") == ["event:merger:merger:organization-harlow-motors"]
    )


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


def test_event_key_place_segment_of_a_node() -> None:
    assert place_segment("place:geonames:703448") == "kyiv"  # the gazetteer's name
    assert place_segment("place:tarnivka-oblast") == "tarnivka"
    assert place_segment("organization:tarnivka") is None


def test_event_key_rekeyed_keeps_what_sets_a_plan_apart() -> None:
    assert (
        rekey_event("event:capture:tarnyvka:planned", "tarnyvka", "tarnivka")
        == "event:capture:tarnivka:planned"
    )
    assert rekey_event("event:capture:tarnyvka", "tarnyvka", "tarnivka") == "event:capture:tarnivka"
    assert (
        rekey_event("event:merger:merger:tarnyvka", "tarnyvka", "tarnivka") == "event:merger:merger:tarnyvka"
    )
    follow = follow_place("place:kostrivka", "place:zhabokrinka")
    assert follow is not None
    assert follow.rekey(["event:capture:kostrivka", "event:attack:x"]) == [
        ("event:capture:kostrivka", "event:capture:zhabokrinka")
    ]


@pytest.mark.parametrize(
    ("from_key", "into_key"),
    [
        pytest.param("person:tarnyvka", "place:tarnivka", id="merged-node-is-no-place"),
        pytest.param("place:tarnyvka", "organization:tarnivka", id="surviving-node-is-no-place"),
        pytest.param("place:tarnyvka-oblast", "place:tarnyvka", id="segment-stays"),
    ],
)
def test_event_keys_stay_when_a_merge_moves_no_place_segment(from_key: str, into_key: str) -> None:
    assert follow_place(from_key, into_key) is None


def test_event_key_follows_the_node_its_place_resolved_to() -> None:
    text = "Troops took Tarnyvka."
    doc = GraphDoc(
        article={"id": "report", "title": "", "word_count": 3, "extractor_version": "test"},
        entities=[
            Entity(
                key="place:tarnyvka",
                type="Place",
                name="Tarnyvka",
                mentions=[Mention(text="Tarnyvka", start=12, end=20)],
            )
        ],
        events=[
            Event(
                key="event:capture:tarnyvka",
                name="capture of Tarnyvka",
                type="capture",
                place_keys=["place:tarnyvka"],
                evidence=Evidence(sentence=text, start=0, end=len(text)),
            )
        ],
    )
    out = rewrite(doc, {"place:tarnyvka": "place:tarnivka"}, {})
    assert [(e.key, e.place_keys) for e in out.events] == [("event:capture:tarnivka", ["place:tarnivka"])]
