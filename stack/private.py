"""A throwaway Neo4j + NATS under a temporary CHRONICLE_HOME, for benchmarks and fault tests.

They must never touch a user's graph or queue, so the private stack has its own home directory, its
own ports and its own password, and never reads the project's `.env`. The services are started by
`stack.control.up` like the real ones; the Neo4j jars are linked from the normal cache, so nothing is
downloaded twice. Workers run as real `python -m chronicle worker` subprocesses configured through
their environment.

    with private_stack(PrivatePorts(bolt=27687, http=27474, nats=24222)) as stack:
        worker = stack.start_worker("w1")
        ...
"""

import os
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from pydantic import SecretStr

from chronicle.settings import Settings, load_settings
from chronicle.stack import control, neo4j_install
from chronicle.stack.layout import StackPaths

__all__ = [
    "PrivatePorts",
    "PrivateStack",
    "free_loopback_ports",
    "free_ports",
    "private_stack",
    "start_private_stack",
]

REPO = Path(__file__).resolve().parents[1]
_OWN_KEYS = ("NEO4J_", "NATS_", "CHRONICLE_")


@dataclass(frozen=True)
class PrivatePorts:
    """Loopback ports of a private stack (Bolt, Neo4j HTTP, NATS)."""

    bolt: int
    http: int
    nats: int


def free_loopback_ports(count: int) -> list[int]:
    """`count` distinct loopback ports nobody listens on right now."""
    sockets = [socket.socket() for _ in range(count)]
    try:
        for sock in sockets:
            sock.bind(("127.0.0.1", 0))
        return [sock.getsockname()[1] for sock in sockets]
    finally:
        for sock in sockets:
            sock.close()


def free_ports() -> PrivatePorts:
    """Three distinct loopback ports for a private stack."""
    return PrivatePorts(*free_loopback_ports(3))


@dataclass
class PrivateStack:
    """The settings of a private stack and how to run processes against it."""

    home: Path
    settings: Settings

    @property
    def paths(self) -> StackPaths:
        return StackPaths(self.home)

    def env(self, **extra: str) -> dict[str, str]:
        """The environment of a subprocess that must use this stack (and no other)."""
        env = {k: v for k, v in os.environ.items() if not k.startswith(_OWN_KEYS)}
        settings = self.settings
        env.update(
            NEO4J_URI=settings.neo4j_uri,
            NEO4J_USERNAME=settings.neo4j_username,
            NEO4J_PASSWORD=settings.neo4j_password.get_secret_value(),
            NEO4J_DATABASE=settings.neo4j_database,
            NATS_URL=settings.nats_url,
            CHRONICLE_HOME=str(self.home),
            PYTHONPATH=str(REPO),
            PYTHONUNBUFFERED="1",
        )
        env.update(extra)
        return env

    def start_worker(self, name: str = "worker", **env: str) -> subprocess.Popen[bytes]:
        """Start `python -m chronicle worker` against this stack, logging to logs/<name>.log.

        It runs in the private home, so the project's `.env` is never read.
        """
        log = self.home / "logs" / f"{name}.log"
        log.parent.mkdir(parents=True, exist_ok=True)
        with log.open("ab") as out:
            return subprocess.Popen(
                [sys.executable, "-m", "chronicle", "worker"],
                cwd=self.home,
                env=self.env(**env),
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
            )

    def worker_log(self, name: str) -> Path:
        return self.home / "logs" / f"{name}.log"

    @property
    def env_path(self) -> Path:
        """The private home's own `.env` (written by `stack up`, mode 600)."""
        return self.home / ".env"

    def stop(self) -> None:
        """Stop both services (their data stays in `home` until it is removed)."""
        control.down(self.settings)


def _settings(home: Path, ports: PrivatePorts, password: str, **overrides: object) -> Settings:
    return Settings(  # type: ignore[call-arg]
        _env_file=None,  # never the project's .env: it points at the shared servers
        neo4j_uri=f"bolt://127.0.0.1:{ports.bolt}",
        neo4j_http_port=ports.http,
        neo4j_password=SecretStr(password),
        nats_url=f"nats://127.0.0.1:{ports.nats}",
        nats_user=None,
        nats_password=None,
        nats_token=None,
        chronicle_home=home,
        **overrides,
    )


def start_private_stack(
    home: Path, ports: PrivatePorts | None = None, *, timeout: float = 240.0, **settings: object
) -> PrivateStack:
    """Link the cached Neo4j jars into `home`, start Neo4j and NATS there and wait until both answer.

    `settings` override the private stack's own (e.g. `neo4j_transaction_memory="2m"`).

    Raises:
        StackError: as `chronicle stack up` (e.g. PortInUse when a port is taken).
    """
    shared = StackPaths(load_settings().chronicle_home.expanduser().resolve())
    neo4j_install.ensure_installed(shared)  # a no-op once `chronicle stack up` has run
    private = StackPaths(home.resolve())
    private.home.mkdir(parents=True, exist_ok=True)
    if not private.neo4j_install.exists():
        private.neo4j_install.symlink_to(shared.neo4j_install, target_is_directory=True)
    password = "private-" + secrets.token_urlsafe(18)
    stack = PrivateStack(private.home, _settings(private.home, ports or free_ports(), password, **settings))
    control.up(stack.settings, stack.env_path, timeout=timeout, nats_login=False)
    return stack


@contextmanager
def private_stack(ports: PrivatePorts | None = None, *, keep: bool = False) -> Iterator[PrivateStack]:
    """A private stack in a new temporary home; stopped and removed afterwards (unless `keep`)."""
    home = Path(tempfile.mkdtemp(prefix="chronicle-private-"))
    stack = None
    try:
        stack = start_private_stack(home, ports)
        yield stack
    finally:
        if stack is not None:
            stack.stop()
        else:  # a failed start may have left one service running
            control.down(_settings(home, ports or free_ports(), ""))
        if not keep:
            shutil.rmtree(home, ignore_errors=True)
