"""An event dated by its distance from another: 'The attack came a day after Russia launched 700 drones',
'It came nine days after a missile strike on Kharkiv killed 20 people'.

The clause of the event hangs from a main verb by 'after' or 'before' (the `offset_mark` table of
timex_vocab.jsonl, whose value says which way to count), with a duration of days or weeks as its
measure (the parser's npadvmod). The day it counts from is the main verb's own date ('struck Odesa on
Sunday, nine days after ...'), else the date of the event its subject names ('the attack', or 'it':
the thing it stands for, else the event the sentence before told), which only the merged events know;
so the rule runs after merging, and dates only undated events told as past, never after publication.
"""

import re
from collections.abc import Callable
from datetime import date, datetime, timedelta

from spacy.tokens import Token

from chronicle.extraction.models import When
from chronicle.extraction.rules.antecedents import pronoun_antecedent
from chronicle.extraction.rules.docindex import DocIndex
from chronicle.extraction.rules.event_args import governor
from chronicle.extraction.rules.event_time import VERB_TIME, nearest_time
from chronicle.extraction.timex.vocab import load_vocab

__all__ = ["offset_when"]

_DURATION = re.compile(r"P(\d+)([DW])$")
_SUBJECTS = {"nsubj", "nsubjpass"}


def offset_when(index: DocIndex, trigger: Token, dated: Callable[[Token], When | None]) -> When | None:
    """The day of the event at `trigger` when its clause sits a measured distance after or before
    the main clause ('a day after Russia launched ...'), counted from the main clause's day.

    Args: index: the Doc's lookups; trigger: the event's trigger (a verb, or a noun that is the
    subject or object of one); dated: the date of the merged event a token mentions, or None."""
    clause = trigger if trigger.pos_ in {"VERB", "AUX"} else governor(trigger)
    if clause is None or clause.dep_ != "advcl" or clause.head.i == clause.i:
        return None
    marks = load_vocab().get("offset_mark", {})
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ in marks), None)
    if mark is None:
        return None
    main = clause.head
    measure = _measure(index, [clause, mark, main])
    if not measure:
        return None
    base = _day(nearest_time(index, main, skip_subject=True, first_level=VERB_TIME))
    if base is None:
        subject = next((c for c in main.children if c.dep_ in _SUBJECTS), None)
        candidates = [subject]
        if subject is not None and subject.lower_ == "it":
            # 'Russia struck Odesa on Sunday. It came nine days after ...': 'it' is a thing named
            # before, else the event the sentence before told
            number = index.sent_of(subject.i)
            before = index.sents[number - 1].root if number > 0 else None
            candidates = [pronoun_antecedent(index, subject), before]
        base = next((d for c in candidates if c is not None and (d := _day(dated(c)))), None)
    if base is None:
        return None
    day = base + marks[mark.lower_] * _days(index, measure)  # 'after': the clause's event came first
    published = index.published_at
    if isinstance(published, datetime):
        published = published.date()
    if published is not None and day > published:
        return None  # told as past (the caller's business): never after publication
    words = f"{index.doc[measure[0].i : measure[-1].i + 1].text} {mark.text}"
    return When(
        value=day.isoformat(), valid_from=day, valid_to=day, precision="day", text=words, basis="text"
    )


def _measure(index: DocIndex, holders: list[Token]) -> list[Token]:
    """The tokens of the duration measuring the distance (an npadvmod of the clause, its mark or
    the main verb)."""
    for holder in holders:
        for child in holder.children:
            position = index.timex_at.get(child.i)
            if child.dep_ == "npadvmod" and position is not None:
                span, expression = index.timexes[position]
                if expression.type == "DURATION" and _DURATION.match(expression.value or ""):
                    return list(span)  # 'a day', 'nine days', 'two weeks'; never months
    return []


def _days(index: DocIndex, measure: list[Token]) -> timedelta:
    expression = index.timexes[index.timex_at[measure[0].i]][1]
    found = _DURATION.match(expression.value or "")
    count = int(found.group(1)) if found is not None else 0
    return timedelta(days=count * (7 if found is not None and found.group(2) == "W" else 1))


def _day(when: object) -> date | None:
    """A day-precision date of a time expression or When, else None."""
    if when is None or getattr(when, "precision", None) != "day":
        return None
    start = getattr(when, "valid_from", None)
    return start if isinstance(start, date) else None
