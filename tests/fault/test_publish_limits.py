"""`chronicle publish` refuses what it cannot read or send, in one line, before sending anything;
NATS itself refuses oversized messages from other producers, so nothing is lost silently."""

import json
import socket
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from faststream.nats import NatsBroker
from nats.errors import MaxPayloadError
from nats.js.errors import APIError, NotFoundError
from typer.testing import CliRunner

from chronicle.cli.main import app as cli_app
from chronicle.consumers.contracts import INGEST_SUBJECT, STREAM_NAME
from chronicle.consumers.limits import MAX_MESSAGE_BYTES, MAX_TEXT_CHARS
from chronicle.consumers.publish import ensure_stream
from tests.fault.corpus import synthetic_articles
from tests.fault.private_stack import PrivateStack, wait_for

pytestmark = [pytest.mark.fault]

runner = CliRunner()
ACK_WAIT = 120  # the durable's ack_wait (consumers/app.py)


@pytest.fixture
def cli(fresh: PrivateStack, cli_env: PrivateStack) -> PrivateStack:
    """An empty stream, and the CLI pointed at the private stack."""
    return fresh


def _queued(stack: PrivateStack) -> int:
    """Messages on articles.ingest (0 when the stream does not exist yet)."""

    async def count(broker: NatsBroker) -> int:
        try:
            info = await broker.connection.jetstream().stream_info(
                STREAM_NAME, subjects_filter=INGEST_SUBJECT
            )
        except NotFoundError:
            return 0
        return (info.state.subjects or {}).get(INGEST_SUBJECT, 0)

    return stack.nats(count)


def _jsonl(path: Path, records: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    return path


def _records(count: int) -> list[dict[str, object]]:
    return [m.model_dump(mode="json", exclude_none=True) for m in synthetic_articles(count, tag="cli")]


@pytest.fixture
def unix_socket(tmp_path: Path) -> Iterator[Path]:
    """A path that exists but cannot be opened, even by root (open() fails with ENXIO)."""
    path = tmp_path / "socket.json"
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(path))
        yield path


def test_publish_reports_how_many_it_sent(cli: PrivateStack, tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "three.jsonl", _records(3))
    first = runner.invoke(cli_app, ["publish", str(path)])
    assert first.exit_code == 0, first.output
    said = " ".join(first.output.split())  # rich wraps at the terminal width
    waiting = "No worker is attached: they wait in the queue until one runs"  # no worker on this stack
    assert said.startswith("Published 3 articles to articles.ingest No worker") and waiting in said
    again = runner.invoke(cli_app, ["publish", str(path)])
    assert again.exit_code == 0
    said = " ".join(again.output.split())
    assert said.startswith(
        "Published 3 articles to articles.ingest (3 already in the queue's dedup window, dropped)"
    )
    assert _queued(cli) == 3


BAD_FILES: dict[str, tuple[bytes | None, str]] = {
    "missing.json": (None, "no such file or directory"),
    "latin1.txt": ("Caf\u00e9 in Par\u00eds".encode("latin-1"), "not UTF-8 text"),
    "broken.json": (b'{"text": "no end', "invalid JSON"),
    "list-of-numbers.json": (b"[1, 2]", "expected a JSON object"),
    "no-body.json": (b'{"title": "only a title"}', "article has no 'text' or 'html'"),
    "empty.txt": (b"   \n", "empty text"),
    "report.pdf": (b"%PDF-1.4", "unsupported extension .pdf"),
}


@pytest.mark.parametrize("name", list(BAD_FILES))
def test_publish_rejects_unreadable_files_in_one_line(cli: PrivateStack, tmp_path: Path, name: str) -> None:
    content, phrase = BAD_FILES[name]
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    good = _jsonl(tmp_path / "good.jsonl", _records(2))
    result = runner.invoke(cli_app, ["publish", str(good), str(path)])
    assert result.exit_code == 1
    said = " ".join(result.output.split())  # one message, however rich wraps it
    assert said.startswith(f"Error: {path}") and phrase in said
    assert _queued(cli) == 0  # the good file named before it was not sent either


def test_publish_rejects_a_file_it_cannot_open(cli: PrivateStack, unix_socket: Path) -> None:
    result = runner.invoke(cli_app, ["publish", str(unix_socket)])
    assert result.exit_code == 1
    assert " ".join(result.output.split()).startswith(f"Error: {unix_socket}: No such device or address")
    assert _queued(cli) == 0


def test_publish_refuses_a_20mb_article_and_sends_nothing(cli: PrivateStack, tmp_path: Path) -> None:
    huge = {"title": "Huge", "text": "The council met again. " * 900_000}  # 20.7 MB (stripped: -1)
    path = _jsonl(tmp_path / "batch.jsonl", [*_records(2), huge])
    result = runner.invoke(cli_app, ["publish", str(path)])
    assert result.exit_code == 1
    assert f"'Huge': 20699999 characters of text > {MAX_TEXT_CHARS} (split it)" in " ".join(
        result.output.split()
    )
    assert _queued(cli) == 0


def test_publish_refuses_a_message_over_the_byte_limit(cli: PrivateStack, tmp_path: Path) -> None:
    html = "<p>" + "Budget talks went on. " * 60_000 + "</p>"  # 1.3 MB of HTML, little text
    path = _jsonl(tmp_path / "page.jsonl", [{"title": "Big page", "html": html}])
    result = runner.invoke(cli_app, ["publish", str(path)])
    assert result.exit_code == 1
    assert f"bytes > {MAX_MESSAGE_BYTES}" in " ".join(result.output.split())
    assert _queued(cli) == 0


def test_nats_refuses_oversized_messages_from_other_producers(fresh: PrivateStack) -> None:
    def publish(body: bytes) -> Exception | None:
        async def run(broker: NatsBroker) -> Exception | None:
            await ensure_stream(broker)
            try:
                await broker.connection.jetstream().publish(INGEST_SUBJECT, body, stream=STREAM_NAME)
            except (MaxPayloadError, APIError) as error:
                return error
            return None

        return fresh.nats(run)

    assert isinstance(publish(b"x" * 20_000_000), MaxPayloadError)  # the client refuses (server max_payload)
    over_stream = publish(b"x" * (MAX_MESSAGE_BYTES + 20_000))  # under max_payload, over the stream's limit
    assert isinstance(over_stream, APIError) and "message size exceeds maximum" in str(over_stream)
    assert publish(b'{"text": "fits"}') is None
    assert _queued(fresh) == 1


def test_article_at_the_text_limit_is_written_well_inside_ack_wait(fresh: PrivateStack) -> None:
    texts = [m.text or "" for m in synthetic_articles(600, tag="long")]
    text = "\n\n".join(texts)[: MAX_TEXT_CHARS - 200].rsplit(". ", 1)[0] + "."
    assert MAX_TEXT_CHARS - 1000 < len(text) <= MAX_TEXT_CHARS
    long = synthetic_articles(1, tag="long-one")[0].model_copy(update={"text": text})
    fresh.start_worker("long")
    fresh.wait_attached()
    began = time.monotonic()
    fresh.publish([long])
    wait_for(lambda: fresh.article_count() == 1, timeout=ACK_WAIT, what="the longest accepted article")
    seconds = time.monotonic() - began
    print(f"\narticle of {len(text):,} characters extracted and written in {seconds:.1f}s")
    assert seconds < ACK_WAIT / 2
    assert fresh.scalar("MATCH (:Article)-[m:MENTIONS]->() RETURN count(m) AS value") > 20
