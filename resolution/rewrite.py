"""Apply resolved keys to a GraphDoc: every entity, and every reference to it, gets its node's key.

Two entities of one article that resolve to one node become one entity (mentions and aliases
joined). An entity whose node has another type takes that type (a place the graph knows as an
organisation drops its gazetteer facts). Event keys that embed an entity key (`event:merger:merger:
<organisation slug>`) are rebuilt from the resolved key, and an event keyed by a place that resolved
to another node takes that node's place segment (resolution/event_keys.py), so two outlets' reports
of one event meet.
"""

from chronicle.extraction.ids import slug
from chronicle.extraction.models import Entity, GraphDoc
from chronicle.resolution.event_keys import place_segment, rekey_event, segment_of_name

__all__ = ["rewrite"]


def _merge(into: Entity, other: Entity) -> None:
    into.mentions = sorted([*into.mentions, *other.mentions], key=lambda m: (m.start, m.end))
    into.aliases = sorted({*into.aliases, *other.aliases, other.name} - {into.name})


def _event_key(key: str, mapping: dict[str, str]) -> str:
    for old, new in mapping.items():
        old_slug = slug(old)
        if old != new and key.endswith(":" + old_slug):
            return key[: -len(old_slug)] + slug(new)
    return key


def _placed_key(key: str, place_keys: list[str], mapping: dict[str, str], names: dict[str, str]) -> str:
    """An event keyed by a place that resolved to another node takes that node's segment."""
    for place in place_keys:
        node = mapping.get(place, place)
        if node == place or place not in names:
            continue
        segment = place_segment(node)
        if segment:
            new = rekey_event(key, segment_of_name(names[place]), segment)
            if new != key:
                return new
    return key


def rewrite(
    doc: GraphDoc, keys: dict[str, str], types: dict[str, str], names: dict[str, str] | None = None
) -> GraphDoc:
    """A copy of `doc` with entity keys mapped by `keys` (old -> node key) and types by `types`;
    `names` optionally renames an entity to its node's name (the old name stays an alias)."""
    out = doc.model_copy(deep=True)
    place_names = {e.key: e.name for e in doc.entities if e.type == "Place"}
    by_key: dict[str, Entity] = {}
    for entity in out.entities:
        new_key = keys.get(entity.key, entity.key)
        new_type = types.get(entity.key, entity.type)
        entity.key = new_key
        if new_type != entity.type:
            entity.type = new_type  # type: ignore[assignment]
            entity.place = None
        name = (names or {}).get(new_key)
        if name and name != entity.name:
            entity.aliases = sorted({*entity.aliases, entity.name} - {name})
            entity.name = name
        if new_key in by_key:
            _merge(by_key[new_key], entity)
        else:
            by_key[new_key] = entity
    out.entities = sorted(by_key.values(), key=lambda e: min((m.start for m in e.mentions), default=0))

    def ref(key: str | None) -> str | None:
        return keys.get(key, key) if key else key

    events = {
        e.key: _placed_key(_event_key(e.key, keys), e.place_keys, keys, place_names) for e in out.events
    }
    every = {**keys, **events}

    def any_ref(key: str | None) -> str | None:
        return every.get(key, key) if key else key

    for event in out.events:
        event.key = events[event.key]
        event.place_keys = list(dict.fromkeys(ref(k) or k for k in event.place_keys))
        for participant in event.participants:
            participant.key = ref(participant.key) or participant.key
        event.stated_by_key = ref(event.stated_by_key)
        for report in event.reports:
            report.stated_by_key = ref(report.stated_by_key)
    for claim in out.claims:
        claim.speaker_key = ref(claim.speaker_key)
        claim.about_keys = list(dict.fromkeys(any_ref(k) or k for k in claim.about_keys))
    for effect in out.effects:
        effect.cause_key = any_ref(effect.cause_key) or effect.cause_key
        effect.target_key = any_ref(effect.target_key) or effect.target_key
        effect.cause_keys = list(dict.fromkeys(any_ref(k) or k for k in effect.cause_keys))
        effect.target_keys = list(dict.fromkeys(any_ref(k) or k for k in effect.target_keys))
        effect.claimed_by_key = ref(effect.claimed_by_key)
    for quantity in out.quantities:
        quantity.subject_key = any_ref(quantity.subject_key)
        quantity.place_key = ref(quantity.place_key)
        quantity.source_key = ref(quantity.source_key)
    return out
