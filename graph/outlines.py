"""Country outlines for offline maps, shipped with the package (graph/data/countries.json).

Natural Earth 1:10m countries (public domain), simplified to about 4 km by scripts/build_outlines.py;
graph/data/README.md says where the file comes from and how to rebuild it. Nothing is fetched at run time.
"""

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

__all__ = ["OUTLINES", "Country", "country_centre", "load_outlines"]

OUTLINES = Path(__file__).resolve().parent / "data" / "countries.json"

Ring = list[tuple[float, float]]


@dataclass(frozen=True)
class Country:
    """A country's outline: rings of (lon, lat), its ISO code and name, and its bounding box."""

    iso: str | None
    name: str
    rings: tuple[Ring, ...]
    box: tuple[float, float, float, float]  # west, south, east, north

    def meets(self, west: float, south: float, east: float, north: float) -> bool:
        """Whether the outline's box overlaps this one."""
        return not (self.box[2] < west or self.box[0] > east or self.box[3] < south or self.box[1] > north)


def _ring(encoded: list[int], scale: float) -> Ring:
    """x0, y0, then deltas -> (lon, lat) points."""
    x, y, points = 0, 0, []
    for i in range(0, len(encoded) - 1, 2):
        x, y = (encoded[i], encoded[i + 1]) if i == 0 else (x + encoded[i], y + encoded[i + 1])
        points.append((x / scale, y / scale))
    return points


@cache
def load_outlines() -> tuple[Country, ...]:
    """Every country of the shipped file, decoded once per process."""
    data = json.loads(OUTLINES.read_text(encoding="utf-8"))
    scale = float(data["scale"])
    countries = []
    for item in data["countries"]:
        rings = tuple(_ring(ring, scale) for ring in item["rings"])
        xs = [x for ring in rings for x, _ in ring]
        ys = [y for ring in rings for _, y in ring]
        countries.append(Country(item["iso"], item["name"], rings, (min(xs), min(ys), max(xs), max(ys))))
    return tuple(countries)


def _area_centre(ring: Ring) -> tuple[float, float, float]:
    """(area, lon, lat) of a ring's centroid (shoelace formula)."""
    area = cx = cy = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
        cross = x1 * y2 - x2 * y1
        area += cross
        cx += (x1 + x2) * cross
        cy += (y1 + y2) * cross
    if not area:
        return 0.0, ring[0][0], ring[0][1]
    return abs(area / 2), cx / (3 * area), cy / (3 * area)


def country_centre(iso: str | None) -> tuple[float, float] | None:
    """(lat, lon) inside a country's largest piece, for a country node the gazetteer gave no point."""
    if not iso:
        return None
    country = next((c for c in load_outlines() if c.iso == iso.upper()), None)
    if country is None:
        return None
    _, lon, lat = max(_area_centre(ring) for ring in country.rings)
    return lat, lon
