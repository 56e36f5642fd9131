"""The local Neo4j server: its config, its first password, its process and its health check.

The server is started straight from its entry class (no bootloader), so the JVM flags of the 5.x
conf template are passed here, with the heap on the command line.
"""

import os
import subprocess
from pathlib import Path
from string import Template

from neo4j import GraphDatabase
from neo4j.exceptions import AuthError, DriverError, Neo4jError

from chronicle.stack.addresses import local_address
from chronicle.stack.errors import InstallFailed, PasswordMismatch
from chronicle.stack.layout import StackPaths
from chronicle.stack.processes import PRIVATE_UMASK, start_background

__all__ = [
    "BOLT_SCHEMES",
    "bolt_address",
    "initialise_password",
    "is_initialised",
    "ping",
    "process_marker",
    "start",
    "stored_password",
    "write_conf",
]

BOLT_SCHEMES = frozenset({"bolt", "neo4j"})
ENTRY_POINT = "org.neo4j.server.CommunityEntryPoint"
ADMIN_TOOL = "org.neo4j.cli.AdminTool"
HEAP_INITIAL, HEAP_MAX, PAGECACHE = "512m", "1g", "512m"
TRANSACTION_TIMEOUT = "120s"
"""db.transaction.timeout: the longest any transaction may run (a worker's batch takes a few seconds)."""
JVM_FLAGS = (
    "-XX:+UseG1GC",
    "-XX:-OmitStackTraceInFastThrow",
    "-XX:+UnlockExperimentalVMOptions",
    "-XX:+TrustFinalNonStaticFields",
    "-XX:+DisableExplicitGC",
    "-Djdk.nio.maxCachedBufferSize=1024",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--enable-native-access=ALL-UNNAMED",
    "-Dlog4j2.disable.jmx=true",
    "-Dfile.encoding=UTF-8",
)
TEMPLATES = Path(__file__).parent / "templates"


def bolt_address(uri: str) -> tuple[str, int]:
    """(host, port) of the local Bolt listener named by NEO4J_URI."""
    return local_address(uri, default_port=7687, schemes=BOLT_SCHEMES, what="NEO4J_URI")


def write_conf(
    paths: StackPaths, bolt: tuple[str, int], http_port: int, *, transaction_memory: str = "0"
) -> Path:
    """Render conf/neo4j.conf for this cache layout, these ports and the per-transaction memory limit."""
    home = paths.neo4j_home
    text = Template((TEMPLATES / "neo4j.conf").read_text(encoding="utf-8")).substitute(
        bolt_address=f"{bolt[0]}:{bolt[1]}",
        http_address=f"{bolt[0]}:{http_port}",
        advertised_host=bolt[0],
        heap_initial=HEAP_INITIAL,
        heap_max=HEAP_MAX,
        pagecache=PAGECACHE,
        transaction_timeout=TRANSACTION_TIMEOUT,
        transaction_memory=transaction_memory,
        lib_dir=paths.neo4j_lib,
        data_dir=paths.neo4j_data,
        logs_dir=home / "logs",
        run_dir=home / "run",
        import_dir=home / "import",
        plugins_dir=home / "plugins",
    )
    for sub in ("conf", "data", "logs", "run", "import", "plugins"):
        (home / sub).mkdir(parents=True, exist_ok=True)
    conf = paths.neo4j_conf_dir / "neo4j.conf"
    conf.write_text(text, encoding="utf-8")
    return conf


def is_initialised(paths: StackPaths) -> bool:
    """Whether the data directory already holds a system database (and so a password)."""
    return (paths.neo4j_data / "databases" / "system").exists() or (paths.neo4j_password_file.exists())


def _env(paths: StackPaths) -> dict[str, str]:
    return {
        **os.environ,
        "NEO4J_HOME": str(paths.neo4j_home),
        "NEO4J_CONF": str(paths.neo4j_conf_dir),
    }


def initialise_password(paths: StackPaths, java: Path, password: str) -> None:
    """Set the password the first start gives user neo4j, and remember it next to the data.

    The password never appears on a command line (/proc/PID/cmdline is readable by every local
    user): neo4j-admin reads its arguments from a mode-600 file (picocli's `@file`), removed after.
    """
    args = paths.neo4j_conf_dir / "initial-password.args"
    quoted = password.replace("\\", "\\\\").replace('"', '\\"')
    fd = os.open(args, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(f'--\n"{quoted}"\n')
    try:
        result = subprocess.run(
            [
                str(java),
                "-cp",
                f"{paths.neo4j_lib}/*",
                ADMIN_TOOL,
                "dbms",
                "set-initial-password",
                f"@{args}",
            ],
            env=_env(paths),
            capture_output=True,
            text=True,
            check=False,
            timeout=300,
            umask=PRIVATE_UMASK,
        )
    finally:
        args.unlink(missing_ok=True)
    if result.returncode != 0:
        detail = " ".join((result.stderr or result.stdout).split())[:300]
        raise InstallFailed(f"neo4j-admin could not set the initial password: {detail}")
    fd = os.open(paths.neo4j_password_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(password + "\n")


def stored_password(paths: StackPaths) -> str | None:
    """The password this data directory was initialised with, if `stack up` initialised it."""
    try:
        return paths.neo4j_password_file.read_text(encoding="utf-8").strip() or None
    except FileNotFoundError:
        return None


def start(paths: StackPaths, java: Path) -> int:
    """Start the server in the background; returns its pid."""
    argv = [
        str(java),
        f"-Xms{HEAP_INITIAL}",
        f"-Xmx{HEAP_MAX}",
        *JVM_FLAGS,
        "-cp",
        f"{paths.neo4j_lib}/*",
        ENTRY_POINT,
        f"--home-dir={paths.neo4j_home}",
        f"--config-dir={paths.neo4j_conf_dir}",
        "--console-mode",
    ]
    return start_background(
        argv, log_file=paths.neo4j_log, pid_file=paths.neo4j_pid, env=_env(paths), umask=PRIVATE_UMASK
    )


def process_marker(paths: StackPaths) -> str:
    """A string only our Neo4j process has on its command line."""
    return f"--home-dir={paths.neo4j_home}"


def ping(uri: str, user: str, password: str, database: str, timeout: float = 5.0) -> str:
    """Run an authenticated `RETURN 1`; returns the server version, e.g. '5.26.30'.

    Raises:
        PasswordMismatch: the server rejected the credentials.
        neo4j.exceptions.DriverError | Neo4jError | OSError: not answering (yet).
    """
    with GraphDatabase.driver(
        uri,
        auth=(user, password),
        connection_timeout=timeout,
        connection_acquisition_timeout=timeout,
        max_connection_lifetime=60,
    ) as driver:
        try:
            driver.verify_connectivity()
            records, _, _ = driver.execute_query("RETURN 1 AS ok", database_=database)
        except AuthError as exc:
            raise PasswordMismatch(
                f"Neo4j at {uri} rejects the password for {user!r} from NEO4J_PASSWORD "
                "(the data directory was initialised with another one). Put the right password "
                "in .env, or run `chronicle stack reset` to wipe the Neo4j data (jars are kept)."
            ) from exc
        except Neo4jError as exc:
            if exc.code and "Security" in exc.code:
                raise PasswordMismatch(f"Neo4j at {uri} refused to log in: {exc.message}") from exc
            raise
        if records[0]["ok"] != 1:
            raise DriverError("RETURN 1 did not return 1")
        return driver.get_server_info().agent.removeprefix("Neo4j/")
