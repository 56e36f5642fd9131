"""chronicle_events: named and nominal events -> `doc._.events` (list of Event).

A trigger from the cue list, as a noun ("the Kursk operation", "a drone attack", "ceasefire talks") or
a verb ("invaded Ukraine", "Zirka had been taken"), becomes an event mention. Its place is a place
named in the noun phrase or the verb's arguments (or 'the city' resolved to the place meant), its
participants are the possessor and agent (agent) and the object of "attack on X" (target), its date a
time expression in the phrase or on the governing verb. Mentions of one event in one article are one
node: the key is `event:<family>:<place slug>`, else `event:<family>:<name slug>`, where a family
groups triggers that name the same kind of thing ("operation", "incursion", "offensive"), and a
definite mention without a place ("the incursion") joins the only event of its family that has one.
The component also adds the events a claim mentions to that claim's `about_keys`.
"""

from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Token

from chronicle.extraction.ids import slug
from chronicle.extraction.models import Event, EventReport, Mention, Participant, When
from chronicle.extraction.rules.antecedents import pronoun_antecedent, thing_place
from chronicle.extraction.rules.docindex import (
    DocIndex,
    EntityRef,
    TokenFilter,
    evidence_for,
    load_jsonl,
)
from chronicle.extraction.rules.event_reports import RANK, ClaimSpans, best_report, report_for
from chronicle.extraction.rules.event_time import governing_when
from chronicle.extraction.rules.factuality import StatusReader

__all__ = ["EventExtractor", "EventMention"]

_PLACE_PREPS = {"of", "in", "on", "into", "near", "at", "against", "around", "across", "over"}
_TARGET_PREPS = {"on", "against"}
_PARTY_PREPS = {"of", "with", "by", "between"}
_CLAUSAL = {"relcl", "acl", "ccomp", "advcl", "conj", "parataxis", "appos", "punct", "cc"}
_OF_FAMILIES = {"capture", "invasion", "annexation", "siege", "withdrawal"}
_DEFINITE = {"the", "this", "that", "its", "their", "our", "his", "her", "these"}


@dataclass
class EventMention:
    """One trigger occurrence with what its phrase says about the event."""

    trigger: Token
    type: str
    family: str
    name: str
    mention: Mention
    place: EntityRef | None = None
    participants: list[Participant] = field(default_factory=list)
    when: When | None = None
    definite: bool = False
    named: bool = False  # a proper-name modifier: 'Kursk operation' names the event best
    bare: bool = False  # the trigger word alone ('the merger'): its name says nothing of which one
    weak: bool = False  # no anchor of its own: kept only to join the one event it can mean
    report: EventReport | None = None  # whether it happened as this mention states it, and who says so


