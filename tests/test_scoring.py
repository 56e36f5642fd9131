"""The GOLD_FORMAT scorer on small hand-made gold lines and GraphDocs (no spaCy, no servers)."""

import json
from datetime import date

import pytest

from chronicle.extraction.gold import GoldError, gold_articles, join_texts, parse_gold_lines
from chronicle.extraction.models import (
    ArticleRecord,
    Claim,
    Effect,
    Entity,
    Event,
    Evidence,
    GraphDoc,
    Mention,
    Quantity,
    TimeExpression,
    When,
)
from chronicle.extraction.scoring import Report, place_gold_timexes, same_date, score
from chronicle.extraction.scoring.common import overlap_names

TEXT = "On Saturday the army said it held Avdiivka. Saturday was calm; last week was not."
EVIDENCE = Evidence(sentence="The raid forced a retreat from the town.", start=0, end=40)


def line(gold: dict, text: str = TEXT, published_at: str | None = "2025-06-29") -> dict:
    return {"id": "a1", "published_at": published_at, "text": text, "gold": gold}


def doc(**parts) -> GraphDoc:
    record = ArticleRecord(id="a1", word_count=10, extractor_version="test")
    return GraphDoc(article=record, **parts)


def run(gold: dict, predicted: GraphDoc | None, **kwargs) -> Report:
    lines = parse_gold_lines([line(gold, **kwargs)])
    return score(lines, {"a1": predicted} if predicted else {})


def entity(name: str, kind: str = "Person", mentions: tuple[str, ...] = (), key: str | None = None) -> Entity:
    return Entity(
        key=key or f"{kind.lower()}:{name.lower()}",
        type=kind,
        name=name,
        mentions=[Mention(text=m, start=0, end=len(m)) for m in mentions],
    )


def timex(text: str, start: int, value: str | None) -> TimeExpression:
    return TimeExpression(text=text, start=start, end=start + len(text), value=value)


# ---------------------------------------------------------------- entities


def test_score_entities_match_name_alias_mention_and_leading_the():
    gold = {
        "entities": [
            {"type": "Person", "name": "Oleksandr Syrskyi", "aliases": ["Syrskyi"]},
            {"type": "Organization", "name": "Kremlin"},
            {"type": "Place", "name": "Pokrovsk"},
        ]
    }
    predicted = doc(
        entities=[
            entity("SYRSKYI"),
            entity("The Kremlin", "Organization"),
            entity("Pokrovsk town", "Place", mentions=("Pokrovsk",)),
        ]
    )
    report = run(gold, predicted)
    assert report.entities.micro.model_dump(include={"tp", "fp", "fn", "gold"}) == {
        "tp": 3,
        "fp": 0,
        "fn": 0,
        "gold": 3,
    }
    assert report.entities.micro.f1 == 1.0


def test_score_entities_type_must_agree_and_optional_is_left_out():
    gold = {
        "entities": [
            {"type": "Place", "name": "Kyiv"},
            {"type": "Organization", "name": "Getty Images", "optional": True},
        ]
    }
    predicted = doc(
        entities=[
            entity("Kyiv", "Organization"),
            entity("Getty Images", "Organization"),
            entity("Nobody", "Person"),
        ]
    )
    report = run(gold, predicted)
    per_type = report.entities.per_type
    assert (per_type["Organization"].tp, per_type["Organization"].fp) == (0, 1)
    assert (per_type["Place"].fn, per_type["Place"].gold) == (1, 1)
    assert per_type["Person"].fp == 1
    assert (report.entities.micro.precision, report.entities.micro.recall) == (0.0, 0.0)


def test_score_entities_precision_and_recall():
    gold = {"entities": [{"type": "Place", "name": "Kyiv"}, {"type": "Place", "name": "Sumy"}]}
    report = run(gold, doc(entities=[entity("Kyiv", "Place"), entity("Lviv", "Place")]))
    place = report.entities.per_type["Place"]
    assert (place.precision, place.recall, place.f1) == (0.5, 0.5, 0.5)


# ---------------------------------------------------------------- timexes


def test_place_gold_timexes_longest_first_word_bounded_case_sensitive():
    from chronicle.extraction.gold import GoldTimex

    gold = [GoldTimex(text="Saturday"), GoldTimex(text="On Saturday"), GoldTimex(text="week")]
    spans = place_gold_timexes(TEXT, gold)
    assert spans[1] == (0, 11)
    assert TEXT[spans[0][0] : spans[0][1]] == "Saturday" and spans[0][0] > 11
    assert TEXT[spans[2][0] : spans[2][1]] == "week"


def test_place_gold_timexes_offsets_win_and_missing_text_is_unplaced():
    from chronicle.extraction.gold import GoldTimex

    gold = [GoldTimex(text="Saturday", start=44, end=52), GoldTimex(text="Sunday")]
    assert place_gold_timexes(TEXT, gold) == [(44, 52), None]


