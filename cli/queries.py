"""`chronicle queries`: the catalog of canned questions (cypher/queries/*.cypher) and how to ask them."""

from chronicle.cli.common import FormatOption, one_line_errors
from chronicle.cli.render import Format, console, render_rows
from chronicle.graph.cypher import catalog

__all__ = ["queries"]


@one_line_errors
def queries(fmt: FormatOption = Format.table) -> None:
    """List the canned queries: name, what each answers, its parameters and an example.

    Every query runs in a read transaction through `chronicle ask NAME ...`; the .cypher files can also be
    pasted into Neo4j Browser (set the parameters with `:param`).
    Example: chronicle queries --format markdown
    """
    rows = [
        {
            "name": query.name,
            "description": query.description,
            "params": ", ".join(query.params),
            "example": query.example,
            "file": str(query.path.relative_to(query.path.parents[2])),
        }
        for query in catalog()
    ]
    columns = ["name", "description", "example"] if fmt is Format.table else None
    render_rows(rows, fmt, columns=columns, title="Canned queries (chronicle ask NAME ...)")
    if fmt is Format.table:
        console.print(f"{len(rows)} queries in cypher/queries/. `--format json` for parameters and files.")
