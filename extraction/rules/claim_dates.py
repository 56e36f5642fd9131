"""When a claim was made and what time it is about, read off the parse.

A statement is dated by a time expression on its speech verb ("said on Friday that"), or on the
words of an 'according to' source ("a briefing ... last week"), never by one inside what was said.
What was said is dated by a time expression governing its own clauses; one in a relative, participial
or adverbial clause dates something else, the rule effects follow. A statement with no date of its
own takes one from the same speaker's statement just before ('"...," he said' after 'Last week he
restated ...'), or from an interview the text dated ('he spoke to the Review on Thursday').
"""

from dataclasses import dataclass

from spacy.tokens import Span, Token

from chronicle.extraction.models import Claim, When
from chronicle.extraction.rules.docindex import DocIndex
from chronicle.extraction.rules.lexicon import prepositions
from chronicle.extraction.rules.speech import Speaker

__all__ = [
    "SpeechAct",
    "anaphoric",
    "content_tokens",
    "date_interviews",
    "governing_date",
    "inherited_date",
    "inherited_when",
    "source_date",
]

_NOT_DATE_DEPS = {"ccomp", "parataxis", "conj", "xcomp", "advcl", "nsubj", "nsubjpass", "relcl"}
_STATED_PREPS = prepositions("stated_time")
_SUBORDINATE = {"relcl", "acl", "advcl"}  # clauses dating something else than what is said
_ANAPHORS = {"this", "that", "it"}
_EXPLAINING = {"be", "mean"}  # 'it was because', 'it meant': 'it' is the previous statement


@dataclass
class SpeechAct:
    """One attribution found in the text, kept also without content for dating later quotes."""

    sent: int
    speaker: Speaker | None
    stated: When | None
    claim: Claim | None = None
    hedge: bool = False  # the writer's hedge ('appears to'), no one's statement: it breaks no chain


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


def date_interviews(index: DocIndex, acts: list[SpeechAct], claims: list[Claim]) -> None:
    """'He spoke to the Review by phone on Thursday': a dated speech act with nothing said dates
    what that speaker says after it in the article, where no date of its own is given."""
    spoke: dict[str, tuple[int, When]] = {}
    for act in acts:
        if (
            act.claim is None
            and act.speaker is not None
            and act.stated is not None
            and act.stated.basis == "text"
        ):
            spoke.setdefault(
                act.speaker.key or act.speaker.name, (index.sents[act.sent].start_char, act.stated)
            )
    for claim in claims if spoke else []:
        found = spoke.get(claim.speaker_key or claim.speaker_name or "")
        if found is None or (claim.stated is not None and claim.stated.basis == "text"):
            continue
        if claim.evidence.start >= found[0]:
            claim.stated = found[1]


def inherited_date(acts: list[SpeechAct], speaker: Speaker | None, sent: int) -> When | None:
    """'Last week he restated ... "...," he said': the date of the speaker's previous statement."""
    for act in reversed(acts):
        if act.hedge:
            continue
        if sent - act.sent > 2:
            break
        if act.speaker is None or speaker is None or act.speaker.key != speaker.key:
            break
        if act.stated is not None and act.stated.basis == "text":
            return act.stated
    return None


def anaphoric(heads: list[Token]) -> bool:
    """What was said refers back to the previous statement: 'said this was because ...', 'said
    that meant ...', 'said it was because ...'."""
    for head in heads:
        subject = next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is None or subject.lower_ not in _ANAPHORS:
            continue
        if subject.lower_ != "it" or head.lemma_ in _EXPLAINING:
            return True
    return False


def inherited_when(acts: list[SpeechAct], speaker: Speaker | None, sent: int) -> When | None:
    """The content date of the same speaker's statement just before."""
    for act in reversed(acts):
        if act.hedge:
            continue
        if sent - act.sent > 2 or act.speaker is None or speaker is None or act.speaker.key != speaker.key:
            break
        if act.claim is not None and act.claim.when is not None:
            return act.claim.when
    return None
