"""The shape of a clause around a token, read from the parse: tense, voice, mood, determiners.

Pure predicates over spaCy tokens for the status reader (rules/factuality): whether a clause is in the
past or present, passive, a question or an order, whether a noun brings in a new event or one the text
presupposes, the verb with its auxiliaries as words. No cue words here; those are data.
"""

from collections.abc import Container

from spacy.tokens import Token

__all__ = [
    "called_off",
    "going_to",
    "has_own_group",
    "has_subject",
    "is_hyphen_part",
    "is_imperative",
    "is_measured",
    "is_new",
    "is_passive",
    "is_past",
    "is_polar_question",
    "is_present",
    "is_ranked",
    "is_restrictive",
    "is_small_clause",
    "is_supposed",
    "modal_of",
    "to_be_done",
    "verb_group",
    "with_advmods",
]

_AUX = {"aux", "auxpass", "neg"}
_DEFINITE_DETS = {"the", "this", "that", "these", "those"}


def is_new(noun: Token) -> bool:
    """A noun that brings in an event of its own ('an offensive', 'delivery'), not one the text
    presupposes ('the invasion', 'its offensive') nor a count of things ('10,000 jobs')."""
    if noun.tag_ in {"WDT", "WP"}:
        return False  # 'in which': a relative pronoun names its antecedent, told before
    return not any(
        c.dep_ in {"poss", "nummod"} or (c.dep_ == "det" and c.lower_ in _DEFINITE_DETS)
        for c in noun.children
    )


def is_past(verb: Token) -> bool:
    """A clause in the past or present perfect ('launched', 'has advanced', 'were killed')."""
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if any(a.tag_ == "MD" or a.lower_ == "to" for a in auxes):
        return False
    return verb.tag_ == "VBD" or any(a.tag_ == "VBD" or a.lemma_ == "have" for a in auxes)


def to_be_done(verb: Token) -> bool:
    """'to be held', 'to be signed': a passive infinitive, what is still to be done."""
    words = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    return {"to", "be"} <= words and verb.tag_ == "VBN"


def is_present(verb: Token) -> bool:
    """A clause in the present tense, simple or perfect ('ends', 'are finalised', 'has ended')."""
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if any(a.tag_ in {"MD", "VBD"} for a in auxes):
        return False
    return verb.tag_ in {"VBZ", "VBP"} or any(a.tag_ in {"VBZ", "VBP"} for a in auxes)


def is_ranked(word: Token, ranks: Container[str]) -> bool:
    """'the first', 'the last woman', 'the only country', 'the largest firm': a ranking, whose infinitive
    ('the first to cross') says what put it there."""
    return (
        word.lower_ in ranks
        or word.tag_ == "JJS"
        or any(c.dep_ == "amod" and (c.lower_ in ranks or c.tag_ == "JJS") for c in word.children)
    )


def is_passive(verb: Token) -> bool:
    """'are used', 'a drone used to': a passive participle."""
    return verb.tag_ == "VBN" and (verb.dep_ == "acl" or any(c.dep_ == "auxpass" for c in verb.children))


def is_measured(verb: Token) -> bool:
    """A change with its amount: 'fell 2%', 'gained 155 points', 'rose by 3 percent'."""
    for child in verb.children:
        if child.dep_ in {"dobj", "npadvmod"} and (child.like_num or any(c.like_num for c in child.children)):
            return True
        if child.dep_ == "prep" and child.lower_ == "by" and any(w.like_num for w in child.subtree):
            return True
    return False


def going_to(verb: Token) -> bool:
    """'is going to', 'were going to': the future, not a journey."""
    return (
        verb.lemma_.lower() == "go"
        and verb.tag_ == "VBG"
        and any(c.dep_ == "aux" and c.lemma_.lower() == "be" for c in verb.children)
    )


