"""Small helpers shared by the tests: running the pipeline on a sentence, reading the real graph."""

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date

import anyio
import pytest
from neo4j import Driver
from spacy.language import Language
from spacy.tokens import Doc

from chronicle.cli.common import nats
from chronicle.consumers.decisions import DecisionStore
from chronicle.extraction.models import Article, GraphDoc
from chronicle.extraction.pipeline import make_doc
from chronicle.graph.connection import async_driver
from chronicle.graph.schema import apply_schema
from chronicle.graph.writer import write_graphdocs
from chronicle.resolution.decisions import Decision

__all__ = [
    "PUBLISHED",
    "clean_fixture",
    "delete_articles",
    "delete_entities",
    "forget_decisions",
    "graph_counts",
    "run",
    "scalar",
    "wiped",
    "write_docs",
]

PUBLISHED = date(2025, 3, 6)
"""The publication date component tests resolve relative dates against (a Thursday)."""


def run(nlp: Language, text: str, published: date | None = PUBLISHED) -> Doc:
    """The full pipeline over one text written for a test."""
    return nlp(make_doc(nlp, Article(id="test-article", text=text, published_at=published)))


def scalar(driver: Driver, database: str, query: str, **params: object) -> object:
    """The single value a read query returns."""
    records, _, _ = driver.execute_query(query, params, database_=database, routing_="r")
    return records[0][0]


def graph_counts(driver: Driver, database: str) -> tuple[int, int]:
    """Node and relationship counts of the whole graph."""
    nodes = scalar(driver, database, "MATCH (n) RETURN count(n)")
    relationships = scalar(driver, database, "MATCH ()-[r]->() RETURN count(r)")
    return int(nodes), int(relationships)  # type: ignore[arg-type]


def delete_articles(driver: Driver, database: str, prefix: str) -> None:
    """Remove a test's articles and their claims (ids starting with `prefix`); entities stay."""
    driver.execute_query(
        "MATCH (a:Article) WHERE a.id STARTS WITH $prefix OPTIONAL MATCH (a)<-[:IN]-(c:Claim) DETACH DELETE c, a",
        {"prefix": prefix},
        database_=database,
    )


def delete_entities(
    driver: Driver, database: str, keys: Sequence[str], *, unmentioned_only: bool = False
) -> None:
    """Remove a test's entity nodes by key (with `unmentioned_only`, those no article mentions any more)
    and the alias entries of every node that is gone."""
    keep_mentioned = "WHERE NOT ()-[:MENTIONS]->(n) " if unmentioned_only else ""
    driver.execute_query(
        f"UNWIND $keys AS key MATCH (n:Entity {{key: key}}) {keep_mentioned}DETACH DELETE n",
        {"keys": list(keys)},
        database_=database,
    )
    driver.execute_query(
        "MATCH (alias:Alias) WHERE NOT EXISTS { MATCH (n:Entity {key: alias.target}) } DELETE alias",
        database_=database,
    )


Wipe = Callable[[Driver, str], None]
"""Removes what one test module writes to the graph (its articles, nodes, aliases)."""


@contextmanager
def wiped(driver: Driver, database: str, wipe: Wipe) -> Iterator[None]:
    """The schema applied and a test's own data wiped before the block and again after it."""
    apply_schema(driver, database)
    wipe(driver, database)
    try:
        yield
    finally:
        wipe(driver, database)


def clean_fixture(wipe: Wipe) -> Callable[..., Iterator[None]]:
    """A `clean` fixture for an integration module: `clean = clean_fixture(_wipe)`; each test that asks
    for it starts with the schema and none of the module's data, and leaves none behind."""

    @pytest.fixture
    def clean(driver: Driver, database: str) -> Iterator[None]:
        with wiped(driver, database, wipe):
            yield

    return clean


def write_docs(database: str, *batches: Sequence[GraphDoc]) -> None:
    """Write GraphDocs through the real writer from a sync test: one `write_graphdocs` call (one
    transaction) per batch, in order, on an async driver opened for it."""

    async def write() -> None:
        graph = await async_driver()
        try:
            for batch in batches:
                await write_graphdocs(graph, list(batch), database)
        finally:
            await graph.close()

    anyio.run(write)


def forget_decisions(mine: Callable[[Decision], bool]) -> None:
    """Remove a test's identity decisions (those `mine` accepts) from the real decisions bucket."""

    async def forget() -> None:
        async with nats() as broker:
            store = await DecisionStore.open(broker)
            for decision in await store.all():
                if mine(decision):
                    await store.forget(decision.id)

    anyio.run(forget)
