"""Where an event mention is and who takes part, read from its trigger's arguments: the place in its
phrase or the verb's arguments (with the preposition that links it: 'advance toward X', 'withdrawal
from X'), the thing it happened to ('the mine was forced to shut down'), its agent, target and other
participants, and the verb a nominal trigger is an argument of."""

from spacy.tokens import Token

from chronicle.extraction.ids import slug
from chronicle.extraction.models import Participant
from chronicle.extraction.rules.antecedents import pronoun_antecedent, thing_place
from chronicle.extraction.rules.docindex import DocIndex, EntityRef
from chronicle.extraction.rules.lexicon import prepositions

__all__ = [
    "FAMILY_PREPS",
    "PLACE_PREPS",
    "event_participants",
    "governor",
    "located",
    "named_subject",
    "patient",
    "place_and_link",
    "place_in",
    "place_of_thing",
    "place_stem",
    "thing_name",
    "unnamed_place",
]

PLACE_PREPS = prepositions("event_place")
#: prepositions that place an event only in some families ('withdrawal from X', 'deployed to X'; 'an
#: attack from X' is its origin): family -> {'from', 'to'}, from the '<prep>_families' sets
FAMILY_PREPS = {
    family: {prep for prep in ("from", "to") if family in prepositions(f"{prep}_families")}
    for family in prepositions("from_families") | prepositions("to_families")
}
_TARGET_PREPS = prepositions("attack_target")
_PARTY_PREPS = prepositions("party")


def place_in(index: DocIndex, heads: list[Token], deps_or_preps: set[str]) -> EntityRef | None:
    """The first place inside the given dependents (prepositions filtered by word)."""
    return place_and_link(index, heads, deps_or_preps)[0]


def place_and_link(
    index: DocIndex, heads: list[Token], deps_or_preps: set[str]
) -> tuple[EntityRef | None, str | None]:
    """The first place inside the given dependents and how it is linked: the preposition's word
    ('toward', 'from'), or the dependency ('dobj', 'nsubjpass', 'nsubj')."""
    for head in heads:
        found = _place_under(index, head, deps_or_preps)
        if found is not None:
            return found, head.lower_ if head.dep_ in {"prep", "dative"} else head.dep_
    return None, None


def _place_under(index: DocIndex, head: Token, deps_or_preps: set[str]) -> EntityRef | None:
    if head.dep_ in {"prep", "dative"} and head.lower_ not in deps_or_preps:
        return None  # 'send weapons to Ukraine': the parser's dative 'to' is a preposition too
    if head.dep_ in {"dobj", "nsubjpass", "nsubj"} and head.dep_ not in deps_or_preps:
        return None
    objects = [c for c in head.children if c.dep_ == "pobj"] if head.dep_ == "prep" else [head]
    for obj in objects:  # "Russia's Kursk region": the place the phrase is about, not its possessor
        ref = index.entity_of(obj)
        if ref is not None and ref.type == "Place":
            return ref
    for token in head.subtree:
        if token.dep_ in {"relcl", "acl"}:
            break
        ref = index.entity_of(token)
        if ref is not None and ref.type == "Place":
            return ref
        if token.dep_ in {"pobj", "dobj", "nsubjpass", "nsubj"}:
            ref = index.place_anaphor(token)
            if ref is not None:
                return ref
    if head.dep_ == "prep" and head.lower_ in _LOCATING:
        return unnamed_place(index, head)
    return None


#: prepositions after which a capitalised name no linker knows is still a place ('near Vorona')
_LOCATING = prepositions("unknown_place")


def unnamed_place(index: DocIndex, prep: Token) -> EntityRef | None:
    """'advanced in Staromlynivka': a proper name right after a locating preposition that the entity
    linker left out (a small village the gazetteer does not hold) is a place, keyed by its name so
    one article's mentions of it meet; a name the linker typed otherwise, or a date, is not."""
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if pobj is None or pobj.tag_ not in {"NNP", "NNPS"} or pobj.i in index.timex_at:
        return None
    span = index.doc[pobj.left_edge.i : pobj.i + 1]
    words = [t for t in span if t.tag_ in {"NNP", "NNPS"} or t.text == "-"]
    if not words or any(index.entity_of(t) is not None for t in span):
        return None
    start, end = words[0].i, words[-1].i + 1
    text = index.doc[start:end].text
    if not text[:1].isupper():
        return None
    chars = index.doc[start:end]
    return EntityRef(f"place:{slug(text)}", "Place", text, start, end, chars.start_char, chars.end_char)


