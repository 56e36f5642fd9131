"""An event dated by its distance from another: 'The attack came a day after Russia launched 700 drones',
'It came nine days after a missile strike on Kharkiv killed 20 people'.

The clause of the event hangs from a main verb by 'after' or 'before' (the `offset_mark` table of
timex_vocab.jsonl, whose value says which way to count), with a duration of days or weeks as its
measure (the parser's npadvmod). The day it counts from is the main verb's own date ('struck Odesa on
Sunday, nine days after ...'), else the date of the event its subject names ('the attack', or 'it':
the thing it stands for, else the event the sentence before told), which only the merged events know;
so the rule runs after merging, and dates only undated events told as past, never after publication.
"""

from collections.abc import Callable
from datetime import date

from spacy.tokens import Token

from chronicle.extraction.models import When
from chronicle.extraction.rules.antecedents import pronoun_antecedent
from chronicle.extraction.rules.docindex import DocIndex
from chronicle.extraction.rules.event_args import governor
from chronicle.extraction.rules.event_time import VERB_TIME, nearest_time
from chronicle.extraction.rules.time_distance import counted, measure
from chronicle.extraction.timex.vocab import load_vocab

__all__ = ["offset_when"]

_SUBJECTS = {"nsubj", "nsubjpass"}


def offset_when(index: DocIndex, trigger: Token, dated: Callable[[Token], When | None]) -> When | None:
    """The day of the event at `trigger` when its clause or phrase sits a measured distance after or
    before the main clause ('a day after Russia launched ...', 'a day after a strike on X'), counted
    from the main clause's day.

    Args: index: the Doc's lookups; trigger: the event's trigger (a verb, or a noun that is the
    subject or object of one, or the object of the 'after'); dated: the date of the merged event a token mentions, or None."""
    marks = load_vocab().get("offset_mark", {})
    found = _clause_offset(trigger, marks) or _phrase_offset(index, trigger, marks)
    if found is None:
        return None
    mark, main, holders = found
    tokens = measure(index, holders)
    if not tokens:
        return None
    for _ in range(3):  # 'hit X on Thursday, killing four, a day after a strike on Y': up the clauses
        if _day(nearest_time(index, main, skip_subject=True, first_level=VERB_TIME)) is not None:
            break
        if main.dep_ not in {"advcl", "conj", "xcomp"} or main.head.i == main.i:
            break
        main = main.head
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
    when = counted(index, mark, tokens, base)
    published = index.published_day
    if when is None or when.valid_from is None or (published is not None and when.valid_from > published):
        return None  # told as past (the caller's business): never after publication
    return when


def _clause_offset(trigger: Token, marks: dict) -> tuple[Token, Token, list[Token]] | None:
    """'came a day after Russia launched ...': the event's clause, marked, under a main verb."""
    clause = trigger if trigger.pos_ in {"VERB", "AUX"} else governor(trigger)
    if clause is None or clause.dep_ != "advcl" or clause.head.i == clause.i:
        return None
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ in marks), None)
    return (mark, clause.head, [clause, mark, clause.head]) if mark is not None else None


def _phrase_offset(index: DocIndex, trigger: Token, marks: dict) -> tuple[Token, Token, list[Token]] | None:
    """'reopened on Monday, two weeks after the bombing of the port': the event noun, object of the
    preposition, under a verb (or under the measure the parser hangs it from: 'a day after a strike')."""
    mark = trigger.head
    if trigger.dep_ != "pobj" or mark.dep_ != "prep" or mark.lower_ not in marks:
        return None
    main = mark.head
    if main.dep_ == "npadvmod" and main.i in index.timex_at:
        main = main.head  # 'a day after a strike': the parser hangs the preposition from the measure
    return mark, main, [mark, main]


def _day(when: object) -> date | None:
    """A day-precision date of a time expression or When, else None."""
    if when is None or getattr(when, "precision", None) != "day":
        return None
    start = getattr(when, "valid_from", None)
    return start if isinstance(start, date) else None
