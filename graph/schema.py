"""Applies cypher/schema.cypher (constraints and indexes); every statement is IF NOT EXISTS."""

from neo4j import AsyncDriver, Driver

from chronicle.graph.cypher import CYPHER_DIR, split_statements

__all__ = ["apply_schema", "apply_schema_async", "schema_statements"]


def schema_statements() -> list:
    """The statements of schema.cypher, in file order."""
    return split_statements((CYPHER_DIR / "schema.cypher").read_text(encoding="utf-8"))


def apply_schema(driver: Driver, database: str) -> None:
    """Create the constraints and indexes that do not exist yet, and wait until they are online."""
    with driver.session(database=database) as session:
        for statement in schema_statements():
            session.run(statement).consume()
        session.run("CALL db.awaitIndexes(60)").consume()


async def apply_schema_async(driver: AsyncDriver, database: str) -> None:
    """The async twin of apply_schema, for the worker's lifespan."""
    async with driver.session(database=database) as session:
        for statement in schema_statements():
            await (await session.run(statement)).consume()
        await (await session.run("CALL db.awaitIndexes(60)")).consume()
