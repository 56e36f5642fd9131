"""chronicle_effects: causal claims -> `doc._.effects` (list of Effect).

Three cue shapes from the cue list, read off the parse:
- a causal preposition ("thanks (in part) to X", "because of X", "due to X"): X is the cause, the
  clause it hangs on holds the target;
- a causal conjunction ("..., because Y"): the first event (else actor) of Y is the cause, the main
  clause holds the target;
- a causal verb ("X pulled back 63,000 troops", "X forced Russia to ...", "X led to Y"): subject is
  the cause, object (or the object of its preposition) the target.
A noun phrase becomes a key through the event mentioned in it, else the entity named in it, else the
place 'the area' means, else the country of its demonym ('Russian troops' -> Russia). A target event
that happened somewhere is replaced by its place, so "the capture of Pokrovsk has not taken place,
thanks to the Kursk operation" is an effect of the operation on Pokrovsk. 'This' as a cause or target
refers back to the previous sentence's effect. Inside a claim the effect is that claim's speaker's.
An effect is dated only by a time expression governing its own clause (a date in its subject's
relative clause or in the cause phrase dates something else); otherwise it holds as of its statement.

Every effect keeps its cause and effect spans with their offsets and the events and entities named
inside each. Sentences where no cue rule fires go to the trained causal model (causal_model.py,
learned from the Causal News Corpus): when it calls a sentence causal (score >= `threshold`), its
tagged cause and effect spans (causal_spans.py) become an effect too, whether or not a named thing
stands for either side. The rules stay first: they are precise, and they name the two sides.
"""

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import minibatch

from chronicle.extraction.models import Claim, Effect, Event, When
from chronicle.extraction.rules.causal_model import CausalReading, read_sentences
from chronicle.extraction.rules.causal_spans import causal_sides, keys_in
from chronicle.extraction.rules.cue_guards import CueGuards
from chronicle.extraction.rules.docindex import (
    DocIndex,
    TokenFilter,
    evidence_for,
    load_jsonl,
    mention_of,
    publication_when,
    strip_span,
    subtree_span,
)
from chronicle.extraction.rules.effect_grammar import (
    clause_of,
    clause_span,
    clause_subject,
    clause_verb,
    eventive,
    governing,
    has_clause,
    holds,
    key_first,
    phrase,
    verb_after,
    verb_before,
    without,
)
from chronicle.extraction.rules.intervals import SentenceBuckets
from chronicle.extraction.rules.lexicon import prepositions

__all__ = ["EffectExtractor"]

_LOC_PREPS = prepositions("located") | prepositions("affected")
_DEMONSTRATIVES = {"this", "that", "it"}
_RELATIVE = {"that", "which", "who"}
_PARTICIPLE_DEPS = {"advcl", "xcomp", "conj", "acl", "ccomp"}
_VERBS = {"VERB", "AUX"}
_DEPRIVED = {"without"}
_NOT_SO = {"that", "far", "much", "many", "long", "as", "-", "called"}
_MIN_TOKENS = 4  # shorter 'sentences' (datelines, bylines) state no cause and effect


