"""`chronicle ask NAME ...`: canned timeline questions, rendered as a table or as data."""

from typing import Annotated

import typer

from cli.common import FormatOption, SinceOption, UntilOption, graph, one_line_errors
from cli.render import Format, console, render_rows
from graph.answers import TimelineRow
from graph.queries import resolve, run_query

__all__ = ["app"]

app = typer.Typer(
    help="Ask the graph a timeline question (canned Cypher in cypher/queries/).", no_args_is_help=True
)

Name = Annotated[str, typer.Argument(help="A person, place, organisation or event (name or alias).")]
Limit = Annotated[int, typer.Option(help="At most this many rows.")]


def _when(row: TimelineRow) -> str:
    label = row.when or row.valid_from.isoformat()
    return f"{label} ({row.mod.lower()})" if row.mod else label


def _source(row: TimelineRow) -> str:
    published = f", {row.published_at:%Y-%m-%d}" if row.published_at else ""
    return f"{row.source or 'unknown outlet'}{published}"


@app.command()
@one_line_errors
def timeline(
    name: Name,
    since: SinceOption = None,
    until: UntilOption = None,
    limit: Limit = 200,
    fmt: FormatOption = Format.table,
) -> None:
    """Dated facts about an entity or event, oldest first, with the article each comes from.

    Example: chronicle ask timeline Pokrovsk --since 2024-06-01
    """
    with graph() as (driver, database):
        entity = resolve(driver, database, name)
        params = {"key": entity.key, "since": since, "until": until, "limit": limit}
        rows = [TimelineRow(**row) for row in run_query(driver, database, "timeline", params)]
    if fmt is not Format.table:
        render_rows(rows, fmt)
        return
    if not rows:
        console.print(
            f"No dated facts about {entity.describe()}" + (" in that window." if since or until else ".")
        )
        return
    table_rows = [
        {"when": _when(r), "kind": r.kind, "who": r.who, "what": r.what, "source": _source(r)} for r in rows
    ]
    render_rows(table_rows, fmt, title=f"Timeline of {entity.describe()}")
    articles = len({r.article_id for r in rows})
    console.print(f"{len(rows)} facts from {articles} articles. `--format json` for the raw rows.")
