"""The CLI says in one line why it cannot reach a server: not running, or the login refused."""

import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import anyio
import nats
import pytest
from faststream.nats import NatsBroker
from typer.testing import CliRunner

from chronicle.cli.main import app
from chronicle.consumers.contracts import DURABLE_NAME, INGEST_SUBJECT, STREAM_NAME
from chronicle.consumers.workers import worker_attached
from chronicle.settings import get_settings
from chronicle.stack.nats_server import find_nats_server
from chronicle.stack.private import free_loopback_ports
from tests.conftest import EXAMPLES


def _free_port() -> int:
    return free_loopback_ports(1)[0]


def _serve(server: subprocess.Popen[bytes], port: int) -> Iterator[str]:
    """Wait until the server listens, hand out its URL, stop it afterwards."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                break
        time.sleep(0.05)
    yield f"nats://127.0.0.1:{port}"
    server.terminate()
    server.wait(timeout=10)


@pytest.fixture
def nats_with_password() -> Iterator[str]:
    """A real nats-server of our own that requires user 'chronicle' with password 'right'."""
    port = _free_port()
    server = subprocess.Popen(
        [
            str(find_nats_server()),
            "-a",
            "127.0.0.1",
            "-p",
            str(port),
            "--user",
            "chronicle",
            "--pass",
            "right",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    yield from _serve(server, port)


def _publish(monkeypatch: pytest.MonkeyPatch, **env: str) -> tuple[int, str]:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    get_settings.cache_clear()
    try:
        result = CliRunner().invoke(app, ["publish", str(EXAMPLES / "articles.jsonl")])
    finally:
        get_settings.cache_clear()
    return result.exit_code, " ".join(result.output.split())


def test_publish_wrong_nats_password_says_login_refused(
    monkeypatch: pytest.MonkeyPatch, nats_with_password: str
) -> None:
    code, output = _publish(
        monkeypatch, NATS_URL=nats_with_password, NATS_USER="chronicle", NATS_PASSWORD="wrong"
    )
    assert code == 1
    assert f"NATS at {nats_with_password} refused the login" in output


def test_publish_no_nats_server_says_not_reachable(monkeypatch: pytest.MonkeyPatch) -> None:
    url = f"nats://127.0.0.1:{_free_port()}"
    code, output = _publish(monkeypatch, NATS_URL=url)
    assert code == 1
    assert output == f"Error: NATS at {url} is not reachable (`chronicle stack up`)"


@pytest.fixture
def empty_jetstream(tmp_path: Path) -> Iterator[str]:
    """A real nats-server of our own with JetStream on and no worker on its durable."""
    port = _free_port()
    server = subprocess.Popen(
        [str(find_nats_server()), "-a", "127.0.0.1", "-p", str(port), "-js", "-sd", str(tmp_path)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    yield from _serve(server, port)


def test_publish_with_no_worker_attached_says_the_articles_wait(
    monkeypatch: pytest.MonkeyPatch, empty_jetstream: str
) -> None:
    monkeypatch.delenv("NATS_USER", raising=False)
    monkeypatch.delenv("NATS_PASSWORD", raising=False)
    code, output = _publish(monkeypatch, NATS_URL=empty_jetstream)
    assert code == 0, output
    assert "No worker is attached: they wait in the queue until one runs" in output


def test_publish_counts_a_busy_worker_as_attached(
    monkeypatch: pytest.MonkeyPatch, empty_jetstream: str
) -> None:
    """A worker busy with the batch it pulled has no pull request open: its unacknowledged messages
    show it is there."""

    async def pull_one_and_hold_it() -> bool:
        client = await nats.connect(empty_jetstream)
        try:
            js = client.jetstream()
            subscription = await js.pull_subscribe(INGEST_SUBJECT, durable=DURABLE_NAME, stream=STREAM_NAME)
            held = await subscription.fetch(1, timeout=5)
            assert held
            async with NatsBroker(empty_jetstream) as broker:
                return await worker_attached(broker)
        finally:
            await client.close()

    monkeypatch.delenv("NATS_USER", raising=False)
    monkeypatch.delenv("NATS_PASSWORD", raising=False)
    code, output = _publish(monkeypatch, NATS_URL=empty_jetstream)
    assert code == 0, output
    assert anyio.run(pull_one_and_hold_it)
