"""How each answer reads in a table: the few columns a person scans, in words, plus a footer.

Pure functions from typed rows (graph.answers) to table rows; JSON and CSV output keep the raw rows.
"""

from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any

from pydantic import BaseModel

from chronicle.cli.render import Format, console, render_rows
from chronicle.graph.answers import (
    ClaimRow,
    ConflictRow,
    ConnectionRow,
    ContradictionRow,
    EffectRow,
    EventRow,
    NumberRow,
    PlaceRow,
    SourceRow,
    StatRow,
    TimelineRow,
)
from chronicle.when import when_words

__all__ = [
    "View",
    "claims_view",
    "conflicts_view",
    "connections_view",
    "contradictions_view",
    "effect_sources_view",
    "effect_view",
    "events_view",
    "figure_text",
    "numbers_view",
    "places_view",
    "show",
    "source_label",
    "sources_view",
    "stats_view",
    "status_label",
    "timeline_view",
    "when_label",
]


class View(BaseModel):
    """A table: its rows (dicts), the columns to show, their headers, and a footer line."""

    rows: list[dict[str, Any]]
    columns: list[str]
    headers: dict[str, str] = {}
    footer: str = ""


def _say(text: str) -> None:
    console.print(text, markup=False, highlight=False, soft_wrap=True)


def show(rows: Sequence[BaseModel], view: View, fmt: Format, title: str, empty: Callable[[], str]) -> None:
    """Print an answer: its raw rows for json/csv; else the reason when there are none (`empty`), or
    the view: title, table, footer.

    Args:
        rows: the answer's rows, as the query gave them.
        view: the rows as a person reads them (a `*_view` function's table and footer).
        fmt: the output format.
        title: the table's title (a bold line above it in markdown).
        empty: the line to print when there are no rows (called only then).
    """
    if fmt in (Format.json, Format.csv):
        render_rows(rows, fmt)
        return
    if not rows:
        _say(empty())
        return
    if fmt is Format.markdown:
        _say(f"**{title}**\n")
        render_rows(view.rows, fmt, columns=view.columns, headers=view.headers)
        _say("")
    else:
        render_rows(view.rows, fmt, columns=view.columns, title=title, headers=view.headers)
    if view.footer:
        _say(view.footer)


def when_label(value: str | None, mod: str | None = None, fallback: date | None = None) -> str:
    """The time as people read it ('late 2024', 'week of 16 Jun 2025'); '' when nothing is known."""
    return when_words(value, mod, fallback)


def source_label(source: str | None, published_at: date | datetime | None) -> str:
    """'CNN via Yahoo, 2025-06-28'."""
    day = f", {published_at:%Y-%m-%d}" if published_at else ""
    return f"{source or 'unknown outlet'}{day}"


def figure_text(
    value: float | None, metric: str | None, unit: str | None = None, approximate: bool | None = None
) -> str:
    """'~63,000 Russian troops', '$46 billion' style: the number first, grouped by thousands."""
    if value is None:
        return metric or ""
    number = f"{value:,.0f}" if float(value).is_integer() else f"{value:,}"
    words = " ".join(w for w in (unit, metric) if w)
    return f"{'~' if approximate else ''}{number} {words}".strip()


def _articles(rows: Sequence[BaseModel], field: str = "article_id") -> int:
    return len({getattr(r, field) for r in rows})


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def _total(rows: Sequence[BaseModel]) -> int:
    """How many rows the whole answer has (its `total`), at least the rows given."""
    total = getattr(rows[0], "total", None) if rows else None
    return max(total or 0, len(rows))


def _shown(rows: Sequence[BaseModel], word: str) -> str:
    """'12 facts', or '200 of 9,114 facts' when the limit cut the answer."""
    total = _total(rows)
    if total == len(rows):
        return _plural(len(rows), word)
    return f"{len(rows):,} of {total:,} {word}s"


