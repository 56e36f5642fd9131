"""No way in: auth on, secrets kept out of files and logs, reads that cannot write, loopback only."""

import re
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from neo4j import GraphDatabase
from neo4j.exceptions import ClientError, Neo4jError
from typer.testing import CliRunner

from chronicle.cli.main import app as cli
from chronicle.consumers.contracts import ArticleMessage
from chronicle.graph import queries as graph_queries
from chronicle.graph.cypher import CypherFile, catalog
from chronicle.graph.queries import read
from tests.fault.graphcheck import graph_totals
from tests.fault.private_stack import PrivateStack, wait_for

pytestmark = [pytest.mark.fault]

runner = CliRunner()

HOSTILE = [
    "') DETACH DELETE n //",
    '"}) MATCH (n) DETACH DELETE n //',
    "x` DETACH DELETE n //",
    "O'Brien",
    "$(rm -rf /); reboot",
    "'; DROP DATABASE neo4j; --",
    "AND OR NOT",
    '*:* OR name:"x"~ ^2 [a TO z] {b}',
    "\\",
    "n\x00ull",
    "🙂 ${HOME} %s %n",
    "a" * 3000,
]
_VICTIM = (
    "Gwen O'Brien, the mayor of Tarnow, said on Monday that ') DETACH DELETE n // was a joke. "
    "She spoke to the council of Krakow about the new library, O'Brien told reporters."
)


@pytest.fixture(scope="module")
def seeded(stack: PrivateStack) -> Iterator[PrivateStack]:
    """A small graph (one article with hostile text) and the CLI pointed at the private stack."""
    stack.reset_data()
    stack.start_worker("security")
    stack.wait_attached()
    stack.publish([ArticleMessage(id="sec-1", source="Test Desk", published_at="2025-04-07", text=_VICTIM)])
    wait_for(lambda: stack.article_count() == 1, timeout=120, what="the article")
    stack.stop_workers()
    yield stack


@pytest.fixture
def cli_seeded(seeded: PrivateStack, cli_env: PrivateStack) -> PrivateStack:
    """The seeded graph, with in-process CLI runs pointed at it."""
    return seeded


def test_neo4j_refuses_missing_or_wrong_credentials(stack: PrivateStack) -> None:
    conf = (stack.home / "neo4j" / "conf" / "neo4j.conf").read_text()
    assert "dbms.security.auth_enabled=true" in conf
    for auth in (None, ("neo4j", "not-the-password"), ("admin", stack.password)):
        with (
            GraphDatabase.driver(stack.settings.neo4j_uri, auth=auth) as driver,
            pytest.raises(Neo4jError),
        ):
            driver.verify_connectivity()


def test_env_file_holds_the_password_with_mode_600(stack: PrivateStack) -> None:
    mode = stat.S_IMODE(stack.env_path.stat().st_mode)
    assert mode == 0o600
    assert f"NEO4J_PASSWORD={stack.password}" in stack.env_path.read_text()


def _listening_inodes() -> dict[int, str]:
    """inode -> 'address:port' of every listening TCP socket (from /proc/net)."""
    found = {}
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            if fields[3] != "0A":  # LISTEN
                continue
            address, port = fields[1].split(":")
            found[int(fields[9])] = f"{address}:{int(port, 16)}"
    return found


def _socket_inodes(pid: int) -> set[int]:
    inodes = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        target = str(fd.readlink()) if fd.is_symlink() else ""
        if match := re.fullmatch(r"socket:\[(\d+)\]", target):
            inodes.add(int(match.group(1)))
    return inodes


_LOOPBACK_HEX = {
    "0100007F",  # 127.0.0.1
    "00000000000000000000000001000000",  # ::1
    "0000000000000000FFFF00000100007F",  # ::ffff:127.0.0.1
}


def test_services_listen_on_loopback_only(stack: PrivateStack) -> None:
    nats_pid = int(stack.paths.nats_pid.read_text())
    listening = _listening_inodes()
    for name, pid in (("Neo4j", stack.neo4j_pid()), ("NATS", nats_pid)):
        assert pid is not None
        mine = [listening[i] for i in _socket_inodes(pid) if i in listening]
        assert mine, f"{name} listens nowhere?"
        assert all(addr.rsplit(":", 1)[0] in _LOOPBACK_HEX for addr in mine), f"{name} listens on {mine}"


