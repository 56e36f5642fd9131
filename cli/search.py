"""`chronicle search WORDS`: find what was said (claims, figures, events, effects) by its words."""

from collections.abc import Sequence
from typing import Annotated

import typer

from chronicle.cli.common import FormatOption, LimitOption, SinceOption, UntilOption, graph, one_line_errors
from chronicle.cli.render import Format
from chronicle.cli.views import View, figure_text, show, source_label, when_label
from chronicle.graph.queries import resolve
from chronicle.graph.search import SearchRow, search

__all__ = ["search_command", "search_view"]


def _kind(row: SearchRow) -> str:
    return f"{row.kind} ({row.status})" if row.status and row.status != "happened" else row.kind


def _said(row: SearchRow) -> str:
    """The sentence, led by what was found in it when that is not the sentence itself."""
    sentence = (row.evidence or "").strip()
    if row.kind == "figure":
        lead = figure_text(row.value, row.metric, row.unit)
    elif row.kind == "effect":
        lead = row.what.split(": ", 1)[0]  # 'cause → target'; the sentence says the rest
    elif row.kind == "event":
        lead = row.what
    else:
        lead = "" if sentence else row.what
    return f"{lead}: {sentence}" if lead and sentence else lead or sentence


def search_view(rows: Sequence[SearchRow]) -> View:
    """when | kind | who | what was said | source, best match first.

    Two claims read from one sentence (a statement and what it goes on to say) show as one row: the
    table shows the sentence, and JSON keeps both claims.
    """
    seen: set[tuple[str, str | None, str]] = set()
    shown = []
    for row in rows:
        key = (row.kind, row.article_id, _said(row))
        if key not in seen:
            seen.add(key)
            shown.append(row)
    table = [
        {
            "when": when_label(row.when, None, row.valid_from) or "undated",
            "kind": _kind(row),
            "who": row.who or "",
            "said": _said(row),
            "source": source_label(row.source, row.published_at),
        }
        for row in shown
    ]
    total = max((rows[0].total or 0) if rows else 0, len(rows))
    count = (
        f"{len(rows)} of {total} matches"
        if total > len(rows)
        else f"{len(rows)} match{'' if len(rows) == 1 else 'es'}"
    )
    if len(shown) < len(rows):
        count += f" in {len(shown)} sentences"
    articles = len({row.article_id for row in rows})
    footer = f"{count} from {articles} article{'' if articles == 1 else 's'}, best first. `--format json` for scores, ids and URLs."
    return View(
        rows=table,
        columns=["when", "kind", "who", "said", "source"],
        headers={"said": "what was said"},
        footer=footer,
    )


@one_line_errors
def search_command(
    text: Annotated[
        str,
        typer.Argument(help='Words (all must match), "a phrase" in quotes, or a prefix such as encircl*.'),
    ],
    who: Annotated[
        str | None,
        typer.Option("--who", help="Only what this person or organisation said (or took part in)."),
    ] = None,
    about: Annotated[
        str | None, typer.Option("--about", help="Only what is about this entity (or a place inside it).")
    ] = None,
    since: SinceOption = None,
    until: UntilOption = None,
    limit: LimitOption = 50,
    fmt: FormatOption = Format.table,
) -> None:
    """Search what was said: claims, figures, events and effects whose words match, best match first.

    Searches claim texts, their sentences and event names (English stemming: "encircled" finds
    "encirclement"); each match comes with its date, speaker, outlet and sentence.
    Example: chronicle search encirclement --about Pokrovsk --since 2025-01
    """
    with graph() as (driver, database):
        who_key = resolve(driver, database, who).key if who else None
        about_key = resolve(driver, database, about).key if about else None
        rows = search(
            driver,
            database,
            text,
            who_key=who_key,
            about_key=about_key,
            since=since,
            until=until,
            limit=limit,
        )
    filters = [f for f in (who and f"by {who}", about and f"about {about}") if f]
    window = " in that window" if since or until else ""
    show(
        rows,
        search_view(rows),
        fmt,
        f"Matches for {text!r}",
        lambda: f"Nothing matches {text!r}{' ' + ' '.join(filters) if filters else ''}{window}.",
    )
