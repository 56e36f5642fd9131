"""Statements attributed by layout rather than by a verb: a quote signed with a dash and a name
('"We will rebuild." ― Ola Berg'), a transcript turn ('BERG: We will rebuild.', or a known name
before the colon; in a quoted transcript the turn runs on over the quoted paragraphs after it), and
a headline naming its speaker ('Berg: We will rebuild', 'Berg to the UN: ...').
"""

import re
from dataclasses import dataclass

from chronicle.extraction.rules.docindex import DocIndex
from chronicle.extraction.rules.intervals import Disjoint

__all__ = ["Signed", "headline_turn", "signed_quotes", "transcript_turns"]

_NAME_WORD = r"[A-Z][\w’'.-]*"
_SIGNATURE = re.compile(
    rf"[ \t\xa0]*[―—–][ \t\xa0]*({_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,5}})[ \t\xa0]*(?=\n|$)"
)
_TURN = re.compile(rf"(?m)^[ \t]*([\"“]?)({_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,3}}):[ \t]+(?=\S)")
_HEADLINE = re.compile(
    rf"[ \t]*({_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,3}})(?:[ \t]+to[ \t]+{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,3}})?:[ \t]+(?=\S)"
)
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
        name_start, name_end = match.span(2)
        name = text[name_start:name_end]
        line_end = _line_end(text, match.end())
        if line_end - match.end() < 2 or not (
            (name.isupper() and len(name) > 1) or _names(index, name_start, name_end)
        ):
            continue
        if match.group(1):  # a quoted transcript: the turn goes on over quoted paragraphs
            line_end = _quoted_paragraphs(text, line_end, match.group(1))
        found.append(Signed((match.end(), line_end), (name_start, name_end), ":"))
    return found


def headline_turn(index: DocIndex, labels: frozenset[str]) -> Signed | None:
    """A first line 'Name: what they said' or 'Name to Someone: ...' (a headline), where the name
    is no section label ('Analysis:', 'Live updates:'; `labels`, lowercased)."""
    text = index.text
    match = _HEADLINE.match(text)
    if match is None:
        return None
    name_start, name_end = match.span(1)
    line_end = _line_end(text, match.end())
    if line_end - match.end() < 2 or text[name_start:name_end].lower() in labels:
        return None
    if any(word.lower() in labels for word in text[name_start:name_end].split()):
        return None
    return Signed((match.end(), line_end), (name_start, name_end), ":")


def _line_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return len(text) if end < 0 else end


def _quoted_paragraphs(text: str, end: int, mark: str) -> int:
    """The end of the last paragraph after `end` that opens with the quote `mark` and is no turn."""
    while True:
        start = end
        while start < len(text) and text[start] in " \t\n\xa0":
            start += 1
        if not text.startswith(mark, start) or _TURN.match(text, start):
            return end
        end = _line_end(text, start)


def _names(index: DocIndex, start: int, end: int) -> bool:
    """The characters are exactly one person or organisation mention."""
    span = index.doc.char_span(start, end)
    if span is None:
        return False
    return any(
        ref.type in _SPEAKING and ref.start == span.start and ref.end == span.end
        for ref in index.entities_in(span.start, span.end)
    )