def test_canned_queries_run_in_read_mode(seeded: PrivateStack, monkeypatch: pytest.MonkeyPatch) -> None:
    # Even a canned query that tried to write would be refused: the runner opens READ transactions.
    query = "CREATE (n:Intruder) RETURN n"
    monkeypatch.setattr(
        graph_queries, "load", lambda *_: CypherFile("evil", "writes", (), query, Path("evil.cypher"))
    )
    with pytest.raises(ClientError) as refused:
        read(seeded.graph, seeded.settings.neo4j_database, "evil", {})
    assert refused.value.code == "Neo.ClientError.Statement.AccessMode"
    assert seeded.scalar("MATCH (n:Intruder) RETURN count(n) AS value") == 0


@pytest.mark.parametrize(
    "query",
    [
        "CREATE (n:Intruder) RETURN n",
        "MATCH (n) DETACH DELETE n",
        "CALL db.createLabel('Intruder')",
        "MATCH (a:Article) SET a.title = 'defaced' RETURN a",
    ],
)
def test_cypher_command_refuses_writes(cli_seeded: PrivateStack, query: str) -> None:
    before = graph_totals(cli_seeded)
    result = runner.invoke(cli, ["cypher", query])
    assert result.exit_code == 1
    assert "read-only" in result.output and "Traceback" not in result.output
    assert graph_totals(cli_seeded) == before
    assert cli_seeded.scalar("MATCH (a:Article) RETURN a.title AS value") is None


def test_cypher_command_writes_only_when_asked(cli_seeded: PrivateStack) -> None:
    result = runner.invoke(cli, ["cypher", "CREATE (n:Scratch {v: 1}) RETURN n.v AS v", "--write"])
    assert result.exit_code == 0, result.output
    assert cli_seeded.scalar("MATCH (n:Scratch) DETACH DELETE n RETURN count(*) AS value") == 1


def _params(names: tuple[str, ...], hostile: str) -> dict[str, Any]:
    values: dict[str, Any] = {
        "limit": 5,
        "window_days": 30,
        "since": None,
        "until": None,
        "ids": [hostile, "sec-1"],
        "keys": [hostile],
    }
    return {name: values.get(name, hostile) for name in names}


@pytest.mark.parametrize("hostile", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_values_through_every_canned_query(seeded: PrivateStack, hostile: str) -> None:
    before = graph_totals(seeded)
    database = seeded.settings.neo4j_database
    for folder in ("queries", "lookup"):
        for query in catalog(folder):
            if folder == "lookup" and query.name == "resolve":
                params = {"name": hostile, "lucene": graph_queries.lucene_query(hostile)}
            else:
                params = _params(query.params, hostile)
            assert isinstance(read(seeded.graph, database, query.name, params, folder), list)
    assert graph_totals(seeded) == before


_ASK = [
    ["timeline", "{h}"],
    ["effect", "{h}", "Tarnow"],
    ["effect", "Tarnow", "{h}"],
    ["claims", "{h}"],
    ["conflicts", "{h}"],
    ["numbers", "{h}"],
    ["connections", "{h}", "Krakow"],
    ["events", "{h}"],
    ["sources", "{h}"],
]


@pytest.mark.parametrize("hostile", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_names_through_every_ask_command(cli_seeded: PrivateStack, hostile: str) -> None:
    before = graph_totals(cli_seeded)
    for args in _ASK:
        argv = ["ask", *(a.replace("{h}", hostile) for a in args)]
        result = runner.invoke(cli, argv)
        assert result.exit_code in (0, 1), (args, result.output)
        assert result.exception is None or isinstance(result.exception, SystemExit), (args, result.exception)
        if result.exit_code == 1:
            assert "Error:" in result.output and "Neo.ClientError" not in result.output, (args, result.output)
    assert graph_totals(cli_seeded) == before


def test_password_is_never_logged(stack: PrivateStack, cli_seeded: PrivateStack) -> None:
    wrong = "wrong-" + stack.password[::-1]
    refused = stack.start_worker("wrong-password", NEO4J_PASSWORD=wrong)
    wait_for(lambda: "login refused" in refused.log_text(), timeout=60, what="the worker to be refused")
    stack.stop_workers()
    outputs = [runner.invoke(cli, argv).output for argv in (["stack", "status"], ["dlq", "list"])]
    logs = [
        p
        for root in (stack.home / "logs", stack.home / "neo4j" / "logs")
        for p in root.rglob("*")
        if p.is_file()
    ]
    assert len(logs) >= 4
    texts = [*outputs, *(p.read_text(errors="replace") for p in logs)]
    for secret in (stack.password, wrong):
        leaks = [str(p) for p, t in zip(["status", "dlq", *logs], texts, strict=True) if secret in t]
        assert not leaks, f"password found in {leaks}"
