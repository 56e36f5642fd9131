"""The analyst's view of identities: show a node, list likely duplicates, apply merge/alias/split
decisions (chronicle.resolution.decisions) to the graph.

A decision is applied in one write transaction under the identity lock the writer takes, so it never
interleaves with an article being resolved: its pinned alias entries are written, a merged node is
merged now (cypher/write/merge_entity), an added spelling joins the node's aliases (and a node named
exactly that spelling joins the node), a split spelling leaves them. Mentions already written under
a split spelling move when their articles are written again (`chronicle entities split` re-publishes
them).
"""

from typing import Any

from neo4j import Driver, ManagedTransaction
from pydantic import BaseModel, Field

from chronicle.extraction.ids import slug
from chronicle.graph.answers import Candidate
from chronicle.graph.cypher import load
from chronicle.graph.errors import GraphError
from chronicle.graph.identity import merge_steps
from chronicle.graph.queries import read, resolve
from chronicle.resolution.decisions import Decision
from chronicle.resolution.duplicates import DuplicatePair, Node, duplicate_pairs
from chronicle.resolution.names import fold

__all__ = ["EntityCard", "NotAnEntity", "apply_decisions", "card", "duplicates", "entity"]

_TYPES = ("Person", "Organization", "Place")


class NotAnEntity(GraphError):
    """The name is an event (or another node): identity decisions are about people, organisations, places."""


class EntityCard(BaseModel):
    """What `entities show` prints: keys, aliases, types, the index entries and the articles."""

    key: str
    name: str
    types: list[str]
    kind: str | None = None
    aliases: list[str] = Field(default_factory=list)
    entries: list[dict[str, Any]] = Field(
        default_factory=list, description="Alias index keys naming the node; pinned ones are an analyst's."
    )
    rank: int = 0
    article_count: int = 0
    articles: list[dict[str, Any]] = Field(default_factory=list)

    @property
    def type(self) -> str:
        """The node's type (Person, Organization or Place)."""
        return next((t for t in self.types if t in _TYPES), self.types[0] if self.types else "")


def entity(driver: Driver, database: str, name: str) -> Candidate:
    """The person, organisation or place `name` (or a key) refers to, or a typed error."""
    found = resolve(driver, database, name)
    if found.label not in _TYPES:
        raise NotAnEntity(
            f"{name!r} is {found.describe()}, a {found.label.lower()}: name a person, organisation or place"
        )
    return found


def card(driver: Driver, database: str, key: str, limit: int = 20) -> EntityCard:
    """The card of the node with this key."""
    rows = read(driver, database, "show", {"key": key, "limit": limit}, "entities")
    if not rows:
        raise NotAnEntity(f"no node has the key {key!r}")
    return EntityCard(**rows[0])


def duplicates(driver: Driver, database: str, limit: int | None = None) -> list[DuplicatePair]:
    """Likely duplicate pairs among the graph's people, organisations and places, best first."""
    nodes = [Node(**row) for row in read(driver, database, "nodes", {}, "entities")]
    return duplicate_pairs(nodes, limit)


def _run(tx: ManagedTransaction, name: str, folder: str, **params: Any) -> None:
    tx.run(load(name, folder).text, params).consume()


def _merge(tx: ManagedTransaction, from_key: str, into_key: str, into_type: str, rank: int) -> None:
    """Merge one node into another (graph/identity.py `merge_steps`: events follow a merged place)."""
    steps = merge_steps(from_key, into_key, into_type, rank)
    try:
        name, folder, params = next(steps)
        while True:
            name, folder, params = steps.send(tx.run(load(name, folder).text, params).data())
    except StopIteration:
        return


def _apply(tx: ManagedTransaction, decisions: list[Decision]) -> None:
    _run(tx, "identity_lock", "write")
    for decision in decisions:
        _run(tx, "pin", "entities", rows=[e.model_dump() for e in decision.entries])
        rank = max((e.rank for e in decision.entries), default=0)
        if decision.kind == "merge":
            _merge(tx, decision.other_key, decision.key, decision.type, rank)
        elif decision.kind == "alias":
            named = f"{decision.type.lower()}:{slug(fold(decision.other, decision.type))}"
            if named != decision.key:  # a node of that very name is the node
                _merge(tx, named, decision.key, decision.type, rank)
            _run(tx, "add_alias", "entities", key=decision.key, alias=decision.other)
        else:
            _run(tx, "drop_alias", "entities", key=decision.key, alias=decision.other)


def apply_decisions(driver: Driver, database: str, decisions: list[Decision]) -> int:
    """Apply decisions, oldest first, in one write transaction; returns how many."""
    ordered = sorted(decisions, key=lambda d: d.decided_at)
    with driver.session(database=database) as session:
        session.execute_write(_apply, ordered)
    return len(ordered)