def located(index: DocIndex, args: list[Token]) -> bool:
    """A place phrase that is no known place ('shut down at the harbour'; 'in January' is a time)."""
    return any(
        o.i not in index.timex_at
        for c in args
        if c.dep_ == "prep" and c.lower_ in PLACE_PREPS
        for o in c.children
        if o.dep_ == "pobj"
    )


def patient(verb: Token) -> Token | None:
    """What a verb event happened to when it is not named: its object, else its passive or
    intransitive subject, shared with the verb it completes ('it was forced to shut down'); only
    common nouns and 'it' (a named subject is an actor: 'Russia invaded')."""
    node = next((c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}), None)
    holder = verb
    for _ in range(3):
        if node is not None or holder.dep_ not in {"xcomp", "conj"} or holder.head.i == holder.i:
            break
        holder = holder.head
        node = next((c for c in holder.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if node is None and verb.dep_ not in {"xcomp", "conj"}:
        node = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if node is None or not (node.pos_ == "NOUN" or node.lower_ == "it"):
        return None
    return node


def place_of_thing(index: DocIndex, node: Token | None) -> tuple[EntityRef | None, Token | None]:
    """The place of the thing an event happened to ('it' or 'its' through its antecedent), and
    the thing's head when it is a common noun (for the event's name)."""
    if node is not None and node.lower_ in {"it", "its"}:
        node = pronoun_antecedent(index, node)
    elif node is not None and node.pos_ != "NOUN":
        node = None
    if node is None:
        return None, None
    place = thing_place(index, node)
    if place is None:
        return None, None
    return place, (None if index.entity_of(node) is not None else node)


def thing_name(head: Token) -> str:
    """'Ukraine's last coking coal mine' -> 'coking coal mine': the head with its compounds."""
    start = head.i
    for child in reversed(list(head.lefts)):
        if child.dep_ != "compound" or child.right_edge.i != start - 1:
            break
        start = child.left_edge.i
    return head.doc[start : head.i + 1].text


def governor(t: Token) -> Token | None:
    """The verb a trigger noun is an argument of: 'launched the operation', 'the raid began',
    'filed for bankruptcy in 2008', 'has been under siege since October', 'destroyed by a strike in May'."""
    if t.dep_ in {"dobj", "nsubj", "nsubjpass"}:
        return t.head
    if t.dep_ == "pobj" and t.head.dep_ in {"prep", "agent"} and t.head.head.pos_ in {"VERB", "AUX"}:
        return t.head.head
    return None


_RELATIVE = {"which", "who", "that"}


def named_subject(index: DocIndex, verb: Token) -> list[Participant]:
    """'Brightwell Airlines filed for bankruptcy': the subject of the governing verb, when it is
    itself a named person or organisation, is the event's agent."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in _RELATIVE and verb.dep_ == "relcl":
        subject = verb.head  # 'Yamato Life, which declared bankruptcy'
    ref = index.entity_of(subject) if subject is not None else None
    if ref is None or ref.type == "Place":
        return []
    return [Participant(key=ref.key, role="agent")]


def event_participants(index: DocIndex, t: Token, family: str) -> list[Participant]:
    """Possessor or subject -> agent; 'attack on X' or the object of a verb -> target; 'merger
    with X', 'arrest of X', 'talks between X and Y' -> participant (people and organisations)."""
    found: list[Participant] = []
    for child in t.children:
        role = None
        if child.dep_ in {"poss", "nsubj", "agent"}:
            role = "agent"
        elif (child.dep_ == "prep" and child.lower_ in _TARGET_PREPS and family == "attack") or (
            child.dep_ == "dobj" and t.pos_ == "VERB"
        ):
            role = "target"
        elif child.dep_ == "prep" and child.lower_ in _PARTY_PREPS and t.pos_ == "NOUN":
            role = "participant"
        if role is None:
            continue
        relative = child.dep_ == "nsubj" and child.lower_ in _RELATIVE and t.dep_ == "relcl"
        for token in [t.head] if relative else child.subtree:  # 'Russia, which invaded ...'
            ref = index.entity_of(token)
            if ref is not None and (role == "agent" or ref.type != "Place"):
                if all(p.key != ref.key for p in found):
                    found.append(Participant(key=ref.key, role=role))
                if role != "participant":
                    break  # 'talks between X and Y', 'the merger of X and Y' name them all
    return found


def place_stem(name: str, region_words: frozenset[str]) -> str:
    """'Kursk Oblast' and 'Kursk' -> 'kursk': an event's key must not depend on which of a city and
    its region the linker chose in this article, or one operation becomes two nodes."""
    words = name.split()
    while len(words) > 1 and words[-1].lower() in region_words:
        words.pop()
    return slug(" ".join(words))
