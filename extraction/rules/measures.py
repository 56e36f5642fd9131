"""Numbers as written and what they measure: the value of '111,000', 'several thousand' or
'half-a-million', the phrase a number counts, and what a length measures (a distance that only
locates something, 'within 10 km of Pokrovsk', measures nothing)."""

import re

from spacy.tokens import Doc, Span, Token

from chronicle.extraction.rules.docindex import DocIndex, load_jsonl
from chronicle.extraction.rules.lexicon import prepositions

__all__ = ["measured", "metric_text", "noun_words", "of_object", "parse_number", "split_range"]

_NUMERIC = re.compile(r"^\d+(?:\.\d+)?$")
_LOC_PREPS = prepositions("located")
_DISTANCE_FROM = prepositions("distance_from")
_DISTANCE_HEAD = prepositions("distance_head")


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


def noun_words(noun: Token, *, with_numbers: bool) -> str:
    """A noun with the compounds and adjectives before it: 'Patriot systems', 'death toll'; without
    numbers among them when the noun is what a number counts ('93 votes' -> 'votes')."""
    words = [
        t.text for t in noun.lefts if t.dep_ in {"compound", "amod"} and (with_numbers or not t.like_num)
    ]
    return " ".join([*words, noun.text])


def of_object(noun: Token) -> tuple[Token | None, Token | None]:
    """The 'of' after a noun and its object: '80% of [the grain harvesters]'."""
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return of, next((c for c in of.children if c.dep_ == "pobj"), None) if of else None


def measured(index: DocIndex, unit: Token, motion: dict[str, str] | None = None) -> str | None:
    """What a length measures: '500 km of cable' -> 'cable', 'a range of 8,000 miles' -> 'range';
    a distance to a place -> 'distance' ('within 10 km of Pokrovsk', 'about 10 kilometers from the
    city'); a movement -> its noun ('advanced 12 km toward X' -> 'advance', from `motion`: verb ->
    metric). None when it measures nothing the text names ('in 5 km')."""
    of, pobj = of_object(unit)
    places = pobj is not None and any(_is_place(index, t) for t in pobj.subtree)
    if unit.dep_ == "pobj" and unit.head.lower_ == "within":
        return "distance"  # 'within 5 km of the city'
    if of is not None and pobj is not None:
        return "distance" if places else metric_text(index.doc, of, pobj)
    if unit.dep_ == "npadvmod" and unit.head.lower_ in _DIMENSIONS:
        return _DIMENSIONS[unit.head.lower_]  # 'a zone ten kilometers deep': its depth
    if unit.dep_ == "pobj" and unit.head.lower_ == "for" and unit.head.head.pos_ == "VERB":
        return "distance"  # 'carried supplies on foot for the last eight kilometers'
    mover = _motion_verb(unit, motion or {})
    if mover is not None:
        return mover
    if any(c.dep_ == "prep" and c.lower_ in _DISTANCE_FROM for c in unit.children):
        return "distance"  # '10 km from Pokrovsk'
    if any(c.dep_ == "prep" and c.lower_ == "to" and _points(c) for c in unit.children) or (
        unit.dep_ == "npadvmod" and unit.head.lower_ == "to" and _points(unit.head)
    ):
        return "distance"  # 'about 110 kilometers to the west'
    if unit.dep_ == "npadvmod" and unit.head.lower_ in _DISTANCE_HEAD:
        return "distance"
    if unit.dep_ == "pobj" and unit.head.lower_ in _LOC_PREPS:
        return None  # 'in 5 km', 'at 100 miles'
    holder = unit.head.head
    if unit.dep_ == "pobj" and unit.head.lower_ == "of" and holder.pos_ == "NOUN":
        return noun_words(holder, with_numbers=True)
    return None


#: adjectives a length measures ('ten kilometers deep') and what it then measures
_DIMENSIONS = {r["dimension"]: r["metric"] for r in load_jsonl("quantity_cues.jsonl") if "dimension" in r}
_COMPASS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}


def _points(prep: Token) -> bool:
    """'to the west', 'to the north-east': a preposition whose object is a compass direction."""
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return pobj is not None and pobj.lower_.replace("-", "") in _COMPASS


def _motion_verb(unit: Token, motion: dict[str, str]) -> str | None:
    """'advanced 12 km', 'pushed about 10 kilometers toward X': the movement's noun."""
    verb = unit.head
    for _ in range(2):
        if verb.pos_ in {"VERB", "AUX"}:
            break
        verb = verb.head  # 'kilometers' under 'toward' under the verb
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    return motion.get(verb.lemma_.lower()) or motion.get(verb.lower_.removesuffix("ed").removesuffix("d"))


def split_range(doc: Doc, run: Span) -> tuple[Span, Span | None]:
    """A range as its two ends: '2-3 km', '1,500-2,000', 'between 200 and 300', '200 to 300',
    'two or three' -> (low, high); anything else -> (run, None). 'from 200 to 300' after a verb of
    change is a change, not a range, and stays apart."""
    for k in range(run.start + 1, run.end - 1):
        if doc[k].text in {"-", "–"} and doc[k - 1].text[:1].isdigit() and doc[k + 1].text[:1].isdigit():
            return doc[run.start : k], doc[k + 1 : run.end]
    end = run.end
    if end + 1 < len(doc) and doc[end].lower_ in {"and", "to", "or", "–"} and doc[end + 1].like_num:
        before = doc[run.start - 1].lower_ if run.start > 0 else ""
        word = doc[end].lower_
        if (
            (word == "and" and before == "between")
            or (word in {"to", "–"} and before != "from")
            or word == "or"
        ):
            stop = end + 2
            while stop < len(doc) and (
                doc[stop].like_num or doc[stop].lower_ in {"thousand", "million", "billion", "hundred"}
            ):
                stop += 1
            return run, doc[end + 1 : stop]
    return run, None


def _is_place(index: DocIndex, token: Token) -> bool:
    """A place named or meant ('the city') at `token`."""
    ref = index.entity_of(token)
    return (ref is not None and ref.type == "Place") or index.place_anaphor(token) is not None
