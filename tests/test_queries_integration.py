"""The catalog on the real Neo4j, through the CLI, on the invented two-article graph of tests/q4_graph.py.

The fixture writes its GraphDocs with the project's writer and deletes exactly what it wrote, so it can
share the database with other tests; every name in it is invented and unique to it.
"""

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from neo4j import Driver
from typer.testing import CliRunner, Result

from chronicle.cli.main import app
from chronicle.extraction.models import Article
from chronicle.extraction.pipeline import extract
from chronicle.graph.adhoc import WriteRefused, run_cypher
from tests.helpers import delete_articles, wiped, write_docs
from tests.q4_graph import ARTICLE_A, ARTICLE_B, fixture_in_graph

pytestmark = pytest.mark.integration

runner = CliRunner()


OTHERS = [
    Article(
        id=f"test-queries-other-{i}",
        source="Test Queries Other Wire",
        published_at=f"2025-06-2{i}",
        text=text,
    )
    for i, text in enumerate(
        (
            "Russia lost about 1,000 soldiers a day in June, according to the Ukrainian General Staff. Drones "
            "did most of the damage near Pokrovsk, according to the Ukrainian military's General Staff.",
            "The Ukrainian General Staff said on Thursday that the Kursk operation had drawn off Russian "
            "troops, General Oleksandr Syrskyi told reporters.",
        ),
        start=6,
    )
]
"""Articles of our own on real names, in the graph before the invented ones (a developer's graph holds
others; these make a 'General Staff' node named 'Ukrainian General Staff'): the answers about the invented
names must not change for them."""


@pytest.fixture(scope="module", autouse=True)
def fixture_graph(driver: Driver, database: str) -> Iterator[None]:
    """Other articles, then the two invented articles, in the graph for this module; removed afterwards."""
    with wiped(
        driver, database, lambda graph, name: delete_articles(graph, name, prefix="test-queries-other-")
    ):
        write_docs(database, *([extract(other)] for other in OTHERS))
        with fixture_in_graph(driver, database):
            yield


def ask(*args: str) -> Result:
    return runner.invoke(app, ["ask", *args])


def rows(*args: str) -> list[dict[str, Any]]:
    """The JSON rows of `chronicle ask ARGS --format json` (fails the test on a non-zero exit)."""
    result = ask(*args, "--format", "json")
    assert result.exit_code == 0, result.output + (result.stderr or "")
    return json.loads(result.stdout)


def test_effect_rows_in_time_order_with_speaker_and_source() -> None:
    answer = rows("effect", "Kelmar operation", "Zarvask")
    assert [(r["kind"], r["when"], r["mod"], r["who"]) for r in answer] == [
        ("effect", "2024", "END", "Institute for Q4 Studies"),
        ("effect", "2025-W25", None, "Ivo Tessaro"),
        ("effect", "2025-W25", None, "Ivo Tessaro"),
        ("context", "2025-W25", None, "Ivo Tessaro"),
        ("figure", None, None, "Ivo Tessaro"),
        ("figure", None, None, "Ivo Tessaro"),
    ]
    assert answer[0]["cue"] == "because"
    assert answer[1]["cue"] == "thanks to" and answer[1]["via"] is None
    assert answer[2]["via"] == "Zarvask offensive"
    assert [(r["value"], r["metric"], r["approximate"]) for r in answer[4:]] == [
        (63000.0, "Ostland troops", True),
        (7000.0, "Eastland troops", False),
    ]
    assert all(r["stated"] == "2025-W25" for r in answer[1:])
    assert {(r["source"], r["published_at"], r["article_id"]) for r in answer} == {
        ("Test Q4 Wire", "2025-06-28", ARTICLE_A)
    }
    # the claims the effects were read from are not repeated as rows of their own
    assert not [r for r in answer if r["kind"] == "claim"]


