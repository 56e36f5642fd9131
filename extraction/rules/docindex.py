"""What the relational components (claims, events, quantities, effects) read from a Doc, indexed once.

The entity and timex components leave spans on the Doc; the relational rules ask "which entity covers
this token?", "which time expression sits in these tokens?", "which sentence is this?" many times, so
those lookups are built once per component call from the spans alone (never a loop over every token).
When the entity component is absent (unit tests on bare spaCy) the model's `doc.ents` stand in.
"""

import json
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Literal

import numpy as np
from spacy.attrs import IDS as ATTR_IDS
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from chronicle.extraction.ids import entity_key
from chronicle.extraction.models import Entity, Evidence, Mention, TimeExpression, When

__all__ = [
    "DATA_DIR",
    "DocIndex",
    "EntityRef",
    "TokenFilter",
    "day_when",
    "evidence_for",
    "load_jsonl",
    "mention_of",
    "publication_when",
    "strip_span",
    "subtree_span",
]

DATA_DIR = Path(__file__).resolve().parents[1] / "data"

#: spaCy NER labels standing in for entity types when the entity component has not run.
_FALLBACK_TYPES = {"PERSON": "Person", "ORG": "Organization", "GPE": "Place", "LOC": "Place"}
_TEXT_KEY = "chronicle.text"  # doc.text, joined once for the four relational components
_EDGE_PUNCT = set(" ,;:.-–—'\"‘’“”()")


@cache
def load_jsonl(name: str, data_dir: str | None = None) -> tuple[dict, ...]:
    """Rows of a cue list under extraction/data (cached: rules are read once per process)."""
    path = Path(data_dir) / name if data_dir else DATA_DIR / name
    with path.open(encoding="utf-8") as handle:
        return tuple(json.loads(line) for line in handle if line.strip())


#: nouns that mean a place named before ('the area', 'that city'): anaphors.jsonl 'place_noun' rows
_PLACE_NOUNS = {r["word"]: r for r in load_jsonl("anaphors.jsonl") if r["kind"] == "place_noun"}
#: the kinds of place each noun can mean ('the city' is no region)
_ANAPHOR_KINDS = {w: set(r["place_kinds"]) for w, r in _PLACE_NOUNS.items() if "place_kinds" in r}
#: anaphors that mean the text's own place when no place of their kind was named just before
#: ('residents of the town' deep in a feature about one town)
_TEXT_PLACE_ANAPHORS = {w for w, r in _PLACE_NOUNS.items() if r.get("text_place")}
#: anaphors that always mean the text's own place ('the capital')
_MAIN_PLACE_ANAPHORS = {w for w, r in _PLACE_NOUNS.items() if r.get("main_place")}
#: natural features named like places: their name is no settlement or region an anaphor means
_FEATURES = {r["cue"] for r in load_jsonl("place_cues.jsonl") if r["kind"] == "feature"}


class TokenFilter:
    """Token indices whose attribute is in a cue list, found on the Doc's arrays.

    spaCy's Matcher evaluates `{"IN": [...]}` predicates in Python with a Token object per token;
    this first pass stays in numpy, so the rules only ever look at the few tokens that are cues.
    """

    def __init__(self, vocab: Vocab, attr: str, values: Iterable[str], pos: str | None = None) -> None:
        """Args: vocab: for string hashes; attr: 'LEMMA', 'LOWER' or 'LIKE_NUM' (values ignored);
        values: the cue strings; pos: keep only tokens of this coarse tag ('VERB', 'NOUN')."""
        self.attrs = [ATTR_IDS[attr], ATTR_IDS["POS"]]
        self.flag = attr == "LIKE_NUM"
        self.hashes = np.array(sorted({vocab.strings[v] for v in values}), dtype=np.uint64)
        self.pos = POS_IDS[pos] if pos else None

    def __call__(self, doc: Doc) -> list[int]:
        """Indices of the matching tokens, in order."""
        if not len(doc):
            return []
        array = doc.to_array(self.attrs)
        mask = array[:, 0] == 1 if self.flag else np.isin(array[:, 0], self.hashes)
        if self.pos is not None:
            mask &= array[:, 1] == self.pos
        return np.flatnonzero(mask).tolist()


