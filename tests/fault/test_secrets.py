"""Secrets and data files stay the user's own (issue 11).

Before the fix, the initial Neo4j password was an argument of `neo4j-admin` (readable in
/proc/PID/cmdline by every local user for about 2 s), and the data directories were 755 and the stores
644, so any local user could read the JetStream store (every article) and Neo4j's auth.ini.
"""

import contextlib
import os
import stat
import threading
from pathlib import Path

import pytest

from chronicle.stack import neo4j_install, neo4j_server
from chronicle.stack.layout import StackPaths
from tests.fault.private_stack import PrivateStack

pytestmark = [pytest.mark.fault]


def _command_lines() -> list[bytes]:
    lines = []
    for proc in Path("/proc").iterdir():
        if proc.name.isdigit():
            with contextlib.suppress(OSError):  # the process ended meanwhile
                lines.append((proc / "cmdline").read_bytes())
    return lines


def test_initial_password_never_on_a_command_line(stack: PrivateStack, tmp_path: Path) -> None:
    paths = StackPaths(tmp_path / "home")
    paths.home.mkdir()
    paths.neo4j_install.symlink_to(stack.paths.neo4j_install)  # the jars, not downloaded again
    neo4j_server.write_conf(paths, ("127.0.0.1", 1), 2)
    password = "Pw-" + os.urandom(12).hex()
    seen: list[bytes] = []
    done = threading.Event()

    def watch() -> None:
        while not done.is_set():
            seen.extend(line for line in _command_lines() if password.encode() in line)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    try:
        neo4j_server.initialise_password(paths, neo4j_install.find_java(), password)
    finally:
        done.set()
        watcher.join()
    assert seen == []
    assert (paths.neo4j_data / "dbms" / "auth.ini").exists()
    assert not list(paths.neo4j_conf_dir.glob("*.args"))  # the argument file is gone
    assert stat.S_IMODE((paths.neo4j_data / "dbms" / "auth.ini").stat().st_mode) == 0o600


def _loose(root: Path) -> list[str]:
    """Paths under `root` that another user could read or enter."""
    found = []
    for folder, dirs, files in os.walk(root):
        for name in [*dirs, *files]:
            path = Path(folder) / name
            if not path.is_symlink() and path.stat().st_mode & 0o077:
                found.append(f"{oct(stat.S_IMODE(path.stat().st_mode))} {path.relative_to(root)}")
    return found


def test_data_directories_and_stores_are_private(stack: PrivateStack) -> None:
    # the session's stack was started by `stack up`: a store exists for both servers
    assert (stack.paths.neo4j_data / "dbms" / "auth.ini").exists()
    assert stack.paths.nats_store.is_dir()
    for root in (stack.paths.neo4j_home, stack.paths.nats_dir):
        assert stat.S_IMODE(root.stat().st_mode) == 0o700
        assert _loose(root) == [], root
