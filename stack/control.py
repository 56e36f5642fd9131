"""`stack up|down|status|reset` as library calls: the CLI only renders what these return."""

import shutil
import time
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pydantic import SecretStr

from chronicle.settings import Settings
from chronicle.stack import nats_cluster, nats_server, neo4j_install, neo4j_server
from chronicle.stack.browser_offline import keep_browser_offline
from chronicle.stack.envfile import generate_password, set_env, update_env, write_env_copy
from chronicle.stack.errors import (
    PasswordMismatch,
    PortInUse,
    StackError,
    StartFailed,
    StartTimeout,
)
from chronicle.stack.layout import StackPaths
from chronicle.stack.neo4j_logs import LogMark, start_problem
from chronicle.stack.processes import (
    file_lock,
    is_running,
    make_private,
    port_in_use,
    running_pid,
    stop_process,
    tail,
    wait_until,
)

__all__ = ["ServiceStatus", "down", "ensure_env", "reset", "status", "up"]

Progress = Callable[[str], None]
NATS_USER = "chronicle"
"""The NATS user `stack env` writes to .env (with a generated password) unless NATS_TOKEN is set."""


@dataclass(frozen=True)
class ServiceStatus:
    """What `stack status` shows for one service."""

    name: str
    running: bool
    pid: int | None
    address: str
    version: str | None
    note: str = ""


def _paths(settings: Settings) -> StackPaths:
    return StackPaths(settings.chronicle_home.expanduser().resolve())


def ensure_env(settings: Settings, env_path: Path, *, nats_login: bool = True) -> tuple[Settings, list[str]]:
    """Make sure a Neo4j password and a NATS login exist and `env_path` holds the connection keys
    (mode 600).

    The data home gets a copy (`CHRONICLE_HOME/.env`), read by commands run outside the project folder.

    The password comes from the environment/.env, else from the data directory this cache was
    initialised with, else it is generated. Returns the settings re-read and the keys added.

    Raises:
        PasswordMismatch: .env names a password other than the one the data directory has.
    """
    paths = _paths(settings)
    password = settings.neo4j_password.get_secret_value()
    stored = neo4j_server.stored_password(paths)
    if password and stored and password != stored:
        raise PasswordMismatch(
            f"NEO4J_PASSWORD in {env_path} differs from the password the Neo4j data in "
            f"{paths.neo4j_data} was created with. Fix .env, or run `chronicle stack reset` "
            "to wipe the Neo4j data (jars are kept)."
        )
    password = password or stored or generate_password()
    values = {
        "NEO4J_URI": settings.neo4j_uri,
        "NEO4J_USERNAME": settings.neo4j_username,
        "NEO4J_PASSWORD": password,
        "NEO4J_DATABASE": settings.neo4j_database,
        "NATS_URL": settings.nats_url,
    }
    update: dict[str, object] = {"neo4j_password": SecretStr(password)}
    if nats_login and settings.nats_token is None:
        # NATS asks for a login too, so no other local process can publish or delete the stream.
        nats_password = settings.nats_password.get_secret_value() if settings.nats_password else ""
        stored_user, stored_secret = nats_server.stored_login(paths) or (None, None)
        values["NATS_USER"] = settings.nats_user or stored_user or NATS_USER
        values["NATS_PASSWORD"] = nats_password or stored_secret or generate_password()
        update |= {"nats_user": values["NATS_USER"], "nats_password": SecretStr(values["NATS_PASSWORD"])}
    added = update_env(env_path, values)
    # A copy in the data home lets commands run from any folder find the same login.
    if env_path.resolve() != (paths.home / ".env").resolve():
        write_env_copy(paths.home / ".env", env_path)
    return settings.model_copy(update=update), added


def _neo4j_ping(settings: Settings, timeout: float) -> str:
    return neo4j_server.ping(
        settings.neo4j_uri,
        settings.neo4j_username,
        settings.neo4j_password.get_secret_value(),
        settings.neo4j_database,
        timeout=timeout,
    )


def _nats_ping(settings: Settings, timeout: float, url: str | None = None) -> str:
    return nats_server.ping(
        url or settings.nats_url,
        user=settings.nats_user,
        password=settings.nats_password,
        token=settings.nats_token,
        timeout=timeout,
    )


