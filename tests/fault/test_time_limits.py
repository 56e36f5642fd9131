"""Time limits: no query runs forever, and `chronicle cypher` / `ask` never wait forever for Neo4j.

Before issue 11 an unbounded read query ran until the client was killed (no server transaction
timeout, none in the driver), and `chronicle cypher` against a hung Neo4j never returned.
"""

import os
import signal
import time

import pytest
from click.testing import Result
from typer.testing import CliRunner

from chronicle.cli.main import app as cli_app
from chronicle.settings import get_settings
from tests.fault.private_stack import PrivateStack, wait_for

pytestmark = [pytest.mark.fault]

RUNAWAY = "UNWIND range(1, 10000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n"


@pytest.fixture
def timed(cli_env: PrivateStack, monkeypatch: pytest.MonkeyPatch) -> PrivateStack:
    """In-process CLI runs against the private stack with CHRONICLE_QUERY_TIMEOUT=3."""
    monkeypatch.setenv("CHRONICLE_QUERY_TIMEOUT", "3")
    get_settings.cache_clear()
    return cli_env


def _chronicle(*args: str) -> tuple[Result, float]:
    """(result, seconds) of one in-process CLI run (the main thread, as from a shell)."""
    started = time.monotonic()
    result = CliRunner().invoke(cli_app, list(args))
    return result, time.monotonic() - started


def _running(stack: PrivateStack) -> list[str]:
    rows = stack.query(
        "SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS 'WHERE x < 0' AND NOT currentQuery STARTS WITH 'SHOW' RETURN *"
    )
    return [row["currentQuery"] for row in rows]


def test_server_has_a_transaction_timeout(stack: PrivateStack) -> None:
    rows = stack.query("SHOW SETTINGS YIELD name, value WHERE name = 'db.transaction.timeout' RETURN value")
    assert rows and rows[0]["value"] in {"2m", "120s", "PT2M"}


def test_runaway_cypher_is_stopped_with_one_line(timed: PrivateStack) -> None:
    stack = timed
    result, seconds = _chronicle("cypher", RUNAWAY)
    assert result.exit_code == 1, result.output
    assert "Neo4j gave no answer within 3 s (CHRONICLE_QUERY_TIMEOUT)" in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert seconds < 10
    # the server stopped the query too: it does not go on using a core after the client gave up
    wait_for(lambda: not _running(stack), timeout=15, what="the runaway query to end on the server")


def test_ask_and_cypher_give_up_on_a_hung_neo4j(timed: PrivateStack) -> None:
    stack = timed
    pid = stack.neo4j_pid()
    assert pid is not None
    os.kill(pid, signal.SIGSTOP)
    try:
        for args in (("cypher", "RETURN 1 AS one"), ("ask", "timeline", "Kharkiv")):
            result, seconds = _chronicle(*args)
            assert result.exit_code == 1, result.output
            assert "Neo4j gave no answer within 3 s" in result.output
            assert seconds < 10, (args, seconds)
    finally:
        os.kill(pid, signal.SIGCONT)
    assert stack.scalar("RETURN 1 AS value") == 1
