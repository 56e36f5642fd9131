"""The extraction scorer of GOLD_FORMAT.md, as pure functions: gold lines + GraphDocs -> Report.

Matching is case-insensitive and ignores a leading "the " on names. Timexes use relaxed overlap,
one-to-one, left to right, and TempEval-3 value F1. Choices the contract leaves open, stated once:
- P = TP/(TP+FP), R = TP/(TP+FN) with the contract's counts (entity TP counts predicted entities,
  so two predictions of one gold entity are two TPs: merging is the extractor's job);
- a timex value is correct when the strings are equal; null = null counts as correct in value F1
  (the extractor rightly left an unanchored expression unresolved), value accuracy skips null gold;
- when several predicted claims (events) contain the gold text, the best-agreeing one is judged;
- a date is right at the gold precision when its calendar interval equals the gold value's.
"""

import re
from collections.abc import Iterable, Mapping
from datetime import date

from pydantic import BaseModel, Field

from chronicle.extraction.gold import GoldLine, GoldTimex
from chronicle.extraction.models import ArticleRecord, Claim, GraphDoc, TimeExpression, When
from chronicle.extraction.timex.calendar import interval

__all__ = [
    "PRF",
    "ArticleDetail",
    "ClaimReport",
    "EntityReport",
    "EventReport",
    "RecallReport",
    "Report",
    "TimexReport",
    "finish_timexes",
    "match_timexes",
    "names_match",
    "norm_name",
    "place_gold_timexes",
    "same_date",
    "score",
    "score_timexes",
]

ENTITY_TYPES = ("Person", "Organization", "Place")


class PRF(BaseModel):
    """Counts with precision, recall and F1."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    gold: int = Field(0, description="Non-optional gold items.")
    precision: float = 0.0
    recall: float = 0.0
    f1: float = 0.0

    def finish(self) -> "PRF":
        """Fill precision/recall/F1 from the counts."""
        self.precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        self.recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        p, r = self.precision, self.recall
        self.f1 = 2 * p * r / (p + r) if p + r else 0.0
        return self


def _ratio(n: int, d: int) -> float | None:
    return n / d if d else None


class EntityReport(BaseModel):
    """Entities: P/R/F1 per type and micro-averaged."""

    per_type: dict[str, PRF] = Field(default_factory=dict)
    micro: PRF = Field(default_factory=PRF)


class TimexReport(BaseModel):
    """Timex recognition (relaxed overlap) and normalisation."""

    recognition: PRF = Field(default_factory=PRF)
    predicted: int = Field(0, description="Predicted spans counted (not left out for optional gold).")
    value_total: int = Field(0, description="Matched pairs whose gold value is not null.")
    value_correct: int = 0
    value_accuracy: float | None = None
    value_correct_all: int = Field(0, description="Matched pairs with equal values (null = null).")
    value_f1: float = 0.0
    mod_total: int = 0
    mod_correct: int = 0


class RecallReport(BaseModel):
    """A recall list: how many gold items were found."""

    gold: int = 0
    found: int = 0
    recall: float | None = None


class ClaimReport(RecallReport):
    """Claims: recall, attribution accuracy, statement-date accuracy."""

    attribution_total: int = 0
    attribution_correct: int = 0
    attribution_accuracy: float | None = None
    date_total: int = 0
    date_correct: int = 0
    date_accuracy: float | None = None


class EventReport(RecallReport):
    """Events: recall and when-accuracy."""

    when_total: int = 0
    when_correct: int = 0
    when_accuracy: float | None = None


class ArticleDetail(BaseModel):
    """What went wrong in one article, for reading a run (not part of the figures)."""

    id: str
    missed_entities: list[str] = Field(default_factory=list)
    spurious_entities: list[str] = Field(default_factory=list)
    missed_timexes: list[str] = Field(default_factory=list)
    spurious_timexes: list[str] = Field(default_factory=list)
    wrong_values: list[str] = Field(default_factory=list)
    missed_claims: list[str] = Field(default_factory=list)
    missed_events: list[str] = Field(default_factory=list)
    missed_effects: list[str] = Field(default_factory=list)
    missed_quantities: list[str] = Field(default_factory=list)


class Report(BaseModel):
    """Every figure of GOLD_FORMAT.md; `model_dump_json()` is the `--json` summary."""

    articles: int = 0
    entities: EntityReport = Field(default_factory=EntityReport)
    timexes: TimexReport = Field(default_factory=TimexReport)
    claims: ClaimReport = Field(default_factory=ClaimReport)
    events: EventReport = Field(default_factory=EventReport)
    effects: RecallReport = Field(default_factory=RecallReport)
    quantities: RecallReport = Field(default_factory=RecallReport)
    details: list[ArticleDetail] = Field(default_factory=list)


# ---------------------------------------------------------------- names

_THE = re.compile(r"^the\s+", re.IGNORECASE)


def norm_name(name: str | None) -> str:
    """Lower case, whitespace collapsed, leading 'the ' dropped."""
    return _THE.sub("", " ".join((name or "").split())).casefold()


def names_match(predicted: Iterable[str | None], gold: Iterable[str | None]) -> bool:
    """Some predicted name equals some gold name (normalised)."""
    wanted = {norm_name(g) for g in gold if g}
    return any(norm_name(p) in wanted for p in predicted if p)


def _overlap_names(predicted: Iterable[str | None], gold: Iterable[str | None]) -> bool:
    """Some predicted name contains, or is contained in, some gold name (normalised)."""
    wanted = [n for n in (norm_name(g) for g in gold if g) if n]
    return any(p and any(p in g or g in p for g in wanted) for p in map(norm_name, predicted))


class _Names:
    """Name lookups inside one article: predicted keys -> names, gold name -> aliases."""

    def __init__(self, line: GoldLine, doc: GraphDoc) -> None:
        self.by_key: dict[str, list[str]] = {}
        for entity in doc.entities:
            self.by_key[entity.key] = [entity.name, *entity.aliases, *(m.text for m in entity.mentions)]
        for event in doc.events:
            self.by_key[event.key] = [event.name, *event.aliases, *(m.text for m in event.mentions)]
        self.canonical = {e.key: e.name for e in doc.entities}
        self.gold_aliases: dict[str, list[str]] = {}
        for item in [*line.gold.entities, *line.gold.events]:
            self.gold_aliases.setdefault(norm_name(item.name), []).extend(item.aliases)

    def gold_names(self, name: str | None) -> list[str]:
        """A gold name with the aliases of the article's gold entity or event of that name."""
        return [name, *self.gold_aliases.get(norm_name(name), [])] if name else []