@dataclass(frozen=True)
class EntityRef:
    """One entity mention: its key, type and token/char extent."""

    key: str
    type: str
    text: str
    start: int
    end: int
    start_char: int
    end_char: int


@dataclass
class DocIndex:
    """Lookups over one Doc's entity spans, timex spans and sentences."""

    doc: Doc
    text: str = ""  # doc.text joins every token on each access: read it once
    entities: list[EntityRef] = field(default_factory=list)
    entity_starts: list[int] = field(default_factory=list)  # of `entities`, for bisection
    places: list[EntityRef] = field(default_factory=list)  # the Place entities, in the same order
    place_starts: list[int] = field(default_factory=list)
    entity_at: dict[int, EntityRef] = field(default_factory=dict)
    timexes: list[tuple[Span, TimeExpression]] = field(default_factory=list)
    timex_at: dict[int, int] = field(default_factory=dict)
    sents: list[Span] = field(default_factory=list)
    sent_starts: list[int] = field(default_factory=list)
    sent_start_chars: list[int] = field(default_factory=list)
    sent_end_chars: list[int] = field(default_factory=list)
    records: dict[str, Entity] = field(default_factory=dict)

    @classmethod
    def build(cls, doc: Doc) -> "DocIndex":
        """Index the entity spans (or doc.ents), the timex spans and the sentences of `doc`."""
        text = doc.user_data.get(_TEXT_KEY, "") if len(doc) else ""
        if len(doc) and len(text) != doc[-1].idx + len(doc[-1].text_with_ws):
            text = doc.user_data[_TEXT_KEY] = doc.text
        index = cls(doc=doc, text=text)
        if "entities" in doc.spans:
            spans: Iterable[Span] = doc.spans["entities"]
            refs = [
                EntityRef(s._.entity_key, s.label_, s.text, s.start, s.end, s.start_char, s.end_char)
                for s in spans
                if s._.entity_key
            ]
        else:
            refs = [
                EntityRef(
                    entity_key(_FALLBACK_TYPES[e.label_], e.text),
                    _FALLBACK_TYPES[e.label_],
                    e.text,
                    e.start,
                    e.end,
                    e.start_char,
                    e.end_char,
                )
                for e in doc.ents
                if e.label_ in _FALLBACK_TYPES
            ]
        index.entities = sorted(refs, key=lambda r: (r.start, -r.end))
        index.entity_starts = [r.start for r in index.entities]
        index.places = [r for r in index.entities if r.type == "Place"]
        index.place_starts = [r.start for r in index.places]
        for ref in index.entities:
            for i in range(ref.start, ref.end):
                index.entity_at.setdefault(i, ref)
        for entity in getattr(doc._, "entities", None) or []:
            index.records[entity.key] = entity
        if "timex" in doc.spans:
            for span in doc.spans["timex"]:
                expression = span._.timex
                if expression is None:
                    continue
                position = len(index.timexes)
                index.timexes.append((span, expression))
                for i in range(span.start, span.end):
                    index.timex_at.setdefault(i, position)
        index.sents = list(doc.sents)
        index.sent_starts = [s.start for s in index.sents]
        index.sent_start_chars = [s.start_char for s in index.sents]
        index.sent_end_chars = [s.end_char for s in index.sents]
        return index

    # sentences -------------------------------------------------------------------------------
    def sent_of(self, i: int) -> int:
        """Index (in `sents`) of the sentence holding token `i`."""
        return bisect_right(self.sent_starts, i) - 1

    def sents_overlapping(self, start: int, end: int) -> range:
        """Indices of the sentences whose characters overlap [start, end) (s_start < end and
        start < s_end)."""
        return range(bisect_right(self.sent_end_chars, start), bisect_left(self.sent_start_chars, end))

    # entities --------------------------------------------------------------------------------
    def entity_of(self, token: Token) -> EntityRef | None:
        """The entity mention covering `token`, if any."""
        return self.entity_at.get(token.i)

    def entities_in(self, start: int, end: int, etype: str | None = None) -> list[EntityRef]:
        """Entity mentions inside tokens [start, end), in text order, optionally of one type."""
        found = []
        for at in range(bisect_left(self.entity_starts, start), len(self.entities)):
            ref = self.entities[at]
            if ref.start > end:
                break
            if ref.end <= end and (etype is None or ref.type == etype):
                found.append(ref)
        return found

    def place_kind(self, key: str) -> str | None:
        """Gazetteer kind of a place key (country, region, city, ...) when the linker knows it."""
        record = self.records.get(key)
        return record.place.kind if record and record.place else None

    def name_of(self, key: str) -> str | None:
        """Canonical name of an entity key, when the entity component produced it."""
        record = self.records.get(key)
        return record.name if record else None

    def place_mentions_before(self, i: int, window: int = 3) -> list[EntityRef]:
        """Place mentions in the `window` sentences up to token `i`, most recent first."""
        low = self.sents[max(self.sent_of(i) - window, 0)].start
        first, stop = bisect_left(self.place_starts, low), bisect_left(self.place_starts, i)
        return self.places[first:stop][::-1]

    def recent_place(self, i: int, window: int = 3) -> EntityRef | None:
        """What 'the area' / 'the city' at token `i` refers to: the latest place named as a
        location, skipping actors ('Russia said'), containers ('X in Donetsk'), countries, and
        places of another kind than the noun says ('the city' is no region)."""
        doc = self.doc
        wanted = _ANAPHOR_KINDS.get(doc[i].lemma_.lower())
        for ref in self.place_mentions_before(i, window):
            kind = self.place_kind(ref.key)
            if wanted and kind and kind != "other" and kind not in wanted:
                continue
            root = doc[ref.start : ref.end].root
            if root.dep_ in {"nsubj", "nsubjpass", "poss"}:
                continue
            if ref.end < len(doc) and doc[ref.end].lemma_.lower() in _FEATURES:
                continue  # 'the Mokri Yaly river' is no town 'the town' can mean
            holder = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "in" else None
            owner = self.entity_at.get(holder.i) if holder is not None else None
            if owner is not None and owner.type == "Organization":
                continue  # 'a think tank in Kyiv' says where the organisation sits, not where things happen
            if root.dep_ == "pobj" and root.head.lower_ == "in" and self._contains(root, ref):
                continue
            if self.place_kind(ref.key) == "country":
                continue
            return ref
        return None

    def place_anaphor(self, token: Token) -> EntityRef | None:
        """The place meant by 'the area' / 'that city' at `token`; None when the noun is no such
        anaphor ('the city of Pokrovsk' names its place) or nothing fits."""
        if token.lemma_.lower() not in _PLACE_NOUNS:
            return None
        if not any(c.lower_ in {"the", "that", "this"} for c in token.lefts):
            return None
        if any(t.i in self.entity_at for t in token.subtree if t.i != token.i):
            return None
        lemma = token.lemma_.lower()
        if lemma in _MAIN_PLACE_ANAPHORS:
            return self.main_place(token.i, _ANAPHOR_KINDS[lemma])
        recent = self.recent_place(token.i)
        if recent is None and lemma in _TEXT_PLACE_ANAPHORS:
            return self.main_place(token.i, _ANAPHOR_KINDS[lemma])
        return recent

    def main_place(self, i: int, kinds: set[str], exclude: str | None = None) -> EntityRef | None:
        """The place of one of `kinds` named most often before token `i` (ties: the earlier
        named), as its latest mention: the place a text is about ('the capital', 'the town')."""
        counts: dict[str, int] = {}
        latest: dict[str, EntityRef] = {}
        for ref in self.places[: bisect_left(self.place_starts, i)]:
            if self.place_kind(ref.key) in kinds and ref.key != exclude:
                counts[ref.key] = counts.get(ref.key, 0) + 1
                latest[ref.key] = ref
        if not counts:
            return None
        best = max(counts, key=lambda key: counts[key])  # dicts keep first-named order for ties
        return latest[best]

    def _contains(self, root: Token, ref: EntityRef) -> bool:
        """'Pokrovsk in Donetsk', 'the city of Pokrovsk in Donetsk': Donetsk only locates."""
        holder = root.head.head
        for token in holder.subtree:
            if token.i >= ref.start:
                break
            other = self.entity_at.get(token.i)
            if other is not None and other.type == "Place" and other.key != ref.key:
                return True
        return False

    # time ------------------------------------------------------------------------------------
    def timexes_in(self, tokens: Iterable[int]) -> list[tuple[Span, TimeExpression]]:
        """Resolved calendar expressions touching one of `tokens` (each once, text order)."""
        seen: dict[int, None] = {}
        for i in tokens:
            position = self.timex_at.get(i)
            if position is not None:
                seen.setdefault(position, None)
        found = [self.timexes[p] for p in sorted(seen)]
        return [(s, t) for s, t in found if t.value and t.value[:1].isdigit()]

    @property
    def published_at(self) -> date | datetime | None:
        """The document creation time set by the caller."""
        return getattr(self.doc._, "published_at", None)

    @property
    def published_day(self) -> date | None:
        """The day of publication (None when it is unknown)."""
        published = self.published_at
        return published.date() if isinstance(published, datetime) else published

    @property
    def article_id(self) -> str:
        """The article id set by the caller ('' in unit tests that do not set one)."""
        return getattr(self.doc._, "article_id", None) or ""


