"""The services layer: unit tests need no server; `integration` ones use the stack `make test` started."""

import asyncio
import os
import socket
import stat
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import nats
import pytest
from neo4j import Driver
from pydantic import SecretStr
from typer.testing import CliRunner

from chronicle.cli.stack import app as stack_app
from chronicle.settings import Settings, load_settings
from chronicle.stack import control, nats_server, neo4j_server
from chronicle.stack.envfile import ENV_KEYS, generate_password, mask, read_env, update_env
from chronicle.stack.errors import NotLocal, PasswordMismatch
from chronicle.stack.layout import BROWSER_VERSION, NEO4J_VERSION, StackPaths
from chronicle.stack.nats_server import nats_address, render_conf
from chronicle.stack.neo4j_install import find_java, java_major, render_pom
from chronicle.stack.neo4j_server import bolt_address
from chronicle.stack.processes import (
    port_in_use,
    running_pid,
    start_background,
    stop_process,
    wait_until,
)

POM = "{http://maven.apache.org/POM/4.0.0}"
runner = CliRunner()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty project directory as cwd, with its own cache and no inherited settings."""
    for key in (*ENV_KEYS, "NATS_TOKEN", "CHRONICLE_HOME"):
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("CHRONICLE_HOME", str(tmp_path / "cache"))
    monkeypatch.chdir(tmp_path)
    return tmp_path


# --- pom -------------------------------------------------------------------------------------


def test_render_pom_depends_on_assembly_and_browser() -> None:
    root = ET.fromstring(render_pom())
    deps = {
        (d.findtext(f"{POM}groupId"), d.findtext(f"{POM}artifactId")): d
        for d in root.iter(f"{POM}dependency")
    }
    assembly = deps[("org.neo4j.assembly", "neo4j-community-standalone")]
    assert assembly.findtext(f"{POM}version") == NEO4J_VERSION
    assert assembly.findtext(f"{POM}type") == "pom"
    browser = deps[("org.neo4j.client", "neo4j-browser")]
    assert browser.findtext(f"{POM}version") == BROWSER_VERSION


def test_render_pom_excludes_artifacts_missing_from_central() -> None:
    root = ET.fromstring(render_pom())
    excluded = {
        (e.findtext(f"{POM}groupId"), e.findtext(f"{POM}artifactId")) for e in root.iter(f"{POM}exclusion")
    }
    assert excluded == {("org.neo4j", "neo4j-push-to-cloud"), ("org.neo4j", "neo4j-genai-plugin")}


def test_render_pom_other_version() -> None:
    root = ET.fromstring(render_pom("5.26.1", "5.21.0"))
    versions = [d.findtext(f"{POM}version") for d in root.iter(f"{POM}dependency")]
    assert versions == ["5.26.1", "5.21.0"]
    assert "$" not in render_pom("5.26.1", "5.21.0")


@pytest.mark.parametrize(
    ("output", "major"),
    [
        ('openjdk version "17.0.15" 2025-04-15', 17),
        ('openjdk version "21" 2023-09-19', 21),
        ('java version "1.8.0_392"', 8),
        ("no java here", None),
    ],
)
def test_java_major_parses_version_output(output: str, major: int | None) -> None:
    assert java_major(output) == major


# --- .env --------------------------------------------------------------------------------------


def test_update_env_creates_file_with_mode_600(tmp_path: Path) -> None:
    env = tmp_path / ".env"
    added = update_env(env, {"NEO4J_PASSWORD": "s3cret-value", "NATS_URL": "nats://127.0.0.1:4222"})
    assert added == ["NEO4J_PASSWORD", "NATS_URL"]
    assert stat.S_IMODE(env.stat().st_mode) == 0o600
    assert read_env(env) == {"NEO4J_PASSWORD": "s3cret-value", "NATS_URL": "nats://127.0.0.1:4222"}


def test_update_env_keeps_existing_values_and_fixes_mode(tmp_path: Path) -> None:
    env = tmp_path / ".env"
    env.write_text("# mine\nNEO4J_PASSWORD='kept'\nOTHER=1")
    env.chmod(0o644)
    added = update_env(env, {"NEO4J_PASSWORD": "new", "NEO4J_DATABASE": "neo4j"})
    assert added == ["NEO4J_DATABASE"]
    assert env.read_text() == "# mine\nNEO4J_PASSWORD='kept'\nOTHER=1\nNEO4J_DATABASE=neo4j\n"
    assert read_env(env)["NEO4J_PASSWORD"] == "kept"
    assert stat.S_IMODE(env.stat().st_mode) == 0o600


def test_generate_password_never_looks_like_an_option() -> None:
    passwords = [generate_password() for _ in range(2000)]
    assert all(p[0].isalnum() and len(p) == 32 for p in passwords)
    assert len(set(passwords)) == len(passwords)


@pytest.mark.parametrize(
    ("secret", "shown"), [("abcdefghijklmnop", "abcd…"), ("short", "…"), ("", "(empty)")]
)
def test_mask_shows_only_a_prefix(secret: str, shown: str) -> None:
    assert mask(secret) == shown


def test_stack_env_writes_password_and_prints_it_masked(project: Path) -> None:
    result = runner.invoke(stack_app, ["env"])
    assert result.exit_code == 0, result.output
    values = read_env(project / ".env")
    assert set(values) == set(ENV_KEYS)
    password = values["NEO4J_PASSWORD"]
    assert len(password) >= 24
    assert password not in result.output
    assert mask(password) in result.output
    assert stat.S_IMODE((project / ".env").stat().st_mode) == 0o600


def test_stack_env_gives_nats_a_generated_login_of_its_own(project: Path) -> None:
    result = runner.invoke(stack_app, ["env"])
    assert result.exit_code == 0, result.output
    values = read_env(project / ".env")
    assert values["NATS_USER"] == "chronicle"
    assert len(values["NATS_PASSWORD"]) >= 24 and values["NATS_PASSWORD"] != values["NEO4J_PASSWORD"]
    assert values["NATS_PASSWORD"] not in result.output


def test_stack_env_in_a_new_clone_takes_the_login_the_cached_nats_server_requires(project: Path) -> None:
    paths = StackPaths(project / "cache")
    conf = nats_server.render_conf(
        paths, ("127.0.0.1", 4222), user="chronicle", password=SecretStr("kept-one")
    )
    nats_server.write_conf(paths, conf)
    assert runner.invoke(stack_app, ["env"]).exit_code == 0
    assert read_env(project / ".env")["NATS_PASSWORD"] == "kept-one"


def test_stack_env_leaves_a_nats_token_alone(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NATS_TOKEN", "a-token-set-by-hand")
    assert runner.invoke(stack_app, ["env"]).exit_code == 0
    assert "NATS_USER" not in read_env(project / ".env")


def test_stack_env_keeps_password_on_second_run(project: Path) -> None:
    runner.invoke(stack_app, ["env"])
    first = read_env(project / ".env")["NEO4J_PASSWORD"]
    result = runner.invoke(stack_app, ["env"])
    assert "nothing (all keys present)" in result.output
    assert read_env(project / ".env")["NEO4J_PASSWORD"] == first


def test_ensure_env_reuses_the_password_of_existing_data(project: Path) -> None:
    paths = StackPaths(project / "cache")
    paths.neo4j_home.mkdir(parents=True)
    paths.neo4j_password_file.write_text("from-the-data-dir\n")
    settings, _ = control.ensure_env(load_settings(), project / ".env")
    assert settings.neo4j_password.get_secret_value() == "from-the-data-dir"
    assert read_env(project / ".env")["NEO4J_PASSWORD"] == "from-the-data-dir"


def test_ensure_env_refuses_a_password_other_than_the_data_dir(project: Path) -> None:
    paths = StackPaths(project / "cache")
    paths.neo4j_home.mkdir(parents=True)
    paths.neo4j_password_file.write_text("from-the-data-dir\n")
    settings = Settings(neo4j_password=SecretStr("something-else"))
    with pytest.raises(PasswordMismatch, match="stack reset"):
        control.ensure_env(settings, project / ".env")


def test_stack_up_explains_a_password_mismatch(project: Path) -> None:
    paths = StackPaths(project / "cache")
    paths.neo4j_home.mkdir(parents=True)
    paths.neo4j_password_file.write_text("from-the-data-dir\n")
    (project / ".env").write_text("NEO4J_PASSWORD=typed-by-hand\n")
    result = runner.invoke(stack_app, ["up", "--timeout", "5"])
    assert result.exit_code == 1
    assert "NEO4J_PASSWORD in .env differs from the password the Neo4j data" in result.output
    assert "chronicle stack reset" in result.output
    assert "typed-by-hand" not in result.output
    assert "from-the-data-dir" not in result.output


def test_stack_reset_wipes_data_and_keeps_jars(project: Path) -> None:
    paths = StackPaths(project / "cache")
    paths.neo4j_lib.mkdir(parents=True)
    (paths.neo4j_lib / "neo4j-x.jar").write_text("jar")
    (paths.neo4j_data / "databases").mkdir(parents=True)
    paths.nats_store.mkdir(parents=True)
    result = runner.invoke(stack_app, ["reset", "--yes"])
    assert result.exit_code == 0, result.output
    assert not paths.neo4j_home.exists()
    assert (paths.neo4j_lib / "neo4j-x.jar").exists()
    assert paths.nats_store.exists()
    runner.invoke(stack_app, ["reset", "--yes", "--nats"])
    assert not paths.nats_store.exists()


# --- addresses, ports, processes -------------------------------------------------------------


@pytest.mark.parametrize(
    ("uri", "address"),
    [
        ("bolt://127.0.0.1:7687", ("127.0.0.1", 7687)),
        ("neo4j://localhost", ("127.0.0.1", 7687)),
        ("bolt://127.0.0.1:17687", ("127.0.0.1", 17687)),
    ],
)
def test_bolt_address_local(uri: str, address: tuple[str, int]) -> None:
    assert bolt_address(uri) == address


@pytest.mark.parametrize(
    "uri", ["neo4j+s://abcd1234.databases.neo4j.io", "bolt://10.0.0.5:7687", "bolt+s://127.0.0.1"]
)
def test_bolt_address_refuses_what_it_cannot_start(uri: str) -> None:
    with pytest.raises(NotLocal):
        bolt_address(uri)


def test_nats_address_default_port() -> None:
    assert nats_address("nats://localhost") == ("127.0.0.1", 4222)


def test_port_in_use_detects_a_listener() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        port = sock.getsockname()[1]
        assert port_in_use("127.0.0.1", port)
    assert not port_in_use("127.0.0.1", port)


def test_port_in_use_detects_a_wildcard_listener() -> None:
    with socket.socket() as sock:
        sock.bind(("0.0.0.0", 0))
        sock.listen()
        assert port_in_use("127.0.0.1", sock.getsockname()[1])


def test_stack_up_refuses_a_taken_port(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        port = sock.getsockname()[1]
        monkeypatch.setenv("NEO4J_URI", f"bolt://127.0.0.1:{port}")
        monkeypatch.setenv("NEO4J_HTTP_PORT", str(_free_port()))
        monkeypatch.setenv("NATS_URL", f"nats://127.0.0.1:{_free_port()}")
        result = runner.invoke(stack_app, ["up", "--timeout", "5"])
    assert result.exit_code == 1
    assert f"Neo4j Bolt port 127.0.0.1:{port} is already taken" in result.output
    assert "Traceback" not in result.output


def test_stack_up_refuses_a_remote_uri(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEO4J_URI", "neo4j+s://abcd1234.databases.neo4j.io")
    result = runner.invoke(stack_app, ["up"])
    assert result.exit_code == 1
    assert "only runs services on this machine" in result.output
    assert not (project / ".env").exists()


def test_running_pid_drops_a_stale_pid_file(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], check=True,
                          capture_output=True, text=True)  # fmt: skip
    pid_file = tmp_path / "x.pid"
    pid_file.write_text(done.stdout)
    assert running_pid(pid_file, marker="anything") is None
    assert not pid_file.exists()


def test_running_pid_ignores_a_recycled_pid(tmp_path: Path) -> None:
    pid_file = tmp_path / "x.pid"
    pid_file.write_text(f"{os.getpid()}\n")
    assert running_pid(pid_file, marker="--home-dir=/not/this/process") is None


def test_start_and_stop_a_background_process(tmp_path: Path) -> None:
    marker = str(tmp_path / "marker")
    argv = [sys.executable, "-c", "import time; time.sleep(60)", marker]
    pid = start_background(argv, log_file=tmp_path / "log", pid_file=tmp_path / "p.pid")
    assert running_pid(tmp_path / "p.pid", marker) == pid
    killed = stop_process(pid, marker, timeout=10)
    assert not killed
    assert running_pid(tmp_path / "p.pid", marker) is None


def test_stop_process_kills_what_ignores_sigterm(tmp_path: Path) -> None:
    marker = str(tmp_path / "stubborn")
    code = (
        "import signal, time; signal.signal(signal.SIGTERM, signal.SIG_IGN); "
        "print('ready', flush=True); time.sleep(60)"
    )
    log = tmp_path / "log"
    pid = start_background([sys.executable, "-c", code, marker], log_file=log, pid_file=tmp_path / "p")
    assert wait_until(lambda: "ready" in log.read_text(), timeout=20, interval=0.05)
    assert stop_process(pid, marker, timeout=1.0)
    assert running_pid(tmp_path / "p", marker) is None


# --- NATS config -------------------------------------------------------------------------------


def test_render_nats_conf_without_auth(tmp_path: Path) -> None:
    text = render_conf(StackPaths(tmp_path), ("127.0.0.1", 4222))
    assert 'listen: "127.0.0.1:4222"' in text
    assert f'store_dir: "{tmp_path / "nats" / "jetstream"}"' in text
    assert "authorization" not in text


def test_render_nats_conf_with_user_and_token(tmp_path: Path) -> None:
    paths = StackPaths(tmp_path)
    with_user = render_conf(
        paths, ("127.0.0.1", 4222), user="app", password=SecretStr('p"w'), token=SecretStr("t")
    )
    assert 'user: "app"' in with_user
    assert 'password: "p\\"w"' in with_user
    assert "token" not in with_user
    with_token = render_conf(paths, ("127.0.0.1", 4222), token=SecretStr("tok"))
    assert 'token: "tok"' in with_token


# --- integration: the stack `make test` started ----------------------------------------------


@pytest.mark.integration
def test_stack_status_reports_every_service_up() -> None:
    result = runner.invoke(stack_app, ["status"])
    assert result.exit_code == 0, result.output
    rows = {row.name: row for row in control.status(load_settings())}
    assert set(rows) == {"neo4j", "browser", "nats"}
    assert all(row.running for row in rows.values())
    assert rows["neo4j"].version == NEO4J_VERSION
    assert NEO4J_VERSION in result.output


@pytest.mark.integration
def test_stack_up_again_only_checks() -> None:
    before = {row.name: row.pid for row in control.status(load_settings())}
    result = runner.invoke(stack_app, ["up", "--timeout", "60"])
    assert result.exit_code == 0, result.output
    assert "already running" in result.output
    after = {row.name: row.pid for row in control.status(load_settings())}
    assert after == before


@pytest.mark.integration
@pytest.mark.anyio
async def test_stack_up_from_inside_an_event_loop_only_checks() -> None:
    """`up` called from async code (a test, a FastStream lifespan) used to wait out its timeout: the
    NATS ping's asyncio.run refused to start inside the running loop, and the wait read that as
    "not answering yet"."""
    before = {row.name: row.pid for row in control.status(load_settings())}
    started = asyncio.get_running_loop().time()
    rows = {row.name: row for row in control.up(load_settings(), Path(".env"), timeout=20)}
    assert asyncio.get_running_loop().time() - started < 15
    assert all(row.running for row in rows.values()), rows
    assert {name: row.pid for name, row in rows.items()} == before


@pytest.mark.anyio
async def test_nats_ping_from_inside_an_event_loop_reports_the_connection_error() -> None:
    with pytest.raises(Exception) as raised:
        nats_server.ping(f"nats://127.0.0.1:{_free_port()}", timeout=1.0)
    assert not isinstance(raised.value, RuntimeError), raised.value  # not "asyncio.run() cannot be called"


@pytest.mark.integration
def test_neo4j_answers_an_authenticated_query(driver: Driver, database: str) -> None:
    records, _, _ = driver.execute_query("RETURN 1 + 1 AS two", database_=database)
    assert records[0]["two"] == 2


@pytest.mark.integration
def test_jetstream_answers_account_info() -> None:
    settings = load_settings()

    async def account() -> tuple[int, str]:
        auth: dict[str, str] = {}
        if settings.nats_user:
            secret = settings.nats_password.get_secret_value() if settings.nats_password else ""
            auth = {"user": settings.nats_user, "password": secret}
        elif settings.nats_token:
            auth = {"token": settings.nats_token.get_secret_value()}
        client = await nats.connect(settings.nats_servers, connect_timeout=5, **auth)
        try:
            info = await client.jetstream().account_info()
            return info.limits.max_streams, client.connected_server_version.major
        finally:
            await client.close()

    max_streams, major = asyncio.run(account())
    assert max_streams == -1
    assert major == 2


@pytest.mark.integration
def test_initialise_password_accepts_a_leading_dash(tmp_path: Path) -> None:
    installed = StackPaths(load_settings().chronicle_home.expanduser())
    paths = StackPaths(tmp_path)
    paths.neo4j_install.symlink_to(installed.neo4j_install)
    neo4j_server.write_conf(paths, ("127.0.0.1", _free_port()), _free_port())
    neo4j_server.initialise_password(paths, find_java(), "-looks-like-an-option")
    assert (paths.neo4j_data / "dbms" / "auth.ini").read_text().startswith("neo4j:SHA-256,")
    assert neo4j_server.stored_password(paths) == "-looks-like-an-option"
    assert stat.S_IMODE(paths.neo4j_password_file.stat().st_mode) == 0o600
