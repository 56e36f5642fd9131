"""Applies cypher/schema.cypher (constraints and indexes); every statement is IF NOT EXISTS.

Each statement runs in its own managed write transaction, so the driver retries it on a transient
error: two workers starting together on an empty database deadlock on the schema locks (Neo4j
5.26, DeadlockDetected), and a cluster routes the statements to its current leader. A rule another
process created in the meantime (EquivalentSchemaRuleAlreadyExists, a race IF NOT EXISTS does not
cover) is what the statement wanted, so it counts as done.
"""

from neo4j import AsyncDriver, AsyncManagedTransaction, Driver, ManagedTransaction
from neo4j.exceptions import ClientError

from chronicle.graph.cypher import CYPHER_DIR, split_statements

_ALREADY = ("EquivalentSchemaRuleAlreadyExists", "IndexAlreadyExists", "ConstraintAlreadyExists")


def _created_meanwhile(error: ClientError) -> bool:
    return (error.code or "").endswith(_ALREADY)


__all__ = ["apply_schema", "apply_schema_async", "schema_statements"]


def schema_statements() -> list:
    """The statements of schema.cypher, in file order."""
    return split_statements((CYPHER_DIR / "schema.cypher").read_text(encoding="utf-8"))


def apply_schema(driver: Driver, database: str) -> None:
    """Create the constraints and indexes that do not exist yet, and wait until they are online."""

    def run(tx: ManagedTransaction, statement: str) -> None:
        tx.run(statement).consume()

    with driver.session(database=database) as session:
        for statement in schema_statements():
            try:
                session.execute_write(run, statement)
            except ClientError as error:
                if not _created_meanwhile(error):
                    raise
        session.run("CALL db.awaitIndexes(60)").consume()


async def apply_schema_async(driver: AsyncDriver, database: str) -> None:
    """The async twin of apply_schema, for the worker's lifespan."""

    async def run(tx: AsyncManagedTransaction, statement: str) -> None:
        await (await tx.run(statement)).consume()

    async with driver.session(database=database) as session:
        for statement in schema_statements():
            try:
                await session.execute_write(run, statement)
            except ClientError as error:
                if not _created_meanwhile(error):
                    raise
        await (await session.run("CALL db.awaitIndexes(60)")).consume()
