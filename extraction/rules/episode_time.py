"""The day of the episode a sentence goes on telling, for an event its own words leave undated.

"On Sunday, the army confirmed the news. The brigade said its units had withdrawn from the town.": the
withdrawal has no time expression of its own, yet a reader dates it Sunday, the day the sentence before
told of, in the same paragraph. The rule is the parse's, not the distance's: the earlier sentence's
time must govern its main clause (or the clause its main verb reports, 'claimed that ... overnight on
May 1'), and the event must be told in the simple past (or, in reported speech, the past perfect that
backshifts it) in the main clause or in what it reports. Never continued: a sentence with a time
expression of its own (even 'for weeks'), a verb shifted in time ('later', 'earlier': the `time_shift`
table of timex_vocab.jsonl), a relative or time clause (but for one that tells what came next,
'after which ...': the `sequel` table, or its cause, 'because ...': the `episode_mark` table), a present perfect, a modal or a plan; nor the
sentence before when it lies in another paragraph. Only a day is carried: an episode is one day's news.
"""

from spacy.tokens import Span, Token

from chronicle.extraction.models import TimeExpression, When
from chronicle.extraction.rules.docindex import DocIndex, day_when
from chronicle.extraction.rules.event_time import VERB_TIME, nearest_time
from chronicle.extraction.timex.vocab import load_vocab

__all__ = ["episode_when"]

#: how many sentences back the episode's date may sit, over sentences that name no time at all
_LOOK_BACK = 1
#: clauses an event can be told in and still be the episode's news: the main one, what it reports
_TOLD_IN = {"ROOT", "ccomp", "conj"}
#: a time expression's role when it dates a thing rather than the clause ("Monday's closing price")
_MODIFIES = {"poss", "compound", "amod", "nmod"}
_STATES = {"be", "have"}
_PAST_PERFECT = {"had", "'d"}
_PASSIVE_PAST = {"was", "were"}
_DAY_PRECISIONS = {"day"}


def episode_when(index: DocIndex, trigger: Token, verb: Token | None) -> When | None:
    """The day of the episode the sentence before told of, when the event at `trigger` continues it.

    Args: index: the Doc's lookups; trigger: the event's trigger; verb: the verb a nominal trigger is
    an argument of ('several aircraft caught fire'), or None. Returns None unless every condition in
    the module docstring holds."""
    clause = trigger if trigger.pos_ in {"VERB", "AUX"} else verb
    if clause is None or not _told_in_past(clause):
        return None
    sent_no = index.sent_of(trigger.i)
    if _timed(index, index.sents[sent_no]):
        return None  # a time of its own, even a vague one ('later', 'for weeks'): not the same day
    for back in range(1, _LOOK_BACK + 1):
        if sent_no - back < 0:
            return None
        earlier = index.sents[sent_no - back]
        later = index.sents[sent_no - back + 1]
        if "\n" in index.text[earlier.start_char + len(earlier.text.rstrip()) : later.start_char]:
            return None  # another paragraph, another episode
        if not _dated(index, earlier):
            continue
        found = _main_time(index, earlier.root)
        if found is None or found.precision not in _DAY_PRECISIONS or found.valid_from is None:
            return None
        published = index.published_day
        if published is not None and found.valid_from > published:
            return None  # told as past: never a day after publication
        return day_when(found.valid_from, found.text)
    return None


def _told_in_past(clause: Token) -> bool:
    """A simple past ('struck'), a past passive ('was damaged') or, only in reported speech, a past
    perfect ('said its units had withdrawn'), in the main clause or a clause it reports."""
    token = clause
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    reported = token.dep_ == "ccomp" and token.head.tag_ == "VBD"
    shifts = load_vocab().get("time_shift", {})
    step = clause
    while True:  # the main clause, or what it (or a clause it reports) reports, shifted by no 'later'
        if any(c.dep_ == "advmod" and c.lower_ in shifts for c in step.children):
            return False  # 'a spokesperson later said they had been sent': another time
        if step.head.i == step.i:
            break
        if step.dep_ not in _TOLD_IN and not _sequel(step) and not _cause(step):
            return False
        step = step.head
    marks = load_vocab().get("episode_mark", {})
    if any(c.dep_ == "mark" and c.lower_ not in marks for c in clause.children):
        return False  # 'since the fighting began', 'when they crossed'
    if clause.lemma_.lower() in _STATES:
        return False  # 'was', or a 'had' the parser took for the verb
    aux = [c for c in clause.children if c.dep_ in {"aux", "auxpass"}]
    words = {c.lower_ for c in aux}
    if clause.tag_ == "VBD" and not aux:
        return True
    if clause.tag_ != "VBN" or not words:
        return False
    if words <= _PASSIVE_PAST:
        return True  # 'a substation was damaged'
    return reported and bool(words & _PAST_PERFECT) and words <= _PAST_PERFECT | {"been"}


def _sequel(clause: Token) -> bool:
    """A clause that tells what came next ('..., after which the ministry announced'): the `sequel`
    table of timex_vocab.jsonl."""
    sequels = load_vocab().get("sequel", {})
    return clause.dep_ in {"advcl", "relcl"} and any(
        c.dep_ == "prep" and f"{c.lower_} {o.lower_}" in sequels
        for c in clause.children
        for o in c.children
        if o.dep_ == "pobj"
    )


def _cause(clause: Token) -> bool:
    """A clause of cause within the episode ('water was cut because a substation was damaged'): an
    adverbial clause marked by a word of the `episode_mark` table other than 'that'."""
    marks = load_vocab().get("episode_mark", {})
    return clause.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in marks and c.lower_ != "that" for c in clause.children
    )


def _dated(index: DocIndex, sent: Span) -> bool:
    """Whether the sentence holds a resolved calendar expression anywhere."""
    return any(_calendar(index, i) is not None for i in range(sent.start, sent.end))


def _timed(index: DocIndex, sent: Span) -> bool:
    """Whether the sentence holds a time expression of any kind."""
    return any(i in index.timex_at for i in range(sent.start, sent.end))


def _main_time(index: DocIndex, root: Token) -> TimeExpression | None:
    """The calendar expression on the main verb ('On Sunday, the army confirmed'), else on the clause
    it reports ('claimed that air defences destroyed drones overnight on May 1')."""
    for holder in [root, *(c for c in root.children if c.dep_ == "ccomp")]:
        found = nearest_time(index, holder, skip_subject=True, first_level=VERB_TIME)
        if found is not None:
            span = next(s for s, e in index.timexes if e is found)
            # 'fell from Monday's closing price': a time that modifies a thing dates the thing
            return None if span.root.dep_ in _MODIFIES else found
    return None


def _calendar(index: DocIndex, i: int) -> TimeExpression | None:
    position = index.timex_at.get(i)
    if position is None:
        return None
    expression = index.timexes[position][1]
    calendar = bool(expression.value) and expression.value[:1].isdigit()
    return expression if calendar and expression.type in {"DATE", "TIME"} else None
