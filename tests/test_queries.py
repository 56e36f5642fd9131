"""The query catalog, its row models, the table views, the pictures and the commands that need no server."""

import json
import re
from datetime import date, datetime
from pathlib import Path

import pytest
from neo4j import Record
from neo4j.graph import Graph, Node
from neo4j.time import Date, DateTime
from typer.testing import CliRunner

from chronicle.cli import ask, browser, cypher, plot, queries
from chronicle.cli.browser import browser_address, password_origin, starter_queries
from chronicle.cli.cypher import _params
from chronicle.cli.main import app
from chronicle.cli.plot import draw, timeline_points
from chronicle.cli.plot_html import month_ticks
from chronicle.cli.plot_points import PlotPoint, short
from chronicle.cli.render import Format
from chronicle.cli.views import (
    conflicts_view,
    effect_sources_view,
    effect_view,
    figure_text,
    numbers_view,
    show,
    source_label,
    timeline_view,
    when_label,
)
from chronicle.graph.answers import ROW_MODELS, ConflictRow, EffectRow, NumberRow, TimelineRow
from chronicle.graph.cypher import CYPHER_DIR, catalog, load
from chronicle.graph.queries import plain_row
from chronicle.settings import Settings

runner = CliRunner()

CATALOG = [
    "changes",
    "claims",
    "conflicts",
    "connections",
    "contradictions",
    "effect",
    "events",
    "numbers",
    "places",
    "sources",
    "stats",
    "timeline",
]
WINDOWED = [name for name in CATALOG if name not in ("places", "stats")]


def test_catalog_has_every_query_of_the_issue() -> None:
    assert [q.name for q in catalog()] == CATALOG


@pytest.mark.parametrize("name", CATALOG)
def test_catalog_query_header_is_complete(name: str) -> None:
    query = load(name)
    assert query.description.endswith(".")
    assert query.example.startswith(f"chronicle ask {name}")
    assert query.used_params == set(query.params)


@pytest.mark.parametrize("name", WINDOWED)
def test_catalog_windowed_queries_take_since_until_and_limit(name: str) -> None:
    query = load(name)
    assert {"since", "until", "limit"} <= set(query.params)
    assert "LIMIT coalesce($limit," in query.text


@pytest.mark.parametrize("name", WINDOWED)
def test_catalog_queries_start_from_an_indexed_key_lookup(name: str) -> None:
    body = [line for line in load(name).text.splitlines() if line.strip() and not line.startswith("//")]
    assert re.fullmatch(r"MATCH \(\w+:Entity \{key: \$\w+\}\)", body[0])


def _returned_columns(text: str) -> list[str]:
    """Column names of a query's last RETURN clause (aliases, or bare variables)."""
    clause = re.split(r"\n(?:ORDER BY|LIMIT)\b", text[text.rindex("\nRETURN ") + 8 :])[0]
    items, depth, current = [], 0, ""
    for char in clause:
        depth += (char in "([{") - (char in ")]}")
        if char == "," and depth == 0:
            items.append(current)
            current = ""
        else:
            current += char
    items.append(current)
    return [re.split(r"\bAS\b", item)[-1].strip() for item in items]


@pytest.mark.parametrize("name", CATALOG)
def test_row_model_fields_match_the_query_columns(name: str) -> None:
    assert _returned_columns(load(name).text) == list(ROW_MODELS[name].model_fields)


def test_connections_never_walk_through_article_hubs() -> None:
    text = load("connections").text
    pattern = re.search(r"allShortestPaths\(\(a\)-\[:([A-Z_|]+)\*\.\.6\]-\(b\)\)", text)
    assert pattern is not None
    types = set(pattern.group(1).split("|"))
    assert types == {"AFFECTED", "AT", "INVOLVED", "PART_OF", "STATED", "ABOUT"}
    assert not types & {"MENTIONS", "IN", "PUBLISHED"}


def test_browser_style_colours_and_captions_every_label() -> None:
    grass = (CYPHER_DIR / "browser" / "chronicle.grass").read_text()
    for label in ("Person", "Organization", "Place", "Event", "Claim", "Quantity", "Article", "Source"):
        block = re.search(rf"node\.{label} \{{([^}}]*)\}}", grass)
        assert block is not None, label
        assert "color:" in block.group(1) and "caption:" in block.group(1)
    assert "relationship.AFFECTED" in grass


