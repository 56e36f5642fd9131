"""The time expression that governs an event mention: attached to its trigger, else to the verb it is
an argument of, found by the parse rather than by distance.

"Russia, which took Avdiivka in February, launched the offensive on Monday": the offensive is dated
Monday, the expression hanging from 'launched', and never February, which sits in a relative clause
about something else. The walk goes breadth first from the trigger through its non-clausal dependents
(prepositions, noun modifiers, "last week" as npadvmod), so the expression closest in the tree wins;
it does not enter relative clauses, complements or coordinated clauses, and it does not cross into
the statement that reports the event ("said on Friday that ..." dates the statement).
"""

import re
from collections import deque
from collections.abc import Callable
from datetime import date

from spacy.tokens import Token

from chronicle.extraction.models import TimeExpression, When
from chronicle.extraction.rules.docindex import DocIndex, day_when, load_jsonl
from chronicle.extraction.rules.time_distance import counted, measure
from chronicle.extraction.timex.vocab import load_vocab

__all__ = ["VERB_TIME", "entry_when", "governing_when", "nearest_time"]

#: dependents that start another clause or event: their dates are theirs, not the trigger's
_CLAUSAL = {"relcl", "acl", "ccomp", "advcl", "parataxis", "conj", "cc", "csubj", "xcomp", "appos", "punct"}
#: a verb's dependents that can carry the time of its argument event
VERB_TIME = {"prep", "npadvmod", "advmod", "tmod", "obl", "nmod"}
_SUBJECTS = {"nsubj", "nsubjpass", "csubj", "expl"}
_MAX_NODES = 60
#: subordinators whose clause happens at the main clause's time when it names none of its own
_WITH_MAIN = frozenset(load_vocab()["main_time_mark"])
#: adverbs that date an event to the day of publication
_TODAY = frozenset(load_vocab()["publication_day"])
#: a live report's entry stamp: a clock time opening a paragraph, then a dash ('08:40 — ...')
_STAMP = re.compile(r"\s*(\d{1,2}[:.]\d{2})(?:\s*[A-Z]{2,5})?\s*[—–-]\s")
#: a wire's dateline: a place in capitals, a comma, then a date and an agency before a dash
_DATELINE = re.compile(r"\s*[A-Z][A-Z .'’-]+,[^\n—–]{3,60}?\s[—–-]\s")
_ORDINAL = re.compile(r"(\d+)(?:st|nd|rd|th)$")
#: a path up the parse that leaves the entry's own time: backstory and clauses of another time
_OTHER_TIME = {"relcl", "poss", "compound", "amod", "appos", "npadvmod", "nmod", "csubj"}
#: auxiliaries of backstory or of what has not happened yet
_NOT_NOW = {"had", "'d", "would", "will", "'ll", "could", "can", "may", "might", "should", "must", "shall"}
#: prepositions that place an event before or after another thing
_BOUNDS = frozenset(load_vocab()["sequence_prep"])
#: subordinators and prepositions whose clause or object has a time of its own
_OTHER_MARKS = frozenset(load_vocab()["other_time_mark"])


