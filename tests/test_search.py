"""`chronicle search` and `chronicle ask changes`: the Lucene text, the views, and both on the real Neo4j.

The integration tests use the invented two-article graph of tests/q4_graph.py (written with the
project's writer, deleted afterwards), so every name they look for is unique to it.
"""

import json
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from neo4j import Driver
from typer.testing import CliRunner

from chronicle.cli.changes import changes_view
from chronicle.cli.main import app
from chronicle.cli.search import search_view
from chronicle.graph.answers import ChangeRow
from chronicle.graph.search import EmptySearch, SearchRow, search, search_lucene
from tests.q4_graph import ARTICLE_A, ARTICLE_B, fixture_in_graph

runner = CliRunner()


@pytest.mark.parametrize(
    ("text", "lucene"),
    [
        ("encirclement", "encirclement"),
        ("Kursk operation", "kursk AND operation"),
        ('"North Korean" troops', '"north korean" AND troops'),
        ("encircl*", "encircl*"),
        ("a*", "a\\*"),
        ("AND OR NOT", "and AND or AND not"),
        ("key:value (x)", "key\\:value AND \\(x\\)"),
        ("-- ! ?", None),
    ],
)
def test_search_lucene_escapes_words_and_keeps_phrases(text: str, lucene: str | None) -> None:
    if lucene is None:
        with pytest.raises(EmptySearch):
            search_lucene(text)
    else:
        assert search_lucene(text) == lucene


def _row(**fields: Any) -> SearchRow:
    base: dict[str, Any] = {"kind": "claim", "score": 1.0, "what": "x", "article_id": "a1", "total": 3}
    return SearchRow(**{**base, **fields})


def test_search_view_shows_one_sentence_once_and_leads_with_what_was_found() -> None:
    sentence = "The staff denied that the town had been taken and said fighting went on."
    rows = [
        _row(what="the town had been taken", evidence=sentence, who="Staff", valid_from=date(2025, 6, 29)),
        _row(what="fighting went on", evidence=sentence, who="Staff"),
        _row(kind="event", what="Fall of the town", status="denied", evidence=sentence),
        _row(kind="effect", what="A → B: it forced them back", evidence="A forced them back."),
        _row(kind="figure", what=sentence, metric="troops", value=110000.0, evidence=sentence),
    ]
    view = search_view(rows)
    assert [r["said"] for r in view.rows] == [
        sentence,
        f"Fall of the town: {sentence}",
        "A → B: A forced them back.",
        f"110,000 troops: {sentence}",
    ]
    assert [r["kind"] for r in view.rows] == ["claim", "event (denied)", "effect", "figure"]
    assert view.rows[0]["when"] == "29 Jun 2025"
    assert view.footer.startswith("5 matches in 4 sentences from 1 article")


def test_changes_view_groups_kinds_and_marks_status_and_seen_events() -> None:
    common: dict[str, Any] = {"reported": date(2025, 6, 29), "article_id": "a", "source": "Wire", "total": 3}
    rows = [
        ChangeRow(kind="event", what="Fall of X", status="claimed", first_seen=True, id="e1", **common),
        ChangeRow(kind="event", what="Siege of Y", first_seen=False, new_reports=2, id="e2", **common),
        ChangeRow(kind="figure", what="s", metric="troops", value=5.0, approximate=True, id="q", **common),
    ]
    view = changes_view(rows)
    assert [(r["kind"], r["what"]) for r in view.rows] == [
        ("event (claimed)", "Fall of X"),
        ("event", "Siege of Y (seen before, 2 new reports)"),
        ("figure", "~5 troops"),
    ]
    assert view.rows[0]["reported"] == "Wire, 2025-06-29"
    assert view.footer == "2 events, 1 figure; 1 of the events first reported in the window."


@pytest.fixture(scope="module")
def q4_graph(driver: Driver, database: str) -> Iterator[None]:
    """The two invented articles in the graph for this module, removed afterwards."""
    with fixture_in_graph(driver, database):
        yield


