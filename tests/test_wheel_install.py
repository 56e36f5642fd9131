"""A normal install works: the wheel holds only `chronicle` with every data file, and runs anywhere.

Builds the wheel, installs it with the pip that ships with the machine's Python into a fresh venv
(dependencies from PyPI, as a user gets them), then runs `chronicle queries` and an `ask` from an
empty folder against the running stack. Slow (a minute or two): it installs spaCy and friends.
"""

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from chronicle.settings import get_settings

pytestmark = pytest.mark.integration

REPO = Path(__file__).resolve().parents[1]


def _packaged_files() -> set[str]:
    """Every file the wheel must carry: the code, the Cypher, the word lists, templates, style."""
    folders = {"cli": "cli", "consumers": "consumers", "cypher": "cypher", "extraction": "extraction"}
    folders |= {"graph": "graph", "stack": "stack", "chronicle": ""}
    wanted: set[str] = set()
    for folder, inside in folders.items():
        for path in (REPO / folder).rglob("*"):
            shipped = path.suffix in {".py", ".cypher", ".jsonl", ".json", ".grass", ".md", ".conf", ".xml"}
            if path.is_file() and shipped and "__pycache__" not in path.parts:
                relative = path.relative_to(REPO / folder).as_posix()
                wanted.add("/".join(p for p in ("chronicle", inside, relative) if p))
    return wanted


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(REPO)],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("chronicle-*.whl")
    return built


def test_wheel_holds_only_the_chronicle_package_with_every_data_file(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    tops = {name.split("/")[0] for name in names}
    assert {t for t in tops if not t.endswith(".dist-info")} == {"chronicle"}
    assert not {n for n in names if n.startswith("chronicle/bench") or "/tests/" in n}
    missing = _packaged_files() - names
    assert not missing, sorted(missing)[:10]


def test_wheel_installed_with_plain_pip_answers_from_an_empty_folder(wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    base = getattr(sys, "_base_executable", sys.executable)
    subprocess.run([base, "-m", "venv", str(venv)], check=True)
    install = subprocess.run(
        [str(venv / "bin" / "pip"), "install", "-q", "--disable-pip-version-check", str(wheel)],
        capture_output=True,
        text=True,
    )
    assert install.returncode == 0, install.stderr[-2000:]
    settings = get_settings()
    env = {key: value for key, value in os.environ.items() if not key.startswith(("NEO4J_", "NATS_"))}
    env |= {
        "NEO4J_URI": settings.neo4j_uri,
        "NEO4J_USERNAME": settings.neo4j_username,
        "NEO4J_PASSWORD": settings.neo4j_password.get_secret_value(),
        "NEO4J_DATABASE": settings.neo4j_database,
    }
    empty = tmp_path / "elsewhere"
    empty.mkdir()

    def chronicle(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(venv / "bin" / "chronicle"), *args], cwd=empty, env=env, capture_output=True, text=True
        )

    queries = chronicle("queries", "--format", "json")
    assert queries.returncode == 0, queries.stderr
    assert '"name": "timeline"' in queries.stdout and '"name": "effect"' in queries.stdout
    stats = chronicle("ask", "stats", "--format", "json")
    assert stats.returncode == 0, stats.stderr
    version = chronicle("--version")
    assert version.stdout.startswith("chronicle ")