class EventExtractor:
    """Event triggers -> merged Event records with place, participants and date."""

    def __init__(
        self,
        nlp: Language,
        name: str = "chronicle_events",
        *,
        triggers_file: str = "event_triggers.jsonl",
        modifiers_file: str = "event_modifiers.jsonl",
        name_modifiers_file: str = "event_name_modifiers.jsonl",
        place_cues_file: str = "place_cues.jsonl",
        status_cues_file: str = "event_status_cues.jsonl",
        data_dir: str | None = None,
    ) -> None:
        """Args: nlp: the pipeline; name: component name; triggers_file: trigger lemmas with type
        and family; modifiers_file: modifiers that change the type ('defensive operations');
        name_modifiers_file: common-noun modifiers kept in names ('summer offensive');
        place_cues_file: its 'region_word' rows are dropped from place names in event keys;
        status_cues_file: the words that say whether an event happened (rules/factuality)."""
        self.name = name
        rows = load_jsonl(triggers_file, data_dir)
        self.nouns = {r["lemma"]: r for r in rows if r["pos"] == "NOUN"}
        self.verbs = {r["lemma"]: r for r in rows if r["pos"] == "VERB"}
        self.modifiers: dict[str, list[dict]] = {}
        for row in load_jsonl(modifiers_file, data_dir):
            self.modifiers.setdefault(row["modifier"], []).append(row)
        self.keep = frozenset(r["modifier"] for r in load_jsonl(name_modifiers_file, data_dir))
        place_cues = load_jsonl(place_cues_file, data_dir)
        self.region_words = frozenset(r["cue"] for r in place_cues if r["kind"] == "region_word")
        self.noun_cues = TokenFilter(nlp.vocab, "LEMMA", self.nouns, pos="NOUN")
        self.verb_cues = TokenFilter(nlp.vocab, "LEMMA", self.verbs, pos="VERB")
        self.status = StatusReader(status_cues_file, data_dir)

    def __call__(self, doc: Doc) -> Doc:
        """Set `doc._.events` and add event keys to the claims that mention them."""
        events = self.extract(doc)
        doc._.events = events
        mentions = sorted((m.start, m.end, number) for number, e in enumerate(events) for m in e.mentions)
        starts = [start for start, _, _ in mentions]
        for claim in doc._.claims or []:
            start = claim.evidence.start + claim.evidence.sentence.find(claim.text)
            end = start + len(claim.text)
            inside = mentions[bisect_left(starts, start) : bisect_right(starts, end)]
            for number in sorted({n for _, m_end, n in inside if m_end <= end}):
                if events[number].key not in claim.about_keys:
                    claim.about_keys.append(events[number].key)
        return doc

    # ------------------------------------------------------------------------------------------
    def extract(self, doc: Doc) -> list[Event]:
        """Events of a Doc in order of first mention."""
        cues = sorted([(i, True) for i in self.noun_cues(doc)] + [(i, False) for i in self.verb_cues(doc)])
        if not cues:
            return []
        index = DocIndex.build(doc)
        claims = ClaimSpans(doc._.claims or [])
        mentions: list[EventMention] = []
        for start, is_noun in cues:
            token = doc[start]
            mention = self._noun_mention if is_noun else self._verb_mention
            found = mention(index, token)
            if found is not None:
                found.report = report_for(self.status, index, claims, token, found.mention, found.when)
                mentions.append(found)
        return _merge(index, mentions, self.region_words)

    def _noun_mention(self, index: DocIndex, t: Token) -> EventMention | None:
        if t.dep_ == "compound":
            return None
        row = self.nouns[t.lemma_.lower()]
        if row.get("plural") and t.tag_ != "NNS":
            return None
        etype, family = row["type"], row["family"]
        lefts = [c for c in t.lefts]
        lemma = t.lemma_.lower()
        for child in lefts:
            for override in self.modifiers.get(child.lower_, ()):
                if lemma in override.get("triggers", (lemma,)):  # 'general strike', not '.. election'
                    etype, family = override["type"], override["family"]
                    break
        own = [c for c in t.children if c.dep_ not in _CLAUSAL | {"poss", "det"}]
        place = _place_in(index, own, _PLACE_PREPS)
        if place is None and t.dep_ in {"dobj", "nsubj", "nsubjpass"}:
            verb_preps = [c for c in t.head.children if c.dep_ == "prep" and c.i != t.i]
            place = _place_in(index, verb_preps, {"in", "into", "near", "at", "on"})
        thing = None
        if place is None:
            place, thing = _place_of_thing(index, next((c for c in t.children if c.dep_ == "poss"), None))
        participants = _participants(index, t, family)
        verb = _governor(t)
        speech = verb is not None and t.dep_ != "pobj" and self.status.reports_speech(verb)
        dating = None if speech else verb  # 'the capture, announced in May': May dates the announcement
        when = governing_when(index, t, dating, self.status.plans_or_reports)
        if verb is not None and t.dep_ != "nsubj" and not any(p.role == "agent" for p in participants):
            participants += _named_subject(index, verb)
        name_tokens = [c for c in lefts if self._keeps(index, c) or c.lower_ in self.modifiers]
        named = any(c.pos_ == "PROPN" or index.entity_of(c) for c in name_tokens)
        linked = any(index.entity_of(c) is not None for c in name_tokens)
        target = next((c for c in t.rights if c.dep_ == "prep" and c.lower_ in _TARGET_PREPS), None)
        tail = ""
        if family == "attack" and target is not None:
            end = target.right_edge.i + 1
            cut = [i for i in range(target.i, end) if i in index.timex_at]
            end = cut[0] if cut else end
            while end > target.i + 1 and index.doc[end - 1].pos_ in {"ADP", "PUNCT"}:
                end -= 1
            tail = " " + index.doc[target.i : end].text
        elif thing is not None:
            tail = f" of {_thing_name(thing)}"
        elif place is not None and place.start > t.i:
            tail = f" of {place.text}" if family in _OF_FAMILIES else f" in {place.text}"
        name = " ".join([c.text for c in name_tokens] + [t.text]) + tail
        definite = any(c.lower_ in _DEFINITE or c.dep_ == "poss" for c in t.lefts)
        quoted = t.i > 0 and index.doc[max(t.left_edge.i - 1, 0)].text in {"'", '"', "‘", "“"}
        anchored = place is not None or bool(participants) or when is not None or linked
        if row.get("needs_place") and place is None:
            return None
        weak = bool(row.get("needs_anchor")) and not anchored and not name_tokens
        if weak and not (definite and not tail):
            return None
        if row.get("singular") and t.tag_ == "NNS" and etype == row["type"]:
            return None  # 'its operations in Australia' are a business, 'military operations' events
        if not (anchored or name_tokens or quoted or definite):
            return None
        first = min([c.i for c in name_tokens] + [t.i])
        span = index.doc[first : t.i + 1]
        return EventMention(
            t,
            etype,
            family,
            name,
            Mention(text=span.text, start=span.start_char, end=span.end_char),
            place,
            participants,
            when,
            definite and not name_tokens,
            named,
            not name_tokens and not tail,
            weak,
        )

    def _keeps(self, index: DocIndex, child: Token) -> bool:
        """Modifiers that belong in an event's name: proper names, places, kinds and seasons."""
        if child.dep_ not in {"compound", "amod", "nmod", "npadvmod"}:
            return False
        if index.timex_at.get(child.i) is not None:
            return False
        return child.pos_ == "PROPN" or child.lower_ in self.keep or child.text[:1].isupper()

    def _verb_mention(self, index: DocIndex, v: Token) -> EventMention | None:
        row = self.verbs[v.lemma_.lower()]
        particle = next((c for c in v.children if c.dep_ == "prt"), None)
        if "with" in row and (particle is None or particle.lower_ != row["with"]):
            return None
        if "with" not in row and particle is not None and particle.lower_ not in {"over", "back"}:
            return None  # 'took out', 'took part' are no captures
        args = [c for c in v.children if c.dep_ in {"dobj", "nsubjpass", "prep"}]
        place = _place_in(index, args, _PLACE_PREPS | {"dobj", "nsubjpass"})
        thing = None
        if place is None and not _located(index, args):
            place, thing = _place_of_thing(index, _patient(v))  # no place of its own: its patient's
        participants = _participants(index, v, row["family"])
        if row.get("needs_place") and place is None:
            return None
        if row.get("needs_anchor") and place is None and not participants:
            return None
        noun = row.get("noun", v.lemma_)
        link = "of" if row["family"] in _OF_FAMILIES or thing is not None else "in"
        name = f"{noun} {link} {_thing_name(thing) if thing is not None else place.text}" if place else noun
        last = particle.i if particle is not None else v.i
        span = index.doc[v.i : last + 1]
        return EventMention(
            v,
            row["type"],
            row["family"],
            name,
            Mention(text=span.text, start=span.start_char, end=span.end_char),
            place,
            participants,
            governing_when(index, v, None, self.status.plans_or_reports),
            False,
            False,
            place is None,
        )