def test_effect_table_reads_like_the_design() -> None:
    result = ask("effect", "kelmar incursion", "ZARVASK", "--format", "markdown")
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert (
        lines[0]
        == "**Effect of  Kelmar operation (operation, from Aug 2024)  on  Zarvask (city, Morvan Oblast, ZZ)**"
    )
    assert lines[2] == "| when | who says | what | source |"  # the headers of the table
    assert lines[4] == (
        "| late 2024 | Institute for Q4 Studies | Ostland could not add troops near Zarvask while "
        "containing the Kelmar incursion | Test Q4 Wire, 2025-06-28 |"
    )
    assert (
        "| week of 16 Jun 2025 | Ivo Tessaro | weakened the Zarvask offensive (via Zarvask offensive) |"
        in lines[6]
    )
    assert (
        lines[8]
        == "| week of 16 Jun 2025 (said) | Ivo Tessaro | ~63,000 Ostland troops | Test Q4 Wire, 2025-06-28 |"
    )
    assert lines[-1] == (
        "6 statements from 1 article. `--format json` for the raw rows, "
        '`chronicle ask sources "kelmar incursion" "ZARVASK"` for the sentences.'
    )
    table = " ".join(ask("effect", "kelmar incursion", "ZARVASK").stdout.split())
    assert "who says" in table and "6 statements from 1 article." in table


def test_effect_window_and_empty_answers_say_why() -> None:
    assert [r["when"] for r in rows("effect", "Kelmar operation", "Zarvask", "--until", "2024-12-31")] == [
        "2024"
    ]
    result = ask("effect", "Kelmar operation", "Zarvask", "--since", "2026-01-01")
    assert result.stdout == (
        "No statement links Kelmar operation to Zarvask (directly or through one event or place); "
        '`chronicle ask connections "Kelmar operation" "Zarvask"` looks further since 2026-01-01 '
        "(6 outside it: drop --since/--until to see them).\n"
    )
    unrelated = ask("effect", "Lindow", "Kelmar")
    assert unrelated.exit_code == 0
    assert unrelated.stdout.startswith("No statement links Lindow to Kelmar")


def test_timeline_has_dated_facts_oldest_first() -> None:
    answer = rows("timeline", "zarvask")
    assert [(r["when"], r["kind"]) for r in answer] == [
        ("2024", "effect"),
        ("2024-09", "event"),
        ("2024-12", "figure"),
        ("2025", "event"),
        ("2025-06", "event"),
        ("2025-W25", "effect"),
        ("2025-W26", "figure"),
        ("2025-06-27", "figure"),
    ]
    assert answer[1]["what"] == "Capture of Zarvask" and answer[3]["mod"] == "START"
    assert (answer[2]["value"], answer[2]["who"], answer[2]["source"]) == (
        70000.0,
        "Varnland Frontier Council",
        "Test Q4 Daily",
    )
    assert answer[0]["who"] == "Institute for Q4 Studies"
    assert answer[-1]["what"] == "Ostland has massed 110,000 troops near Zarvask"


def test_timeline_window_keeps_overlapping_facts() -> None:
    answer = rows("timeline", "Zarvask", "--since", "2025-01-01", "--until", "2025-06-24")
    assert [r["when"] for r in answer] == ["2025", "2025-06", "2025-W25", "2025-W26"]
    empty = ask("timeline", "Zarvask", "--since", "2030-01-01")
    assert " ".join(empty.stdout.split()) == (
        "No dated facts about Zarvask (city, Morvan Oblast, ZZ) since 2030-01-01 "
        "(8 outside it: drop --since/--until to see them)."
    )


def test_timeline_cut_at_the_limit_says_how_many_there_are() -> None:
    full = rows("timeline", "zarvask")
    cut = rows("timeline", "zarvask", "--limit", "3")
    assert [(r["when"], r["kind"], r["what"]) for r in cut] == [
        (r["when"], r["kind"], r["what"]) for r in full[:3]
    ]
    assert {r["total"] for r in full} == {r["total"] for r in cut} == {8}
    table = " ".join(ask("timeline", "zarvask", "--limit", "3").stdout.split())
    assert "3 of 8 facts from 2 articles." in table and "Cut at --limit 3" in table
    assert "Cut at" not in " ".join(ask("timeline", "zarvask").stdout.split())


