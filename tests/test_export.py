"""`chronicle export`: GraphML and CSV tables, read back with networkx and checked against the graph."""

import csv
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import networkx as nx
import pytest
from neo4j import Driver
from typer.testing import CliRunner

from chronicle.cli.main import app
from chronicle.graph.export import graph_from_rows, write_csv, write_graphml
from tests.helpers import graph_counts, scalar
from tests.q4_graph import ARTICLE_A, ARTICLE_B, fixture_in_graph

runner = CliRunner()

NODES = [
    {"id": "place:x", "labels": ["Entity", "Place"], "props": {"name": "Xland", "aliases": ["X"], "lat": 1}},
    {"id": "place:y", "labels": ["Entity", "Place"], "props": {"name": "Yton", "lat": 2.5, "kind": "city"}},
    {
        "id": "claim:c1",
        "labels": ["Claim"],
        "props": {"text": "Y is in X " * 20, "stated_on": date(2025, 6, 1)},
    },
]
EDGES = [
    {"source": "place:y", "target": "place:x", "type": "PART_OF", "props": {}},
    {"source": "claim:c1", "target": "place:y", "type": "ABOUT", "props": {"valid_from": date(2025, 6, 1)}},
    {"source": "claim:c1", "target": "place:y", "type": "ABOUT", "props": {"value": None, "start": 3}},
    {"source": "claim:c1", "target": "place:gone", "type": "ABOUT", "props": {}},
]


def test_graph_from_rows_keeps_properties_as_plain_attributes() -> None:
    graph = graph_from_rows(NODES, EDGES)
    assert (
        graph.number_of_nodes() == 3 and graph.number_of_edges() == 3
    )  # the edge to a missing node is dropped
    x = graph.nodes["place:x"]
    assert (x["kind"], x["label"], x["labels"], x["aliases"]) == ("Place", "Xland", "Entity; Place", "X")
    assert x["lat"] == 1.0 and isinstance(x["lat"], float)  # int and float in one attribute: float
    assert graph.nodes["place:y"]["kind_"] == "city"  # a property named like a built-in attribute
    claim = graph.nodes["claim:c1"]
    assert claim["stated_on"] == "2025-06-01" and claim["label"].endswith("…") and len(claim["label"]) == 80
    assert [d.get("valid_from") for _, _, d in graph.edges("claim:c1", data=True)] == ["2025-06-01", None]
    assert all("value" not in d for _, _, d in graph.edges(data=True))


def test_graphml_and_csv_read_back_with_the_same_counts(tmp_path: Path) -> None:
    graph = graph_from_rows(NODES, EDGES)
    back = nx.read_graphml(write_graphml(graph, tmp_path / "g.graphml"))
    assert (back.number_of_nodes(), back.number_of_edges()) == (3, 3)
    assert back.nodes["place:y"]["lat"] == 2.5 and back.nodes["claim:c1"]["stated_on"] == "2025-06-01"
    nodes, edges = write_csv(graph, tmp_path / "tables")
    with nodes.open(encoding="utf-8") as handle:
        node_rows = list(csv.DictReader(handle))
    with edges.open(encoding="utf-8") as handle:
        edge_rows = list(csv.DictReader(handle))
    table = nx.from_edgelist([(r["source"], r["target"]) for r in edge_rows], create_using=nx.MultiDiGraph)
    table.add_nodes_from(r["id"] for r in node_rows)
    assert (table.number_of_nodes(), table.number_of_edges()) == (3, 3)
    assert list(node_rows[0])[:4] == ["id", "kind", "label", "labels"]
    assert list(edge_rows[0])[:3] == ["source", "target", "type"]


def test_export_refuses_another_suffix(tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", "-o", str(tmp_path / "graph.csv")])
    assert result.exit_code == 1
    assert "graph.csv: give a .graphml file, or a folder" in result.stderr


@pytest.fixture(scope="module")
def q4_graph(driver: Driver, database: str) -> Iterator[None]:
    with fixture_in_graph(driver, database):
        yield


@pytest.mark.integration
@pytest.mark.usefixtures("q4_graph")
def test_export_whole_graph_matches_the_graphs_counts(tmp_path: Path, driver: Driver, database: str) -> None:
    result = runner.invoke(app, ["export", "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    nodes, relationships = graph_counts(driver, database)
    nodes -= int(scalar(driver, database, "MATCH (n:Alias) RETURN count(n)"))  # type: ignore[arg-type]
    back = nx.read_graphml(tmp_path / "graph.graphml")
    assert (back.number_of_nodes(), back.number_of_edges()) == (nodes, relationships)
    with (tmp_path / "edges.csv").open(encoding="utf-8") as handle:
        assert sum(1 for _ in csv.DictReader(handle)) == relationships
    with (tmp_path / "nodes.csv").open(encoding="utf-8") as handle:
        assert sum(1 for _ in csv.DictReader(handle)) == nodes
    assert f"{nodes:,} nodes, {relationships:,} relationships" in result.stdout
    article = back.nodes[f"article:{ARTICLE_A}"]
    assert article["kind"] == "Article" and article["source"] == "Test Q4 Wire"


@pytest.mark.integration
@pytest.mark.usefixtures("q4_graph")
def test_export_window_drops_dated_relationships_outside_it(
    tmp_path: Path, driver: Driver, database: str
) -> None:
    path = tmp_path / "window.graphml"
    result = runner.invoke(app, ["export", "-o", str(path), "--since", "2025-06-20"])
    assert result.exit_code == 0, result.output
    inside = scalar(
        driver,
        database,
        "MATCH ()-[r]->() WHERE r.valid_to IS NULL OR r.valid_to >= $since RETURN count(r)",
        since=date(2025, 6, 20),
    )
    assert nx.read_graphml(path).number_of_edges() == inside < graph_counts(driver, database)[1]


@pytest.mark.integration
@pytest.mark.usefixtures("q4_graph")
def test_export_neighbourhood_holds_the_names_claims_events_and_evidence(
    tmp_path: Path, driver: Driver, database: str
) -> None:
    result = runner.invoke(app, ["export", "Zarvask", "-o", str(tmp_path / "z.graphml")])
    assert result.exit_code == 0, result.output
    back = nx.read_graphml(tmp_path / "z.graphml")
    claims = {n for n, d in back.nodes(data=True) if d["kind"] == "Claim"}
    about = scalar(
        driver, database, "MATCH (c:Claim)-[:ABOUT]->(:Entity {name: 'Zarvask'}) RETURN count(DISTINCT c)"
    )
    direct = {
        a for a, b, d in back.edges(data=True) if d["type"] == "ABOUT" and back.nodes[b]["label"] == "Zarvask"
    }
    assert len(direct) == about and direct <= claims
    assert {f"article:{ARTICLE_A}", f"article:{ARTICLE_B}"} <= set(back.nodes)
    events = [d for _, d in back.nodes(data=True) if d["kind"] == "Event"]
    assert {"Zarvask offensive", "capture of Zarvask"} & {d["label"] for d in events}
    dated = [d for _, _, d in back.edges(data=True) if d["type"] in ("AT", "INVOLVED")]
    assert dated and all(d.get("article") for d in dated)
    assert any(d.get("sentence") for d in dated) or any(d.get("sentence") for _, d in back.nodes(data=True))
    # a window keeps fewer claims
    runner.invoke(app, ["export", "Zarvask", "--since", "2025-06-29", "-o", str(tmp_path / "late.graphml")])
    late = nx.read_graphml(tmp_path / "late.graphml")
    assert 0 < sum(1 for _, d in late.nodes(data=True) if d["kind"] == "Claim") < len(claims)