def _wait(
    name: str,
    log: Path,
    pid: int,
    marker: str,
    probe: Callable[[], object],
    timeout: float,
    diagnose: Callable[[], str | None] = lambda: None,
) -> None:
    """Until `probe` succeeds. `diagnose` reads the service's own log for a reason it cannot start
    (one line, or None): found while waiting, it ends the wait at once instead of at the timeout."""

    def ready() -> bool:
        if problem := diagnose():
            raise StartFailed(problem)
        try:
            probe()
        except StackError:
            raise
        except Exception:  # any connection error means "not yet"
            return False
        return True

    if wait_until(ready, timeout=timeout, interval=1.0, alive=lambda: is_running(pid, marker)):
        return
    if problem := diagnose():
        raise StartFailed(problem)
    if not is_running(pid, marker):
        raise StartFailed(f"{name} exited while starting; end of {log}:\n{tail(log)}")
    raise StartTimeout(
        f"{name} (pid {pid}) did not answer within {timeout:.0f}s; see {log} "
        "(a slow machine may need `chronicle stack up --timeout 600`)."
    )


def _check_ports(ports: list[tuple[str, str, int]]) -> None:
    for what, host, port in ports:
        if port_in_use(host, port):
            raise PortInUse(
                f"{what} port {host}:{port} is already taken by a process `chronicle stack` did "
                "not start; stop it, or point the settings at another port."
            )


def _start_neo4j(settings: Settings, paths: StackPaths, progress: Progress) -> int:
    marker = neo4j_server.process_marker(paths)
    pid = running_pid(paths.neo4j_pid, marker)
    if pid is not None:
        progress(f"Neo4j already running (pid {pid})")
        return pid
    bolt = neo4j_server.bolt_address(settings.neo4j_uri)
    _check_ports([("Neo4j Bolt", bolt[0], bolt[1]), ("Neo4j HTTP", bolt[0], settings.neo4j_http_port)])
    java = neo4j_install.find_java()
    neo4j_install.ensure_installed(paths, progress)
    if keep_browser_offline(paths.neo4j_lib):
        progress("Neo4j Browser set to load nothing from outside this machine")
    neo4j_server.write_conf(
        paths, bolt, settings.neo4j_http_port, transaction_memory=settings.neo4j_transaction_memory
    )
    make_private(paths.neo4j_home)  # conf, data (auth.ini, stores), logs: 700/600
    if not neo4j_server.is_initialised(paths):
        progress("Setting the initial Neo4j password (from .env)")
        neo4j_server.initialise_password(paths, java, settings.neo4j_password.get_secret_value())
    pid = neo4j_server.start(paths, java)
    progress(f"Neo4j starting (pid {pid}, log {paths.neo4j_log})")
    return pid


def _start_nats(settings: Settings, paths: StackPaths, progress: Progress) -> int:
    marker = nats_server.process_marker(paths)
    pid = running_pid(paths.nats_pid, marker)
    if pid is not None:
        progress(f"NATS already running (pid {pid})")
        return pid
    address = nats_server.nats_address(settings.nats_url)
    _check_ports([("NATS", address[0], address[1])])
    binary = nats_server.find_nats_server(settings.nats_server_bin)
    conf = nats_server.render_conf(
        paths,
        address,
        user=settings.nats_user,
        password=settings.nats_password,
        token=settings.nats_token,
    )
    nats_server.write_conf(paths, conf)
    make_private(paths.nats_dir)  # the JetStream store holds every article and dead letter
    pid = nats_server.start(paths, binary)
    progress(f"NATS starting (pid {pid}, log {paths.nats_log})")
    return pid


