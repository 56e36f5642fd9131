"""chronicle_events: named and nominal events -> `doc._.events` (list of Event).

A trigger from the cue list, as a noun ("the Kursk operation", "a drone attack", "ceasefire talks") or
a verb ("invaded Ukraine", "Zirka had been taken"), becomes an event mention. Its place is a place
named in the noun phrase or the verb's arguments (or 'the city' resolved to the place meant), its
participants are the possessor and agent (agent) and the object of "attack on X" (target), its date a
time expression in the phrase or on the governing verb. Mentions of one event in one article are one
node, keyed in rules/event_grouping: `event:<family>:<place slug>`, else `event:<family>:<name slug>`
for a named event ("Operation Spiderweb"), else the name slug pinned by a participant or by a date at
day, week or month precision, else the name slug scoped to the article ("a drone attack" in two
articles is two events until something says which), where a family groups triggers that name the same
kind of thing ("operation", "incursion", "offensive"), and a definite mention without a place ("the
incursion") joins the only event of its family that has one.
The component also adds the events a claim mentions to that claim's `about_keys`.
"""

from bisect import bisect_left, bisect_right

from spacy.language import Language
from spacy.tokens import Doc, Token

from chronicle.extraction.models import Event
from chronicle.extraction.rules.antecedents import pronoun_antecedent
from chronicle.extraction.rules.docindex import (
    DocIndex,
    EntityRef,
    TokenFilter,
    load_jsonl,
    mention_of,
)
from chronicle.extraction.rules.episode_time import episode_when
from chronicle.extraction.rules.event_args import (
    FAMILY_PREPS,
    PLACE_PREPS,
    event_participants,
    governor,
    located,
    named_subject,
    patient,
    place_and_link,
    place_of_thing,
    thing_name,
)
from chronicle.extraction.rules.event_grouping import EventMention, date_by_distance, group_events
from chronicle.extraction.rules.event_reports import ClaimSpans, report_for
from chronicle.extraction.rules.event_time import entry_when, governing_when
from chronicle.extraction.rules.factuality import StatusReader
from chronicle.extraction.rules.lexicon import prepositions

__all__ = ["EventExtractor"]

