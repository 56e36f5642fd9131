"""A quote split around its cue is one statement: '"The line is holding," the commander said, "and
the enemy has not broken through."' and '"We held," she said. "We will hold."' are each one claim
whose fragments are the quoted pieces.

A fragment continues a quote that comes before its cue when it is (a) a quote in the cue's own
sentence after the verb, set off by a comma ('..., he said, "and ..."'), or (b) a quote that follows
the cue's sentence in the same paragraph and fills whole sentences without a cue of its own
('... she said. "We will hold."'), or (c) a quote that fills the next paragraph by itself (a reporter
opens a new paragraph of quotation with no attribution when the same speaker goes on). Further quotes
standing alone right after continue the chain.
"""

import re

from chronicle.extraction.rules.docindex import DocIndex
from chronicle.extraction.rules.intervals import Disjoint

__all__ = ["continuing_fragments"]

_MAX_GAP = 200  # characters of attribution between the first fragment and the next one
_MAX_NAME = 60  # characters of a quoted name inside an attribution (a programme, a term)
_MAX_ATTRIBUTION = 400  # characters from the cue to the full stop ending its sentence
_ABBREVIATION = re.compile(r"(?:^|[^A-Za-z0-9])(?:[A-Z][a-z]{0,2}|[a-z])$")  # 'Mrs', 'Gen', 'U.S', 'p.m'
_FULL_STOP = re.compile(r"[.!?][\"'”’“‘)]?(?=\s)")


def continuing_fragments(
    index: DocIndex,
    quotes: Disjoint,
    first: tuple[int, int],
    verb_end: int,
    sent: int,
) -> list[tuple[int, int]]:
    """The quotes that continue `first` (a quote ending before the cue verb ending at `verb_end`,
    in sentence number `sent`), in order; [] when none does."""
    text = index.text
    sentence = index.sents[sent]
    found: list[tuple[int, int]] = []
    after = quotes.first_starting_from(verb_end)
    if (
        after is not None
        and after[0] < sentence.end_char
        and after[0] - first[1] <= _MAX_GAP
        and text[verb_end : after[0]].rstrip().endswith(",")
    ):
        found.append(after)  # (a) '..., he said, "and ..."'
        if not _closes_sentence(text, after[1]):
            return found
        last_end = after[1]
    else:  # the attribution runs to the first full stop after the verb
        end = _attribution_end(text, quotes, verb_end)
        if end is None:
            return found
        last_end = end
    while True:
        nxt = quotes.first_starting_from(last_end)
        if nxt is None:
            return found
        gap = text[last_end : nxt[0]]
        if not _only_space(gap) and not (not gap.strip() and _whole_paragraph(text, nxt)):
            return found  # (c) a paragraph that is nothing but a quote goes on with the speaker before
        if not _closes_sentence(text, nxt[1]):
            if not found and _has_stop(text, nxt[0], nxt[1]):
                found.append(nxt)  # '... she said. "We held. We hold" for now': its quoted sentences
            return found
        found.append(nxt)  # (b) '... she said. "We will hold."'
        last_end = nxt[1]


def _attribution_end(text: str, quotes: Disjoint, verb_end: int) -> int | None:
    """Where the sentence of the cue ends: its first full stop, past any short quote the
    attribution names on its way ('he said on "Meet the Press."', 'describing the "steel
    frames"'); None when a quote in it is no such name (what was said goes on in the sentence)."""
    pos = verb_end
    while True:
        stop = _full_stop(text, pos)
        nxt = quotes.first_starting_from(pos)
        if nxt is None or (stop is not None and nxt[0] >= stop.end()):
            return None if stop is None else stop.end()
        if nxt[1] - nxt[0] > _MAX_NAME or text[pos : nxt[0]].rstrip().endswith((",", ":")):
            return None
        if _closes_sentence(text, nxt[1]):
            return nxt[1]
        pos = nxt[1]


def _full_stop(text: str, start: int) -> re.Match[str] | None:
    """The first full stop after `start` that ends a sentence, not an abbreviation ('Mrs.')."""
    for stop in _FULL_STOP.finditer(text, start, min(len(text), start + _MAX_ATTRIBUTION)):
        if text[stop.start()] != "." or not _ABBREVIATION.search(
            text[max(stop.start() - 5, 0) : stop.start()]
        ):
            return stop
    return None


def _has_stop(text: str, start: int, end: int) -> bool:
    """A quote holding at least one whole sentence: a full stop inside it before its last words."""
    return _FULL_STOP.search(text, start, end) is not None


def _whole_paragraph(text: str, quote: tuple[int, int]) -> bool:
    """The quote fills its paragraph: a line break right before it and nothing but a full stop
    between its end and the next line break (or the end of the text)."""
    before = text[: quote[0]].rstrip(" \t\xa0")
    if before and not before.endswith("\n"):
        return False
    line_end = text.find("\n", quote[1])
    rest = text[quote[1] : len(text) if line_end < 0 else line_end]
    return not rest.strip(" \t\xa0.")


def _only_space(gap: str) -> bool:
    """Nothing but spaces (no paragraph break) between two pieces."""
    return "\n" not in gap and not gap.strip(" \t\xa0")


def _closes_sentence(text: str, end: int) -> bool:
    """A quote ending at `end` ends its sentence: a full stop inside it or right after it, then a
    new sentence, a line break or the end of the text ('... hold." Then', not '...," he said')."""
    inner = text[max(end - 3, 0) : end].rstrip("\"'”’“‘ ")
    rest = text[end : end + 3]
    if rest[:1] in {".", "!", "?"}:
        rest = rest[1:]
    elif not inner.endswith((".", "!", "?", "…")):
        return False
    follow = rest.lstrip(" \t\xa0")
    return not follow or follow[0] == "\n" or follow[0].isupper() or follow[0] in "\"“‘'"
