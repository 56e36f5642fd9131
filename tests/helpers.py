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
from chronicle.resolution.resolver import AMBIGUOUS

__all__ = [
    "PUBLISHED",
    "clean_fixture",
    "delete_ambiguous",
    "delete_articles",
    "delete_entities",
    "forget_decisions",
    "graph_counts",
    "new_articles_removed",
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


_MINE = "({id} STARTS WITH $prefix OR {id} IN $ids)"  # a null $prefix starts nothing


def delete_articles(
    driver: Driver, database: str, prefix: str | None = None, *, ids: Sequence[str] = ()
) -> None:
    """Remove what a test's articles (ids starting with `prefix`, or in `ids`) wrote, and nothing any
    other article needs: their dated edges, claims, effects and type votes, the articles, then the nodes they
    mentioned that no article mentions any more (and the places those lay in, once nothing lies in
    them, as the writer's prune does), the alias entries of every node that is gone, and their sources
    once these published nothing else. Never the whole graph: a developer's graph may hold real data."""
    records, _, _ = driver.execute_query(
        f"MATCH (a:Article) WHERE {_MINE.format(id='a.id')} "
        "OPTIONAL MATCH (a)-[:MENTIONS]->(n) OPTIONAL MATCH (s:Source)-[:PUBLISHED]->(a) "
        "OPTIONAL MATCH (n)-[:PART_OF*1..]->(p) "
        "RETURN collect(DISTINCT a.id) AS ids, collect(DISTINCT n.key) + collect(DISTINCT p.key) AS keys, "
        "collect(DISTINCT s.name) AS sources",
        {"prefix": prefix, "ids": list(ids)},
        database_=database,
    )
    ids, keys, sources = records[0]["ids"], records[0]["keys"], records[0]["sources"]
    for statement in (
        f"MATCH ()-[r:AT|INVOLVED|AFFECTED]->() WHERE {_MINE.format(id='r.article')} DELETE r",
        f"MATCH (a:Article) WHERE {_MINE.format(id='a.id')} OPTIONAL MATCH (a)<-[:IN]-(x) DETACH DELETE x, a",
        "UNWIND $ids AS id MATCH (vote:Alias) WHERE vote.key STARTS WITH 'v|' AND vote.key ENDS WITH '|' + id "
        "DELETE vote",
    ):
        driver.execute_query(statement, {"prefix": prefix, "ids": ids}, database_=database)
    delete_entities(driver, database, keys, unmentioned_only=True)
    driver.execute_query(
        "UNWIND $sources AS name MATCH (s:Source {name: name}) WHERE NOT (s)-->() DELETE s",
        {"sources": sources},
        database_=database,
    )


def delete_entities(
    driver: Driver, database: str, keys: Sequence[str], *, unmentioned_only: bool = False
) -> None:
    """Remove a test's entity nodes by key and the alias entries of those that are gone. With
    `unmentioned_only`, only nodes no article mentions and no place lies in (the writer's prune rule),
    repeated so that a place goes once the places inside it have gone."""
    keep = "WHERE NOT ()-[:MENTIONS]->(n) AND NOT ()-[:PART_OF]->(n) " if unmentioned_only else ""
    left = list(dict.fromkeys(keys))
    while left:
        records, _, _ = driver.execute_query(
            f"UNWIND $keys AS key MATCH (n:Entity {{key: key}}) {keep}DETACH DELETE n RETURN collect(key) AS gone",
            {"keys": left},
            database_=database,
        )
        gone = records[0]["gone"]
        if not gone:
            break
        left = [key for key in left if key not in set(gone)]
    driver.execute_query(
        "UNWIND $keys AS key MATCH (alias:Alias {target: key}) WHERE NOT EXISTS { MATCH (:Entity {key: key}) } "
        "DELETE alias",
        {"keys": list(keys)},
        database_=database,
    )


@contextmanager
def new_articles_removed(driver: Driver, database: str, ids: Sequence[str]) -> Iterator[None]:
    """For a test that ingests articles it did not invent (the samples, the seed set): afterwards,
    `delete_articles` removes those of `ids` that were not in the graph before it, so a developer who
    ingested the same articles keeps them, and so do the alias entries their names made ambiguous
    ('g|kursk': a city and a region), which the test cannot name in advance."""
    articles = "MATCH (a:Article) WHERE a.id IN $ids RETURN collect(a.id)"
    ambiguous = "MATCH (alias:Alias) WHERE alias.target = $ambiguous RETURN collect(alias.key)"
    before = set(scalar(driver, database, articles, ids=list(ids)))  # type: ignore[arg-type]
    shared = set(scalar(driver, database, ambiguous, ambiguous=AMBIGUOUS))  # type: ignore[arg-type]
    try:
        yield
    finally:
        delete_articles(driver, database, ids=[i for i in ids if i not in before])
        made = set(scalar(driver, database, ambiguous, ambiguous=AMBIGUOUS)) - shared  # type: ignore[arg-type]
        delete_ambiguous(driver, database, sorted(made))


def delete_ambiguous(driver: Driver, database: str, keys: Sequence[str]) -> None:
    """Remove alias entries that two of a test's nodes claimed (a shared surname: 's|tesaro'), which
    point at no node (resolver.AMBIGUOUS), so deleting the nodes does not reach them."""
    driver.execute_query(
        "MATCH (alias:Alias) WHERE alias.key IN $keys AND alias.target = $ambiguous DELETE alias",
        {"keys": list(keys), "ambiguous": AMBIGUOUS},
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
