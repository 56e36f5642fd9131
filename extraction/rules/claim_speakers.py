"""Who made a claim: the subject of its cue verb, the name signing a quote, the speaker a lone quote
continues.

A cue's speaker is its active subject, also when the parser hangs it elsewhere: shared with a
coordinated or governing verb ('continues to insist', 'urged X to say': X), or a bare name before a
finite verb. A passive with no agent ('it is believed that') is a claim of no one named; a reaction in
the passive ('bloggers were outraged by ...') is its subject's. Quotes signed with a dash and a name
and transcript turns ('NAME: ...') are the name's; a whole quoted sentence with no verb of its own
continues the latest speaker, or a person named since.
"""

from bisect import bisect_left
from collections.abc import Callable

from spacy.tokens import Doc, Token

from chronicle.extraction.models import Claim, When
from chronicle.extraction.rules.claim_dates import SpeechAct
from chronicle.extraction.rules.docindex import DocIndex
from chronicle.extraction.rules.intervals import Disjoint, Overlaps
from chronicle.extraction.rules.signed import headline_turn, signed_quotes, transcript_turns
from chronicle.extraction.rules.speech import Speaker, SpeakerResolver

__all__ = [
    "MakeClaim",
    "laid_out_claims",
    "orphan_quote_claims",
    "passive_experiencer",
    "passive_object",
    "subject_of",
    "token_at",
    "unsourced_passive",
]

#: Makes a claim: (speaker, stated, kind, start, end, lo, hi, cue) -> Claim; lo, hi: the
#: attribution's extent, for the evidence sentences.
MakeClaim = Callable[[Speaker | None, When | None, str, int, int, int, int, str | None], Claim]


def subject_of(verb: Token) -> Token | None:
    """The active subject of a speech verb, shared with a coordinated or governing verb (of two
    subjects, as in a misparsed 'the chief of staff General X said', the nearer one)."""
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if subjects:
        nearest = min(subjects, key=lambda c: abs(c.i - verb.i))
        return nearest if nearest.dep_ == "nsubj" else None
    before = _bare_subject(verb)
    if before is not None:
        return before
    purpose = verb.dep_ == "advcl" and verb.tag_ == "VB" and any(c.tag_ == "TO" for c in verb.children)
    if verb.dep_ == "conj" or (verb.dep_ == "advcl" and verb.tag_ == "VBG") or purpose:
        # 'and said', 'saying ...', 'met with the envoy to discuss ...': the governing verb's subject
        return subject_of(verb.head) if verb.head.i != verb.i else None
    if verb.dep_ == "xcomp":  # 'continues to insist', 'appeared to blame'; 'urged X to say': X
        controller = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
        return controller if controller is not None else subject_of(verb.head)
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":  # 'started off by emphasizing'
        return subject_of(verb.head.head)
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ == "NOUN":
        # 'the council issued a statement calling ...': who issued it; else the noun ('a letter
        # saying ...'), whose author the resolver finds, or no one
        noun = verb.head
        issuer = subject_of(noun.head) if noun.dep_ == "dobj" and noun.head.pos_ == "VERB" else None
        return issuer if issuer is not None else noun
    return None


def unsourced_passive(verb: Token) -> Token | None:
    """The passive subject of a cue verb with no agent ('it is believed', 'is expected to'), or
    the participle itself in a clause without a subject ('Asked what ..., she replied', 'when asked
    whether ...': whoever asked is not named)."""
    if any(c.dep_ == "agent" for c in verb.children):
        return None
    passive = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if passive is None and verb.tag_ == "VBN" and verb.dep_ == "advcl":
        return verb
    return passive


def _bare_subject(verb: Token) -> Token | None:
    """'... and Talankin knew he had taken risks', parsed with 'Talankin' as a conjunct of the
    noun before: a name or pronoun right before a finite verb with no subject is its subject."""
    if verb.tag_ not in {"VBD", "VBZ", "VBP"}:
        return None
    i = verb.i - 1
    while i >= 0 and verb.doc[i].dep_ in {"advmod", "aux", "neg"} and verb.doc[i].head.i == verb.i:
        i -= 1
    if i < 0:
        return None
    token = verb.doc[i]
    if token.pos_ == "PROPN" and token.dep_ in {"conj", "appos", "npadvmod"}:
        return token
    if token.text == "," and verb.dep_ == "ROOT" and i > 0:
        # 'Among likely voters, about two-thirds, 67 percent, say ...': the figure set off before it
        noun = verb.doc[i - 1]
        if noun.pos_ in {"NOUN", "PROPN"} and noun.dep_ in {"pobj", "appos", "conj"} and noun.head.i < verb.i:
            return noun
    return None


_NOT_CONTENT = {"PRON", "DET", "NUM"}  # 'it was reported', 'which was announced', 'one was denied'


