"""Whether a sentence says an event happened, read from the grammar around its trigger.

A report of an event is not a fact until its sentence says so: "commanders had hoped to capture the
city" plans a capture, "the capture of the town has not yet taken place" denies one, "if the army
crosses the river" supposes one. The reader walks from the trigger up the parse: its own negation,
modal, subordinator and adverbs; the verb or noun that governs it ("hoped to", "failed to", "plans
for", "the expected offensive", "prevented an attack"); and, through implicative verbs ("managed to",
"began to", "launched"), the status of the clause above. The cue words are data (rules/status_cues,
which also reads a verb's own marks). Who states it is the component's business (the claim holding the
mention); this module reads grammar only and never sees a name.

Statuses: happened, claimed, denied, planned (planned or expected), hypothetical, failed. A neutral
report ('said', 'reported', 'confirmed') leaves what it reports as stated, with its cue (so the
component can name who reports it); only doubt ('claimed', 'alleged') or the text's own reserve makes
an event 'claimed'.
"""

from dataclasses import replace

from spacy.tokens import Token

from chronicle.extraction.rules.clause_shape import (
    called_off,
    going_to,
    has_own_group,
    has_subject,
    is_hyphen_part,
    is_measured,
    is_new,
    is_passive,
    is_past,
    is_present,
    is_ranked,
    is_restrictive,
    is_small_clause,
    modal_of,
    to_be_done,
    verb_group,
    with_advmods,
)
from chronicle.extraction.rules.lexicon import prepositions
from chronicle.extraction.rules.status_cues import Reading, Status, StatusCues, forms, lookup

__all__ = ["StatusReader"]

_NOUN_POS = {"NOUN", "PROPN"}
_PREDICATES = {"VERB", "AUX", "ADJ"}
_EMBEDDED = {"xcomp", "ccomp", "pcomp", "advcl", "acl", "csubj"}
#: phases whose event is the one they are a phase of: 'the start of the offensive'
_PHASES = {
    "start",
    "beginning",
    "launch",
    "resumption",
    "continuation",
    "wave",
    "round",
    "phase",
    "stage",
    "part",
}
#: prepositions whose nominal event under a supposed clause is supposed too ('would collapse after the fall of X')
_SEQUENCE_PREPS = prepositions("supposed_sequence")
#: what negation makes of a governing cue's status ('did not plan to' denies, 'did not fail to' does)
_NEGATED: dict[str, Status] = {
    "reported": "claimed",  # 'did not confirm that ...': left unconfirmed
    "planned": "denied",
    "failed": "happened",
    "denied": "claimed",
    "claimed": "claimed",
    "hypothetical": "hypothetical",
}
#: subordinators whose clause the sentence takes as fact, whatever the main clause's mood
_FACTIVE_MARKS = {"since", "because"}
_MAX_DEPTH = 5
#: words that stand for an event named elsewhere ('which would give', 'this will take time')
_STANDINS = {"PRON", "DET"}
_ARGUMENTS = {"nsubj", "nsubjpass", "dobj", "pobj"}
#: prepositions that carry a verb's object ('warned of', 'called for'); 'claimed at a meeting' is a setting
_OBJECT_PREPS = prepositions("verb_object")


_HAPPENED = Reading("happened")
_BACKGROUND = Reading("happened", asserted=False)


