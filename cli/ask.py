"""`chronicle ask NAME ...`: canned timeline questions, rendered as a table or as data.

Each command resolves the names it is given (aliases, case-insensitive; an ambiguous name lists its
candidates), runs one query of cypher/queries/ in a read transaction, and hands the typed rows to the
one renderer. An empty answer says why.
"""

from collections.abc import Callable, Sequence
from datetime import date
from functools import partial
from typing import Annotated, Any

import typer
from neo4j import Driver

from chronicle.cli import views
from chronicle.cli.changes import changes
from chronicle.cli.common import (
    FormatOption,
    LimitOption,
    SinceOption,
    UntilOption,
    fail,
    graph,
    one_line_errors,
)
from chronicle.cli.render import Format
from chronicle.graph.answers import Candidate, ClaimRow
from chronicle.graph.queries import answer, resolve

__all__ = ["app", "changes"]

app = typer.Typer(
    help="Ask the graph a timeline question (canned Cypher in cypher/queries/).", no_args_is_help=True
)

Name = Annotated[str, typer.Argument(help="A person, place, organisation or event (name or alias).")]
Cause = Annotated[str, typer.Argument(help="The cause: an event, place, organisation (name or alias).")]
Target = Annotated[str, typer.Argument(help="What it affected (name or alias).")]


def _window(since: date | None, until: date | None) -> str:
    if since and until:
        return f"between {since} and {until}"
    return f"since {since}" if since else f"until {until}"


def _empty(message: str, since: date | None, until: date | None, unfiltered: Callable[[], int]) -> str:
    """`message` plus, when a window hid everything, how many rows lie outside it."""
    if not (since or until):
        return message + "."
    outside = unfiltered()
    note = f" ({outside} outside it: drop --since/--until to see them)" if outside else ""
    return f"{message} {_window(since, until)}{note}."


def _total(driver: Driver, database: str, name: str, params: dict[str, Any]) -> int:
    """How many rows the query has in all: the `total` of its first row (one row is fetched)."""
    rows = answer(driver, database, name, {**params, "limit": 1})
    total = getattr(rows[0], "total", None) if rows else 0
    return len(answer(driver, database, name, params)) if total is None else total


def _count(driver: Driver, database: str, name: str, params: dict[str, Any]) -> Callable[[], int]:
    return lambda: _total(driver, database, name, {**params, "since": None, "until": None})


def _ask(
    driver: Driver,
    database: str,
    query: str,
    params: dict[str, Any],
    to_view: Callable[[Any], views.View],
    fmt: Format,
    title: str | Callable[[Any], str],
    nothing: str,
) -> None:
    """Run one canned query and show its rows; an empty answer is `nothing`, plus what the window hid."""
    rows = answer(driver, database, query, params)
    since, until = params.get("since"), params.get("until")
    views.show(
        rows,
        to_view(rows),
        fmt,
        title if isinstance(title, str) else title(rows),
        lambda: _empty(nothing, since, until, _count(driver, database, query, params)),
    )


@app.command()
@one_line_errors
def timeline(
    name: Name,
    since: SinceOption = None,
    until: UntilOption = None,
    limit: LimitOption = 200,
    fmt: FormatOption = Format.table,
) -> None:
    """Dated facts about an entity or event, oldest first, with the article each comes from.

    Example: chronicle ask timeline Pokrovsk --since 2024-06-01
    """
    with graph(timed=True) as (driver, database):
        entity = resolve(driver, database, name)
        params = {"key": entity.key, "since": since, "until": until, "limit": limit}
        title = f"Timeline of {entity.describe()}"
        nothing = f"No dated facts about {entity.describe()}"
        _ask(driver, database, "timeline", params, views.timeline_view, fmt, title, nothing)


@app.command()
@one_line_errors
def effect(
    cause: Cause,
    target: Target,
    since: SinceOption = None,
    until: UntilOption = None,
    limit: LimitOption = 200,
    fmt: FormatOption = Format.table,
) -> None:
    """The effect of a cause on a target: causal statements and claims linking them, in time order.

    Direct AFFECTED edges, effects through one event or place (an offensive at the target, a village
    inside it), claims about both, and the figures given with them.
    Example: chronicle ask effect "Kursk operation" Pokrovsk
    """
    with graph(timed=True) as (driver, database):
        first, second = _two(driver, database, cause, target)
        params = {
            "cause_key": first.key,
            "target_key": second.key,
            "since": since,
            "until": until,
            "limit": limit,
        }
        title = f"Effect of  {first.describe()}  on  {second.describe()}"
        nothing = (
            f"No statement links {first.name} to {second.name} (directly or through one event or place); "
            f'`chronicle ask connections "{cause}" "{target}"` looks further'
        )
        to_view = partial(views.effect_view, cause=cause, target=target)
        _ask(driver, database, "effect", params, to_view, fmt, title, nothing)