# ---------------------------------------------------------------- dates


def _interval_of(value: str | None) -> tuple[date, date, str] | None:
    return interval(value) if value else None


def same_date(predicted: When | TimeExpression | None, gold_value: str | None) -> bool:
    """The predicted When equals the gold value at the gold precision (a day in a gold week is wrong)."""
    if predicted is None or gold_value is None:
        return False
    if predicted.value == gold_value:
        return True
    gold = _interval_of(gold_value)
    if gold is None:
        return False
    mine = _interval_of(predicted.value)
    if mine is None and predicted.valid_from and predicted.valid_to and predicted.precision:
        mine = (predicted.valid_from, predicted.valid_to, predicted.precision)
    return mine is not None and mine == gold


# ---------------------------------------------------------------- timexes

Span = tuple[int, int]


def place_gold_timexes(text: str, timexes: list[GoldTimex]) -> list[Span | None]:
    """Each gold timex's span: its offsets, else its first free word-bounded exact occurrence.

    Longer texts are placed first, so "Saturday" is never placed inside "on Saturday".
    """
    spans: list[Span | None] = [None] * len(timexes)
    taken: list[Span] = []
    for i, t in enumerate(timexes):
        if t.start is not None and t.end is not None:
            spans[i] = (t.start, t.end)
            taken.append((t.start, t.end))
    order = sorted(
        (i for i, t in enumerate(timexes) if spans[i] is None), key=lambda i: -len(timexes[i].text)
    )
    for i in order:
        pattern = re.compile(rf"(?<!\w){re.escape(timexes[i].text)}(?!\w)")
        for m in pattern.finditer(text):
            if all(m.end() <= s or m.start() >= e for s, e in taken):
                spans[i] = m.span()
                taken.append(m.span())
                break
    return spans


