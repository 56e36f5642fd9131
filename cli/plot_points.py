"""What a timeline picture is made of: dated facts (`PlotPoint`), worded by the CLI, and their colours.

`plot_png` draws them with matplotlib, `plot_html` as a self-contained page (inline SVG, nothing from the
network); `cli/plot.py` picks one by the file's suffix. One fact per line keeps every label readable
however close the dates are.
"""

from collections.abc import Sequence
from datetime import date, timedelta

from pydantic import BaseModel, Field

__all__ = [
    "KIND_COLOURS",
    "OTHER_COLOUR",
    "SUFFIXES",
    "UNCONFIRMED",
    "PlotPoint",
    "bounds",
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
OTHER_COLOUR = "#7F7F7F"
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
