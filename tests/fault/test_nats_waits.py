"""A worker waits for NATS instead of dying or hanging silently (issue 11).

Started while nothing listens on the NATS port, a worker stays up and says in one line that it waits
and why; once a nats-server starts there it takes the articles. NATS killed under a running worker:
one line that the connection is lost, one that it is back, and the articles published then are
written; stopped (SIGTERM) while NATS is away, it exits 0 with one line. Started while JetStream has no room for the ARTICLES stream (the server's `max_file_store`
taken by another stream), it waits with the reason and carries on once room is freed. Before, the
first case hung without a word and the last exited with a traceback.
"""

import os
import signal
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from faststream.nats import NatsBroker
from nats.js.api import StreamConfig
from pydantic import SecretStr

from chronicle.consumers.publish import publish_articles
from chronicle.settings import get_settings
from chronicle.stack import nats_server
from chronicle.stack.layout import StackPaths
from chronicle.stack.processes import is_running, stop_process
from tests.fault.corpus import synthetic_articles
from tests.fault.private_stack import PrivateStack, Worker, free_ports, wait_for

pytestmark = [pytest.mark.fault]

STORE_LIMIT = 2_000_000  # the test server's max_file_store
STREAM_LIMIT = 1_000_000  # what the worker's ARTICLES stream asks for
FILLER_BYTES = 1_500_000  # another stream's reservation: leaves less than STREAM_LIMIT


@dataclass
class LoneNats:
    """A nats-server of its own (not the private stack's) on a fixed port, to stop and start again."""

    paths: StackPaths
    port: int
    jetstream_extra: str = ""
    pid: int | None = None
    auth: dict[str, Any] = field(default_factory=dict)

    @property
    def url(self) -> str:
        return f"nats://127.0.0.1:{self.port}"

    def start(self) -> None:
        conf = nats_server.render_conf(self.paths, ("127.0.0.1", self.port), **self.auth)
        conf = conf.replace("jetstream {", "jetstream {\n" + self.jetstream_extra)
        nats_server.write_conf(self.paths, conf)
        self.paths.nats_log.parent.mkdir(parents=True, exist_ok=True)
        self.paths.nats_log.write_text("")
        self.pid = nats_server.start(self.paths, nats_server.find_nats_server())
        wait_for(lambda: "Server is ready" in self.paths.nats_log.read_text(), timeout=30, what="nats-server")

    def kill(self) -> None:
        assert self.pid is not None
        os.kill(self.pid, signal.SIGKILL)
        marker = nats_server.process_marker(self.paths)
        wait_for(lambda: not is_running(self.pid, marker), timeout=10, interval=0.1, what="NATS to die")  # type: ignore[arg-type]

    def stop(self) -> None:
        if self.pid is not None:
            stop_process(self.pid, nats_server.process_marker(self.paths), timeout=10)


@pytest.fixture
def lone_nats(tmp_path: Path) -> Iterator[LoneNats]:
    (port,) = free_ports(1)
    server = LoneNats(StackPaths(tmp_path / "nats"), port)
    yield server
    server.stop()


def _publish(stack: PrivateStack, server: LoneNats, count: int, start: int) -> None:
    settings = stack.settings.model_copy(update={"nats_url": server.url})
    articles = synthetic_articles(count, start=start, tag="nats-waits")
    stack.nats(lambda broker: publish_articles(broker, articles), settings=settings)


def _logged(worker: Worker, text: str, timeout: float = 120) -> None:
    wait_for(lambda: text in worker.log_text(), timeout=timeout, interval=0.3, what=repr(text))


