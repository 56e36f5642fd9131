"""Small helpers for integration tests that read the real graph."""

from neo4j import Driver

__all__ = ["graph_counts", "scalar"]


def scalar(driver: Driver, database: str, query: str, **params: object) -> object:
    """The single value a read query returns."""
    records, _, _ = driver.execute_query(query, params, database_=database, routing_="r")
    return records[0][0]


def graph_counts(driver: Driver, database: str) -> tuple[int, int]:
    """Node and relationship counts of the whole graph."""
    nodes = scalar(driver, database, "MATCH (n) RETURN count(n)")
    relationships = scalar(driver, database, "MATCH ()-[r]->() RETURN count(r)")
    return int(nodes), int(relationships)  # type: ignore[arg-type]
