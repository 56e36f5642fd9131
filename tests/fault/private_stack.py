"""The private stack the fault tests break: start/stop services, run workers, inject faults, look inside.

Everything goes through the project's own code: `stack.control.up/down` start the services, workers
are `python -m chronicle worker` subprocesses configured by environment variables, articles are
published with `consumers.publish`, dead letters read with `consumers.deadletter`.
"""

import contextlib
import os
import shutil
import signal
import subprocess
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import anyio
from faststream.nats import NatsBroker
from nats.js.api import ConsumerInfo
from nats.js.errors import NotFoundError
from neo4j import Driver

from chronicle.consumers.broker import make_broker
from chronicle.consumers.contracts import DURABLE_NAME, STREAM_NAME, ArticleMessage
from chronicle.consumers.publish import PublishedArticle, publish_articles
from chronicle.consumers.workers import worker_attached
from chronicle.graph.connection import driver as open_driver
from chronicle.settings import Settings
from chronicle.stack import control, neo4j_server
from chronicle.stack.private import PrivateStack as BasePrivateStack
from chronicle.stack.private import free_loopback_ports
from chronicle.stack.private import start_private_stack as start_base
from chronicle.stack.processes import is_running, running_pid

__all__ = ["PrivateStack", "Worker", "free_ports", "start_private_stack", "wait_for"]

T = TypeVar("T")


