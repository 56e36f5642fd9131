"""Where the local stack keeps things: one cache directory (CHRONICLE_HOME), outside the repo.

$CHRONICLE_HOME/neo4j-<version>/   jars from Maven Central (kept by `stack reset`)
$CHRONICLE_HOME/neo4j/             Neo4j instance: conf/, data/, logs/, the initial password
$CHRONICLE_HOME/nats/              nats-server.conf and the JetStream store
$CHRONICLE_HOME/run/, logs/        pid files and the services' console output
"""

from dataclasses import dataclass
from pathlib import Path

__all__ = ["BROWSER_VERSION", "NEO4J_VERSION", "StackPaths"]

NEO4J_VERSION = "5.26.30"
BROWSER_VERSION = "5.24.0"


@dataclass(frozen=True)
class StackPaths:
    """Every path the stack reads or writes, derived from one home directory."""

    home: Path
    neo4j_version: str = NEO4J_VERSION

    @property
    def neo4j_install(self) -> Path:
        return self.home / f"neo4j-{self.neo4j_version}"

    @property
    def neo4j_lib(self) -> Path:
        return self.neo4j_install / "lib"

    @property
    def neo4j_marker(self) -> Path:
        """Written last by the install, so its presence means the jars are complete."""
        return self.neo4j_install / ".installed"

    @property
    def neo4j_home(self) -> Path:
        return self.home / "neo4j"

    @property
    def neo4j_conf_dir(self) -> Path:
        return self.neo4j_home / "conf"

    @property
    def neo4j_data(self) -> Path:
        return self.neo4j_home / "data"

    @property
    def neo4j_password_file(self) -> Path:
        """The password the data directory was initialised with (mode 600)."""
        return self.neo4j_home / "initial-password"

    @property
    def nats_dir(self) -> Path:
        return self.home / "nats"

    @property
    def nats_conf(self) -> Path:
        return self.nats_dir / "nats-server.conf"

    @property
    def nats_store(self) -> Path:
        return self.nats_dir / "jetstream"

    @property
    def neo4j_pid(self) -> Path:
        return self.home / "run" / "neo4j.pid"

    @property
    def nats_pid(self) -> Path:
        return self.home / "run" / "nats.pid"

    @property
    def neo4j_log(self) -> Path:
        return self.home / "logs" / "neo4j.log"

    @property
    def neo4j_debug_log(self) -> Path:
        """Neo4j's own log (server.directories.logs): where the cause of a failed start is."""
        return self.neo4j_home / "logs" / "debug.log"

    @property
    def nats_log(self) -> Path:
        return self.home / "logs" / "nats.log"

    @property
    def lock(self) -> Path:
        return self.home / "stack.lock"
