"""The places of an answer on an offline map: a PNG (matplotlib) or one HTML page with inline SVG.

Country outlines come from the package (graph/outlines.py, Natural Earth, public domain); no tile,
script, stylesheet or font is fetched, so both files open without a network. A place is a circle
whose area grows with the number of facts there, coloured by the kind most of them are; the HTML
circle's tooltip lists the facts with their dates, and a table under the map repeats them.
"""

import math
from collections import Counter
from html import escape
from pathlib import Path

from chronicle.cli.plot_points import KIND_COLOURS, OTHER_COLOUR, SUFFIXES, short
from chronicle.cli.views import when_label
from chronicle.graph.map import MapAnswer, MapFact, MapPlace
from chronicle.graph.outlines import Country, load_outlines

__all__ = ["SUFFIXES", "draw_map", "frame", "map_html", "map_png"]

Frame = tuple[float, float, float, float]  # west, south, east, north
_LAND, _BORDER, _SEA = "#EEEDE8", "#A9A9A2", "#F5F9FC"
_WIDTH = 960
_LABELLED = 15
_TOOLTIP_FACTS = 12
ATTRIBUTION = "Outlines: Natural Earth (public domain)"


def frame(places: list[MapPlace], margin: float = 0.25, least: float = 3.0, widest: float = 2.0) -> Frame:
    """The box to draw: every place, a margin around them, at least `least` degrees tall, between as
    wide as tall and `widest` times as wide (as drawn). Countries placed by their outline do not widen
    it when other places are there (Russia's centre lies in Siberia); they are moved into it instead."""
    located = [p for p in places if p.located != "country outline"] or places
    lats = [p.lat for p in located]
    lons = [p.lon for p in located]
    south, north, west, east = min(lats), max(lats), min(lons), max(lons)
    pad_lat = max((north - south) * margin, (least - (north - south)) / 2, 0.5)
    south, north = max(-85.0, south - pad_lat), min(85.0, north + pad_lat)
    stretch = max(math.cos(math.radians((south + north) / 2)), 0.2)
    pad_lon = max((east - west) * margin, pad_lat / stretch)
    west, east = west - pad_lon, east + pad_lon
    wide, tall = (east - west) * stretch, north - south
    if wide > widest * tall:
        extra = (wide / widest - tall) / 2
        south, north = max(-85.0, south - extra), min(85.0, north + extra)
    elif wide < tall:
        extra = (tall - wide) / stretch / 2
        west, east = west - extra, east + extra
    return max(-180.0, west), south, min(180.0, east), north


def _in_view(places: list[MapPlace], box: Frame) -> list[MapPlace]:
    """Countries placed by their outline, moved to the middle of the part of them the map shows."""
    west, south, east, north = box
    moved = []
    for place in places:
        if place.located == "country outline" and not (
            west <= place.lon <= east and south <= place.lat <= north
        ):
            country = next((c for c in load_outlines() if c.iso == place.country_code), None)
            inside = [
                (lon, lat)
                for ring in (country.rings if country else ())
                for lon, lat in ring
                if west <= lon <= east and south <= lat <= north
            ]
            if inside:
                lon = sum(x for x, _ in inside) / len(inside)
                lat = sum(y for _, y in inside) / len(inside)
                place = place.model_copy(update={"lon": lon, "lat": lat})
        moved.append(place)
    return moved


def _stretch(box: Frame) -> float:
    """How much wider a degree of longitude is drawn than it is: 1/cos(mid latitude) squeezes it back."""
    return max(math.cos(math.radians((box[1] + box[3]) / 2)), 0.2)


def _labelled(country: Country, box: Frame) -> bool:
    """A country is named on the map when the middle of its box is in view and it is not much larger."""
    west, south, east, north = box
    cx, cy = (country.box[0] + country.box[2]) / 2, (country.box[1] + country.box[3]) / 2
    return west < cx < east and south < cy < north and (country.box[2] - country.box[0]) < (east - west) * 2


def _colour(place: MapPlace) -> str:
    kind, _ = Counter(f.kind for f in place.facts).most_common(1)[0]
    return KIND_COLOURS.get(kind, OTHER_COLOUR)


def _radius(place: MapPlace) -> float:
    """Pixels: the circle's area grows with the number of facts."""
    return 4.0 + 4.0 * math.sqrt(len(place.facts))


def _fact_line(fact: MapFact) -> str:
    """'2025-06-28 claim: Russia has massed … (Syrskyi) [Eastern Europe Desk]'."""
    day = when_label(fact.when, None, fact.valid_from) or "undated"
    who = f" ({fact.who})" if fact.who else ""
    source = f" [{fact.source}]" if fact.source else ""
    kind = f"{fact.kind} ({fact.status})" if fact.status and fact.status != "happened" else fact.kind
    return f"{day} {kind}: {short(fact.what, 90)}{who}{source}"


