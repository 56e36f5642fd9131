"""Small towns the model typed Person or Organization: a cluster whose exact name is a town (under
15,000 people) in a country the article names is a Place when a mention stands like a place (after
'near', 'outside', 'towards' ..., 'moved to', 'withdrew from', in 'the villages of X and Y', 'X, a mining town', or coordinated
with a place) and no
mention is a person's or an organisation's by evidence (a title, a given name before it, a possessive,
a verb of speech with it as subject, an organisation cue word). Word lists are data files."""

from collections.abc import Collection

from spacy.tokens import Doc, Token

from chronicle.extraction.rules.evidence import Candidate
from chronicle.extraction.rules.gazetteer import Gazetteer
from chronicle.extraction.rules.lexicon import prepositions, speech_lemmas

__all__ = ["town_place"]

_CONNECTORS = {",", "and", "or", "&"}


def town_place(
    doc: Doc,
    members: list[Candidate],
    place_tokens: Collection[int],
    countries: Collection[str | None],
    gazetteer: Gazetteer,
) -> bool:
    """True when the cluster `members` (typed Person or Organization) is a small town of one of the
    article's `countries` that the article treats as a place; `place_tokens` are the token indices
    of the mentions typed Place."""
    names = {c.text[4:] if c.text[:4].lower() == "the " else c.text for c in members}
    if len(names) != 1 or any(c.title or c.places or c.acronym_for for c in members):
        return False
    name = names.pop()
    if len(name.split()) > 2 or name in gazetteer.given_names or name in gazetteer.known_orgs:
        return False
    towns = gazetteer.towns(name, countries)
    if not towns or towns[0].country_code not in countries or towns[0].name != name:
        return False
    if any(_person_or_org(doc, c, gazetteer) for c in members):
        return False
    return any(_placed(doc, c, place_tokens, gazetteer) for c in members)


def _person_or_org(doc: Doc, cand: Candidate, gazetteer: Gazetteer) -> bool:
    start, end = cand.start, cand.end
    if start and doc[start - 1].text in gazetteer.given_names:
        return True  # 'Oleksandr Vuhledar'
    if end < len(doc) and doc[end].lower_ in ("'s", "’s", "'"):
        return True  # a possessive: 'X's wife', 'X's spokesman'
    words = set(cand.text.split())
    if words & (gazetteer.org_cues.get("head", set()) | gazetteer.org_cues.get("weak_head", set())):
        return True
    root = doc[start:end].root
    return root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ in speech_lemmas()


def _placed(doc: Doc, cand: Candidate, place_tokens: Collection[int], gazetteer: Gazetteer) -> bool:
    """The mention stands like a place: after a place preposition (directly, or as a later conjunct),
    after 'villages of', coordinated with a place, or with a place noun in apposition ('X, a mining
    town')."""
    root = doc[cand.start : cand.end].root
    kinds = gazetteer.place_cues.get("before", set())
    if any(child.dep_ == "appos" and child.lemma_.lower() in kinds for child in root.children):
        return True
    first = root
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.dep_ == "pobj" and _place_prep(first.head, gazetteer):
        return True
    before = doc[cand.start - 1] if cand.start else None
    if before is not None and _place_prep(before, gazetteer):
        return True
    conjuncts = {t.i for t in first.conjuncts} | {first.i}
    if conjuncts - set(range(cand.start, cand.end)) & set(place_tokens):
        return True
    for side in (-1, 1):  # 'Vuhledar, Pokrovsk and X' when the parse misses the list
        i = cand.start - 1 if side < 0 else cand.end
        if 0 <= i < len(doc) and doc[i].lower_ in _CONNECTORS:
            j = i + side
            if 0 <= j < len(doc) and j in place_tokens:
                return True
    return False


def _place_prep(token: Token, gazetteer: Gazetteer) -> bool:
    if token.lower_ in prepositions("town_place"):
        return True
    if token.head.i == token.i:
        return False
    if token.lower_ == "of":  # 'the villages of X and Y', 'the outskirts of X', 'east of X'
        before = gazetteer.place_cues.get("before", set())
        heads = prepositions("town_of_heads")
        return token.head.lower_ in heads or token.head.lemma_.lower() in before
    if token.lower_ == "to":  # 'moved to X', 'driving to X' (never 'spoke to X')
        return token.head.lemma_ in prepositions("town_to_verbs")
    return token.lower_ == "from" and token.head.lemma_ in prepositions("town_from_verbs")
