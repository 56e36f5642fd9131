"""Causal sentences (Causal News Corpus): is the sentence causal, and are cause and effect right.

- Label: a sentence is predicted positive when its extraction yields at least one effect; P/R/F1 of
  the positive class, accuracy and MCC over sentences (MCC is 0 when a margin is empty).
- Relations, over the true-positive sentences whose relations are annotated and their effects: an
  effect carrying both its own `cause_span` and `effect_span` is matched by those two spans.
  Otherwise (also when it carries only one of them) its cause spans are the mentions of the entity
  or event its `cause_key` names, or, without mentions, every exact, case-sensitive occurrence of
  that thing's name and aliases; its target spans likewise from `target_key`. An effect matches a
  gold relation when a cause span overlaps the gold cause and a target span overlaps the gold effect
  of that same relation.
"""

import math

from pydantic import BaseModel, Field

from chronicle.extraction.gold import GoldCausal
from chronicle.extraction.models import Effect, GraphDoc, Mention
from chronicle.extraction.scoring.common import ArticleDetail, Span, f1_of, overlap, ratio

__all__ = ["CausalReport", "RelationReport", "effect_sides", "finish_causal", "score_causal"]


class RelationReport(BaseModel):
    """Cause and effect spans of the predicted effects in true-positive sentences."""

    sentences: int = Field(0, description="True-positive sentences with annotated relations.")
    matched_sentences: int = 0
    effects: int = Field(0, description="Predicted effects in those sentences.")
    matched: int = 0
    cause_matched: int = 0
    target_matched: int = 0
    accuracy: float | None = None
    cause_accuracy: float | None = None
    target_accuracy: float | None = None
    sentences_with_match: float | None = None


class CausalReport(BaseModel):
    """Sentence labels (causal or not) and relation spans."""

    articles: int = Field(0, description="Gold lines (sentences) that carry `causal`.")
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    precision: float | None = None
    recall: float | None = None
    f1: float | None = None
    accuracy: float | None = None
    mcc: float | None = None
    relations: RelationReport = Field(default_factory=RelationReport)


def _occurrences(text: str, names: list[str]) -> list[Span]:
    spans: list[Span] = []
    for name in {n for n in names if n}:
        start = text.find(name)
        while start >= 0:
            spans.append((start, start + len(name)))
            start = text.find(name, start + 1)
    return spans


def _key_spans(key: str, doc: GraphDoc, text: str) -> list[Span]:
    things: list[tuple[str, list[str], list[Mention]]] = [
        (e.key, [e.name, *e.aliases], e.mentions) for e in doc.entities
    ] + [(e.key, [e.name, *e.aliases], e.mentions) for e in doc.events]
    for thing_key, names, mentions in things:
        if thing_key == key:
            if mentions:
                return [(m.start, m.end) for m in mentions]
            return _occurrences(text, names)
    return []


def effect_sides(effect: Effect, doc: GraphDoc, text: str) -> tuple[list[Span], list[Span]]:
    """The effect's cause spans and target spans, by the fallbacks of the module docstring."""
    if effect.cause_span and effect.effect_span:
        cause, result = effect.cause_span, effect.effect_span
        return [(cause.start, cause.end)], [(result.start, result.end)]
    return _key_spans(effect.cause_key, doc, text), _key_spans(effect.target_key, doc, text)


def _hits(spans: list[Span], gold: Span) -> bool:
    return any(overlap(span, gold) > 0 for span in spans)


def score_causal(
    text: str, gold: GoldCausal, doc: GraphDoc, report: CausalReport, detail: ArticleDetail
) -> None:
    """Add one sentence's label and relation counts to the report."""
    report.articles += 1
    predicted = bool(doc.effects)
    if gold.label and predicted:
        report.tp += 1
    elif predicted:
        report.fp += 1
        detail.causal = "fp"
    elif gold.label:
        report.fn += 1
        detail.causal = "fn"
    else:
        report.tn += 1
    if not (gold.label and predicted and gold.relations_annotated):
        return
    rel = report.relations
    rel.sentences += 1
    matched_here = False
    for effect in doc.effects:
        causes, targets = effect_sides(effect, doc, text)
        cause_ok = [_hits(causes, (r.cause_start, r.cause_end)) for r in gold.relations]
        target_ok = [_hits(targets, (r.effect_start, r.effect_end)) for r in gold.relations]
        match = any(c and t for c, t in zip(cause_ok, target_ok, strict=True))
        rel.effects += 1
        rel.matched += int(match)
        rel.cause_matched += int(any(cause_ok))
        rel.target_matched += int(any(target_ok))
        matched_here = matched_here or match
        if not match:
            cause = text[causes[0][0] : causes[0][1]] if causes else effect.cause_key
            target = text[targets[0][0] : targets[0][1]] if targets else effect.target_key
            detail.unmatched_effects.append(f"{cause[:80]!r} -> {target[:80]!r}")
    rel.matched_sentences += int(matched_here)


def _mcc(tp: int, fp: int, fn: int, tn: int) -> float:
    margins = (tp + fp) * (tp + fn) * (tn + fp) * (tn + fn)
    return (tp * tn - fp * fn) / math.sqrt(margins) if margins else 0.0


def finish_causal(report: CausalReport) -> CausalReport:
    """The figures from the summed counts."""
    tp, fp, fn, tn = report.tp, report.fp, report.fn, report.tn
    report.precision = ratio(tp, tp + fp)
    report.recall = ratio(tp, tp + fn)
    report.f1 = f1_of(report.precision, report.recall)
    report.accuracy = ratio(tp + tn, tp + fp + fn + tn)
    report.mcc = _mcc(tp, fp, fn, tn) if report.articles else None
    rel = report.relations
    rel.accuracy = ratio(rel.matched, rel.effects)
    rel.cause_accuracy = ratio(rel.cause_matched, rel.effects)
    rel.target_accuracy = ratio(rel.target_matched, rel.effects)
    rel.sentences_with_match = ratio(rel.matched_sentences, rel.sentences)
    return report