class EffectExtractor:
    """Causal cues -> Effect records between events, places and organisations."""

    def __init__(
        self,
        nlp: Language,
        name: str = "chronicle_effects",
        *,
        cues_file: str = "causal_cues.jsonl",
        guards_file: str = "model_cue_guards.jsonl",
        data_dir: str | None = None,
        use_model: bool = True,
        threshold: float = 0.55,
    ) -> None:
        """Args: nlp: the pipeline; name: component name; cues_file: causal prepositions,
        conjunctions and verbs (with particle or preposition) under `data_dir`; use_model: also read
        the sentences no rule fires on with the trained causal model; threshold: its causal score
        from which a sentence states an effect; guards_file: cue words in senses that state no
        cause ('described X as Y'), whose model readings are dropped."""
        self.name = name
        self.use_model = use_model
        self.threshold = threshold
        rows = load_jsonl(cues_file, data_dir)
        self.guards = CueGuards(guards_file, data_dir)
        self.preps = {r["head"]: r for r in rows if r["kind"] == "prep"}
        self.marks = {r["mark"] for r in rows if r["kind"] == "mark"}
        # 'after': causal only between two events, never 'two weeks after ...' nor 'This was after ...'
        self.temporal = {r["mark"] for r in rows if r["kind"] == "mark" and r.get("temporal")}
        # the time units of a distance before it: 'a day after', 'weeks after'
        self.units = {u for r in rows if r["kind"] == "mark" for u in r.get("units", [])}
        # 'if', 'after': a clause with its own subject ('if accurate' states no cause)
        self.finite = {r["mark"] for r in rows if r["kind"] == "mark" and r.get("finite")}
        # '..., injuring dozens': the clause before the participle is the cause, the participle's the effect
        self.forward = {r["lemma"] for r in rows if r["kind"] == "participle" and r["direction"] == "forward"}
        # participles that state an effect whatever the model says ('..., causing a fire')
        self.sure = {r["lemma"] for r in rows if r["kind"] == "participle" and r.get("rule")}
        # '..., so Y', '..., after which Y', a sentence opening 'As a result, Y': Y is the effect of
        # the clause before the words (of the previous sentence, for an opening one)
        self.links: dict[str, list[tuple[str, ...]]] = {}
        self.opening: set[tuple[str, ...]] = set()
        for row in rows:
            if row["kind"] == "link":
                words = tuple(row["words"].split())
                self.links.setdefault(words[0], []).append(words)
                if row.get("opens"):
                    self.opening.add(words)
        self.verbs: dict[str, list[dict]] = {}
        for row in rows:
            if row["kind"] == "verb":
                self.verbs.setdefault(row["lemma"], []).append(row)
        self.prep_cues = TokenFilter(nlp.vocab, "LOWER", self.preps)
        self.mark_cues = TokenFilter(nlp.vocab, "LOWER", self.marks)
        self.verb_cues = TokenFilter(nlp.vocab, "LEMMA", self.verbs, pos="VERB")
        self.link_cues = TokenFilter(nlp.vocab, "LOWER", self.links)

    def __call__(self, doc: Doc) -> Doc:
        """Set `doc._.effects`."""
        doc._.effects = self.extract(doc)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 16) -> Iterator[Doc]:
        """`nlp.pipe`: like `__call__` on each Doc, but the causal model reads the candidate sentences
        of a whole batch of articles in one call (a batch of ~200 sentences, not one of ~13 per
        article: the same readings, less overhead per call)."""
        for batch in minibatch(docs, size=batch_size):
            staged = [self._rules(doc) for doc in batch]
            sents = [sent for _, _, candidates in staged for sent in candidates]
            readings = iter(read_sentences([s.text for s in sents]) if sents else [])
            for doc, (resolver, found, candidates) in zip(batch, staged, strict=True):
                read = [next(readings) for _ in candidates]
                doc._.effects = self._merged(resolver, found, candidates, read)
                yield doc

    def extract(self, doc: Doc) -> list[Effect]:
        """Effects of a Doc in text order."""
        resolver, found, candidates = self._rules(doc)
        read = read_sentences([s.text for s in candidates]) if candidates else []
        return self._merged(resolver, found, candidates, read)

    def _merged(
        self, r: "_Resolver | None", found: list[Effect], sents: list[Span], readings: list[CausalReading]
    ) -> list[Effect]:
        """The rules' effects and the model's, in text order."""
        if r is None or not self.use_model:
            return found
        return sorted(found + self._model(r, sents, readings), key=lambda e: e.evidence.start)

    def _rules(self, doc: Doc) -> tuple["_Resolver | None", list[Effect], list[Span]]:
        """The cue rules' effects, and the sentences left for the causal model (none without it)."""
        cues = [(i, "PREP") for i in self.prep_cues(doc)]
        cues += [(i, "MARK") for i in self.mark_cues(doc) if doc[i].dep_ == "mark" or clause_of(doc[i])]
        cues += [(i, "VERB") for i in self.verb_cues(doc)]
        cues += [(i, "LINK") for i in self.link_cues(doc)]
        cues += [(t.i, "PART") for t in doc if t.tag_ == "VBG" and t.lemma_.lower() in self.sure]
        if not cues and not self.use_model:
            return None, [], []
        resolver = _Resolver(DocIndex.build(doc), doc._.events or [], doc._.claims or [])
        found: list[Effect] = []
        for start, kind in sorted(cues):
            token = doc[start]
            if kind == "PREP":
                effect = self._prep(resolver, token, found)
            elif kind == "MARK":
                effect = self._mark(resolver, token, found)
            elif kind == "LINK":
                effect = self._link(resolver, token)
            elif kind == "PART":
                sides = self._participle(token.sent, only=token.i)
                effect = None
                if sides is not None:
                    cause, result, cue = sides
                    effect = resolver.effect(
                        None, None, cue, token, token, sides=(cause, result), clausal=True
                    )
            else:
                effect = self._verb(resolver, token, found)
            if effect is not None and (effect.cause_key is None or effect.cause_key != effect.target_key):
                found.append(effect)
        return resolver, found, self._candidates(resolver, found) if self.use_model else []

    def _candidates(self, r: "_Resolver", found: list[Effect]) -> list[Span]:
        """The sentences no cue rule found an effect in (long enough to state one)."""
        taken = {n for e in found for n in r.index.sents_overlapping(e.evidence.start, e.evidence.end)}
        return [s for n, s in enumerate(r.index.sents) if n not in taken and len(s) >= _MIN_TOKENS]

    def _model(self, r: "_Resolver", sents: list[Span], readings: list[CausalReading]) -> list[Effect]:
        """Effects the causal model reads in `sents` (its `readings` of them)."""
        effects = []
        for sent, reading in zip(sents, readings, strict=True):
            if reading.score < self.threshold:
                continue
            sides = self._participle(sent) or causal_sides(sent, reading)
            if sides is not None and not self.guards.rejects(sent, *sides):
                effects.append(r.model_effect(sent, *sides, score=reading.score))
        return effects

    def _participle(self, sent: Span, only: int | None = None) -> tuple[Span, Span, str] | None:
        """Sides read off a forward participle ('Police fired tear gas, injuring dozens'), which the
        model's tagger tends to read backwards."""
        for token in sent[3:]:
            if token.tag_ != "VBG" or token.lemma_.lower() not in self.forward:
                continue
            if only is not None and token.i != only:
                continue
            if token.dep_ not in _PARTICIPLE_DEPS or token.head.i > token.i:
                continue
            cause = strip_span(sent.doc[sent.start : token.i])
            result = strip_span(sent.doc[token.i : token.right_edge.i + 1])
            if len(cause) >= 2 and len(result) >= 2:
                return cause, result, token.text
        return None

    def _prep(self, r: "_Resolver", head: Token, found: list[Effect]) -> Effect | None:
        row = self.preps[head.lower_]
        prep = next(
            (t for t in head.subtree if t.dep_ in {"prep", "pcomp"} and t.lower_ == row["prep"]), None
        )
        # 'thanks to X' hangs X on 'to'; 'because of X', 'due to X' often hang it on the head
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
        if prep is not None and obj is None:
            obj = next((c for c in head.children if c.dep_ == "pobj" and c.i > prep.i), None)
        clause = clause_verb(head)
        if obj is None or clause is None:
            return None
        cause = r.np_key(obj, found)
        target = r.clause_target(clause, skip=head, found=found)
        cue = r.index.doc[head.i : prep.i + 1].text
        sides = (subtree_span(obj), without(clause_span(clause), head))
        return r.effect(cause, target, cue, clause, head, skip=head, sides=sides, clausal=True)

    def _mark(self, r: "_Resolver", mark: Token, found: list[Effect]) -> Effect | None:
        clause = clause_of(mark)  # 'after shelling damaged ...' read as a preposition over a clause
        reason, main = (clause, mark.head) if clause is not None else (mark.head, mark.head.head)
        if (clause is None and reason.dep_ != "advcl") or main.i == reason.i:
            return None
        if clause is not None and main.pos_ not in _VERBS:
            return None
        if mark.lower_ in self.temporal and not eventive(main, mark, self.units):
            return None
        if clause is None and mark.lower_ in self.finite and not has_clause(reason):
            return None
        cause = r.first_key(reason)
        target = r.clause_target(main, skip=reason, found=found)
        reason_span = subtree_span(reason)
        if clause is not None:  # the preposition heads the clause: neither side holds it
            sides = (reason_span, without(clause_span(main), mark))
        else:
            sides = (without(reason_span, mark), without(clause_span(main), reason))
        return r.effect(cause, target, mark.text, main, mark, sides=sides, clausal=True)

    def _link(self, r: "_Resolver", first: Token) -> Effect | None:
        """'X, so Y' / 'X, after which Y' / 'X. As a result, Y': Y is the effect, X the cause."""
        doc, sent = first.doc, first.sent
        words = next(
            (
                w
                for w in self.links[first.lower_]
                if tuple(t.lower_ for t in doc[first.i : first.i + len(w)]) == w
            ),
            None,
        )
        if words is None:
            return None
        end = first.i + len(words)
        start = next((t.i for t in sent if not t.is_punct and not t.is_space), sent.start)
        verb = verb_after(doc, end, sent.end)
        if verb is None:
            return None
        if words in self.opening:
            # the sentence opens with the words ('As a result, ...'): the previous sentence is the cause
            n = r.index.sent_of(first.i)
            if first.i != start or n == 0 or len(r.index.sents[n - 1]) < _MIN_TOKENS:
                return None
            cause = strip_span(r.index.sents[n - 1])
        else:
            # inside a sentence, after a comma: the clause before it is the cause
            if (
                first.i == start
                or doc[first.i - 1].text != ","
                or (first.lower_ == "so" and doc[end].lower_ in _NOT_SO)
            ):
                return None
            before = verb_before(doc, first.i - 1, sent.start)
            if before is None:
                return None
            while before.head.i < first.i and before.head.i != before.i and before.head.i >= sent.start:
                before = before.head  # 'stopped running': the clause, not its last verb
            cause = strip_span(doc[max(before.left_edge.i, sent.start) : first.i - 1])
        result = strip_span(doc[end : max(verb.right_edge.i + 1, end)])
        cue = doc[first.i : end].text
        return r.effect(None, None, cue, verb, first, sides=(cause, result), clausal=True)

    def _verb(self, r: "_Resolver", verb: Token, found: list[Effect]) -> Effect | None:
        children = list(verb.children)
        for row in self.verbs[verb.lemma_.lower()]:
            if "particle" in row and not any(
                c.lower_ == row["particle"] and c.dep_ in {"prt", "advmod"} for c in children
            ):
                continue
            if "prep" in row:
                prep = next((c for c in children if c.dep_ == "prep" and c.lower_ == row["prep"]), None)
                obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
            else:
                obj = next((c for c in children if c.dep_ in {"dobj", "nsubjpass"}), None)
                clause = next((c for c in children if c.dep_ in {"ccomp", "xcomp"}), None)
                if obj is None and clause is not None:  # 'allowed Ukraine to regroup'
                    obj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            subject = next((c for c in children if c.dep_ == "nsubj"), None)
            if subject is None:  # passive: 'flights were grounded by the strike'
                agent = next((c for c in children if c.dep_ == "agent"), None)
                subject = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
            if obj is None or subject is None:
                continue
            # 'left a million households without power', 'would leave cities more exposed': the verb
            # states an effect only with the state it leaves its object in, and a subject that is no
            # pronoun ('he left the city without his passport')
            results = [
                c for c in children if c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ in _DEPRIVED)
            ]
            if row.get("result") and (not results or subject.pos_ == "PRON"):
                continue
            cause = r.subject_key(subject, found)
            target = r.np_key(obj, found)
            if target is None:
                target = r.attack_target(cause)
            extra = {row.get("particle"), row.get("prep")}
            parts = [verb.text] + [c.text for c in children if c.lower_ in extra]
            affected = [c for c in children if c.dep_ in {"ccomp", "xcomp"} and c.i > obj.i] + [obj]
            affected += results if row.get("result") else []
            end = max(t.right_edge.i for t in affected) + 1
            sides = (subtree_span(subject), r.index.doc[min(obj.left_edge.i, verb.i + 1) : end])
            effect = r.effect(
                cause, target, " ".join(parts), verb, verb, sides=sides, clausal=row.get("clausal", False)
            )
            if effect is not None:
                return effect
        return None


class _Resolver:
    """Noun phrases and clauses -> keys, with the article's events and claims at hand."""

    def __init__(self, index: DocIndex, events: list[Event], claims: list[Claim]) -> None:
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
