"""The place a figure is about, read from the grammar around the number and its counted noun.

"44% of their attacks near Lyman", "2,000 soldiers killed in the Kursk region", "tens of thousands have
fled Kupiansk", "advanced 10 km toward Kramatorsk": the place sits in a locative phrase of the counted
noun, of its 'of' object, of a participle or relative clause on it, of the governing verb, or is the
verb's object ('fled X'). 'the city' / 'the area' resolve to the place meant. Failing those, an event
acting in the clause lends its place, then a locative phrase elsewhere in the same clause, then the
place named nearest in the sentence, then the last one named in the two sentences before (where the
text is); a place named as the actor ('Russia launched 91 missiles') is a party, not where. A place is only ever a Place entity: a person or an organisation is never where a figure is.
"""

from spacy.tokens import Token

from chronicle.extraction.models import Event
from chronicle.extraction.rules.docindex import DocIndex, EntityRef
from chronicle.extraction.rules.gazetteer import load_gazetteer
from chronicle.extraction.rules.lexicon import prepositions
from chronicle.extraction.timex.vocab import load_vocab

__all__ = ["LOC_PREPS", "figure_place"]

#: prepositions whose object is where something is or happens ('over the Kyiv region', 'toward X')
LOC_PREPS = {
    "in",
    "near",
    "around",
    "at",
    "inside",
    "outside",
    "across",
    "along",
    "on",
    "within",
    "over",
    "toward",
    "towards",
    "into",
    "from",
    "throughout",
    "off",
    "of",
}
#: 'of' locates only after these nouns ('the outskirts of X'); '44% of attacks' is no place
_OF_HOLDERS = {
    "outskirts",
    "edge",
    "centre",
    "center",
    "city",
    "town",
    "village",
    "region",
    "area",
    "south",
    "north",
    "east",
    "west",
    "vicinity",
    "suburbs",
    "district",
    "direction",
    "sector",
}
#: verbs whose object is a place the figure is about ('fled Kupiansk', 'left the city')
_PLACE_OBJECT_VERBS = {
    "flee",
    "leave",
    "enter",
    "reach",
    "evacuate",
    "shell",
    "strike",
    "hit",
    "attack",
    "bomb",
    "target",
    "defend",
    "surround",
    "encircle",
    "capture",
    "occupy",
    "hold",
}
#: verbs whose subject acts on something elsewhere ('Russia launched 91 missiles', 'Ukraine lost
#: 1,610 troops'): a place as their subject is a party, not where the figure holds ('Sumy lies 30 km ...')
_ACTING_VERBS = {
    "launch",
    "fire",
    "commit",
    "deploy",
    "send",
    "capture",
    "seize",
    "take",
    "strike",
    "hit",
    "shell",
    "attack",
    "lose",
    "say",
    "claim",
    "report",
    "announce",
    "state",
}
#: verbs whose object flies at a target ('launched 91 missiles'): the target is where the figure holds
_PROJECTING_VERBS = prepositions("projecting_verbs")
_DAY_NAMES = {day.lower() for day in load_vocab()["weekday"]}
#: nouns of land that a demonym places in its country ('Ukrainian territory', 'Russian regions')
_LAND_NOUNS = {
    "territory",
    "land",
    "soil",
    "airspace",
    "region",
    "oblast",
    "province",
    "city",
    "town",
    "village",
}
_CLAUSE_LIMIT = {"ccomp", "advcl", "parataxis", "conj"}