def test_timeline_keeps_a_claim_next_to_an_unrelated_figure() -> None:
    answer = rows("timeline", "Lindow")
    assert sorted((r["kind"], r["when"]) for r in answer) == [
        ("claim", "2025-06-28"),
        ("claim", "2025-06-29"),  # the denial (see test_contradictions_pair_a_statement_with_its_denial)
        ("event", "2025-06-28"),
        ("figure", "2025-06-28"),
    ]
    assert next(r for r in answer if r["kind"] == "claim")["who"] == "Ostland Army"


def test_timeline_of_an_event_includes_the_event_itself() -> None:
    answer = rows("timeline", "Kelmar operation")
    assert answer[0]["kind"] == "event" and answer[0]["what"] == "Kelmar operation (Kelmar)"
    assert answer[0]["when"] == "2024-08"


def test_ambiguous_name_lists_candidates_and_unknown_name_says_so() -> None:
    result = ask("timeline", "Tessaro")
    assert result.exit_code == 1
    message = " ".join(result.stderr.split())
    assert message == (
        "Error: 'Tessaro' is ambiguous: Ivo Tessaro (person, 2 articles, key test-q4-person:ivo-tessaro); "
        "Marta Tessaro (person, 1 article, key test-q4-person:marta-tessaro). Use the full name or the key."
    )
    by_key = rows("claims", "test-q4-person:ivo-tessaro")
    assert {r["who"] for r in by_key} == {"Ivo Tessaro"}
    unknown = ask("claims", "Zarvaskograd Nowhere")
    assert unknown.exit_code == 1
    assert "nothing in the graph is called 'Zarvaskograd Nowhere'" in unknown.stderr


def test_misspelled_name_is_not_answered_but_suggested() -> None:
    result = ask("timeline", "Zarvsk")
    assert result.exit_code == 1
    message = " ".join(result.stderr.split())
    assert message.startswith("Error: nothing in the graph is called 'Zarvsk': did you mean Zarvask (")
    assert result.stdout == ""


def test_claims_about_an_entity_with_speaker_and_date() -> None:
    answer = rows("claims", "Zarvask")
    assert [(r["said"], r["who"], r["kind"]) for r in answer] == [
        ("2024", "Institute for Q4 Studies", "assessment"),
        ("2025-W25", "Ivo Tessaro", "direct"),
        ("2025-W26", "Ivo Tessaro", "reported"),
        ("2025-06-27", "Ivo Tessaro", "reported"),
        (None, "Varnland Frontier Council", "reported"),
    ]
    assert all(r["role"] == "about" for r in answer)
    assert answer[-1]["published_at"] == "2025-06-29" and answer[-1]["about_when"] == "2024-12"


def test_claims_by_a_speaker_within_a_window() -> None:
    answer = rows("claims", "Ivo Tessaro", "--since", "2025-06-25")
    assert [(r["said"], r["role"], r["article_id"]) for r in answer] == [
        ("2025-W26", "by", ARTICLE_B),
        ("2025-06-27", "by", ARTICLE_A),
    ]


def test_claims_cut_at_the_limit_say_how_many_there_are() -> None:
    cut = rows("claims", "Zarvask", "--limit", "2")
    assert [(r["said"], r["who"], r["total"]) for r in cut] == [
        ("2024", "Institute for Q4 Studies", 5),
        ("2025-W25", "Ivo Tessaro", 5),
    ]
    table = " ".join(ask("claims", "Zarvask", "--limit", "2").stdout.split())
    assert "2 of 5 claims from 1 article. Cut at --limit 2" in table


def test_conflicts_show_both_figures_with_sources() -> None:
    answer = rows("conflicts", "Zarvask")
    assert len(answer) == 1
    row = answer[0]
    assert (row["value_a"], row["metric_a"], row["when_a"], row["source_a"], row["published_a"]) == (
        110000.0,
        "Ostland troops",
        "2025-06-27",
        "Test Q4 Wire",
        "2025-06-28",
    )
    assert (row["value_b"], row["metric_b"], row["when_b"], row["source_b"], row["published_b"]) == (
        111000.0,
        "troops",
        "2025-W26",
        "Test Q4 Daily",
        "2025-06-29",
    )
    assert row["who_a"] == row["who_b"] == "Ivo Tessaro" and row["difference"] == 1000.0
    table = ask("conflicts", "Zarvask", "--format", "markdown").stdout
    assert "110,000 Ostland troops — 2025-06-27, Ivo Tessaro (Test Q4 Wire, 2025-06-28)" in table
    assert "111,000 troops — 2025-W26, Ivo Tessaro (Test Q4 Daily, 2025-06-29)" in table


