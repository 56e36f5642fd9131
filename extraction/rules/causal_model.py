"""The trained causal-sentence model (extraction/models/causal/), loaded once per process, lazily.

Trained by `make models` (scripts/train_causal.py, extraction/training/causal.cfg) on four fifths of
the Causal News Corpus (CC0): a textcat says whether a sentence states a cause and an effect, an NER
marks its CAUSE, EFFECT and CUE spans. `is_held_out` names the fifth kept out for dev figures.
"""

import hashlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["MODEL_DIR", "CausalReading", "is_held_out", "load_causal_model", "read_sentences", "split_bucket"]

MODEL_DIR = Path(__file__).resolve().parents[1] / "models" / "causal"
_SPAN_TAGS = {"CAUSE", "EFFECT", "CUE"}
_BRIDGE = 30  # characters: a few words the tagger left out inside a side


def split_bucket(sentence_id: str, buckets: int) -> int:
    """A fixed bucket in [0, buckets) from a hash of the id (never Python's salted `hash`)."""
    digest = hashlib.sha256(sentence_id.encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") % buckets


def is_held_out(sentence_id: str) -> bool:
    """The fifth of the CNC sentences never trained on (bucket 0 of 5)."""
    return split_bucket(sentence_id, 5) == 0


@lru_cache(maxsize=1)
def load_causal_model() -> Language:
    """The committed causal model (tokenizer, tok2vec, textcat, ner), loaded on first use."""
    return spacy.load(MODEL_DIR)


@dataclass(frozen=True)
class CausalReading:
    """What the model reads in one sentence: how likely it states a cause and an effect, and its
    runs of CAUSE, EFFECT and CUE words as (label, start, end) character offsets in the sentence."""

    score: float
    runs: tuple[tuple[str, int, int], ...]

    def longest(self, label: str, bridge: int = _BRIDGE) -> tuple[int, int] | None:
        """The longest run of `label` (the first of equally long ones), as character offsets; runs of
        the label with at most `bridge` untagged characters and no other label between them are one."""
        merged: list[tuple[int, int]] = []
        previous = None
        for tag, start, end in self.runs:
            if tag == label and previous == label and merged and start - merged[-1][1] <= bridge:
                merged[-1] = (merged[-1][0], end)
            elif tag == label:
                merged.append((start, end))
            previous = tag
        spans = [(end - start, -start, start, end) for start, end in merged]
        return max(spans)[2:] if spans else None


def _runs(doc: Doc) -> tuple[tuple[str, int, int], ...]:
    runs: list[tuple[str, int, int]] = []
    for token in doc:
        tag = token.tag_
        if tag not in _SPAN_TAGS:
            continue
        end = token.idx + len(token.text)
        if runs and runs[-1][0] == tag and token.i and doc[token.i - 1].tag_ == tag:
            runs[-1] = (tag, runs[-1][1], end)
        else:
            runs.append((tag, token.idx, end))
    return tuple(runs)


def read_sentences(texts: list[str], *, with_runs: bool = True) -> list[CausalReading]:
    """The model's reading of each sentence text, in order (`with_runs=False`: the score alone,
    skipping the tagger)."""
    nlp = load_causal_model()
    disable = [] if with_runs else ["tagger"]
    return [
        CausalReading(doc.cats.get("CAUSAL", 0.0), _runs(doc) if with_runs else ())
        for doc in nlp.pipe(texts, batch_size=64, disable=disable)
    ]
