"""Typed errors of the graph layer; the CLI prints them as one line, the worker maps them to acks."""

from typing import Literal

from neo4j.exceptions import DriverError, Neo4jError

from chronicle.errors import ChronicleError

__all__ = [
    "AmbiguousName",
    "CypherFileError",
    "GraphError",
    "GraphUnavailable",
    "QueryTimeout",
    "UnknownName",
    "UnknownQuery",
    "WriteTooLarge",
    "failure_kind",
]


class GraphError(ChronicleError):
    """Base class of every error the graph layer raises on purpose."""


class GraphUnavailable(GraphError):
    """Neo4j cannot be reached or refused the login; retrying later may succeed."""


class QueryTimeout(GraphError):
    """Neo4j gave no answer within the query timeout (it is hung, overloaded, or the query runs away)."""


class CypherFileError(GraphError):
    """A .cypher file is missing, has no header, or uses a parameter its header does not declare."""


class UnknownQuery(GraphError):
    """No canned query of that name is in the catalog."""


class UnknownName(GraphError):
    """No entity or event in the graph has that name or alias (names spelled alike are suggested)."""

    def __init__(self, name: str, suggestions: list[str] | None = None) -> None:
        self.name = name
        self.suggestions = suggestions or []
        if self.suggestions:
            hint = f"did you mean {' or '.join(self.suggestions)}?"
        else:
            hint = "try `chronicle ask stats` or a shorter name"
        super().__init__(f"nothing in the graph is called {name!r}: {hint}")


class AmbiguousName(GraphError):
    """Several nodes match the name: the user must pick one (the candidates are listed)."""

    def __init__(self, name: str, candidates: list) -> None:
        self.name = name
        self.candidates = candidates
        listed = "; ".join(c.describe() for c in candidates)
        super().__init__(f"{name!r} is ambiguous: {listed}. Use the full name or the key.")


class WriteTooLarge(GraphError):
    """Neo4j stopped a transaction for memory or time (a limit, not an outage): retrying the same
    write soon is unlikely to help, so the driver must not retry it and the worker retries it a few
    times only."""


# Codes that say "Neo4j or its disk is in trouble, try again", whatever their classification:
# an administrator's TERMINATE or a stopping lock client (the driver reports both as ClientError),
# a database that cannot start a transaction (disk full) or is unavailable.
_TRY_AGAIN = (
    "Transaction.Terminated",
    "Transaction.LockClientStopped",
    "Transaction.TransactionStartFailed",
    "Transaction.TransactionCommitFailed",
    "Database.DatabaseUnavailable",
    "General.DatabaseUnavailable",
)
_LIMITS = ("OutOfMemory", "MemoryLimit", "MemoryPool", "StackOverFlow", "TransactionTimedOut")


def failure_kind(error: BaseException) -> Literal["unavailable", "limit", "refused"]:
    """How a failed write should be settled.

    "unavailable": Neo4j (or its disk, or the network) is in trouble: retry until it is back.
    "limit": a memory or time limit stopped the transaction: retry a few times, then give up.
    "refused": Neo4j refused this write (a client error): retrying cannot help.
    Anything that is neither a driver nor a server error is "refused" too (a bug or bad data).
    """
    if isinstance(error, WriteTooLarge):
        return "limit"
    if isinstance(error, GraphUnavailable | DriverError):
        return "unavailable"
    if not isinstance(error, Neo4jError):
        return "refused"
    code = error.code or ""
    if any(part in code for part in _LIMITS):
        return "limit"
    if code.startswith(("Neo.TransientError.", "Neo.DatabaseError.")) or code.endswith(_TRY_AGAIN):
        return "unavailable"
    return "refused"
