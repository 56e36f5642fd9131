"""Is a worker attached to the durable consumer? If not, `chronicle ingest` starts one for itself."""

import subprocess
import sys
from pathlib import Path

from faststream.nats import NatsBroker
from nats.js.errors import NotFoundError

from chronicle.consumers.contracts import DURABLE_NAME, STREAM_NAME

__all__ = ["spawn_worker", "worker_attached"]


async def worker_attached(broker: NatsBroker) -> bool:
    """True when some worker is waiting on the durable (open pull requests) or busy with a batch it
    pulled (messages it has not acknowledged yet): a busy worker has no pull request open."""
    try:
        info = await broker.connection.jetstream().consumer_info(STREAM_NAME, DURABLE_NAME)
    except NotFoundError:
        return False
    return bool(info.num_waiting or info.num_ack_pending)


def spawn_worker(log_file: Path) -> subprocess.Popen[bytes]:
    """Start `chronicle worker` as a child process, logging to `log_file`."""
    log_file.parent.mkdir(parents=True, exist_ok=True)
    with log_file.open("ab") as log:
        return subprocess.Popen(
            [sys.executable, "-m", "chronicle", "worker"], stdout=log, stderr=subprocess.STDOUT
        )