def _start_nats_cluster(
    settings: Settings, paths: StackPaths, nodes: list[nats_cluster.ClusterNode], progress: Progress
) -> list[int]:
    binary = nats_server.find_nats_server(settings.nats_server_bin)
    auth = {"user": settings.nats_user, "password": settings.nats_password, "token": settings.nats_token}
    stopped = [node for node in nodes if nats_cluster.node_pid(paths, node) is None]
    for node in stopped:
        _check_ports(
            [
                (f"NATS {node.name}", node.host, node.port),
                (f"NATS {node.name} routes", node.host, node.route_port),
            ]
        )
    nats_cluster.write_cluster(paths, nodes, **auth)  # type: ignore[arg-type]
    make_private(nats_cluster.cluster_dir(paths))  # every server's JetStream store holds the articles
    pids = []
    for node in nodes:
        pid = nats_cluster.node_pid(paths, node)
        if pid is None:
            pid = nats_cluster.start_node(paths, node, binary)
            # Until the child has exec'd, /proc shows the parent's command line (no marker): with a
            # umask, Popen forks and execs in two steps, and the wait below would take that for an exit.
            wait_until(
                lambda pid=pid, node=node: is_running(pid, str(node.conf(paths))), timeout=5.0, interval=0.02
            )
            progress(f"NATS {node.name} starting (pid {pid}, {node.url}, routes :{node.route_port})")
        else:
            progress(f"NATS {node.name} already running (pid {pid})")
        pids.append(pid)
    return pids


def _cluster_for(
    settings: Settings, paths: StackPaths, size: int | None, routes: list[int] | None
) -> list[nats_cluster.ClusterNode]:
    """The cluster to run: as asked (`size`), else the one this home ran last ([] = one server)."""
    if size is None:
        return nats_cluster.cluster_nodes(paths)
    if size == 1:
        nats_cluster.forget_cluster(paths)
        return []
    return nats_cluster.plan_cluster(settings.nats_url, size, routes)


def up(
    settings: Settings,
    env_path: Path,
    *,
    timeout: float = 180.0,
    progress: Progress = lambda _: None,
    nats_cluster_size: int | None = None,
    route_ports: list[int] | None = None,
    nats_login: bool = True,
) -> list[ServiceStatus]:
    """Install if needed, start Neo4j and NATS on loopback, and wait until both answer.

    Idempotent: services already running are only checked. With `nats_cluster_size` N >= 3, NATS is a
    JetStream cluster of N servers (see stack.nats_cluster) and NATS_URL in `env_path` lists them all;
    1 goes back to one server; None keeps what this home ran last. `nats_login` False leaves NATS
    without a generated login (throwaway test stacks whose clients hold the settings given here).

    Raises:
        StackError: a subclass saying what is wrong (Java, ports, password, start failure).
    """
    paths = _paths(settings)
    paths.home.mkdir(parents=True, exist_ok=True)
    with file_lock(paths.lock):
        neo4j_server.bolt_address(settings.neo4j_uri)
        nats_server.nats_address(settings.nats_url)
        nodes = _cluster_for(settings, paths, nats_cluster_size, route_ports)
        if nodes:
            settings = settings.model_copy(update={"nats_url": ",".join(node.url for node in nodes)})
        settings, added = ensure_env(settings, env_path, nats_login=nats_login)
        if added:
            progress(f"Wrote {', '.join(added)} to {env_path} (mode 600)")
        if nodes and set_env(env_path, "NATS_URL", settings.nats_url):
            progress(f"NATS_URL in {env_path} now lists the {len(nodes)} servers")
            write_env_copy(paths.home / ".env", env_path)
        neo4j_started = LogMark.at_end(paths.neo4j_debug_log)
        neo4j_pid = _start_neo4j(settings, paths, progress)
        deadline = time.monotonic() + timeout
        if nodes:
            for node, pid in zip(nodes, _start_nats_cluster(settings, paths, nodes, progress), strict=True):
                _wait(
                    f"NATS {node.name}",
                    node.log(paths),
                    pid,
                    str(node.conf(paths)),
                    lambda url=node.url: _nats_ping(settings, 3.0, url),  # type: ignore[misc]
                    max(deadline - time.monotonic(), 1.0),
                )
        else:
            nats_pid = _start_nats(settings, paths, progress)
            _wait(
                "NATS",
                paths.nats_log,
                nats_pid,
                nats_server.process_marker(paths),
                lambda: _nats_ping(settings, 3.0),
                max(deadline - time.monotonic(), 1.0),
            )
        _wait(
            "Neo4j",
            paths.neo4j_log,
            neo4j_pid,
            neo4j_server.process_marker(paths),
            lambda: _neo4j_ping(settings, 5.0),
            max(deadline - time.monotonic(), 1.0),
            lambda: start_problem(neo4j_started.new_text(), paths.neo4j_data, paths.neo4j_debug_log),
        )
    return status(settings)


