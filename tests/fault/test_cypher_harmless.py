"""Read-only means harmless: `chronicle cypher` without flags cannot reach a web service through Neo4j,
stop other sessions' transactions or read the server's settings (issue 11).

Before the fix, a read could `LOAD CSV FROM 'http://127.0.0.1:…'` (Neo4j fetched any loopback web
service), `TERMINATE TRANSACTIONS` (the worker's write was then dead-lettered) and `SHOW SETTINGS`.
"""

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import pytest
from typer.testing import CliRunner

from chronicle.cli.main import app as cli_app
from tests.fault.private_stack import PrivateStack

pytestmark = [pytest.mark.fault]


class _Secret(BaseHTTPRequestHandler):
    hits: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        _Secret.hits.append(self.path)
        body = b"name\nonly-on-loopback\n"
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def loopback_service() -> Iterator[str]:
    """A web service on the loopback that only local processes should read; its URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Secret)
    _Secret.hits.clear()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/secret.csv"
    finally:
        server.shutdown()


def _cypher(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli_app, ["cypher", *args])
    return result.exit_code, result.output


def test_read_cannot_load_csv_from_a_url(cli_env: PrivateStack, loopback_service: str) -> None:
    code, output = _cypher(f"LOAD CSV FROM '{loopback_service}' AS row RETURN row")
    assert code == 1, output
    assert "refused: LOAD CSV reads files or web addresses" in output and "--write" in output
    assert len(output.strip().splitlines()) == 1
    assert _Secret.hits == []  # Neo4j never fetched it


@pytest.mark.parametrize(
    ("query", "what"),
    [
        ("TERMINATE TRANSACTIONS 'neo4j-transaction-1'", "TERMINATE TRANSACTIONS"),
        ("SHOW SETTINGS YIELD name, value", "SHOW SETTINGS"),
        ("SHOW TRANSACTIONS", "SHOW TRANSACTIONS"),
        ("CALL dbms.listConfig()", "dbms.* procedures"),
        ("SHOW USERS", "SHOW USERS"),
    ],
)
def test_read_refuses_administration(cli_env: PrivateStack, query: str, what: str) -> None:
    code, output = _cypher(query)
    assert code == 1, output
    assert f"refused: {what} is server administration" in output and "--admin" in output
    assert len(output.strip().splitlines()) == 1


def test_admin_flag_allows_administration(cli_env: PrivateStack) -> None:
    code, output = _cypher(
        "SHOW SETTINGS YIELD name, value WHERE name = 'db.transaction.timeout' RETURN value",
        "--admin",
        "--format",
        "json",
    )
    assert code == 0, output
    assert "value" in output


def test_reads_that_merely_mention_the_words_still_run(cli_env: PrivateStack) -> None:
    code, output = _cypher("RETURN 'LOAD CSV and SHOW SETTINGS' AS words, 1 AS grant", "--format", "json")
    assert code == 0, output
    assert "LOAD CSV and SHOW SETTINGS" in output
