"""Grammar the effect rules read off the parse: a noun phrase's own words, a clause's subject, verb and
extent, the tokens whose time expressions date it, and whether a claim's text holds a character; and
the clause tests of the conjunction and link cues: the verbs after and before a link word, whether an
'if' reason is a clause of its own, the clause a preposition heads ('after shelling damaged ...'), and
whether a main clause tells an event for a temporal 'after'."""

from spacy.tokens import Doc, Span, Token

from chronicle.extraction.models import Claim
from chronicle.extraction.rules.docindex import strip_span, subtree_span

__all__ = [
    "VERBS",
    "clause_of",
    "clause_span",
    "clause_subject",
    "clause_verb",
    "eventive",
    "governing",
    "has_clause",
    "holds",
    "key_first",
    "phrase",
    "verb_after",
    "verb_before",
    "without",
]

_CLAUSAL = {"relcl", "acl", "ccomp", "advcl", "parataxis", "conj"}
_OWN_CLAUSE = {"relcl", "acl", "ccomp", "advcl", "parataxis", "conj", "csubj"}
_NOT_GOVERNING = _OWN_CLAUSE | {"nsubj", "nsubjpass", "csubjpass", "expl"}
#: the parts of speech of a verb (a clause's head, a link cue's verb)
VERBS = frozenset({"VERB", "AUX"})
_FINITE = {"VBD", "VBZ", "VBP"}
_SUBJECTS = {"nsubj", "nsubjpass", "expl", "csubj"}
_COUNTS = {"nummod", "quantmod", "amod"}


def phrase(head: Token) -> list[Token]:
    """A noun phrase's own words: the head and its non-clausal dependents."""
    tokens = [head]
    for child in head.children:
        if child.dep_ not in _CLAUSAL:
            tokens.extend(child.subtree)
    return sorted(tokens, key=lambda t: t.i)


def clause_subject(verb: Token) -> Token | None:
    for _ in range(3):
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None or verb.dep_ != "conj":
            return subject
        verb = verb.head
    return None


def clause_verb(token: Token) -> Token | None:
    for _ in range(4):
        if token.pos_ in VERBS:
            return token
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def clause_span(verb: Token) -> Span:
    """The clause of a verb without its coordinated or subordinate clauses."""
    doc = verb.doc
    tokens = [verb.i]
    for child in verb.children:
        if child.dep_ not in {"conj", "cc", "ccomp", "parataxis"} or child.i < verb.i:
            tokens += [t.i for t in child.subtree]
    if verb.dep_ == "conj":
        tokens += [t.i for c in verb.head.children if c.dep_.startswith("nsubj") for t in c.subtree]
    return doc[min(tokens) : max(tokens) + 1]


def governing(verb: Token, skip: Token | None) -> list[int]:
    """Tokens whose time expressions date a clause: the verb and its own dependents, without its
    subject ('the capture, announced in September, has not taken place'), clauses of their own
    (relative, adverbial, reported) and the cue phrase `skip`."""
    skipped = {t.i for t in skip.subtree} if skip is not None else set()
    tokens = [verb.i]
    stack = [c for c in verb.children if c.dep_ not in _NOT_GOVERNING]
    while stack:
        token = stack.pop()
        if token.i in skipped:
            continue
        tokens.append(token.i)
        stack.extend(c for c in token.children if c.dep_ not in _OWN_CLAUSE)
    return tokens


def without(span: Span, part: Token) -> Span:
    """`span` less the subtree of `part` when that subtree sits at one of its ends."""
    inner, span = subtree_span(part), strip_span(span)
    if inner.start <= span.start < inner.end:
        return span.doc[inner.end : max(span.end, inner.end)]
    if inner.start < span.end <= inner.end:
        return span.doc[span.start : inner.start]
    return span


def key_first(key: str | None, keys: list[str]) -> list[str]:
    """`keys` with `key` first (a rule's cause or target may be named outside its span)."""
    return keys if key is None else [key, *(k for k in keys if k != key)]


def holds(claim: Claim, char: int) -> bool:
    offset = claim.evidence.start + claim.evidence.sentence.find(claim.text)
    return offset <= char < offset + len(claim.text)


def verb_after(doc: Doc, start: int, end: int) -> Token | None:
    """The first full verb from `start` on (not an auxiliary), in a clause with a subject."""
    for token in doc[start:end]:
        if token.pos_ in VERBS and token.dep_ not in {"aux", "auxpass"}:
            has_subject = any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in token.children)
            return token if has_subject else None
    return None


def verb_before(doc: Doc, last: int, start: int) -> Token | None:
    """The nearest full verb (or predicate adjective) before `last`."""
    for token in reversed(doc[start:last]):
        if token.pos_ in VERBS | {"ADJ"} and token.dep_ not in {"aux", "auxpass", "amod"}:
            return token
    return None


def has_clause(head: Token) -> bool:
    """A clause of its own: with a subject, or (a verb the tagger took for a noun: 'if the city's last
    bakery closes') several words that are not a bare participle or adjective ('if accurate', 'if
    confirmed by officials')."""
    if any(c.dep_ in _SUBJECTS for c in head.children):
        return True
    return (
        head.pos_ not in {"ADJ", "ADV"} and head.tag_ not in {"VBN", "VBG"} and len(list(head.subtree)) >= 3
    )


def clause_of(prep: Token) -> Token | None:
    """'after shelling damaged the station' parsed as a preposition over a clause: the clause's verb
    (a finite one: 'after firing at the police' or 'after being triggered' tell no second event)."""
    if prep.dep_ != "prep":
        return None
    return next(
        (
            c
            for c in prep.children
            if c.dep_ == "pcomp"
            and c.pos_ == "VERB"
            and (c.tag_ in _FINITE or any(d.dep_ in {"nsubj", "nsubjpass"} for d in c.children))
        ),
        None,
    )


def eventive(main: Token, mark: Token, units: set[str]) -> bool:
    """A main clause that tells an event (not 'This was after ...', 'the first rally since ...') and a
    temporal mark with no distance before it ('four days after', 'weeks after')."""
    if main.lemma_ == "be" or any(c.dep_ in {"attr", "acomp"} for c in main.children):
        return False
    before = mark.nbor(-1) if mark.i > mark.sent.start else None
    if before is None or before.like_num:
        return before is None
    # a distance: 'four days after', 'more than two weeks after', 'a day after', 'days after' (not
    # 'this week after', whose week is the main clause's)
    if before.pos_ != "NOUN":
        return True
    counted = any(c.like_num or c.dep_ in _COUNTS for c in before.children)
    dets = [c.lower_ for c in before.children if c.dep_ == "det"]
    bare = before.lemma_.lower() in units and (not dets or dets[0] in {"a", "an"})
    return not (counted or bare)
