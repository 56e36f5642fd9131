"""chronicle_effects: causal claims -> `doc._.effects` (list of Effect).

Five cue shapes from the cue list, read off the parse:
- a causal preposition ("thanks (in part) to X", "because of X", "due to X"): X is the cause, the
  clause it hangs on holds the target;
- a causal conjunction ("..., because Y"): the first event (else actor) of Y is the cause, the main
  clause holds the target;
- a causal verb ("X pulled back 63,000 troops", "X forced Russia to ...", "X led to Y"): subject is
  the cause, object (or the object of its preposition) the target;
- a link ("X, so Y", "X, after which Y", a sentence opening "As a result, Y"): Y is the effect of
  the clause before it (of the previous sentence, for an opening one);
- a forward participle ("..., causing a fire"): the clause before it is the cause.
The two sides become keys, and the Effect is dated and attributed, in effect_resolver.py.

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

from chronicle.extraction.models import Effect
from chronicle.extraction.rules.causal_model import CausalReading, read_sentences
from chronicle.extraction.rules.causal_spans import causal_sides
from chronicle.extraction.rules.cue_guards import CueGuards
from chronicle.extraction.rules.docindex import (
    DocIndex,
    TokenFilter,
    load_jsonl,
    strip_span,
    subtree_span,
)
from chronicle.extraction.rules.effect_grammar import (
    VERBS,
    clause_of,
    clause_span,
    clause_verb,
    eventive,
    has_clause,
    verb_after,
    verb_before,
    without,
)
from chronicle.extraction.rules.effect_resolver import EffectResolver
from chronicle.extraction.rules.lexicon import prepositions

__all__ = ["EffectExtractor"]

_PARTICIPLE_DEPS = {"advcl", "xcomp", "conj", "acl", "ccomp"}
_DEPRIVED = prepositions("deprived")
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
        # words after which the link is none: 'so that', 'so far', 'so-called'
        self.not_before: dict[tuple[str, ...], frozenset[str]] = {}
        for row in rows:
            if row["kind"] == "link":
                words = tuple(row["words"].split())
                self.links.setdefault(words[0], []).append(words)
                if row.get("opens"):
                    self.opening.add(words)
                if row.get("not_before"):
                    self.not_before[words] = frozenset(row["not_before"])
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
        self, r: EffectResolver | None, found: list[Effect], sents: list[Span], readings: list[CausalReading]
    ) -> list[Effect]:
        """The rules' effects and the model's, in text order."""
        if r is None or not self.use_model:
            return found
        return sorted(found + self._model(r, sents, readings), key=lambda e: e.evidence.start)

    def _rules(self, doc: Doc) -> tuple[EffectResolver | None, list[Effect], list[Span]]:
        """The cue rules' effects, and the sentences left for the causal model (none without it)."""
        cues = [(i, "PREP") for i in self.prep_cues(doc)]
        cues += [(i, "MARK") for i in self.mark_cues(doc) if doc[i].dep_ == "mark" or clause_of(doc[i])]
        cues += [(i, "VERB") for i in self.verb_cues(doc)]
        cues += [(i, "LINK") for i in self.link_cues(doc)]
        cues += [(t.i, "PART") for t in doc if t.tag_ == "VBG" and t.lemma_.lower() in self.sure]
        if not cues and not self.use_model:
            return None, [], []
        resolver = EffectResolver(DocIndex.build(doc), doc._.events or [], doc._.claims or [])
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

    def _candidates(self, r: EffectResolver, found: list[Effect]) -> list[Span]:
        """The sentences no cue rule found an effect in (long enough to state one)."""
        taken = {n for e in found for n in r.index.sents_overlapping(e.evidence.start, e.evidence.end)}
        return [s for n, s in enumerate(r.index.sents) if n not in taken and len(s) >= _MIN_TOKENS]

    def _model(self, r: EffectResolver, sents: list[Span], readings: list[CausalReading]) -> list[Effect]:
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

    def _prep(self, r: EffectResolver, head: Token, found: list[Effect]) -> Effect | None:
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

    def _mark(self, r: EffectResolver, mark: Token, found: list[Effect]) -> Effect | None:
        clause = clause_of(mark)  # 'after shelling damaged ...' read as a preposition over a clause
        reason, main = (clause, mark.head) if clause is not None else (mark.head, mark.head.head)
        if (clause is None and reason.dep_ != "advcl") or main.i == reason.i:
            return None
        if clause is not None and main.pos_ not in VERBS:
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

    def _link(self, r: EffectResolver, first: Token) -> Effect | None:
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
                or (words in self.not_before and doc[end].lower_ in self.not_before[words])
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

    def _verb(self, r: EffectResolver, verb: Token, found: list[Effect]) -> Effect | None:
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
