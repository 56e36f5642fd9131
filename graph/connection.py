"""One Neo4j driver per process, built from the settings (bolt://, neo4j://, neo4j+s:// for Aura).

A `neo4j://` or `neo4j+s://` URI makes the driver route: it reads the cluster's routing table,
sends managed write transactions (execute_write) to the current leader and reads (execute_read) to
followers, and retries a transaction for NEO4J_MAX_RETRY_TIME seconds when the leader changes.
"""

from typing import Any

from neo4j import AsyncDriver, AsyncGraphDatabase, Driver, GraphDatabase
from neo4j.exceptions import AuthError, ServiceUnavailable

from chronicle.graph.errors import GraphUnavailable
from chronicle.settings import Settings, env_files, get_settings

__all__ = ["async_driver", "driver", "driver_options", "unavailable"]


def driver_options(settings: Settings) -> dict[str, Any]:
    """Keyword arguments of GraphDatabase.driver: the pool and retry settings."""
    return {
        # Server notifications (e.g. "property key does not exist" on an empty graph) are not user errors.
        "notifications_min_severity": "OFF",
        "max_connection_pool_size": settings.neo4j_max_pool_size,
        "connection_acquisition_timeout": settings.neo4j_acquire_timeout,
        "max_connection_lifetime": settings.neo4j_max_connection_lifetime,
        "max_transaction_retry_time": settings.neo4j_max_retry_time,
    }


def _auth(settings: Settings) -> tuple[str, str]:
    return settings.neo4j_username, settings.neo4j_password.get_secret_value()


def driver(settings: Settings | None = None) -> Driver:
    """A connected synchronous driver (for the CLI); raises GraphUnavailable with the reason."""
    settings = settings or get_settings()
    result = GraphDatabase.driver(settings.neo4j_uri, auth=_auth(settings), **driver_options(settings))
    try:
        result.verify_connectivity()
    except (ServiceUnavailable, AuthError, OSError) as error:
        result.close()
        raise unavailable(settings, error) from error
    return result


async def async_driver(settings: Settings | None = None) -> AsyncDriver:
    """A connected async driver (for the worker); raises GraphUnavailable with the reason."""
    settings = settings or get_settings()
    result = AsyncGraphDatabase.driver(settings.neo4j_uri, auth=_auth(settings), **driver_options(settings))
    try:
        await result.verify_connectivity()
    except (ServiceUnavailable, AuthError, OSError) as error:
        await result.close()
        raise unavailable(settings, error) from error
    return result


def unavailable(settings: Settings, error: Exception) -> GraphUnavailable:
    """A one-line explanation that never contains the password."""
    if isinstance(error, AuthError):
        read = [str(path.resolve()) for path in env_files() if path.is_file()]
        where = (
            f"the password from {' and '.join(read)}" if read else "no .env found here or in CHRONICLE_HOME"
        )
        reason = f"login refused ({where}; `chronicle stack env` in the project folder writes the right one)"
    else:
        reason = "not reachable (is it running? `chronicle stack up`)"
    return GraphUnavailable(f"Neo4j at {settings.neo4j_uri}: {reason}")
