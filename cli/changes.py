"""`chronicle ask changes NAME --since DATE`: what is new about a name, for an analyst following it."""

from collections.abc import Sequence
from datetime import date
from typing import Annotated

import typer

from chronicle.cli.common import FormatOption, LimitOption, UntilOption, graph, one_line_errors, parse_day
from chronicle.cli.render import Format
from chronicle.cli.views import View, figure_text, show, source_label, when_label
from chronicle.graph.answers import ChangeRow
from chronicle.graph.queries import answer, resolve

__all__ = ["changes", "changes_view"]

ReportedSince = Annotated[
    date,
    typer.Option(
        parser=lambda value: parse_day(value, "--since", last=False),
        metavar="DATE",
        help="Only what articles published on or after this date report (YYYY-MM-DD, or a year or month).",
    ),
]
_PLURAL = {"event": "events", "claim": "claims", "figure": "figures"}


def _what(row: ChangeRow) -> str:
    if row.kind == "figure":
        return figure_text(row.value, row.metric, row.unit, row.approximate)
    if row.kind != "event":
        return row.what
    notes = [] if row.first_seen else ["seen before"]
    if row.new_reports > 1:
        notes.append(f"{row.new_reports} new reports")
    return row.what + (f" ({', '.join(notes)})" if notes else "")


def _kind(row: ChangeRow) -> str:
    """'event', or 'event (claimed)' when its reports do not say it happened."""
    status = row.status or "happened"
    return f"event ({status})" if row.kind == "event" and status != "happened" else row.kind


def changes_view(rows: Sequence[ChangeRow]) -> View:
    """kind | when | who | what | reported in: grouped by kind, newest report first."""
    table = [
        {
            "kind": _kind(row),
            "when": when_label(row.when, row.mod, row.valid_from),
            "who": row.who or "",
            "what": _what(row),
            "reported": source_label(row.source, row.reported),
        }
        for row in rows
    ]
    counts: dict[str, int] = {}
    for row in rows:
        counts[row.kind] = counts.get(row.kind, 0) + 1
    parts = [f"{n} {_PLURAL.get(k, k) if n != 1 else k}" for k, n in counts.items()]
    total = max(rows[0].total or 0, len(rows)) if rows else 0
    cut = f" (of {total}: raise --limit)" if total > len(rows) else ""
    first = sum(1 for row in rows if row.kind == "event" and row.first_seen)
    events = f"; {first} of the events first reported in the window" if counts.get("event") else ""
    return View(
        rows=table,
        columns=["kind", "when", "who", "what", "reported"],
        headers={"when": "fact date", "reported": "reported in"},
        footer=", ".join(parts) + cut + events + ".",
    )


@one_line_errors
def changes(
    name: Annotated[str, typer.Argument(help="A person, place, organisation or event (name or alias).")],
    since: ReportedSince,
    until: UntilOption = None,
    limit: LimitOption = 200,
    fmt: FormatOption = Format.table,
) -> None:
    """What is new about a name: events, claims and figures reported since a date, by kind, newest first.

    For a place, the places inside it count too. "Reported since" goes by the articles' publication
    dates; an event already reported before the date is marked "seen before".
    Example: chronicle ask changes Pokrovsk --since 2025-06-01
    """
    with graph() as (driver, database):
        entity = resolve(driver, database, name)
        params = {"key": entity.key, "since": since, "until": until, "limit": limit}
        rows: list[ChangeRow] = answer(driver, database, "changes", params)  # type: ignore[assignment]
    window = f"since {since}" + (f" until {until}" if until else "")
    show(
        rows,
        changes_view(rows),
        fmt,
        f"New about {entity.describe()}, reported {window}",
        lambda: f"Nothing new about {entity.describe()} in articles published {window}.",
    )