def test_when_label_words_the_modifier() -> None:
    assert when_label("2024", "END") == "late 2024"
    assert when_label("2025", "START") == "early 2025"
    assert when_label("2025-W25") == "week of 16 Jun 2025"
    assert when_label(None, None, date(2025, 6, 27)) == "27 Jun 2025"
    assert when_label(None) == ""


def test_figure_text_groups_thousands_and_marks_approximate() -> None:
    assert figure_text(63000.0, "Russian troops", approximate=True) == "~63,000 Russian troops"
    assert figure_text(46.0, "revenue", "billion dollars") == "46 billion dollars revenue"
    assert figure_text(2.5, "percent") == "2.5 percent"


def test_source_label_has_outlet_and_day() -> None:
    assert source_label("CNN via Yahoo", date(2025, 6, 28)) == "CNN via Yahoo, 2025-06-28"
    assert source_label(None, None) == "unknown outlet"


def _effect(**fields: object) -> EffectRow:
    base = {
        "kind": "effect",
        "what": "x",
        "article_id": "a1",
        "source": "Wire",
        "published_at": date(2025, 6, 28),
    }
    return EffectRow(**(base | fields))  # type: ignore[arg-type]


def test_effect_view_has_the_design_columns_and_footer() -> None:
    rows = [
        _effect(when="2024", mod="END", who="ISW", what="could not add troops"),
        _effect(when="2025-W25", who="Syrskyi", what="not taken", via="Russian offensive", article_id="a2"),
        _effect(kind="figure", stated="2025-W25", value=63000, metric="Russian troops", approximate=True),
    ]
    view = effect_view(rows, "Kursk operation", "Pokrovsk")
    assert view.columns == ["when", "who", "what", "source"]
    assert view.headers == {"who": "who says"}
    assert [r["when"] for r in view.rows] == [
        "late 2024",
        "week of 16 Jun 2025",
        "week of 16 Jun 2025 (said)",
    ]
    assert view.rows[1]["what"] == "not taken (via Russian offensive)"
    assert view.rows[2]["what"] == "~63,000 Russian troops"
    assert view.footer.startswith("3 statements from 2 articles. `--format json` for the raw rows,")
    assert '`chronicle ask sources "Kursk operation" "Pokrovsk"` for the sentences.' in view.footer


def test_effect_sources_view_lists_each_sentence_once() -> None:
    rows = [_effect(evidence="S1."), _effect(evidence="S1.", kind="figure"), _effect(evidence="S2.")]
    assert [r["sentence"] for r in effect_sources_view(rows).rows] == ["S1.", "S2."]


def test_numbers_view_shows_change_within_one_metric() -> None:
    def number(value: float, metric: str, day: date) -> NumberRow:
        return NumberRow(
            when=day.isoformat(), valid_from=day, dated=True, subject="Pokrovsk", metric=metric, value=value,
            article_id="a", claim_id=f"q{value}",
        )  # fmt: skip

    rows = [
        number(70000, "Russian troops", date(2024, 12, 1)),
        number(500, "drones", date(2025, 1, 1)),
        number(110000, "russian troops", date(2025, 6, 27)),
    ]
    assert [r["change"] for r in numbers_view(rows).rows] == ["", "", "+40,000"]


def test_conflicts_view_puts_both_figures_with_sources() -> None:
    row = ConflictRow(
        subject="Pokrovsk", metric_a="troops", value_a=110000, when_a="2025-06-27", who_a="Syrskyi",
        source_a="CNN", published_a=date(2025, 6, 28), article_id_a="a", metric_b="Russian troops",
        value_b=111000, when_b="2025-W26", who_b="Syrskyi", source_b="CNN", published_b=date(2025, 6, 29),
        article_id_b="b", difference=1000,
    )  # fmt: skip
    view = conflicts_view([row])
    assert view.rows[0]["a"] == "110,000 troops — 2025-06-27, Syrskyi (CNN, 2025-06-28)"
    assert view.rows[0]["b"] == "111,000 Russian troops — 2025-W26, Syrskyi (CNN, 2025-06-29)"
    assert view.footer == "1 disagreement across 2 articles."
    # a value several articles report is one side, the first published shown
    copies = row.model_copy(update={"reports_b": 3, "article_ids_b": ["b", "c", "d"]})
    view = conflicts_view([copies])
    assert view.rows[0]["b"].endswith("(CNN, 2025-06-29) and 2 other articles")
    assert view.footer == "1 disagreement across 4 articles."


