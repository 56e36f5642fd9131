"""`chronicle stack up|down|status|reset|env`: run Neo4j and NATS on this machine, no Docker needed."""

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from chronicle.settings import load_settings
from chronicle.stack import control
from chronicle.stack.envfile import mask
from chronicle.stack.errors import StackError, StartFailed

__all__ = ["app"]

app = typer.Typer(
    help="Start, stop and inspect the local Neo4j and NATS (loopback only, cached outside the repo).",
    no_args_is_help=True,
)
console = Console()
err_console = Console(stderr=True)
ENV_PATH = Path(".env")


@contextmanager
def _errors_as_exit() -> Iterator[None]:
    """Turn a stack error into one red line (plus a log excerpt for crashes) and exit code 1."""
    try:
        yield
    except StackError as exc:
        first, _, rest = str(exc).partition("\n")
        err_console.print(f"[bold red]Error:[/] {first}", highlight=False, soft_wrap=True)
        if rest and isinstance(exc, StartFailed):
            err_console.print(rest, style="dim", highlight=False, markup=False)
        raise typer.Exit(1) from None


def _progress(message: str) -> None:
    console.print(f"[dim]·[/] {message}", highlight=False)


def _table(rows: list[control.ServiceStatus]) -> Table:
    table = Table(title="Chronicle stack", title_justify="left")
    notes = any(row.note for row in rows)
    for column in ("service", "state", "pid", "address", "version"):
        table.add_column(column, no_wrap=True)
    if notes:
        table.add_column("note")
    for row in rows:
        state = "[green]running[/]" if row.running else "[red]down[/]"
        cells = [row.name, state, str(row.pid or "-"), row.address, row.version or "-"]
        table.add_row(*cells, *([row.note] if notes else []))
    return table


@app.command()
def up(
    timeout: float = typer.Option(180.0, help="Seconds to wait for both services to answer."),
    nats_cluster: int | None = typer.Option(
        None,
        "--nats-cluster",
        min=1,
        help="Run NATS as a JetStream cluster of N (>= 3) servers on loopback, the stream on 3 of them; "
        "1 goes back to one server. Default: what this CHRONICLE_HOME ran last.",
    ),
) -> None:
    """Install Neo4j on first use, start Neo4j and NATS (JetStream), wait until both answer.

    Writes NEO4J_* and NATS_URL to ./.env (mode 600), generating the Neo4j password once; with
    --nats-cluster, NATS_URL lists every server so clients fail over. Running it again when
    everything is up only checks the services.

    Example: chronicle stack up --nats-cluster 3
    """
    settings = load_settings()
    with _errors_as_exit():
        rows = control.up(
            settings, ENV_PATH, timeout=timeout, progress=_progress, nats_cluster_size=nats_cluster
        )
    console.print(_table(rows))
    password = load_settings().neo4j_password.get_secret_value()
    console.print(
        f"Neo4j user [bold]{settings.neo4j_username}[/], password [bold]{mask(password)}[/] "
        f"(in {ENV_PATH.resolve()})",
        highlight=False,
    )
    if not all(row.running for row in rows):
        raise typer.Exit(1)


@app.command()
def down() -> None:
    """Stop Neo4j and NATS (SIGTERM, then SIGKILL after a timeout). Data is kept.

    Example: chronicle stack down
    """
    with _errors_as_exit():
        stopped = control.down(load_settings(), progress=_progress)
    for name, pid in stopped:
        console.print(f"{name}: {'stopped (pid ' + str(pid) + ')' if pid else 'was not running'}")


@app.command()
def status() -> None:
    """Show each service (running, pid, address, version); exit 1 unless all are up.

    Example: chronicle stack status
    """
    with _errors_as_exit():
        rows = control.status(load_settings())
    console.print(_table(rows))
    if not all(row.running for row in rows):
        raise typer.Exit(1)


@app.command()
def reset(
    nats: bool = typer.Option(False, "--nats", help="Also wipe the JetStream store (the queue)."),
    yes: bool = typer.Option(False, "--yes", "-y", help="Do not ask for confirmation."),
) -> None:
    """Stop the services and wipe the cached Neo4j data (the downloaded jars are kept).

    Use it when the data was created with a password you no longer have; the next
    `chronicle stack up` creates an empty database with the password in .env.

    Example: chronicle stack reset --yes
    """
    settings = load_settings()
    what = "the Neo4j data" + (" and the JetStream store" if nats else "")
    if not yes:
        typer.confirm(f"Wipe {what} under {settings.chronicle_home}?", abort=True)
    with _errors_as_exit():
        removed = control.reset(settings, nats=nats, progress=_progress)
    for path in removed:
        console.print(f"Removed {path}", highlight=False)
    if not removed:
        console.print("Nothing to remove.")


@app.command()
def env() -> None:
    """Write NEO4J_* and NATS_URL to ./.env (mode 600) without starting anything.

    Handy before `docker compose up -d`, which reads NEO4J_PASSWORD from .env.

    Example: chronicle stack env
    """
    with _errors_as_exit():
        settings, added = control.ensure_env(load_settings(), ENV_PATH)
    password = settings.neo4j_password.get_secret_value()
    keys = ", ".join(added) if added else "nothing (all keys present)"
    console.print(f"Added {keys} to {ENV_PATH.resolve()}; password {mask(password)}")
