"""The `causal` section of GOLD_FORMAT.md on hand-made sentences and effects (no spaCy)."""

import math

import pytest

from chronicle.extraction.gold import parse_gold_lines
from chronicle.extraction.models import ArticleRecord, Effect, Entity, Event, Evidence, GraphDoc, Mention
from chronicle.extraction.scoring import Report, score

TEXT = "The ferry stopped because the storm hit the harbour, and the Port Authority closed the pier."
EVIDENCE = Evidence(sentence=TEXT, start=0, end=len(TEXT))


def at(fragment: str, text: str = TEXT) -> tuple[int, int]:
    start = text.index(fragment)
    return start, start + len(fragment)


def relation(cause: str, effect: str) -> dict:
    (cs, ce), (es, ee) = at(cause), at(effect)
    return {
        "cause": cause,
        "cause_start": cs,
        "cause_end": ce,
        "effect": effect,
        "effect_start": es,
        "effect_end": ee,
    }


STORM = relation("the storm hit the harbour", "The ferry stopped")


def span(fragment: str) -> Mention:
    start, end = at(fragment)
    return Mention(text=fragment, start=start, end=end)


def effect(
    cause_key: str = "c", target_key: str = "t", cause: str | None = None, result: str | None = None
) -> Effect:
    return Effect(
        cause_key=cause_key,
        target_key=target_key,
        cue="because",
        description=TEXT,
        cause_span=span(cause) if cause else None,
        effect_span=span(result) if result else None,
        evidence=EVIDENCE,
    )


def doc(
    i: int, effects: list[Effect] = (), entities: list[Entity] = (), events: list[Event] = ()
) -> GraphDoc:
    record = ArticleRecord(id=f"s{i}", word_count=10, extractor_version="test")
    return GraphDoc(article=record, effects=list(effects), entities=list(entities), events=list(events))


def run(sentences: list[tuple[dict | None, GraphDoc]]) -> Report:
    lines = parse_gold_lines(
        [
            {
                "id": f"s{i}",
                "published_at": None,
                "text": TEXT,
                "gold": {} if gold is None else {"causal": gold},
            }
            for i, (gold, _) in enumerate(sentences)
        ]
    )
    return score(lines, {f"s{i}": predicted for i, (_, predicted) in enumerate(sentences)})


def causal(label: bool, *relations: dict, annotated: bool | None = None) -> dict:
    return {
        "label": label,
        "relations_annotated": bool(relations) if annotated is None else annotated,
        "relations": list(relations),
    }


def test_causal_label_counts_precision_recall_accuracy_and_mcc():
    sentences = [
        (causal(True, STORM), doc(0, [effect(cause="the storm", result="The ferry")])),  # tp
        (causal(True, STORM), doc(1, [effect()])),  # tp
        (causal(True, STORM), doc(2)),  # fn
        (causal(False), doc(3, [effect()])),  # fp
        (causal(False), doc(4)),  # tn
        (causal(False), doc(5)),  # tn
    ]
    report = run(sentences).causal
    assert (report.articles, report.tp, report.fp, report.fn, report.tn) == (6, 2, 1, 1, 2)
    assert (report.precision, report.recall, report.accuracy) == (2 / 3, 2 / 3, 4 / 6)
    assert report.f1 == pytest.approx(2 / 3)
    assert report.mcc == pytest.approx((2 * 2 - 1 * 1) / math.sqrt(3 * 3 * 3 * 3))


def test_causal_mcc_is_zero_when_nothing_is_predicted_positive():
    report = run([(causal(True, STORM), doc(0)), (causal(False), doc(1))]).causal
    assert (report.precision, report.recall, report.f1, report.mcc) == (None, 0.0, 0.0, 0.0)


