"""What 'it' / 'its' stands for, and where a thing is: the place of an event told through a pronoun.

"The coal mine was in Pokrovsk ... Once it was forced to shut down, ..." closes the mine, so the
closure happened in Pokrovsk. A pronoun's antecedent is the nearest compatible noun phrase, found as a
reader would: earlier in its own sentence, then in the sentence before, subjects first (the centre
of attention), then objects; an antecedent that is itself 'it' is followed back. Compatible means a
singular common noun (not a person, not a time) or a named organisation or place. A thing's place is
a place named in its own phrase ('the Pokrovsk mine', 'the mine in Pokrovsk', 'Ukraine's mine') or
said of it ('the mine was in Pokrovsk'); the finest one wins (a city over its country). Called only
for the few event mentions that have no place of their own, so the token walks stay small.
"""

from spacy.tokens import Span, Token

from chronicle.extraction.rules.docindex import DocIndex, EntityRef
from chronicle.extraction.rules.lexicon import prepositions

__all__ = ["pronoun_antecedent", "thing_place"]

_PRONOUNS = {"it", "its"}
_SUBJECTS = ("nsubj", "nsubjpass")
_OBJECTS = {"dobj", "pobj", "attr"}
_LOCATING = prepositions("locating_verbs")
_LOCATING_PREPS = prepositions("located")
_COARSE = {"country": 0, "region": 1}


def pronoun_antecedent(index: DocIndex, pronoun: Token, depth: int = 3) -> Token | None:
    """The head of the noun phrase a non-personal 'it'/'its' refers to, None if nothing fits."""
    if pronoun.lower_ not in _PRONOUNS or depth <= 0:
        return None
    number = index.sent_of(pronoun.i)
    sents = [index.sents[number]] + ([index.sents[number - 1]] if number > 0 else [])
    for sent in sents:
        for token in _ranked(sent, pronoun.i):
            if token.lower_ in _PRONOUNS:
                return pronoun_antecedent(index, token, depth - 1)
            if _compatible(index, token):
                return token
    return None


def thing_place(index: DocIndex, head: Token) -> EntityRef | None:
    """The place a thing is in: named in its phrase or said of it; the finest of them."""
    ref = index.entity_of(head)
    if ref is not None:
        return ref if ref.type == "Place" and index.place_kind(ref.key) != "country" else None
    found = _places(index, _phrase(index, head))
    verb = head.head
    if head.dep_ in _SUBJECTS and verb.lemma_.lower() in _LOCATING:
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ in _LOCATING_PREPS:
                found += _places(index, list(child.subtree))
    if not found:
        return None
    return max(found, key=lambda r: _COARSE.get(index.place_kind(r.key) or "", 2))


def _ranked(sent: Span, before: int) -> list[Token]:
    """Noun-phrase heads of a sentence up to token `before`: subjects first, then objects."""
    tokens = [t for t in sent if t.i < before]
    subjects = [t for t in tokens if t.dep_ in _SUBJECTS]
    objects = [t for t in tokens if t.dep_ in _OBJECTS]
    return subjects + objects


def _compatible(index: DocIndex, token: Token) -> bool:
    """A thing 'it' can stand for: a singular common noun that names no time, or an organisation
    or place."""
    ref = index.entity_of(token)
    if ref is not None:
        return ref.type in {"Organization", "Place"}
    if token.i in index.timex_at:
        return False
    return token.pos_ == "NOUN" and token.tag_ == "NN"


def _phrase(index: DocIndex, head: Token) -> list[Token]:
    """Where a thing's own phrase may name its place: its modifiers ('the Pokrovsk mine',
    "Ukraine's mine"), a locating preposition ('the mine in Pokrovsk') and a place right after 'of'
    ('the port of Odesa'); not places deeper inside ('the intensity of the propaganda in X')."""
    tokens = [head]
    for child in head.children:
        locating = child.dep_ == "prep" and child.lower_ in _LOCATING_PREPS
        if child.dep_ in {"compound", "nmod", "poss", "amod"} or locating:
            tokens.extend(child.subtree)
        elif child.dep_ == "prep" and child.lower_ == "of":
            tokens.extend(c for c in child.children if c.dep_ == "pobj" and index.entity_of(c))
    return tokens


def _places(index: DocIndex, tokens: list[Token]) -> list[EntityRef]:
    found: list[EntityRef] = []
    for token in tokens:
        ref = index.entity_of(token)
        if ref is None and token.dep_ == "pobj":
            ref = index.place_anaphor(token)
        if ref is not None and ref.type == "Place" and ref not in found:
            found.append(ref)
    return found
