"""GraphDoc -> write rows: every dated edge carries the same properties; nothing is invented."""

from datetime import date

import pytest

from chronicle.extraction.models import (
    ArticleRecord,
    Claim,
    Effect,
    Entity,
    Event,
    Evidence,
    GraphDoc,
    Mention,
    Participant,
    PlaceInfo,
    Quantity,
    When,
)
from chronicle.graph.rows import dated, write_rows

PUBLISHED = date(2025, 6, 28)
FRIDAY = When(
    value="2025-06-27",
    valid_from=date(2025, 6, 27),
    valid_to=date(2025, 6, 27),
    precision="day",
    text="on Friday",
)
EVIDENCE = Evidence(sentence="The general said on Friday that the town held.", start=10, end=56)


@pytest.fixture
def doc() -> GraphDoc:
    return GraphDoc(
        article=ArticleRecord(
            id="a1", source="Desk", published_at=PUBLISHED, word_count=9, extractor_version="t"
        ),
        entities=[
            Entity(
                key="person:ivan-petrenko",
                type="Person",
                name="Ivan Petrenko",
                aliases=["Petrenko", "Ivan Petrenko"],
                mentions=[
                    Mention(text="Ivan Petrenko", start=14, end=27),
                    Mention(text="Petrenko", start=80, end=88),
                ],
            ),
            Entity(
                key="place:geonames:1",
                type="Place",
                name="Townsville",
                place=PlaceInfo(
                    kind="city", country_code="UA", part_of_key="place:geonames:2", part_of_name="Oblast"
                ),
            ),
        ],
        events=[
            Event(
                key="event:attack:townsville",
                name="attack on Townsville",
                type="attack",
                place_keys=["place:geonames:1"],
                participants=[Participant(key="person:ivan-petrenko", role="commander")],
                when=FRIDAY,
                evidence=EVIDENCE,
            )
        ],
        claims=[
            Claim(
                id="c1",
                text="the town held",
                kind="reported",
                speaker_key="person:ivan-petrenko",
                speaker_name="The general",
                stated=FRIDAY,
                about_keys=["place:geonames:1", "person:not-in-this-doc"],
                evidence=EVIDENCE,
            )
        ],
        effects=[
            Effect(
                cause_key="event:attack:townsville",
                target_key="place:geonames:1",
                cue="forced",
                description="forced the garrison back",
                stated=FRIDAY,
                evidence=EVIDENCE,
            )
        ],
        quantities=[
            Quantity(
                id="q1",
                metric="soldiers",
                value=5000,
                place_key="place:geonames:1",
                source_key="person:ivan-petrenko",
                as_of=FRIDAY,
                evidence=EVIDENCE,
            )
        ],
    )


def test_dated_edge_properties_are_complete() -> None:
    props = dated(FRIDAY, PUBLISHED)
    assert props == {
        "value": "2025-06-27",
        "mod": None,
        "valid_from": date(2025, 6, 27),
        "valid_to": date(2025, 6, 27),
        "precision": "day",
        "date_text": "on Friday",
        "date_basis": "text",
        "recorded_at": PUBLISHED,
    }


def test_dated_without_time_has_only_recorded_at() -> None:
    assert {k for k, v in dated(None, PUBLISHED).items() if v is not None} == {"recorded_at"}


def test_rows_entities_count_mentions_and_drop_name_from_aliases(doc: GraphDoc) -> None:
    person, place = write_rows(doc)["entities"]
    assert person["aliases"] == ["Petrenko"]
    assert (person["count"], person["first_offset"]) == (2, 14)
    assert place["part_of_key"] == "place:geonames:2"
    assert place["place"] == {"country_code": "UA", "place_kind": "city"}


def test_rows_claims_keep_only_known_about_keys(doc: GraphDoc) -> None:
    claim = write_rows(doc)["claims"][0]
    assert claim["about_keys"] == ["place:geonames:1"]
    assert claim["stated"]["on"] == date(2025, 6, 27)
    assert claim["props"]["speaker_name"] == "The general"


def test_rows_quantities_become_claims_flagged_as_quantity(doc: GraphDoc) -> None:
    quantity = write_rows(doc)["claims"][1]
    assert quantity["is_quantity"] is True
    assert quantity["props"]["metric"] == "soldiers"
    assert quantity["props"]["value"] == 5000
    assert quantity["speaker_key"] == "person:ivan-petrenko"


def test_rows_effects_and_events_are_dated(doc: GraphDoc) -> None:
    rows = write_rows(doc)
    assert rows["effects"][0]["props"]["valid_from"] == date(2025, 6, 27)
    assert rows["events"][0]["when"]["precision"] == "day"
    assert rows["events"][0]["participants"] == [{"key": "person:ivan-petrenko", "role": "commander"}]


def test_rows_every_effect_is_a_node_and_only_named_pairs_get_an_edge(doc: GraphDoc) -> None:
    clause = Effect(
        cue="after",
        description="the push stalled after heavy losses",
        cause_span=Mention(text="heavy losses", start=23, end=35),
        effect_span=Mention(text="the push stalled", start=0, end=16),
        target_keys=["event:attack:townsville"],
        evidence=EVIDENCE,
    )
    named, unnamed = write_rows(doc.model_copy(update={"effects": [*doc.effects, clause]}))["effects"]
    assert named["edge"] and not unnamed["edge"]
    assert named["causes"] == [{"key": "event:attack:townsville", "main": True}]
    assert unnamed["causes"] == [] and unnamed["targets"] == [
        {"key": "event:attack:townsville", "main": False}
    ]
    assert unnamed["node"]["cause_text"] == "heavy losses"
    assert (unnamed["node"]["cause_start"], unnamed["node"]["cause_end"]) == (23, 35)
    assert unnamed["id"] != named["id"] and unnamed["id"].startswith("effect:")
    # the id is stable: the same effect of the same article gets the same node
    assert write_rows(doc.model_copy(update={"effects": [clause]}))["effects"][0]["id"] == unnamed["id"]
