"""Every .cypher file has its header and declares every parameter it uses."""

from pathlib import Path

import pytest

from chronicle.graph.cypher import CYPHER_DIR, CypherFile, catalog, load, parse, split_statements
from chronicle.graph.errors import CypherFileError, UnknownQuery

FOLDERS = ["queries", "write", "lookup", "search", "export", "map", "entities"]


@pytest.mark.parametrize("folder", FOLDERS)
def test_cypher_files_have_header_and_declared_params(folder: str) -> None:
    files = catalog(folder)
    assert files, f"cypher/{folder}/ is empty"
    for query in files:
        assert isinstance(query, CypherFile)
        assert query.name == query.path.stem
        assert query.description
        assert query.used_params <= set(query.params)


def test_cypher_undeclared_param_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bad.cypher"
    path.write_text(
        "// name: bad\n// description: uses an undeclared parameter\n// params: a\nRETURN $a, $b\n"
    )
    with pytest.raises(CypherFileError, match=r"\['b'\]"):
        parse(path)


def test_cypher_missing_header_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bare.cypher"
    path.write_text("RETURN 1\n")
    with pytest.raises(CypherFileError, match="name"):
        parse(path)


def test_cypher_params_inside_strings_and_comments_are_ignored(tmp_path: Path) -> None:
    path = tmp_path / "quoted.cypher"
    path.write_text(
        "// name: quoted\n// description: d\n// params: a\nRETURN $a, '$not_a_param' // $nor_this\n"
    )
    assert parse(path).used_params == {"a"}


def test_cypher_unknown_query_is_a_typed_error() -> None:
    with pytest.raises(UnknownQuery):
        load("no_such_query")


def test_schema_statements_are_idempotent_creates() -> None:
    statements = split_statements((CYPHER_DIR / "schema.cypher").read_text())
    assert len(statements) >= 10
    assert all("IF NOT EXISTS" in s for s in statements)
    assert not any(s.endswith(";") for s in statements)


def test_report_statuses_rank_by_the_extractors_order() -> None:
    """merge_entity (an article's more factual report kept), events and settle_event (an unconfirmed
    event's deciding report) rank statuses by the order the extractor picks an article's report with
    (extraction/rules/event_reports.RANK), passed as `$status_rank`, never a copy of it in Cypher."""
    from chronicle.extraction.rules.event_reports import RANK
    from chronicle.graph.identity import merge_steps
    from chronicle.graph.writer import statement_params

    steps = merge_steps("place:kostrivka", "place:zhabokrinka", "Place", 1)
    name, folder, params = next(steps)
    assert (name, folder, params["status_rank"]) == ("merge_entity", "write", RANK)
    name, folder, params = steps.send([])  # the events at the place: none
    assert (name, folder) == ("events_at", "lookup")
    steps.close()
    assert statement_params("events", {"events": []}) == {"rows": [], "status_rank": RANK}
    for name in ("merge_entity", "events", "settle_event"):
        query = load(name, "write")
        assert "status_rank" in query.params
        assert [status for status in RANK if f"'{status}'" in query.text] == ["happened"], name
