"""A measured distance between two events: 'two weeks after the capture of X', 'a day before the talks
opened'. The measure is a duration of days or weeks the parser hangs from the preposition or clause (an
npadvmod, or the preposition hangs from it); the direction is the `offset_mark` table of
timex_vocab.jsonl ('after': the event named came that much earlier)."""

import re
from datetime import date, timedelta

from spacy.tokens import Token

from chronicle.extraction.models import When
from chronicle.extraction.rules.docindex import DocIndex, day_when
from chronicle.extraction.timex.vocab import load_vocab

__all__ = ["counted", "measure"]

_DURATION = re.compile(r"P(\d+)([DW])$")


def measure(index: DocIndex, holders: list[Token]) -> list[Token]:
    """The tokens of the duration of days or weeks among the holders' npadvmod dependents (or a
    holder that is one), [] if none; never months, whose length varies."""
    candidates = [c for h in holders for c in h.children if c.dep_ == "npadvmod"]
    candidates += [h for h in holders if h.dep_ == "npadvmod"]
    for token in candidates:
        position = index.timex_at.get(token.i)
        if position is not None:
            span, expression = index.timexes[position]
            if expression.type == "DURATION" and _DURATION.match(expression.value or ""):
                return list(span)
    return []


def counted(index: DocIndex, mark: Token, tokens: list[Token], base: date) -> When | None:
    """The day `tokens` (a measure) away from `base` in the direction of `mark` ('after', 'before')."""
    sign = load_vocab().get("offset_mark", {}).get(mark.lower_)
    if not tokens or sign is None:
        return None
    found = _DURATION.match(index.timexes[index.timex_at[tokens[0].i]][1].value or "")
    if found is None:
        return None
    days = int(found.group(1)) * (7 if found.group(2) == "W" else 1)
    day = base + sign * timedelta(days=days)
    words = f"{index.doc[tokens[0].i : tokens[-1].i + 1].text} {mark.text}"
    return day_when(day, words)
