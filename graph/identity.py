"""Identity resolution inside the write transaction: the graph's alias index decides the node keys.

For a batch of GraphDocs: take the identity lock (two workers never resolve at once, so they never
both create a node for one entity), read the graph's outlets (a place named like one is that
organisation, so they come before the subjects), read the alias entries every entity looks up, plan
the articles one after another in memory (chronicle.resolution, the same code as `eval --clusters`),
write the aliases, merge the nodes the batch linked, and hand back the GraphDocs with their node keys.
Four round trips per batch, plus one when it links keys (which of them the graph holds) and one per
merge that moves something (rare: a new link between nodes that existed apart).

When the batch gives a surname its second person, the stored articles that had named the first
person by that surname alone are planned afresh with the batch's own (MemoryIndex.settle) and moved
off that person (cypher/write/split_off): a few more round trips, only then.
"""

from collections.abc import Generator
from typing import Any

from neo4j import AsyncManagedTransaction

from chronicle.extraction.models import GraphDoc
from chronicle.extraction.rules.event_reports import RANK
from chronicle.graph.cypher import load
from chronicle.resolution.event_keys import follow_place
from chronicle.resolution.memory import MemoryIndex, type_of_key
from chronicle.resolution.names import display_rank, fold
from chronicle.resolution.resolver import Entry, lookup_keys
from chronicle.resolution.rewrite import rewrite
from chronicle.resolution.subjects import Subject, is_vote_prefix, subjects
from chronicle.resolution.surnames import lone_names, stored_subject, vote_keys

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


async def _remember(tx: AsyncManagedTransaction, index: MemoryIndex, keys: list[str]) -> None:
    """Read the index entries of these keys (and votes under these prefixes) that `index` lacks."""
    wanted = sorted({k for k in keys if not is_vote_prefix(k) and k not in index.entries})
    prefixes = sorted({k for k in keys if is_vote_prefix(k)})
    read = await _rows(tx, "aliases", "lookup", keys=wanted) if wanted else []
    votes = await _rows(tx, "votes", "lookup", prefixes=prefixes) if prefixes else []
    for row in (read[0]["entries"] if read else []) + votes:
        if row["key"] not in index.entries:
            entry = Entry(row["target"] or "", row["rank"] or 0, row["type"] or "", bool(row["pinned"]))
            index.remember(row["key"], entry)


async def _stored_lone(
    tx: AsyncManagedTransaction, index: MemoryIndex, outlets: set[str], batch: set[str]
) -> dict[tuple[str, str], tuple[Subject, str, list[str]]]:
    """The stored articles (not in this batch) that named a person by a surname that has just turned
    ambiguous, as subjects of their type, by (article, key), with the node they joined and the names
    they wrote."""
    found: list[tuple[str, list[str], int, str]] = []  # article, names, mentions, node
    for surname, node in dict.fromkeys(index.pending):
        node = index.final(node)
        # the node, and the nodes this batch merges into it (the merges are not written yet)
        keys = sorted({node} | {k for k in index.moved if index.final(k) == node})
        for mention in await _rows(tx, "lone_mentions", "lookup", keys=keys):
            names = lone_names(mention["forms"], surname)
            if names and mention["article"] not in batch:
                found.append((mention["article"], names, mention["count"] or 1, node))
    if not found:
        return {}
    await _remember(tx, index, [k for article, names, _, _ in found for k in vote_keys(article, names)])
    stored = {}
    for article, names, mentions, node in found:
        voted = [index.entries[k].type for k in vote_keys(article, names) if k in index.entries]
        subject = stored_subject(article, names, mentions, (voted or ["Person"])[0], outlets)
        stored[(article, subject.old_key)] = (subject, node, names)
    await _remember(tx, index, lookup_keys(s for s, _, _ in stored.values()))
    return stored


async def _split_off(
    tx: AsyncManagedTransaction,
    index: MemoryIndex,
    stored: dict[tuple[str, str], tuple[Subject, str, list[str]]],
) -> None:
    """Move each stored article's lone surname off the person it had joined, to its node now."""
    moves: dict[str, list[dict[str, Any]]] = {}
    for (article, old_key), (subject, node, names) in sorted(stored.items()):
        into = index.node_of(article, old_key, node)
        if into == node:
            continue
        name, *aliases = names
        moves.setdefault(node, []).append(
            {
                "article": article,
                "key": into,
                "type": type_of_key(into, subject.type),
                "name": name,
                "name_rank": display_rank(name),
                "aliases": aliases,
            }
        )
    for node, rows in moves.items():
        names = sorted({n for row in rows for n in [row["name"], *row["aliases"]]})
        await _rows(tx, "split_off", "write", from_key=node, rows=rows, names=names)


async def resolve_in_tx(tx: AsyncManagedTransaction, docs: list[GraphDoc]) -> list[GraphDoc]:
    """The docs with every entity key replaced by its node's key; aliases and merges written."""
    await _rows(tx, "identity_lock", "write")
    # the outlets first: a place named like one is that organisation, and looks up what it needs
    read_outlets = await _rows(tx, "outlets", "lookup")
    outlets = {fold(name, "Organization") for name in (read_outlets[0]["outlets"] if read_outlets else [])}
    per_doc = [subjects(doc, outlets) for doc in docs]
    index = MemoryIndex()
    await _remember(tx, index, lookup_keys(s for found in per_doc for s in found))
    before = dict(index.entries)
    plans = [index.resolve_subjects(found) for found in per_doc]
    stored = {}
    if index.pending:  # a surname turned ambiguous: what joined its first person by it alone goes
        stored = await _stored_lone(tx, index, outlets, {doc.article.id for doc in docs})
    replans = index.settle(s for s, _, _ in stored.values())
    merges = [(m, index.final(m.into)) for result in plans + replans for m in result.merges]
    # a merge a split has undone (the name's own key no longer ends in that node) is not sent
    merges = [
        (merge, final) for merge, final in merges if final != merge.old and index.final(merge.old) == final
    ]
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
    if stored:
        await _split_off(tx, index, stored)
    out = []
    for doc, result in zip(docs, plans, strict=True):
        keys_now = {old: index.node_of(doc.article.id, old, new) for old, new in result.keys.items()}
        types = {old: type_of_key(new, result.types[old]) for old, new in keys_now.items()}
        out.append(rewrite(doc, keys_now, types))
    return out
