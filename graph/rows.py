"""GraphDoc -> the parameter rows of the write statements in cypher/write/ (pure, no driver).

Dated relationships all carry the same properties (valid_from, valid_to, precision, value, mod,
date_text, recorded_at); `dated()` is their one home.
"""

from datetime import date, datetime
from typing import Any, TypedDict

from chronicle.extraction.ids import short_hash
from chronicle.extraction.models import Effect, Entity, Event, GraphDoc, PlaceParent, Quantity, When
from chronicle.resolution.names import display_rank

__all__ = ["Row", "WriteRows", "dated", "effect_id", "write_rows"]

Row = dict[str, Any]


class WriteRows(TypedDict):
    """The parameters of each write statement, by statement name."""

    article: Row
    entities: list[Row]
    events: list[Row]
    claims: list[Row]
    effects: list[Row]


def dated(when: When | None, recorded_at: date | datetime | None) -> Row:
    """The properties of a dated edge; `recorded_at` is the publication time (transaction time)."""
    when = when or When()
    return {
        "value": when.value,
        "mod": when.mod,
        "valid_from": when.valid_from,
        "valid_to": when.valid_to,
        "precision": when.precision,
        "date_text": when.text,
        "date_basis": when.basis if when.value else None,
        "recorded_at": recorded_at,
    }


def _entity_row(entity: Entity) -> Row:
    place = entity.place
    props: Row = {}
    if place is not None:
        props = place.model_dump(exclude={"part_of_key", "part_of_name", "parents"}, exclude_none=True)
        props["place_kind"] = props.pop("kind", None)
    return {
        "key": entity.key,
        "type": entity.type,
        "name": entity.name,
        "name_rank": display_rank(entity.name),
        "aliases": sorted({a for a in entity.aliases if a != entity.name}),
        "forms": sorted({m.text for m in entity.mentions}),
        "place": props,
        "part_of_key": place.part_of_key if place else None,
        "part_of_name": (place.part_of_name or place.part_of_key) if place else None,
        "parents": _parents(place.parents) if place else [],
        "count": len(entity.mentions) or 1,
        "first_offset": min((m.start for m in entity.mentions), default=None),
    }


def _parents(parents: list[PlaceParent]) -> list[Row]:
    """The PART_OF chain above a place: each enclosing place with its node properties and the key of
    the place it lies in (the next one up; none for the last)."""
    rows = []
    for index, parent in enumerate(parents):
        props = parent.model_dump(exclude={"key", "name", "kind"}, exclude_none=True)
        props["place_kind"] = parent.kind
        above = parents[index + 1] if index + 1 < len(parents) else None
        rows.append(
            {
                "key": parent.key,
                "name": parent.name,
                "place": props,
                "part_of_key": above.key if above else None,
                "part_of_name": above.name if above else None,
            }
        )
    return rows


def _event_row(event: Event, recorded_at: date | datetime | None) -> Row:
    return {
        "key": event.key,
        "name": event.name,
        "type": event.type,
        "aliases": sorted({a for a in event.aliases if a != event.name}),
        "status": event.status,
        "report": {
            "status": event.status,
            "status_cue": event.status_cue,
            "stated_by": event.stated_by_name,
            "stated_by_key": event.stated_by_key,
        },
        "when": dated(event.when, recorded_at),
        "place_keys": event.place_keys,
        "participants": [p.model_dump() for p in event.participants],
        "sentence": event.evidence.sentence,
        "count": len(event.mentions) or 1,
        "first_offset": min((m.start for m in event.mentions), default=event.evidence.start),
    }


def _quantity_row(quantity: Quantity, recorded_at: date | datetime | None) -> Row:
    as_of = quantity.as_of or When()
    return {
        "id": quantity.id,
        "is_quantity": True,
        "speaker_key": quantity.source_key,
        "about_keys": [k for k in (quantity.place_key, quantity.subject_key) if k],
        "stated": dated(as_of, recorded_at) | {"on": as_of.valid_from},
        "when": dated(as_of, recorded_at),
        "props": {
            "text": quantity.evidence.sentence,
            "kind": "quantity",
            "metric": quantity.metric,
            "value": quantity.value,
            "unit": quantity.unit,
            "approximate": quantity.approximate,
            "speaker_name": quantity.source_name,
            "part_of_claim": quantity.claim_id,
            "as_of": as_of.valid_from,
            "as_of_value": as_of.value,
            "precision": as_of.precision,
            "sentence": quantity.evidence.sentence,
            "start": quantity.evidence.start,
            "end": quantity.evidence.end,
        },
    }


