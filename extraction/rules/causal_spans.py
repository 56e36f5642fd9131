"""Cause and effect spans of a sentence the causal model calls causal, mapped onto the article's Doc.

The model tags each word of a causal sentence CAUSE, EFFECT, CUE or O (see causal_model.py). Here the
longest CAUSE run and the longest EFFECT run become the two sides, snapped to the Doc's tokens and
trimmed of edge punctuation. When the tagger marks only one side, the other is the longer part of the
sentence left of or right of it (a causal sentence states both). The cue is the CUE run between the two
sides (else the nearest one), or "" when the sentence states the link without a cue word ("The strike
resumed on Tuesday as their demands were not met" has one; "Workers struck, demanding pay" may not).
"""

from collections.abc import Callable

from spacy.tokens import Span, Token

from chronicle.extraction.rules.causal_model import CausalReading
from chronicle.extraction.rules.docindex import DocIndex, strip_span

__all__ = ["CausalSides", "causal_sides", "keys_in"]

#: A side shorter than this many characters is no clause (a stray tagged word).
_MIN_SIDE = 3

CausalSides = tuple[Span, Span, str]


def _span(sent: Span, start: int, end: int) -> Span | None:
    """Sentence-relative character offsets -> a stripped Doc span (None when nothing is left)."""
    base = sent.start_char
    span = sent.doc.char_span(base + start, base + end, alignment_mode="expand")
    if span is None:
        return None
    span = strip_span(span)
    return span if len(span.text) >= _MIN_SIDE else None


def _rest(sent: Span, side: Span) -> Span | None:
    """The longer part of the sentence before or after `side`."""
    before = strip_span(sent.doc[sent.start : side.start])
    after = strip_span(sent.doc[side.end : sent.end])
    rest = before if len(before.text) >= len(after.text) else after
    return rest if len(rest.text) >= _MIN_SIDE else None


_CONTENT = {"NOUN", "PROPN", "VERB", "NUM", "PRON", "ADJ"}


def causal_sides(sent: Span, reading: CausalReading) -> CausalSides | None:
    """(cause span, effect span, cue text) of a sentence the model calls causal, or None."""
    found = [reading.longest("CAUSE"), reading.longest("EFFECT")]
    cause = _span(sent, *found[0]) if found[0] else None
    effect = _span(sent, *found[1]) if found[1] else None
    if cause is not None and effect is not None and cause.start < effect.end and effect.start < cause.end:
        effect = None  # one run inside the other: keep the cause, read the effect from the rest
    if cause is None and effect is None:
        return None
    if cause is None:
        cause = _rest(sent, effect)
    elif effect is None:
        effect = _rest(sent, cause)
    if cause is None or effect is None or not (_says_something(cause) and _says_something(effect)):
        return None
    return cause, effect, _cue(sent, reading, cause, effect)


def _says_something(side: Span) -> bool:
    """A side names a thing or an action: a run of function words ('again to') is a misread."""
    return any(t.pos_ in _CONTENT for t in side)


def _cue(sent: Span, reading: CausalReading, cause: Span, effect: Span) -> str:
    low, high = sorted((cause, effect), key=lambda s: s.start)
    cues = [(start, end) for tag, start, end in reading.runs if tag == "CUE"]
    if not cues:
        return ""
    base = sent.start_char

    def distance(run: tuple[int, int]) -> int:
        start, end = base + run[0], base + run[1]
        if low.end_char <= start and end <= high.start_char:
            return 0
        return min(abs(start - low.end_char), abs(high.start_char - end))

    start, end = min(cues, key=distance)
    return sent.text[start:end].strip()  # runs are offsets in the sentence (doc.text rebuilds the article)


def keys_in(
    span: Span, index: DocIndex, event_at: dict[int, str], demonym_at: Callable[[Token], str | None]
) -> list[str]:
    """Events, then entities, then demonyms' countries named inside a span, each once, text order."""
    keys: dict[str, None] = {}
    for token in span:
        if token.i in event_at:
            keys.setdefault(event_at[token.i], None)
    for ref in index.entities_in(span.start, span.end):
        keys.setdefault(ref.key, None)
    for token in span:
        key = demonym_at(token)
        if key is not None:
            keys.setdefault(key, None)
    return list(keys)