def is_imperative(verb: Token) -> bool:
    """'Stop the shelling', 'Leave now': a bare verb opening its clause, with no subject or auxiliary,
    standing alone or as the words a speaker is quoted saying."""
    if verb.tag_ != "VB" or next(w for w in verb.subtree if not w.is_punct).i != verb.i:
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "mark", "expl"} for c in verb.children):
        return False
    quoted = any(w.is_quote for w in verb.doc[max(verb.i - 2, 0) : verb.i])
    return verb.dep_ == "ROOT" or (
        verb.dep_ in {"ccomp", "xcomp", "parataxis"} and (verb.i < verb.head.i or quoted)
    )


def is_restrictive(verb: Token) -> bool:
    """A relative clause with no comma before it: 'a plan that includes closures', not 'the order,
    which is believed ...'."""
    first = verb.left_edge
    return first.i == 0 or verb.doc[first.i - 1].text != ","


def is_small_clause(verb: Token) -> bool:
    """A complement with no tense of its own: 'see troops deployed', 'make them leave'."""
    return verb.tag_ in {"VB", "VBN", "VBG"} and not any(
        c.dep_ in {"aux", "auxpass", "mark"} for c in verb.children
    )


def is_polar_question(verb: Token, subject: Token | None) -> bool:
    """'Did the army shell the market?': an auxiliary before the subject and a question mark, no
    question word (a 'why' or 'when' question takes its event as given)."""
    if subject is None or not any(c.dep_ == "punct" and c.text == "?" for c in verb.children):
        return False
    aux = next((c for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.i < subject.i), None)
    if aux is None:
        return False
    return not any(w.tag_ in {"WDT", "WP", "WP$", "WRB"} for w in verb.doc[verb.left_edge.i : aux.i])


def modal_of(verb: Token) -> str | None:
    """The verb's modal auxiliary, lower-cased ('would'), None when it has none."""
    return next((c.lower_ for c in verb.children if c.dep_ == "aux" and c.tag_ == "MD"), None)


def is_supposed(verb: Token) -> bool:
    """A clause with its own condition: 'would send weapons if Congress agreed'."""
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in {"if", "unless"} for m in c.children)
        for c in verb.children
    )


def has_own_group(word: Token) -> bool:
    """A predicative word with its own auxiliaries or negation ('not able'): it carries its clause."""
    return any(c.dep_ in _AUX or (c.dep_ == "advmod" and c.lower_ == "never") for c in word.children)


def has_subject(verb: Token) -> bool:
    return any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children)


def called_off(verb: Token) -> bool:
    """'called off the attack': the particle makes 'call' a cancellation."""
    return verb.lemma_.lower() == "call" and any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)


def verb_group(v: Token) -> str:
    """The verb with its auxiliaries, negation and particles: 'had hoped', 'has not yet taken place'."""
    parts = [
        c
        for c in v.children
        if (c.dep_ in _AUX or (c.dep_ == "advmod" and c.lower_ in {"yet", "never"})) and c.i < v.i
    ]
    parts.append(v)
    parts += [c for c in v.children if c.dep_ == "prt" or (c.dep_ == "dobj" and c.lower_ == "place")]
    first = min(p.i for p in parts)
    last = max(p.i for p in parts)
    if last - first > 6:
        return " ".join(
            p.text for p in sorted(parts, key=lambda p: p.i) if p.dep_ != "aux" or p.lower_ != "to"
        )
    return v.doc[first : last + 1].text


def with_advmods(modifier: Token) -> str:
    """'much-anticipated', 'long awaited': the modifier with what sharpens it."""
    start = min([modifier.i] + [c.i for c in modifier.children if c.dep_ in {"advmod", "punct", "npadvmod"}])
    return modifier.doc[start : modifier.i + 1].text


def is_hyphen_part(token: Token) -> bool:
    """'anti-aircraft' splits into pieces: a piece glued to a hyphen is no modifier of its own."""
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return after is not None and after.text == "-" and not token.whitespace_
