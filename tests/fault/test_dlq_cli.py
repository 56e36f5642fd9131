"""`chronicle dlq list | show | retry` on real dead letters made by a real worker."""

import base64
import json
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from faststream.nats import NatsBroker
from typer.testing import CliRunner

from chronicle.cli.main import app as cli_app
from chronicle.consumers.contracts import DEAD_SUBJECT, STREAM_NAME, DeadLetter
from chronicle.consumers.deadletter import DeadLetterEntry, list_dead_letters
from chronicle.consumers.publish import ensure_stream
from tests.fault.corpus import synthetic_articles
from tests.fault.private_stack import PrivateStack, wait_for

pytestmark = [pytest.mark.fault]

runner = CliRunner()
BAD = [b'{"text": "unterminated', b"\xff\xfe binary \x00\x01", b"[1, 2, 3]"]


def _letters(stack: PrivateStack) -> list[DeadLetterEntry]:
    return stack.nats(lambda broker: list_dead_letters(broker, limit=1000))


@pytest.fixture
def dead(fresh: PrivateStack, cli_env: PrivateStack) -> Iterator[PrivateStack]:
    """A worker that has dead-lettered the BAD messages; the CLI pointed at the stack."""
    fresh.start_worker("dlq")
    fresh.wait_attached()
    fresh.publish_raw(BAD)
    wait_for(lambda: len(_letters(fresh)) == len(BAD), timeout=120, what="the dead letters")
    yield fresh


def test_dlq_list_shows_each_letter_with_its_reason(dead: PrivateStack) -> None:
    result = runner.invoke(cli_app, ["dlq", "list", "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert [row["error_type"] for row in rows] == ["InvalidPayload"] * 3
    assert [row["bytes"] for row in rows] == [len(body) for body in BAD]
    assert "invalid JSON" in rows[0]["reason"] and "not UTF-8" in rows[1]["reason"]
    assert "expected a JSON object" in rows[2]["reason"]
    table = runner.invoke(cli_app, ["dlq", "list"])
    assert "3 dead letter(s)" in table.output


def test_dlq_show_gives_reason_and_the_exact_payload(dead: PrivateStack) -> None:
    letter = _letters(dead)[1]
    shown = runner.invoke(cli_app, ["dlq", "show", str(letter.seq)])
    assert shown.exit_code == 0
    assert "not UTF-8" in shown.output and f"{len(BAD[1])} bytes" in shown.output
    raw = runner.invoke(cli_app, ["dlq", "show", str(letter.seq), "--raw"])
    assert raw.exit_code == 0 and raw.stdout_bytes == BAD[1]


def test_dlq_show_unknown_sequence_is_one_line(dead: PrivateStack) -> None:
    result = runner.invoke(cli_app, ["dlq", "show", "999999"])
    assert result.exit_code == 1
    assert (
        result.output.strip() == "Error: no dead letter at sequence 999999 (`chronicle dlq list` shows them)"
    )


def test_dlq_retry_sends_the_payload_again(dead: PrivateStack) -> None:
    before = _letters(dead)
    result = runner.invoke(cli_app, ["dlq", "retry", str(before[0].seq)])
    assert result.exit_code == 0, result.output
    # Still invalid: the worker refuses it again, as a new letter with the same payload.
    wait_for(
        lambda: before[0].seq not in {e.seq for e in _letters(dead)} and len(_letters(dead)) == 3, timeout=60
    )
    after = _letters(dead)
    assert sorted(e.payload for e in after) == sorted(BAD)
    again = next(e for e in after if e.payload == BAD[0])
    assert again.letter.headers.get("Chronicle-Retry-Of") == str(before[0].seq)


def test_dlq_retry_all_puts_a_fixed_article_into_the_graph(dead: PrivateStack) -> None:
    # A letter whose payload is a good article (as one refused by an older limit or a bug now fixed).
    article = synthetic_articles(1, tag="dlq")[0].model_copy(update={"id": "dlq-fixed-1"})
    body = article.model_dump_json(exclude_none=True).encode()

    async def plant(broker: NatsBroker) -> None:
        await ensure_stream(broker)
        letter = DeadLetter(
            reason="extraction failed 5 times: RuntimeError: bug",
            error_type="ExtractionFailed",
            failed_at=datetime.now(UTC),
            payload_b64=base64.b64encode(body).decode(),
            headers={"Chronicle-Article-Id": "dlq-fixed-1"},
        )
        await broker.publish(letter.model_dump_json(), DEAD_SUBJECT, stream=STREAM_NAME)

    dead.nats(plant)
    assert len(_letters(dead)) == 4
    result = runner.invoke(cli_app, ["dlq", "retry", "--all"])
    assert result.exit_code == 0, result.output
    assert "Retried 4 dead letter(s)" in result.output
    wait_for(lambda: dead.article_count() == 1, timeout=120, what="the fixed article in the graph")
    wait_for(lambda: len(_letters(dead)) == 3, timeout=60, what="the three bad ones refused again")
    assert dead.query("MATCH (a:Article) RETURN a.id AS id") == [{"id": "dlq-fixed-1"}]