# grammar helpers ---------------------------------------------------------------------------------
def _place_in(index: DocIndex, heads: list[Token], deps_or_preps: set[str]) -> EntityRef | None:
    """The first place inside the given dependents (prepositions filtered by word)."""
    for head in heads:
        if head.dep_ == "prep" and head.lower_ not in deps_or_preps:
            continue
        if head.dep_ in {"dobj", "nsubjpass"} and head.dep_ not in deps_or_preps:
            continue
        for token in head.subtree:
            if token.dep_ in {"relcl", "acl"}:
                break
            ref = index.entity_of(token)
            if ref is not None and ref.type == "Place":
                return ref
            if token.dep_ in {"pobj", "dobj", "nsubjpass"}:
                ref = index.place_anaphor(token)
                if ref is not None:
                    return ref
    return None


def _located(index: DocIndex, args: list[Token]) -> bool:
    """A place phrase that is no known place ('shut down at the harbour'; 'in January' is a time)."""
    return any(
        o.i not in index.timex_at
        for c in args
        if c.dep_ == "prep" and c.lower_ in _PLACE_PREPS
        for o in c.children
        if o.dep_ == "pobj"
    )


def _patient(verb: Token) -> Token | None:
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


def _place_of_thing(index: DocIndex, node: Token | None) -> tuple[EntityRef | None, Token | None]:
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


def _thing_name(head: Token) -> str:
    """'Ukraine's last coking coal mine' -> 'coking coal mine': the head with its compounds."""
    start = head.i
    for child in reversed(list(head.lefts)):
        if child.dep_ != "compound" or child.right_edge.i != start - 1:
            break
        start = child.left_edge.i
    return head.doc[start : head.i + 1].text


def _governor(t: Token) -> Token | None:
    """The verb a trigger noun is an argument of: 'launched the operation', 'the raid began',
    'filed for bankruptcy in 2008'."""
    if t.dep_ in {"dobj", "nsubj", "nsubjpass"}:
        return t.head
    if t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.head.pos_ == "VERB":
        return t.head.head
    return None


