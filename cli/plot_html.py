"""The timeline as one self-contained HTML page: inline SVG chart plus a table, nothing fetched online.

Hovering a mark shows the sentence it comes from (SVG <title>); the table below lists every fact with
its source. The page opens from disk with no network: no script, stylesheet or font is loaded.
"""

from collections.abc import Sequence
from datetime import date
from html import escape
from pathlib import Path

from chronicle.cli.plot_points import KIND_COLOURS, OTHER_COLOUR, UNCONFIRMED, PlotPoint, bounds, label_of

__all__ = ["draw_html", "month_ticks"]

_LABEL_WIDTH = 470
_PLOT_WIDTH = 620
_NOTE_WIDTH = 230
_ROW = 24
_TOP = 40

_CSS = """
body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; margin: 24px; color: #222; }
h1 { font-size: 18px; font-weight: 600; }
svg text { font-size: 12px; fill: #222; }
svg .note { font-size: 10px; fill: #666; }
svg .tick { font-size: 10px; fill: #666; }
table { border-collapse: collapse; margin-top: 24px; font-size: 13px; }
th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid #e5e5e5; vertical-align: top; }
td.kind span { display: inline-block; width: 10px; height: 10px; border-radius: 5px; margin-right: 6px; }
.legend span { display: inline-block; margin-right: 14px; font-size: 12px; }
.legend i { display: inline-block; width: 10px; height: 10px; border-radius: 5px; margin-right: 4px; }
"""


def month_ticks(low: date, high: date, most: int = 10) -> list[date]:
    """First days of months between low and high, every n months so at most `most` ticks."""
    months = (high.year - low.year) * 12 + high.month - low.month + 1
    step = next(s for s in (1, 2, 3, 6, 12, 24, 60, 120) if months / s <= most or s == 120)
    ticks: list[date] = []
    year, month = low.year, low.month
    while (year, month) <= (high.year, high.month):
        wanted = (month - 1) % step == 0 if step < 12 else (month == 1 and year % (step // 12) == 0)
        if wanted:
            tick = date(year, month, 1)
            if low <= tick <= high:
                ticks.append(tick)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return ticks


def _svg(points: Sequence[PlotPoint]) -> str:
    low, high = bounds(points)
    days = max((high - low).days, 1)

    def x(day: date) -> float:
        return _LABEL_WIDTH + (day - low).days / days * _PLOT_WIDTH

    height = _TOP + _ROW * len(points) + 10
    width = _LABEL_WIDTH + _PLOT_WIDTH + _NOTE_WIDTH
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img">']
    for tick in month_ticks(low, high):
        tx = x(tick)
        label = str(tick.year) if tick.month == 1 else tick.strftime("%b %Y")
        parts.append(f'<line x1="{tx:.1f}" y1="{_TOP - 12}" x2="{tx:.1f}" y2="{height}" stroke="#e5e5e5"/>')
        parts.append(f'<text class="tick" x="{tx:.1f}" y="{_TOP - 18}" text-anchor="middle">{label}</text>')
    for row, point in enumerate(points):
        y = _TOP + row * _ROW + _ROW / 2
        colour = KIND_COLOURS.get(point.kind, OTHER_COLOUR)
        kind = f"{point.kind} ({point.status})" if point.unconfirmed else point.kind
        tip = escape(
            f"{point.when} · {kind} · {point.who or 'unattributed'}\n{point.evidence or point.label}\n{point.source}"
        )
        text = escape(label_of(point, 64))
        fill = "#ffffff" if point.unconfirmed else colour
        parts.append(f"<g><title>{tip}</title>")
        parts.append(f'<text x="{_LABEL_WIDTH - 10}" y="{y + 4:.1f}" text-anchor="end">{text}</text>')
        if point.finish > point.start:
            parts.append(
                f'<rect x="{x(point.start):.1f}" y="{y - 6:.1f}" width="{max(x(point.finish) - x(point.start), 2):.1f}"'
                f' height="12" rx="3" fill="{fill}" fill-opacity="0.3" stroke="{colour}"'
                f' stroke-dasharray="{"4 3" if point.unconfirmed else "none"}"'
                f' stroke-width="{1 if point.unconfirmed else 0}"/>'
            )
        parts.append(
            f'<circle cx="{x(point.start):.1f}" cy="{y:.1f}" r="5" fill="{fill}" stroke="{colour}" stroke-width="2"/>'
        )
        note = escape(f"{point.when} · {point.source}")
        parts.append(f'<text class="note" x="{x(point.finish) + 9:.1f}" y="{y + 4:.1f}">{note}</text></g>')
    parts.append("</svg>")
    return "\n".join(parts)


def _table(points: Sequence[PlotPoint]) -> str:
    rows = []
    for point in points:
        colour = KIND_COLOURS.get(point.kind, OTHER_COLOUR)
        kind = f"{point.kind} ({point.status})" if point.unconfirmed else point.kind
        what = f"[{(point.status or '').upper()}] {point.label}" if point.unconfirmed else point.label
        source = escape(point.source)
        if point.url and point.url.startswith(("http://", "https://")):
            source = f'<a href="{escape(point.url)}">{source}</a>'
        rows.append(
            "<tr>"
            f"<td>{escape(point.when)}</td>"
            f'<td class="kind"><span style="background:{"#fff" if point.unconfirmed else colour};'
            f' border:2px solid {colour}"></span>{escape(kind)}</td>'
            f"<td>{escape(point.who or '')}</td>"
            f"<td>{escape(what)}</td>"
            f"<td>{source}</td>"
            f"<td>{escape(point.evidence or '')}</td>"
            "</tr>"
        )
    head = "<tr><th>when</th><th>kind</th><th>who</th><th>what</th><th>source</th><th>sentence</th></tr>"
    return f"<table>{head}{''.join(rows)}</table>"


def draw_html(points: Sequence[PlotPoint], title: str, path: Path) -> Path:
    """Write the chart and the table as one HTML file that needs no network."""
    kinds = [k for k in KIND_COLOURS if any(p.kind == k for p in points)]
    legend = "".join(f'<span><i style="background:{KIND_COLOURS[k]}"></i>{k}</span>' for k in kinds)
    if any(p.unconfirmed for p in points):
        hollow = f"background:#fff; border:2px solid {KIND_COLOURS['event']}"
        legend += f'<span><i style="{hollow}"></i>{UNCONFIRMED}</span>'
    page = (
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{escape(title)}</title><style>{_CSS}</style></head><body>"
        f'<h1>{escape(title)}</h1><div class="legend">{legend}</div>'
        f"{_svg(points)}{_table(points)}</body></html>\n"
    )
    path.write_text(page, encoding="utf-8")
    return path
