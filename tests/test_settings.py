"""Settings: read when asked, from the environment, the current folder's .env, else the data home's."""

from pathlib import Path

import pytest
from neo4j.exceptions import AuthError

from chronicle.graph.connection import unavailable
from chronicle.settings import Settings, env_files, load_settings
from chronicle.stack import control
from chronicle.stack.envfile import read_env


@pytest.fixture
def elsewhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A data home and an unrelated working folder, with no Chronicle variables in the environment."""
    for key in ("NEO4J_URI", "NEO4J_PASSWORD", "NEO4J_USERNAME", "NATS_URL", "CHRONICLE_HOME"):
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("CHRONICLE_HOME", str(tmp_path / "home"))
    (tmp_path / "home").mkdir()
    (tmp_path / "somewhere").mkdir()
    monkeypatch.chdir(tmp_path / "somewhere")
    return tmp_path


def test_settings_use_the_data_homes_env_outside_the_project(elsewhere: Path) -> None:
    (elsewhere / "home" / ".env").write_text("NEO4J_PASSWORD=from-home\nNEO4J_URI=bolt://127.0.0.1:7999\n")
    settings = load_settings()
    assert settings.neo4j_password.get_secret_value() == "from-home"
    assert settings.neo4j_uri == "bolt://127.0.0.1:7999"


def test_settings_prefer_the_current_folders_env(elsewhere: Path) -> None:
    (elsewhere / "home" / ".env").write_text("NEO4J_PASSWORD=from-home\nNEO4J_URI=bolt://127.0.0.1:7999\n")
    Path(".env").write_text("NEO4J_PASSWORD=from-here\n")
    settings = load_settings()
    assert settings.neo4j_password.get_secret_value() == "from-here"
    assert settings.neo4j_uri == "bolt://127.0.0.1:7999"


def test_stack_env_keeps_a_private_copy_in_the_data_home(elsewhere: Path) -> None:
    project = elsewhere / "somewhere" / ".env"
    control.ensure_env(load_settings(), project)
    copy = elsewhere / "home" / ".env"
    assert read_env(copy)["NEO4J_PASSWORD"] == read_env(project)["NEO4J_PASSWORD"]
    assert copy.stat().st_mode & 0o777 == 0o600


def test_login_refused_names_the_env_files_read_and_the_fix(elsewhere: Path) -> None:
    (elsewhere / "home" / ".env").write_text("NEO4J_PASSWORD=stale\n")
    error = unavailable(Settings(), AuthError("unauthorized"))
    assert str(elsewhere / "home" / ".env") in str(error)
    assert "chronicle stack env" in str(error)
    assert "stale" not in str(error)


def test_env_files_put_the_current_folder_last(elsewhere: Path) -> None:
    assert env_files() == (elsewhere / "home" / ".env", Path(".env"))
