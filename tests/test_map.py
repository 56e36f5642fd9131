"""`chronicle plot map`: the shipped outlines, the frame, offline PNG/HTML, and maps of real answers.

The integration tests write the invented graph of tests/q4_graph.py with coordinates given to its
towns (the fixture itself has none).
"""

import json
import os
import re
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from neo4j import Driver
from typer.testing import CliRunner

from chronicle.cli.main import app
from chronicle.cli.plot_map import draw_map, frame, map_html
from chronicle.extraction.models import GraphDoc
from chronicle.graph.map import MapAnswer, MapFact, MapPlace, answer_facts
from chronicle.graph.outlines import OUTLINES, country_centre, load_outlines
from tests.q4_graph import KELMAR, LINDOW, ZARVASK, fixture_docs, fixture_in_graph

runner = CliRunner()
POINTS = {ZARVASK: (48.0, 37.0), LINDOW: (48.3, 37.4), KELMAR: (51.0, 35.0)}


def _place(name: str, lat: float, lon: float, facts: int, located: str = "gazetteer") -> MapPlace:
    return MapPlace(
        key=f"place:{name.lower()}",
        name=name,
        lat=lat,
        lon=lon,
        located=located,
        country_code="UA" if located != "gazetteer" else None,
        facts=[
            MapFact(
                kind="event",
                id=f"{name}-{i}",
                what=f"fight {i}",
                valid_from=date(2025, 1, 1 + i),
                source="Wire",
            )
            for i in range(facts)
        ],
    )


def test_outlines_ship_small_with_their_origin_and_licence() -> None:
    countries = load_outlines()
    assert len(countries) > 150 and OUTLINES.stat().st_size < 500_000
    data = json.loads(OUTLINES.read_text(encoding="utf-8"))
    assert "Natural Earth" in data["source"] and "public domain" in data["licence"]
    readme = (OUTLINES.parent / "README.md").read_text(encoding="utf-8")
    assert "public domain" in readme and "scripts/build_outlines.py" in readme
    ukraine = next(c for c in countries if c.iso == "UA")
    lat, lon = country_centre("UA") or (0.0, 0.0)
    assert ukraine.box[1] < lat < ukraine.box[3] and ukraine.box[0] < lon < ukraine.box[2]
    assert country_centre("ZZ") is None and country_centre(None) is None


def test_frame_holds_every_place_with_a_margin_and_a_sane_shape() -> None:
    places = [_place("A", 48.0, 37.0, 3), _place("B", 48.2, 37.3, 1)]
    west, south, east, north = frame(places)
    assert west < 37.0 < 37.3 < east and south < 48.0 < 48.2 < north
    assert north - south >= 3.0
    # a country placed by its outline's centre does not stretch the frame
    far = [*places, _place("Russia", 61.7, 99.1, 2, located="country outline")]
    assert frame(far) == frame(places)


def test_map_html_is_self_contained_with_dates_in_tooltips(tmp_path: Path) -> None:
    answer = MapAnswer(places=[_place("Zarvask", 48.0, 37.0, 3), _place("Lindow", 48.3, 37.4, 1)], facts=4)
    html = map_html(answer, "Test map")
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html)
    assert "<script" not in html and "@import" not in html and "url(" not in html
    tooltip = re.search(r"<title>(Zarvask: 3 facts[^<]*)</title>", html)
    assert (
        tooltip
        and "2025-01-01 – 2025-01-03" in tooltip.group(1)
        and "2 Jan 2025 event: fight 1" in tooltip.group(1)
    )
    assert "Natural Earth" in html and html.count('class="land"') > 3
    png = tmp_path / "m.png"
    draw_map(answer, "Test map", png)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_plot_map_needs_a_name_or_a_query_and_a_picture_suffix(tmp_path: Path) -> None:
    neither = runner.invoke(app, ["plot", "map", "-o", str(tmp_path / "m.html")])
    both = runner.invoke(app, ["plot", "map", "Zarvask", "--query", "taken", "-o", str(tmp_path / "m.html")])
    assert neither.exit_code == both.exit_code == 2
    assert "give a NAME or --query WORDS" in neither.stderr
    wrong = runner.invoke(app, ["plot", "map", "Zarvask", "-o", str(tmp_path / "m.svg")])
    assert wrong.exit_code == 1 and "m.svg: the map must be a .png or an .html file" in wrong.stderr