def match_timexes(
    gold_spans: list[Span | None], optional: list[bool], predicted: list[Span]
) -> tuple[dict[int, int], set[int]]:
    """Relaxed one-to-one matching, gold left to right, each taking the leftmost free overlapping
    prediction. Non-optional gold is matched first; unmatched predictions overlapping optional
    gold are returned as left out. Returns ({gold index: predicted index}, left-out indices).
    """
    by_start = sorted(range(len(predicted)), key=lambda j: predicted[j])
    pairs: dict[int, int] = {}
    used: set[int] = set()
    gold_order = sorted((i for i, s in enumerate(gold_spans) if s), key=lambda i: gold_spans[i])  # type: ignore[arg-type, return-value]
    for i in gold_order:
        if optional[i]:
            continue
        gs, ge = gold_spans[i]  # type: ignore[misc]
        for j in by_start:
            ps, pe = predicted[j]
            if j not in used and ps < ge and gs < pe:
                pairs[i] = j
                used.add(j)
                break
    left_out = {
        j
        for j in by_start
        if j not in used
        and any(
            optional[i]
            and gold_spans[i]
            and predicted[j][0] < gold_spans[i][1]
            and gold_spans[i][0] < predicted[j][1]
            for i in range(len(gold_spans))
        )  # type: ignore[index]
    }
    return pairs, left_out


def score_timexes(
    text: str,
    gold: list[GoldTimex],
    predicted: list[TimeExpression],
    report: TimexReport,
    detail: ArticleDetail,
) -> None:
    """Add one article's timex counts to the report (figures are computed by `finish_timexes`)."""
    spans = place_gold_timexes(text, gold)
    optional = [t.optional for t in gold]
    pairs, left_out = match_timexes(spans, optional, [(p.start, p.end) for p in predicted])
    rec = report.recognition
    rec.gold += sum(1 for t in gold if not t.optional)
    rec.tp += len(pairs)
    rec.fn += sum(1 for i, t in enumerate(gold) if not t.optional and i not in pairs)
    spurious = [j for j in range(len(predicted)) if j not in pairs.values() and j not in left_out]
    rec.fp += len(spurious)
    report.predicted += len(pairs) + len(spurious)
    for i, j in pairs.items():
        g, p = gold[i], predicted[j]
        if g.value == p.value:
            report.value_correct_all += 1
        if g.value is not None:
            report.value_total += 1
            report.value_correct += int(g.value == p.value)
        if g.value != p.value:
            detail.wrong_values.append(f"{g.text!r}: gold {g.value} got {p.value} ({p.text!r})")
        if g.mod:
            report.mod_total += 1
            report.mod_correct += int(g.mod == p.mod)
    detail.missed_timexes += [
        f"{t.text!r} {t.value}" for i, t in enumerate(gold) if not t.optional and i not in pairs
    ]
    detail.spurious_timexes += [f"{predicted[j].text!r} {predicted[j].value}" for j in spurious]


def finish_timexes(report: TimexReport) -> TimexReport:
    """Compute the timex figures from the summed counts."""
    report.recognition.finish()
    report.value_accuracy = _ratio(report.value_correct, report.value_total)
    total = report.predicted + report.recognition.gold
    report.value_f1 = 2 * report.value_correct_all / total if total else 0.0
    return report


# ---------------------------------------------------------------- the other categories


def _score_entities(line: GoldLine, doc: GraphDoc, report: EntityReport, detail: ArticleDetail) -> None:
    gold = line.gold.entities
    matched_gold: set[int] = set()
    for entity in doc.entities:
        names = [entity.name, *(m.text for m in entity.mentions)]
        hits = [
            i
            for i, g in enumerate(gold)
            if g.type == entity.type and names_match(names, [g.name, *g.aliases])
        ]
        counted = [i for i in hits if not gold[i].optional]
        matched_gold.update(counted)
        stats = report.per_type.setdefault(entity.type, PRF())
        if counted:
            stats.tp += 1
        elif not hits:
            stats.fp += 1
            detail.spurious_entities.append(f"{entity.type}:{entity.name}")
    for i, g in enumerate(gold):
        if g.optional:
            continue
        stats = report.per_type.setdefault(g.type, PRF())
        stats.gold += 1
        if i not in matched_gold:
            stats.fn += 1
            detail.missed_entities.append(f"{g.type}:{g.name}")


def _speaker_ok(claim: Claim, names: "_Names", gold_speakers: list[str]) -> bool:
    """The claim's speaker (as written, or its resolved entity's canonical name) is the gold one."""
    speakers = [claim.speaker_name, names.canonical.get(claim.speaker_key or "")]
    return bool(gold_speakers) and names_match(speakers, gold_speakers)


