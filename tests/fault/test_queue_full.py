"""A full queue says so: `chronicle publish` stops at the first article NATS has no room for and says how
many were stored and why it stopped (issue 11). Before, the stream had no size limit, and a full store
made `publish` retry for a minute and end with `nats: timeout`, no word about disk, no count.
"""

import json
from pathlib import Path

import pytest
from faststream.nats import NatsBroker
from typer.testing import CliRunner

from chronicle.cli.main import app as cli_app
from chronicle.consumers.contracts import STREAM_NAME
from chronicle.settings import get_settings
from tests.fault.corpus import synthetic_articles
from tests.fault.private_stack import PrivateStack

pytestmark = [pytest.mark.fault]

ARTICLES = 30
LIMIT = 12_000  # bytes: room for a dozen of these articles


async def held(broker: NatsBroker) -> int:
    return (await broker.connection.jetstream().stream_info(STREAM_NAME)).state.messages


def test_publish_into_a_full_stream_says_how_many_were_stored(
    cli_env: PrivateStack, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    stack = cli_env
    stack.reset_data()
    monkeypatch.setenv("CHRONICLE_STREAM_MAX_BYTES", str(LIMIT))
    get_settings.cache_clear()
    path = tmp_path / "articles.jsonl"
    lines = [m.model_dump_json(exclude_none=True) for m in synthetic_articles(ARTICLES, tag="full-queue")]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    try:
        result = CliRunner().invoke(cli_app, ["publish", str(path)])
        stored = stack.nats(held)
    finally:
        stack.reset_data()  # no later test may find the tiny stream
    assert result.exit_code == 1, result.output
    output = " ".join(result.output.split())
    assert "the queue is full:" in output and f"of {ARTICLES} articles stored, then NATS refused" in output
    assert "maximum bytes exceeded" in output and "kB allowed" in output
    assert 0 < stored < ARTICLES
    assert f"{stored} of {ARTICLES} articles stored" in output
    assert json.loads(lines[0])  # the articles themselves were fine
