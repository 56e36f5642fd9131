"""Event status through the real pipeline, writer and Neo4j: an event no article states as happened is
marked in `ask events`, `ask timeline`, the plot and the Browser label, with who states it; one article
saying it happened makes it a fact. Sentences and names are written here."""

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from neo4j import Driver
from typer.testing import CliRunner

from chronicle.cli.main import app
from chronicle.extraction.models import Article, GraphDoc
from chronicle.extraction.pipeline import extract
from chronicle.resolution import resolve_docs
from tests.helpers import delete_articles, wiped, write_docs

pytestmark = pytest.mark.integration

runner = CliRunner()
PREFIX = "test-event-status-"
PLANNED = Article(
    id=PREFIX + "a",
    source="Test Status Wire",
    published_at=date(2025, 3, 6),
    text=(
        "Commanders of the Northern Army had hoped to capture Raqqa by the end of 2024. "
        "'The enemy's capture of Raqqa has not yet taken place,' Colonel Marta Ivaniuk said on Friday. "
        "Northern Army drones struck Raqqa on Tuesday."
    ),
)
HAPPENED = Article(
    id=PREFIX + "b",
    source="Test Status Wire",
    published_at=date(2025, 3, 9),
    text="Northern Army troops captured Raqqa on Saturday after weeks of fighting.",
)


def _write(docs: list[GraphDoc], database: str) -> None:
    write_docs(database, docs)


def _delete(driver: Driver, database: str) -> None:
    """Exactly what these articles wrote (their effects and alias entries too), nothing other
    articles mention."""
    delete_articles(driver, database, PREFIX)


@pytest.fixture()
def planned_only(driver: Driver, database: str) -> Iterator[GraphDoc]:
    docs = [extract(PLANNED), extract(HAPPENED)]
    with wiped(driver, database, _delete):
        _write(docs[:1], database)
        yield docs[0]


def _rows(*args: str) -> list[dict[str, Any]]:
    result = runner.invoke(app, ["ask", *args, "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def _capture(doc: GraphDoc) -> str:
    """The key of the capture's node (the place's node key gives its place segment)."""
    return next(e.key for e in resolve_docs([doc])[0].events if e.type == "capture")


def test_event_not_stated_as_happened_is_marked_everywhere(
    planned_only: GraphDoc, driver: Driver, database: str, tmp_path: Path
) -> None:
    key = _capture(planned_only)
    events = {r["key"]: r for r in _rows("events", "Raqqa")}
    capture = events[key]
    assert capture["status"] == "denied"
    assert capture["status_cue"] == "has not yet taken place"
    assert "Ivaniuk" in (capture["stated_by"] or "")
    assert any(r["status"] == "happened" for k, r in events.items() if k != key)  # the drone strike
    table = runner.invoke(app, ["ask", "events", "Raqqa"], env={"COLUMNS": "250"}).stdout
    assert "DENIED by" in table

    timeline = [r for r in _rows("timeline", "Raqqa") if r["kind"] == "event"]
    marked = [r for r in timeline if r["status"] != "happened"]
    assert marked and all(r["who"] for r in marked)
    wide = runner.invoke(app, ["ask", "timeline", "Raqqa"], env={"COLUMNS": "250"}).stdout
    assert "event (denied)" in wide

    labels, _, _ = driver.execute_query(
        "MATCH (e:Event {key: $key}) RETURN labels(e) AS labels", key=key, database_=database
    )
    assert "Unconfirmed" in labels[0]["labels"]

    page = tmp_path / "raqqa.html"
    result = runner.invoke(app, ["plot", "timeline", "Raqqa", "-o", str(page)])
    assert result.exit_code == 0, result.output
    assert "[DENIED]" in page.read_text(encoding="utf-8")


def test_event_one_article_states_as_happened_becomes_a_fact(
    planned_only: GraphDoc, driver: Driver, database: str
) -> None:
    key = _capture(planned_only)
    happened = extract(HAPPENED)
    assert _capture(happened) == key
    _write([happened], database)
    records, _, _ = driver.execute_query(
        "MATCH (e:Event {key: $key}) RETURN e.status AS status, labels(e) AS labels, e.value AS value",
        key=key,
        database_=database,
    )
    assert records[0]["status"] == "happened"
    assert "Unconfirmed" not in records[0]["labels"]
    assert records[0]["value"] == "2025-03-08"  # the happened date replaces the plan's target date
