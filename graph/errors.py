"""Typed errors of the graph layer; the CLI prints them as one line, the worker maps them to acks."""

__all__ = [
    "CypherFileError",
    "GraphError",
    "GraphUnavailable",
    "UnknownQuery",
]


class GraphError(Exception):
    """Base class of every error the graph layer raises on purpose."""


class GraphUnavailable(GraphError):
    """Neo4j cannot be reached or refused the login; retrying later may succeed."""


class CypherFileError(GraphError):
    """A .cypher file is missing, has no header, or uses a parameter its header does not declare."""


class UnknownQuery(GraphError):
    """No canned query of that name is in the catalog."""