def day_when(day: date, text: str | None, basis: Literal["text", "publication"] = "text") -> When:
    """One day as a When: the words that give it and whether they are the article's or its date's."""
    return When(value=day.isoformat(), valid_from=day, valid_to=day, precision="day", text=text, basis=basis)


def publication_when(published_at: date | datetime | None) -> When | None:
    """The publication day as a When with basis='publication' (None when it is unknown)."""
    if published_at is None:
        return None
    day = published_at.date() if isinstance(published_at, datetime) else published_at
    return day_when(day, None, "publication")


def subtree_span(token: Token) -> Span:
    """The contiguous span from a token's leftmost to rightmost descendant."""
    return token.doc[token.left_edge.i : token.right_edge.i + 1]


def strip_span(span: Span) -> Span:
    """Trim punctuation, quote marks and a leading complementiser 'that' off both ends of a span."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].text in _EDGE_PUNCT or _complementiser(doc, start, end)):
        start += 1
    while (
        end > start
        and all(ch in _EDGE_PUNCT for ch in doc[end - 1].text)
        and not _closes(doc, start, end - 1)
    ):
        end -= 1
    return doc[start:end]


_CLOSERS = {")": "(", "]": "["}


def _complementiser(doc: Doc, i: int, end: int) -> bool:
    """A leading 'that' opening a clause: a mark, or the object a relative-clause parse gave it
    ('that the sides agreed to exchange ...'), not 'that' standing alone."""
    return doc[i].lower_ == "that" and (doc[i].dep_ == "mark" or (doc[i].dep_ == "dobj" and i + 1 < end))


def _closes(doc: Doc, start: int, i: int) -> bool:
    """Token i closes a bracket opened inside start..i ('Sen. Marco Rubio (R-FL)' keeps its ')')."""
    opener = _CLOSERS.get(doc[i].text)
    if opener is None:
        return False
    words = [t.text for t in doc[start:i]]
    return words.count(opener) > words.count(doc[i].text)


def mention_of(span: Span) -> Mention:
    """A Doc span as a Mention with article offsets."""
    return Mention(text=span.text, start=span.start_char, end=span.end_char)


def evidence_for(index: DocIndex, start_char: int, end_char: int) -> Evidence:
    """The sentence(s) covering a character range, with their offsets in the article text."""
    doc = index.doc
    first = doc.char_span(start_char, start_char + 1, alignment_mode="expand")
    last = doc.char_span(max(end_char - 1, start_char), end_char, alignment_mode="expand")
    if first is None or last is None:
        return Evidence(sentence=index.text[start_char:end_char], start=start_char, end=end_char)
    begin = index.sents[index.sent_of(first.start)]
    finish = index.sents[index.sent_of(last.end - 1)]
    return Evidence(
        sentence=index.text[begin.start_char : finish.end_char],
        start=begin.start_char,
        end=finish.end_char,
    )