def governing_when(
    index: DocIndex,
    trigger: Token,
    governor: Token | None,
    reports: Callable[[Token], bool] = lambda _: False,
    occurs: Callable[[Token], bool] = lambda _: False,
) -> When | None:
    """The When of the nearest-in-the-tree calendar expression governing the event at `trigger`.

    Args: trigger: the event's trigger word; governor: the verb a nominal trigger is an argument of
    ('launched the operation in May'), or None; reports: true of a verb that reports or plans
    rather than performs ('the capture, announced in May'): a participle of one dates itself only.
    A verbal trigger that completes another verb ('began to shell the city in May', an xcomp) also
    looks at that verb's own modifiers; occurs: true of a verb saying its subject took place: a
    relative clause of one dates the noun it hangs from ('the offensive, which began on May 10')."""
    verbal = trigger.pos_ in {"VERB", "AUX"}
    if trigger.dep_ == "pobj" and trigger.head.lower_ in _BOUNDS:
        prep = trigger.head  # 'shelled X on Monday, two weeks after the capture of Y': Monday is not Y's
        holders = [prep, *([prep.head] if prep.head.dep_ == "npadvmod" else [])]
        tokens = measure(index, holders)
        if tokens:
            counted_when = _counted_from(
                index, prep, tokens, holders[-1].head if len(holders) > 1 else prep.head
            )
            if counted_when is not None or governor is None:
                return counted_when
            governor = None
    found = nearest_time(index, trigger, skip_subject=verbal, reports=reports)
    if found is None and not verbal:
        # the parser often hangs the clause on the place ending the phrase: 'the offensive on Kharkiv,
        # which began ...'; a named place does not begin
        ends = [
            o
            for p in trigger.children
            if p.dep_ == "prep"
            for o in p.children
            if o.dep_ == "pobj" and index.entity_of(o) is not None
        ]
        holders = [trigger, *ends]
        for clause in (c for h in holders for c in h.children if c.dep_ == "relcl" and occurs(c)):
            if any(c.dep_ in _SUBJECTS and c.lower_ in {"which", "that"} for c in clause.children):
                found = found or nearest_time(index, clause, skip_subject=True, first_level=VERB_TIME)
    if found is None and verbal:  # 'stopped flowing on Wednesday', 'began shelling in May'
        for child in trigger.children:
            if child.dep_ == "xcomp" and found is None:
                found = nearest_time(index, child, skip_subject=True, first_level=VERB_TIME)
    if found is None and governor is not None:
        found = nearest_time(index, governor, skip_subject=True, first_level=VERB_TIME)
    if found is None and verbal and trigger.dep_ == "advcl" and _marked(trigger, _WITH_MAIN):
        mark = next(c for c in trigger.children if c.dep_ == "mark" and c.lower_ in _WITH_MAIN)
        tokens = measure(index, [trigger, mark, trigger.head])
        if tokens:  # 'struck X on Sunday, nine days after Y killed 20': counted from Sunday
            return _counted_from(index, mark, tokens, trigger.head)
        # 'gas stopped on Wednesday after the agreement expired': the clause of the main event's time,
        # also where the main verb is completed by another ('stopped flowing on Wednesday')
        for holder in [trigger.head, *(c for c in trigger.head.children if c.dep_ == "xcomp")]:
            found = found or nearest_time(index, holder, skip_subject=True, first_level=VERB_TIME)
    if found is None:
        # 'the missile hit the market while people were shopping on Saturday': a clause of the same
        # time ('while', 'when': the `simultaneous` table of timex_vocab.jsonl) dates its main verb
        argument = governor is not None and trigger.dep_ in {"nsubj", "nsubjpass", "dobj"}
        main = trigger if verbal else governor if argument else None  # not 'fell before the suspension'
        same_time = load_vocab().get("simultaneous", {})
        for clause in (c for c in (main.children if main is not None else []) if c.dep_ == "advcl"):
            opens = (c for c in clause.children if c.dep_ in {"mark", "advmod"} and c.i < clause.i)
            if found is None and any(c.lower_ in same_time for c in opens):  # 'when' is an advmod
                found = nearest_time(index, clause, skip_subject=False)
    holder = trigger
    for _ in range(2):
        if found is not None or holder.dep_ != "xcomp" or holder.head.i == holder.i:
            break
        holder = holder.head
        found = nearest_time(index, holder, skip_subject=True, first_level=VERB_TIME)
    if found is None:
        holders = [trigger, governor] if governor is not None else [trigger]
        return _tonight(index, holders) or _anniversary(index, trigger)
    return found.to_when()


def entry_when(index: DocIndex, trigger: Token) -> When | None:
    """The day of a live report's entry ('08:40 — A special train ... has arrived in Kyiv'): a clock
    time opening the paragraph stamps what the entry tells as its news, on the day the stamp resolves
    to, else the day of publication. Backstory is not news of the entry: a past perfect, a modal, a
    relative or time clause, a possessor ('since the invasion began', 'had told reporters') keep no
    stamp. Only for events stated as happened (the caller's business)."""
    text = index.text
    start = text.rfind("\n", 0, trigger.idx) + 1
    stamp = _STAMP.match(text, start)
    if stamp is None and index.sents and trigger.i < index.sents[0].end:
        return _dateline_when(index, trigger)
    if stamp is None or stamp.end() > trigger.idx or not _entry_news(trigger):
        return None
    day = None
    position = index.timex_at.get(
        index.doc.char_span(stamp.start(1), stamp.end(1), alignment_mode="expand")[0].i
    )
    if position is not None and index.timexes[position][1].valid_from is not None:
        day = index.timexes[position][1].valid_from
    day = day or index.published_day
    if day is None:
        return None
    return day_when(day, stamp.group(1), "publication")


def _dateline_when(index: DocIndex, trigger: Token) -> When | None:
    """'KYIV, March 4 (Reuters) - Russian forces captured X, the ministry said': a wire's dateline
    dates the news its lead tells (not its backstory), on the day the dateline names."""
    dateline = _DATELINE.match(index.text)
    if dateline is None or dateline.end() > trigger.idx or not _entry_news(trigger):
        return None
    for span, expression in index.timexes:
        if span.end_char > dateline.end():
            break
        if expression.precision == "day" and expression.valid_from is not None:
            return day_when(expression.valid_from, span.text)
    return None


def _entry_news(trigger: Token) -> bool:
    token = trigger
    for _ in range(8):
        if any(c.dep_ in {"aux", "auxpass"} and c.lower_ in _NOT_NOW for c in token.children):
            return False  # 'had told reporters', 'would speed up deliveries'
        if token.dep_ in _OTHER_TIME or _marked(token, _OTHER_MARKS):
            return False
        if token.dep_ == "pobj" and token.head.lower_ in _OTHER_MARKS:
            return False
        if token.head.i == token.i:
            return True
        token = token.head
    return False


