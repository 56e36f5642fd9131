"""Attributions carried by a noun: "Moscow's demand that Ukraine withdraw", "his calls for partners to
allow strikes", "a statement by the ministry on the attack". The possessor (or the by-phrase) speaks;
what was said is the noun's that-clause, to-clause or its of/about/for/on/to phrase.
"""

from spacy.tokens import Token

from chronicle.extraction.rules.lexicon import prepositions

__all__ = ["noun_attribution"]

_CONTENT_PREPS = prepositions("noun_content")
_AUTHOR_PREPS = prepositions("noun_author")


def noun_attribution(
    noun: Token, light_verbs: frozenset[str] = frozenset()
) -> tuple[Token | None, list[Token]] | None:
    """(speaker token, content heads) of a cue noun, or None when it has no content: 'the
    statement' alone is no attribution; the speaker is None when only a that-clause says what
    ('charges that ...'). `light_verbs`: verbs whose subject owns the cue noun they take as
    object ('made conflicting statements about ...', 'gave a speech on ...')."""
    speaker = next((c for c in noun.children if c.dep_ == "poss"), None)
    if speaker is None and noun.dep_ == "dobj" and noun.head.lemma_.lower() in light_verbs:
        speaker = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    heads: list[Token] = []
    for child in noun.rights:
        if child.dep_ in {"acl", "ccomp", "advcl"} and _clause(child):
            heads.append(child)
        elif child.dep_ == "prep" and child.lower_ in _AUTHOR_PREPS and speaker is None:
            speaker = next((c for c in child.children if c.dep_ == "pobj"), None)
        elif (
            child.dep_ == "prep"
            and child.lower_ in _CONTENT_PREPS
            and any(c.dep_ in {"pobj", "pcomp"} for c in child.children)
        ):
            heads.append(child)
    if not heads:
        return None
    if speaker is None:
        # 'charges that he misled patients', 'the claim that the dam failed': a that-clause with no one
        # named is still reported, by no one
        heads = [h for h in heads if h.dep_ in {"acl", "ccomp"} and _that_clause(h)]
        return (None, heads) if heads else None
    return speaker, heads


def _that_clause(head: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in head.children)


def _clause(head: Token) -> bool:
    """A that-clause or a to-infinitive ('the claim that ...', 'a plan to ...'), not a relative or
    participial clause ('the statement he made', 'the report published on Monday')."""
    return any(
        (c.dep_ == "mark" and c.lower_ == "that") or (c.dep_ == "aux" and c.tag_ == "TO")
        for c in head.children
    )
