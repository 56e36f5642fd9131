"""NATS killed while `chronicle publish` sends a long file: one line saying how many were stored, no
traceback (issue 11: it used to end in a nats-py traceback with no count).
"""

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from faststream.nats import NatsBroker
from nats.js.errors import NotFoundError

from chronicle.consumers.contracts import STREAM_NAME
from chronicle.stack import nats_server
from chronicle.stack.processes import is_running, running_pid
from tests.fault.corpus import synthetic_articles
from tests.fault.private_stack import PrivateStack, wait_for

pytestmark = [pytest.mark.fault]

ARTICLES = 3000


def _stored(stack: PrivateStack) -> int:
    async def count(broker: NatsBroker) -> int:
        try:
            return (await broker.connection.jetstream().stream_info(STREAM_NAME)).state.messages
        except NotFoundError:
            return 0

    try:
        return stack.nats(count)
    except Exception:  # NATS is gone
        return -1


def test_publish_says_how_many_were_stored_when_nats_dies(fresh: PrivateStack, tmp_path: Path) -> None:
    path = tmp_path / "many.jsonl"
    lines = [m.model_dump_json(exclude_none=True) for m in synthetic_articles(ARTICLES, tag="nats-dies")]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    publish = subprocess.Popen(
        [sys.executable, "-m", "chronicle", "publish", str(path)],
        env=fresh.env(COLUMNS="400"),
        cwd=fresh.home,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        wait_for(lambda: _stored(fresh) >= 50, timeout=180, interval=0.2, what="50 articles stored")
        marker = nats_server.process_marker(fresh.paths)
        pid = running_pid(fresh.paths.nats_pid, marker)
        assert pid is not None
        os.kill(pid, signal.SIGKILL)
        wait_for(lambda: not is_running(pid, marker), timeout=30, interval=0.1, what="NATS to die")
        out, err = publish.communicate(timeout=180)
    finally:
        if publish.poll() is None:
            publish.kill()
        fresh.start_services()  # NATS back for the next tests
    assert publish.returncode == 1, (out, err)
    assert "Traceback" not in err, err
    # the failover's "retrying" warnings come first; the error is one line at the end
    said = " ".join(err[err.index("Error: ") :].split())
    assert said.startswith("Error: NATS stopped answering"), said
    assert f"of {ARTICLES} articles were stored; the rest were not sent" in said
    stored = int(said.split(" after ")[1].split(" of ")[0])
    assert 50 <= stored < ARTICLES