def _anniversary(index: DocIndex, trigger: Token) -> When | None:
    """'the third anniversary of the invasion': the event falls that many years before the
    anniversary's day (its own date, the date of the verb it hangs from, else the publication day)."""
    prep = trigger.head
    noun = prep.head
    if trigger.dep_ != "pobj" or prep.lower_ != "of" or noun.lemma_.lower() != "anniversary":
        return None
    years = next((n for c in noun.children if c.dep_ in {"amod", "nummod"} and (n := _ordinal(c))), None)
    if years is None:
        return None
    anchor = nearest_time(index, noun, skip_subject=False)
    if anchor is None and noun.dep_ == "pobj" and noun.head.head.i != noun.head.i:
        anchor = nearest_time(index, noun.head.head, skip_subject=True, first_level=VERB_TIME)
    day: date | None = anchor.valid_from if anchor is not None and anchor.precision == "day" else None
    basis = "text"
    if anchor is None and index.published_day is not None:
        day, basis = index.published_day, "publication"
    if day is None or day.year - years < 1:
        return None
    past = day.replace(year=day.year - years, day=28) if (day.month, day.day) == (2, 29) else day
    past = past.replace(year=day.year - years)
    words = index.doc[min(c.i for c in noun.children if c.dep_ in {"amod", "nummod"}) : noun.i + 1].text
    return day_when(past, words, basis)


def _ordinal(token: Token) -> int | None:
    found = _ORDINAL.match(token.lower_)
    if found is not None:
        return int(found.group(1))
    value = load_vocab().get("ordinal", {}).get(token.lower_)
    if isinstance(value, int):
        return value
    units = {r["word"]: r["value"] for r in load_jsonl("number_words.jsonl") if r.get("role") == "unit"}
    word = token.lower_
    for suffix, base in (("ieth", "y"), ("fth", "ve"), ("lfth", "lve"), ("ninth", "nine"), ("th", "")):
        if word.endswith(suffix) and (stem := word[: -len(suffix)] + base) in units:
            return int(units[stem])  # 'tenth', 'twentieth', 'fifth', 'twelfth'
    return None


def _marked(verb: Token, marks: frozenset[str]) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in marks for c in verb.children)


def _tonight(index: DocIndex, holders: list[Token]) -> When | None:
    """'Russia attacked Kyiv overnight', 'the talks open today': no calendar expression, but an adverb
    that puts the event on the day of publication (the night before it ends on that day)."""
    published = index.published_day
    if published is None:
        return None
    for holder in holders:
        word = next(
            (c.text for c in holder.children if c.dep_ in {"advmod", "npadvmod"} and c.lower_ in _TODAY), None
        )
        if word is not None:
            return day_when(published, word)
    return None


def nearest_time(
    index: DocIndex,
    root: Token,
    *,
    skip_subject: bool,
    first_level: set[str] | None = None,
    reports: Callable[[Token], bool] = lambda _: False,
) -> TimeExpression | None:
    """Breadth-first over `root`'s dependents (not entering clauses), the first resolved calendar
    expression met; at equal depth the one nearer in the text."""
    queue: deque[tuple[Token, int]] = deque()
    for child in sorted(root.children, key=lambda c: abs(c.i - root.i)):
        # 'the offensive launched in May' (but not 'the capture, announced in May')
        participle = child.dep_ == "acl" and child.tag_ in {"VBN", "VBG"} and not reports(child)
        if (child.dep_ in _CLAUSAL and not participle) or (skip_subject and child.dep_ in _SUBJECTS):
            continue
        if first_level is not None and child.dep_ not in first_level:
            continue
        queue.append((child, 1))
    seen = 0
    while queue and seen < _MAX_NODES:
        token, depth = queue.popleft()
        seen += 1
        expression = _calendar_at(index, token)
        if expression is not None:
            return expression
        if _bounds_another(index, token):
            continue  # 'killed since the invasion in February 2022': February dates the invasion
        for child in sorted(token.children, key=lambda c: abs(c.i - token.i)):
            if child.dep_ not in _CLAUSAL:
                queue.append((child, depth + 1))
    return None


def _counted_from(index: DocIndex, mark: Token, tokens: list[Token], main: Token) -> When | None:
    """The day a measure ('two weeks', with 'after'/'before') away from the main verb's own day."""
    base = nearest_time(index, main, skip_subject=True, first_level=VERB_TIME)
    if base is None or base.precision != "day" or base.valid_from is None:
        return None
    return counted(index, mark, tokens, base.valid_from)


def _bounds_another(index: DocIndex, token: Token) -> bool:
    """A preposition of sequence whose object is a thing, not a time ('since the invasion', 'after
    the fall of X'): the dates inside are that thing's."""
    if token.dep_ != "prep" or token.lower_ not in _BOUNDS:
        return False
    objects = [c for c in token.children if c.dep_ in {"pobj", "pcomp"}]
    return bool(objects) and all(o.i not in index.timex_at for o in objects)


def _calendar_at(index: DocIndex, token: Token) -> TimeExpression | None:
    """The resolved calendar expression covering `token` (durations and sets are no dates)."""
    position = index.timex_at.get(token.i)
    if position is None:
        return None
    expression = index.timexes[position][1]
    calendar = bool(expression.value) and expression.value[:1].isdigit()
    return expression if calendar and expression.type in {"DATE", "TIME"} else None