class StatusReader(StatusCues):
    """Reads the status of the event a trigger token names (noun or verb), with the cue table it holds."""

    def read(self, trigger: Token) -> Reading:
        """The status of the event `trigger` names, as its sentence states it."""
        if trigger.pos_ in _NOUN_POS or (trigger.tag_.startswith("NN") and trigger.pos_ not in _PREDICATES):
            reading = self._noun(trigger, 0)
        elif trigger.pos_ in _STANDINS and trigger.dep_ in _ARGUMENTS:
            reading = self._noun(trigger, 0)  # 'which would give': a pronoun stands where its event is
        elif trigger.dep_ == "acomp" and trigger.head.pos_ in {"AUX", "VERB"} and not has_own_group(trigger):
            reading = self._clause(trigger.head, 0)  # 'will be available': the copula carries the clause
        else:
            reading = self._clause(trigger, 0)
        if reading.status == "reported":  # 'reports on the attack': as stated, by the cue's subject
            return replace(reading, status="happened")
        return reading

    # nominal events ---------------------------------------------------------------------------
    def _noun(self, t: Token, depth: int) -> Reading:
        modifiers, negation = self.cues.get("modifier", {}), self.cues.get("negation", {})
        for child in t.children:
            if child.dep_ in {"amod", "compound", "nmod", "advmod", "acl"} and child.i < t.i:
                word = child.lower_ if child.lower_ in modifiers else child.lemma_.lower()
                if word in modifiers and not is_hyphen_part(child):
                    reading = Reading(modifiers[word], with_advmods(child), child.i)
                    return self._came_to_nothing(t, reading)  # 'the planned offensive never came'

            if child.dep_ == "det" and child.lower_ in negation:
                return Reading("denied", child.text, child.i)
            if child.dep_ in {"acl", "relcl"} and child.i > t.i and to_be_done(child):
                return Reading("planned", f"{t.text} to be {child.text}", child.i)  # 'an event to be held'

        if depth >= _MAX_DEPTH:
            return _HAPPENED
        head = t.head
        if t.dep_ == "pobj" and head.dep_ in {"prep", "agent", "prt"}:
            return self._object_of_prep(t, head, depth)
        if t.dep_ in {"dobj", "dative"} and head.pos_ in _PREDICATES:
            if is_new(t) and lookup(self.cues.get("presupposed_object", {}), head) is None:
                clause = self._clause(head, depth + 1)
                if clause.status in {"planned", "hypothetical"}:
                    return clause  # 'will take delivery of', 'troops to launch an offensive': as open
                announced = lookup(self.cues.get("new_object", {}), head)
                if (
                    announced is not None
                    and clause.status == "happened"
                    and lookup(self.cues.get("noun", {}), t) is None
                ):
                    # 'announced 3,000 job cuts' (the plan announced is there: 'announced plans')
                    return Reading(announced[1], verb_group(head), head.i)
            return self._object(head, depth)
        if t.dep_ in {"nsubj", "nsubjpass", "csubj"} and head.pos_ in _PREDICATES:
            own = self.own_reading(head)
            if own is not None and own.status in {"hypothetical", "planned"}:
                return own  # 'if talks fail', 'the attack could come'
            occurrence = self.occurrence(head)
            if occurrence is not None:
                return occurrence  # 'the capture, announced in May, has not yet taken place'
            if called_off(head):
                return Reading("failed", verb_group(head), head.i)
            found = lookup(self.cues.get("subject", {}), head)
            if found is not None:
                return Reading(found[1], verb_group(head), head.i)
            if not is_new(t) and head.dep_ == "advcl" and self.temporal_mark(head) is not None:
                return _BACKGROUND  # 'when the proceedings are finalized': the proceedings are under way
            reading = self._clause(head, depth + 1)
            if reading.status == "happened" and t.dep_ == "nsubj" and head.pos_ == "VERB":
                # 'the Kursk operation pulled back 63,000 troops': what the event did is asserted,
                # the event itself is taken as known
                return replace(reading, asserted=False)
            return reading
        if t.dep_ in {"conj", "appos"} and head.pos_ in _NOUN_POS:
            return self._noun(head, depth + 1)
        if t.dep_ in {"attr", "oprd", "npadvmod"} and head.pos_ in _PREDICATES:
            reading = self._clause(head, depth + 1)
            return _BACKGROUND if reading.status == "denied" else reading
        if t.dep_ == "compound" and head.pos_ in _NOUN_POS:
            found = lookup(self.cues.get("noun", {}), head)
            if found is not None and found[1] in {"planned", "hypothetical"}:
                return Reading(found[1], f"{t.text} {head.text}", head.i)  # 'the evacuation plan'
        return _BACKGROUND if t.dep_ in {"poss", "compound", "nmod", "pobj"} else _HAPPENED

    def _came_to_nothing(self, noun: Token, reading: Reading) -> Reading:
        """A planned or expected event whose clause says it did not take place has failed."""
        if reading.status not in {"planned", "hypothetical"} or noun.dep_ not in {"nsubj", "nsubjpass"}:
            return reading
        occurred = self.occurrence(noun.head)
        if occurred is None and (found := lookup(self.cues.get("subject", {}), noun.head)) is not None:
            occurred = Reading(found[1], verb_group(noun.head), noun.head.i)
        if occurred is not None and occurred.status in {"denied", "failed"}:
            return Reading("failed", f"{reading.cue} … {occurred.cue}", occurred.cue_token)
        return reading

    def _object(self, verb: Token, depth: int) -> Reading:
        """A nominal event as the object of a verb: 'prepare an offensive', 'repelled an attack'."""
        verdict = self.verdict(verb)
        if verdict is not None:
            return verdict
        if lookup(self.cues.get("presupposed_object", {}), verb) is not None:
            return _BACKGROUND
        found = lookup(self.cues.get("object", {}), verb)
        status = "failed" if called_off(verb) else (found[1] if found else None)
        clause = self._clause(verb, depth + 1)
        if status is None:  # 'justified the invasion', 'tried to contain the incursion': background
            if clause.status in {"denied", "hypothetical"} and clause.cue_token not in {None, verb.i}:
                return clause  # 'denied that the country faced a fuel crisis', 'if Kyiv faces a crisis'
            return _BACKGROUND
        if status == "happened":
            return clause
        if clause.status == "denied":
            return Reading(_NEGATED[status], clause.cue, clause.cue_token)
        if status == "reported":  # 'the ministry reported another attack': happened, says the ministry
            return Reading("happened", verb_group(verb), verb.i) if clause.status == "happened" else clause
        return Reading(status, verb_group(verb), verb.i)

    def _object_of_prep(self, t: Token, prep: Token, depth: int) -> Reading:
        """'plans for an offensive', 'ahead of the vote', 'after the fall of the city'."""
        doc = t.doc
        if prep.lower_ in self.cues.get("negation", {}):
            return Reading("denied", f"{prep.text} {t.text}", prep.i)  # 'left without a fight'
        preps = self.cues.get("prep", {})
        for width in range(self.longest_prep, 0, -1):
            first = prep.i - width + 1
            if first < 0:
                continue
            words = doc[first : prep.i + 1].text.lower()
            if words in preps:  # 'ahead of the vote' plans; 'in response to the strike' takes it as given
                status = preps[words]
                return (
                    _BACKGROUND
                    if status == "happened"
                    else Reading(status, doc[first : t.i + 1].text, prep.i)
                )
        holder = prep.head
        if prep.lower_ == "of" and holder.lower_ in self.cues.get("partitive", {}):
            return self._noun(holder, depth + 1)  # 'half of the cuts', 'most of the evacuations'
        if holder.pos_ in _NOUN_POS:
            found = lookup(self.cues.get("noun", {}), holder)
            if found is not None:
                return Reading(found[1], f"{holder.text} {prep.text}", holder.i)
            if holder.lemma_.lower() in _PHASES:
                return self._noun(holder, depth + 1)  # 'the start of the offensive'
            if is_new(t) and prep.lower_ in {"to", "of", "for"}:
                above = self._noun(holder, depth + 1)  # 'the prospects for a return to growth'
                if above.status in {"planned", "hypothetical"} and above.cue_token is not None:
                    return above
            return _BACKGROUND
        if holder.pos_ in _PREDICATES:
            if called_off(holder):
                return Reading("failed", verb_group(holder), holder.i)
            found = lookup(self.cues.get("object", {}), holder) if prep.lower_ in _OBJECT_PREPS else None
            phrasal = self.cues.get("prep_object", {})
            found = next(  # 'filed for bankruptcy', 'aimed at a breakthrough': the verb and its preposition
                (
                    (f, phrasal[f"{f} {prep.lower_}"])
                    for f in forms(holder)
                    if f"{f} {prep.lower_}" in phrasal
                ),
                found,
            )
            status = found[1] if found else None
            if status is not None and status != "happened":
                clause = self._clause(holder, depth + 1)
                if clause.status == "denied":
                    return Reading(_NEGATED[status], clause.cue, clause.cue_token)
                return Reading(status, f"{verb_group(holder)} {prep.text}", holder.i)
            if prep.lower_ in _SEQUENCE_PREPS:
                clause = self._clause(holder, depth + 1)
                if clause.status in {"planned", "hypothetical"}:
                    return clause
            if (
                is_new(t)
                and prep.lower_ != "as"
                and lookup(self.cues.get("presupposed_object", {}), holder) is None
            ):
                own = self.own_reading(holder)
                if own is not None and own.status in {"planned", "hypothetical"}:
                    return own  # 'would be on leave', 'unless they agree on compromises'
        return _BACKGROUND

    def _content_of(self, v: Token, noun: Token, depth: int, found: tuple[str, Status] | None) -> Reading:
        """A participle on a noun ('a proposal calling for elections', 'a letter telling them'): what a
        plan or proposal contains is planned; a new thing an open clause brings shares its status."""
        if v.tag_ != "VBG":
            return _HAPPENED
        if found is not None and found[1] in {"planned", "hypothetical"}:
            return Reading(found[1], noun.text, noun.i)
        if not is_new(noun) or noun.dep_ != "dobj" or noun.head.pos_ not in _PREDICATES:
            return _HAPPENED
        clause = self._clause(noun.head, depth + 1)
        return clause if clause.status in {"planned", "hypothetical"} else _HAPPENED

    # verbal events ----------------------------------------------------------------------------
    def _clause(self, v: Token, depth: int) -> Reading:
        own = self.own_reading(v)
        if own is not None:
            return own
        if depth >= _MAX_DEPTH or v.head.i == v.i:
            return _HAPPENED
        head = v.head
        dep = v.dep_
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)
        if dep in {"pcomp", "pobj"} and head.dep_ in {"prep", "agent"} and v.tag_ in {"VBG", "VBN", "VB"}:
            # 'withdrew without firing', 'accused of shelling', 'capable of striking': as a noun there
            reading = self._object_of_prep(v, head, depth)
            return _HAPPENED if reading.status == "happened" else reading
        if dep == "conj" and head.pos_ in _PREDICATES:
            if has_subject(v):
                return _HAPPENED
            # 'will attack and capture' shares the modal; 'was not reported but became public' no negation
            above = self._clause(head, depth + 1)
            return above if above.status in {"planned", "hypothetical", "claimed"} else _HAPPENED
        if dep in {"relcl", "advcl"} and infinitive and head.pos_ in _NOUN_POS | {"ADJ"}:
            if is_ranked(head, self.cues.get("rank", {})):
                # 'was the first model to be built', 'will be the first to know': as the ranking
                holder = head.head if head.dep_ in {"attr", "acomp"} else None
                if holder is None or holder.pos_ not in _PREDICATES:
                    return _HAPPENED
                ranking = self._clause(holder, depth + 1)
                return _BACKGROUND if ranking.status == "denied" else ranking
            dep = "acl"  # 'a deadline to finish the plan': an infinitive, no relative clause
        if dep == "acl" and head.pos_ in _NOUN_POS | {"ADJ"}:
            found = lookup(self.cues.get("noun", {}), head)
            if found is not None and (infinitive or found[1] != "planned"):
                holder = self._noun(head, depth + 1)  # 'rejected claims that the city had fallen'
                if holder.status == "denied" and found[1] == "claimed":
                    return holder
                if holder.status in {"failed", "denied"} and found[1] == "planned":
                    return Reading("failed", holder.cue, holder.cue_token)  # 'the attempt to take X failed'

                return Reading(found[1], f"{head.text} to" if infinitive else head.text, head.i)
            if infinitive:
                return Reading("planned", f"{head.text} to", head.i)
            return self._content_of(v, head, depth, found)
        if (
            dep == "relcl"
            and depth > 0
            and is_present(v)
            and is_restrictive(v)
            and self.own_reading(v) is None
        ):
            status = self.cues.get("noun", {}).get(head.lemma_.lower())
            if status in {"planned", "hypothetical"}:
                return Reading(status, head.text, head.i)  # 'a plan that includes closures': what it holds
        if dep not in _EMBEDDED or head.pos_ not in _PREDICATES:
            return _HAPPENED
        if dep == "advcl" and any(c.dep_ == "mark" and c.lower_ in _FACTIVE_MARKS for c in v.children):
            return _HAPPENED  # 'would be the highest since the invasion began': a since-clause is fact
        if dep == "advcl" and (mark := self.temporal_mark(v)) is not None:
            # 'will hold elections once the war ends': a time clause in the present under a future or
            # supposed main clause is as future as it (English puts no 'will' there); told in the past
            # under 'would' it is that future reported ('said the vote would be held before the war ended')
            main = self.own_reading(head)
            backshifted = is_past(v) and modal_of(head) == "would"
            if (
                main is not None
                and main.status in {"planned", "hypothetical"}
                and (is_present(v) or backshifted)
            ):
                return Reading(main.status, f"{main.cue} … {mark} {v.text}", main.cue_token)
        if dep == "advcl" and not infinitive:
            # 'rejected the bill after talks broke down', 'has been delayed, saying ...': an adjunct is
            # no complement of the verb it hangs on; it shares only that clause's own modality
            main = self.own_reading(head)
            return main if main is not None and main.status in {"planned", "hypothetical"} else _HAPPENED
        evidence = lookup(self.cues.get("evidential", {}), head)
        if evidence is not None and dep == "ccomp" and is_past(v) and self.own_reading(head) is None:
            # 'data suggest that Russia launched 5,000 drones': evidence for what happened, not a proposal
            return Reading(evidence[1], verb_group(head), head.i)
        if infinitive and dep == "xcomp" and going_to(head):
            return Reading("planned", f"{verb_group(head)} to", head.i)  # 'the army is going to attack'
        found = lookup(self.cues.get("control", {}), head)
        lemma, status = found if found else (head.lemma_.lower(), None)
        if lemma == "be" and not infinitive:
            return _HAPPENED  # 'is to visit' plans; 'would be ... when it began' does not
        result = lookup(self.cues.get("result", {}), v) is not None or (
            lookup(self.cues.get("change", {}), head) is not None and is_measured(head)
        )  # 'fell 2% to close at', 'dropped 9% to reach a low': what the change came to
        if (
            infinitive
            and result
            and (dep == "advcl" or (dep == "xcomp" and lookup(self.cues.get("control", {}), head) is None))
        ):
            return self._clause(head, depth + 1)  # 'rose 2% to close at 5,100': a result, as the rise
        if infinitive and (dep == "advcl" or (lemma == "use" and is_passive(head))):
            return Reading("planned", f"{head.text} … to {v.text}", v.i)  # purpose: 'went there to inspect'
        if status is None and dep in {"ccomp", "xcomp"} and is_small_clause(v):
            above = self.own_reading(head)
            if above is not None and above.status in {"planned", "hypothetical"}:
                return above  # 'will see troops deployed': the open verb's own complement
        if status is None:
            if infinitive and dep in {"xcomp", "advcl"}:
                return Reading(
                    "planned", f"{head.text} … to {v.text}", v.i
                )  # purpose: 'massed troops to take'
            return _HAPPENED
        if status == "happened":
            above = self._clause(head, depth + 1)
            if above.status == "denied" and lemma in {"manage", "succeed"}:
                return Reading("failed", above.cue, above.cue_token)
            return above
        above_own = self.own_reading(head)
        if above_own is not None and above_own.status == "denied":
            return Reading(_NEGATED[status], above_own.cue, above_own.cue_token)
        reports = status in {"claimed", "reported"}
        if reports and infinitive and not any(c.lower_ == "have" for c in v.children):
            return Reading("planned", f"{verb_group(head)} … to", head.i)  # 'told troops to attack'
        if status == "reported":
            # 'said its units had withdrawn': as stated, by the subject of 'said' (the modality of the
            # reported clause, 'said Russia would attack', was read above)
            above = self._clause(head, depth + 1)
            if above.status in {"planned", "hypothetical", "denied", "failed", "claimed"}:
                return above
            return Reading("happened", verb_group(head), head.i)
        if status == "claimed":
            # 'said Russia would attack': the reported clause keeps its own modality (read above)
            above = self._clause(head, depth + 1)
            if above.status in {"planned", "hypothetical", "denied", "failed"}:
                return above
        group = verb_group(head) + (" to" if infinitive else "")
        return Reading(status, group, head.i)
