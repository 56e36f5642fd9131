"""CHRONICLE_MAX_ACK_PENDING sets how many messages all workers may hold at once (issue 11).

JetStream keeps a durable consumer's settings, and a worker binding to it never changed them: the
fixed 64 of the first worker ever started capped useful workers at 4 x batch 16. A worker now gives
the existing durable the configured value before it takes messages (the step is called here directly,
without loading a worker's model), and creates a missing one with it.
"""

import anyio
import pytest
from faststream.nats import NatsBroker
from nats.js.api import AckPolicy, ConsumerConfig

from chronicle.consumers.contracts import DURABLE_NAME, INGEST_SUBJECT, STREAM_NAME
from chronicle.consumers.publish import ensure_stream
from chronicle.consumers.waiting import nats_ready
from chronicle.settings import Settings
from tests.fault.private_stack import PrivateStack

pytestmark = [pytest.mark.fault]


async def _old_durable(broker: NatsBroker) -> None:
    """The durable as a worker before this change left it: max_ack_pending 64."""
    await ensure_stream(broker)
    config = ConsumerConfig(
        durable_name=DURABLE_NAME,
        ack_policy=AckPolicy.EXPLICIT,
        ack_wait=120,
        max_deliver=-1,
        max_ack_pending=64,
        filter_subject=INGEST_SUBJECT,
    )
    await broker.connection.jetstream().add_consumer(STREAM_NAME, config)


def test_default_lets_sixteen_workers_take_a_full_batch() -> None:
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    assert settings.chronicle_max_ack_pending == 256 == 16 * settings.chronicle_worker_batch


def test_worker_gives_the_existing_durable_the_configured_max_ack_pending(fresh: PrivateStack) -> None:
    fresh.nats(_old_durable)
    assert fresh.consumer().config.max_ack_pending == 64
    anyio.run(nats_ready, fresh.settings.model_copy(update={"chronicle_max_ack_pending": 200}))
    after = fresh.consumer()
    assert after.config.max_ack_pending == 200
    assert (after.config.ack_wait, after.config.filter_subject) == (120, INGEST_SUBJECT)  # the rest kept
    anyio.run(nats_ready, fresh.settings)  # the default, on the next start
    assert fresh.consumer().config.max_ack_pending == 256