_TARGET_PREPS = prepositions("attack_target")
_CLAUSAL = {"relcl", "acl", "ccomp", "advcl", "conj", "parataxis", "appos", "punct", "cc"}
_OF_FAMILIES = prepositions("of_families")
_OF_ONLY = prepositions("of_only_families")  # 'capture of X', whatever the preposition
_DEFINITE = {"the", "this", "that", "its", "their", "our", "his", "her", "these"}


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
        aims_file: str = "event_aims.jsonl",
        data_dir: str | None = None,
    ) -> None:
        """Args: nlp: the pipeline; name: component name; triggers_file: trigger lemmas with type
        and family; modifiers_file: modifiers that change the type ('defensive operations');
        name_modifiers_file: common-noun modifiers kept in names ('summer offensive');
        place_cues_file: its 'region_word' rows are dropped from place names in event keys;
        status_cues_file: the words that say whether an event happened (rules/factuality);
        aims_file: weapons and targets that make 'hit', 'strike', 'target' an attack without a
        place ('missiles hit a meeting of commanders', 'denied targeting evacuation vehicles')."""
        self.name = name
        rows = load_jsonl(triggers_file, data_dir)
        self.nouns = {r["lemma"]: r for r in rows if r["pos"] == "NOUN"}
        self.verbs = {r["lemma"]: r for r in rows if r["pos"] == "VERB"}
        self.named = {r["lemma"]: r for r in rows if r["pos"] == "PROPN"}  # 'Operation Spiderweb'
        # the types of event a definite description can mean: 'the incursion' an operation named before
        self.refers = {r["type"]: frozenset([r["type"], *r["refers_to"]]) for r in rows if "refers_to" in r}
        self.modifiers: dict[str, list[dict]] = {}
        for row in load_jsonl(modifiers_file, data_dir):
            self.modifiers.setdefault(row["modifier"], []).append(row)
        self.keep = frozenset(r["modifier"] for r in load_jsonl(name_modifiers_file, data_dir))
        place_cues = load_jsonl(place_cues_file, data_dir)
        self.region_words = frozenset(r["cue"] for r in place_cues if r["kind"] == "region_word")
        self.noun_cues = TokenFilter(nlp.vocab, "LEMMA", self.nouns, pos="NOUN")
        self.verb_cues = TokenFilter(nlp.vocab, "LEMMA", self.verbs, pos="VERB")
        self.named_cues = TokenFilter(nlp.vocab, "LOWER", self.named, pos="PROPN")
        self.status = StatusReader(status_cues_file, data_dir)
        aims = load_jsonl(aims_file, data_dir)
        self.weapons = frozenset(r["word"] for r in aims if r["role"] == "weapon")
        self.targets = frozenset(r["word"] for r in aims if r["role"] == "target")

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
        readers = {"noun": self._noun_mention, "verb": self._verb_mention, "named": self._named_mention}
        cues = sorted(
            [(i, "noun") for i in self.noun_cues(doc)]
            + [(i, "verb") for i in self.verb_cues(doc)]
            + [(i, "named") for i in self.named_cues(doc)]
        )
        if not cues:
            return []
        index = DocIndex.build(doc)
        claims = ClaimSpans(doc._.claims or [])
        mentions: list[EventMention] = []
        for start, kind in cues:
            found = readers[kind](index, doc[start])
            if found is not None:
                found.report = report_for(
                    self.status, index, claims, found.trigger, found.mention, found.when
                )
                if found.when is None and found.report.status == "happened" and found.report.when is None:
                    found.when = entry_when(index, found.trigger)  # '08:40 — ... has arrived in Kyiv'
                    found.report.when = found.when
                if (
                    found.when is None
                    and found.report.status in {"happened", "claimed"}
                    and not found.report.when
                ):
                    # 'On Sunday, the army confirmed it. The brigade said its units had withdrawn.': the
                    # episode's day dates what it tells, as a report's date does (the key stays undated)
                    verb = governor(found.trigger) if found.trigger.pos_ not in {"VERB", "AUX"} else None
                    found.report.when = episode_when(index, found.trigger, verb)
                mentions.append(found)
        events = group_events(index, mentions, self.region_words, self.refers)
        date_by_distance(index, mentions, events)
        return events

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
        if "place_prep" in row:  # 'the fall of Avdiivka', never 'a fall in U.S. stocks'
            own = [
                c
                for c in own
                if c.dep_ == "prep"
                and c.lower_ == row["place_prep"]
                and any(
                    _is_place(index.entity_of(o)) or o.lemma_.lower() in row.get("place_heads", ())
                    for o in c.children
                    if o.dep_ == "pobj"
                )
            ]
        place, how = place_and_link(index, own, PLACE_PREPS | FAMILY_PREPS.get(family, set()))
        if place is None and t.dep_ in {"dobj", "nsubj", "nsubjpass"} and "place_prep" not in row:
            verb_preps = [c for c in t.head.children if c.dep_ == "prep" and c.i != t.i]
            if t.dep_ != "dobj":  # 'the incursion did not stop Russia's offensive in X': X is the offensive's
                other = [c.i for c in t.head.children if c.dep_ == "dobj" and c.lemma_.lower() in self.nouns]
                verb_preps = [c for c in verb_preps if not other or c.i < other[0]]
            place, how = place_and_link(index, verb_preps, {"in", "into", "near", "at", "on"})
        under = place is None and t.dep_ == "pobj" and t.head.lower_ == "under" and t.head.dep_ == "prep"
        if under:  # 'Avdiivka has been under siege since October': the subject is the place it is done to
            subjects = [c for c in t.head.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
            place, how = place_and_link(index, subjects, {"nsubj", "nsubjpass"})
        thing = None
        if place is None:
            place, thing = place_of_thing(index, next((c for c in t.children if c.dep_ == "poss"), None))
        participants = event_participants(index, t, family)
        verb = governor(t)
        speech = verb is not None and t.dep_ != "pobj" and self.status.reports_speech(verb)
        dating = None if speech else verb  # 'the capture, announced in May': May dates the announcement
        when = governing_when(index, t, dating, self.status.plans_or_reports, self.status.occurs)
        if verb is not None and t.dep_ != "nsubj" and not any(p.role == "agent" for p in participants):
            participants += named_subject(index, verb)
        name_tokens = [c for c in lefts if self._keeps(index, c) or c.lower_ in self.modifiers]
        kinds: list[Token] = []
        if row.get("needs_anchor") and not name_tokens:
            # 'a fuel crisis', 'a video call', 'the prisoner exchange': a noun compound says which one,
            # so the mention is an event; its key stays the trigger's, so 'the crisis' later is the same
            kinds = [
                c for c in lefts if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i not in index.timex_at
            ]
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
            tail = " " + index.doc[target.i : end].text if end > target.i + 1 else ""  # not 'attack on'
        elif thing is not None:
            tail = f" of {thing_name(thing)}"
        elif under and place is not None:
            tail = f" {_link(family, 'dobj', False)} {place.text}"  # 'siege of X', 'attack on X'
        elif place is not None and row.get("link") == "prep" and how in PLACE_PREPS | {"from", "to"}:
            tail = f" {_link(family, how, False)} {place.text}"  # 'push toward X', 'withdrawal from X'
        elif place is not None and place.start > t.i:
            tail = f" of {place.text}" if family in _OF_FAMILIES else f" in {place.text}"
        name = " ".join([c.text for c in name_tokens + kinds] + [t.text]) + tail
        key_name = " ".join([c.text for c in name_tokens] + [t.text]) + tail if kinds else None
        definite = any(c.lower_ in _DEFINITE or c.dep_ == "poss" for c in t.lefts)
        quoted = t.i > 0 and index.doc[max(t.left_edge.i - 1, 0)].text in {"'", '"', "‘", "“"}
        anchored = place is not None or bool(participants) or when is not None or linked
        if row.get("needs_place") and place is None:
            return None
        weak = bool(row.get("needs_anchor")) and not anchored and not name_tokens and not kinds
        if weak and not (definite and not tail):
            return None
        if row.get("singular") and t.tag_ == "NNS" and etype == row["type"]:
            return None  # 'its operations in Australia' are a business, 'military operations' events
        # a core event word ('a ceasefire', 'an invasion') that a verb takes as its argument reports an
        # event even with nothing to anchor it; words that need an anchor never do
        argument = t.dep_ in {"nsubj", "nsubjpass", "dobj"} and not row.get("needs_anchor")
        if not (anchored or name_tokens or kinds or quoted or definite or argument):
            return None
        first = min([c.i for c in name_tokens + kinds] + [t.i])
        span = index.doc[first : t.i + 1]
        return EventMention(
            t,
            etype,
            family,
            name,
            mention_of(span),
            place,
            participants,
            when,
            definite and not name_tokens,
            named,
            not name_tokens and not tail,
            weak,
            key_name=key_name,
            repeats=bool(row.get("repeats")),
        )

    def _named_mention(self, index: DocIndex, t: Token) -> EventMention | None:
        """'Operation Spiderweb', "Operation Spider's Web": a capitalised trigger heading a name."""
        if not t.text[:1].isupper():
            return None
        row = self.named[t.lower_]
        end = t
        while (
            end.dep_ in {"compound", "poss"} and end.i < end.head.i <= t.i + 5 and end.head.text[:1].isupper()
        ):
            end = end.head
        if end.i == t.i:
            return None
        span = index.doc[t.i : end.i + 1]
        verb = governor(end)
        participants = event_participants(index, end, row["family"])
        if verb is not None and end.dep_ != "nsubj":
            participants += named_subject(index, verb)
        return EventMention(
            end,
            row["type"],
            row["family"],
            span.text,
            mention_of(span),
            None,
            participants,
            governing_when(index, end, verb, self.status.plans_or_reports),
            named=True,
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
        if row.get("event_subject"):
            return self._growth(index, v, row)
        if v.dep_ == "amod":
            return None  # 'the occupied territories' describe, they report no event
        particle = next((c for c in v.children if c.dep_ == "prt"), None)
        if particle is None and "with" in row:  # 'pulled back from X', 'drove them out of X': the
            particle = next(  # parser's advmod 'back' or prep 'out'
                (
                    c
                    for c in v.children
                    if c.dep_ in {"advmod", "prep"} and c.lower_ in row["with"].split("|")
                ),
                None,
            )
        if "with" in row and (particle is None or particle.lower_ not in row["with"].split("|")):
            return None
        if "with" not in row and particle is not None and particle.lower_ not in {"over", "back"}:
            return None  # 'took out', 'took part' are no captures
        obj = next((c for c in v.children if c.dep_ == "dobj"), None)
        if obj is not None and obj.lower_ in row.get("not_objects", ()):
            return None  # 'took place', 'took part': no capture
        weapon = None
        if "objects" in row:  # 'launched 108 drones at X', never 'launched an offensive'
            weapon = obj if obj is not None and obj.lemma_.lower() in row["objects"] else None
            if weapon is None:
                return None
        family = row["family"]
        args = [c for c in v.children if c.dep_ in {"dobj", "nsubjpass", "prep", "dative"}]
        if particle is not None:
            args += [c for c in particle.children if c.dep_ == "prep"]
        if row.get("place_subject"):  # 'Avdiivka fell', 'the town fell'; never 'U.S. stocks fell'
            heads = set(row.get("place_heads", ()))
            args = [
                c
                for c in v.children
                if c.dep_ == "nsubj" and (_is_place(index.entity_of(c)) or c.lemma_.lower() in heads)
            ]
        preps = PLACE_PREPS | {"dobj", "nsubjpass", "nsubj"} | FAMILY_PREPS.get(family, set())
        place, how = place_and_link(index, args, preps)
        if particle is not None and particle.lower_ == "out" and how == "of":
            how = "from"  # 'pulled out of X': a withdrawal from X
        thing = None
        if place is None and not located(index, args) and not row.get("place_subject"):
            place, thing = place_of_thing(index, patient(v))  # no place of its own: its patient's
        participants = event_participants(index, v, family)
        aim = self._aim(v) if row.get("aimed") and place is None else None
        if row.get("needs_place") and place is None and aim is None:
            return None
        when = governing_when(index, v, None, self.status.plans_or_reports)
        if row.get("needs_anchor") and place is None and not participants and when is None and not _argued(v):
            return None
        noun = row.get("noun", v.lemma_)
        if weapon is not None:
            noun = f"{weapon.lemma_.lower()} {noun}"  # 'drone attack on Ukraine'
        name = noun
        if place is not None:
            link = _link(family, how, thing is not None) if row.get("link") == "prep" else None
            link = link or ("of" if family in _OF_FAMILIES or thing is not None else "in")
            name = f"{noun} {link} {thing_name(thing) if thing is not None else place.text}"
        elif aim is not None:
            name = f"{noun} on {thing_name(aim)}"  # 'strike on evacuation vehicles'
        last = particle.i if particle is not None else v.i
        span = index.doc[v.i : last + 1]
        return EventMention(
            v,
            row["type"],
            row["family"],
            name,
            mention_of(span),
            place,
            participants,
            when,
            False,
            False,
            place is None,  # 'strike on civilians' says which only within its article
            repeats=bool(row.get("repeats")),
        )

    def _growth(self, index: DocIndex, v: Token, row: dict) -> EventMention | None:
        """'the breakthrough, if it widens', 'the fighting intensified': a verb of growth is an event
        when its subject is one (named by an event noun, or 'it' standing for one)."""
        subject = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lower_ in {"it", "its"}:
            subject = pronoun_antecedent(index, subject)
        if subject is None or subject.pos_ != "NOUN" or subject.lemma_.lower() not in self.nouns:
            return None
        span = index.doc[v.i : v.i + 1]
        return EventMention(
            v,
            row["type"],
            row["family"],
            f"{row['noun']} of {thing_name(subject)}",
            mention_of(span),
            when=governing_when(index, v, None, self.status.plans_or_reports),
            bare=True,  # which breakthrough widens is said only within its article
        )

    def _aim(self, verb: Token) -> Token | None:
        """What an attack verb with no place is aimed at: its object when that is a target ('targeting
        evacuation vehicles') or when a weapon is the subject ('the missiles had hit a meeting')."""
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
        if obj is None:
            return None
        if obj.lemma_.lower() in self.targets:
            return obj
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return obj if subject is not None and subject.lemma_.lower() in self.weapons else None


def _is_place(ref: EntityRef | None) -> bool:
    return ref is not None and ref.type == "Place"


def _argued(verb: Token) -> bool:
    """A verb whose subject or object is a noun ('the grid collapses', 'volunteers evacuated her',
    'cut electricity supplies'): the clause says what happened to what, so it reports an event even
    with no place, named participant or date; a pronoun, a bare number or an indefinite object
    ('signed a deal': which one?) alone does not."""
    holders = [verb]
    holder = verb
    for _ in range(3):  # 'the troops were moved and are expected to be sent': the subject is up the chain
        if holder.dep_ not in {"xcomp", "conj"} or any(
            c.dep_ in {"nsubj", "nsubjpass"} for c in holder.children
        ):
            break
        holder = holder.head
        holders.append(holder)
    return any(
        c.dep_ in {"nsubj", "nsubjpass", "dobj"}
        and c.pos_ in {"NOUN", "PROPN"}
        and not c.like_num
        and not (c.dep_ == "dobj" and any(d.lower_ in {"a", "an"} for d in c.children if d.dep_ == "det"))
        and (holder is verb or c.dep_ != "dobj")
        for holder in holders
        for c in holder.children
    )


def _link(family: str, how: str | None, thing: bool) -> str:
    """The word between an event's noun and its place, as the text links them: 'advance toward X',
    'withdrawal from X'; 'capture of X' for a captured place, 'attack on X' for a struck one."""
    if thing or family in _OF_ONLY:
        return "of"
    if how in {"dobj", "nsubjpass", "nsubj", None}:
        if family == "advance":
            return "into"  # 'entered the outskirts of X': an entry into X
        return "of" if family in _OF_FAMILIES else "on" if family == "attack" else "in"
    if family == "attack" and how in {"at", "against"}:
        return "on"  # 'fired missiles at X': an attack on X
    return how
