"""The keys an effect's cause and target stand for, and the Effect record the effect rules build.

A noun phrase becomes a key through the event mentioned in it, else the entity named in it, else the
place 'the area' means, else the country of its demonym ('Russian troops' -> Russia). A target event
that happened somewhere is replaced by its place, so "the capture of Pokrovsk has not taken place,
thanks to the Kursk operation" is an effect of the operation on Pokrovsk. 'This' as a cause or target
refers back to the previous sentence's effect. Inside a claim the effect is that claim's speaker's.
An effect is dated only by a time expression governing its own clause (a date in its subject's
relative clause or in the cause phrase dates something else); otherwise it holds as of its statement.
"""

from spacy.tokens import Span, Token

from chronicle.extraction.models import Claim, Effect, Event, When
from chronicle.extraction.rules.causal_spans import keys_in
from chronicle.extraction.rules.docindex import (
    DocIndex,
    evidence_for,
    mention_of,
    publication_when,
    strip_span,
)
from chronicle.extraction.rules.effect_grammar import (
    clause_span,
    clause_subject,
    governing,
    holds,
    key_first,
    phrase,
)
from chronicle.extraction.rules.intervals import SentenceBuckets
from chronicle.extraction.rules.lexicon import prepositions

__all__ = ["EffectResolver"]

_LOC_PREPS = prepositions("located") | prepositions("affected")
_DEMONSTRATIVES = {"this", "that", "it"}
_RELATIVE = {"that", "which", "who"}


