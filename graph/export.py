"""Findings out: the graph, or one name's neighbourhood in a window, as GraphML and CSV tables.

The graph is read with cypher/export/*.cypher into a networkx MultiDiGraph (parallel edges kept: two
articles' AT edges between one event and one place are two records), then written with networkx's
GraphML writer (Gephi, yEd, Cytoscape and networkx read it) and as two CSV tables, nodes and edges,
for spreadsheets. Every property travels as an attribute: dates as ISO text, lists joined with "; ",
so evidence sentences, dates, precision and the article of each dated edge stay with the data.
Node ids are stable across exports (an entity's key, `article:<id>`, `claim:<id>`, `source:<name>`).
The resolver's Alias nodes (a lookup table of names, with no relationships) are not exported.
"""

import csv
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

import networkx as nx
from neo4j import Driver

from chronicle.graph.queries import read

__all__ = ["PAGE", "export_graph", "graph_from_rows", "write_csv", "write_graphml"]

PAGE = 5000
"""Nodes or edges read per query when exporting the whole graph."""
_LABEL_FIELDS = ("name", "title", "text", "id")


def _scalar(value: Any) -> Any:
    """A property value GraphML and CSV can hold: text for dates and lists, None dropped by the caller."""
    if isinstance(value, list | tuple):
        return "; ".join(str(_scalar(v)) for v in value if v is not None)
    if isinstance(value, date):  # datetime too
        return value.isoformat()
    if isinstance(value, bool | int | float | str):
        return value
    return str(value)


def _attributes(props: dict[str, Any]) -> dict[str, Any]:
    return {k: _scalar(v) for k, v in props.items() if v is not None and v != []}


def _label(labels: list[str], props: dict[str, Any]) -> str:
    for name in _LABEL_FIELDS:
        if props.get(name):
            text = str(props[name])
            return text if len(text) <= 80 else text[:79] + "…"
    return labels[0] if labels else ""


def graph_from_rows(nodes: Iterable[dict[str, Any]], edges: Iterable[dict[str, Any]]) -> nx.MultiDiGraph:
    """A MultiDiGraph from node rows {id, labels, props} and edge rows {source, target, type, props}.

    Each node gets `kind` (its main label), `labels` and `label` (its name, title or text, for Gephi);
    each edge gets `type` and `label` (the relationship type). Properties keep their names; a property
    called like one of these is kept with a trailing underscore.
    """
    graph = nx.MultiDiGraph()
    for row in nodes:
        labels = [label for label in row["labels"] if label != "Entity"] or list(row["labels"])
        props = {(f"{k}_" if k in ("kind", "labels", "label") else k): v for k, v in row["props"].items()}
        graph.add_node(
            row["id"],
            kind=labels[0] if labels else "",
            labels="; ".join(row["labels"]),
            label=_label(labels, row["props"]),
            **_attributes(props),
        )
    for row in edges:
        if row["source"] in graph and row["target"] in graph:
            props = {(f"{k}_" if k in ("type", "label") else k): v for k, v in row["props"].items()}
            graph.add_edge(
                row["source"], row["target"], type=row["type"], label=row["type"], **_attributes(props)
            )
    _unify_types(graph)
    return graph


def _unify_types(graph: nx.MultiDiGraph) -> None:
    """One type per attribute name (GraphML declares one): int and float become float, others text."""
    for items in (
        [data for _, data in graph.nodes(data=True)],
        [data for _, _, data in graph.edges(data=True)],
    ):
        kinds: dict[str, set[type]] = {}
        for data in items:
            for key, value in data.items():
                kinds.setdefault(key, set()).add(type(value))
        for key, types in kinds.items():
            if len(types) < 2:
                continue
            cast: type = float if types <= {int, float} else str
            for data in items:
                if key in data:
                    data[key] = cast(data[key])


def export_graph(
    driver: Driver,
    database: str,
    *,
    key: str | None = None,
    since: date | None = None,
    until: date | None = None,
) -> nx.MultiDiGraph:
    """The whole graph (dated edges outside the window dropped), or the neighbourhood of `key` in it.

    Args:
        key: an entity's key (from `resolve`); None exports everything.
        since, until: the window for dated relationships (and, around a name, for its claims).
    """
    window = {"since": since, "until": until}
    if key is not None:
        [row] = read(driver, database, "neighbourhood", {"key": key, **window}, "export")
        return graph_from_rows(row["nodes"], row["edges"])
    return graph_from_rows(_pages(driver, database, "nodes", {}), _pages(driver, database, "edges", window))


def _pages(driver: Driver, database: str, name: str, params: dict[str, Any]) -> Iterable[dict[str, Any]]:
    skip = 0
    while True:
        rows = read(driver, database, name, {**params, "skip": skip, "limit": PAGE}, "export")
        yield from rows
        if len(rows) < PAGE:
            return
        skip += PAGE


def write_graphml(graph: nx.MultiDiGraph, path: Path) -> Path:
    """GraphML for Gephi, yEd, Cytoscape or networkx (`nx.read_graphml`)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    nx.write_graphml(graph, path, encoding="utf-8", prettyprint=True)
    return path


def write_csv(graph: nx.MultiDiGraph, folder: Path) -> tuple[Path, Path]:
    """`nodes.csv` (id, kind, label, then every property) and `edges.csv` (source, target, type, ...)."""
    folder.mkdir(parents=True, exist_ok=True)
    nodes_path, edges_path = folder / "nodes.csv", folder / "edges.csv"
    node_rows = [{"id": node, **data} for node, data in graph.nodes(data=True)]
    edge_rows = [{"source": a, "target": b, **data} for a, b, data in graph.edges(data=True)]
    _write_table(nodes_path, ["id", "kind", "label", "labels"], node_rows)
    _write_table(
        edges_path,
        ["source", "target", "type"],
        [{k: v for k, v in r.items() if k != "label"} for r in edge_rows],
    )
    return nodes_path, edges_path


def _write_table(path: Path, first: list[str], rows: list[dict[str, Any]]) -> None:
    rest = sorted({key for row in rows for key in row} - set(first))
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=first + rest)
        writer.writeheader()
        writer.writerows(rows)
