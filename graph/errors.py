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