def figure_place(
    index: DocIndex, counted: Token, verb: Token | None, events: dict[int, Event]
) -> EntityRef | str | None:
    """The place a figure is about (an entity ref, or an event's place key), or None."""
    candidates: list[Token] = []
    holders = [counted]
    holders += [c for c in counted.children if c.dep_ in {"acl", "relcl"}]  # 'soldiers killed in X'
    of = next((c for c in counted.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    of_object = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if of_object is not None:
        named = index.entity_of(of_object)
        if named is not None and _is_place(index, named):
            return named  # '1,000 square kilometers of the Kursk region', '30% of Ukraine'
        meant = index.place_anaphor(of_object) or _demonym_place(index, of_object)
        if meant is not None:
            return meant  # '30% of the region'
        holders.append(of_object)  # '44% of their attacks near Lyman'
        holders += [c for c in of_object.children if c.dep_ in {"acl", "relcl"}]
    if verb is not None:
        holders.append(verb)  # and its conjoined verbs: 'killed or wounded in the region'
        holders += [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    origins: set[int] = set()  # 'shipped from X to Y': the destination is where they are now
    candidates += [
        c for c in counted.children if c.dep_ == "prep" and c.lower_ == "to"
    ]  # 'the last 8 km to X'
    for holder in holders:
        candidates += [c for c in holder.children if _locative(c)]
        ends = [c for c in holder.children if c.dep_ == "prep" and c.lower_ in {"to", "into"}]
        starts = [c.i for c in holder.children if c.dep_ == "prep" and c.lower_ == "from"]
        if ends and starts:
            candidates += [c for c in ends if c.lower_ == "to"]
            origins.update(starts)
        if holder.pos_ in {"VERB", "AUX"}:
            candidates += [
                c for c in holder.children if c.dep_ == "npadvmod" and index.entity_of(c) is not None
            ]
    owner = next((c for c in counted.children if c.dep_ == "poss"), None)
    if owner is not None:
        found = _place_under(index, owner)
        if found is not None:
            return found  # "Kharkiv's 1.3 million residents", "the town's 20,000 residents"
    for prep in sorted(candidates, key=lambda t: (t.i in origins, t.i < counted.i, abs(t.i - counted.i))):
        found = _place_under(index, prep)
        if found is not None:
            return found
    if verb is not None:
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is not None and verb.lemma_.lower() in _PLACE_OBJECT_VERBS:
            found = _place_under(index, obj)
            if found is not None:
                return found  # 'tens of thousands have fled Kupiansk'
        for subject in (c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}):
            for prep in (c for c in subject.children if _locative(c) and c.lower_ not in {"from", "of"}):
                found = _place_under(index, prep)
                if found is not None:
                    return found  # 'a strike on X killed 20': where the acting event struck
        for child in sorted(verb.children, key=lambda c: c.dep_ not in {"nsubj", "nsubjpass"}):
            if child.dep_ in {"nsubj", "nsubjpass", "dobj", "prep"}:
                for (
                    token
                ) in child.subtree:  # 'a strike on X killed 20', 'committed 4 brigades to the assault'
                    event = events.get(token.idx)
                    if event is not None and event.place_keys:
                        return event.place_keys[0]
    return (
        _subject_place(index, verb)
        or _clause_place(index, counted)
        or _demonym_people(index, counted)
        or _context_place(index, counted)
        or _target_country(index, verb)
    )


def _target_country(index: DocIndex, verb: Token | None) -> EntityRef | None:
    """'Russia launched 91 missiles' with no target named anywhere near: the country the text is
    about, other than the one that fires (the one it names most)."""
    if verb is None or verb.lemma_.lower() not in _PROJECTING_VERBS:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    actor = index.entity_of(subject) if subject is not None else None
    if actor is None or actor.type != "Place":
        return None
    return index.main_place(len(index.doc), {"country"}, exclude=actor.key)


def _subject_place(index: DocIndex, verb: Token | None) -> EntityRef | None:
    """Where the figure's verb sends it ('moved 30,000 troops to Kursk'), else 'Ukraine needs ten more systems', 'Kyiv received 40 tanks': a place that holds the figure
    as the subject of its verb, unless it acts on somewhere else ('Russia launched 91 missiles')."""
    if verb is None:
        return None
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"to", "into"}):
        found = _place_under(index, prep)
        if found is not None:
            return found  # 'Russia has redeployed 30,000 troops to Kursk': where they went
    if verb.lemma_.lower() in _ACTING_VERBS:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    ref = index.entity_of(subject) if subject is not None else None
    return ref if ref is not None and _is_place(index, ref) and ref.end - 1 == subject.i else None


def _paragraph_between(index: DocIndex, ref: EntityRef, counted: Token) -> bool:
    """A line break between a place and the number: another paragraph (or live-blog entry) the
    sentence splitter ran into, not where the figure holds."""
    low, high = sorted((ref.start, counted.i))
    return any(index.doc[k].is_space and "\n" in index.doc[k].text for k in range(low, high))