def test_causal_relation_matched_by_its_own_spans():
    good = effect(cause="storm hit", result="ferry")
    swapped = effect(cause="The ferry", result="the storm")
    cause_only = effect(cause="the storm", result="the Port Authority closed the pier")
    report = run([(causal(True, STORM), doc(0, [good, swapped, cause_only]))]).causal.relations
    assert (
        report.sentences,
        report.effects,
        report.matched,
        report.cause_matched,
        report.target_matched,
    ) == (1, 3, 1, 2, 1)
    assert (report.accuracy, report.cause_accuracy, report.target_accuracy) == (1 / 3, 2 / 3, 1 / 3)
    assert report.sentences_with_match == 1.0


def test_causal_cause_and_target_of_one_relation_must_match_together():
    pier = relation("the Port Authority closed the pier", "The ferry stopped")
    harbour = relation("the storm hit the harbour", "the pier")
    crossed = effect(cause="the storm", result="The ferry")  # cause of one relation, effect of the other
    report = run([(causal(True, pier, harbour), doc(0, [crossed]))]).causal.relations
    assert (report.matched, report.cause_matched, report.target_matched) == (0, 1, 1)
    assert report.sentences_with_match == 0.0


def test_causal_relation_without_own_spans_uses_key_mentions():
    storm = Event(key="event:storm", name="storm", type="storm", mentions=[span("storm")], evidence=EVIDENCE)
    ferry = Entity(key="org:ferry", type="Organization", name="Ferry", mentions=[span("ferry")])
    report = run([(causal(True, STORM), doc(0, [effect(storm.key, ferry.key)], [ferry], [storm]))])
    assert report.causal.relations.matched == 1


def test_causal_relation_without_mentions_uses_exact_case_sensitive_name_occurrences():
    port = Entity(key="org:port", type="Organization", name="Port Authority")
    storm = Entity(key="org:storm", type="Organization", name="Storm", aliases=["storm hit"])
    ferry = Entity(
        key="org:ferry", type="Organization", name="ferry"
    )  # lower case: not "The ferry"... inside it
    pier = relation("the Port Authority closed the pier", "The ferry stopped")
    matched = run([(causal(True, pier), doc(0, [effect(port.key, ferry.key)], [port, ferry]))])
    assert matched.causal.relations.matched == 1
    by_alias = run([(causal(True, STORM), doc(0, [effect(storm.key, ferry.key)], [storm, ferry]))])
    assert by_alias.causal.relations.matched == 1
    wrong_case = Entity(key="org:x", type="Organization", name="THE STORM")
    missed = run([(causal(True, STORM), doc(0, [effect(wrong_case.key, ferry.key)], [wrong_case, ferry]))])
    assert (missed.causal.relations.cause_matched, missed.causal.relations.target_matched) == (0, 1)


def test_causal_effect_with_only_one_own_span_falls_back_on_keys_for_both():
    storm = Entity(key="org:storm", type="Organization", name="storm", mentions=[span("storm")])
    ferry = Entity(key="org:ferry", type="Organization", name="ferry", mentions=[span("ferry")])
    half = effect(storm.key, ferry.key, cause="the Port Authority")  # own cause span only: not used
    report = run([(causal(True, STORM), doc(0, [half], [storm, ferry]))]).causal.relations
    assert report.matched == 1


def test_causal_unknown_key_has_no_spans():
    report = run([(causal(True, STORM), doc(0, [effect("nothing", "nowhere")]))]).causal.relations
    assert (report.effects, report.matched, report.cause_matched) == (1, 0, 0)


def test_causal_relations_only_over_true_positives_with_annotated_relations():
    sentences = [
        (causal(True, STORM, annotated=False), doc(0, [effect(cause="the storm", result="The ferry")])),
        (causal(False), doc(1, [effect(cause="the storm", result="The ferry")])),
        (causal(True, STORM), doc(2, [effect(cause="the pier", result="the harbour")])),
    ]
    report = run(sentences).causal.relations
    assert (report.sentences, report.effects, report.matched, report.sentences_with_match) == (1, 1, 0, 0.0)


def test_causal_absent_key_counts_nothing():
    report = run([(None, doc(0, [effect()])), (causal(False), doc(1))]).causal
    assert (report.articles, report.fp, report.tn) == (1, 0, 1)
