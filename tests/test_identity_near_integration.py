"""Identity on the real Neo4j for organisations spelt one letter apart by two outlets (issue 10):
'Kestrel Motor Company' and 'Kestrel Motors Co.' are one node in either order. Entities written by hand."""

import pytest
from neo4j import AsyncDriver, Driver

from chronicle.extraction.models import ArticleRecord, Entity, GraphDoc, Mention
from chronicle.graph.writer import write_graphdocs
from tests.helpers import clean_fixture, delete_articles, delete_entities

pytestmark = [pytest.mark.integration, pytest.mark.anyio]

PREFIX = "identity-near-test"
KEYS = ("organization:kestrel-motor", "organization:kestrel-motors")


def _clean(driver: Driver, database: str) -> None:
    delete_articles(driver, database, PREFIX)
    delete_entities(driver, database, KEYS)


clean = clean_fixture(_clean)


def _doc(number: int, name: str, key: str) -> GraphDoc:
    record = ArticleRecord(
        id=f"{PREFIX}-{number}", source="Quay Test Wire", word_count=20, extractor_version="test"
    )
    entity = Entity(
        key=key, type="Organization", name=name, mentions=[Mention(text=name, start=0, end=len(name))]
    )
    return GraphDoc(article=record, entities=[entity])


def _keys(driver: Driver, database: str) -> set[str]:
    records, _, _ = driver.execute_query(
        "MATCH (a:Article)-[:MENTIONS]->(n) WHERE a.id STARTS WITH $prefix RETURN DISTINCT n.key AS key",
        {"prefix": PREFIX},
        database_=database,
    )
    return {r["key"] for r in records}


@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
async def test_two_spellings_one_letter_apart_are_one_node(
    clean: None, writer: AsyncDriver, driver: Driver, database: str, order: tuple[int, int]
) -> None:
    docs = [
        _doc(1, "Kestrel Motor Company", "organization:kestrel-motor-company"),
        _doc(2, "Kestrel Motors Co.", "organization:kestrel-motors-co"),
    ]
    for i in order:
        await write_graphdocs(writer, [docs[i]], database)
    assert _keys(driver, database) == {"organization:kestrel-motor"}
