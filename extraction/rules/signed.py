"""Statements attributed by layout rather than by a verb: a quote signed with a dash and a name
('"We will rebuild." ― Ola Berg') and a transcript turn ('BERG: We will rebuild.', or a known name
before the colon).
"""

import re
from dataclasses import dataclass

from chronicle.extraction.rules.docindex import DocIndex
from chronicle.extraction.rules.intervals import Disjoint

__all__ = ["Signed", "signed_quotes", "transcript_turns"]

_NAME_WORD = r"[A-Z][\w’'.-]*"
_SIGNATURE = re.compile(
    rf"[ \t\xa0]*[―—–][ \t\xa0]*({_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,5}})[ \t\xa0]*(?=\n|$)"
)
_TURN = re.compile(rf"(?m)^[ \t]*({_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,3}}):[ \t]+(?=\S)")
_SPEAKING = {"Person", "Organization"}


@dataclass(frozen=True)
class Signed:
    """What was said (character range), who (character range of the name) and the cue's text."""

    content: tuple[int, int]
    name: tuple[int, int]
    cue: str


def signed_quotes(index: DocIndex, quotes: Disjoint) -> list[Signed]:
    """Quotes followed on their line by a dash and a name: the name said the quote."""
    found: list[Signed] = []
    for start, end in quotes.ranges:
        match = _SIGNATURE.match(index.text, end)
        if match is not None:
            found.append(Signed((start, end), match.span(1), index.text[end : match.start(1)].strip()))
    return found


def transcript_turns(index: DocIndex) -> list[Signed]:
    """Lines opening with a speaker and a colon ('WALLACE: Let's start.'): the rest of the line is
    theirs. The speaker is written in capitals or is a person or organisation the text names."""
    found: list[Signed] = []
    text = index.text
    for match in _TURN.finditer(text):
        name_start, name_end = match.span(1)
        name = text[name_start:name_end]
        line_end = text.find("\n", match.end())
        line_end = len(text) if line_end < 0 else line_end
        if line_end - match.end() < 2 or not (
            (name.isupper() and len(name) > 1) or _names(index, name_start, name_end)
        ):
            continue
        found.append(Signed((match.end(), line_end), (name_start, name_end), ":"))
    return found


def _names(index: DocIndex, start: int, end: int) -> bool:
    """The characters are exactly one person or organisation mention."""
    span = index.doc.char_span(start, end)
    if span is None:
        return False
    return any(
        ref.type in _SPEAKING and ref.start == span.start and ref.end == span.end
        for ref in index.entities_in(span.start, span.end)
    )
