"""The event-status cue table and what a verb's own clause marks with it.

Cue words and what they mean are data (`event_status_cues.jsonl`, roles: control, object,
presupposed_object, subject, noun, modifier, modal, adverb, negation, mark, temporal_mark, evidential,
prep, occurrence, verdict: 'described the raid as a failure', partitive: 'half of', rank: 'the first to',
result: 'rose 2% to close at', change: 'fell 9% to reach', new_object: 'announced job cuts'; a prep row
with status happened, 'in response to', takes its object as given, prep_object: 'filed for'). A word is
looked up by its lemma and crude stems (`forms`), since the small model lemmatises 'hoped' as 'hop'.
`StatusCues` holds the table, answers the questions other components ask of it ('does this verb report
speech?') and reads what a verb marks on itself (negation, modal, subordinator, adverb; whether it says
its subject took place; a verdict after 'as'); walking up the parse to what governs a trigger is
rules/factuality's.
"""

from dataclasses import dataclass
from typing import Literal

from spacy.tokens import Token

from chronicle.extraction.rules.clause_shape import (
    has_subject,
    is_imperative,
    is_polar_question,
    is_supposed,
    verb_group,
)
from chronicle.extraction.rules.docindex import load_jsonl

__all__ = ["STATUSES", "Reading", "Status", "StatusCues", "forms", "lookup"]

Status = Literal["happened", "claimed", "denied", "planned", "hypothetical", "failed"]
STATUSES: tuple[Status, ...] = ("happened", "claimed", "denied", "planned", "hypothetical", "failed")


@dataclass(frozen=True)
class Reading:
    """A status with the words that state it and the token that carries them (for its speaker)."""

    status: Status
    cue: str | None = None
    cue_token: int | None = None
    asserted: bool = True  # False: presupposed background ('after the attack'), not what a clause asserts


