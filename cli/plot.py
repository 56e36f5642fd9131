"""`chronicle plot timeline NAME -o FILE.png|FILE.html`: the timeline as a picture."""

from collections.abc import Sequence
from pathlib import Path
from typing import Annotated

import typer

from chronicle.cli.common import LimitOption, SinceOption, UntilOption, fail, graph, one_line_errors
from chronicle.cli.plot_html import draw_html
from chronicle.cli.plot_png import draw_png
from chronicle.cli.plot_points import SUFFIXES, PlotPoint
from chronicle.cli.render import console
from chronicle.cli.views import figure_text, source_label, when_label
from chronicle.graph.answers import TimelineRow
from chronicle.graph.queries import answer, resolve

__all__ = ["app", "draw", "timeline_points"]

app = typer.Typer(
    help="Draw answers as pictures (PNG with matplotlib, or an offline HTML page).", no_args_is_help=True
)


def draw(points: Sequence[PlotPoint], title: str, path: Path) -> Path:
    """Write a .png or a .html chart, chosen by the file's suffix.

    Raises:
        ValueError: no points, or a suffix other than .png and .html.
    """
    if not points:
        raise ValueError("nothing to draw: no dated facts")
    suffix = path.suffix.lower()
    if suffix == ".png":
        return draw_png(points, title, path)
    if suffix == ".html":
        return draw_html(points, title, path)
    raise ValueError(f"{path.name}: the picture must be a .png or an .html file")


def timeline_points(rows: list[TimelineRow]) -> list[PlotPoint]:
    """The timeline's rows as points to draw, worded like the table."""
    return [
        PlotPoint(
            start=row.valid_from,
            end=row.valid_to,
            kind=row.kind,
            label=figure_text(row.value, row.metric, row.unit, row.approximate)
            if row.kind == "figure"
            else row.what
            + (f' ("{row.status_cue}")' if row.status not in (None, "happened") and row.status_cue else ""),
            status=row.status,
            when=when_label(row.when, row.mod, row.valid_from),
            who=row.who,
            source=source_label(row.source, row.published_at),
            evidence=row.evidence,
        )
        for row in rows
    ]


@app.command()
@one_line_errors
def timeline(
    name: Annotated[str, typer.Argument(help="A person, place, organisation or event (name or alias).")],
    output: Annotated[Path, typer.Option("--output", "-o", help="FILE.png or FILE.html (self-contained).")],
    since: SinceOption = None,
    until: UntilOption = None,
    limit: LimitOption = 200,
) -> None:
    """Draw an entity's timeline: events and claims on a time axis, coloured by kind, with sources.

    Example: chronicle plot timeline Pokrovsk -o pokrovsk.html
    """
    if output.suffix.lower() not in SUFFIXES:
        fail(f"{output.name}: the picture must be a .png or an .html file")
    with graph() as (driver, database):
        entity = resolve(driver, database, name)
        params = {"key": entity.key, "since": since, "until": until, "limit": limit}
        rows = answer(driver, database, "timeline", params)
    if not rows:
        window = " in that window" if since or until else ""
        fail(f"no dated facts about {entity.describe()}{window}: nothing to draw")
    points = timeline_points(rows)  # type: ignore[arg-type]
    draw(points, f"Timeline of {entity.describe()}", output)
    console.print(f"Wrote {output} ({len(points)} facts, {output.stat().st_size:,} bytes).", highlight=False)
