"""Ad-hoc Cypher typed by a user (`chronicle cypher`): read-only unless asked, errors as one line.

Read mode runs in a managed READ transaction, so Neo4j itself refuses any write (also through
procedures); the refusal becomes a `WriteRefused`. Write mode runs an auto-commit transaction, which
also accepts schema commands and `CALL { ... } IN TRANSACTIONS`. The user's text is the one query
string that does not come from cypher/.
"""

from typing import Any, LiteralString, cast

from neo4j import Driver, ManagedTransaction, Record
from neo4j.exceptions import Neo4jError
from neo4j.graph import Node, Path, Relationship
from neo4j.time import Date, DateTime, Duration, Time
from pydantic import BaseModel, Field

from chronicle.graph.errors import GraphError

__all__ = ["CypherFailed", "CypherResult", "WriteRefused", "plain", "run_cypher"]

_ACCESS_MODE = "Neo.ClientError.Statement.AccessMode"


class WriteRefused(GraphError):
    """The query writes, and it was run read-only."""


class CypherFailed(GraphError):
    """Neo4j rejected the query (syntax, types, unknown procedure...): its first message line."""


class CypherResult(BaseModel):
    """The rows of an ad-hoc query and, for writes, what it changed."""

    columns: list[str]
    rows: list[dict[str, Any]]
    counters: dict[str, int] = Field(default_factory=dict, description="Non-zero update counters.")


def plain(value: Any) -> Any:
    """Driver values -> JSON-friendly Python: nodes and relationships as property dicts, dates native."""
    if isinstance(value, Node):
        return {"labels": sorted(value.labels), **{k: plain(v) for k, v in value.items()}}
    if isinstance(value, Relationship):
        return {"type": value.type, **{k: plain(v) for k, v in value.items()}}
    if isinstance(value, Path):
        return [
            plain(x)
            for pair in zip(value.nodes, [*value.relationships, None], strict=True)
            for x in pair
            if x is not None
        ]
    if isinstance(value, Date | DateTime):
        return value.to_native()
    if isinstance(value, Time | Duration):
        return str(value)
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return value


def _row(record: Record) -> dict[str, Any]:
    return {key: plain(value) for key, value in record.items()}


def _read(tx: ManagedTransaction, text: LiteralString, params: dict[str, Any]) -> CypherResult:
    result = tx.run(text, params)
    rows = [_row(record) for record in result]
    return CypherResult(columns=list(result.keys()), rows=rows)


def _error(error: Neo4jError) -> GraphError:
    if error.code == _ACCESS_MODE:
        return WriteRefused(
            "refused: this query writes to the graph, and `chronicle cypher` is read-only "
            "(add --write to change the graph)"
        )
    first = (error.message or str(error)).strip().splitlines()[0]
    return CypherFailed(f"Neo4j rejected the query: {first}")


def run_cypher(
    driver: Driver, database: str, text: str, params: dict[str, Any] | None = None, *, write: bool = False
) -> CypherResult:
    """Run one statement typed by a user; read-only unless `write`.

    Raises:
        WriteRefused: the statement writes and `write` is False.
        CypherFailed: Neo4j rejected it for another reason.
    """
    query = cast(LiteralString, text)
    params = params or {}
    try:
        if not write:
            with driver.session(database=database, default_access_mode="READ") as session:
                return session.execute_read(_read, query, params)
        with driver.session(database=database, default_access_mode="WRITE") as session:
            result = session.run(query, params)
            rows = [_row(record) for record in result]
            counters = result.consume().counters
            changed = {
                k: v
                for k, v in vars(counters).items()
                if isinstance(v, int) and not isinstance(v, bool) and v
            }
            return CypherResult(columns=list(result.keys()), rows=rows, counters=changed)
    except Neo4jError as error:
        raise _error(error) from error
