"""Toponyms (GeoWebNews): recognition by overlap with predicted Place mentions, then resolution.

- The predicted Place mentions are every mention of every predicted entity of type Place.
- Recognition: a non-optional gold toponym is recognised when some Place mention overlaps it; a
  mention is correct when it overlaps a non-optional toponym, left out when it overlaps only
  optional ones, else a false positive.
- Resolution, over recognised toponyms: the place judged is the entity of the overlapping mention
  with the largest overlap (ties: earlier start). Right when its GeoNames id equals the gold id or
  its coordinates lie within 161 km (great circle, R = 6,371 km); with neither, wrong.
"""

import math

from pydantic import BaseModel, Field

from chronicle.extraction.gold import GoldToponym
from chronicle.extraction.models import Entity, GraphDoc
from chronicle.extraction.scoring.common import ArticleDetail, Span, f1_of, overlap, ratio

__all__ = [
    "EARTH_RADIUS_KM",
    "WITHIN_KM",
    "RecognitionReport",
    "ResolutionReport",
    "ToponymReport",
    "finish_toponyms",
    "great_circle_km",
    "score_toponyms",
]

EARTH_RADIUS_KM = 6371.0
WITHIN_KM = 161.0


class RecognitionReport(BaseModel):
    """Recall over non-optional gold toponyms, precision over predicted Place mentions."""

    gold: int = Field(0, description="Non-optional gold toponyms.")
    recognised: int = 0
    predicted: int = Field(0, description="Predicted Place mentions, left-out ones excluded.")
    correct: int = 0
    left_out: int = 0
    precision: float | None = None
    recall: float | None = None
    f1: float | None = None


class ResolutionReport(BaseModel):
    """How many recognised toponyms got the right place."""

    total: int = Field(0, description="Recognised non-optional gold toponyms.")
    correct: int = 0
    exact_id_count: int = 0
    within_161km_count: int = 0
    accuracy: float | None = None
    exact_id: float | None = Field(None, description="Share with the gold GeoNames id.")
    within_161km: float | None = Field(None, description="Share within 161 km of the gold coordinates.")


class ToponymReport(BaseModel):
    """Toponym recognition and resolution."""

    articles: int = Field(0, description="Gold lines that carry `toponyms`.")
    recognition: RecognitionReport = Field(default_factory=RecognitionReport)
    resolution: ResolutionReport = Field(default_factory=ResolutionReport)


def great_circle_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Haversine distance on a sphere of radius 6,371 km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def _judge(entity: Entity, gold: GoldToponym) -> tuple[bool, bool]:
    """(same GeoNames id, within 161 km) for the predicted place against the gold toponym."""
    place = entity.place
    if place is None:
        return False, False
    same_id = gold.geonames_id is not None and place.geonames_id == gold.geonames_id
    near = (
        None not in (place.lat, place.lon, gold.lat, gold.lon)
        and great_circle_km(place.lat, place.lon, gold.lat, gold.lon) <= WITHIN_KM  # type: ignore[arg-type]
    )
    return same_id, near


def score_toponyms(
    gold: list[GoldToponym], doc: GraphDoc, report: ToponymReport, detail: ArticleDetail
) -> None:
    """Add one article's toponym counts to the report."""
    report.articles += 1
    mentions: list[tuple[Span, Entity]] = [
        ((m.start, m.end), e) for e in doc.entities if e.type == "Place" for m in e.mentions
    ]
    scored = [(t.start, t.end) for t in gold if not t.optional]
    optional = [(t.start, t.end) for t in gold if t.optional]
    rec, res = report.recognition, report.resolution
    for span, entity in mentions:
        if any(overlap(span, g) for g in scored):
            rec.correct += 1
            rec.predicted += 1
        elif any(overlap(span, g) for g in optional):
            rec.left_out += 1
        else:
            rec.predicted += 1
            detail.spurious_places.append(f"{entity.name} @{span[0]}")
    for toponym in gold:
        if toponym.optional:
            continue
        rec.gold += 1
        hits = [(overlap(span, (toponym.start, toponym.end)), -span[0], e) for span, e in mentions]
        hits = [h for h in hits if h[0] > 0]
        if not hits:
            detail.missed_toponyms.append(f"{toponym.text} @{toponym.start}")
            continue
        rec.recognised += 1
        entity = max(hits, key=lambda h: (h[0], h[1]))[2]
        same_id, near = _judge(entity, toponym)
        res.total += 1
        res.exact_id_count += int(same_id)
        res.within_161km_count += int(near)
        res.correct += int(same_id or near)
        if not (same_id or near):
            got = entity.place.geonames_id if entity.place else None
            detail.wrong_places.append(
                f"{toponym.text}: gold {toponym.geonames_id} got {got} ({entity.name})"
            )


def finish_toponyms(report: ToponymReport) -> ToponymReport:
    """The figures from the summed counts."""
    rec, res = report.recognition, report.resolution
    rec.recall = ratio(rec.recognised, rec.gold)
    rec.precision = ratio(rec.correct, rec.predicted)
    rec.f1 = f1_of(rec.precision, rec.recall)
    res.accuracy = ratio(res.correct, res.total)
    res.exact_id = ratio(res.exact_id_count, res.total)
    res.within_161km = ratio(res.within_161km_count, res.total)
    return report