def _named_subject(index: DocIndex, verb: Token) -> list[Participant]:
    """'Brightwell Airlines filed for bankruptcy': the subject of the governing verb, when it is
    itself a named person or organisation, is the event's agent."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    ref = index.entity_of(subject) if subject is not None else None
    if ref is None or ref.type == "Place":
        return []
    return [Participant(key=ref.key, role="agent")]


def _participants(index: DocIndex, t: Token, family: str) -> list[Participant]:
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
        for token in child.subtree:
            ref = index.entity_of(token)
            if ref is not None and (role == "agent" or ref.type != "Place"):
                if all(p.key != ref.key for p in found):
                    found.append(Participant(key=ref.key, role=role))
                if role != "participant":
                    break  # 'talks between X and Y', 'the merger of X and Y' name them all
    return found


def _place_stem(name: str, region_words: frozenset[str]) -> str:
    """'Kursk Oblast' and 'Kursk' -> 'kursk': an event's key must not depend on which of a city and
    its region the linker chose in this article, or one operation becomes two nodes."""
    words = name.split()
    while len(words) > 1 and words[-1].lower() in region_words:
        words.pop()
    return slug(" ".join(words))


def _scoped_key(m: EventMention) -> str:
    """A bare trigger ('the merger', 'resigned') names no event by itself: its key takes a
    participant (the first in key order: 'event:merger:merger:organization-chrysler'), else its
    date, so two articles about one company's merger share the node while unrelated mergers stay
    apart ('' when it has neither)."""
    trigger = slug(m.name)
    if m.participants:
        return f"event:{m.family}:{trigger}:{slug(min(p.key for p in m.participants))}"
    if m.when is not None and m.when.value:
        return f"event:{m.family}:{trigger}:{slug(m.when.value)}"
    return ""


def _merge(index: DocIndex, mentions: list[EventMention], region_words: frozenset[str]) -> list[Event]:
    """One Event per key; placeless definite mentions join the one placed (or otherwise anchored)
    event of their family; a weak mention ('the resignation' with nothing of its own) that has no
    such event to join is dropped."""
    anchored: dict[str, set[str]] = {}
    keys: list[str] = []
    for m in mentions:
        key = ""
        if m.place is not None:
            key = f"event:{m.family}:{_place_stem(index.name_of(m.place.key) or m.place.text, region_words)}"
            anchored.setdefault(m.family, set()).add(key)
        keys.append(key)
    placed = {family: set(found) for family, found in anchored.items()}
    for i, m in enumerate(mentions):
        if keys[i] or not m.bare or m.weak:
            continue
        if m.definite and len(placed.get(m.family, ())) == 1:
            keys[i] = next(iter(placed[m.family]))  # "Russia's invasion" of Ukraine, named before
        elif _scoped_key(m):
            keys[i] = _scoped_key(m)
            anchored.setdefault(m.family, set()).add(keys[i])
    for i, m in enumerate(mentions):
        if keys[i]:
            continue
        family_keys = anchored.get(m.family, set())
        if (m.definite or m.weak) and len(family_keys) == 1:
            keys[i] = next(iter(family_keys))
        elif m.weak:
            continue
        elif m.bare:  # 'the merger' twice and nothing else: this article's merger
            keys[i] = f"event:{m.family}:{slug(m.name)}:{slug(index.article_id)[:16] or 'article'}"
        else:
            keys[i] = f"event:{m.family}:{slug(m.name)}"
    grouped: dict[str, list[EventMention]] = {}
    for key, m in zip(keys, mentions, strict=True):
        if key:
            grouped.setdefault(key, []).append(m)
    events: list[Event] = []
    for key, group in grouped.items():
        counts = Counter(m.name for m in group)
        best = max(group, key=lambda m: (m.named, m.place is not None, counts[m.name], -len(m.name)))
        names = list(counts)
        participants: list[Participant] = []
        seen: set[str] = set()
        for m in group:
            participants += [p for p in m.participants if p.key not in seen]
            seen.update(p.key for p in participants)
        reports = [m.report for m in group if m.report is not None]
        deciding = best_report(reports)
        by_rank = sorted(group, key=lambda m: RANK[m.report.status] if m.report else 0)
        events.append(
            Event(
                key=key,
                name=best.name,
                type=best.type,
                aliases=[n for n in names if n != best.name],
                mentions=[m.mention for m in group],
                place_keys=list(dict.fromkeys(m.place.key for m in group if m.place)),
                participants=participants,
                when=next((m.when for m in by_rank if m.when is not None), None),
                status=deciding.status if deciding else "happened",
                status_cue=deciding.cue if deciding else None,
                stated_by_key=deciding.stated_by_key if deciding else None,
                stated_by_name=deciding.stated_by_name if deciding else None,
                reports=reports,
                evidence=evidence_for(index, *_span_of(deciding.mention if deciding else group[0].mention)),
            )
        )
    return events


def _span_of(mention: Mention) -> tuple[int, int]:
    return mention.start, mention.end
