"""What the commands share: one-line errors, the Neo4j driver, the NATS broker, date options."""

import calendar
import signal
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager, contextmanager, suppress
from datetime import date
from functools import wraps
from typing import Annotated, Any, NoReturn, TypeVar

import anyio
import typer
from faststream.nats import NatsBroker
from nats.errors import AuthorizationError, ConnectionClosedError
from neo4j import Driver
from neo4j.exceptions import Neo4jError
from rich.markup import escape

from chronicle.cli.render import Format, error_console
from chronicle.consumers.broker import make_broker
from chronicle.consumers.errors import QueueUnavailable
from chronicle.errors import ChronicleError
from chronicle.graph.connection import driver as open_driver
from chronicle.graph.errors import QueryTimeout
from chronicle.settings import get_settings

__all__ = [
    "FormatOption",
    "LimitOption",
    "SinceOption",
    "UntilOption",
    "deadline",
    "fail",
    "graph",
    "nats",
    "one_line_errors",
    "parse_day",
]

F = TypeVar("F", bound=Callable[..., Any])

FormatOption = Annotated[Format, typer.Option("--format", "-f", help="table, json, csv or markdown.")]


def parse_day(value: str, option: str, last: bool) -> date:
    """YYYY, YYYY-MM or YYYY-MM-DD; a year or month starts (--since) or ends (--until) its period."""
    parts = value.strip().split("-")
    try:
        numbers = [int(part) for part in parts] if all(p.isdigit() for p in parts) else []
        if len(numbers) == 3:
            return date(*numbers)
        if len(numbers) == 2:
            end = calendar.monthrange(numbers[0], numbers[1])[1] if 1 <= numbers[1] <= 12 else 0
            return date(numbers[0], numbers[1], end if last else 1)
        if len(numbers) == 1:
            return date(numbers[0], 12, 31) if last else date(numbers[0], 1, 1)
    except ValueError:
        pass
    raise _usage(f"{option} {value!r} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD")


def _usage(message: str) -> typer.Exit:
    """One red line now, and the exit (code 2, a usage error) for the caller to raise."""
    error_console.print(f"[red]Error:[/red] {escape(message)}", highlight=False, soft_wrap=True)
    return typer.Exit(2)


MAX_LIMIT = 1_000_000
"""The largest --limit (Neo4j's integers stop at 2**63 - 1, and no table of a million rows is read)."""


def _at_least_one(value: int) -> int:
    if value < 1:
        raise _usage(f"--limit must be at least 1 (got {value})")
    if value > MAX_LIMIT:
        raise _usage(f"--limit must be at most {MAX_LIMIT:,} (got {value:,})")
    return value


SinceOption = Annotated[
    date | None,
    typer.Option(
        parser=lambda value: parse_day(value, "--since", last=False),
        metavar="DATE",
        help="Only facts on or after this date (YYYY-MM-DD; a year or month means its first day).",
    ),
]
UntilOption = Annotated[
    date | None,
    typer.Option(
        parser=lambda value: parse_day(value, "--until", last=True),
        metavar="DATE",
        help="Only facts on or before this date (YYYY-MM-DD; a year or month means its last day).",
    ),
]
LimitOption = Annotated[
    int, typer.Option(callback=_at_least_one, help="At most this many rows (1 to 1,000,000).")
]


def fail(message: str, code: int = 1) -> NoReturn:
    """Print one red line and exit non-zero."""
    error_console.print(f"[red]Error:[/red] {escape(message)}", highlight=False, soft_wrap=True)
    raise typer.Exit(code)


def one_line_errors(command: F) -> F:
    """Turn the library's typed errors into one line and exit code 1, without a traceback."""

    @wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        since, until = kwargs.get("since"), kwargs.get("until")
        if isinstance(since, date) and isinstance(until, date) and since > until:
            fail(f"--since {since} is after --until {until}: nothing can lie between them", code=2)
        try:
            return command(*args, **kwargs)
        except ChronicleError as error:
            fail(str(error) or type(error).__name__)
        except OSError as error:  # the user's own files: unreadable input, unwritable output
            where = f"{error.filename}: " if error.filename else ""
            fail(f"{where}{error.strerror or error}")

    return wrapper  # type: ignore[return-value]


@contextmanager
def graph(*, timed: bool = False) -> Iterator[tuple[Driver, str]]:
    """The Neo4j driver and database name for one command; with `timed`, the whole block (connecting
    included) must finish within CHRONICLE_QUERY_TIMEOUT seconds, or QueryTimeout is raised."""
    settings = get_settings()
    with deadline(settings.chronicle_query_timeout if timed else None):
        driver = open_driver(settings)
        try:
            yield driver, settings.neo4j_database
        finally:
            driver.close()


@contextmanager
def deadline(seconds: float | None) -> Iterator[None]:
    """Raise QueryTimeout after `seconds`, also out of a socket read on a hung Neo4j (SIGALRM: the
    driver has no read timeout), and for a transaction the server stopped at its own timeout."""
    if seconds is None or threading.current_thread() is not threading.main_thread():
        yield
        return
    message = (
        f"Neo4j gave no answer within {seconds:g} s (CHRONICLE_QUERY_TIMEOUT); "
        "the query was abandoned (`chronicle stack status` shows whether Neo4j is up)"
    )

    def expire(signum: int, frame: object) -> NoReturn:
        raise QueryTimeout(message)

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    except Neo4jError as error:
        if "TransactionTimedOut" not in (error.code or ""):
            raise
        raise QueryTimeout(message) from error
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


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
        with suppress(ConnectionClosedError):  # NATS went away: nothing left to drain, and the
            await broker.stop()  # error that ended the command is the one to report