def _dates(place: MapPlace) -> str:
    days = place.dates
    if not days:
        return "undated"
    return days[0].isoformat() if len(days) == 1 else f"{days[0].isoformat()} – {days[-1].isoformat()}"


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _note(answer: MapAnswer) -> str:
    notes = [f"{_count(len(answer.places), 'place')}, {_count(answer.facts, 'fact')}"]
    if answer.undrawn:
        notes.append(
            f"not drawn (no coordinates): {', '.join(answer.undrawn[:6])}"
            + (" …" if len(answer.undrawn) > 6 else "")
        )
    if answer.unplaced:
        notes.append(f"{answer.unplaced} facts name no place")
    return "; ".join(notes) + f". {ATTRIBUTION}."


def map_png(answer: MapAnswer, title: str, output: Path) -> None:
    """The map as a PNG (matplotlib's Agg backend, no display needed)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.collections import PolyCollection

    box = frame(answer.places)
    west, south, east, north = box
    answer = answer.model_copy(update={"places": _in_view(answer.places, box)})
    width = 11.0
    height = width * (north - south) / ((east - west) * _stretch(box))
    fig, ax = plt.subplots(figsize=(width, height + 0.6), dpi=110)
    ax.set_facecolor(_SEA)
    shapes = [ring for c in load_outlines() if c.meets(*box) for ring in c.rings]
    ax.add_collection(PolyCollection(shapes, facecolors=_LAND, edgecolors=_BORDER, linewidths=0.6))
    for country in load_outlines():
        if _labelled(country, box):
            cx, cy = (country.box[0] + country.box[2]) / 2, (country.box[1] + country.box[3]) / 2
            ax.text(cx, cy, country.name.upper(), color="#B5B5AE", fontsize=8, ha="center", va="center")
    places = sorted(answer.places, key=lambda p: len(p.facts))  # the biggest on top
    ax.scatter(
        [p.lon for p in places],
        [p.lat for p in places],
        s=[(2 * _radius(p)) ** 2 / 2.2 for p in places],
        c=[_colour(p) for p in places],
        alpha=0.75,
        edgecolors="white",
        linewidths=1.0,
        zorder=3,
    )
    taken: list[tuple[float, float]] = []
    for place in answer.places[:_LABELLED]:
        # a label close to one already placed goes a line lower (Kursk and Kursk Oblast)
        near = sum(
            1
            for lon, lat in taken
            if abs(lon - place.lon) < (east - west) * 0.15 and abs(lat - place.lat) < (north - south) * 0.02
        )
        taken.append((place.lon, place.lat))
        ax.annotate(
            f"{place.name} ({len(place.facts)})",
            (place.lon, place.lat),
            xytext=(_radius(place) * 0.7 + 3, 2 - 11 * near),
            textcoords="offset points",
            fontsize=8,
            zorder=4,
        )
    ax.set_xlim(west, east)
    ax.set_ylim(south, north)
    ax.set_aspect(1 / _stretch(box))
    ax.set_xticks([])
    ax.set_yticks([])
    ax.set_title(title, loc="left", fontsize=11)
    kinds = sorted({_colour(p) for p in answer.places})
    handles = [
        plt.Line2D([], [], marker="o", ls="", color=colour, label=kind)
        for kind, colour in KIND_COLOURS.items()
        if colour in kinds
    ]
    if handles:
        ax.legend(handles=handles, loc="lower right", fontsize=8, title="most facts are", title_fontsize=8)
    ax.text(
        0, -0.01, short(_note(answer), 200), transform=ax.transAxes, va="top", fontsize=7, color="#555555"
    )
    fig.savefig(output, bbox_inches="tight")
    plt.close(fig)


def _svg(answer: MapAnswer) -> tuple[str, int]:
    box = frame(answer.places)
    west, south, east, north = box
    answer = answer.model_copy(update={"places": _in_view(answer.places, box)})
    stretch = _stretch(box)
    scale = _WIDTH / ((east - west) * stretch)
    height = round((north - south) * scale)

    def xy(lon: float, lat: float) -> tuple[float, float]:
        return round((lon - west) * stretch * scale, 1), round((north - lat) * scale, 1)

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{_WIDTH}" height="{height}" '
        f'viewBox="0 0 {_WIDTH} {height}" role="img">',
        f'<rect width="{_WIDTH}" height="{height}" fill="{_SEA}"/>',
    ]
    for country in load_outlines():
        if not country.meets(*box):
            continue
        path = " ".join(
            "M" + " L".join(f"{x},{y}" for x, y in (xy(lon, lat) for lon, lat in ring)) + " Z"
            for ring in country.rings
        )
        parts.append(f'<path class="land" d="{path}"><title>{escape(country.name)}</title></path>')
    for country in load_outlines():
        if _labelled(country, box):
            x, y = xy((country.box[0] + country.box[2]) / 2, (country.box[1] + country.box[3]) / 2)
            parts.append(f'<text class="country" x="{x}" y="{y}">{escape(country.name.upper())}</text>')
    for place in sorted(answer.places, key=lambda p: len(p.facts)):
        x, y = xy(place.lon, place.lat)
        lines = [f"{place.name}: {_count(len(place.facts), 'fact')}, {_dates(place)}"]
        lines += [
            _fact_line(f)
            for f in sorted(place.facts, key=lambda f: (f.valid_from is None, f.valid_from))[:_TOOLTIP_FACTS]
        ]
        if len(place.facts) > _TOOLTIP_FACTS:
            lines.append(f"… and {len(place.facts) - _TOOLTIP_FACTS} more (table below)")
        parts.append(
            f'<circle class="place" cx="{x}" cy="{y}" r="{_radius(place):.1f}" fill="{_colour(place)}">'
            f"<title>{escape(chr(10).join(lines))}</title></circle>"
        )
    taken: list[tuple[float, float]] = []
    for place in answer.places[:_LABELLED]:
        x, y = xy(place.lon, place.lat)
        near = sum(1 for tx, ty in taken if abs(tx - x) < 140 and abs(ty - y) < 12)
        taken.append((x, y))
        parts.append(
            f'<text x="{x + _radius(place) + 3:.1f}" y="{y + 4 + 14 * near:.1f}">{escape(place.name)}</text>'
        )
    parts.append("</svg>")
    return "\n".join(parts), height


_CSS = """
body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; margin: 24px; color: #222; }
h1 { font-size: 18px; font-weight: 600; }
svg { border: 1px solid #ddd; max-width: 100%; height: auto; }
svg .land { fill: #EEEDE8; stroke: #A9A9A2; stroke-width: 0.7; }
svg .place { fill-opacity: 0.75; stroke: #fff; stroke-width: 1; }
svg .place:hover { fill-opacity: 1; stroke: #222; }
svg text { font-size: 12px; fill: #222; paint-order: stroke; stroke: #fff; stroke-width: 3px; }
svg text.country { font-size: 11px; fill: #B5B5AE; stroke: none; text-anchor: middle; letter-spacing: 1px; }
p.note { font-size: 12px; color: #555; }
.legend span { display: inline-block; margin-right: 14px; font-size: 12px; }
.legend i { display: inline-block; width: 10px; height: 10px; border-radius: 5px; margin-right: 4px; }
table { border-collapse: collapse; margin-top: 24px; font-size: 13px; }
th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid #e5e5e5; vertical-align: top; }
td ul { margin: 0; padding-left: 16px; }
"""


def _legend(answer: MapAnswer) -> str:
    """The colours in use: a circle takes the colour of the kind most of its facts are."""
    used = {_colour(p) for p in answer.places}
    items = [
        f'<span><i style="background:{colour}"></i>mostly {escape(kind)}s</span>'
        for kind, colour in KIND_COLOURS.items()
        if colour in used
    ]
    return "".join(items) + "<span>circle area: number of facts</span>"


def map_html(answer: MapAnswer, title: str) -> str:
    """One self-contained page: the SVG map (tooltips list each place's facts and dates) and a table."""
    svg, _ = _svg(answer)
    rows = []
    for place in answer.places:
        facts = "".join(f"<li>{escape(_fact_line(f))}</li>" for f in place.facts)
        rows.append(
            f"<tr><td>{escape(place.name)}</td><td>{escape(place.kind or '')}</td><td>{len(place.facts)}</td>"
            f"<td>{escape(_dates(place))}</td><td><ul>{facts}</ul></td></tr>"
        )
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        f"<title>{escape(title)}</title><style>{_CSS}</style></head><body>"
        f"<h1>{escape(title)}</h1>{svg}<p class='legend'>{_legend(answer)}</p>"
        f"<p class='note'>{escape(_note(answer))} Hover a circle for its facts and dates.</p>"
        "<table><thead><tr><th>place</th><th>kind</th><th>facts</th><th>dates</th><th>what</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table></body></html>\n"
    )


def draw_map(answer: MapAnswer, title: str, output: Path) -> None:
    """Write the map to `output`: .png or .html (self-contained)."""
    output.parent.mkdir(parents=True, exist_ok=True)
    if output.suffix.lower() == ".png":
        map_png(answer, title, output)
    else:
        output.write_text(map_html(answer, title), encoding="utf-8")
