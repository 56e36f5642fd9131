"""PART_OF chains on the real Neo4j: a town written by one article lies in its district, region and
country, so "everything in Donetsk Oblast" is one query (`chronicle ask places`)."""

import pytest
from neo4j import AsyncDriver, Driver
from spacy.language import Language

from chronicle.extraction.models import Article, GraphDoc
from chronicle.extraction.pipeline import extract_many
from chronicle.graph.queries import answer
from chronicle.graph.writer import write_graphdocs
from tests.helpers import clean_fixture, delete_articles

pytestmark = [pytest.mark.integration, pytest.mark.anyio]

PREFIX = "places-chain-test"
TEXTS = (
    "Drones struck Myrnohrad overnight and a school burned, the town's military administration said.",
    "Residents of the town of Novohrodivka queued for water on Tuesday, volunteers said.",
    "Trains to Kramatorsk were cancelled after the station was hit, the railway said on Friday.",
)
OBLAST = "place:iso:UA-14"
RAION = "place:geonames:704417"  # Pokrovsk Raion


def _clean(driver: Driver, database: str) -> None:
    delete_articles(driver, database, PREFIX)


@pytest.fixture(scope="module")
def docs(nlp: Language) -> list[GraphDoc]:
    articles = [
        Article(id=f"{PREFIX}-{i}", text=t, published_at=f"2025-03-{i + 1:02d}") for i, t in enumerate(TEXTS)
    ]
    return list(extract_many(articles))


clean = clean_fixture(_clean)


def _chain(driver: Driver, database: str, name: str) -> list[tuple[str, str | None]]:
    with driver.session(database=database) as session:
        row = session.run(
            "MATCH (a:Article)-[:MENTIONS]->(town:Place) WHERE a.id STARTS WITH $prefix "
            "AND (town.name = $name OR $name IN town.aliases) "
            "MATCH path = (town)-[:PART_OF*]->(top) WHERE NOT (top)-[:PART_OF]->() "
            "RETURN [n IN nodes(path) | [n.name, n.place_kind]] AS chain",
            name=name,
            prefix=PREFIX,
        ).single(strict=True)
    return [tuple(pair) for pair in row["chain"]]


async def test_places_town_lies_in_district_region_and_country(
    clean: None, writer: AsyncDriver, driver: Driver, database: str, docs: list[GraphDoc]
) -> None:
    await write_graphdocs(writer, docs, database)
    assert _chain(driver, database, "Myrnohrad") == [
        ("Myrnohrad", "city"),
        ("Pokrovsk Raion", "district"),
        ("Donetsk Oblast", "region"),
        ("Ukraine", "country"),
    ]
    assert _chain(driver, database, "Novohrodivka")[1:] == [
        ("Pokrovsk Raion", "district"),
        ("Donetsk Oblast", "region"),
        ("Ukraine", "country"),
    ]
    with driver.session(database=database) as session:
        raion = session.run("MATCH (r:Place {key: $key}) RETURN r", key=RAION).single(strict=True)["r"]
    assert raion["geonames_id"] == 704417
    assert raion["country_code"] == "UA"
    assert 47.5 < raion["lat"] < 49.0 and 36.5 < raion["lon"] < 38.0


async def test_places_an_older_edge_gives_way_to_the_gazetteers_chain(
    clean: None, writer: AsyncDriver, driver: Driver, database: str, docs: list[GraphDoc]
) -> None:
    """A town an older write put straight into its region is moved into its district when an article
    names it again: its own PART_OF edge is the gazetteer's alone (cypher/write/entities)."""
    await write_graphdocs(writer, docs, database)
    driver.execute_query(
        "MATCH (town:Place {name: 'Myrnohrad'}), (oblast:Place {key: $oblast}) MERGE (town)-[:PART_OF]->(oblast)",
        oblast=OBLAST,
        database_=database,
    )
    await write_graphdocs(writer, docs, database)
    records, _, _ = driver.execute_query(
        "MATCH (:Place {name: 'Myrnohrad'})-[:PART_OF]->(up) RETURN up.key AS key", database_=database
    )
    assert [r["key"] for r in records] == [RAION]
    assert [name for name, _ in _chain(driver, database, "Myrnohrad")] == [
        "Myrnohrad",
        "Pokrovsk Raion",
        "Donetsk Oblast",
        "Ukraine",
    ]


async def test_places_everything_in_donetsk_oblast_is_one_query(
    clean: None, writer: AsyncDriver, driver: Driver, database: str, docs: list[GraphDoc]
) -> None:
    await write_graphdocs(writer, docs, database)
    rows = answer(driver, database, "places", {"key": OBLAST, "limit": None})
    found = {r.place: (r.kind, r.depth, r.within) for r in rows}  # type: ignore[attr-defined]
    assert found["Pokrovsk Raion"] == ("district", 1, "Donetsk Oblast")
    assert found["Myrnohrad"] == ("city", 2, "Pokrovsk Raion")
    assert found["Novohrodivka"] == ("city", 2, "Pokrovsk Raion")
    assert found["Kramatorsk"][1:] == (2, "Kramatorskyi Raion")
    assert "Ukraine" not in found
    myrnohrad = next(r for r in rows if r.place == "Myrnohrad")  # type: ignore[attr-defined]
    assert myrnohrad.articles >= 1 and myrnohrad.events >= 1  # type: ignore[attr-defined]
    reported = [r.articles for r in rows]  # type: ignore[attr-defined]
    assert reported == sorted(reported, reverse=True)
    assert all(r.total == len(rows) for r in rows)  # type: ignore[attr-defined]


async def test_places_district_no_article_names_any_more_stays_in_the_chain(
    clean: None, writer: AsyncDriver, driver: Driver, database: str, nlp: Language
) -> None:
    article = f"{PREFIX}-rewritten"
    first = Article(
        id=article, text="Shells hit Kupiansk and villages across Kupiansk Raion, officials said."
    )
    again = Article(id=article, text="Shells hit Kupiansk again on Sunday, officials said.")
    for version in (first, again):
        await write_graphdocs(writer, list(extract_many([version])), database)
    assert [name for name, _ in _chain(driver, database, "Kupiansk")][1:] == [
        "Kupiansk Raion",
        "Kharkiv Oblast",
        "Ukraine",
    ]


async def test_places_an_effect_on_a_town_is_an_effect_on_its_region(
    clean: None, writer: AsyncDriver, driver: Driver, database: str, nlp: Language
) -> None:
    article = Article(
        id=f"{PREFIX}-effect",
        text="The Kursk operation weakened the Russian push on Myrnohrad, the General Staff said on Friday.",
        published_at="2025-03-07",
    )
    await write_graphdocs(writer, list(extract_many([article])), database)
    rows = answer(driver, database, "effect", {"cause_key": "event:operation:kursk", "target_key": OBLAST})
    assert [(row.kind, row.via) for row in rows if row.article_id == article.id][:1] == [
        ("effect", "Myrnohrad")
    ]
