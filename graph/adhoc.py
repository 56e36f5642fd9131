"""Ad-hoc Cypher typed by a user (`chronicle cypher`): read-only unless asked, errors as one line.

Read mode runs in a managed READ transaction, so Neo4j itself refuses any write (also through
procedures); the refusal becomes a `WriteRefused`. Write mode runs an auto-commit transaction, which
also accepts schema commands and `CALL { ... } IN TRANSACTIONS`. The user's text is the one query
string that does not come from cypher/.
"""

import re
from typing import Any, LiteralString, cast

from neo4j import Driver, ManagedTransaction, Query, Record, unit_of_work
from neo4j.exceptions import Neo4jError
from neo4j.graph import Node, Path, Relationship
from neo4j.time import Date, DateTime, Duration, Time
from pydantic import BaseModel, Field

from chronicle.graph.errors import GraphError

__all__ = ["CypherFailed", "CypherResult", "WriteRefused", "plain", "refusal", "run_cypher"]

_ACCESS_MODE = "Neo.ClientError.Statement.AccessMode"


class WriteRefused(GraphError):
    """The query writes, and it was run read-only."""


# Literals, quoted names and comments are blanked before looking for keywords in a statement.
_QUOTED = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|`[^`]*`|//[^\n]*|/\*.*?\*/", re.DOTALL)
_LOAD_CSV = re.compile(r"\bLOAD\s+CSV\b", re.IGNORECASE)
_ADMIN = re.compile(  # administration commands begin the statement (after an optional USE db)
    r"^\s*(?:USE\s+\S+\s+)?(?:TERMINATE\s+TRANSACTIONS?|SHOW\s+(?:SETTINGS?|TRANSACTIONS?|USERS?|CURRENT\s+USER|"
    r"ROLES?|PRIVILEGES?|(?:USER|ROLE)\s+\S+\s+PRIVILEGES|SERVERS?|DATABASES?|DEFAULT\s+DATABASE|"
    r"HOME\s+DATABASE|ALIAS(?:ES)?)|(?:CREATE|DROP|ALTER|RENAME)\s+(?:OR\s+REPLACE\s+)?(?:USER|ROLE|"
    r"DATABASE|COMPOSITE|ALIAS|SERVER)|(?:START|STOP)\s+DATABASE|GRANT|DENY|REVOKE|DEALLOCATE|REALLOCATE|"
    r"ENABLE\s+SERVER)\b",
    re.IGNORECASE,
)
_DBMS = re.compile(r"\bCALL\s+dbms\s*\.", re.IGNORECASE)


def refusal(text: str, *, write: bool = False, admin: bool = False) -> str | None:
    """Why `chronicle cypher` must not run this statement with these flags, or None.

    A read must be harmless: `LOAD CSV` reads files and web addresses from the Neo4j server (any
    service on its loopback) and needs --write; administration (TERMINATE TRANSACTIONS, SHOW
    SETTINGS/TRANSACTIONS/USERS, users, roles, databases, `dbms.*` procedures) needs --admin.
    """
    bare = _QUOTED.sub(" ", text)
    if not admin and (found := _ADMIN.search(bare) or _DBMS.search(bare)):
        what = "dbms.* procedures" if found.re is _DBMS else " ".join(found.group(0).split()).upper()
        return f"refused: {what} is server administration; `chronicle cypher` runs it only with --admin"
    if not (write or admin) and _LOAD_CSV.search(bare):
        return (
            "refused: LOAD CSV reads files or web addresses from the Neo4j server, and `chronicle cypher` "
            "is read-only (add --write)"
        )
    return None


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
    driver: Driver,
    database: str,
    text: str,
    params: dict[str, Any] | None = None,
    *,
    write: bool = False,
    admin: bool = False,
    timeout: float | None = None,
) -> CypherResult:
    """Run one statement typed by a user; read-only unless `write`. With `timeout`, Neo4j stops the
    transaction after that many seconds (Neo.ClientError.Transaction.TransactionTimedOut).

    Raises:
        WriteRefused: the statement writes and `write` is False, or `refusal` refuses it.
        CypherFailed: Neo4j rejected it for another reason.
    """
    if reason := refusal(text, write=write, admin=admin):
        raise WriteRefused(reason)
    query = cast(LiteralString, text)
    params = params or {}
    try:
        if not (write or admin):
            with driver.session(database=database, default_access_mode="READ") as session:
                return session.execute_read(unit_of_work(timeout=timeout)(_read), query, params)
        with driver.session(database=database, default_access_mode="WRITE") as session:
            result = session.run(Query(query, timeout=timeout), params)
            rows = [_row(record) for record in result]
            counters = result.consume().counters
            changed = {
                k: v
                for k, v in vars(counters).items()
                if isinstance(v, int) and not isinstance(v, bool) and v
            }
            return CypherResult(columns=list(result.keys()), rows=rows, counters=changed)
    except Neo4jError as error:
        if "TransactionTimedOut" in (error.code or ""):
            raise  # the caller's deadline (cli.common) says it in one line
        raise _error(error) from error
