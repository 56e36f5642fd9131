"""Numbers as written and what they measure: the value of '111,000', 'several thousand' or
'half-a-million', the phrase a number counts, and what a length measures (a distance that only
locates something, 'within 10 km of Pokrovsk', measures nothing)."""

import re

from spacy.tokens import Doc, Span, Token

from chronicle.extraction.rules.docindex import DocIndex

__all__ = ["measured", "metric_text", "of_object", "parse_number"]

_NUMERIC = re.compile(r"^\d+(?:\.\d+)?$")
_LOC_PREPS = {"in", "near", "around", "at", "inside", "outside", "across", "along", "on", "within"}


def parse_number(text: str, words: dict[str, dict]) -> float | None:
    """'111,000' -> 111000; '1.5 million' -> 1500000; 'half-a-million' -> 500000;
    'tens of thousands' -> 10000 (the lower bound); None when it is not a number.

    Vague words ('several', 'a few', 'a couple of') are a lower bound (3, 2, 2) that only counts
    when a scale follows: 'several thousand' -> 3000, but 'several' alone is no number."""
    total, current, seen = 0.0, 0.0, False
    vague = False  # a vague word still waiting for its scale
    for word in text.lower().replace("-", " ").replace(",", "").split():
        if _NUMERIC.match(word):
            current, seen = float(word), True
            continue
        row = words.get(word)
        if row is None:
            return None
        role = row["role"]
        if role == "link":
            continue
        if role == "vague":
            current, vague = row["value"], True
            continue
        vague = vague and role == "unit"
        seen = seen or role != "unit" or word not in {"a", "an"}
        if role == "unit" and current and word in {"a", "an"}:
            continue  # 'half a million'
        if role == "unit":
            current = current + row["value"] if 0 < row["value"] < current else row["value"]
        elif role == "multiplier":
            current = (current or 1) * row["value"]
        else:
            total += (current or 1) * row["value"]
            current = 0.0
    value = total + current
    return value if seen and value and not vague else None


def metric_text(doc: Doc, run: Span | Token, counted: Token) -> str:
    """The counted phrase after `run` (the number, or the 'of' after a unit): 'Russian troops';
    in '63,000 Russian and 7,000 North Korean troops' each number keeps its own modifiers."""
    first, after = (run.start, run.end) if isinstance(run, Span) else (run.i, run.i + 1)
    if counted.i < first:
        phrase = doc[counted.left_edge.i : counted.i + 1]
        return " ".join(t.text for t in phrase if not t.is_punct and t.dep_ not in {"det", "poss", "case"})
    tokens: list[Token] = []
    for token in doc[after : counted.i]:
        if token.dep_ == "cc" or token.like_num:
            break
        if not token.is_punct and token.dep_ not in {"det", "quantmod", "advmod", "prep"}:
            tokens.append(token)
    words = "".join(t.text if t.text.startswith("'") else " " + t.text for t in [*tokens, counted])
    return words.strip()


def of_object(noun: Token) -> tuple[Token | None, Token | None]:
    """The 'of' after a noun and its object: '80% of [the grain harvesters]'."""
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return of, next((c for c in of.children if c.dep_ == "pobj"), None) if of else None


def measured(index: DocIndex, unit: Token) -> str | None:
    """What a length measures: '500 km of cable' -> 'cable', 'a range of 8,000 miles' -> 'range';
    None for a distance that locates ('within 10 km of Pokrovsk', '100 miles from Toulouse',
    'advanced 12 km'): that is no count, and a place is no metric."""
    of, pobj = of_object(unit)
    if unit.dep_ == "pobj" and unit.head.lower_ == "within":
        return None  # 'within 5 km of the city'
    if of is not None and pobj is not None:
        if any(_is_place(index, t) for t in pobj.subtree):
            return None
        return metric_text(index.doc, of, pobj)
    if unit.dep_ == "pobj" and unit.head.lower_ in _LOC_PREPS:
        return None  # 'in 5 km', 'at 100 miles'
    holder = unit.head.head
    if unit.dep_ == "pobj" and unit.head.lower_ == "of" and holder.pos_ == "NOUN":
        words = [t for t in holder.lefts if t.dep_ in {"compound", "amod"}]
        return " ".join(t.text for t in [*words, holder])
    return None


def _is_place(index: DocIndex, token: Token) -> bool:
    """A place named or meant ('the city') at `token`."""
    ref = index.entity_of(token)
    return (ref is not None and ref.type == "Place") or index.place_anaphor(token) is not None