def _timeline_rows() -> list[TimelineRow]:
    return [
        TimelineRow(
            when="2024-09", precision="month", valid_from=date(2024, 9, 1), valid_to=date(2024, 9, 30),
            kind="event", what="Capture of Zarvask [announced]", source="Wire", published_at=date(2025, 6, 28),
            article_id="a",
        ),
        TimelineRow(
            when="2025-06-27", precision="day", valid_from=date(2025, 6, 27), valid_to=date(2025, 6, 27),
            kind="figure", what="massed troops", value=110000, metric="troops", who="Tessaro", source="Daily",
            published_at=date(2025, 6, 28), article_id="b", evidence="Tessaro said 110,000 troops.",
        ),
    ]  # fmt: skip


def test_timeline_view_words_figures_and_counts_articles() -> None:
    view = timeline_view(_timeline_rows())
    assert view.rows[1]["what"] == "110,000 troops"
    assert view.footer == "2 facts from 2 articles. `--format json` for the raw rows."


def test_table_output_keeps_square_brackets(capsys: pytest.CaptureFixture[str]) -> None:
    rows = _timeline_rows()
    show(rows, timeline_view(rows), Format.table, "Timeline [test]", lambda: "")
    out = capsys.readouterr().out
    assert "[announced]" in out
    assert "Timeline [test]" in out


def test_markdown_output_has_title_table_and_footer(capsys: pytest.CaptureFixture[str]) -> None:
    rows = _timeline_rows()
    show(rows, timeline_view(rows), Format.markdown, "Timeline of Zarvask", lambda: "")
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "**Timeline of Zarvask**"
    assert lines[2] == "| when | kind | who | what | source |"
    assert lines[-1].startswith("2 facts from 2 articles.")


def test_empty_answer_prints_its_reason(capsys: pytest.CaptureFixture[str]) -> None:
    show([], timeline_view([]), Format.table, "t", lambda: "No dated facts about X.")
    assert capsys.readouterr().out == "No dated facts about X.\n"


def test_plot_png_is_written(tmp_path: Path) -> None:
    path = draw(timeline_points(_timeline_rows()), "Timeline of Zarvask", tmp_path / "t.png")
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert len(data) > 10_000


def test_plot_html_is_self_contained(tmp_path: Path) -> None:
    path = draw(timeline_points(_timeline_rows()), "Timeline of <Zarvask>", tmp_path / "t.html")
    page = path.read_text()
    assert page.count("<circle") == 2
    assert "Timeline of &lt;Zarvask&gt;" in page
    assert "Tessaro: 110,000 troops" in page
    assert "Tessaro said 110,000 troops." in page  # the sentence, in the tooltip and the table
    assert not re.search(r"<script|<link|@import|src=", page)


def test_plot_refuses_other_suffixes_and_empty_answers(tmp_path: Path) -> None:
    points = timeline_points(_timeline_rows())
    with pytest.raises(ValueError, match=r"\.png or an \.html"):
        draw(points, "t", tmp_path / "t.svg")
    with pytest.raises(ValueError, match="nothing to draw"):
        draw([], "t", tmp_path / "t.png")


def test_plot_month_ticks_stay_few_and_inside() -> None:
    ticks = month_ticks(date(2022, 2, 10), date(2025, 7, 2))
    assert 3 <= len(ticks) <= 10
    assert all(date(2022, 2, 10) <= t <= date(2025, 7, 2) and t.day == 1 for t in ticks)
    assert month_ticks(date(2025, 6, 1), date(2025, 6, 30)) == [date(2025, 6, 1)]


def test_plot_short_cuts_at_a_word() -> None:
    assert short("the Kursk operation pulled back troops", 20) == "the Kursk operation…"
    assert PlotPoint(start=date(2025, 1, 2), kind="event", label="x", when="w", source="s").finish == date(
        2025, 1, 2
    )


