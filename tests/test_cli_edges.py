"""The edges of the CLI: bad limits and dates are one line and exit code 2, before any server is asked."""

from datetime import date

import pytest
from typer.testing import CliRunner

from chronicle.cli.common import parse_day
from chronicle.cli.main import app

runner = CliRunner()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--limit", "0"], "Error: --limit must be at least 1 (got 0)"),
        (["--limit", "-5"], "Error: --limit must be at least 1 (got -5)"),
        (
            ["--limit", "99999999999999999999"],
            "Error: --limit must be at most 1,000,000 (got 99,999,999,999,999,999,999)",
        ),
        (["--since", "2025-13"], "Error: --since '2025-13' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD"),
        (["--until", "June"], "Error: --until 'June' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD"),
        (
            ["--since", "2025-05-01", "--until", "2025-01-01"],
            "Error: --since 2025-05-01 is after --until 2025-01-01: nothing can lie between them",
        ),
    ],
)
def test_ask_refuses_bad_options_in_one_line_with_exit_code_2(args: list[str], message: str) -> None:
    result = runner.invoke(app, ["ask", "timeline", "Pokrovsk", *args])
    assert result.exit_code == 2
    assert result.stderr.strip() == message


def test_plot_refuses_a_limit_below_one() -> None:
    result = runner.invoke(app, ["plot", "timeline", "Pokrovsk", "--limit", "0", "-o", "x.png"])
    assert result.exit_code == 2
    assert result.stderr.strip() == "Error: --limit must be at least 1 (got 0)"


@pytest.mark.parametrize(
    ("text", "last", "expected"),
    [
        ("2025", False, date(2025, 1, 1)),
        ("2025", True, date(2025, 12, 31)),
        ("2024-02", False, date(2024, 2, 1)),
        ("2024-02", True, date(2024, 2, 29)),
        ("2025-06-27", True, date(2025, 6, 27)),
    ],
)
def test_a_year_or_month_stands_for_its_first_or_last_day(text: str, last: bool, expected: date) -> None:
    assert parse_day(text, "--since", last=last) == expected


def test_version_comes_from_the_installed_package() -> None:
    from importlib.metadata import version

    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout.strip() == f"chronicle {version('chronicle')}"


def test_short_help_flag_works_on_every_level() -> None:
    for args in (["-h"], ["ask", "-h"], ["ask", "timeline", "-h"]):
        result = runner.invoke(app, args)
        assert result.exit_code == 0, args
        assert "Usage:" in result.stdout


def test_cypher_refuses_json_params_nested_too_deep_in_one_line() -> None:
    deep = "[" * 100_000 + "]" * 100_000
    result = runner.invoke(app, ["cypher", "RETURN $x", "-p", f"x={deep}", "--json-params"])
    assert result.exit_code == 1
    assert result.output.strip() == "Error: --param x: the JSON value is nested too deeply"