def test_score_timexes_relaxed_one_to_one_left_to_right():
    gold = {
        "timexes": [
            {"text": "On Saturday", "value": "2025-06-28"},
            {"text": "Saturday", "value": "2025-06-28"},
            {"text": "last week", "value": "2025-W25"},
        ]
    }
    predicted = doc(
        timexes=[
            timex("Saturday", 3, "2025-06-28"),
            timex("Saturday", 44, "2025-06-21"),
            timex("last", 63, "2025-W25"),
            timex("calm", 57, None),
        ]
    )
    report = run(gold, predicted).timexes
    rec = report.recognition
    assert (rec.tp, rec.fp, rec.fn, rec.gold) == (3, 1, 0, 3)
    assert (report.value_total, report.value_correct) == (3, 2)
    assert report.value_f1 == pytest.approx(2 * 2 / (4 + 3))


def test_score_timexes_optional_gold_is_left_out():
    gold = {
        "timexes": [
            {"text": "On Saturday", "value": None, "optional": True},
            {"text": "last week", "value": "2025-W25"},
        ]
    }
    predicted = doc(timexes=[timex("On Saturday", 0, "2025-06-28"), timex("last week", 63, "2025-W25")])
    report = run(gold, predicted).timexes
    assert (report.recognition.tp, report.recognition.fp, report.recognition.fn) == (1, 0, 0)
    assert report.predicted == 1
    assert report.value_f1 == 1.0


def test_score_timexes_non_optional_matched_before_optional():
    text = "It ran from 2009 to 2011."
    gold = {
        "timexes": [
            {"text": "from 2009 to 2011", "value": None, "optional": True, "start": 7, "end": 24},
            {"text": "2009", "value": "2009", "start": 12, "end": 16},
            {"text": "2011", "value": "2011", "start": 20, "end": 24},
        ]
    }
    predicted = doc(timexes=[timex("2009", 12, "2009"), timex("2011", 20, "2011")])
    report = run(gold, predicted, text=text).timexes
    assert (report.recognition.tp, report.recognition.fn) == (2, 0)


def test_score_timexes_null_gold_value_is_never_value_correct():
    gold = {"timexes": [{"text": "last week", "value": None}, {"text": "On Saturday", "value": "2025-06-28"}]}
    predicted = doc(timexes=[timex("On Saturday", 0, "2025-06-28"), timex("last week", 63, None)])
    report = run(gold, predicted).timexes
    assert (report.recognition.tp, report.value_total, report.value_correct) == (2, 1, 1)
    assert report.value_accuracy == 1.0
    assert report.value_f1 == pytest.approx(2 * 1 / (2 + 2))


def test_score_timexes_missing_prediction_counts_all_gold_missed():
    report = run({"timexes": [{"text": "last week", "value": "2025-W25"}]}, None)
    assert (report.timexes.recognition.fn, report.timexes.value_f1) == (1, 0.0)
    assert report.details[0].missed_timexes == ["'last week' 2025-W25"]


# ---------------------------------------------------------------- claims


def claim(text: str, speaker: str | None = None, key: str | None = None, stated: When | None = None) -> Claim:
    return Claim(
        id=f"c-{text[:5]}",
        text=text,
        kind="direct",
        speaker_name=speaker,
        speaker_key=key,
        stated=stated,
        evidence=EVIDENCE,
    )


def test_score_claims_found_attribution_and_date():
    gold = {
        "entities": [{"type": "Person", "name": "Oleksandr Syrskyi", "aliases": ["Syrskyi"]}],
        "claims": [
            {"speaker": "Oleksandr Syrskyi", "contains": "110,000", "stated": "2025-06-27"},
            {"speaker": "Oleksandr Syrskyi", "contains": "held the line", "stated": "2025-W25"},
            {"speaker": "ISW", "contains": "not in any claim", "stated": None},
        ],
    }
    predicted = doc(
        entities=[entity("Oleksandr Syrskyi", key="person:syrskyi")],
        claims=[
            claim("Some 110,000 Russian troops", speaker="syrskyi", stated=When(value="2025-06-27")),
            claim("We HELD THE LINE", key="person:syrskyi", stated=When(value="2025-06-18")),
        ],
    )
    report = run(gold, predicted).claims
    assert (report.gold, report.found, report.recall) == (3, 2, 2 / 3)
    assert (report.attribution_total, report.attribution_correct) == (2, 2)
    assert (report.date_total, report.date_correct) == (2, 1)


def test_score_claims_wrong_speaker():
    gold = {"claims": [{"speaker": "ISW", "contains": "offensive", "stated": None}]}
    report = run(gold, doc(claims=[claim("the offensive stalled", speaker="Kremlin")])).claims
    assert (report.found, report.attribution_correct, report.attribution_accuracy) == (1, 0, 0.0)