class EffectResolver:
    """Noun phrases and clauses -> keys, and the Effect records the rules build from them, with the
    article's events and claims at hand."""

    def __init__(self, index: DocIndex, events: list[Event], claims: list[Claim]) -> None:
        """Args: index: the article's Doc index; events: its events (their mentions stand for them);
        claims: its claims (an effect inside one is its speaker's)."""
        self.index = index
        self.events = {e.key: e for e in events}
        self.event_at: dict[int, Event] = {}
        for event in events:
            for mention in event.mentions:
                span = index.doc.char_span(mention.start, mention.end, alignment_mode="expand")
                for token in span or []:
                    self.event_at[token.i] = event
        self.claims = SentenceBuckets(
            index.sent_start_chars, claims, lambda c: (c.evidence.start, c.evidence.end)
        )
        self._attack_targets: dict[str | None, str | None] = {}
        self.event_keys = {i: event.key for i, event in self.event_at.items()}
        self.demonyms: dict[int, str] = {}
        for span in index.doc.spans.get("demonyms", []):
            if span._.entity_key:
                for i in range(span.start, span.end):
                    self.demonyms[i] = span._.entity_key

    # noun phrases ----------------------------------------------------------------------------
    def np_key(self, head: Token, found: list[Effect]) -> str | None:
        """Event, entity, place anaphor or demonym country a noun phrase stands for."""
        tokens = phrase(head)
        for token in tokens:
            if token.i in self.event_at:
                return self.event_at[token.i].key
        for token in tokens:
            ref = self.index.entity_of(token)
            if ref is not None:
                return ref.key
        place = self.index.place_anaphor(head)
        if place is not None:
            return place.key
        if head.lower_ in _DEMONSTRATIVES and found:
            return found[-1].cause_key
        for token in tokens:
            if token.i in self.demonyms and self._known(self.demonyms[token.i]):
                return self.demonyms[token.i]
        return None

    def _known(self, key: str) -> bool:
        """A demonym's country is used only when the article names it (the graph has its node)."""
        return key in self.index.records

    def subject_key(self, subject: Token, found: list[Effect]) -> str | None:
        """A subject; 'that' in a relative clause is its antecedent, and a generic antecedent
        ('a mission that took out ...') is the event the sentence is about."""
        if subject.lower_ in _RELATIVE and subject.head.dep_ == "relcl":
            antecedent = subject.head.head
            key = self.np_key(antecedent, found)
            if key is None and antecedent.dep_ == "appos":
                root = antecedent.sent.root
                main = next((c for c in root.children if c.dep_ == "nsubj"), None)
                if main is not None and main.pos_ != "PRON":
                    key = self.np_key(main, found)
            return key if key in self.events else None
        return self.np_key(subject, found)

    def first_key(self, clause: Token) -> str | None:
        """The first event in a clause, else its subject's entity or demonym country."""
        tokens = list(clause.subtree)
        for token in tokens:
            if token.i in self.event_at:
                return self.event_at[token.i].key
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        return self.np_key(subject, []) if subject is not None and subject.pos_ != "PRON" else None

    def attack_target(self, cause: str | None) -> str | None:
        """'attacks on Russian bombers ... took out a dozen aircraft': what the attack was on."""
        if cause not in self._attack_targets:  # an event of many mentions is walked once
            self._attack_targets[cause] = self._attack_target(cause)
        return self._attack_targets[cause]

    def _attack_target(self, cause: str | None) -> str | None:
        event = self.events.get(cause or "")
        if event is None:
            return None
        targets = [p.key for p in event.participants if p.role == "target"]
        if targets:
            return targets[0]
        for mention in event.mentions:
            span = self.index.doc.char_span(mention.start, mention.end, alignment_mode="expand")
            trigger = span.root if span is not None else None
            prep = (
                next((c for c in trigger.rights if c.lower_ in {"on", "against"}), None) if trigger else None
            )
            if prep is not None:
                for token in prep.subtree:
                    if token.i in self.demonyms and self._known(self.demonyms[token.i]):
                        return self.demonyms[token.i]
        return None

    # clauses ---------------------------------------------------------------------------------
    def clause_target(self, verb: Token, skip: Token, found: list[Effect]) -> str | None:
        """What a clause says was affected: its subject event, a place it locates, its object,
        its subject actor; 'this was because ...' continues the previous sentence's effect."""
        subject = clause_subject(verb)
        if subject is not None and subject.lower_ in _DEMONSTRATIVES:
            # the latest effect ending before the cue: only those of this sentence are passed over
            previous = next((e for e in reversed(found) if e.evidence.end <= skip.idx), None)
            return self._placed(previous.cause_key) if previous else None
        if subject is not None and self._event_key(subject):
            return self._placed(self._event_key(subject))
        excluded = set(t.i for t in skip.subtree)
        for token in verb.subtree:
            if token.i in excluded or token.dep_ != "prep" or token.lower_ not in _LOC_PREPS:
                continue
            for inner in token.subtree:
                ref = self.index.entity_of(inner)
                if ref is not None and ref.type == "Place":
                    return ref.key
                place = self.index.place_anaphor(inner)
                if place is not None:
                    return place.key
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is not None:
            key = self.np_key(obj, found)
            if key is not None:
                return self._placed(key)
        return self.np_key(subject, found) if subject is not None and subject.pos_ != "PRON" else None

    def _event_key(self, head: Token) -> str | None:
        for token in phrase(head):
            if token.i in self.event_at:
                return self.event_at[token.i].key
        return None

    def _placed(self, key: str | None) -> str | None:
        """An event that happened at a place is represented by the place."""
        event = self.events.get(key or "")
        return event.place_keys[0] if event is not None and event.place_keys else key

    # ------------------------------------------------------------------------------------------
    def effect(
        self,
        cause: str | None,
        target: str | None,
        cue: str,
        clause: Token,
        anchor: Token,
        skip: Token | None = None,
        sides: tuple[Span, Span] | None = None,
        clausal: bool = False,
    ) -> Effect | None:
        """The Effect stated by `clause`; `skip` is the cue phrase holding the cause ('thanks to X'),
        whose dates are the cause's, not the effect's; `sides` the cause and effect spans. Without a
        key for both sides there is an effect only when the cue is `clausal` (a causal word between
        any two clauses: 'because', 'due to'), and then only with both spans."""
        target = self._placed(target)
        cause_side, effect_side = (strip_span(s) for s in sides) if sides else (None, None)
        if cause is None or target is None:
            short = not cause_side or not effect_side or min(len(cause_side), len(effect_side)) < 2
            if not clausal or short:
                return None
        span = strip_span(clause_span(clause))
        if cause_side is not None and effect_side is not None:  # 'helped Ukraine hold X': both sides shown
            span = span.doc[min(span.start, cause_side.start) : max(span.end, effect_side.end)]
        dated = self.index.timexes_in(governing(clause, skip))
        effect = self._attributed(anchor.idx, dated, span, cue=cue, cause_key=cause, target_key=target)
        if cause_side is not None and effect_side is not None:
            effect.cause_span, effect.effect_span = mention_of(cause_side), mention_of(effect_side)
            effect.cause_keys = key_first(cause, self.keys_in(cause_side))
            effect.target_keys = key_first(target, self.keys_in(effect_side))
        return effect

    def model_effect(self, sent: Span, cause: Span, result: Span, cue: str, score: float) -> Effect:
        """The effect the causal model reads in `sent`: its two spans and what each names; the
        cause key is the first thing named in the cause, the target the first in the effect (an
        event that happened somewhere stands for its place)."""
        cause_keys, target_keys = self.keys_in(cause), self.keys_in(result)
        target_key = self._placed(target_keys[0]) if target_keys else None
        return self._attributed(
            result.root.idx,
            self.index.timexes_in(range(result.start, result.end)),
            strip_span(sent),
            cue=cue,
            cause_key=cause_keys[0] if cause_keys else None,
            target_key=target_key if target_key != (cause_keys or [None])[0] else None,
            cause_keys=cause_keys,
            target_keys=target_keys,
            cause_span=mention_of(cause),
            effect_span=mention_of(result),
            source="model",
            confidence=round(score, 3),
        )

    def keys_in(self, span: Span) -> list[str]:
        """Events and entities named inside a span (demonyms: their country, when named)."""
        return keys_in(span, self.index, self.event_keys, self._demonym_at)

    def _demonym_at(self, token: Token) -> str | None:
        key = self.demonyms.get(token.i)
        return key if key is not None and self._known(key) else None

    def _attributed(self, anchor: int, dated: list, span: Span, **fields: object) -> Effect:
        """An Effect stated in `span`, with the claim holding `anchor` (its speaker claims it) and its
        date from `dated` (time expressions), else as of its statement."""
        index = self.index
        claim = next(
            (
                c
                for c in self.claims.at(anchor)
                if c.evidence.start <= anchor < c.evidence.end and holds(c, anchor)
            ),
            None,
        )
        when: When | None = dated[0][1].to_when() if dated else None
        # undated effects are as of the statement: the claim's, else the article's own
        stated = claim.stated if claim else publication_when(index.published_at)
        return Effect(
            description=span.text,
            claim_id=claim.id if claim else None,
            claimed_by_key=claim.speaker_key if claim else None,
            stated=stated,
            when=when,
            evidence=evidence_for(index, span.start_char, span.end_char),
            **fields,
        )
