"""An analyst's identity decisions as pinned alias entries: what the resolver must do from now on.

A decision is about nodes the analyst named; it is recorded as the alias index entries that make the
resolver do it, pinned so that no later article overwrites them:

- `merge A B`: node B is node A: `k|<B's key>` -> A's key (every later name that would make B makes A);
- `alias add NAME ALIAS`: the spelling ALIAS names NAME's node: `f|<type>|<fold>` (and `a|` for an
  acronym, `g|` for a place) -> the node's key;
- `split NAME ALIAS`: the spelling ALIAS is not NAME's node: its `f|` (and `a|`, `g|`) entries point
  at a node of its own, the key the name would have alone; a pinned spelling that names another node
  never pulls two nodes together (see `resolver.plan`).

Decisions are pure data (pydantic) so the graph can apply them and a store outside the graph can keep
them: the graph is rebuilt from the stream, the decisions are re-applied first.
"""

import hashlib
from datetime import UTC, datetime
from typing import Literal

from pydantic import BaseModel, Field

from chronicle.errors import ChronicleError
from chronicle.extraction.ids import slug
from chronicle.resolution.names import fold, is_acronym

__all__ = [
    "Decision",
    "NothingToDecide",
    "PinnedEntry",
    "alias_decision",
    "merge_decision",
    "split_decision",
]


class NothingToDecide(ChronicleError):
    """The decision would change nothing (one node already, or the same name once spelling is folded)."""


class PinnedEntry(BaseModel):
    """One alias index entry an analyst pinned: key -> node key (with that node's rank and type)."""

    key: str = Field(description="Alias key in the resolver's namespaces.", examples=["k|person:sirski"])
    target: str = Field(description="The node key it names.", examples=["person:oleksandr-sirski"])
    rank: int = Field(3, description="The node's rank (how sure its type is).")
    type: str = Field(description="The node's type.", examples=["Person"])


class Decision(BaseModel):
    """What the analyst decided, with the entries that make the resolver apply it."""

    kind: Literal["merge", "alias", "split"]
    name: str = Field(description="The node the decision is about, as the analyst named it.")
    other: str = Field(description="The node merged into it, or the spelling added or split off.")
    key: str = Field(description="The key of the node the decision is about.")
    other_key: str = Field("", description="merge: the node merged away; split: the spelling's own node.")
    type: str = Field(description="The node's type.")
    entries: list[PinnedEntry]
    decided_at: datetime = Field(default_factory=lambda: datetime.now(UTC))

    @property
    def id(self) -> str:
        """Stable id: one decision per kind, node and other name (deciding again replaces it)."""
        text = f"{self.kind}|{self.key}|{self.other_key or fold(self.other, self.type)}"
        return hashlib.sha256(text.encode()).hexdigest()[:24]

    def describe(self) -> str:
        """One line: 'merge: Syrsky (person:sirski) into Oleksandr Syrskyi (person:oleksandr-sirski)'."""
        if self.kind == "merge":
            return f"merge: {self.other} ({self.other_key}) into {self.name} ({self.key})"
        if self.kind == "alias":
            return f"alias: {self.other!r} names {self.name} ({self.key})"
        return f"split: {self.other!r} is not {self.name} ({self.key}) but {self.other_key}"


def _rank(kind: str, name: str) -> int:
    words = len(name.split())
    if kind == "Person":
        return 3 if words >= 2 else 1
    return 2 if words >= 2 else 1


def _spelling_keys(kind: str, spelling: str) -> list[str]:
    folded = fold(spelling, kind)
    keys = [f"f|{kind}|{folded}"]
    if kind != "Person" and is_acronym(spelling):
        keys.append(f"a|{spelling.replace('.', '')}")
    if kind == "Place":
        keys.append(f"g|{folded}")
    return keys


def merge_decision(name: str, key: str, kind: str, rank: int, other: str, other_key: str) -> Decision:
    """Node `other_key` (named `other`) becomes node `key` (named `name`, of type `kind`)."""
    if other_key == key:
        raise NothingToDecide(f"{other!r} and {name!r} are already one node ({key})")
    entry = PinnedEntry(key=f"k|{other_key}", target=key, rank=rank, type=kind)
    return Decision(
        kind="merge", name=name, other=other, key=key, other_key=other_key, type=kind, entries=[entry]
    )


def alias_decision(name: str, key: str, kind: str, rank: int, alias: str) -> Decision:
    """The spelling `alias` names node `key` from now on."""
    if not fold(alias, kind):
        raise NothingToDecide(f"{alias!r} has no letters or digits to match")
    entries = [PinnedEntry(key=k, target=key, rank=rank, type=kind) for k in _spelling_keys(kind, alias)]
    return Decision(kind="alias", name=name, other=alias, key=key, type=kind, entries=entries)


def split_decision(name: str, key: str, kind: str, alias: str) -> Decision:
    """The spelling `alias` is not node `key`: it names a node of its own from now on."""
    folded = fold(alias, kind)
    if not folded:
        raise NothingToDecide(f"{alias!r} has no letters or digits to match")
    if folded == fold(name, kind):
        raise NothingToDecide(f"{alias!r} is {name!r} once spelling is folded ({folded!r}): nothing to split")
    own = f"{kind.lower()}:{slug(folded)}"
    if own == key:
        raise NothingToDecide(f"{alias!r} is the name the node {key} is keyed by: split the other spelling")
    rank = _rank(kind, alias)
    entries = [PinnedEntry(key=k, target=own, rank=rank, type=kind) for k in _spelling_keys(kind, alias)]
    entries.append(PinnedEntry(key=f"k|{own}", target=own, rank=rank, type=kind))
    return Decision(kind="split", name=name, other=alias, key=key, other_key=own, type=kind, entries=entries)