@app.command()
@one_line_errors
def claims(
    name: Name,
    since: SinceOption = None,
    until: UntilOption = None,
    limit: LimitOption = 200,
    fmt: FormatOption = Format.table,
) -> None:
    """Who said what about an entity (and what it said, for a speaker), when, in which article.

    Example: chronicle ask claims Pokrovsk --since 2025-01-01
    """
    with graph(timed=True) as (driver, database):
        entity = resolve(driver, database, name)
        params = {"key": entity.key, "since": since, "until": until, "limit": limit}
        nothing = f"Nobody is quoted about {entity.describe()}"
        _ask(
            driver,
            database,
            "claims",
            params,
            views.claims_view,
            fmt,
            partial(_claims_title, entity),
            nothing,
        )


@app.command()
@one_line_errors
def conflicts(
    name: Name,
    window: Annotated[
        int, typer.Option(help="Figures this many days apart still count as the same time.")
    ] = 7,
    since: SinceOption = None,
    until: UntilOption = None,
    limit: LimitOption = 200,
    fmt: FormatOption = Format.table,
) -> None:
    """Figures that disagree: same metric, same place or subject, different values at the same time.

    Statements that deny each other are `chronicle ask contradictions`.
    Example: chronicle ask conflicts Pokrovsk
    """
    with graph(timed=True) as (driver, database):
        entity = resolve(driver, database, name)
        params = {"key": entity.key, "window_days": window, "since": since, "until": until, "limit": limit}
        rows = answer(driver, database, "conflicts", params)

        def why() -> str:
            figures = _total(driver, database, "numbers", {"key": entity.key, "since": since, "until": until})
            found = (
                f"{figures} figure{'' if figures == 1 else 's'} about it, none contradicting another within {window} days"
                if figures
                else "no figures about it"
            )
            return _empty(
                f"No disagreeing figures about {entity.describe()}: {found}",
                since,
                until,
                _count(driver, database, "conflicts", params),
            )

        view = views.conflicts_view(rows)  # type: ignore[arg-type]
        view.footer += f' Statements that deny each other: `chronicle ask contradictions "{name}"`.'
        views.show(rows, view, fmt, f"Conflicting figures about {entity.describe()}", why)


@app.command()
@one_line_errors
def contradictions(
    name: Name,
    window: Annotated[
        int, typer.Option(help="Statements this many days apart still count as a dispute.")
    ] = 7,
    since: SinceOption = None,
    until: UntilOption = None,
    limit: LimitOption = 200,
    fmt: FormatOption = Format.table,
) -> None:
    """Statements that contradict each other: one says it happened, another denies it, about the same things.

    Example: chronicle ask contradictions Novohrodivka
    """
    with graph(timed=True) as (driver, database):
        entity = resolve(driver, database, name)
        params = {"key": entity.key, "window_days": window, "since": since, "until": until, "limit": limit}
        title = f"Contradicting statements about {entity.describe()}"
        nothing = f"No statement about {entity.describe()} is denied by another within {window} days"
        _ask(driver, database, "contradictions", params, views.contradictions_view, fmt, title, nothing)


@app.command()
@one_line_errors
def numbers(
    name: Name,
    metric: Annotated[str | None, typer.Option(help="Only metrics containing this, e.g. troops.")] = None,
    since: SinceOption = None,
    until: UntilOption = None,
    limit: LimitOption = 200,
    fmt: FormatOption = Format.table,
) -> None:
    """A figure's history for a place or actor (and the places inside it), oldest first.

    Example: chronicle ask numbers Pokrovsk --metric troops
    """
    with graph(timed=True) as (driver, database):
        entity = resolve(driver, database, name)
        params = {"key": entity.key, "metric": metric, "since": since, "until": until, "limit": limit}
        matching = f" matching {metric!r}" if metric else ""
        title = f"Figures about {entity.describe()}{matching}"
        nothing = f"No figures about {entity.describe()}{matching}"
        _ask(driver, database, "numbers", params, views.numbers_view, fmt, title, nothing)


@app.command()
@one_line_errors
def connections(
    first: Name,
    second: Name,
    since: SinceOption = None,
    until: UntilOption = None,
    limit: LimitOption = 20,
    fmt: FormatOption = Format.table,
) -> None:
    """How two entities are linked: shortest paths (at most 6 steps) through events, effects, claims, places.

    Example: chronicle ask connections "Oleksandr Syrskyi" "Kursk operation"
    """
    with graph(timed=True) as (driver, database):
        a, b = _two(driver, database, first, second)
        params = {"a_key": a.key, "b_key": b.key, "since": since, "until": until, "limit": limit}
        title = f"Connections between {a.describe()} and {b.describe()}"
        nothing = f"No path of at most 6 steps links {a.name} and {b.name} through events, effects, claims or places"
        _ask(driver, database, "connections", params, views.connections_view, fmt, title, nothing)


