"""What a statement asserts, reduced to compare statements: its main verb and whether it is denied.

"Russian forces captured the village" and "the army denied that Russian forces had captured the
village" (or "... have not captured ...") share the predicate `capture` and differ in polarity: the
`contradictions` query pairs such statements about the same things. A copula ("X is ours") has no
predicate: what it says is not comparable this way.
"""

from spacy.tokens import Span, Token

__all__ = ["statement_polarity"]

_DIRECTIONS = {"back", "out", "off", "away", "up", "down", "in"}
"""Adverbs right after a verb that the parser may tag advmod where they make a phrasal verb."""


def statement_polarity(content: Span, denials: frozenset[str]) -> tuple[str | None, bool]:
    """(predicate, negated) of what was said: the lemma of the content's main verb (with its
    particle: 'pull back'), negated when that verb has a negation ('not', 'never') or when the speech
    verb governing the content is a denial ('deny'); both together cancel out."""
    verb = _main_verb(content)
    if verb is None:
        return None, False
    negated = any(child.dep_ == "neg" for child in verb.children)
    governor = content.root.head
    if not content.start <= governor.i < content.end:  # the speech verb outside what was said
        negated ^= governor.lemma_.lower() in denials
    particle = next((c.lower_ for c in verb.children if _is_particle(verb, c)), None)
    lemma = verb.lemma_.lower()
    return (f"{lemma} {particle}" if particle else lemma), negated


def _main_verb(content: Span) -> Token | None:
    root = content.root
    if root.pos_ == "VERB":
        return root
    # a quote's span may start at its opening mark: the clause inside it
    verbs = [t for t in content if t.pos_ == "VERB" and t.dep_ == "ROOT"]
    return verbs[0] if verbs else None


def _is_particle(verb: Token, child: Token) -> bool:
    return child.dep_ == "prt" or (
        child.dep_ == "advmod" and child.lower_ in _DIRECTIONS and child.i == verb.i + 1
    )