def passive_object(verb: Token, cue: dict, heads: list[Token]) -> tuple[Token | None, list[Token]] | None:
    """'Clinton has been endorsed by the Times', 'the result was confirmed': the passive subject
    of a verb whose object is what it says (cue `passive`: 'endorse', 'confirm', 'report') is the
    content, and its by-phrase names who says it (None: no one named). Not when the verb has a
    content of its own (a clause, a complement), or the subject is a pronoun, a number or holds a
    relative ('much of which')."""
    if heads or not cue.get("passive") or verb.tag_ != "VBN":
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.pos_ in _NOT_CONTENT or subject.right_edge.i >= verb.i:
        return None
    if any(t.tag_ in {"WDT", "WP", "WP$"} for t in subject.subtree):
        return None
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    source = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    if agent is not None and source is None:
        return None
    return source, [subject]


def passive_experiencer(verb: Token, cue: dict) -> tuple[Token, list[Token]] | None:
    """'Bloggers were outraged by how quickly the line gave way': the passive subject reacts to
    what the by-phrase names, which is what the claim holds."""
    if not cue.get("by_agent"):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    if subject is None or agent is None:
        return None
    content = [c for c in agent.children if c.dep_ in {"pobj", "pcomp"}]
    return (subject, content) if content else None


def laid_out_claims(
    index: DocIndex,
    resolver: SpeakerResolver,
    quotes: Disjoint,
    claims: list[Claim],
    make: MakeClaim,
    labels: frozenset[str] = frozenset(),
) -> list[Claim]:
    """Quotes signed with a dash and a name that no verb attributed already, transcript turns
    ('NAME: ...') and a headline 'Name: ...' (`labels`: section labels, no speakers)."""
    found: list[Claim] = []
    covered = Overlaps((c.evidence.start, c.evidence.end) for c in claims)
    headline = headline_turn(index, labels)
    for signed in [
        *signed_quotes(index, quotes),
        *transcript_turns(index),
        *([headline] if headline else []),
    ]:
        start, end = signed.content
        if signed.cue != ":" and covered.any(start, end):
            continue
        speaker = _named_speaker(index, signed.name)
        resolver.remember(token_at(index.doc, signed.name[0]).i, speaker)
        lo, hi = min(start, signed.name[0]), max(end, signed.name[1])
        found.append(make(speaker, None, "direct", start, end, lo, hi, signed.cue))
    return found


def orphan_quote_claims(
    index: DocIndex,
    resolver: SpeakerResolver,
    quotes: Disjoint,
    claims: list[Claim],
    acts: list[SpeechAct],
    make: MakeClaim,
) -> list[Claim]:
    """Whole quoted sentences with no verb of their own continue the latest speaker."""
    found: list[Claim] = []
    covered = Overlaps((c.evidence.start, c.evidence.end) for c in claims)
    act_sents = [a.sent for a in acts]  # acts come in text order
    doc, text = index.doc, index.text
    for start, end in quotes.ranges:
        if covered.any(start, end):
            continue
        first = index.sent_of(token_at(doc, start).i)
        last = index.sent_of(token_at(doc, end - 1).i)
        sent_start, sent_end = index.sents[first].start_char, index.sents[last].end_char
        if text[sent_start:start].strip(" -–—") or text[end:sent_end].strip(" .!?"):
            continue
        near = acts[bisect_left(act_sents, first - 3) : bisect_left(act_sents, first)]
        previous = [a for a in near if a.claim and not a.hedge]
        speaker = previous[-1].speaker if previous else None
        recent = resolver._candidates(token_at(doc, start).i, "Person")
        if recent and previous and previous[-1].claim is not None:
            last_claim_end = previous[-1].claim.evidence.end
            pos, key, name = recent[-1]
            if doc[pos].idx > last_claim_end and key != (speaker.key if speaker else None):
                speaker = Speaker(key, name, "pronoun", "Person")
        if speaker is None:
            continue
        stated = previous[-1].stated if previous else None
        found.append(make(speaker, stated, "direct", start, end, start, end, None))
    return found


def _named_speaker(index: DocIndex, name: tuple[int, int]) -> Speaker:
    """The speaker a name written by itself stands for: its entity, else the words."""
    span = index.doc.char_span(*name, alignment_mode="expand")
    refs = [r for t in span if (r := index.entity_of(t)) is not None] if span is not None else []
    ref = next((r for r in refs if r.type in {"Person", "Organization"}), None)
    if ref is not None:
        return Speaker(ref.key, ref.text.strip(), "entity", ref.type)
    return Speaker(None, index.text[name[0] : name[1]], "phrase", "Person")


def token_at(doc: Doc, char: int) -> Token:
    """The token at (or, between tokens, after) a character offset; the last token past the end."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else doc[-1]