def _demonym_people(index: DocIndex, counted: Token) -> EntityRef | None:
    """'3.6 million Ukrainians': people counted by their nationality are in their country, when the
    text names it and the clause names no other place."""
    country = load_gazetteer().demonym_country(counted.text) if counted.text[:1].isupper() else None
    return next((r for r in index.places if r.key == country.key), None) if country is not None else None


def _actor(index: DocIndex, ref: EntityRef) -> bool:
    """A place named as who acts or speaks ('Russia launched 91 missiles', "Russia's Defense
    Ministry said"): a party to the figure, not where it holds."""
    root = index.doc[ref.start : ref.end].root
    if root.dep_ == "nsubj" and root.head.lemma_.lower() in _ACTING_VERBS:
        return True
    return root.dep_ == "poss" and root.head.dep_ == "nsubj"  # "Russia's Defense Ministry said"


def _locative(token: Token) -> bool:
    if token.dep_ != "prep" or token.lower_ not in LOC_PREPS:
        return False
    if token.lower_ == "of":
        return token.head.lemma_.lower() in _OF_HOLDERS
    return True


def _place_under(index: DocIndex, head: Token) -> EntityRef | None:
    """The first place named (or meant: 'the city') under `head`, not entering clauses."""
    for token in head.subtree:
        if token.dep_ in {"relcl", "acl"} and token.i != head.i:
            break
        ref = index.entity_of(token)
        if ref is not None and _is_place(index, ref):
            return ref
        ref = index.place_anaphor(token) or _demonym_place(index, token)
        if ref is not None:
            return ref
    return None


def _is_place(index: DocIndex, ref: EntityRef) -> bool:
    """A Place mention that is neither a date ('Palm Sunday') nor a person's name the linker
    mistyped ('Alexei Smirnov': a known given name before a capitalised word)."""
    if ref.type != "Place" or any(i in index.timex_at for i in range(ref.start, ref.end)):
        return False
    words = ref.text.split()
    if words[-1].lower() in _DAY_NAMES:
        return False  # 'Palm Sunday', 'Good Friday': a day
    return not (len(words) >= 2 and words[0] in load_gazetteer().given_names and words[1][:1].isupper())


def _demonym_place(index: DocIndex, noun: Token) -> EntityRef | None:
    """'of Ukrainian territory', 'over 15 Russian regions': a land noun with a demonym names the
    country, when the text names that country too (its mention is the place)."""
    if noun.lemma_.lower() not in _LAND_NOUNS:
        return None
    for child in noun.children:
        if child.dep_ == "amod":
            country = load_gazetteer().demonym_country(child.text)
            if country is not None:
                return next((r for r in index.places if r.key == country.key), None)
    return None


def _clause_place(index: DocIndex, counted: Token) -> EntityRef | None:
    """A place in a locative phrase elsewhere in the counted noun's clause ('In Kharkiv, officials
    counted 40 strikes'), nearest to the number first; other clauses are not entered."""
    root = counted
    for _ in range(8):
        if root.dep_ in _CLAUSE_LIMIT or root.head.i == root.i:
            break
        root = root.head
    best: tuple[int, EntityRef] | None = None
    stack = [root]
    while stack:
        token = stack.pop()
        if token.dep_ == "pobj" and token.head.lower_ in LOC_PREPS - {"of", "from"}:
            found = _place_under(index, token)
            if found is not None and (best is None or abs(token.i - counted.i) < best[0]):
                best = (abs(token.i - counted.i), found)
        stack += [c for c in token.children if c.dep_ not in _CLAUSE_LIMIT | {"relcl", "acl"}]
    return best[1] if best is not None else None


def _context_place(index: DocIndex, counted: Token) -> EntityRef | None:
    """Where the text is when the figure's own words name no place: the place named nearest to the
    number in its sentence, else the last place named in the two sentences before ('The death toll
    in Sumy rose on Monday. 35 people were killed ...')."""
    sentence = index.sents[index.sent_of(counted.i)]
    inside = [
        r
        for r in index.entities_in(sentence.start, sentence.end, "Place")
        if not _actor(index, r) and _is_place(index, r) and not _paragraph_between(index, r, counted)
    ]
    if inside:
        return min(inside, key=lambda r: min(abs(r.start - counted.i), abs(r.end - 1 - counted.i)))
    before = [
        r
        for r in index.place_mentions_before(sentence.start, window=2)
        if not _actor(index, r) and _is_place(index, r)
    ]
    return before[0] if before else None
