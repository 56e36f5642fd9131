"""The timeline picture as a PNG, drawn with matplotlib's Agg backend (no display needed)."""

from collections.abc import Sequence
from pathlib import Path

from chronicle.cli.plot_points import KIND_COLOURS, OTHER_COLOUR, UNCONFIRMED, PlotPoint, bounds, label_of

__all__ = ["draw_png"]


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
            colour = KIND_COLOURS.get(point.kind, OTHER_COLOUR)
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
