"""A private, throwaway stack for the fault tests: its own Neo4j and nats-server on free ports.

The fault tests SIGKILL servers and wipe data, so they never touch the shared dev stack: the session
fixture starts Neo4j and NATS with `stack.control.up` under a temporary CHRONICLE_HOME (the Neo4j
jars are linked from the normal cache, so nothing is downloaded twice), and workers run as real
subprocesses (`python -m chronicle worker`) pointed at it through the environment.
"""

from collections.abc import Iterator
from pathlib import Path

import pytest
from neo4j import Driver

from chronicle.settings import get_settings
from tests.fault.private_stack import PrivateStack, start_private_stack


@pytest.fixture(scope="session")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PrivateStack]:
    """Neo4j + NATS for this test session only; stopped (and their files removed) at the end."""
    home = tmp_path_factory.mktemp("chronicle-fault-home")
    private = start_private_stack(Path(home))
    try:
        yield private
    finally:
        private.close()


@pytest.fixture(scope="session")
def graph(stack: PrivateStack) -> Driver:
    """A driver on the private Neo4j (it reconnects by itself after a restart)."""
    return stack.graph


@pytest.fixture
def fresh(stack: PrivateStack) -> Iterator[PrivateStack]:
    """An empty graph, no ARTICLES stream and no worker left over from an earlier test."""
    stack.reset_data()
    yield stack
    stack.stop_workers()


@pytest.fixture
def cli_env(stack: PrivateStack, monkeypatch: pytest.MonkeyPatch) -> Iterator[PrivateStack]:
    """In-process CLI runs (Typer's CliRunner) read the private stack's settings: env and its .env."""
    for key, value in stack.env().items():
        monkeypatch.setenv(key, value)
    monkeypatch.chdir(stack.home)
    get_settings.cache_clear()
    yield stack
    get_settings.cache_clear()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Leave the fault suite (minutes long) out of a plain `pytest` / `make test` run.

    It runs with `make test-faults` (`-m fault`), or when tests/fault is named on the command line.
    """
    here = Path(__file__).parent.resolve()
    named = any(
        here in Path(arg.split("::")[0]).resolve().parents or Path(arg.split("::")[0]).resolve() == here
        for arg in config.args
    )
    if config.getoption("markexpr") or named:
        return
    faults = [item for item in items if item.get_closest_marker("fault")]
    if faults:
        config.hook.pytest_deselected(items=faults)
        items[:] = [item for item in items if not item.get_closest_marker("fault")]