@pytest.mark.parametrize(
    ("predicted", "gold", "expected"),
    [
        (When(value="2025-W25"), "2025-W25", True),
        (When(value="2025-06-18"), "2025-W25", False),
        (When(valid_from=date(2025, 6, 16), valid_to=date(2025, 6, 22), precision="week"), "2025-W25", True),
        (When(value="2025-06"), "2025-06-27", False),
        (When(value="2024", mod="END"), "2024", True),
        (None, "2025-06-27", False),
    ],
)
def test_same_date_at_gold_precision(predicted, gold, expected):
    assert same_date(predicted, gold) is expected


# ---------------------------------------------------------------- events, effects, quantities


def event(name: str, key: str, when: When | None = None, mentions: tuple[str, ...] = ()) -> Event:
    return Event(
        key=key,
        name=name,
        type="operation",
        when=when,
        mentions=[Mention(text=m, start=0, end=len(m)) for m in mentions],
        evidence=EVIDENCE,
    )


def test_score_events_containment_either_way_and_when():
    gold = {
        "events": [
            {"name": "Kursk operation", "aliases": ["Kursk incursion"], "when": "2024-08"},
            {"name": "summer offensive", "when": "2025"},
            {"name": "siege of Mariupol"},
        ]
    }
    predicted = doc(
        events=[
            event("the Kursk incursion into Russia", "event:kursk", When(value="2024-08")),
            event("offensive", "event:offensive", When(value="2025-SU")),
        ]
    )
    report = run(gold, predicted).events
    assert (report.gold, report.found) == (3, 2)
    assert (report.when_total, report.when_correct) == (2, 1)


def test_score_events_and_effect_sides_match_whole_words_only():
    gold = {
        "events": [{"name": "fire"}, {"name": "war"}, {"name": "drone strike"}],
        "effects": [{"cause": "ceasefire", "target": "Russian push", "contains": "forced a retreat"}],
    }
    predicted = doc(
        events=[
            event("ceasefire", "event:ceasefire"),
            event("warplanes", "event:warplanes"),
            event("strike", "event:strike"),
        ],
        effects=[
            Effect(
                cue="after",
                description="forced a retreat",
                cause_span=Mention(text="fire on the depot", start=0, end=17),
                effect_span=Mention(text="the Russian push stalled", start=20, end=44),
                evidence=EVIDENCE,
            )
        ],
    )
    report = run(gold, predicted)
    # "fire" is no word of "ceasefire", nor "war" of "warplanes"; "strike" is a word of "drone strike"
    assert (report.events.gold, report.events.found) == (3, 1)
    assert report.details[0].missed_events == ["fire", "war"]
    assert (report.effects.gold, report.effects.found) == (1, 0)


def test_overlap_names_reads_words_hyphens_and_a_leading_the():
    assert overlap_names(["the coking-coal mine"], ["Coking coal"])
    assert overlap_names(["Pokrovsk"], ["the Pokrovsk direction"])
    assert not overlap_names(["Pokrovske"], ["Pokrovsk"])
    assert not overlap_names([""], ["Pokrovsk"])
    assert not overlap_names(["Pokrovsk"], [None])


def test_score_effects_sentence_target_and_cause_alias():
    gold = {
        "events": [{"name": "Kursk operation", "aliases": ["Kursk incursion"]}],
        "effects": [
            {"cause": "Kursk operation", "target": "Pokrovsk", "contains": "forced a retreat"},
            {"cause": "Kursk operation", "target": "Sumy", "contains": "forced a retreat"},
        ],
    }
    predicted = doc(
        entities=[entity("Pokrovsk", "Place", key="place:pokrovsk")],
        events=[event("incursion", "event:kursk", mentions=("Kursk incursion",))],
        effects=[
            Effect(
                cause_key="event:kursk",
                target_key="place:pokrovsk",
                cue="forced",
                description="forced a retreat",
                evidence=EVIDENCE,
            )
        ],
    )
    report = run(gold, predicted)
    assert (report.effects.gold, report.effects.found) == (2, 1)
    assert report.details[0].missed_effects == ["Kursk operation -> Sumy"]


def test_score_effects_side_stated_as_a_clause_matches_by_its_span():
    gold = {
        "effects": [
            {"cause": "heavy losses", "target": "Russian push", "contains": "forced a retreat"},
            {"cause": "heavy losses", "target": "Sumy", "contains": "forced a retreat"},
        ]
    }
    predicted = doc(
        effects=[
            Effect(
                cue="because of",
                description="forced a retreat",
                cause_span=Mention(text="heavy losses near the river", start=0, end=27),
                effect_span=Mention(text="The Russian push stalled", start=30, end=54),
                evidence=EVIDENCE,
            )
        ],
    )
    report = run(gold, predicted)
    assert (report.effects.gold, report.effects.found) == (2, 1)
    assert report.details[0].missed_effects == ["heavy losses -> Sumy"]


