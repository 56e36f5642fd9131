"""A name typed Person in one article and Organization in others, at the same rank, is one node on the
real Neo4j whatever the order of ingestion: the type with the most mentions across articles wins."""

import pytest
from neo4j import AsyncDriver, Driver

from chronicle.extraction.models import ArticleRecord, Entity, GraphDoc, Mention
from chronicle.graph.writer import write_graphdocs
from tests.helpers import clean_fixture

pytestmark = [pytest.mark.integration, pytest.mark.anyio]

PREFIX = "type-evidence-test"
NAME = "Quillmere"


def _doc(index: int, kind: str, times: int) -> GraphDoc:
    text = " ".join([f"{NAME} said."] * times)
    mentions = [
        Mention(text=NAME, start=i * (len(NAME) + 7), end=i * (len(NAME) + 7) + len(NAME))
        for i in range(times)
    ]
    entity = Entity(key=f"{kind.lower()}:{NAME.lower()}", type=kind, name=NAME, mentions=mentions)  # type: ignore[arg-type]
    record = ArticleRecord(id=f"{PREFIX}-{index}", word_count=len(text.split()), extractor_version="test")
    return GraphDoc(article=record, entities=[entity])


DOCS = [_doc(0, "Organization", 1), _doc(1, "Person", 3), _doc(2, "Organization", 1)]


def _clean(driver: Driver, database: str) -> None:
    with driver.session(database=database) as session:
        session.run(
            "MATCH (a:Article) WHERE a.id STARTS WITH $prefix DETACH DELETE a", prefix=PREFIX
        ).consume()
        session.run("MATCH (n:Entity) WHERE n.name = $name DETACH DELETE n", name=NAME).consume()
        session.run(
            "MATCH (v:Alias) WHERE v.key CONTAINS 'quillmere' OR v.key CONTAINS 'quilmere' DELETE v"
        ).consume()


clean = clean_fixture(_clean)


def _nodes(driver: Driver, database: str) -> set[tuple[str, tuple[str, ...], int]]:
    with driver.session(database=database) as session:
        rows = session.run(
            "MATCH (a:Article)-[:MENTIONS]->(n) WHERE a.id STARTS WITH $prefix "
            "RETURN n.key AS key, labels(n) AS labels, count(a) AS articles",
            prefix=PREFIX,
        ).data()
    return {(r["key"], tuple(sorted(r["labels"])), r["articles"]) for r in rows}


@pytest.mark.parametrize("order", [(0, 1, 2), (2, 1, 0), (1, 0, 2)])
async def test_same_rank_type_conflict_is_one_node_in_any_order(
    clean: None, writer: AsyncDriver, driver: Driver, database: str, order: tuple[int, ...]
) -> None:
    for i in order:
        await write_graphdocs(writer, [DOCS[i]], database)
    assert _nodes(driver, database) == {("person:quilmere", ("Entity", "Person"), 3)}
    await write_graphdocs(writer, [DOCS[1]], database)  # re-extracting an article adds no votes
    assert _nodes(driver, database) == {("person:quilmere", ("Entity", "Person"), 3)}
