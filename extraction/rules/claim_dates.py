"""When a claim was made and what time it is about, read off the parse.

A statement is dated by a time expression on its speech verb ("said on Friday that"), or on the
words of an 'according to' source ("a briefing ... last week"), never by one inside what was said.
What was said is dated by a time expression governing its own clauses; one in a relative, participial
or adverbial clause dates something else, the rule effects follow.
"""

from spacy.tokens import Span, Token

from chronicle.extraction.models import When
from chronicle.extraction.rules.docindex import DocIndex

__all__ = ["content_tokens", "governing_date", "source_date"]

_NOT_DATE_DEPS = {"ccomp", "parataxis", "conj", "xcomp", "advcl", "nsubj", "nsubjpass", "relcl"}
_STATED_PREPS = {"on", "in", "at"}
_SUBORDINATE = {"relcl", "acl", "advcl"}  # clauses dating something else than what is said


def governing_date(
    index: DocIndex, verb: Token, heads: list[Token], subject: Token, cue: dict
) -> tuple[When | None, int]:
    """A time expression on the speech verb itself ('said on Friday'), not inside what was said.

    Returns the When and the first token after an expression that directly follows the verb
    ('said this week there are ...': the parser may hang 'this week' on the reported clause).
    """
    content = {h.i for h in heads}
    tokens: list[int] = [verb.i, verb.i + 1]
    for child in verb.children:
        if child.i in content or child.i == subject.i or child.dep_ in _NOT_DATE_DEPS:
            if cue.get("object_content") and child.dep_ == "dobj":
                tokens += [c.i for c in child.children if c.dep_ == "npadvmod"]
            continue
        tokens.extend(t.i for t in child.subtree)
    dated = index.timexes_in(tokens)
    if not dated:
        return None, 0
    span, expression = min(dated, key=lambda st: abs(st[0].start - verb.i))
    return expression.to_when(), span.end if span.start == verb.i + 1 else 0


def source_date(index: DocIndex, source: Token) -> When | None:
    """When an 'according to' source spoke: a date on its own words ('a briefing ... last week',
    'a statement on Friday'), not one inside them ('figures for May' date the figures)."""
    for span, expression in index.timexes_in([t.i for t in source.subtree]):
        root = span.root
        if root.dep_ == "npadvmod" or (root.dep_ == "pobj" and root.head.lower_ in _STATED_PREPS):
            return expression.to_when()
    return None


def content_tokens(span: Span) -> list[int]:
    """Tokens whose time expressions date what a claim says (the words of `span`): its heading
    clauses with their own words, not relative, participial or adverbial clauses. 'retook the
    region, nine months after troops crossed the border on 6 August' is not dated 6 August; 'the
    town, which fell in May, was retaken last week' is dated last week."""
    tokens: list[int] = []
    first, end = span.start, span.end
    stack = [t for t in span if not t.is_punct and not (first <= t.head.i < end and t.head.i != t.i)]
    while stack:
        token = stack.pop()
        if first <= token.i < end:  # what the text says, not the attribution around it
            tokens.append(token.i)
            stack.extend(c for c in token.children if c.dep_ not in _SUBORDINATE or _infinitival(c))
    return tokens


def _infinitival(clause: Token) -> bool:
    """'an event to be held on 12 October': the noun's own time, unlike 'the town, captured in May'."""
    return clause.dep_ in {"acl", "relcl"} and any(
        c.tag_ == "TO" and c.dep_ == "aux" for c in clause.children
    )
