"""`chronicle entities` on the real Neo4j and NATS: an analyst's merge, alias and split decisions are
applied now, followed by every later article, kept in the JetStream bucket and re-applied after the
graph is rebuilt. The articles are built here by hand (invented names), so what the resolver sees is
exactly what the test says."""

import json

import pytest
from neo4j import Driver
from typer.testing import CliRunner

from chronicle.cli.main import app
from chronicle.extraction.models import ArticleRecord, Entity, GraphDoc, Mention
from chronicle.settings import get_settings
from tests.helpers import clean_fixture, delete_ambiguous, delete_articles, forget_decisions, write_docs

pytestmark = pytest.mark.integration

runner = CliRunner()
PREFIX = "test-entities-cli-"
SOURCE = "Entities Test Wire"


def _doc(suffix: str, *entities: tuple[str, str, list[str]]) -> GraphDoc:
    record = ArticleRecord(
        id=PREFIX + suffix,
        source=SOURCE,
        title=f"Test article {suffix}",
        word_count=12,
        extractor_version="test",
    )
    return GraphDoc(
        article=record,
        entities=[
            Entity(
                key=f"{kind.lower()}:{name.lower().replace(' ', '-')}",
                type=kind,  # type: ignore[arg-type]
                name=name,
                aliases=aliases,
                mentions=[Mention(text=name, start=0, end=len(name))],
            )
            for kind, name, aliases in entities
        ],
    )


def _write(*docs: GraphDoc) -> None:
    write_docs(get_settings().neo4j_database, *([doc] for doc in docs))


DECIDED = ("person:dori", "person:taras-velich", "organization:harbour")
"""Key prefixes of the nodes these tests' decisions name."""
SHARED_SURNAMES = ["s|okafor", "s|velichkov"]
"""Surname entries two of these tests' persons claim, so they point at no node (resolver.AMBIGUOUS)."""


def _forget_decisions() -> None:
    forget_decisions(lambda decision: decision.key.startswith(DECIDED))


def _wipe(driver: Driver, database: str) -> None:
    """What these articles wrote, as a rebuild would lose it: articles, their nodes, the aliases of
    those nodes (pinned ones too, also those pinned to a key that never became a node)."""
    delete_articles(driver, database, PREFIX)
    driver.execute_query(
        "UNWIND $decided AS prefix MATCH (alias:Alias) WHERE alias.target STARTS WITH prefix "
        "AND NOT EXISTS { MATCH (n:Entity {key: alias.target}) } DELETE alias",
        decided=list(DECIDED),
        database_=database,
    )
    delete_ambiguous(driver, database, SHARED_SURNAMES)


def _clean(driver: Driver, database: str) -> None:
    _wipe(driver, database)
    _forget_decisions()


clean = clean_fixture(_clean)


def _keys(driver: Driver, database: str) -> dict[str, set[str]]:
    """Article suffix -> keys of the nodes it mentions."""
    rows = driver.execute_query(
        "MATCH (a:Article)-[:MENTIONS]->(n:Entity) WHERE a.id STARTS WITH $prefix "
        "RETURN a.id AS id, collect(n.key) AS keys",
        prefix=PREFIX,
        database_=database,
    ).records
    return {r["id"].removeprefix(PREFIX): set(r["keys"]) for r in rows}


def _cli(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.output


OKAFOR = ("Person", "Dorian Okafor", [])
OKAFOR_MISSPELT = ("Person", "Dorien Okafor", [])


def test_duplicates_lists_a_near_spelling_and_merge_joins_it_for_good(
    clean: None, driver: Driver, database: str
) -> None:
    _write(_doc("a", OKAFOR), _doc("b", OKAFOR_MISSPELT))
    pairs = json.loads(_cli("entities", "duplicates", "--limit", "500", "--format", "json"))
    pair = next(
        p for p in pairs if {p["a_key"], p["b_key"]} == {"person:dorian-okafor", "person:dorien-okafor"}
    )
    assert "one edit apart ('dorian okafor', 'dorien okafor')" in pair["evidence"]
    assert "never in one article" in pair["evidence"]

    out = _cli("entities", "merge", "Dorian Okafor", "Dorien Okafor")
    assert "Merged Dorien Okafor (person:dorien-okafor) into Dorian Okafor (person:dorian-okafor)" in out
    assert _keys(driver, database) == {"a": {"person:dorian-okafor"}, "b": {"person:dorian-okafor"}}
    _write(_doc("c", OKAFOR_MISSPELT))  # a later article follows the decision
    assert _keys(driver, database)["c"] == {"person:dorian-okafor"}
    shown = json.loads(_cli("entities", "show", "Dorien Okafor", "--format", "json"))[0]
    assert shown["key"] == "person:dorian-okafor" and shown["article_count"] == 3
    assert {"key": "k|person:dorien-okafor", "pinned": True} in shown["entries"]

    # a rebuild: the graph forgets everything these articles wrote; the bucket remembers the merge
    _wipe(driver, database)
    assert "Dorien Okafor" in _cli("entities", "decisions")
    _cli("entities", "apply")
    _write(_doc("c", OKAFOR_MISSPELT), _doc("b", OKAFOR_MISSPELT), _doc("a", OKAFOR))
    assert set().union(*_keys(driver, database).values()) == {"person:dorian-okafor"}


def test_alias_add_joins_an_acronym_now_and_later(clean: None, driver: Driver, database: str) -> None:
    _write(_doc("a", ("Organization", "Harbour Watch Group", [])), _doc("b", ("Organization", "HWG", [])))
    assert _keys(driver, database)["b"] == {"organization:hwg"}
    out = _cli("entities", "alias", "add", "Harbour Watch Group", "HWG")
    assert "'HWG' names Harbour Watch Group (organization:harbour-watch)" in out
    assert _keys(driver, database)["b"] == {"organization:harbour-watch"}
    _write(_doc("c", ("Organization", "HWG", [])))
    assert _keys(driver, database)["c"] == {"organization:harbour-watch"}
    shown = json.loads(_cli("entities", "show", "HWG", "--format", "json"))[0]
    assert "HWG" in shown["aliases"]


def test_split_keeps_a_spelling_apart_when_its_article_is_written_again(
    clean: None, driver: Driver, database: str
) -> None:
    full, near = _doc("a", ("Person", "Taras Velychko", [])), _doc("b", ("Person", "Taras Velychkov", []))
    _write(full, near)
    assert _keys(driver, database) == {"a": {"person:taras-velichko"}, "b": {"person:taras-velichko"}}
    out = _cli("entities", "split", "Taras Velychko", "Taras Velychkov")
    assert "it is person:taras-velichkov from now on" in out
    _write(near)  # re-extraction: the worker writes the article again
    assert _keys(driver, database) == {"a": {"person:taras-velichko"}, "b": {"person:taras-velichkov"}}
    _write(_doc("c", ("Person", "Taras Velychkov", [])), _doc("d", ("Person", "Taras Velychko", [])))
    keys = _keys(driver, database)
    assert (keys["c"], keys["d"]) == ({"person:taras-velichkov"}, {"person:taras-velichko"})


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["merge", "Dorian Okafor", "Dorian Okafor"], "are already one node"),
        (["split", "Dorian Okafor", "Dorian Okafor"], "nothing to split"),
        (["show", "Nobody Ever Named Here"], "nothing in the graph is called"),
    ],
)
def test_entities_errors_are_one_line(clean: None, args: list[str], message: str) -> None:
    _write(_doc("a", OKAFOR))
    result = runner.invoke(app, ["entities", *args])
    assert result.exit_code == 1
    assert message in result.output and len(result.output.strip().splitlines()) <= 2
