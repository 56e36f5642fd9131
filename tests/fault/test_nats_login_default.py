"""NATS started the user's way requires the login `chronicle stack env` generated (issue 11).

In a new project folder with nothing about NATS in the environment, `chronicle stack env` writes
NATS_USER and a generated NATS_PASSWORD to `.env`; NATS is then started by `stack up`'s own code from
those settings. A client without credentials, or with a wrong password, can neither publish an
article nor delete the ARTICLES stream; `chronicle publish` with the configured login stores one.
Before issue 11, NATS accepted anyone: any local process could forge articles or delete the stream
with every dead letter and the replay history.
"""

from collections.abc import Iterator
from pathlib import Path

import anyio
import nats
import pytest
from nats.js.api import StreamInfo
from typer.testing import CliRunner

from chronicle.cli.main import app as cli
from chronicle.consumers.contracts import INGEST_SUBJECT, STREAM_NAME, ArticleMessage
from chronicle.settings import Settings, get_settings, load_settings
from chronicle.stack import control, nats_server
from chronicle.stack.envfile import read_env
from chronicle.stack.layout import StackPaths
from chronicle.stack.processes import stop_process
from tests.fault.private_stack import free_ports

pytestmark = [pytest.mark.fault]

runner = CliRunner()


@pytest.fixture
def users_nats(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Settings]:
    """A project folder and data home of its own, `stack env` run there, and NATS started from it."""
    project = tmp_path / "project"
    project.mkdir()
    (port,) = free_ports(1)
    for key in ("NATS_USER", "NATS_PASSWORD", "NATS_TOKEN", "NEO4J_PASSWORD"):
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("CHRONICLE_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("NATS_URL", f"nats://127.0.0.1:{port}")
    monkeypatch.chdir(project)
    get_settings.cache_clear()
    written = runner.invoke(cli, ["stack", "env"])
    assert written.exit_code == 0, written.output
    env = read_env(project / ".env")
    assert env["NATS_USER"] == control.NATS_USER and len(env["NATS_PASSWORD"]) >= 20
    settings = load_settings()
    paths = StackPaths(settings.chronicle_home)
    pid = control._start_nats(settings, paths, lambda _: None)
    marker = nats_server.process_marker(paths)
    try:
        control._wait("NATS", paths.nats_log, pid, marker, lambda: control._nats_ping(settings, 3.0), 30.0)
        yield settings
    finally:
        stop_process(pid, marker, timeout=10)
        get_settings.cache_clear()


def _article(n: int) -> ArticleMessage:
    return ArticleMessage(
        id=f"login-default-{n}",
        source="Login Desk",
        published_at="2025-03-04",
        text=f"Mayor Ilse Brandt said on Tuesday that the ferry to Saltby would run again, note {n}.",
    )


async def _try(url: str, action: str, **auth: str) -> str:
    """What NATS answered `action` ("publish" or "delete") from a client with `auth`."""

    async def quiet(_error: Exception) -> None:
        return None

    try:
        client = await nats.connect(url, connect_timeout=3, allow_reconnect=False, error_cb=quiet, **auth)
    except Exception as error:
        return f"refused: {error}"
    try:
        js = client.jetstream()
        if action == "publish":
            body = _article(99).model_dump_json().encode()
            await js.publish(INGEST_SUBJECT, body, stream=STREAM_NAME, timeout=3)
        else:
            await js.delete_stream(STREAM_NAME)
        return "done"
    except Exception as error:
        return f"refused: {type(error).__name__}: {error}"
    finally:
        await client.close()


async def _stream(url: str, user: str, password: str) -> StreamInfo:
    client = await nats.connect(url, user=user, password=password, connect_timeout=3)
    try:
        return await client.jetstream().stream_info(STREAM_NAME)
    finally:
        await client.close()


def test_nats_started_the_users_way_refuses_clients_without_the_login(
    users_nats: Settings, tmp_path: Path
) -> None:
    settings = users_nats
    url, user = settings.nats_url, settings.nats_user or ""
    password = settings.nats_password.get_secret_value() if settings.nats_password else ""
    article = tmp_path / "article.json"
    article.write_text(_article(1).model_dump_json())
    sent = runner.invoke(cli, ["publish", str(article)])  # reads the login from ./.env
    assert sent.exit_code == 0, sent.output
    assert "Published 1 articles" in sent.output

    for who, auth in (("no credentials", {}), ("a wrong password", {"user": user, "password": "guess"})):
        for action in ("publish", "delete"):
            answer = anyio.run(lambda action=action, auth=auth: _try(url, action, **auth))
            print(f"\n{action} with {who}: {answer}")
            assert answer.startswith("refused: ") and "Authorization Violation" in answer, (who, action)

    assert anyio.run(lambda: _stream(url, user, password)).state.messages == 1  # nothing forged, not deleted
    assert anyio.run(lambda: _try(url, "publish", user=user, password=password)) == "done"
    assert anyio.run(lambda: _stream(url, user, password)).state.messages == 2