def _cut(rows: Sequence[BaseModel]) -> str:
    """A sentence saying the answer was cut at the limit, or ''."""
    if _total(rows) == len(rows):
        return ""
    return f" Cut at --limit {len(rows)}: raise it, or narrow with --since/--until."


def status_label(status: str | None, cue: str | None = None, who: str | None = None) -> str:
    """'' for an event stated as happened; else the status with who states it and the words:
    'DENIED by Syrskyi: "has not yet taken place"' (an event that did not happen is never shown bare)."""
    if status in (None, "happened"):
        return ""
    label = status.upper() + (f" by {who}" if who else "")
    return label + (f': "{cue}"' if cue else "")


def timeline_view(rows: Sequence[TimelineRow]) -> View:
    """when | kind | who | what | source; an event not stated as happened is marked in kind and what."""
    table = [
        {
            "when": when_label(r.when, r.mod, r.valid_from),
            "kind": f"event ({r.status})"
            if r.kind == "event" and r.status not in (None, "happened")
            else r.kind,
            "who": r.who or "",
            "what": figure_text(r.value, r.metric, r.unit, r.approximate)
            if r.kind == "figure"
            else r.what + (f" [{status_label(r.status, r.status_cue)}]" if status_label(r.status) else ""),
            "source": source_label(r.source, r.published_at),
        }
        for r in rows
    ]
    footer = (
        f"{_shown(rows, 'fact')} from {_plural(_articles(rows), 'article')}. "
        "`--format json` for the raw rows." + _cut(rows)
    )
    return View(rows=table, columns=["when", "kind", "who", "what", "source"], footer=footer)


def _effect_what(row: EffectRow) -> str:
    if row.kind == "figure":
        return figure_text(row.value, row.metric, row.unit, row.approximate)
    text = row.what
    return f"{text} (via {row.via})" if row.via else text


def _effect_when(row: EffectRow) -> str:
    if row.when:
        return when_label(row.when, row.mod)
    if row.stated:
        return f"{when_label(row.stated)} (said)"
    return when_label(None, None, row.stated_on)


def effect_view(rows: Sequence[EffectRow], cause: str, target: str) -> View:
    """when | who says | what | source, in time order, as DESIGN.md's "What a user sees"."""
    table = [
        {
            "when": _effect_when(r),
            "who": r.who or "",
            "what": _effect_what(r),
            "source": source_label(r.source, r.published_at),
        }
        for r in rows
    ]
    footer = (
        f"{_plural(len(rows), 'statement')} from {_plural(_articles(rows), 'article')}. "
        f'`--format json` for the raw rows, `chronicle ask sources "{cause}" "{target}"` for the sentences.'
    )
    return View(
        rows=table,
        columns=["when", "who", "what", "source"],
        headers={"who": "who says"},
        footer=footer,
    )


def effect_sources_view(rows: Sequence[EffectRow]) -> View:
    """The sentences behind an effect, one row per sentence and article."""
    seen: set[tuple[str, str | None]] = set()
    table = []
    for r in rows:
        if (r.article_id, r.evidence) in seen:
            continue
        seen.add((r.article_id, r.evidence))
        table.append(
            {
                "source": source_label(r.source, r.published_at),
                "article": r.article or r.article_id,
                "sentence": r.evidence or r.what,
                "url": r.url or "",
            }
        )
    footer = f"{_plural(len(table), 'sentence')} from {_plural(_articles(rows), 'article')}."
    return View(rows=table, columns=["source", "article", "sentence", "url"], footer=footer)


