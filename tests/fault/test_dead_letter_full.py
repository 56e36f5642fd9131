"""A dead letter that cannot be stored (the stream is full) never holds the other messages.

The worker nacks the bad message with backoff a few times, then terminates it (JetStream never
delivers it again, and the original stays in the stream at its sequence) with a loud log line.
Before issue 11 the failure escaped the handler: the message's batch stayed unacknowledged and was
redelivered together forever.
"""

import dataclasses
import signal

import pytest
from faststream.nats import NatsBroker
from nats.js.api import DiscardPolicy

from chronicle.consumers.contracts import INGEST_SUBJECT, STREAM_NAME
from chronicle.consumers.deadletter import list_dead_letters
from chronicle.consumers.limits import MAX_DELIVERIES
from chronicle.consumers.publish import message_id
from tests.fault.corpus import synthetic_articles
from tests.fault.private_stack import PrivateStack, wait_for

pytestmark = [pytest.mark.fault]

GOOD = 10
POISON = b'{"text": "an unterminated string'


def test_unstorable_dead_letter_is_terminated_and_the_rest_is_written(fresh: PrivateStack) -> None:
    good = synthetic_articles(GOOD, tag="full")
    worker = fresh.start_worker("full")
    fresh.wait_attached()  # the worker has declared the stream; now fill it to the brim

    async def fill(broker: NatsBroker) -> int:
        js = broker.connection.jetstream()
        config = (await js.stream_info(STREAM_NAME)).config
        await js.update_stream(dataclasses.replace(config, max_msgs=1 + GOOD, discard=DiscardPolicy.NEW))
        # published as raw bytes: `chronicle publish` would reset the stream's limits
        bodies = [message.model_dump_json().encode() for message in good]
        bodies.insert(GOOD // 2, POISON)
        seqs = [(await js.publish(INGEST_SUBJECT, body, stream=STREAM_NAME)).seq for body in bodies]
        return seqs[GOOD // 2]

    worker.signal(signal.SIGSTOP)  # so it finds the stream full, with the bad message among good ones
    try:
        seq = fresh.nats(fill)
    finally:
        worker.signal(signal.SIGCONT)
    wait_for(lambda: fresh.article_count() == GOOD, timeout=120, what=f"{GOOD} good articles")
    wait_for(
        lambda: (i := fresh.consumer()).num_ack_pending == 0 and i.num_pending == 0,
        timeout=90,
        what="the bad message to be settled",
    )
    log = worker.log_text()
    assert f"GAVE UP on message {seq}" in log
    assert log.count(f"could not store the dead letter of message {seq}") == MAX_DELIVERIES - 1
    assert fresh.nats(lambda broker: list_dead_letters(broker)) == []

    async def original(broker: NatsBroker) -> bytes | None:
        return (await broker.connection.jetstream().get_msg(STREAM_NAME, seq)).data

    assert fresh.nats(original) == POISON  # still in the stream, for `chronicle dlq` or a replay
    ids = {row["id"] for row in fresh.query("MATCH (a:Article) RETURN a.id AS id")}
    assert ids == {message_id(message) for message in good}
    assert worker.alive()
    assert "Traceback" not in log
