"""Identity resolution inside the write transaction: the graph's alias index decides the node keys.

For a batch of GraphDocs: take the identity lock (two workers never resolve at once, so they never
both create a node for one entity), read the graph's outlets (a place named like one is that
organisation, so they come before the subjects), read the alias entries every entity looks up, plan
the articles one after another in memory (chronicle.resolution, the same code as `eval --clusters`),
write the aliases, merge the nodes the batch linked, and hand back the GraphDocs with their node keys.
Four round trips per batch, plus one when it links keys (which of them the graph holds) and one per
merge that moves something (rare: a new link between nodes that existed apart).
"""

from collections.abc import Generator
from typing import Any

from neo4j import AsyncManagedTransaction

from chronicle.extraction.models import GraphDoc
from chronicle.extraction.rules.event_reports import RANK
from chronicle.graph.cypher import load
from chronicle.resolution.event_keys import follow_place
from chronicle.resolution.memory import MemoryIndex, type_of_key
from chronicle.resolution.names import fold
from chronicle.resolution.resolver import Entry, lookup_keys
from chronicle.resolution.rewrite import rewrite
from chronicle.resolution.subjects import is_vote_prefix, subjects

__all__ = ["Step", "merge_steps", "resolve_in_tx", "run_steps"]


async def _rows(tx: AsyncManagedTransaction, name: str, folder: str, **params: Any) -> list[dict[str, Any]]:
    result = await tx.run(load(name, folder).text, params)
    return [record.data() async for record in result]


Step = tuple[str, str, dict[str, Any]]
"""A statement to run: the name of its .cypher file, the folder, the parameters."""


def _merge_params(from_key: str, into_key: str, into_type: str, rank: int) -> dict[str, Any]:
    """merge_entity's parameters; `status_rank` is the order an article's reports of one event go by
    (extraction/rules/event_reports.RANK, the one the extractor picks an article's report with)."""
    return {
        "from_key": from_key,
        "into_key": into_key,
        "into_type": into_type,
        "rank": rank,
        "status_rank": RANK,
    }


def merge_steps(
    from_key: str, into_key: str, into_type: str, rank: int
) -> Generator[Step, list[dict[str, Any]], None]:
    """The statements that merge node `from_key` into `into_key`, in order, each sent back its rows
    (run_steps, graph/entities.py): the merge, then, for a place, the events keyed by its old name
    take the surviving place's (two nodes of one event become one, its status and date recomputed
    from its reports)."""
    yield "merge_entity", "write", _merge_params(from_key, into_key, into_type, rank)
    follow = follow_place(from_key, into_key)
    if follow is None:
        return
    found = yield "events_at", "lookup", {"place_key": into_key}
    for old, new in follow.rekey(row["key"] for row in found):
        yield "merge_entity", "write", _merge_params(old, new, "Event", 0)
        yield "settle_event", "write", {"key": new, "status_rank": RANK}


async def run_steps(tx: AsyncManagedTransaction, steps: Generator[Step, list[dict[str, Any]], None]) -> None:
    """Run the statements `steps` yields, sending each its rows."""
    try:
        name, folder, params = next(steps)
        while True:
            name, folder, params = steps.send(await _rows(tx, name, folder, **params))
    except StopIteration:
        return


async def resolve_in_tx(tx: AsyncManagedTransaction, docs: list[GraphDoc]) -> list[GraphDoc]:
    """The docs with every entity key replaced by its node's key; aliases and merges written."""
    await _rows(tx, "identity_lock", "write")
    # the outlets first: a place named like one is that organisation, and looks up what it needs
    read_outlets = await _rows(tx, "outlets", "lookup")
    outlets = {fold(name, "Organization") for name in (read_outlets[0]["outlets"] if read_outlets else [])}
    per_doc = [subjects(doc, outlets) for doc in docs]
    keys = sorted({k for found in per_doc for k in lookup_keys(found)})
    read = await _rows(tx, "aliases", "lookup", keys=keys)
    prefixes = [k for k in keys if is_vote_prefix(k)]
    votes = await _rows(tx, "votes", "lookup", prefixes=prefixes) if prefixes else []
    index = MemoryIndex()
    rows = (read[0]["entries"] if read else []) + votes
    for row in rows:
        index.remember(
            row["key"], Entry(row["target"] or "", row["rank"] or 0, row["type"] or "", bool(row["pinned"]))
        )
    before = dict(index.entries)
    plans = [index.resolve_subjects(found) for found in per_doc]
    merges = [(m, index.final(m.into)) for result in plans for m in result.merges]
    merges = [(merge, final) for merge, final in merges if final != merge.old]
    # most merges move a key no node, alias or stored key holds (an article's own spelling joining
    # a known node): only those that would move something are sent, each after the last
    named: set[str] = set()
    if merges:
        found = await _rows(tx, "merge_sources", "lookup", keys=sorted({m.old for m, _ in merges}))
        named = set(found[0]["keys"]) if found else set()
    for merge, final in merges:
        if merge.old in named:
            named.add(final)  # what the merge moved now names its target
            await run_steps(tx, merge_steps(merge.old, final, merge.type, merge.rank))
    changed = [
        {"key": k, "target": e.target, "rank": e.rank, "type": e.type, "pinned": e.pinned}
        for k, e in sorted(index.entries.items())
        if before.get(k) != e
    ]
    if changed:
        await _rows(tx, "aliases", "write", rows=changed)
    out = []
    for doc, result in zip(docs, plans, strict=True):
        keys_now = {old: index.final(new) for old, new in result.keys.items()}
        types = {old: type_of_key(new, result.types[old]) for old, new in keys_now.items()}
        out.append(rewrite(doc, keys_now, types))
    return out
