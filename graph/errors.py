"""Typed errors of the graph layer; the CLI prints them as one line, the worker maps them to acks."""

from chronicle.errors import ChronicleError

__all__ = [
    "AmbiguousName",
    "CypherFileError",
    "GraphError",
    "GraphUnavailable",
    "UnknownName",
    "UnknownQuery",
]


class GraphError(ChronicleError):
    """Base class of every error the graph layer raises on purpose."""


class GraphUnavailable(GraphError):
    """Neo4j cannot be reached or refused the login; retrying later may succeed."""


class CypherFileError(GraphError):
    """A .cypher file is missing, has no header, or uses a parameter its header does not declare."""


class UnknownQuery(GraphError):
    """No canned query of that name is in the catalog."""


class UnknownName(GraphError):
    """No entity or event in the graph has that name or alias."""

    def __init__(self, name: str) -> None:
        self.name = name
        super().__init__(
            f"nothing in the graph is called {name!r} (try `chronicle ask stats` or a shorter name)"
        )


class AmbiguousName(GraphError):
    """Several nodes match the name: the user must pick one (the candidates are listed)."""

    def __init__(self, name: str, candidates: list) -> None:
        self.name = name
        self.candidates = candidates
        listed = "; ".join(c.describe() for c in candidates)
        super().__init__(f"{name!r} is ambiguous: {listed}. Use the full name or the key.")
