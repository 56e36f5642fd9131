"""NATS can require a user/password or a token from the environment, and the server enforces it.

A private nats-server is started with each kind of auth (the stack's own config renderer); clients
without the right credentials are refused, and a worker and the CLI that read them from the
environment work end to end.
"""

from collections.abc import Callable, Iterator
from pathlib import Path

import anyio
import nats
import pytest
from pydantic import SecretStr
from typer.testing import CliRunner

from chronicle.cli.main import app as cli
from chronicle.consumers.contracts import ArticleMessage
from chronicle.consumers.publish import publish_articles
from chronicle.settings import get_settings
from chronicle.stack import nats_server
from chronicle.stack.layout import StackPaths
from chronicle.stack.processes import stop_process
from tests.fault.private_stack import PrivateStack, free_ports, wait_for

pytestmark = [pytest.mark.fault]

runner = CliRunner()
USER, PASSWORD, TOKEN = "chronicle", "nats-pw-7Hq2xV", "nats-token-Qe81Lp"


async def _connects(url: str, **auth: str) -> bool:
    async def quiet(_error: Exception) -> None:
        return None

    try:
        client = await nats.connect(url, connect_timeout=3, allow_reconnect=False, error_cb=quiet, **auth)
    except Exception:
        return False
    await client.close()
    return True


def connects(url: str, **auth: str) -> bool:
    return anyio.run(lambda: _connects(url, **auth))


@pytest.fixture
def nats_with_auth(tmp_path: Path) -> Iterator[Callable[..., str]]:
    """Start nats-servers with the given auth on free ports; all are stopped afterwards."""
    started: list[tuple[int, str]] = []

    def start(**auth: object) -> str:
        paths = StackPaths(tmp_path / f"nats-{len(started)}")
        (port,) = free_ports(1)
        nats_server.write_conf(paths, nats_server.render_conf(paths, ("127.0.0.1", port), **auth))
        pid = nats_server.start(paths, nats_server.find_nats_server())
        started.append((pid, nats_server.process_marker(paths)))
        url = f"nats://127.0.0.1:{port}"
        wait_for(lambda: "Server is ready" in paths.nats_log.read_text(), timeout=30, what="nats-server")
        return url

    yield start
    for pid, marker in started:
        stop_process(pid, marker, timeout=10)


def _article(n: int) -> ArticleMessage:
    return ArticleMessage(
        id=f"nats-auth-{n}",
        source="Auth Desk",
        published_at="2025-03-04",
        text=f"Minister Petra Holm said on Tuesday that the harbour in Bergen would reopen, note {n}.",
    )


def test_nats_user_and_password_are_enforced(fresh: PrivateStack, nats_with_auth: Callable[..., str]) -> None:
    url = nats_with_auth(user=USER, password=SecretStr(PASSWORD))
    assert not connects(url)
    assert not connects(url, user=USER, password="wrong")
    assert connects(url, user=USER, password=PASSWORD)

    refused = fresh.start_worker("nats-no-credentials", NATS_URL=url)
    code, _ = refused.wait_exit(60)
    assert code not in (0, None), "a worker without credentials must not run"
    assert "Authorization Violation" in refused.log_text()

    worker = fresh.start_worker("nats-user", NATS_URL=url, NATS_USER=USER, NATS_PASSWORD=PASSWORD)
    settings = fresh.settings.model_copy(
        update={"nats_url": url, "nats_user": USER, "nats_password": SecretStr(PASSWORD)}
    )
    fresh.nats(lambda broker: publish_articles(broker, [_article(1)]), settings=settings)
    wait_for(
        lambda: fresh.article_count() == 1, timeout=120, what="the article sent through authenticated NATS"
    )
    assert worker.alive()


def test_nats_token_is_enforced(
    fresh: PrivateStack,
    cli_env: PrivateStack,
    nats_with_auth: Callable[..., str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    url = nats_with_auth(token=SecretStr(TOKEN))
    assert not connects(url)
    assert not connects(url, token="wrong-token")
    assert connects(url, token=TOKEN)

    article = tmp_path / "article.json"
    article.write_text(_article(2).model_dump_json())
    monkeypatch.setenv("NATS_URL", url)
    get_settings.cache_clear()
    refused = runner.invoke(cli, ["publish", str(article)])
    assert refused.exit_code == 1 and "Error:" in refused.output
    print(f"\npublish without the token: {refused.output.strip()}")

    monkeypatch.setenv("NATS_TOKEN", TOKEN)
    get_settings.cache_clear()
    sent = runner.invoke(cli, ["publish", str(article)])
    assert sent.exit_code == 0, sent.output
    assert "Published 1 articles" in sent.output

    worker = fresh.start_worker("nats-token", NATS_URL=url, NATS_TOKEN=TOKEN)
    wait_for(lambda: fresh.article_count() == 1, timeout=120, what="the article sent with the token")
    assert worker.alive()