def test_score_quantities_value_and_place():
    gold = {
        "entities": [{"type": "Place", "name": "Pokrovsk", "aliases": ["Pokrovsk area"]}],
        "quantities": [
            {"what": "troops", "value": 110000, "place": "Pokrovsk"},
            {"what": "troops", "value": 63000},
            {"what": "tanks", "value": 40, "place": "Pokrovsk"},
        ],
    }
    predicted = doc(
        entities=[entity("Pokrovsk area", "Place", key="place:pokrovsk")],
        quantities=[
            Quantity(id="q1", metric="troops", value=110000.0, place_key="place:pokrovsk", evidence=EVIDENCE),
            Quantity(id="q2", metric="troops", value=63000.0, evidence=EVIDENCE),
            Quantity(id="q3", metric="tanks", value=40.0, evidence=EVIDENCE),
        ],
    )
    report = run(gold, predicted).quantities
    assert (report.gold, report.found) == (3, 2)


def test_score_quantities_place_is_the_figures_place_not_its_subject():
    # The contract asks for "a matching place": a figure about Pokrovsk's garrison with no place of its
    # own does not count, or leaving the place empty would score as well as finding it.
    gold = {
        "entities": [{"type": "Place", "name": "Pokrovsk"}],
        "quantities": [{"what": "troops", "value": 500, "place": "Pokrovsk"}],
    }
    subject_only = Quantity(
        id="q1", metric="troops", value=500.0, subject_key="place:pokrovsk", evidence=EVIDENCE
    )
    predicted = doc(entities=[entity("Pokrovsk", "Place", key="place:pokrovsk")], quantities=[subject_only])
    assert run(gold, predicted).quantities.found == 0


# ---------------------------------------------------------------- report and gold files


def test_report_dumps_to_json_with_every_figure():
    report = run({"timexes": [{"text": "last week", "value": "2025-W25"}]}, doc())
    data = json.loads(report.model_dump_json())
    assert set(data) >= {"entities", "timexes", "claims", "events", "effects", "quantities"}
    assert data["timexes"]["recognition"]["fn"] == 1
    assert data["claims"]["recall"] is None


def test_join_texts_fills_from_articles_and_fails_without():
    lines = parse_gold_lines([json.dumps({"id": "x", "published_at": None, "gold": {}})])
    joined = join_texts(lines, {"x": {"id": "x", "text": "Body.", "published_at": "2025-01-01"}})
    assert joined[0].text == "Body."
    with pytest.raises(GoldError):
        join_texts(lines, {})


def test_gold_articles_take_the_dct_of_the_gold_line():
    lines = parse_gold_lines([{"id": "x", "published_at": "2025-06-28", "text": "Hi.", "gold": {}}])
    articles = gold_articles(lines, {"x": {"id": "x", "text": "Other", "title": "T"}})
    assert (articles[0].text, articles[0].published_at, articles[0].title) == ("Hi.", date(2025, 6, 28), "T")


def test_parse_gold_lines_rejects_bad_json():
    with pytest.raises(GoldError):
        parse_gold_lines(["{not json"])


def test_score_entities_duplicate_predictions_are_each_true_positives():
    gold = {"entities": [{"type": "Place", "name": "Kyiv", "aliases": ["Kiev"]}]}
    report = run(gold, doc(entities=[entity("Kyiv", "Place", key="p1"), entity("Kiev", "Place", key="p2")]))
    micro = report.entities.micro
    assert (micro.tp, micro.fp, micro.fn, micro.precision, micro.recall) == (2, 0, 0, 1.0, 1.0)


def test_parse_gold_lines_accepts_a_datetime_dct():
    lines = parse_gold_lines([{"id": "x", "published_at": "2025-06-28T10:00:00Z", "text": "Hi.", "gold": {}}])
    assert lines[0].published_at.date() == date(2025, 6, 28)


def test_score_absent_key_scores_nothing_of_that_category():
    predicted = doc(entities=[entity("Avdiivka", "Place")], timexes=[timex("On Saturday", 0, "2025-06-28")])
    report = run({"claims": []}, predicted)
    assert (report.entities.articles, report.entities.micro.fp, report.timexes.articles) == (0, 0, 0)
    assert (report.timexes.recognition.fp, report.timexes.predicted) == (0, 0)
    assert report.claims.articles == 1


def test_score_empty_list_means_there_is_none():
    predicted = doc(entities=[entity("Avdiivka", "Place")], timexes=[timex("On Saturday", 0, "2025-06-28")])
    report = run({"entities": [], "timexes": []}, predicted)
    assert (report.entities.micro.fp, report.timexes.recognition.fp) == (1, 1)
    assert report.timexes.value_f1 == 0.0
