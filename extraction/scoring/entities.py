"""Entities: a predicted entity matches a gold one of its type by canonical name or any mention.

Entity TP counts predicted entities, so two predictions of one gold entity are two TPs (merging is
the extractor's job); predictions matching only optional gold are left out of every count.
"""

from pydantic import BaseModel, Field

from chronicle.extraction.gold import GoldLine
from chronicle.extraction.models import GraphDoc
from chronicle.extraction.scoring.common import PRF, ArticleDetail, names_match

__all__ = ["ENTITY_TYPES", "EntityReport", "finish_entities", "score_entities"]

ENTITY_TYPES = ("Person", "Organization", "Place")


class EntityReport(BaseModel):
    """Entities: P/R/F1 per type and micro-averaged."""

    articles: int = Field(0, description="Gold lines that carry `entities`.")
    per_type: dict[str, PRF] = Field(default_factory=dict)
    micro: PRF = Field(default_factory=PRF)


def score_entities(line: GoldLine, doc: GraphDoc, report: EntityReport, detail: ArticleDetail) -> None:
    """Add one article's entity counts to the report."""
    report.articles += 1
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


def finish_entities(report: EntityReport) -> EntityReport:
    """Per-type figures and their micro average from the summed counts."""
    micro = report.micro
    for entity_type in sorted(report.per_type):
        stats = report.per_type[entity_type].finish()
        micro.tp += stats.tp
        micro.fp += stats.fp
        micro.fn += stats.fn
        micro.gold += stats.gold
    micro.finish()
    return report