def claims_view(rows: Sequence[ClaimRow]) -> View:
    """said | who | kind | what | source."""
    table = []
    for r in rows:
        said = when_label(r.said, r.mod)
        if not said and r.published_at:
            said = f"{r.published_at:%Y-%m-%d} (published)"
        table.append(
            {
                "said": said,
                "who": r.who or "(unattributed)",
                "kind": r.kind if r.role == "about" else f"{r.kind}, by",
                "what": figure_text(r.value, r.metric, r.unit) if r.kind == "figure" else r.what,
                "source": source_label(r.source, r.published_at),
            }
        )
    footer = f"{_shown(rows, 'claim')} from {_plural(_articles(rows), 'article')}." + _cut(rows)
    return View(rows=table, columns=["said", "who", "kind", "what", "source"], footer=footer)


def _stance(row: ConflictRow | ContradictionRow, side: str, what: str, when: object) -> str:
    """One side of a disagreeing pair: what was said, when, by whom, in which outlet."""
    who = getattr(row, f"who_{side}") or "unattributed"
    source = source_label(getattr(row, f"source_{side}"), getattr(row, f"published_{side}"))
    return f"{what} — {when}, {who} ({source})"


def _pairs_footer(rows: Sequence[ConflictRow] | Sequence[ContradictionRow], word: str) -> str:
    articles = len(
        {r.article_id_a for r in rows}
        | {r.article_id_b for r in rows}
        | {i for r in rows for i in (*getattr(r, "article_ids_a", ()), *getattr(r, "article_ids_b", ()))}
    )
    return f"{_shown(rows, word)} across {_plural(articles, 'article')}." + _cut(rows)


def conflicts_view(rows: Sequence[ConflictRow]) -> View:
    """subject | figure A (when, who, source, how many other articles report it) | figure B (the same)."""

    def side(r: ConflictRow, s: str) -> str:
        figure = figure_text(
            getattr(r, f"value_{s}"), getattr(r, f"metric_{s}"), None, getattr(r, f"approximate_{s}")
        )
        text = _stance(r, s, figure, getattr(r, f"when_{s}") or getattr(r, f"from_{s}"))
        others = len(set(getattr(r, f"article_ids_{s}")) - {getattr(r, f"article_id_{s}")})
        return text + (f" and {_plural(others, 'other article')}" if others else "")

    table = [{"subject": r.subject, "a": side(r, "a"), "b": side(r, "b")} for r in rows]
    return View(
        rows=table,
        columns=["subject", "a", "b"],
        headers={"a": "figure", "b": "against"},
        footer=_pairs_footer(rows, "disagreement"),
    )


def contradictions_view(rows: Sequence[ContradictionRow]) -> View:
    """about | statement (when, who, source) | denied by (when, who, source)."""

    def side(r: ContradictionRow, s: str) -> str:
        text = r.affirmed if s == "a" else r.denied
        return _stance(r, s, text, getattr(r, f"said_{s}") or getattr(r, f"said_on_{s}") or "")

    table = [{"about": ", ".join(r.about), "a": side(r, "a"), "b": side(r, "b")} for r in rows]
    return View(
        rows=table,
        columns=["about", "a", "b"],
        headers={"a": "statement", "b": "denied by"},
        footer=_pairs_footer(rows, "contradiction"),
    )


def numbers_view(rows: Sequence[NumberRow]) -> View:
    """when | subject | figure | change (from the previous value of the same metric) | who | source."""
    previous: dict[tuple[str, str], float] = {}
    table = []
    for r in rows:
        key = (r.subject, r.metric.lower())
        change = ""
        if key in previous and previous[key] != r.value:
            change = f"{r.value - previous[key]:+,.0f}"
        previous[key] = r.value
        table.append(
            {
                "when": when_label(r.when, r.mod) if r.dated else f"{r.valid_from} (published)",
                "subject": r.subject,
                "figure": figure_text(r.value, r.metric, r.unit, r.approximate),
                "change": change,
                "who": r.who or "",
                "source": source_label(r.source, r.published_at),
            }
        )
    footer = f"{_shown(rows, 'figure')} from {_plural(_articles(rows), 'article')}." + _cut(rows)
    return View(rows=table, columns=["when", "subject", "figure", "change", "who", "source"], footer=footer)