@app.command()
@one_line_errors
def events(
    name: Name,
    since: SinceOption = None,
    until: UntilOption = None,
    limit: LimitOption = 200,
    fmt: FormatOption = Format.table,
) -> None:
    """Events in a place and the places inside it (or involving an actor), oldest first.

    Example: chronicle ask events "Donetsk Oblast" --since 2025-01-01
    """
    with graph(timed=True) as (driver, database):
        entity = resolve(driver, database, name)
        params = {"key": entity.key, "since": since, "until": until, "limit": limit}
        title = f"Events in {entity.describe()}"
        nothing = f"No events in {entity.describe()} or the places inside it"
        _ask(driver, database, "events", params, views.events_view, fmt, title, nothing)


@app.command()
@one_line_errors
def places(name: Name, limit: LimitOption = 200, fmt: FormatOption = Format.table) -> None:
    """Everything inside a place: its districts, towns and villages the graph holds, most reported first.

    Each with the place it lies in, how many articles name it, when it was last reported, and how many
    events and claims are about it. Example: chronicle ask places "Donetsk Oblast"
    """
    with graph(timed=True) as (driver, database):
        entity = resolve(driver, database, name)
        params = {"key": entity.key, "limit": limit}
        title = f"Places in {entity.describe()}"
        nothing = f"No place in the graph lies inside {entity.describe()}"
        _ask(driver, database, "places", params, views.places_view, fmt, title, nothing)


@app.command()
@one_line_errors
def sources(
    name: Name,
    target: Annotated[
        str | None, typer.Argument(help="With a second name: the sentences behind `ask effect`.")
    ] = None,
    since: SinceOption = None,
    until: UntilOption = None,
    limit: LimitOption = 500,
    fmt: FormatOption = Format.table,
) -> None:
    """Provenance: the articles and sentences behind the facts about an entity, or behind an effect.

    Example: chronicle ask sources "Kursk operation" Pokrovsk
    """
    with graph(timed=True) as (driver, database):
        if target is None:
            entity = resolve(driver, database, name)
            params = {"key": entity.key, "since": since, "until": until, "limit": limit}
            rows = answer(driver, database, "sources", params)
            view = views.sources_view(rows)  # type: ignore[arg-type]
            title = f"Sources about {entity.describe()}"
            reason = f"No article in the window mentions {entity.describe()}"
        else:
            cause, aim = _two(driver, database, name, target)
            params = {
                "cause_key": cause.key,
                "target_key": aim.key,
                "since": since,
                "until": until,
                "limit": limit,
            }
            rows = answer(driver, database, "effect", params)
            view = views.effect_sources_view(rows)  # type: ignore[arg-type]
            title = f"Sources of the effect of {cause.describe()} on {aim.describe()}"
            reason = f"No statement links {cause.name} to {aim.name}"
        views.show(rows, view, fmt, title, lambda: reason + ".")


@app.command()
@one_line_errors
def stats(fmt: FormatOption = Format.table) -> None:
    """What the graph holds: nodes by label, relationships by type, articles by source, dated facts.

    Example: chronicle ask stats
    """
    with graph(timed=True) as (driver, database):
        rows = answer(driver, database, "stats", {})
    if all(row.count == 0 for row in rows if row.kind == "node"):  # type: ignore[attr-defined]
        fail("the graph is empty: `chronicle ingest examples/` adds the sample articles")
    views.show(rows, views.stats_view(rows), fmt, "What the graph holds", lambda: "")  # type: ignore[arg-type]


app.command()(changes)  # its own module: `ask changes` reads by publication date, not by fact date


def _claims_title(entity: Candidate, rows: Sequence[ClaimRow]) -> str:
    return f"Claims {_roles(rows)} {entity.describe()}"


def _roles(rows: Sequence[ClaimRow]) -> str:
    """'about', 'by' or 'about and by': how the entity takes part in the claims listed."""
    roles = {row.role for row in rows}
    return "about and by" if roles == {"about", "by"} else "by" if roles == {"by"} else "about"


def _two(driver: Driver, database: str, first: str, second: str) -> tuple[Candidate, Candidate]:
    a, b = resolve(driver, database, first), resolve(driver, database, second)
    if a.key == b.key:
        fail(f"{first!r} and {second!r} are the same node ({a.describe()}): give two different names")
    return a, b
