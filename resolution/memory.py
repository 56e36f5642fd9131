"""The alias index in memory: the resolver without a server, for `chronicle eval --clusters` and
tests. It applies each article's plan exactly as the graph writer does (same `plan`, same rules for
writing aliases and merging), so a score measured here is the graph's.
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
            self.entries[binding.key] = apply_binding(self.entries.get(binding.key), binding)
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
        self.apply(result)
        return result


def resolve_docs(docs: list[GraphDoc], index: MemoryIndex | None = None) -> list[GraphDoc]:
    """Resolve articles one after another, then give each its entities' final node keys."""
    index = index or MemoryIndex()
    outlets = {d.article.source for d in docs if d.article.source}
    folded = {fold(o, "Organization") for o in outlets}
    plans = [index.resolve(doc, folded) for doc in docs]
    out = []
    for doc, result in zip(docs, plans, strict=True):
        keys = {old: index.final(new) for old, new in result.keys.items()}
        out.append(
            rewrite(doc, keys, {old: type_of_key(new, result.types[old]) for old, new in keys.items()})
        )
    return out
