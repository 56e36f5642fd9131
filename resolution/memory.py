"""The alias index in memory: the resolver without a server, for `chronicle eval --clusters` and
tests. It applies each article's plan exactly as the graph writer does (same `plan`, same rules for
writing aliases and merging), so a score measured here is the graph's.

A surname used alone joins the one person known by it ('Tessaro' said ... joins Ivo Tessaro). When
a second person of that surname comes ('Marta Tessaro'), the surname's 's|' entry turns ambiguous
and the names that had joined the first person by it alone are split off again (`settle`): their
aliases forgotten and their articles planned afresh, as they would have been had both people come
first. So a lone surname ends apart from two people who bear it whatever order the articles arrive
in; the graph writer does the same to the articles it has stored (graph/identity.py).
"""

from collections.abc import Iterable

from chronicle.extraction.models import GraphDoc
from chronicle.resolution.decisions import Decision
from chronicle.resolution.names import fold
from chronicle.resolution.resolver import (
    AMBIGUOUS,
    Binding,
    Entry,
    Merge,
    Plan,
    lookup_keys,
    plan,
    shared_namespace,
)
from chronicle.resolution.rewrite import rewrite
from chronicle.resolution.subjects import Subject, is_vote_prefix, subjects, vote_prefix

_Placed = tuple[str, str]  # (article id, the entity's key in it)

__all__ = ["MemoryIndex", "apply_binding", "resolve_docs", "type_of_key"]

_KEY_TYPES = {"person": "Person", "organization": "Organization", "place": "Place"}


def type_of_key(key: str, fallback: str) -> str:
    """A node key starts with its type ('person:...'); the fallback for any other key."""
    return _KEY_TYPES.get(key.split(":", 1)[0], fallback)


def apply_binding(existing: Entry | None, binding: Binding) -> Entry:
    """The entry an alias holds after `binding` is written over `existing` (the graph's rule too)."""
    fresh = Entry(binding.target, binding.rank, binding.type)
    if existing is None:
        return fresh
    if existing.pinned:
        return existing
    if shared_namespace(binding.key):
        if existing.target != binding.target:
            return Entry(AMBIGUOUS, max(existing.rank, binding.rank), existing.type)
        return Entry(existing.target, max(existing.rank, binding.rank), binding.type)
    if binding.key.startswith("t|") and existing.type != binding.type and existing.rank >= binding.rank:
        return existing
    return fresh