def effect_id(article_id: str, effect: Effect) -> str:
    """A stable id for an effect: its article, sentence, cue and the offsets of its two sides."""
    cause, result = effect.cause_span, effect.effect_span
    return "effect:" + short_hash(
        article_id,
        effect.evidence.start,
        effect.cue,
        cause.start if cause else None,
        cause.end if cause else None,
        result.start if result else None,
        result.end if result else None,
        effect.cause_key,
        effect.target_key,
    )


def _sides(main: str | None, keys: list[str]) -> list[Row]:
    """The things named on one side of an effect, the one it stands for (`main`) first."""
    ordered = list(dict.fromkeys([k for k in (main, *keys) if k]))
    return [{"key": key, "main": key == main} for key in ordered]


def _effect_row(article_id: str, effect: Effect, recorded_at: date | datetime | None) -> Row:
    """An Effect node (every effect, whatever its sides name) and, when both sides stand for a named
    thing, the AFFECTED edge between the two."""
    cause, result = effect.cause_span, effect.effect_span
    when = dated(effect.when or effect.stated, recorded_at)
    stated = effect.stated or When()
    shared = {
        "description": effect.description,
        "claim": effect.claim_id,
        "claimed_by": effect.claimed_by_key,
        "stated_on": stated.valid_from,
        "evidence": effect.evidence.sentence,
        "cause_text": cause.text if cause else None,
        "cause_start": cause.start if cause else None,
        "effect_text": result.text if result else None,
        "effect_start": result.start if result else None,
        "read_by": effect.source,
    }
    edge = bool(effect.cause_key and effect.target_key and effect.cause_key != effect.target_key)
    return {
        "id": effect_id(article_id, effect),
        "cause_key": effect.cause_key,
        "target_key": effect.target_key,
        "edge": edge,
        "cue": effect.cue,
        "start": effect.evidence.start,
        "causes": _sides(effect.cause_key, effect.cause_keys),
        "targets": _sides(effect.target_key, effect.target_keys),
        "when": when,
        "claimed_by": effect.claimed_by_key,
        "stated": dated(stated, recorded_at) | {"on": stated.valid_from},
        # the AFFECTED edge's properties, as before
        "props": when | shared,
        "node": when
        | shared
        | {
            "cue": effect.cue,
            "edge": edge,
            "cause_key": effect.cause_key,
            "target_key": effect.target_key,
            "cause_end": cause.end if cause else None,
            "effect_end": result.end if result else None,
            "sentence_start": effect.evidence.start,
            "sentence_end": effect.evidence.end,
            "confidence": effect.confidence,
            "stated_value": stated.value,
            "stated_precision": stated.precision,
            "article": article_id,
        },
    }


def write_rows(doc: GraphDoc) -> WriteRows:
    """Everything the write statements need for one article."""
    recorded_at = doc.article.published_at
    entity_keys = {e.key for e in doc.entities} | {e.key for e in doc.events}
    claims = []
    for claim in doc.claims:
        stated = claim.stated or When()
        claims.append(
            {
                "id": claim.id,
                "is_quantity": False,
                "speaker_key": claim.speaker_key,
                "about_keys": [k for k in claim.about_keys if k in entity_keys],
                "stated": dated(stated, recorded_at) | {"on": stated.valid_from},
                "when": dated(claim.when or claim.stated, recorded_at),
                "props": {
                    "text": claim.text,
                    "kind": claim.kind,
                    "speaker_name": claim.speaker_name,
                    "stated_on": stated.valid_from,
                    "stated_value": stated.value,
                    "stated_precision": stated.precision,
                    "stated_basis": stated.basis if stated.value else None,
                    "about_from": claim.when.valid_from if claim.when else None,
                    "about_value": claim.when.value if claim.when else None,
                    "predicate": claim.predicate,
                    "negated": claim.negated,
                    "sentence": claim.evidence.sentence,
                    "start": claim.evidence.start,
                    "end": claim.evidence.end,
                },
            }
        )
    claims += [_quantity_row(q, recorded_at) for q in doc.quantities]
    effects = [_effect_row(doc.article.id, effect, recorded_at) for effect in doc.effects]
    return WriteRows(
        article=doc.article.model_dump(),
        entities=[_entity_row(e) for e in doc.entities],
        events=[_event_row(e, recorded_at) for e in doc.events],
        claims=claims,
        effects=effects,
    )
