"""`chronicle plot timeline|map`: a timeline, or the places of an answer on a map, as a picture."""

from collections.abc import Sequence
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from chronicle.cli.common import LimitOption, SinceOption, UntilOption, fail, graph, one_line_errors
from chronicle.cli.plot_html import draw_html
from chronicle.cli.plot_map import draw_map
from chronicle.cli.plot_png import draw_png
from chronicle.cli.plot_points import SUFFIXES, PlotPoint
from chronicle.cli.render import console
from chronicle.cli.views import figure_text, source_label, when_label
from chronicle.graph.answers import TimelineRow
from chronicle.graph.map import MapFact, answer_facts, places_of
from chronicle.graph.queries import answer, resolve
from chronicle.graph.search import SearchRow, search

__all__ = ["app", "draw", "map_command", "timeline", "timeline_points"]

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


class Answer(StrEnum):
    """The answers a map can draw."""

    timeline = "timeline"
    events = "events"
    claims = "claims"
    figures = "figures"


def _search_facts(rows: list[SearchRow]) -> list[MapFact]:
    """Search matches as facts to place: claims and figures by id, events by key, effects by their claim."""
    return [
        MapFact(
            kind=row.kind,
            id=row.id,
            when=row.when,
            valid_from=row.valid_from,
            valid_to=row.valid_to,
            what=row.what,
            who=row.who,
            status=row.status,
            source=row.source,
            published_at=row.published_at,
        )
        for row in rows
        if row.id
    ]


@app.command("map")
@one_line_errors
def map_command(
    name: Annotated[
        str | None, typer.Argument(help="A person, place, organisation or event whose answer to draw.")
    ] = None,
    output: Annotated[
        Path, typer.Option("--output", "-o", help="FILE.png or FILE.html (self-contained, offline).")
    ] = Path("map.html"),
    answer: Annotated[Answer, typer.Option(help="Which answer about NAME to draw.")] = Answer.timeline,
    query: Annotated[
        str | None,
        typer.Option("--query", "-q", help="Draw the places of `chronicle search` matches instead."),
    ] = None,
    since: SinceOption = None,
    until: UntilOption = None,
    limit: LimitOption = 500,
) -> None:
    """Draw the places of an answer on an offline map, each sized by how much happened there.

    NAME draws its timeline (or --answer events|claims|figures); --query draws the places of search
    matches. The HTML lists each place's facts and dates in its tooltip and in a table; no tiles or
    scripts are fetched. Country outlines: Natural Earth (public domain), shipped with Chronicle.
    Example: chronicle plot map "Donetsk Oblast" --answer events -o donetsk.html
    """
    if output.suffix.lower() not in SUFFIXES:
        fail(f"{output.name}: the map must be a .png or an .html file")
    if bool(name) == bool(query):
        fail("give a NAME or --query WORDS (one of them)", code=2)
    with graph() as (driver, database):
        if query:
            rows = search(driver, database, query, since=since, until=until, limit=limit)
            facts = _search_facts(rows)
            title = f"Where {query!r} was said to happen or be"
        else:
            entity = resolve(driver, database, name or "")
            facts = answer_facts(
                driver, database, entity.key, answer.value, since=since, until=until, limit=limit
            )
            title = f"{answer.value.capitalize()} of {entity.describe()}: places"
        drawn = places_of(driver, database, facts)
    if not drawn.places:
        reason = "no facts" if not facts else "no fact names a place with coordinates"
        window = " in that window" if since or until else ""
        fail(
            f"nothing to draw: {reason}{window}"
            + (f" (without coordinates: {', '.join(drawn.undrawn[:5])})" if drawn.undrawn else "")
        )
    draw_map(drawn, title, output)
    console.print(
        f"Wrote {output} ({len(drawn.places)} place{'' if len(drawn.places) == 1 else 's'}, "
        f"{drawn.facts} fact{'' if drawn.facts == 1 else 's'}, {output.stat().st_size:,} bytes).",
        highlight=False,
        soft_wrap=True,
    )
