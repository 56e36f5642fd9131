"""Identity on the real Neo4j: the writer resolves names inside its transaction, so the order of the
articles never changes the nodes and two writers at once never make twins."""

import asyncio

import pytest
from neo4j import AsyncDriver, Driver
from spacy.language import Language

from chronicle.extraction.models import Article, GraphDoc
from chronicle.extraction.pipeline import extract_many
from chronicle.graph.writer import write_graphdocs
from tests.helpers import clean_fixture, delete_articles
from tests.identity_articles import articles as identity_articles

pytestmark = [pytest.mark.integration, pytest.mark.anyio]

PREFIX = "identity-graph-test"
TEXTS = (
    "Brigade commander Taras Zavirskyi said on Monday that the unit had held the river line.",
    "Colonel Zavirsky told reporters that reserves were moving east.",
    "Taras Zavirskiy visited the front on Tuesday, his office said.",
    "Colonel Taras Zavirksky met the staff of the Institute for Lunar Policy (ILP) in Lutsk.",
    "ILP analysts said the offensive had stalled, according to Zavirskyi.",
)


def _articles(texts: tuple[str, ...] = TEXTS, prefix: str = PREFIX) -> list[Article]:
    return [
        Article(id=f"{prefix}-{i}", text=t, published_at=f"2025-04-{i + 1:02d}", source="Lutsk Test Wire")
        for i, t in enumerate(texts)
    ]


def _clean(driver: Driver, database: str) -> None:
    delete_articles(driver, database, PREFIX)


def _nodes(driver: Driver, database: str) -> set[tuple[str, str, tuple[str, ...], tuple[str, ...]]]:
    with driver.session(database=database) as session:
        rows = session.run(
            "MATCH (a:Article)-[:MENTIONS]->(n) WHERE a.id STARTS WITH $prefix "
            "RETURN DISTINCT n.key AS key, n.name AS name, labels(n) AS labels, n.aliases AS aliases",
            prefix=PREFIX,
        ).data()
    return {(r["key"], r["name"], tuple(sorted(r["labels"])), tuple(r["aliases"] or ())) for r in rows}


@pytest.fixture(scope="module")
def docs(nlp: Language) -> list[GraphDoc]:
    return list(extract_many(_articles()))


clean = clean_fixture(_clean)


async def _write_one_by_one(writer: AsyncDriver, database: str, docs: list[GraphDoc]) -> None:
    for doc in docs:
        await write_graphdocs(writer, [doc], database)


async def test_writing_in_two_orders_gives_the_same_nodes(
    clean: None, writer: AsyncDriver, driver: Driver, database: str, docs: list[GraphDoc]
) -> None:
    await _write_one_by_one(writer, database, docs)
    forward = _nodes(driver, database)
    _clean(driver, database)
    await _write_one_by_one(writer, database, docs[::-1])
    backward = _nodes(driver, database)
    assert forward == backward
    people = {key for key, _, labels, _ in forward if "Person" in labels}
    assert people == {"person:taras-zavirski"}
    names = {key: name for key, name, _, _ in forward}
    assert names["person:taras-zavirski"] == "Taras Zavirskyi"
    assert "organization:institute-for-lunar-policy" in names


async def test_rewriting_an_article_keeps_its_nodes(
    clean: None, writer: AsyncDriver, driver: Driver, database: str, docs: list[GraphDoc]
) -> None:
    await write_graphdocs(writer, docs, database)
    before = _nodes(driver, database)
    await write_graphdocs(writer, docs[2:], database)
    assert _nodes(driver, database) == before


async def test_two_writers_at_once_make_no_twins(
    clean: None, writer: AsyncDriver, driver: Driver, database: str, docs: list[GraphDoc]
) -> None:
    await asyncio.gather(*(write_graphdocs(writer, [doc], database) for doc in docs))
    people = {key for key, _, labels, _ in _nodes(driver, database) if "Person" in labels}
    assert people == {"person:taras-zavirski"}


def _mentioned(driver: Driver, database: str) -> dict[tuple[str, str], tuple[str, tuple[str, ...]]]:
    """(article id, name as written) -> (node key, labels)."""
    with driver.session(database=database) as session:
        rows = session.run(
            "MATCH (a:Article)-[:MENTIONS]->(n) WHERE a.id STARTS WITH $prefix "
            "RETURN a.id AS id, n.key AS key, labels(n) AS labels, [n.name] + coalesce(n.aliases, []) AS names",
            prefix=PREFIX,
        ).data()
    return {(r["id"], name): (r["key"], tuple(sorted(r["labels"]))) for r in rows for name in r["names"]}


async def test_five_spellings_an_acronym_and_obama_on_the_graph_in_two_orders(
    clean: None, writer: AsyncDriver, driver: Driver, database: str, nlp: Language
) -> None:
    spelled = list(extract_many(identity_articles(PREFIX + "-spelled")))
    await _write_one_by_one(writer, database, spelled)
    forward = _nodes(driver, database)
    seen = _mentioned(driver, database)
    _clean(driver, database)
    await _write_one_by_one(writer, database, spelled[::-1])
    assert _nodes(driver, database) == forward
    commander = {
        key for (article, _), (key, labels) in seen.items() if "Person" in labels and article[-1] in "01234"
    }
    commander -= {seen[(f"{PREFIX}-spelled-4", "Rustem Umerov")][0]}
    assert commander == {"person:oleksandr-sirski"}
    institute = seen[(f"{PREFIX}-spelled-5", "Institute for the Study of War")][0]
    assert seen[(f"{PREFIX}-spelled-6", "Institute for the Study of War")][0] == institute  # 'ISW' alone
    assert seen[(f"{PREFIX}-spelled-7", "Barack Obama")] == ("person:barack-obama", ("Entity", "Person"))