def test_contradictions_pair_a_statement_with_its_denial() -> None:
    answer = rows("contradictions", "Lindow")
    assert len(answer) == 1
    row = answer[0]
    assert (row["predicate"], row["about"]) == ("take", ["Lindow"])
    assert (row["affirmed"], row["who_a"], row["said_a"], row["source_a"]) == (
        "the village of Lindow had been taken",
        "Ostland Army",
        "2025-06-28",
        "Test Q4 Daily",
    )
    assert (row["denied"], row["who_b"], row["said_b"]) == (
        "Lindow had been taken",
        "Varnland Frontier Council",
        "2025-06-29",
    )
    table = " ".join(ask("contradictions", "Lindow", "--format", "markdown").stdout.split())
    assert "Lindow had been taken — 2025-06-29, Varnland Frontier Council" in table


def test_contradictions_need_the_statements_close_in_time() -> None:
    assert rows("contradictions", "Lindow", "--window", "0") == []
    assert "No statement about Lindow" in ask("contradictions", "Lindow", "--window", "0").stdout
    assert rows("contradictions", "Zarvask") == []


def test_conflicts_window_widens_and_the_country_sees_its_cities() -> None:
    pairs = rows("conflicts", "Varnland", "--window", "400")
    assert sorted((r["value_a"], r["value_b"]) for r in pairs) == [
        (70000.0, 110000.0),
        (70000.0, 111000.0),
        (110000.0, 111000.0),
    ]
    none = ask("conflicts", "Ivo Tessaro")
    assert none.stdout == "No disagreeing figures about Ivo Tessaro (person): no figures about it.\n"
    # 63,000 Ostland troops and 7,000 Eastland troops at Kelmar count different things
    other = ask("conflicts", "Kelmar")
    assert other.stdout.endswith(": 2 figures about it, none contradicting another within 7 days.\n")


def test_conflicts_cut_at_the_limit_say_how_many_there_are() -> None:
    pairs = rows("conflicts", "Varnland", "--window", "400", "--limit", "2")
    assert [(r["value_a"], r["value_b"], r["total"]) for r in pairs] == [
        (70000.0, 111000.0, 3),
        (70000.0, 110000.0, 3),
    ]
    table = " ".join(ask("conflicts", "Varnland", "--window", "400", "--limit", "2").stdout.split())
    assert "2 of 3 disagreements across 2 articles. Cut at --limit 2" in table


def test_numbers_history_of_a_region_includes_its_cities() -> None:
    answer = rows("numbers", "Morvan Oblast")
    assert [(r["when"], r["subject"], r["value"]) for r in answer] == [
        ("2024-12", "Zarvask", 70000.0),
        ("2025-W26", "Zarvask", 111000.0),
        ("2025-06-27", "Zarvask", 110000.0),
        ("2025-06-28", "Lindow", 2000.0),
    ]
    assert [r["value"] for r in rows("numbers", "Zarvask", "--metric", "OSTLAND")] == [70000.0, 110000.0]
    undated = rows("numbers", "Kelmar")
    assert {(r["value"], r["dated"], r["valid_from"]) for r in undated} == {
        (63000.0, False, "2025-06-28"),
        (7000.0, False, "2025-06-28"),
    }


def test_numbers_cut_at_the_limit_say_how_many_there_are() -> None:
    cut = rows("numbers", "Morvan Oblast", "--limit", "2")
    assert [(r["when"], r["value"], r["total"]) for r in cut] == [
        ("2024-12", 70000.0, 4),
        ("2025-W26", 111000.0, 4),
    ]
    table = " ".join(ask("numbers", "Morvan Oblast", "--limit", "2").stdout.split())
    assert "2 of 4 figures from 1 article. Cut at --limit 2" in table