def _score_claims(
    line: GoldLine, doc: GraphDoc, names: _Names, report: ClaimReport, detail: ArticleDetail
) -> None:
    for g in line.gold.claims:
        report.gold += 1
        needle = g.contains.casefold()
        found = [c for c in doc.claims if needle in c.text.casefold()]
        if not found:
            detail.missed_claims.append(g.contains)
            continue
        report.found += 1
        gold_speakers = names.gold_names(g.speaker)
        best = max(found, key=lambda c: (_speaker_ok(c, names, gold_speakers), same_date(c.stated, g.stated)))
        if g.speaker:
            report.attribution_total += 1
            report.attribution_correct += int(_speaker_ok(best, names, gold_speakers))
        if g.stated:
            report.date_total += 1
            report.date_correct += int(same_date(best.stated, g.stated))


def _score_events(line: GoldLine, doc: GraphDoc, report: EventReport, detail: ArticleDetail) -> None:
    for g in line.gold.events:
        report.gold += 1
        wanted = [g.name, *g.aliases]
        found = [e for e in doc.events if _overlap_names([e.name, *(m.text for m in e.mentions)], wanted)]
        if not found:
            detail.missed_events.append(g.name)
            continue
        report.found += 1
        if g.when:
            report.when_total += 1
            report.when_correct += int(any(same_date(e.when, g.when) for e in found))


def _score_effects(
    line: GoldLine, doc: GraphDoc, names: _Names, report: RecallReport, detail: ArticleDetail
) -> None:
    for g in line.gold.effects:
        report.gold += 1
        needle = g.contains.casefold()
        hit = any(
            needle in e.evidence.sentence.casefold()
            and _overlap_names(names.by_key.get(e.target_key, []), names.gold_names(g.target))
            and _overlap_names(names.by_key.get(e.cause_key, []), names.gold_names(g.cause))
            for e in doc.effects
        )
        report.found += int(hit)
        if not hit:
            detail.missed_effects.append(f"{g.cause} -> {g.target}")


def _score_quantities(
    line: GoldLine, doc: GraphDoc, names: _Names, report: RecallReport, detail: ArticleDetail
) -> None:
    for g in line.gold.quantities:
        report.gold += 1
        hit = any(
            abs(q.value - g.value) <= 1e-9 * max(1.0, abs(g.value))
            and (
                g.place is None
                or names_match(
                    names.by_key.get(q.place_key or q.subject_key or "", []), names.gold_names(g.place)
                )
            )
            for q in doc.quantities
        )
        report.found += int(hit)
        if not hit:
            detail.missed_quantities.append(f"{g.value:g} {g.what or ''} {g.place or ''}".strip())


def _empty_doc(line: GoldLine) -> GraphDoc:
    record = ArticleRecord(id=line.id, word_count=0, extractor_version="none")
    return GraphDoc(article=record)


def score(gold_lines: Iterable[GoldLine], predictions: Mapping[str, GraphDoc]) -> Report:
    """Score predicted GraphDocs (by gold line id; a missing one counts as empty) against gold.

    Gold lines must carry their text (see `extraction.gold.join_texts`).
    """
    report = Report()
    for line in gold_lines:
        doc = predictions.get(line.id) or _empty_doc(line)
        detail = ArticleDetail(id=line.id)
        names = _Names(line, doc)
        report.articles += 1
        _score_entities(line, doc, report.entities, detail)
        score_timexes(line.text or "", line.gold.timexes, doc.timexes, report.timexes, detail)
        _score_claims(line, doc, names, report.claims, detail)
        _score_events(line, doc, report.events, detail)
        _score_effects(line, doc, names, report.effects, detail)
        _score_quantities(line, doc, names, report.quantities, detail)
        report.details.append(detail)
    micro = report.entities.micro
    for entity_type in sorted(report.entities.per_type):
        stats = report.entities.per_type[entity_type].finish()
        micro.tp, micro.fp, micro.fn, micro.gold = (
            micro.tp + stats.tp,
            micro.fp + stats.fp,
            micro.fn + stats.fn,
            micro.gold + stats.gold,
        )
    micro.finish()
    finish_timexes(report.timexes)
    for part in (report.claims, report.events, report.effects, report.quantities):
        part.recall = _ratio(part.found, part.gold)
    report.claims.attribution_accuracy = _ratio(
        report.claims.attribution_correct, report.claims.attribution_total
    )
    report.claims.date_accuracy = _ratio(report.claims.date_correct, report.claims.date_total)
    report.events.when_accuracy = _ratio(report.events.when_correct, report.events.when_total)
    return report
