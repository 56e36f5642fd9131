"""Readings of the causal model whose cue word is used in a sense that states no cause.

The model tags a cue word between a cause and an effect; some of its cue words have other senses
that it cannot tell apart: 'as' in the role of ('described the raid as a failure', 'defended the
operation as a success', 'as many as'), attributions ('according to'), and the contrast and time
words that state no cause at all ('although', 'until'). Each guard is a row of
model_cue_guards.jsonl: the cue, and where the cue word is one of these senses (its dependency, the
lemma of the word it hangs on, the word after it, or its object's lemma). A row with only a cue
drops every reading with that cue.
"""

from dataclasses import dataclass

from spacy.tokens import Span, Token

from chronicle.extraction.rules.docindex import load_jsonl

__all__ = ["CueGuards"]


@dataclass(frozen=True)
class _Guard:
    deps: frozenset[str]
    heads: frozenset[str]
    after: frozenset[str]
    objects: frozenset[str]

    def matches(self, token: Token) -> bool:
        nxt = token.nbor(1).lower_ if token.i + 1 < len(token.doc) else ""
        obj = next((c for c in token.children if c.dep_ in {"pobj", "pcomp"}), None)
        head = token.head
        heads = {head.lemma_.lower()}
        if head.dep_ in {"dobj", "nsubjpass"}:
            heads.add(head.head.lemma_.lower())  # 'dismissed the reports as ...' hangs 'as' on 'reports'
        tests = [
            (self.deps, {token.dep_}),
            (self.heads, heads),
            (self.after, {nxt}),
            (self.objects, {obj.lemma_.lower()} if obj is not None else set()),
        ]
        return all(values & wanted for wanted, values in tests if wanted)


class CueGuards:
    """The guards of one data file, by cue."""

    def __init__(self, guards_file: str = "model_cue_guards.jsonl", data_dir: str | None = None) -> None:
        """Args: guards_file: rows {cue, deps?, heads?, after?, objects?, why}; data_dir: its folder."""
        self.guards: dict[str, list[_Guard]] = {}
        for row in load_jsonl(guards_file, data_dir):
            guard = _Guard(*(frozenset(row.get(k, ())) for k in ("deps", "heads", "after", "objects")))
            self.guards.setdefault(row["cue"], []).append(guard)

    def rejects(self, sent: Span, cause: Span, effect: Span, cue: str) -> bool:
        """True when the reading's cue word is used in a sense that states no cause."""
        guards = self.guards.get(cue.lower())
        if not guards:
            return False
        token = _cue_token(sent, cause, effect, cue)
        if token is None:
            return False
        return any(g.matches(token) for g in guards)


def _cue_token(sent: Span, cause: Span, effect: Span, cue: str) -> Token | None:
    """The cue's first word where the model read it: between the two sides, else nearest them."""
    first = cue.lower().split()[0]
    low, high = sorted((cause, effect), key=lambda s: s.start)
    found = [t for t in sent if t.lower_ == first]
    if not found:
        return None

    def distance(token: Token) -> int:
        if low.end <= token.i < high.start:
            return 0
        return min(abs(token.i - low.end), abs(token.i - high.start), abs(token.i - low.start))

    return min(found, key=distance)
