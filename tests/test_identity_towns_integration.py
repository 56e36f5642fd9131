"""Identity on the real Neo4j for a company named like a town (issue 10): the articles' evidence,
not the town's population, decides which node 'Toyota' is, in any order. Entities written by hand."""

import pytest
from neo4j import AsyncDriver, Driver

from chronicle.extraction.models import ArticleRecord, Entity, GraphDoc, Mention, PlaceInfo
from chronicle.graph.writer import write_graphdocs
from tests.helpers import clean_fixture, delete_articles, delete_entities

pytestmark = [pytest.mark.integration, pytest.mark.anyio]

PREFIX = "identity-towns-test"
KEYS = ("organization:toyota", "place:geonames:1849814")


def _clean(driver: Driver, database: str) -> None:
    delete_articles(driver, database, PREFIX)
    delete_entities(driver, database, KEYS, unmentioned_only=True)


clean = clean_fixture(_clean)


def _doc(number: int, entity: Entity) -> GraphDoc:
    record = ArticleRecord(
        id=f"{PREFIX}-{number}", source="Quay Test Wire", word_count=20, extractor_version="test"
    )
    return GraphDoc(article=record, entities=[entity])


def _town(number: int) -> GraphDoc:
    place = PlaceInfo(kind="city", geonames_id=1849814, country_code="JP")
    mention = Mention(text="Toyota", start=0, end=6)
    return _doc(
        number,
        Entity(key="place:geonames:1849814", type="Place", name="Toyota", mentions=[mention], place=place),
    )


def _company(number: int) -> GraphDoc:
    mention = Mention(text="Toyota", start=0, end=6)
    return _doc(
        number, Entity(key="organization:toyota", type="Organization", name="Toyota", mentions=[mention])
    )


def _nodes(driver: Driver, database: str) -> set[tuple[str, str]]:
    records, _, _ = driver.execute_query(
        "MATCH (a:Article)-[:MENTIONS]->(n) WHERE a.id STARTS WITH $prefix "
        "RETURN a.id AS id, n.key AS key, [l IN labels(n) WHERE l <> 'Entity'][0] AS label",
        {"prefix": PREFIX},
        database_=database,
    )
    return {(r["key"], r["label"]) for r in records}


@pytest.mark.parametrize("order", [(0, 1, 2), (2, 1, 0), (1, 2, 0)])
async def test_a_company_two_articles_call_so_keeps_its_name_from_the_town(
    clean: None, writer: AsyncDriver, driver: Driver, database: str, order: tuple[int, int, int]
) -> None:
    docs = [_company(1), _company(2), _town(3)]
    for i in order:
        await write_graphdocs(writer, [docs[i]], database)
    assert _nodes(driver, database) == {("organization:toyota", "Organization")}
