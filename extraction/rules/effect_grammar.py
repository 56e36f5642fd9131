"""Grammar the effect rules read off the parse: a noun phrase's own words, a clause's subject, verb and
extent, the tokens whose time expressions date it, and whether a claim's text holds a character."""

from spacy.tokens import Span, Token

from chronicle.extraction.models import Claim
from chronicle.extraction.rules.docindex import strip_span, subtree_span

__all__ = [
    "clause_span",
    "clause_subject",
    "clause_verb",
    "governing",
    "holds",
    "key_first",
    "phrase",
    "without",
]

_CLAUSAL = {"relcl", "acl", "ccomp", "advcl", "parataxis", "conj"}
_OWN_CLAUSE = {"relcl", "acl", "ccomp", "advcl", "parataxis", "conj", "csubj"}
_NOT_GOVERNING = _OWN_CLAUSE | {"nsubj", "nsubjpass", "csubjpass", "expl"}


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
        if token.pos_ in {"VERB", "AUX"}:
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