def connections_view(rows: Sequence[ConnectionRow]) -> View:
    """steps | route | dates | evidence | sources."""
    table = []
    for r in rows:
        dates = "" if r.first_date is None else str(r.first_date)
        if r.last_date and r.last_date != r.first_date:
            dates += f" … {r.last_date}"
        table.append(
            {
                "steps": r.hops,
                "route": r.route,
                "dates": dates,
                "evidence": "\n".join(r.evidence[:2])
                + (f"\n(+{len(r.evidence) - 2} more)" if len(r.evidence) > 2 else ""),
                "sources": "; ".join(r.sources),
            }
        )
    footer = f"{_plural(len(rows), 'path')}. `--format json` for every sentence."
    return View(rows=table, columns=["steps", "route", "dates", "evidence", "sources"], footer=footer)


def events_view(rows: Sequence[EventRow]) -> View:
    """when | event | type | where | involved | sources."""
    table = [
        {
            "when": when_label(r.when, r.mod, r.valid_from) or "undated",
            "event": r.event,
            "status": "happened"
            if r.status == "happened"
            else status_label(r.status, r.status_cue, r.stated_by),
            "type": r.type or "",
            "where": ", ".join(r.places),
            "involved": ", ".join(r.involved),
            "sources": "; ".join(r.sources[:3]) + (f" (+{len(r.sources) - 3})" if len(r.sources) > 3 else ""),
        }
        for r in rows
    ]
    unconfirmed = sum(1 for r in rows if r.status != "happened")
    note = f" {unconfirmed} not stated as happened (status in capitals)." if unconfirmed else ""
    footer = f"{_shown(rows, 'event')}.{note}" + _cut(rows)
    columns = ["when", "event", "status", "type", "where", "involved", "sources"]
    return View(rows=table, columns=columns, footer=footer)


def places_view(rows: Sequence[PlaceRow]) -> View:
    """place | kind | in | articles | last reported | events | claims: the most reported first."""
    table = [
        {
            "place": r.place,
            "kind": r.kind or "",
            "in": r.within or "",
            "articles": f"{r.articles:,}",
            "last reported": str(r.last_reported or ""),
            "events": f"{r.events:,}",
            "claims": f"{r.claims:,}",
        }
        for r in rows
    ]
    named = sum(1 for r in rows if r.articles)
    footer = f"{_shown(rows, 'place')}, {named} named in an article."
    if _total(rows) > len(rows):
        footer += f" Cut at --limit {len(rows)}: raise it to see the rest."
    columns = ["place", "kind", "in", "articles", "last reported", "events", "claims"]
    return View(rows=table, columns=columns, footer=footer)


def sources_view(rows: Sequence[SourceRow]) -> View:
    """published | source | article | facts | sentence."""
    table = [
        {
            "source": source_label(r.source, r.published_at),
            "article": r.article or r.article_id,
            "facts": ", ".join(sorted(r.kinds)),
            "sentence": r.sentence or (f"(mentioned {_plural(r.mentions or 1, 'time')})"),
        }
        for r in rows
    ]
    mentions = sum(1 for r in rows if r.sentence is None)
    counted = _plural(len(rows) - mentions, "sentence") + (
        f" and {_plural(mentions, 'bare mention')}" if mentions else ""
    )
    if _total(rows) > len(rows):
        counted = f"The first {len(rows):,} of {_total(rows):,} rows: {counted}"
    footer = (
        f"{counted} in {_plural(_articles(rows), 'article')}. `--format json` for URLs and character offsets."
        + _cut(rows)
    )
    return View(rows=table, columns=["source", "article", "facts", "sentence"], footer=footer)


def stats_view(rows: Sequence[StatRow]) -> View:
    """kind | name | count."""
    table = [{"kind": r.kind, "name": r.name, "count": f"{r.count:,}"} for r in rows]
    return View(rows=table, columns=["kind", "name", "count"])