def _json(*args: str) -> list[dict[str, Any]]:
    result = runner.invoke(app, [*args, "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def _ours(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [r for r in rows if r["article_id"] in (ARTICLE_A, ARTICLE_B)]


@pytest.mark.integration
@pytest.mark.usefixtures("q4_graph")
def test_search_finds_claims_events_and_effects_with_speaker_outlet_and_sentence() -> None:
    rows = _ours(_json("search", "Kelmar"))
    kinds = {r["kind"] for r in rows}
    assert {"claim", "event", "effect"} <= kinds
    event = next(r for r in rows if r["kind"] == "event" and r["what"] == "Kelmar operation")
    assert event["status"] == "happened" and event["source"] == "Test Q4 Wire"
    claim = next(r for r in rows if r["kind"] == "claim" and "pulled back" in r["what"])
    assert claim["who"] == "Ivo Tessaro"
    assert claim["evidence"].startswith("Tessaro said last week that the Kelmar operation")
    assert claim["published_at"] == "2025-06-28"
    scores = [r["score"] for r in _json("search", "Kelmar")]
    assert scores == sorted(scores, reverse=True)


@pytest.mark.integration
@pytest.mark.usefixtures("q4_graph")
def test_search_stems_english_and_filters_by_who_about_and_window(driver: Driver, database: str) -> None:
    # "massing" finds "massed" (English analyzer)
    massed = _ours(_json("search", "massing"))
    assert [r["what"] for r in massed] == ["Ostland has massed 110,000 troops near Zarvask"]
    taken = _ours(_json("search", "taken", "--about", "Lindow"))
    speakers = {r["who"] for r in taken if r["kind"] == "claim"}
    assert (
        "Ostland Army" in speakers and len(speakers) == 2
    )  # the army says so, the frontier council denies it
    army = _ours(_json("search", "taken", "--who", "Ostland Army"))
    assert army and {r["who"] for r in army} == {"Ostland Army"}
    assert _ours(_json("search", "taken", "--about", "Lindow", "--until", "2025-06-28"))
    assert all(r["valid_from"] <= "2025-06-28" for r in _json("search", "taken", "--until", "2025-06-28"))
    rows = search(driver, database, "troops", since=date(2025, 6, 20), limit=100)
    assert rows and all(r.valid_to is not None and r.valid_to >= date(2025, 6, 20) for r in rows)
    assert len(search(driver, database, "troops", limit=2)) == 2


@pytest.mark.integration
@pytest.mark.usefixtures("q4_graph")
def test_search_in_every_format_and_an_empty_answer_says_so() -> None:
    for fmt in ("table", "csv", "markdown"):
        result = runner.invoke(app, ["search", "Lindow", "--format", fmt])
        assert result.exit_code == 0, result.output
        assert "Lindow" in result.stdout
    empty = runner.invoke(app, ["search", "zzqxnonexistentword"])
    assert empty.exit_code == 0 and "Nothing matches 'zzqxnonexistentword'" in empty.stdout
    refused = runner.invoke(app, ["search", "!!"])
    assert refused.exit_code == 1 and "nothing to search for" in refused.output


@pytest.mark.integration
@pytest.mark.usefixtures("q4_graph")
def test_ask_changes_lists_new_events_claims_and_figures_by_kind_newest_first() -> None:
    rows = _json("ask", "changes", "Zarvask", "--since", "2025-06-29")
    assert rows and {r["article_id"] for r in rows} == {ARTICLE_B}
    kinds = [r["kind"] for r in rows]
    assert kinds == sorted(kinds, key=["event", "claim", "figure"].index)
    assert {"claim", "figure"} <= set(kinds)
    everything = _json("ask", "changes", "Morvan Oblast", "--since", "2025-01-01")
    assert {r["article_id"] for r in everything} == {ARTICLE_A, ARTICLE_B}
    reported = [r["reported"] for r in everything if r["kind"] == "claim"]
    assert reported == sorted(reported, reverse=True)
    events = [r for r in everything if r["kind"] == "event"]
    assert events and all(r["status"] and r["first_seen"] for r in events)
    # an event reported before --since is marked as seen before
    later = [
        r for r in _json("ask", "changes", "Morvan Oblast", "--since", "2025-06-29") if r["kind"] == "event"
    ]
    assert all(r["reported"] >= "2025-06-29" for r in later)
    assert not _json("ask", "changes", "Zarvask", "--since", "2025-07-01")
    missing = runner.invoke(app, ["ask", "changes", "Zarvask"])
    assert missing.exit_code == 2
