"""What every section of the scorer shares: counts with P/R/F1, name matching, spans and overlaps.

Choices the contract leaves open, stated once:
- P = TP/(TP+FP), R = TP/(TP+FN) with the contract's counts; an undefined PRF figure is 0.0 (the
  figures of the newer sections are null instead, so "nothing to score" is visible);
- names compare case-insensitively, whitespace collapsed, a leading "the " ignored;
- "contains, or is contained in" (events, effect sides) is read as words, as the contract's speaker
  rule spells out: a contiguous run of whole words (runs of letters and digits), so "fire" is not
  inside "ceasefire" nor "war" inside "warplanes", while "strike" is inside "drone strike".
"""

import re
from collections.abc import Iterable, Sequence

from pydantic import BaseModel, Field

from chronicle.extraction.gold import GoldLine
from chronicle.extraction.models import GraphDoc

__all__ = [
    "PRF",
    "ArticleDetail",
    "Names",
    "Span",
    "covered",
    "f1_of",
    "merge_spans",
    "name_words",
    "names_match",
    "norm_name",
    "overlap",
    "overlap_names",
    "ratio",
]

Span = tuple[int, int]


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


def ratio(n: int, d: int) -> float | None:
    """n/d, or None when there is nothing to divide by."""
    return n / d if d else None


def f1_of(precision: float | None, recall: float | None) -> float | None:
    """The harmonic mean of P and R; an undefined one counts as 0 (None when both are undefined)."""
    if precision is None and recall is None:
        return None
    p, r = precision or 0.0, recall or 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def overlap(a: Span, b: Span) -> int:
    """Characters in both spans (end exclusive)."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def merge_spans(spans: Iterable[Span]) -> list[Span]:
    """Sorted, non-overlapping spans covering the same characters (empty ones dropped)."""
    merged: list[Span] = []
    for start, end in sorted(s for s in spans if s[1] > s[0]):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def covered(inner: Sequence[Span], outer: Sequence[Span]) -> int:
    """How many characters of `inner` lie inside `outer` (both lists of disjoint spans)."""
    return sum(overlap(a, b) for a in inner for b in outer)


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
    missed_attributions: list[str] = Field(default_factory=list)
    wrong_speakers: list[str] = Field(default_factory=list)
    spurious_claims: list[str] = Field(default_factory=list)
    causal: str | None = Field(None, description="'fp' or 'fn' when the sentence label is wrong.")
    unmatched_effects: list[str] = Field(default_factory=list)
    missed_toponyms: list[str] = Field(default_factory=list)
    spurious_places: list[str] = Field(default_factory=list)
    wrong_places: list[str] = Field(default_factory=list)


# ---------------------------------------------------------------- names

_THE = re.compile(r"^the\s+", re.IGNORECASE)


def norm_name(name: str | None) -> str:
    """Lower case, whitespace collapsed, leading 'the ' dropped."""
    return _THE.sub("", " ".join((name or "").split())).casefold()


def names_match(predicted: Iterable[str | None], gold: Iterable[str | None]) -> bool:
    """Some predicted name equals some gold name (normalised)."""
    wanted = {norm_name(g) for g in gold if g}
    return any(norm_name(p) in wanted for p in predicted if p)


_WORD = re.compile(r"[^\W_]+")


def name_words(name: str | None) -> tuple[str, ...]:
    """A name's words for containment: normalised (norm_name), ’ read as ', then runs of letters and
    digits ("coking-coal mine" -> coking, coal, mine)."""
    return tuple(_WORD.findall(norm_name(name).replace("\u2019", "'")))


def _has_run(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    n = len(shorter)
    return 0 < n <= len(longer) and any(longer[i : i + n] == shorter for i in range(len(longer) - n + 1))


def overlap_names(predicted: Iterable[str | None], gold: Iterable[str | None]) -> bool:
    """Some predicted name contains, or is contained in, some gold name, as a contiguous run of whole
    words (normalised)."""
    wanted = [w for w in (name_words(g) for g in gold if g) if w]
    return any(
        p and any(_has_run(p, g) or _has_run(g, p) for g in wanted) for p in map(name_words, predicted)
    )


class Names:
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