def test_worker_waits_for_nats_at_startup_and_after_losing_it(
    fresh: PrivateStack, lone_nats: LoneNats
) -> None:
    worker = fresh.start_worker("nats-waits", NATS_URL=lone_nats.url)
    _logged(
        worker, "waiting for NATS: NATS at " + lone_nats.url + " is not reachable (ConnectionRefusedError"
    )
    _logged(worker, "still waiting for NATS (2 tries", timeout=30)
    assert worker.alive()
    print("\n" + next(line for line in worker.log_text().splitlines() if "waiting for NATS:" in line))

    lone_nats.start()
    _logged(worker, "NATS is ready after", timeout=30)
    _publish(fresh, lone_nats, 6, start=0)
    wait_for(
        lambda: fresh.article_count() == 6, timeout=120, what="6 articles through the NATS that came late"
    )

    before_kill = worker.log_text()
    assert "Traceback" not in before_kill
    lone_nats.kill()
    _logged(worker, f"lost the connection to NATS at {lone_nats.url}; waiting for it", timeout=30)
    assert worker.alive()
    lone_nats.start()  # the same store: the stream and the durable are still there
    _logged(worker, f"NATS is back ({lone_nats.url}); carrying on", timeout=60)
    _publish(fresh, lone_nats, 6, start=6)
    wait_for(lambda: fresh.article_count() == 12, timeout=120, what="6 more articles after NATS came back")
    assert worker.alive()

    lone_nats.kill()  # stopped while it waits for NATS: exit 0 in time, one line, no traceback
    wait_for(lambda: worker.log_text().count("lost the connection to NATS") == 2, timeout=30, what="2nd loss")
    worker.signal(signal.SIGTERM)
    code, seconds = worker.wait_exit(30)
    print(f"SIGTERM while NATS is away: exit {code} after {seconds:.1f} s")
    assert code == 0 and seconds < 10
    after = worker.log_text().split("lost the connection to NATS")[-1]
    assert "Traceback" not in after and "Worker stopped while NATS was unreachable" in after


def test_worker_waits_while_jetstream_has_no_room(
    fresh: PrivateStack, lone_nats: LoneNats, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest
) -> None:
    monkeypatch.setenv("CHRONICLE_STREAM_MAX_BYTES", str(STREAM_LIMIT))  # publish_articles declares it too
    get_settings.cache_clear()
    request.addfinalizer(get_settings.cache_clear)
    lone_nats.jetstream_extra = f"  max_file_store: {STORE_LIMIT}\n"
    lone_nats.start()
    settings = fresh.settings.model_copy(update={"nats_url": lone_nats.url})

    async def fill(broker: NatsBroker) -> None:
        await broker.connection.jetstream().add_stream(
            StreamConfig(name="FILLER", subjects=["filler"], max_bytes=FILLER_BYTES)
        )

    async def free(broker: NatsBroker) -> None:
        await broker.connection.jetstream().delete_stream("FILLER")

    fresh.nats(fill, settings=settings)
    worker = fresh.start_worker(
        "nats-full", NATS_URL=lone_nats.url, CHRONICLE_STREAM_MAX_BYTES=str(STREAM_LIMIT)
    )
    _logged(worker, "waiting for NATS: JetStream has no room for stream ARTICLES (insufficient storage")
    _logged(worker, "still waiting for NATS (2 tries", timeout=30)
    assert worker.alive()
    print("\n" + next(line for line in worker.log_text().splitlines() if "waiting for NATS:" in line))

    fresh.nats(free, settings=settings)
    _logged(worker, "NATS is ready after", timeout=30)
    _publish(fresh, lone_nats, 5, start=100)
    wait_for(lambda: fresh.article_count() == 5, timeout=120, what="5 articles once JetStream had room")
    assert worker.alive()
    assert "Traceback" not in worker.log_text()


def test_worker_whose_login_is_refused_on_reconnecting_stops_with_exit_1(
    fresh: PrivateStack, lone_nats: LoneNats
) -> None:
    """The NATS password changed while the worker ran: before, nats-py gave up reconnecting after the
    first refusal and the worker stayed alive, idle and silent for good."""
    lone_nats.auth = {"user": "chronicle", "password": SecretStr("first-password-8Kq")}
    lone_nats.start()
    worker = fresh.start_worker(
        "nats-relogin", NATS_URL=lone_nats.url, NATS_USER="chronicle", NATS_PASSWORD="first-password-8Kq"
    )
    _logged(worker, "FastStream app started successfully")
    lone_nats.kill()
    _logged(worker, "lost the connection to NATS", timeout=30)
    lone_nats.auth = {"user": "chronicle", "password": SecretStr("second-password-3Zv")}
    lone_nats.start()
    code, seconds = worker.wait_exit(60)
    line = next((x for x in worker.log_text().splitlines() if "refused the worker's login" in x), "")
    print(f"\nexit {code} {seconds:.1f} s after NATS came back with another password: {line}")
    assert code == 1
    assert "check NATS_USER/NATS_PASSWORD or NATS_TOKEN" in line
