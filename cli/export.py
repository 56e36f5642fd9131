"""`chronicle export [NAME] -o PATH`: the graph, or a name's neighbourhood, as GraphML and CSV tables."""

from pathlib import Path
from typing import Annotated

import typer

from chronicle.cli.common import SinceOption, UntilOption, fail, graph, one_line_errors
from chronicle.cli.render import console
from chronicle.graph.export import export_graph, write_csv, write_graphml
from chronicle.graph.queries import resolve

__all__ = ["export"]


@one_line_errors
def export(
    name: Annotated[
        str | None,
        typer.Argument(help="Export only this entity's neighbourhood (name or alias); default: everything."),
    ] = None,
    output: Annotated[
        Path,
        typer.Option(
            "--output",
            "-o",
            help="FILE.graphml, or a folder that gets graph.graphml, nodes.csv and edges.csv.",
        ),
    ] = Path("export"),
    since: SinceOption = None,
    until: UntilOption = None,
) -> None:
    """Export the graph (or one name's neighbourhood) for Gephi, networkx or a spreadsheet.

    GraphML keeps every property as an attribute (dates, precision, evidence sentences, the article of
    each dated edge); the CSV tables hold the same nodes and edges. --since/--until drop dated
    relationships outside the window (and, around a name, claims made outside it).
    Example: chronicle export Pokrovsk --since 2025-01-01 -o pokrovsk/
    """
    suffix = output.suffix.lower()
    if suffix not in ("", ".graphml"):
        fail(f"{output.name}: give a .graphml file, or a folder for graph.graphml and the CSV tables")
    with graph() as (driver, database):
        key = resolve(driver, database, name).key if name else None
        exported = export_graph(driver, database, key=key, since=since, until=until)
    if exported.number_of_nodes() == 0:
        fail("the graph is empty: `chronicle ingest examples/` adds the sample articles")
    if suffix == ".graphml":
        written = [write_graphml(exported, output)]
    else:
        written = [write_graphml(exported, output / "graph.graphml"), *write_csv(exported, output)]
    console.print(
        f"Wrote {', '.join(map(str, written))}: {exported.number_of_nodes():,} nodes, "
        f"{exported.number_of_edges():,} relationships.",
        highlight=False,
        soft_wrap=True,
    )
