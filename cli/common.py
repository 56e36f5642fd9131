"""What the commands share: one-line errors, the Neo4j driver, the NATS broker, date options."""

from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager, contextmanager
from datetime import date
from functools import wraps
from typing import Annotated, Any, NoReturn, TypeVar

import anyio
import typer
from faststream.nats import NatsBroker
from nats.errors import AuthorizationError
from neo4j import Driver
from rich.markup import escape

from chronicle.cli.render import Format, error_console
from chronicle.consumers.broker import make_broker
from chronicle.consumers.errors import QueueUnavailable
from chronicle.errors import ChronicleError
from chronicle.graph.connection import driver as open_driver
from chronicle.settings import get_settings

__all__ = [
    "FormatOption",
    "SinceOption",
    "UntilOption",
    "fail",
    "graph",
    "nats",
    "one_line_errors",
]

F = TypeVar("F", bound=Callable[..., Any])

FormatOption = Annotated[Format, typer.Option("--format", "-f", help="table, json, csv or markdown.")]
SinceOption = Annotated[
    date | None, typer.Option(formats=["%Y-%m-%d"], help="Only facts on or after this date (YYYY-MM-DD).")
]
UntilOption = Annotated[
    date | None, typer.Option(formats=["%Y-%m-%d"], help="Only facts on or before this date (YYYY-MM-DD).")
]


def fail(message: str, code: int = 1) -> NoReturn:
    """Print one red line and exit non-zero."""
    error_console.print(f"[red]Error:[/red] {escape(message)}", highlight=False, soft_wrap=True)
    raise typer.Exit(code)


def one_line_errors(command: F) -> F:
    """Turn the library's typed errors into one line and exit code 1, without a traceback."""

    @wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except ChronicleError as error:
            fail(str(error) or type(error).__name__)
        except OSError as error:  # the user's own files: unreadable input, unwritable output
            where = f"{error.filename}: " if error.filename else ""
            fail(f"{where}{error.strerror or error}")

    return wrapper  # type: ignore[return-value]


@contextmanager
def graph() -> Iterator[tuple[Driver, str]]:
    """The Neo4j driver and database name for one command."""
    settings = get_settings()
    driver = open_driver(settings)
    try:
        yield driver, settings.neo4j_database
    finally:
        driver.close()


@asynccontextmanager
async def nats() -> AsyncIterator[NatsBroker]:
    """A connected NATS broker for one command."""
    settings = get_settings()
    errors: list[Exception] = []

    async def remember(error: Exception) -> None:
        errors.append(error)

    broker = make_broker(settings, connect_timeout=3, max_reconnect_attempts=1, error_cb=remember)
    try:
        with anyio.fail_after(5):  # nats-py keeps retrying when no server answers
            await broker.connect()
    except Exception as error:
        if any(
            isinstance(e, AuthorizationError) or "authorization" in str(e).lower() for e in [error, *errors]
        ):
            reason = "refused the login (check NATS_USER/NATS_PASSWORD or NATS_TOKEN)"
        else:
            reason = "is not reachable (`chronicle stack up`)"
        raise QueueUnavailable(f"NATS at {settings.nats_url} {reason}") from error
    try:
        yield broker
    finally:
        await broker.stop()
