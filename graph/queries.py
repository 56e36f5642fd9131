"""Runs the canned queries of cypher/queries/ in read transactions, and resolves names to nodes.

`answer()` is the Python entry point of the catalog: it validates each row with the query's model
from chronicle.graph.answers, so the CLI and other callers get typed rows.
"""

import re
from typing import Any

from neo4j import Driver, ManagedTransaction, Record
from neo4j.graph import Node, Path, Relationship
from neo4j.time import Date, DateTime
from pydantic import BaseModel

from chronicle.graph.answers import ROW_MODELS, Candidate
from chronicle.graph.cypher import load
from chronicle.graph.errors import AmbiguousName, UnknownName

__all__ = ["answer", "lucene_query", "plain_row", "read", "resolve", "run_query"]

_LUCENE_SPECIAL = re.compile(r'([+\-!(){}\[\]^"~*?:\\/&|])')


class _GraphValue(Exception):
    """A node, relationship or path in a row: `Record.data()` knows how to export it."""


def _native(value: Any) -> Any:
    """Neo4j temporal values -> Python's, recursively (plain values first: most of a row)."""
    if value is None or isinstance(value, str | int | float):
        return value
    if isinstance(value, Date | DateTime):
        return value.to_native()
    if isinstance(value, list):
        return [_native(v) for v in value]
    if isinstance(value, dict):
        return {k: _native(v) for k, v in value.items()}
    if isinstance(value, Node | Relationship | Path):
        raise _GraphValue
    return value


def plain_row(record: Record) -> dict[str, Any]:
    """One result row as a dict of Python values (Neo4j dates and datetimes as Python's).

    The same dict as `_native(record.data())`, a few times faster: `data()` runs every value through
    the driver's exporter, which cost 45-80 ms for the 1,000 rows of 26 columns an `ask effect`
    returns, against 18-20 ms here. A row holding a node, relationship or path still goes through it.
    """
    try:
        return {key: _native(value) for key, value in zip(record.keys(), record.values(), strict=True)}
    except _GraphValue:
        return _native(record.data())


def _read_rows(tx: ManagedTransaction, query: Any, params: dict[str, Any]) -> list[dict[str, Any]]:
    return [plain_row(record) for record in tx.run(query, params)]


def read(
    driver: Driver, database: str, name: str, params: dict[str, Any], folder: str = "queries"
) -> list[dict[str, Any]]:
    """Rows of cypher/<folder>/<name>.cypher, run in a managed read transaction."""
    query = load(name, folder)
    missing = set(query.params) - set(params)
    params = {**dict.fromkeys(missing), **params}
    with driver.session(database=database, default_access_mode="READ") as session:
        return session.execute_read(_read_rows, query.text, params)


def lucene_query(name: str) -> str:
    """A full-text query that finds every word of `name` (escaped; small typos allowed).

    Words are lowercased (the index lowercases too) so a name holding AND, OR or NOT is searched
    for, not read as a Lucene operator (which made the query fail to parse).
    """
    words = [_LUCENE_SPECIAL.sub(r"\\\1", w.lower()) for w in name.split() if w.strip()]
    return " AND ".join(f"({w} OR {w}~1)" if len(w) > 4 else w for w in words) or '""'


def resolve(driver: Driver, database: str, name: str) -> Candidate:
    """The one node `name` refers to (its key, or exact name or alias, case-insensitive) or a typed error.

    Candidates of an ambiguous name carry their keys (`show_key`), since two nodes may share a name.
    """
    if ":" in name and " " not in name.strip():
        by_key = read(driver, database, "by_key", {"key": name.strip()}, "lookup")
        if by_key:
            return Candidate(**by_key[0])
    rows = [
        Candidate(**row)
        for row in read(driver, database, "resolve", {"name": name, "lucene": lucene_query(name)}, "lookup")
    ]
    exact = [c for c in rows if c.exact_name] or [c for c in rows if c.exact_alias]
    if len(exact) == 1:
        return exact[0]
    if len(exact) > 1:
        raise AmbiguousName(name, [c.model_copy(update={"show_key": True}) for c in exact])
    # Words the user typed, all in a name ("Syrskyi" for "Oleksandr Syrskyi"): the same thing, shorter.
    partial = [c for c in rows if _words(name) <= _words(c.name)]
    if len(partial) == 1:
        return partial[0]
    if partial:
        raise AmbiguousName(name, [c.model_copy(update={"show_key": True}) for c in partial])
    # Only spelled alike ("Pokrovks"): never answer about something else without asking.
    raise UnknownName(name, suggestions=[c.describe() for c in rows[:3]])


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


def run_query(driver: Driver, database: str, name: str, params: dict[str, Any]) -> list[dict[str, Any]]:
    """Rows of the canned query `name` with these parameters (undeclared ones default to null)."""
    return read(driver, database, name, params)


def answer(driver: Driver, database: str, name: str, params: dict[str, Any]) -> list[BaseModel]:
    """Typed rows of the canned query `name` (its model in graph.answers.ROW_MODELS).

    Args:
        name: a query of cypher/queries/, e.g. "effect".
        params: its parameters; entity keys come from `resolve`, dates are `datetime.date`.
    """
    model = ROW_MODELS[name]
    return [model(**row) for row in run_query(driver, database, name, params)]