def _with_points(docs: list[GraphDoc]) -> list[GraphDoc]:
    for doc in docs:
        for entity in doc.entities:
            if entity.place is not None and entity.key in POINTS:
                entity.place.lat, entity.place.lon = POINTS[entity.key]
    return docs


@pytest.fixture(scope="module")
def q4_graph(driver: Driver, database: str) -> Iterator[None]:
    with fixture_in_graph(driver, database, _with_points(fixture_docs())):
        yield


def _tooltips(path: Path) -> dict[str, str]:
    html = path.read_text(encoding="utf-8")
    return {m.group(1): m.group(0) for m in re.finditer(r"<title>([^:<]+): \d+ facts[^<]*</title>", html)}


@pytest.mark.integration
@pytest.mark.usefixtures("q4_graph")
def test_plot_map_draws_the_places_of_an_answer_sized_by_facts(
    tmp_path: Path, driver: Driver, database: str
) -> None:
    out = tmp_path / "morvan.html"
    result = runner.invoke(app, ["plot", "map", "Morvan Oblast", "-o", str(out)])
    assert result.exit_code == 0, result.output
    tips = _tooltips(out)
    assert {"Zarvask", "Lindow"} <= set(tips)
    key = driver.execute_query(
        "MATCH (n:Entity {name: 'Morvan Oblast'}) RETURN n.key", database_=database
    ).records[0][0]
    facts = answer_facts(driver, database, key)
    assert facts and f"Wrote {out} (" in result.stdout and f"{len(facts)} facts" in result.stdout
    zarvask = re.search(r"Zarvask: (\d+) facts", tips["Zarvask"])
    lindow = re.search(r"Lindow: (\d+) facts", tips["Lindow"])
    assert zarvask and lindow and int(zarvask.group(1)) > int(lindow.group(1)) > 0
    radius = {
        m.group(2): float(m.group(1))
        for m in re.finditer(r'r="([\d.]+)"[^>]*><title>([^:]+):', out.read_text(encoding="utf-8"))
    }
    assert radius["Zarvask"] > radius["Lindow"]


@pytest.mark.integration
@pytest.mark.usefixtures("q4_graph")
def test_plot_map_of_events_figures_and_search_matches(tmp_path: Path) -> None:
    events = tmp_path / "events.png"
    result = runner.invoke(app, ["plot", "map", "Zarvask", "--answer", "events", "-o", str(events)])
    assert result.exit_code == 0, result.output
    assert events.read_bytes()[:4] == b"\x89PNG"
    searched = tmp_path / "search.html"
    result = runner.invoke(app, ["plot", "map", "--query", "taken", "-o", str(searched)])
    assert result.exit_code == 0, result.output
    assert "Lindow" in _tooltips(searched)
    nothing = runner.invoke(app, ["plot", "map", "Zarvask", "--since", "2030-01-01", "-o", str(searched)])
    assert nothing.exit_code == 1 and "nothing to draw: no facts in that window" in nothing.stderr


def test_map_html_opens_in_a_real_browser_without_any_request_off_the_page(tmp_path: Path) -> None:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        if os.environ.get("CI"):
            pytest.fail("CI needs Debian's chromium for this test (.ci/run installs it)")
        pytest.skip("needs Debian's chromium (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    page_file = tmp_path / "map.html"
    answer = MapAnswer(places=[_place("Zarvask", 48.0, 37.0, 3), _place("Lindow", 48.3, 37.4, 1)], facts=4)
    draw_map(answer, "Test map", page_file)
    requests: list[str] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page()
        page.on("request", lambda request: requests.append(request.url))
        page.goto(page_file.as_uri())
        circles = page.locator("circle.place").count()
        tooltip = page.locator("circle.place title").last.text_content() or ""
        browser.close()
    assert [url for url in requests if not url.startswith("file:")] == []
    assert circles == 2 and tooltip.startswith("Zarvask: 3 facts, 2025-01-01 – 2025-01-03")
