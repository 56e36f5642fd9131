"""`chronicle dlq list | show SEQ | retry SEQ|--all`: the refused messages on `articles.dead`."""

import sys
from collections.abc import Awaitable, Callable
from typing import Annotated, TypeVar

import anyio
import typer
from faststream.nats import NatsBroker

from chronicle.cli.common import FormatOption, fail, nats, one_line_errors
from chronicle.cli.render import Format, console, render_rows
from chronicle.consumers.deadletter import (
    DeadLetterEntry,
    DeadLetterNotFound,
    PayloadGone,
    get_dead_letter,
    list_dead_letters,
    retry_all_dead_letters,
    retry_dead_letter,
)

__all__ = ["app"]

T = TypeVar("T")

app = typer.Typer(
    help="Inspect and retry the messages the worker refused (dead letters on articles.dead).",
    no_args_is_help=True,
)

Seq = Annotated[int, typer.Argument(help="The dead letter's stream sequence number (from `dlq list`).")]
_PREVIEW = 80


def _run(action: Callable[[NatsBroker], Awaitable[T]]) -> T:
    """Run `action` with a connected broker; a missing dead letter is one red line."""

    async def run() -> T:
        async with nats() as broker:
            return await action(broker)

    try:
        return anyio.run(run)
    except (DeadLetterNotFound, PayloadGone) as error:
        fail(str(error))


def _preview(payload: bytes | None, width: int = _PREVIEW) -> str:
    """The payload's start as one line of text (undecodable bytes shown as �)."""
    if payload is None:
        return "(payload no longer in the stream)"
    text = payload[: width * 4].decode("utf-8", errors="replace")
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _row(entry: DeadLetterEntry) -> dict[str, object]:
    letter = entry.letter
    return {
        "seq": entry.seq,
        "failed_at": letter.failed_at.strftime("%Y-%m-%d %H:%M:%S"),
        "error_type": letter.error_type,
        "reason": letter.reason,
        "bytes": len(entry.payload) if entry.payload is not None else None,
        "article_id": letter.headers.get("Chronicle-Article-Id"),
        "payload": _preview(entry.payload),
    }


@app.command("list")
@one_line_errors
def list_(
    limit: Annotated[int, typer.Option(help="At most this many, oldest first.")] = 100,
    fmt: FormatOption = Format.table,
) -> None:
    """List dead letters, oldest first: sequence, when, why, size and the start of the payload.

    Example: chronicle dlq list
    """
    entries = _run(lambda broker: list_dead_letters(broker, limit=limit))
    if not entries and fmt is Format.table:
        console.print("No dead letters.")
        return
    rows = [_row(entry) for entry in entries]
    columns = ["seq", "failed_at", "error_type", "reason", "bytes", "payload"]
    render_rows(rows, fmt, columns=columns, title=f"{len(rows)} dead letter(s) on articles.dead")


@app.command()
@one_line_errors
def show(
    seq: Seq,
    raw: Annotated[
        bool, typer.Option("--raw", help="Write only the original payload bytes to stdout.")
    ] = False,
    fmt: FormatOption = Format.table,
) -> None:
    """Show one dead letter: why it was refused, its headers and the original payload.

    Example: chronicle dlq show 42
    """
    entry = _run(lambda broker: get_dead_letter(broker, seq))
    if raw:
        if entry.payload is None:
            fail(f"dead letter {seq}: the original payload is no longer in the stream")
        sys.stdout.buffer.write(entry.payload)
        sys.stdout.flush()
        return
    if fmt is not Format.table:
        row = _row(entry) | {"headers": entry.letter.headers, "original_seq": entry.letter.original_seq}
        row["payload"] = None if entry.payload is None else entry.payload.decode("utf-8", errors="replace")
        render_rows([row], fmt)
        return
    letter = entry.letter
    console.print(
        f"[bold]Dead letter {seq}[/bold] ({letter.error_type}) at {letter.failed_at:%Y-%m-%d %H:%M:%S}"
    )
    console.print(f"reason:  {letter.reason}", highlight=False, markup=False)
    console.print(f"subject: {letter.subject}   original seq: {letter.original_seq or '-'}", highlight=False)
    for key, value in sorted(letter.headers.items()):
        console.print(f"header:  {key}: {value}", highlight=False, markup=False)
    if entry.payload is None:
        console.print("payload: (no longer in the stream)")
        return
    text = entry.payload.decode("utf-8", errors="replace")
    shown = text[:2000] + (f"\n… ({len(text) - 2000:,} more characters)" if len(text) > 2000 else "")
    console.print(f"payload: {len(entry.payload):,} bytes (`--raw` writes them out)", highlight=False)
    console.print(shown, highlight=False, markup=False)


@app.command()
@one_line_errors
def retry(
    seq: Annotated[int | None, typer.Argument(help="The dead letter to retry (see `dlq list`).")] = None,
    all_: Annotated[bool, typer.Option("--all", help="Retry every dead letter.")] = False,
) -> None:
    """Publish a dead letter's original payload to articles.ingest again, and remove the letter.

    Use it after fixing what refused it (a new extractor, a Neo4j constraint). A message that is
    refused again comes back as a new dead letter.

    Example: chronicle dlq retry 42
    """
    if (seq is None) == (not all_):
        fail("give a sequence number or --all (not both)")
    if all_:
        retried = _run(retry_all_dead_letters)
        console.print(f"Retried {len(retried)} dead letter(s)" + (": " if retried else "."), end="")
        console.print(", ".join(f"{old} -> {new}" for old, new in retried), highlight=False)
        return
    assert seq is not None
    new = _run(lambda broker: retry_dead_letter(broker, seq))
    console.print(f"Retried dead letter {seq}: published again as message {new} on articles.ingest")