class MemoryIndex:
    """Alias key -> Entry, plus the merges applied so far (node key -> the key it became)."""

    def __init__(self) -> None:
        self.entries: dict[str, Entry] = {}
        self.moved: dict[str, str] = {}
        self._votes: dict[str, set[str]] = {}  # 'v|<words>|' -> the vote keys under it
        # one-word names that may be surnames, by surname: (subject, the node key its plan gave it)
        self.lone: dict[str, list[tuple[Subject, str]]] = {}
        self.pending: list[tuple[str, str]] = []  # (surname, node) that turned ambiguous, not yet settled
        self.splits: list[tuple[str, str]] = []  # (surname, node) settled: what the graph writer must split
        self.placed: dict[_Placed, str] = {}  # an article's entity planned afresh -> its node key

    def read(self, keys: Iterable[str]) -> dict[str, Entry]:
        """The entries of these keys that exist, every vote under a 'v|<words>|' prefix among them,
        and the analyst's redirects of the nodes they name (as the graph's lookups read them)."""
        keys = list(keys)
        found = {k: self.entries[k] for k in keys if k in self.entries}
        for prefix in (k for k in keys if is_vote_prefix(k)):
            found |= {k: self.entries[k] for k in self._votes.get(prefix, ())}
        redirects = {f"k|{e.target}" for e in found.values() if e.target}
        return found | {k: self.entries[k] for k in redirects if k in self.entries}

    def remember(self, key: str, entry: Entry) -> None:
        """Hold an entry read from the graph (votes are also filed under their name's prefix)."""
        self.entries[key] = entry
        if key.startswith("v|"):
            self._votes.setdefault(vote_prefix(key), set()).add(key)

    def final(self, key: str) -> str:
        """The key a node has now, after every merge."""
        seen = set()
        while key in self.moved and key not in seen:
            seen.add(key)
            key = self.moved[key]
        return key

    def apply(self, result: Plan) -> None:
        """Write a plan: merges first (aliases of the merged node follow it), then the bindings."""
        for merge in result.merges:
            if merge.old == merge.into:
                continue
            self.moved[merge.old] = merge.into
            self.moved.pop(merge.into, None)  # a node merged away earlier may come back as the winner
            for alias, entry in list(self.entries.items()):
                if entry.target == merge.old:
                    rank = max(entry.rank, merge.rank)
                    self.entries[alias] = Entry(merge.into, rank, merge.type, entry.pinned)
        for binding in result.bindings:
            existing = self.entries.get(binding.key)
            self.entries[binding.key] = apply_binding(existing, binding)
            if (
                binding.key.startswith("s|")
                and existing is not None
                and existing.target
                and not existing.pinned
                and self.final(existing.target) != self.final(binding.target)
            ):  # a second person of this surname: what joined the first by it alone is split off
                self.pending.append((binding.key.removeprefix("s|"), self.final(existing.target)))
            if binding.key.startswith("v|"):
                self._votes.setdefault(vote_prefix(binding.key), set()).add(binding.key)

    def decide(self, decision: Decision) -> None:
        """Apply an analyst's decision as the graph does: pin its entries, merge a merged node now."""
        if decision.kind == "merge":
            rank = max((e.rank for e in decision.entries), default=0)
            self.apply(Plan(merges=[Merge(decision.other_key, decision.key, rank, decision.type)]))
        for pinned in decision.entries:
            self.entries[pinned.key] = Entry(pinned.target, pinned.rank, pinned.type, pinned=True)

    def resolve(self, doc: GraphDoc, outlets: set[str] | None = None) -> Plan:
        """Plan one article against the index and apply it; `outlets` are folded outlet names."""
        return self.resolve_subjects(subjects(doc, outlets or set()))

    def resolve_subjects(self, found: list[Subject]) -> Plan:
        """Plan one article's subjects (subjects.subjects) against the index and apply the plan."""
        result = plan(found, self.read(lookup_keys(found)))
        for subject in found:
            if surname := subject.lone_surname:
                self.lone.setdefault(surname, []).append((subject, result.keys[subject.old_key]))
        self.apply(result)
        return result

    def node_of(self, article: str, old_key: str, planned: str) -> str:
        """The node an article's entity is now: `planned` (its plan's key) unless it was planned
        afresh since, after every merge."""
        return self.final(self.placed.get((article, old_key), planned))

    def settle(self, stored: Iterable[Subject] = ()) -> list[Plan]:
        """Split off the names that joined a person by a surname that has turned ambiguous, and plan
        their articles afresh. `stored` are such names the index holds no subject of (the graph's
        stored articles, graph/identity.py), of any surname; each is taken if its surname is one
        that turned ambiguous. Returns the plans of the articles planned afresh."""
        stored = list(stored)
        replans: list[Plan] = []
        pending, self.pending = self.pending, []
        for surname, node in dict.fromkeys(pending):
            node = self.final(node)
            group = [
                s for s, key in self.lone.get(surname, []) if self.node_of(s.article, s.old_key, key) == node
            ]
            group += [s for s in stored if s.lone_surname == surname]
            if not group:
                continue
            self.splits.append((surname, node))
            for subject in group:
                self._forget(subject, node)
            for article in sorted({s.article for s in group}):
                found = [s for s in group if s.article == article]
                result = plan(found, self.read(lookup_keys(found)))
                self.apply(result)
                replans.append(result)
                for subject in found:
                    self.placed[(article, subject.old_key)] = result.keys[subject.old_key]
        return replans

    def _forget(self, subject: Subject, node: str) -> None:
        """Undo what joined `subject` to `node`: its own key's merge and the aliases it bound there."""
        own = subject.base_key
        if own != node and self.final(own) == node:
            self.moved.pop(own, None)
        for key in (*subject.binds, subject.type_lookup):
            entry = self.entries.get(key) if key else None
            if entry is not None and entry.target and not entry.pinned and self.final(entry.target) == node:
                del self.entries[key]


def resolve_docs(docs: list[GraphDoc], index: MemoryIndex | None = None) -> list[GraphDoc]:
    """Resolve articles one after another, then give each its entities' final node keys."""
    index = index or MemoryIndex()
    outlets = {d.article.source for d in docs if d.article.source}
    folded = {fold(o, "Organization") for o in outlets}
    plans = []
    for doc in docs:
        plans.append(index.resolve(doc, folded))
        index.settle()
    out = []
    for doc, result in zip(docs, plans, strict=True):
        keys = {old: index.node_of(doc.article.id, old, new) for old, new in result.keys.items()}
        out.append(
            rewrite(doc, keys, {old: type_of_key(new, result.types[old]) for old, new in keys.items()})
        )
    return out
