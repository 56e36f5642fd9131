"""Decide which node each extracted entity is, from the article's subjects and the alias index.

`plan(subjects, entries)` is pure: the caller reads the index entries for every key the subjects look
up (`lookup_keys`), and gets back the key of each entity, the aliases to write and the nodes to merge.
The same function serves the graph writer (entries read inside the write transaction) and the
in-memory resolver of `chronicle eval --clusters`, so what is scored is what the graph does.

Rules, in order: an analyst's redirect; a spelling the index knows (all clusters sharing one merge);
an acronym defined elsewhere; a near-spelling of a full name (same first name, surname one edit
away); a surname used alone, when one person has it; the same name under another type, settled by
rank (a gazetteer country outranks an organisation's guess; a name in full outranks a single word),
and between two types of equal rank by evidence: the mentions every article gave the name under each
type (its `v|` votes, this article's own counted afresh), ties to the fixed order Place, Person,
Organization. A gazetteer place never joins a name of another type through its words alone ('Obama'
the person is not the Japanese town). Merges always keep the cluster that ranks first
(`cluster_order`, or the type the evidence chose), so the order in which articles arrive never
changes which key survives.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field

from chronicle.resolution.subjects import Subject, is_town, is_town_key, vote_prefix

__all__ = ["AMBIGUOUS", "Binding", "Entry", "Merge", "Plan", "cluster_order", "lookup_keys", "plan"]

AMBIGUOUS = ""  # the target of a surname or near-spelling that two different nodes claim
_SHARED = ("s|", "d|", "p|", "g|")  # namespaces where two nodes may claim one key (it becomes ambiguous)
_TYPE_ORDER = ("Place", "Person", "Organization")  # ties of evidence go to the earlier type
_GAZETTEER_KEYS = ("place:geonames:", "place:iso:")


@dataclass(frozen=True)
class Entry:
    """One alias of the index: the node key it names, that node's rank and type."""

    target: str
    rank: int = 0
    type: str = ""
    pinned: bool = False  # an analyst's decision: merges never move it


@dataclass(frozen=True)
class Binding:
    """An alias to write: key -> target (with the target's rank and type)."""

    key: str
    target: str
    rank: int
    type: str


@dataclass(frozen=True)
class Merge:
    """Node `old` becomes node `into` (of that rank and type): its edges and aliases move."""

    old: str
    into: str
    rank: int
    type: str


@dataclass
class Plan:
    """What one article changes: the key of each of its entities, new aliases, merges."""

    keys: dict[str, str] = field(default_factory=dict)  # old entity key -> node key
    types: dict[str, str] = field(default_factory=dict)  # old entity key -> node type
    bindings: list[Binding] = field(default_factory=list)
    merges: list["Merge"] = field(default_factory=list)


def cluster_order(key: str, rank: int) -> tuple[int, int, str]:
    """Which of two linked nodes survives: higher rank, then the shorter key, then the smaller."""
    return -rank, len(key), key


def lookup_keys(subjects: Iterable[Subject]) -> list[str]:
    """Every alias key the subjects need read from the index."""
    return sorted({k for s in subjects for k in s.looks_up})


def _unique(entries: Iterable[Entry | None]) -> Entry | None:
    found = {e.target: e for e in entries if e is not None and e.target != AMBIGUOUS}
    return next(iter(found.values())) if len(found) == 1 else None


class _Clusters:
    """Union of node keys within one plan, each cluster with its best (key, rank, type)."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}
        self.info: dict[str, tuple[int, str]] = {}  # key -> (rank, type)

    def add(self, key: str, rank: int, kind: str) -> None:
        self.parent.setdefault(key, key)
        old = self.info.get(key)
        if old is None or rank > old[0]:
            self.info[key] = (rank, kind if old is None or rank > old[0] else old[1])

    def find(self, key: str) -> str:
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def union(self, a: str, b: str, prefer: str | None = None, by_evidence: bool = False) -> None:
        """Join the clusters of a and b; between two roots of equal rank (or any ranks, `by_evidence`)
        and different types, `prefer` (the type the evidence chose) decides which survives."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        win, lose = sorted((ra, rb), key=lambda k: cluster_order(k, self.info[k][0]))
        (rank_w, type_w), (rank_l, type_l) = self.info[win], self.info[lose]
        if prefer and (rank_w == rank_l or by_evidence) and type_w != type_l and type_l == prefer:
            win, lose = lose, win
        self.parent[lose] = win
        rank = max(self.info[win][0], self.info[lose][0])
        self.info[win] = (rank, self.info[win][1])


def _redirect(key: str, entries: dict[str, Entry]) -> str:
    seen = {key}
    while (entry := entries.get(f"k|{key}")) is not None and entry.target not in seen:
        key = entry.target
        seen.add(key)
    return key


def _pinned_name(subject: Subject, entries: dict[str, Entry]) -> Entry | None:
    """The analyst's pinned entry of the subject's own name, if any."""
    own = entries.get(f"f|{subject.type}|{subject.name_fold}")
    return own if own is not None and own.pinned and own.target else None


