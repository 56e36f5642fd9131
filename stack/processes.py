"""Background processes for the local stack: pid files, liveness, ports, waiting and a lock.

The services outlive the `chronicle` command that starts them, so their state lives on disk: a pid
file per service, checked against /proc so a recycled pid is never mistaken for ours.
"""

import contextlib
import errno
import fcntl
import os
import signal
import socket
import subprocess
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

__all__ = [
    "PRIVATE_UMASK",
    "file_lock",
    "is_running",
    "make_private",
    "port_in_use",
    "read_pid",
    "running_pid",
    "start_background",
    "stop_process",
    "tail",
    "wait_until",
]


def read_pid(pid_file: Path) -> int | None:
    """The pid recorded in `pid_file`, or None when there is no readable one."""
    try:
        return int(pid_file.read_text().strip())
    except (FileNotFoundError, ValueError):
        return None


def is_running(pid: int, marker: str | None = None) -> bool:
    """Whether `pid` is a live (not zombie) process whose command line contains `marker`."""
    proc = Path("/proc") / str(pid)
    try:
        stat = (proc / "stat").read_text()
        cmdline = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except (FileNotFoundError, ProcessLookupError, PermissionError):
        return False
    state = stat.rsplit(")", 1)[-1].split()[0]
    if state in {"Z", "X"}:
        return False
    return marker is None or marker in cmdline


def running_pid(pid_file: Path, marker: str) -> int | None:
    """The pid of our live process recorded in `pid_file`; removes a stale file."""
    pid = read_pid(pid_file)
    if pid is not None and is_running(pid, marker):
        return pid
    pid_file.unlink(missing_ok=True)
    return None


def port_in_use(host: str, port: int) -> bool:
    """Whether something listens on host:port (binding fails), as servers set SO_REUSEADDR too."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError as exc:
            if exc.errno in {errno.EADDRINUSE, errno.EACCES}:
                return True
            raise
    return False


PRIVATE_UMASK = 0o077
"""Files the servers create are the user's own: directories 700, files 600 (stores, auth.ini, logs)."""


def start_background(
    argv: Sequence[str],
    *,
    log_file: Path,
    pid_file: Path,
    env: dict[str, str] | None = None,
    umask: int = -1,
) -> int:
    """Start `argv` detached (own session, output to `log_file`) and record its pid; with `umask`
    (e.g. 0o077) everything it creates is private to the user.

    The previous run's log is kept as `<log_file>.1`.
    """
    log_file.parent.mkdir(parents=True, exist_ok=True)
    pid_file.parent.mkdir(parents=True, exist_ok=True)
    if log_file.exists():
        log_file.replace(log_file.with_name(log_file.name + ".1"))
    fd = os.open(log_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as log:
        proc = subprocess.Popen(
            list(argv),
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            env=env,
            start_new_session=True,
            close_fds=True,
            umask=umask,
        )
    pid_file.write_text(f"{proc.pid}\n")
    return proc.pid


def _reap(pid: int) -> None:
    """Collect `pid` if it is our own child, so it does not linger as a zombie."""
    with contextlib.suppress(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)


def stop_process(pid: int, marker: str, *, timeout: float = 30.0) -> bool:
    """SIGTERM `pid`, then SIGKILL after `timeout` seconds; True if it had to be killed."""
    for sig, wait in ((signal.SIGTERM, timeout), (signal.SIGKILL, 10.0)):
        if not is_running(pid, marker):
            return sig is signal.SIGKILL
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, sig)
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            _reap(pid)
            if not is_running(pid, marker):
                return sig is signal.SIGKILL
            time.sleep(0.1)
    return True


def wait_until(
    check: Callable[[], bool],
    *,
    timeout: float,
    interval: float = 0.5,
    alive: Callable[[], bool] = lambda: True,
) -> bool:
    """Poll `check` until it is true (True), `alive` turns false or `timeout` passes (False)."""
    deadline = time.monotonic() + timeout
    while True:
        if check():
            return True
        if not alive() or time.monotonic() >= deadline:
            return False
        time.sleep(interval)


def tail(path: Path, lines: int = 15) -> str:
    """The last `lines` lines of a log file ('' when it does not exist)."""
    try:
        text = path.read_text(errors="replace")
    except FileNotFoundError:
        return ""
    return "\n".join(text.splitlines()[-lines:])


@contextlib.contextmanager
def file_lock(path: Path) -> Iterator[None]:
    """Hold an exclusive lock on `path` so two `stack` commands never race on one cache."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def make_private(root: Path) -> None:
    """Directories 700 and files 600 under `root` (stores made before Chronicle set a umask)."""
    if not root.exists():
        return
    root.chmod(0o700)
    for folder, dirs, files in os.walk(root):
        for name in dirs:
            if not (Path(folder) / name).is_symlink():
                (Path(folder) / name).chmod(0o700)
        for name in files:
            path = Path(folder) / name
            if not path.is_symlink():
                path.chmod(0o600)