def _http_ok(url: str, timeout: float) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status == 200
    except OSError:
        return False


def _note(pid: int | None, answered: bool, error: str) -> str:
    if answered:
        return "" if pid else "not started by chronicle"
    if pid:
        return f"process up, not answering: {error}" if error else "process up, not answering"
    return error or "stopped"


def status(settings: Settings, timeout: float = 3.0) -> list[ServiceStatus]:
    """Health of each service: our pid, whether it answers (authenticated), its version."""
    paths = _paths(settings)
    rows: list[ServiceStatus] = []

    neo4j_pid = running_pid(paths.neo4j_pid, neo4j_server.process_marker(paths))
    version, error = None, ""
    try:
        version = _neo4j_ping(settings, timeout)
    except PasswordMismatch:
        error = "login refused: check NEO4J_PASSWORD in .env"
        if not settings.neo4j_password.get_secret_value():
            error = "no NEO4J_PASSWORD: run `chronicle stack up`"
    except Exception as exc:
        error = "" if neo4j_pid is None else type(exc).__name__
    rows.append(
        ServiceStatus(
            "neo4j", version is not None, neo4j_pid, settings.neo4j_uri, version,
            _note(neo4j_pid, version is not None, error),
        )
    )  # fmt: skip

    http = f"http://127.0.0.1:{settings.neo4j_http_port}/browser/"
    browser_ok = _http_ok(http, timeout)
    rows.append(ServiceStatus("browser", browser_ok, neo4j_pid, http, None, _note(neo4j_pid, browser_ok, "")))

    nodes = nats_cluster.cluster_nodes(paths)
    servers = [(f"nats {n.name}", n.url, nats_cluster.node_pid(paths, n)) for n in nodes] or [
        ("nats", settings.nats_url, running_pid(paths.nats_pid, nats_server.process_marker(paths)))
    ]
    for name, url, nats_pid in servers:
        version, error = None, ""
        try:
            version = _nats_ping(settings, timeout, url)
        except Exception as exc:
            error = "" if nats_pid is None else type(exc).__name__
        rows.append(
            ServiceStatus(
                name, version is not None, nats_pid, url, version, _note(nats_pid, version is not None, error)
            )
        )
    return rows


def down(settings: Settings, progress: Progress = lambda _: None) -> list[tuple[str, int | None]]:
    """Stop both services, every server of a NATS cluster included (SIGTERM, SIGKILL after a
    timeout); returns (name, pid or None)."""
    paths = _paths(settings)
    stopped: list[tuple[str, int | None]] = []
    nodes = [
        (f"NATS {n.name}", n.pid_file(paths), str(n.conf(paths)), 15.0)
        for n in nats_cluster.cluster_nodes(paths)
    ]
    with file_lock(paths.lock):
        for name, pid_file, marker, grace in (
            *nodes,
            ("NATS", paths.nats_pid, nats_server.process_marker(paths), 15.0),
            ("Neo4j", paths.neo4j_pid, neo4j_server.process_marker(paths), 60.0),
        ):
            if nodes and name == "NATS" and running_pid(pid_file, marker) is None:
                continue
            pid = running_pid(pid_file, marker)
            if pid is not None:
                progress(f"Stopping {name} (pid {pid})")
                if stop_process(pid, marker, timeout=grace):
                    progress(f"{name} did not stop within {grace:.0f}s and was killed")
                pid_file.unlink(missing_ok=True)
            stopped.append((name, pid))
    return stopped


def reset(settings: Settings, *, nats: bool = False, progress: Progress = lambda _: None) -> list[Path]:
    """Stop the services and wipe the Neo4j data (and the JetStream store with `nats`).

    The downloaded jars are kept. Returns the directories removed.
    """
    paths = _paths(settings)
    down(settings, progress)
    removed = []
    targets = [paths.neo4j_home] + ([paths.nats_store, nats_cluster.cluster_dir(paths)] if nats else [])
    with file_lock(paths.lock):
        for target in targets:
            if target.exists():
                shutil.rmtree(target)
                removed.append(target)
    return removed