def _strong(subject: Subject, entries: dict[str, Entry]) -> list[Entry]:
    """The nodes the subject's spellings and defined acronym name. An analyst's pinned entry of the
    subject's own name decides alone; a pinned entry of another of its spellings links nothing (an
    analyst's alias or split speaks of that spelling used as a name, so it never pulls two nodes
    together through one article's coreference)."""
    if own := _pinned_name(subject, entries):
        return [own]
    found = [entries.get(k) for k in subject.binds if k.startswith(("f|", "a|"))]
    return [e for e in found if e is not None and e.target and not e.pinned]


def _evidence(subjects: list[Subject], entries: dict[str, Entry]) -> dict[str, str]:
    """The type each name's votes choose ('v|<words>|' prefix -> type): every other article's
    mentions under each type, plus this article's own; ties to the fixed order."""
    mine = {s.vote_key for s in subjects if s.vote_key}
    counts: dict[str, dict[str, int]] = {}
    for key, entry in entries.items():
        if key.startswith("v|") and key not in mine and entry.type:
            votes = counts.setdefault(vote_prefix(key), {})
            votes[entry.type] = votes.get(entry.type, 0) + entry.rank
    for subject in subjects:
        if subject.vote_key:
            votes = counts.setdefault(vote_prefix(subject.vote_key), {})
            votes[subject.type] = votes.get(subject.type, 0) + subject.votes
    return {
        prefix: max(votes, key=lambda t: (votes[t], -_TYPE_ORDER.index(t) if t in _TYPE_ORDER else -9))
        for prefix, votes in counts.items()
    }


def _same_rank_conflict(subject: Subject, other: Entry, target: str) -> bool:
    """A name typed otherwise elsewhere at the same rank, neither side a gazetteer place."""
    return (
        other.rank == subject.rank
        and subject.vote_key is not None
        and not subject.base_key.startswith(_GAZETTEER_KEYS)
        and not target.startswith(_GAZETTEER_KEYS)
    )


def _town_or_company(subject: Subject, other: Entry, target: str) -> bool:
    """A gazetteer town and an organisation of the same words ('Toyota'): settled by the evidence
    of every article's mentions, whatever their ranks, since a town's population says nothing of
    which one an article means."""
    if is_town(subject):
        return other.type == "Organization"
    return subject.type == "Organization" and other.type == "Place" and is_town_key(target, other.rank)


def plan(subjects: list[Subject], entries: dict[str, Entry]) -> Plan:
    """Node keys, aliases and merges for one article's subjects, given the index entries read."""
    clusters = _Clusters()
    own: dict[str, str] = {}
    chosen = _evidence(subjects, entries)
    for subject in subjects:
        prefer = chosen.get(vote_prefix(subject.vote_key)) if subject.vote_key else None
        key = _redirect(subject.base_key, entries)
        clusters.add(key, subject.rank, subject.type)
        own[subject.old_key] = key
        linked = _strong(subject, entries)
        if subject.acronym_lookup and (acronym := entries.get(subject.acronym_lookup)):
            linked.append(acronym)
        if not linked:
            near = _unique(entries.get(k) for k in subject.near_lookups)
            alone = [entries.get(k) for k in (subject.surname_lookup, subject.part_lookup) if k]
            linked = [e for e in (near or _unique(alone),) if e]
        for absorbed, holder_key in subject.absorbs:
            alone = entries.get(absorbed)
            if alone is None or alone.pinned or not alone.target or alone.rank > 2 or alone.target == key:
                continue
            holder = entries.get(holder_key) if holder_key else None
            mine = {key} | {e.target for e in linked}
            if holder is None or holder.target in mine:
                linked.append(alone)  # 'Syrskyi' or 'ISW' seen alone before the name in full
        for entry in linked:
            target = _redirect(entry.target, entries)
            clusters.add(target, entry.rank, entry.type)
            clusters.union(key, target, prefer, _town_or_company(subject, entry, target))
        if not linked and subject.type_lookup and (other := entries.get(subject.type_lookup)):
            target = _redirect(other.target, entries)
            by_evidence = bool(target) and _town_or_company(subject, other, target)
            if (
                other.type != subject.type
                and target
                and (other.rank != subject.rank or by_evidence or _same_rank_conflict(subject, other, target))
            ):
                clusters.add(target, other.rank, other.type)
                clusters.union(key, target, prefer, by_evidence)
    result = Plan()
    for subject in subjects:
        root = clusters.find(own[subject.old_key])
        rank, kind = clusters.info[root]
        result.keys[subject.old_key] = root
        result.types[subject.old_key] = kind
        decided = _pinned_name(subject, entries)
        for alias in subject.binds:
            if not (
                decided and alias.startswith("d|")
            ):  # a spelling the analyst placed lends no near-spellings
                result.bindings.append(Binding(alias, root, rank, kind))
        if subject.type_lookup and kind == subject.type:
            result.bindings.append(Binding(subject.type_lookup, root, rank, kind))
        if subject.vote_key:  # this article's vote: its own type and mentions, no node
            result.bindings.append(Binding(subject.vote_key, AMBIGUOUS, subject.votes, subject.type))
    for key in sorted(clusters.parent):
        root = clusters.find(key)
        if root != key:
            rank, kind = clusters.info[root]
            result.merges.append(Merge(key, root, rank, kind))
    result.bindings = sorted(set(result.bindings), key=lambda b: (b.key, b.target))
    return result


def shared_namespace(key: str) -> bool:
    """Aliases two nodes may both claim (surnames, near-spellings): a second claim makes them
    ambiguous instead of merging the nodes."""
    return key.startswith(_SHARED)
