"""The whole report: score every gold line on the categories its `gold` object carries.

A line scores only the categories whose key it carries (`Gold.annotated`): an absent key gives that
category no counts from the line, so its predictions there are neither hits nor false positives.
Each section's `articles` says how many lines carried its key.
"""

from collections.abc import Iterable, Mapping

from pydantic import BaseModel, Field

from chronicle.extraction.gold import GoldLine
from chronicle.extraction.models import ArticleRecord, GraphDoc
from chronicle.extraction.scoring.attributions import (
    AttributionReport,
    finish_attributions,
    score_attributions,
)
from chronicle.extraction.scoring.causal import CausalReport, finish_causal, score_causal
from chronicle.extraction.scoring.clusters import ClusterReport
from chronicle.extraction.scoring.common import ArticleDetail, Names
from chronicle.extraction.scoring.entities import EntityReport, finish_entities, score_entities
from chronicle.extraction.scoring.recall_lists import (
    ClaimReport,
    EventReport,
    RecallReport,
    finish_recall,
    score_claims,
    score_effects,
    score_events,
    score_quantities,
)
from chronicle.extraction.scoring.timexes import TimexReport, finish_timexes, score_timexes
from chronicle.extraction.scoring.toponyms import ToponymReport, finish_toponyms, score_toponyms

__all__ = ["Report", "score"]


class Report(BaseModel):
    """Every figure of GOLD_FORMAT.md; `model_dump_json(exclude={"details"})` is the `--json` summary."""

    articles: int = 0
    entities: EntityReport = Field(default_factory=EntityReport)
    timexes: TimexReport = Field(default_factory=TimexReport)
    claims: ClaimReport = Field(default_factory=ClaimReport)
    events: EventReport = Field(default_factory=EventReport)
    effects: RecallReport = Field(default_factory=RecallReport)
    quantities: RecallReport = Field(default_factory=RecallReport)
    attributions: AttributionReport = Field(default_factory=AttributionReport)
    causal: CausalReport = Field(default_factory=CausalReport)
    toponyms: ToponymReport = Field(default_factory=ToponymReport)
    clusters: ClusterReport | None = Field(None, description="Only with a clusters file.")
    details: list[ArticleDetail] = Field(default_factory=list)


def _empty_doc(line: GoldLine) -> GraphDoc:
    record = ArticleRecord(id=line.id, word_count=0, extractor_version="none")
    return GraphDoc(article=record)


def _score_line(line: GoldLine, doc: GraphDoc, report: Report, detail: ArticleDetail) -> None:
    gold, text = line.gold, line.text or ""
    names = Names(line, doc)
    if gold.annotated("entities"):
        score_entities(line, doc, report.entities, detail)
    if gold.annotated("timexes"):
        score_timexes(text, gold.timexes, doc.timexes, report.timexes, detail)
    if gold.annotated("claims"):
        score_claims(line, doc, names, report.claims, detail)
    if gold.annotated("events"):
        score_events(line, doc, report.events, detail)
    if gold.annotated("effects"):
        score_effects(line, doc, names, report.effects, detail)
    if gold.annotated("quantities"):
        score_quantities(line, doc, names, report.quantities, detail)
    if gold.annotated("attributions"):
        score_attributions(text, gold.attributions, doc, report.attributions, detail)
    if gold.causal is not None:
        score_causal(text, gold.causal, doc, report.causal, detail)
    if gold.annotated("toponyms"):
        score_toponyms(gold.toponyms, doc, report.toponyms, detail)


def score(gold_lines: Iterable[GoldLine], predictions: Mapping[str, GraphDoc]) -> Report:
    """Score predicted GraphDocs (by gold line id; a missing one counts as empty) against gold.

    Gold lines must carry their text (see `extraction.gold.join_texts`).
    """
    report = Report()
    for line in gold_lines:
        detail = ArticleDetail(id=line.id)
        _score_line(line, predictions.get(line.id) or _empty_doc(line), report, detail)
        report.articles += 1
        report.details.append(detail)
    finish_entities(report.entities)
    finish_timexes(report.timexes)
    finish_recall(report.claims, report.events, report.effects, report.quantities)
    finish_attributions(report.attributions)
    finish_causal(report.causal)
    finish_toponyms(report.toponyms)
    return report