def wait_for(check: Callable[[], T], *, timeout: float, interval: float = 0.5, what: str = "condition") -> T:
    """Poll `check` until it returns something truthy; fail the test after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f}s waiting for {what}")
        time.sleep(interval)


def free_ports(count: int) -> list[int]:
    """`count` distinct loopback ports nobody listens on right now."""
    return free_loopback_ports(count)


@dataclass
class Worker:
    """A `chronicle worker` subprocess and its log file."""

    process: subprocess.Popen[bytes]
    log: Path
    started: float = field(default_factory=time.monotonic)

    @property
    def pid(self) -> int:
        return self.process.pid

    def alive(self) -> bool:
        return self.process.poll() is None

    def signal(self, sig: int) -> None:
        self.process.send_signal(sig)

    def wait_exit(self, timeout: float) -> tuple[int | None, float]:
        """(exit code or None if still running, seconds waited)."""
        started = time.monotonic()
        try:
            code = self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            code = None
        return code, time.monotonic() - started

    def stop(self) -> None:
        if self.alive():
            self.process.kill()
            self.process.wait(timeout=30)

    def log_text(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace") if self.log.exists() else ""


@dataclass
class PrivateStack(BasePrivateStack):
    """stack.private's throwaway Neo4j + NATS, with the means to break it and to look inside."""

    driver: Driver | None = None
    workers: list[Worker] = field(default_factory=list)

    @property
    def password(self) -> str:
        return self.settings.neo4j_password.get_secret_value()

    @property
    def graph(self) -> Driver:
        assert self.driver is not None, "the stack is not started"
        return self.driver

    # --- services -----------------------------------------------------------------------------

    def start_services(self, timeout: float = 240.0) -> float:
        """`stack up` for this home (starts what is not running); returns the seconds it took."""
        started = time.monotonic()
        rows = control.up(self.settings, self.env_path, timeout=timeout, nats_login=False)
        assert all(row.running for row in rows), rows
        return time.monotonic() - started

    def neo4j_pid(self) -> int | None:
        return running_pid(self.paths.neo4j_pid, neo4j_server.process_marker(self.paths))

    def kill_neo4j(self) -> int:
        """SIGKILL the Neo4j JVM (no shutdown, no checkpoint) and wait until it is gone."""
        pid = self.neo4j_pid()
        assert pid is not None, "Neo4j is not running"
        os.kill(pid, signal.SIGKILL)
        marker = neo4j_server.process_marker(self.paths)
        wait_for(lambda: not is_running(pid, marker), timeout=30, interval=0.1, what="Neo4j to die")
        return pid

    def close(self) -> None:
        """Stop everything and drop the data (about 1 GB a session); the logs stay for a post-mortem."""
        self.stop_workers()
        self.graph.close()
        control.down(self.settings)
        for data in (self.paths.neo4j_data, self.paths.nats_store):
            shutil.rmtree(data, ignore_errors=True)

    # --- workers ------------------------------------------------------------------------------

    def start_worker(self, name: str = "worker", **env: str) -> Worker:  # type: ignore[override]
        """Start `python -m chronicle worker` against this stack, logging to logs/<name>.log."""
        worker = Worker(super().start_worker(name, **env), self.worker_log(name))
        self.workers.append(worker)
        return worker

    def wait_attached(self, count: int = 1, timeout: float = 120.0) -> None:
        """Until `count` workers wait on the durable consumer (lifespan done, pulling)."""

        async def waiting(broker: NatsBroker) -> int:
            if not await worker_attached(broker):
                return 0
            info = await broker.connection.jetstream().consumer_info(STREAM_NAME, DURABLE_NAME)
            return info.num_waiting or 0

        wait_for(lambda: self.nats(waiting) >= count, timeout=timeout, what=f"{count} worker(s) to attach")

    def stop_workers(self) -> None:
        for worker in self.workers:
            worker.stop()
        self.workers.clear()

    # --- NATS ---------------------------------------------------------------------------------

    def nats(self, action: Callable[[NatsBroker], Awaitable[T]], settings: Settings | None = None) -> T:
        """Run `action(broker)` with a broker connected to this NATS (a fresh connection)."""

        async def run() -> T:
            broker = make_broker(settings or self.settings, connect_timeout=3, max_reconnect_attempts=1)
            await broker.connect()
            try:
                return await action(broker)
            finally:
                await broker.stop()

        return anyio.run(run)

    def publish(self, messages: Sequence[ArticleMessage], *, force: bool = False) -> list[PublishedArticle]:
        async def send(broker: NatsBroker) -> list[PublishedArticle]:
            return await publish_articles(broker, messages, force=force)

        return self.nats(send)

    def publish_raw(self, bodies: Sequence[bytes], subject: str = "articles.ingest") -> list[int]:
        """Publish raw bytes (not validated) as another producer might; returns stream sequences."""

        async def send(broker: NatsBroker) -> list[int]:
            from chronicle.consumers.publish import ensure_stream

            await ensure_stream(broker)
            js = broker.connection.jetstream()
            return [(await js.publish(subject, body, stream=STREAM_NAME)).seq for body in bodies]

        return self.nats(send)

    def consumer(self) -> ConsumerInfo:
        async def info(broker: NatsBroker) -> ConsumerInfo:
            return await broker.connection.jetstream().consumer_info(STREAM_NAME, DURABLE_NAME)

        return self.nats(info)

    # --- Neo4j --------------------------------------------------------------------------------

    def query(self, cypher: str, **params: Any) -> list[dict[str, Any]]:
        records, _, _ = self.graph.execute_query(cypher, params, database_=self.settings.neo4j_database)  # type: ignore[call-overload]
        return [r.data() for r in records]

    def scalar(self, cypher: str, **params: Any) -> Any:
        return self.query(cypher, **params)[0]["value"]

    def article_count(self) -> int:
        return int(self.scalar("MATCH (a:Article) RETURN count(a) AS value"))

    def reset_data(self) -> None:
        """No workers, services up, the ARTICLES stream deleted and the graph empty."""
        self.stop_workers()
        if self.neo4j_pid() is None:
            self.start_services()

        async def drop_stream(broker: NatsBroker) -> None:
            with contextlib.suppress(NotFoundError):
                await broker.connection.jetstream().delete_stream(STREAM_NAME)

        self.nats(drop_stream)
        with self.graph.session(database=self.settings.neo4j_database) as session:
            session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS").consume()


def start_private_stack(home: Path, **settings: object) -> PrivateStack:
    """A private stack in `home` (see stack.private; `settings` override its own), with a driver
    connected to its Neo4j."""
    base = start_base(home, **settings)
    stack = PrivateStack(base.home, base.settings)
    stack.driver = open_driver(base.settings)
    return stack
