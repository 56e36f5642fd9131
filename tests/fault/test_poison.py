"""Poison messages are settled one by one, never as a batch: each ends on `articles.dead`, and the good
articles around them (in the same pulls and the same batches) are all written.

Each poison kind once made Python raise something other than the payload errors the worker expected
(UnicodeEncodeError, RecursionError) or stored what Neo4j and every reader should never see (NUL
bytes), and the whole batch stayed unacknowledged, redelivered together forever (issue 11).
"""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from chronicle.cli.main import app as cli_app
from chronicle.consumers.deadletter import DeadLetterEntry, list_dead_letters
from chronicle.consumers.publish import message_id
from tests.fault.corpus import synthetic_articles
from tests.fault.private_stack import PrivateStack, wait_for

pytestmark = [pytest.mark.fault]

_TEXT = "Mayor Ivo Brandt said on Monday that the new bridge in Zagreb would open in May."
_DEEP = 10_000


def _raw(fields: str) -> bytes:
    """A JSON object written by hand, so escapes like \\ud800 (a lone surrogate) reach the worker."""
    return ("{" + fields + "}").encode()


# name -> (raw message body, a phrase the dead letter's reason must contain)
POISON: dict[str, tuple[bytes, str]] = {
    "surrogate_in_text_no_id": (_raw(f'"text": "{_TEXT} \\ud800 here"'), "text holds a lone surrogate"),
    "surrogate_in_title": (
        _raw(f'"id": "p-title", "title": "Bridge \\udc00", "text": "{_TEXT}"'),
        "title holds",
    ),
    "surrogate_in_id": (_raw(f'"id": "p-\\ud83d", "text": "{_TEXT}"'), "id holds a lone surrogate"),
    "deep_json": (
        _raw(f'"text": "{_TEXT}", "extra": ' + "[" * _DEEP + "]" * _DEEP),
        "nested too deeply",
    ),
    "nul_in_id": (_raw(f'"id": "p-\\u0000-id", "text": "{_TEXT}"'), "id holds a NUL byte"),
    "nul_in_title": (
        _raw(f'"id": "p-nul-title", "title": "A\\u0000B", "text": "{_TEXT}"'),
        "title holds a NUL",
    ),
    "nul_in_source": (
        _raw(f'"id": "p-nul-source", "source": "\\u0000", "text": "{_TEXT}"'),
        "source holds a NUL",
    ),
    "year_one": (
        _raw(f'"id": "p-year-1", "published_at": "0001-01-01", "text": "{_TEXT}"'),
        "lies before 1800",
    ),
}
GOOD = 48


def test_each_poison_is_dead_lettered_and_every_good_article_written(fresh: PrivateStack) -> None:
    good = synthetic_articles(GOOD, tag="poison")
    fresh.publish(good[: GOOD // 2])
    sequences = dict(zip(POISON, fresh.publish_raw([body for body, _ in POISON.values()]), strict=True))
    fresh.publish(good[GOOD // 2 :])
    # The worker starts on a full backlog, so poison and good articles share pulls and batches.
    worker = fresh.start_worker("poison", CHRONICLE_WORKER_BATCH="16")
    wait_for(lambda: fresh.article_count() == GOOD, timeout=240, what=f"{GOOD} good articles")

    def letters() -> dict[int, DeadLetterEntry]:
        found = fresh.nats(lambda broker: list_dead_letters(broker, limit=1000))
        return {entry.letter.original_seq: entry for entry in found} if len(found) >= len(POISON) else {}

    found = wait_for(letters, timeout=60, what=f"{len(POISON)} dead letters")
    assert sorted(found) == sorted(sequences.values())
    for name, (body, phrase) in POISON.items():
        entry = found[sequences[name]]
        assert phrase in entry.letter.reason, (name, entry.letter.reason)
        assert entry.letter.error_type == "InvalidPayload"
        assert entry.payload == body
    ids = {row["id"] for row in fresh.query("MATCH (a:Article) RETURN a.id AS id")}
    assert ids == {message_id(message) for message in good}
    wait_for(
        lambda: (i := fresh.consumer()).num_ack_pending == 0 and i.num_pending == 0 and i,
        timeout=30,
        what="every message settled",
    )
    assert worker.alive()
    assert "Traceback" not in worker.log_text()


def test_publish_refuses_poison_fields(cli_env: PrivateStack, tmp_path: Path) -> None:
    cases = {
        "nul.json": ({"id": "a\u0000b", "text": _TEXT}, "id holds a NUL byte"),
        "year.json": ({"title": "Old", "published_at": "0001-01-01", "text": _TEXT}, "lies before 1800"),
    }
    for name, (fields, phrase) in cases.items():
        path = tmp_path / name
        path.write_text(json.dumps(fields), encoding="utf-8")
        result = CliRunner().invoke(cli_app, ["publish", str(path)])
        assert result.exit_code == 1, result.output
        assert phrase in result.output
        assert "Traceback" not in result.output