def test_connections_are_shortest_paths_with_evidence() -> None:
    direct = rows("connections", "Ivo Tessaro", "Zarvask")
    assert {r["hops"] for r in direct} == {2}
    assert all(r["relationships"] == ["STATED", "ABOUT"] for r in direct)
    assert len(direct) == 3  # three claims about Zarvask; figures with their own claim are not repeated
    far = rows("connections", "Kelmar operation", "Lindow")
    assert {r["hops"] for r in far} == {3}
    routes = {r["route"] for r in far}
    assert "Kelmar operation -AFFECTED-> Zarvask -PART_OF-> Morvan Oblast <-PART_OF- Lindow" in routes
    assert "Kelmar operation -AFFECTED-> Ostland Army <-INVOLVED- Fall of Lindow -AT-> Lindow" in routes
    assert all("MENTIONS" not in r["relationships"] and "IN" not in r["relationships"] for r in far)
    assert all(r["evidence"] and r["sources"] for r in far)


def test_connections_of_a_node_with_itself_is_refused() -> None:
    result = ask("connections", "Zarvask", "zarvask")
    assert result.exit_code == 1
    assert "are the same node" in result.stderr


def test_events_in_a_region_include_its_places_and_window() -> None:
    answer = rows("events", "Morvan Oblast")
    assert [(r["when"], r["event"], r["places"]) for r in answer] == [
        ("2024-09", "Capture of Zarvask", ["Zarvask"]),
        ("2025", "Closure of Zarvask mine", ["Zarvask"]),
        ("2025-06", "Zarvask offensive", ["Zarvask"]),
        ("2025-06-28", "Fall of Lindow", ["Lindow"]),
    ]
    assert answer[3]["involved"] == ["Ostland Army"] and answer[3]["sources"] == ["Test Q4 Daily, 2025-06-29"]
    window = rows("events", "Morvan Oblast", "--since", "2025-01-01", "--until", "2025-06-15")
    assert [r["event"] for r in window] == ["Closure of Zarvask mine", "Zarvask offensive"]


def test_events_cut_at_the_limit_say_how_many_there_are() -> None:
    cut = rows("events", "Morvan Oblast", "--limit", "2")
    assert [(r["event"], r["total"]) for r in cut] == [
        ("Capture of Zarvask", 4),
        ("Closure of Zarvask mine", 4),
    ]
    table = " ".join(ask("events", "Morvan Oblast", "--limit", "2").stdout.split())
    assert "2 of 4 events. Cut at --limit 2" in table


def test_sources_give_sentences_and_bare_mentions() -> None:
    answer = rows("sources", "Zarvask")
    assert len(answer) == 7
    assert {r["article_id"] for r in answer} == {ARTICLE_A, ARTICLE_B}
    first = answer[0]
    assert first["sentence"].startswith("Ostland has massed 110,000 troops near Zarvask")
    assert sorted(first["kinds"]) == ["claim", "figure"] and first["start"] == 0
    assert first["url"] == "https://example.test/q4/a"
    mentions = rows("sources", "Varnland")
    assert [(r["kinds"], r["sentence"], r["mentions"]) for r in mentions] == [
        (["mention"], None, 1),
        (["mention"], None, 1),
    ]
    assert [r["article_id"] for r in rows("sources", "Zarvask", "--since", "2025-06-29")] == [ARTICLE_B] * 2


def test_sources_cut_at_the_limit_say_how_many_there_are() -> None:
    full = rows("sources", "Zarvask")
    cut = rows("sources", "Zarvask", "--limit", "2")
    assert [(r["article_id"], r["sentence"]) for r in cut] == [
        (r["article_id"], r["sentence"]) for r in full[:2]
    ]
    assert {r["total"] for r in full} == {r["total"] for r in cut} == {7}
    table = " ".join(ask("sources", "Zarvask", "--limit", "2").stdout.split())
    assert "The first 2 of 7 rows: 2 sentences in 1 article." in table and "Cut at --limit 2" in table


def test_sources_of_an_effect_are_its_sentences() -> None:
    result = ask("sources", "Kelmar operation", "Zarvask", "--format", "markdown")
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[2] == "| source | article | sentence | url |"
    assert len([line for line in lines if line.endswith("| https://example.test/q4/a |")]) == 3
    assert lines[-1] == "3 sentences from 1 article."


