"""Identity on the real Neo4j when an outlet's name turns a place into an organisation (issue 10):
the writer reads the aliases before it knows the graph's outlets, so what the organisation needs
must be read too. Entities written by hand, names invented."""

import pytest
from neo4j import AsyncDriver, Driver

from chronicle.extraction.models import ArticleRecord, Entity, GraphDoc, Mention, PlaceInfo
from chronicle.graph.writer import write_graphdocs
from tests.helpers import clean_fixture, delete_articles, delete_entities

pytestmark = [pytest.mark.integration, pytest.mark.anyio]

PREFIX = "identity-outlets-test"
KEYS = ("organization:harbour-ledger-media-trust", "organization:harbour-ledger", "place:harbour-ledger")


def _clean(driver: Driver, database: str) -> None:
    delete_articles(driver, database, PREFIX)
    delete_entities(driver, database, KEYS)
    driver.execute_query(
        "MATCH (s:Source) WHERE s.name IN ['Harbour Ledger', 'Quay Test Wire'] DETACH DELETE s",
        database_=database,
    )


clean = clean_fixture(_clean)


def _doc(number: int, source: str, *entities: Entity) -> GraphDoc:
    record = ArticleRecord(
        id=f"{PREFIX}-{number}",
        source=source,
        word_count=20,
        extractor_version="test",
        title=f"Test {number}",
    )
    return GraphDoc(article=record, entities=list(entities))


def _entity(kind: str, name: str, key: str, *aliases: str, place: PlaceInfo | None = None) -> Entity:
    return Entity(
        key=key,
        type=kind,  # type: ignore[arg-type]
        name=name,
        aliases=list(aliases),
        mentions=[Mention(text=name, start=0, end=len(name))],
        place=place,
    )


def _docs() -> list[GraphDoc]:
    own = _doc(1, "Harbour Ledger", _entity("Person", "Ines Corvo", "person:ines-corvo"))
    trust = _entity(
        "Organization",
        "Harbour Ledger Media Trust",
        "organization:harbour-ledger-media-trust",
        "Harbour Ledger",
    )
    named = _doc(2, "Quay Test Wire", trust)
    as_place = _entity("Place", "Harbour Ledger", "place:harbour-ledger", place=PlaceInfo(kind="other"))
    return [own, named, _doc(3, "Quay Test Wire", as_place)]


def _node_of(driver: Driver, database: str, article: str) -> tuple[str, list[str]]:
    records, _, _ = driver.execute_query(
        "MATCH (:Article {id: $id})-[:MENTIONS]->(n) WHERE NOT n:Person RETURN n.key AS key, labels(n) AS labels",
        {"id": f"{PREFIX}-{article}"},
        database_=database,
    )
    (record,) = records
    return record["key"], sorted(record["labels"])


async def test_a_place_named_like_an_outlet_joins_the_organisation_known_by_that_name(
    clean: None, writer: AsyncDriver, driver: Driver, database: str
) -> None:
    docs = _docs()
    for doc in docs:
        await write_graphdocs(writer, [doc], database)
    assert _node_of(driver, database, "3") == _node_of(driver, database, "2")
    assert "Organization" in _node_of(driver, database, "3")[1]
