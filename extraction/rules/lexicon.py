"""Word sets that several rules share, read once from extraction/data (one home for each)."""

from functools import cache

from chronicle.extraction.rules.docindex import load_jsonl

__all__ = ["prepositions", "speech_lemmas"]


@cache
def prepositions(name: str) -> frozenset[str]:
    """A named set of prepositions from prepositions.jsonl ('located', 'event_place', ...)."""
    for row in load_jsonl("prepositions.jsonl"):
        if row["set"] == name:
            return frozenset(row["words"])
    raise KeyError(f"no preposition set {name!r} in prepositions.jsonl")


@cache
def speech_lemmas() -> frozenset[str]:
    """Lemmas of the verbs of speech in speech_cues.jsonl ('say', 'report', 'claim', ...)."""
    return frozenset(row["lemma"] for row in load_jsonl("speech_cues.jsonl") if "lemma" in row)
