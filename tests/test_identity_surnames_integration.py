"""A surname used alone, on the real Neo4j, whatever order the articles come in.

Invented articles (written for these tests): a deputy minister named in full, an article naming him
by his surname alone (another romanisation), one where the model takes the surname for a place
('According to Zhuravskyi'), and a harbour pilot who bears the same surname. With the minister
alone, every lone surname is his; once the pilot is known too, the lone surname is nobody's in
particular and stays apart. Each set of articles is written in every order, one article per
transaction, two, or all in one, and the graph must end with the same nodes, mentions and claims.
"""

from itertools import permutations

import pytest
from neo4j import AsyncDriver, Driver
from spacy.language import Language

from chronicle.extraction.models import Article, GraphDoc
from chronicle.extraction.pipeline import extract_many
from chronicle.graph.writer import write_graphdocs
from tests.helpers import clean_fixture

pytestmark = [pytest.mark.integration, pytest.mark.anyio]

PREFIX = "identity-surname-test-"
SOURCE = "Surname Test Wire"
TEXTS = {
    "minister": "Deputy minister Mykola Zhuravskyi said on Monday that the grain corridor would stay open.",
    "lone": "Zhuravskyy told reporters in Odesa that two more ships had left port.",
    "mistyped": "According to Zhuravskyi, exports of sunflower oil rose in March.",
    "pilot": "Harbour pilot Ivan Zhuravskyi said the channel was clear of mines.",
}


def _wipe(driver: Driver, database: str) -> None:
    for statement in (
        "MATCH (a:Article) WHERE a.id STARTS WITH $prefix "
        "OPTIONAL MATCH (a)-[:MENTIONS]->(n:Entity) WHERE NOT n:Place OR NOT n.key STARTS WITH 'place:geonames:' "
        "OPTIONAL MATCH (a)<-[:IN]-(x) DETACH DELETE a, n, x",
        "MATCH (alias:Alias) WHERE alias.key CONTAINS '|' + $prefix "
        "OR NOT EXISTS { MATCH (n:Entity {key: alias.target}) } AND alias.target <> '' DELETE alias",
        "MATCH (alias:Alias) WHERE alias.key IN ['s|zhuravski', 't|zhuravskyi', 't|zhuravskyy'] DELETE alias",
        "MATCH (s:Source {name: $source}) WHERE NOT (s)-->() DELETE s",
    ):
        driver.execute_query(statement, prefix=PREFIX, source=SOURCE, database_=database)


clean = clean_fixture(_wipe)


@pytest.fixture(scope="module")
def docs(nlp: Language) -> dict[str, GraphDoc]:
    articles = [
        Article(id=PREFIX + name, text=text, published_at=f"2025-03-{i + 3:02d}", source=SOURCE)
        for i, (name, text) in enumerate(TEXTS.items())
    ]
    return {doc.article.id.removeprefix(PREFIX): doc for doc in extract_many(articles)}


def _graph(driver: Driver, database: str) -> tuple[frozenset[tuple[str, ...]], frozenset[tuple[str, ...]]]:
    """The nodes the articles mention but the gazetteer's places (key, name, labels, aliases), and
    which node each article mentions and which node states each claim."""
    records, _, _ = driver.execute_query(
        "MATCH (a:Article)-[:MENTIONS]->(n) WHERE a.id STARTS WITH $prefix AND NOT n.key STARTS WITH 'place:geonames:' "
        "RETURN DISTINCT a.id AS article, n.key AS key, n.name AS name, labels(n) AS labels, n.aliases AS aliases, "
        "[(n)-[:STATED]->(c:Claim)-[:IN]->(a) | c.text] AS claims",
        prefix=PREFIX,
        database_=database,
    )
    nodes = frozenset(
        (r["key"], r["name"], *sorted(r["labels"]), "|".join(r["aliases"] or [])) for r in records
    )
    said = frozenset((r["article"].removeprefix(PREFIX), r["key"], *sorted(r["claims"])) for r in records)
    return nodes, said


async def _write(writer: AsyncDriver, database: str, docs: list[GraphDoc], batch: int) -> None:
    for at in range(0, len(docs), batch):
        await write_graphdocs(writer, docs[at : at + batch], database)


@pytest.mark.parametrize("batch", [1, 2, 3], ids=["one-by-one", "in-twos", "in-one-batch"])
@pytest.mark.parametrize(
    ("names", "together"),
    [
        (("minister", "lone", "mistyped"), {"minister", "lone", "mistyped"}),
        (("minister", "lone", "pilot"), {"minister"}),
        (("minister", "mistyped", "pilot"), {"minister"}),
    ],
)
async def test_a_lone_surname_ends_on_the_same_node_in_every_order(
    clean: None,
    writer: AsyncDriver,
    driver: Driver,
    database: str,
    docs: dict[str, GraphDoc],
    names: tuple[str, ...],
    together: set[str],
    batch: int,
) -> None:
    outcomes = {}
    for order in permutations(names):
        _wipe(driver, database)
        await _write(writer, database, [docs[name] for name in order], batch)
        outcomes[order] = _graph(driver, database)
    first = outcomes[names]
    assert {order: graph for order, graph in outcomes.items() if graph != first} == {}
    minister = {key for article, key, *_ in first[1] if article == "minister"}
    assert minister == {"person:mikola-zhuravski"}
    assert {article for article, key, *_ in first[1] if key in minister} == together
