"""Event keys follow their place node: one event, one node, whichever spelling of its place a report used.

A placed event's key is `event:<family>:<place segment>` (optionally `:<status>` for a plan or claim
set apart from the fact, see extraction/components/events.py), the segment being the place's name
without a trailing region word ('Kursk Oblast' -> 'kursk'). When the resolver decides that a place is
another node ('Tarnyvka' is 'Tarnivka'), the event takes the segment of that node: its gazetteer name
for a gazetteer place, else the words of its key, which are the name as the resolver folds spellings
('place:raqa' for Raqqa and Raqa), so every spelling's report keys the same node. `rekey_event`
rewrites one key; `follow_place` tells how the events of a place node merged later follow it
(graph/identity.py `merge_steps`).
"""

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from chronicle.extraction.rules.docindex import load_jsonl
from chronicle.extraction.rules.event_args import place_stem
from chronicle.extraction.rules.gazetteer import load_gazetteer

__all__ = ["SET_APART", "PlaceFollow", "follow_place", "place_segment", "rekey_event", "segment_of_name"]

#: statuses a key may end with after its place (a plan or claim kept apart from the fact)
SET_APART = ("planned", "hypothetical", "failed", "claimed", "denied")


@cache
def _region_words() -> frozenset[str]:
    return frozenset(r["cue"] for r in load_jsonl("place_cues.jsonl") if r["kind"] == "region_word")


def segment_of_name(name: str) -> str:
    """The place segment an event key takes from a place's name."""
    return place_stem(name, _region_words())


def place_segment(node_key: str) -> str | None:
    """The segment of a place node's events: its gazetteer name's, else its key's words (None for a
    key that is no place's, or a gazetteer id the gazetteer does not hold)."""
    if not node_key.startswith("place:"):
        return None
    rest = node_key.removeprefix("place:")
    if rest.startswith(("geonames:", "iso:")):
        record = load_gazetteer().by_id.get(rest)
        return segment_of_name(record.name) if record else None
    return segment_of_name(rest.replace("-", " "))


def rekey_event(key: str, old_segment: str, new_segment: str) -> str:
    """`key` with its place segment `old_segment` replaced (unchanged when it has no such segment)."""
    parts = key.split(":")
    if parts[0] != "event" or len(parts) not in (3, 4) or parts[2] != old_segment:
        return key
    if len(parts) == 4 and parts[3] not in SET_APART:
        return key
    parts[2] = new_segment
    return ":".join(parts)


@dataclass(frozen=True)
class PlaceFollow:
    """How the events of a merged place change key: the place segment `old` becomes `new`."""

    old: str
    new: str

    def rekey(self, event_keys: Iterable[str]) -> list[tuple[str, str]]:
        """The (old, new) keys of those of `event_keys` (the events at the merged place) that change."""
        return [(key, moved) for key in event_keys if (moved := rekey_event(key, self.old, self.new)) != key]


def follow_place(from_key: str, into_key: str) -> PlaceFollow | None:
    """How the events of `from_key` follow it once it is merged into `into_key`; None when no event
    can move (one of the keys is no place's, or the segment stays), so none need be read."""
    if not (from_key.startswith("place:") and into_key.startswith("place:")):
        return None
    old, new = place_segment(from_key), place_segment(into_key)
    if not old or not new or old == new:
        return None
    return PlaceFollow(old, new)
