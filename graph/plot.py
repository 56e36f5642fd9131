"""Timeline pictures: dated facts on a time axis, one line each, coloured by kind, labelled, with sources.

Pure drawing: it takes `PlotPoint`s (already worded by the CLI) and writes a PNG (matplotlib, Agg) or a
self-contained HTML page (inline SVG, no script or stylesheet from the network; see graph/plot_html.py).
One fact per line keeps every label readable however close the dates are.
"""

from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path

from pydantic import BaseModel, Field

__all__ = [
    "KIND_COLOURS",
    "SUFFIXES",
    "UNCONFIRMED",
    "PlotPoint",
    "bounds",
    "draw",
    "draw_png",
    "label_of",
    "short",
]

KIND_COLOURS = {
    "event": "#E0474C",
    "effect": "#F28E2B",
    "claim": "#4E79A7",
    "statement": "#76B7B2",
    "figure": "#B07AA1",
}
_OTHER = "#7F7F7F"
SUFFIXES = (".png", ".html")
#: the legend entry of events not stated as having happened (hollow marks, dashed spans)
UNCONFIRMED = "event not stated as happened"


class PlotPoint(BaseModel):
    """One fact to draw: its interval, kind and the words next to it."""

    start: date
    end: date | None = None
    kind: str = Field(examples=["event", "claim", "figure", "effect", "statement"])
    label: str = Field(description="What happened or was said, short.")
    when: str = Field(description="The normalised time as words, e.g. '2024 (late)'.")
    who: str | None = None
    source: str = Field(description="Outlet and publication date.")
    evidence: str | None = None
    url: str | None = None
    status: str | None = Field(
        None, description="Events: as stated; anything but 'happened' is drawn hollow and labelled."
    )

    @property
    def unconfirmed(self) -> bool:
        """An event the article does not state as having happened (planned, denied, claimed, ...)."""
        return self.kind == "event" and self.status not in (None, "happened")

    @property
    def finish(self) -> date:
        """The interval's last day (the start for a point in time)."""
        return self.end if self.end and self.end >= self.start else self.start


def short(text: str, width: int) -> str:
    """`text` cut at a word boundary to at most `width` characters, with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= width:
        return text
    cut = text[: width - 1]
    if text[width - 1] != " ":
        cut = cut.rsplit(" ", 1)[0] or cut
    return cut.rstrip() + "…"


def label_of(point: PlotPoint, width: int) -> str:
    """The words beside a mark: who says so and what, with an unconfirmed event's status first
    ('[PLANNED] ISW: capture of Pokrovsk'), so it never reads as a fact."""
    text = f"{point.who}: {point.label}" if point.who else point.label
    if point.unconfirmed and point.status:
        text = f"[{point.status.upper()}] {text}"
    return short(text, width)


def bounds(points: Sequence[PlotPoint]) -> tuple[date, date]:
    """The date range to show: every fact, with a little margin."""
    first = min(p.start for p in points)
    last = max(p.finish for p in points)
    pad = max(timedelta(days=10), (last - first) * 0.04)
    return first - pad, last + pad


def draw_png(points: Sequence[PlotPoint], title: str, path: Path) -> Path:
    """Write the chart as a PNG with matplotlib's Agg backend (no display needed)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D

    height = max(2.5, 0.42 * len(points) + 1.6)
    fig, ax = plt.subplots(figsize=(13, height))
    try:
        for row, point in enumerate(points):
            colour = KIND_COLOURS.get(point.kind, _OTHER)
            hollow = point.unconfirmed
            if point.finish > point.start:
                span = (point.finish - point.start).days + 1
                left = mdates.date2num(point.start)
                if hollow:
                    ax.barh(row, span, left=left, height=0.5, fill=False, edgecolor=colour, linestyle="--")
                else:
                    ax.barh(row, span, left=left, height=0.5, color=colour, alpha=0.3)
            face = "white" if hollow else colour
            ax.plot(mdates.date2num(point.start), row, "o", color=colour, markerfacecolor=face, markersize=7)
            ax.annotate(
                f"{point.when} · {point.source}",
                (mdates.date2num(point.finish), row),
                xytext=(6, 0),
                textcoords="offset points",
                va="center",
                fontsize=7,
                color="#555555",
                annotation_clip=False,
            )
        labels = [label_of(p, 80) for p in points]
        ax.set_yticks(range(len(points)), labels, fontsize=8)
        ax.set_ylim(len(points) - 0.5, -0.5)
        low, high = bounds(points)
        ax.set_xlim(mdates.date2num(low), mdates.date2num(high))
        locator = mdates.AutoDateLocator(maxticks=10)
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
        ax.grid(axis="x", color="#DDDDDD", linewidth=0.6)
        ax.set_axisbelow(True)
        for side in ("top", "right", "left"):
            ax.spines[side].set_visible(False)
        kinds = [k for k in KIND_COLOURS if any(p.kind == k for p in points)]
        handles = [Line2D([], [], marker="o", linestyle="", color=KIND_COLOURS[k], label=k) for k in kinds]
        if any(p.unconfirmed for p in points):
            colour = KIND_COLOURS["event"]
            handles.append(
                Line2D(
                    [], [], marker="o", linestyle="", color=colour, markerfacecolor="white", label=UNCONFIRMED
                )
            )
        ax.legend(
            handles=handles,
            loc="lower left",
            bbox_to_anchor=(0.0, 1.0),
            ncol=len(handles),
            frameon=False,
            fontsize=8,
        )
        ax.set_title(title, loc="left", fontsize=11, pad=22)
        fig.savefig(path, dpi=130, bbox_inches="tight")
    finally:
        plt.close(fig)
    return path


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
        from chronicle.graph.plot_html import draw_html

        return draw_html(points, title, path)
    raise ValueError(f"{path.name}: the picture must be a .png or an .html file")
