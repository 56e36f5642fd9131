"""Whose figure, about whom and as of when: what a quantity's clause says of its source and date.

The claim holding a figure gives its speaker and, failing a date in the figure's own phrase or on its
verb, the date ('killed 51 people on May 3 and wounded 200': May 3 for both); a figure outside any
claim can still name who gives it ('the ministry puts the number at 1,200'). The subject of the verb
a figure is an argument of ('Russia launched 91 missiles') is who the figure is about.
"""

from spacy.tokens import Token

from chronicle.extraction.models import Claim, When
from chronicle.extraction.rules.docindex import DocIndex
from chronicle.extraction.rules.intervals import SentenceBuckets
from chronicle.extraction.rules.speech import np_text

__all__ = ["as_of", "estimator", "governing_verb", "holding_claim", "subject_key"]

_ARG_DEPS = {"dobj", "nsubj", "nsubjpass", "attr", "pobj", "appos", "conj", "oprd"}


def governing_verb(token: Token) -> Token | None:
    """The verb a noun is an argument of (through prepositions)."""
    for _ in range(6):
        if token.pos_ in {"VERB", "AUX"}:
            return token
        if token.dep_ not in _ARG_DEPS | {"prep", "nummod", "npadvmod"} or token.head.i == token.i:
            return None
        token = token.head
    return None


def holding_claim(claims: SentenceBuckets[Claim], start: int, end: int) -> Claim | None:
    """The first claim (in the buckets' order) whose own words hold the figure's characters, else None."""
    return next(
        (
            c
            for c in claims.at(start)
            if c.evidence.start <= start and end <= c.evidence.end and _in_text(c, start, end)
        ),
        None,
    )


def subject_key(index: DocIndex, verb: Token | None) -> str | None:
    """The entity the figure's verb has as subject: 'Russia launched 91 missiles' is about Russia."""
    if verb is None:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    ref = index.entity_of(subject) if subject is not None else None
    return ref.key if ref is not None else None


def estimator(index: DocIndex, verb: Token | None) -> tuple[str | None, str | None]:
    """Who gives a figure outside any claim: 'the ministry puts the number at 1,200'."""
    if verb is None or not any(c.dep_ == "dobj" for c in verb.children):
        return None, None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON":
        return None, None
    ref = index.entity_of(subject)
    return (ref.key, ref.text) if ref is not None else (None, np_text(subject) or None)


def as_of(index: DocIndex, counted: Token, verb: Token | None, claim: Claim | None) -> When | None:
    """A date in the counted phrase or on its verb, else when the claim holding it was made."""
    tokens = [t.i for t in counted.subtree]
    verbs = [verb, verb.head] if verb is not None and verb.dep_ == "conj" else [verb] if verb else []
    for holder in verbs:  # 'killed 51 people on May 3 and wounded 200': May 3 for both
        tokens += [
            t.i for c in holder.children if c.dep_ in {"prep", "npadvmod", "advmod"} for t in c.subtree
        ]
    dated = index.timexes_in(tokens)
    if dated:
        return dated[0][1].to_when()
    return claim.stated if claim is not None else None


def _in_text(claim: Claim, start: int, end: int) -> bool:
    """Whether the characters fall inside the claim's own words, not just its sentence."""
    offset = claim.evidence.start + claim.evidence.sentence.find(claim.text)
    return offset <= start and end <= offset + len(claim.text)