def test_browser_address_is_local_browser_or_hosted_one() -> None:
    local = Settings(neo4j_uri="bolt://localhost:7687", neo4j_http_port=17474)
    assert browser_address(local) == "http://127.0.0.1:17474/browser/"
    assert (
        browser_address(Settings(neo4j_uri="neo4j+s://abc.databases.neo4j.io")) == "https://browser.neo4j.io/"
    )


def test_browser_password_origin_names_the_env_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NEO4J_PASSWORD", raising=False)
    home, here = tmp_path / "home.env", tmp_path / ".env"
    assert password_origin((home, here)).startswith("nowhere yet")
    home.write_text("NEO4J_PASSWORD=from-home\n")
    assert password_origin((home, here)) == f"NEO4J_PASSWORD in {home.resolve()}"
    here.write_text("NEO4J_URI=bolt://127.0.0.1:7687\nNEO4J_PASSWORD=abc\n")
    assert password_origin((home, here)) == f"NEO4J_PASSWORD in {here.resolve()}"


def test_browser_starter_queries_pass_the_graphs_names_as_parameters() -> None:
    starters = starter_queries("Zirka", "Russia's offensive")
    assert starters[0][1] == ':params {place: "Zirka", event: "Russia\'s offensive"}'
    queries = [query for _, query in starters[1:]]
    assert all("Zirka" not in query for query in queries)
    assert any("{name: $place}" in query for query in queries)
    assert any("$event IN [c.name, t.name]" in query for query in queries)


def test_cypher_params_are_strings_or_json() -> None:
    assert _params(["name=Pokrovsk", "n=3"], as_json=False) == {"name": "Pokrovsk", "n": "3"}
    assert _params(["n=3", 'keys=["a"]'], as_json=True) == {"n": 3, "keys": ["a"]}


def test_queries_command_lists_the_catalog_as_json() -> None:
    result = runner.invoke(app, ["queries", "--format", "json"])
    assert result.exit_code == 0, result.output
    listed = json.loads(result.stdout)
    assert [q["name"] for q in listed] == CATALOG
    effect = next(q for q in listed if q["name"] == "effect")
    assert effect["params"] == "cause_key, target_key, since, until, limit"
    assert effect["file"] == "cypher/queries/effect.cypher"


def test_plot_command_refuses_a_wrong_suffix_in_one_line(tmp_path: Path) -> None:
    result = runner.invoke(app, ["plot", "timeline", "Pokrovsk", "-o", str(tmp_path / "t.svg")])
    assert result.exit_code == 1
    assert result.stderr.strip() == "Error: t.svg: the picture must be a .png or an .html file"


@pytest.mark.parametrize(
    "command",
    [
        *(getattr(ask, name) for name in CATALOG),
        queries.queries,
        cypher.cypher,
        plot.timeline,
        browser.browser,
    ],
)
def test_commands_have_help_and_an_example(command: object) -> None:
    doc = command.__doc__ or ""
    assert doc.strip() and "Example: chronicle " in doc


def test_plain_row_is_the_record_data_with_python_dates() -> None:
    record = Record(
        zip(
            ["when", "on", "at", "values", "row", "n", "missing"],
            [
                "2025-03",
                Date(2025, 3, 10),
                DateTime(2025, 3, 10, 8, 30),
                [Date(2025, 1, 1), 2.5],
                {"on": Date(2024, 12, 31), "ok": True},
                7,
                None,
            ],
            strict=True,
        )
    )
    assert plain_row(record) == {
        "when": "2025-03",
        "on": date(2025, 3, 10),
        "at": datetime(2025, 3, 10, 8, 30),
        "values": [date(2025, 1, 1), 2.5],
        "row": {"on": date(2024, 12, 31), "ok": True},
        "n": 7,
        "missing": None,
    }
    assert type(plain_row(record)["on"]) is date


def test_plain_row_exports_a_node_as_record_data_does() -> None:
    node = Node(Graph(), "4:test:1", 1, ["Entity"], {"name": "Pokrovsk"})
    record = Record(zip(["n", "names"], [node, ["Pokrovsk"]], strict=True))
    assert plain_row(record) == record.data() == {"n": {"name": "Pokrovsk"}, "names": ["Pokrovsk"]}