class StatusCues:
    """The status cue table, the questions other components ask of it, and a verb's own marks."""

    def __init__(self, cues_file: str = "event_status_cues.jsonl", data_dir: str | None = None) -> None:
        """Args: cues_file: rows {role, word, status}; data_dir: where it lies (default: the package's)."""
        self.cues: dict[str, dict[str, Status]] = {}
        for row in load_jsonl(cues_file, data_dir):
            self.cues.setdefault(row["role"], {})[row["word"]] = row["status"]
        self.longest_prep = max((len(p.split()) for p in self.cues.get("prep", {})), default=1)

    def temporal_mark(self, verb: Token) -> str | None:
        """The subordinator of a time clause ('when', 'once', 'as soon as'), None when it has none."""
        marks = self.cues.get("temporal_mark", {})
        for child in verb.children:
            if child.dep_ != "mark" and not (
                child.dep_ == "advmod" and child.i < verb.i and child.tag_ == "WRB"
            ):
                continue  # 'once the war ends'; 'when the talks are over' ('when' parsed as an adverb)
            words = child.doc[child.left_edge.i : child.right_edge.i + 1].text.lower()
            if words in marks or child.lower_ in marks:
                return words if words in marks else child.lower_
        return None

    def occurs(self, verb: Token) -> bool:
        """A verb saying that its subject event took place ('began', 'started', 'took place')."""
        if lookup(self.cues.get("occurrence", {}), verb) is None:
            return False
        return verb.lemma_.lower() != "take" or any(c.lower_ == "place" for c in verb.children)

    def doubts(self, cue: str | None) -> bool:
        """A claim cue that casts doubt on what it reports ('claimed', 'alleged', 'insisted')."""
        words = (cue or "").lower().split()
        return any(w.startswith(stem) for w in words for stem in self.cues.get("doubt", {}))

    def aims(self, verb: Token) -> bool:
        """A verb of aiming ('hoped', 'had planned', 'intended'): a deadline passed means the aim was
        missed. An order or a call ('were ordered to leave by Monday') says nothing of that."""
        return lookup(self.cues.get("aim", {}), verb) is not None

    def unverified(self, text: str) -> bool:
        """The text's own reserve about a report ('could not be independently verified')."""
        lowered = text.lower()
        return any(marker in lowered for marker in self.cues.get("unverified", {}))

    def reports_speech(self, verb: Token) -> bool:
        """A verb that reports or attributes ('announced', 'said'): its time is the statement's."""
        found = lookup(self.cues.get("control", {}), verb) or lookup(self.cues.get("object", {}), verb)
        return found is not None and found[1] in {"claimed", "reported"}

    def plans_or_reports(self, verb: Token) -> bool:
        """A verb that reports, plans or supposes its event rather than performing it ('announced',
        'planned', 'feared'): its time is its own, not the event's."""
        found = lookup(self.cues.get("control", {}), verb) or lookup(self.cues.get("object", {}), verb)
        return found is not None and found[1] != "happened"

    def occurrence(self, verb: Token) -> Reading | None:
        """A verb saying whether its subject event occurred ('take place', 'happen', 'begin'), or one
        sharing the subject in coordination, read on its own clause (None when there is none)."""
        occurs = self.cues.get("occurrence", {})
        shared = [verb] + [c for c in verb.children if c.dep_ == "conj" and not has_subject(c)]
        for candidate in shared:
            if candidate.pos_ in {"VERB", "AUX"} and lookup(occurs, candidate) is not None:
                own = self.own_reading(candidate)
                if own is not None:
                    return own
        return None

    def verdict(self, verb: Token) -> Reading | None:
        """'described the raid as a failure', 'dismissed the report as a hoax': the verdict noun after
        'as' (on the verb or on its object) says what became of the event."""
        verdicts = self.cues.get("verdict", {})
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        for prep in [c for holder in [verb, *objects] for c in holder.children]:
            if prep.dep_ == "prep" and prep.lower_ == "as":
                noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if noun is not None and noun.lemma_.lower() in verdicts:
                    return Reading(verdicts[noun.lemma_.lower()], f"{verb.text} … as {noun.text}", verb.i)
        return None

    def own_reading(self, v: Token) -> Reading | None:
        """What the verb's own clause says: negation, subordinator, modal, adverb."""
        cues = self.cues
        negation, modals = cues.get("negation", {}), cues.get("modal", {})
        neg = next(
            (c for c in v.children if c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never")), None
        )
        modal = next((c for c in v.children if c.dep_ == "aux" and c.lower_ in modals), None)
        mark = next((c for c in v.children if c.dep_ == "mark" and c.lower_ in cues.get("mark", {})), None)
        if mark is not None and v.dep_ in {"advcl", "ccomp"}:
            return Reading(cues["mark"][mark.lower_], f"{mark.text} … {v.text}", mark.i)
        if neg is not None and (neg.lower_ in negation or neg.lower_ == "never"):
            group = verb_group(v)
            if modal is not None and modal.lower_ in {"could", "can", "ca"}:
                return Reading("failed", group, v.i)
            if modal is not None and modal.lower_ in {"would", "might", "may", "should", "must"}:
                return Reading("hypothetical", group, v.i)
            return Reading("denied", group, v.i)
        if modal is not None:
            status = modals[modal.lower_]
            if (
                modal.lower_ == "would"
                and v.dep_ == "ccomp"
                and self.reports_speech(v.head)
                and not is_supposed(v)
            ):
                status = "planned"  # 'said Washington would send more weapons': the future of a report
            return Reading(status, verb_group(v), v.i)
        adverbs = cues.get("adverb", {})
        for child in v.children:
            if child.dep_ == "advmod" and child.lower_ in adverbs:
                return Reading(adverbs[child.lower_], f"{child.text} {v.text}", child.i)
        yet = any(c.lower_ == "yet" for c in v.children) and any(c.dep_ == "xcomp" for c in v.children)
        if yet and v.lemma_.lower() in {"have", "be"}:
            return Reading("denied", f"{verb_group(v)} yet to", v.i)  # 'has yet to take place'
        subject = next((c for c in v.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None and subject.lower_ in negation:
            return Reading("denied", f"{subject.text} {v.text}", subject.i)
        none = (
            next((c for c in subject.children if c.dep_ == "det" and c.lower_ in negation), None)
            if subject
            else None
        )
        if none is not None:
            return Reading(
                "denied", f"{none.text} {subject.text} {v.text}", none.i
            )  # 'no shells hit the school'
        if is_imperative(v):
            return Reading("planned", v.text, v.i)  # 'Stop the shelling,' the mayor said: an order
        if is_polar_question(v, subject):
            return Reading("hypothetical", f"{verb_group(v)} ?", v.i)  # 'did the army shell the market?'
        return None


def forms(token: Token) -> tuple[str, ...]:
    """The lemma, then the word and its crude stems: the small model lemmatises 'hoped' as 'hop'.
    A noun keeps its lemma and word only: its lemma is reliable, and a stem would read 'planes' as
    'plan'."""
    lower = token.lower_
    forms = [token.lemma_.lower(), lower]
    if token.pos_ in ("NOUN", "PROPN"):
        return tuple(dict.fromkeys(forms))
    for suffix, repl in (
        ("ied", "y"),
        ("ies", "y"),
        ("ing", ""),
        ("ing", "e"),
        ("ed", ""),
        ("ed", "e"),
        ("es", ""),
        ("s", ""),
        ("d", ""),
    ):
        if lower.endswith(suffix) and len(lower) > len(suffix) + 2:
            forms.append(lower[: -len(suffix)] + repl)
    return tuple(dict.fromkeys(forms))


def lookup(table: dict[str, Status], token: Token) -> tuple[str, Status] | None:
    """The first of the token's forms that the table knows, with its status."""
    for form in forms(token):
        status = table.get(form)
        if status is not None:
            return form, status
    return None
