"""Small helpers shared by the tests: running the pipeline on a sentence, reading the real graph."""

from datetime import date

from neo4j import Driver
from spacy.language import Language
from spacy.tokens import Doc

from chronicle.extraction.models import Article
from chronicle.extraction.pipeline import make_doc

__all__ = ["PUBLISHED", "delete_articles", "graph_counts", "run", "scalar"]

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