def test_stats_count_the_fixture() -> None:
    counts = {(r["kind"], r["name"]): r["count"] for r in rows("stats")}
    assert counts[("node", "Article")] >= 2
    assert counts[("node", "Quantity")] >= 5
    assert counts[("relationship", "AFFECTED")] >= 4
    assert counts[("source", "Test Q4 Wire")] == 1
    assert counts[("dated", "Event with a date")] >= 5


def test_cypher_reads_and_refuses_writes_unless_asked(driver: Driver, database: str) -> None:
    result = runner.invoke(
        app,
        [
            "cypher",
            "MATCH (p:Place {name: $name})<-[:AT]-(e:Event) RETURN e.name AS event ORDER BY event",
            "-p",
            "name=Zarvask",
            "--format",
            "json",
        ],
    )
    assert result.exit_code == 0, result.stderr
    assert [r["event"] for r in json.loads(result.stdout)] == [
        "Capture of Zarvask",
        "Closure of Zarvask mine",
        "Zarvask offensive",
    ]
    refused = runner.invoke(app, ["cypher", "CREATE (:TestQ4Probe {key: 'test-q4-probe'})"])
    assert refused.exit_code == 1
    assert " ".join(refused.stderr.split()) == (
        "Error: refused: this query writes to the graph, and `chronicle cypher` is read-only "
        "(add --write to change the graph)"
    )
    with pytest.raises(WriteRefused):
        run_cypher(driver, database, "MATCH (n:Entity {key: 'test-q4-place:zarvask'}) SET n.touched = true")
    written = runner.invoke(app, ["cypher", "CREATE (:TestQ4Probe {key: 'test-q4-probe'})", "--write"])
    try:
        assert written.exit_code == 0, written.stderr
        assert "nodes created: 1" in written.stdout
        probes = run_cypher(driver, database, "MATCH (n:TestQ4Probe) RETURN count(n) AS n").rows
        assert probes == [{"n": 1}]
    finally:
        run_cypher(driver, database, "MATCH (n:TestQ4Probe) DELETE n", write=True)
    bad = runner.invoke(app, ["cypher", "MATCH (n RETURN n"])
    assert bad.exit_code == 1 and bad.stderr.startswith("Error: Neo4j rejected the query: ")


def test_plot_writes_png_and_offline_html(tmp_path: Path) -> None:
    png, html = tmp_path / "zarvask.png", tmp_path / "zarvask.html"
    for path in (png, html):
        result = runner.invoke(app, ["plot", "timeline", "Zarvask", "-o", str(path)])
        assert result.exit_code == 0, result.stderr
        assert f"Wrote {path} (8 facts" in " ".join(result.stdout.split())
    assert png.read_bytes()[:4] == b"\x89PNG"
    page = html.read_text()
    assert page.count("<circle") == 8
    assert "Ivo Tessaro: 110,000 Ostland troops" in page and "Test Q4 Daily, 2025-06-29" in page
    assert "<script" not in page
    empty = runner.invoke(app, ["plot", "timeline", "Zarvask", "--since", "2030-01-01", "-o", str(png)])
    assert empty.exit_code == 1 and "nothing to draw" in empty.stderr


def test_browser_prints_address_login_and_starters() -> None:
    result = runner.invoke(app, ["browser"])
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert "/browser/" in out and "user         neo4j" in out
    assert "password" in out and "…" in out
    assert "CALL db.schema.visualization()" in out
    assert "chronicle.grass" in out


def test_places_lists_everything_inside_a_country_most_reported_first() -> None:
    answer = rows("places", "Varnland")
    assert [(r["place"], r["kind"], r["depth"], r["within"], r["articles"]) for r in answer] == [
        ("Morvan Oblast", "region", 1, "Varnland", 2),
        ("Zarvask", "city", 2, "Morvan Oblast", 2),
        ("Lindow", "village", 2, "Morvan Oblast", 1),
    ]
    zarvask = answer[1]
    assert zarvask["last_reported"] == "2025-06-29" and zarvask["events"] == 3 and zarvask["claims"] == 8
    table = " ".join(ask("places", "Varnland").stdout.split())
    assert table.startswith("Places in Varnland") and f"{len(answer)} places" in table
    assert ask("places", "Zarvask").stdout.startswith("No place in the graph lies inside Zarvask")
