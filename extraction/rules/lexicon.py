"""Word sets that several rules share, read once from extraction/data (one home for each)."""

from functools import cache

from chronicle.extraction.rules.docindex import load_jsonl

__all__ = ["prepositions"]


@cache
def prepositions(name: str) -> frozenset[str]:
    """A named set of prepositions from prepositions.jsonl ('located', 'event_place', ...)."""
    for row in load_jsonl("prepositions.jsonl"):
        if row["set"] == name:
            return frozenset(row["words"])
    raise KeyError(f"no preposition set {name!r} in prepositions.jsonl")
