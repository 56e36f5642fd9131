"""The dead-letter subject `articles.dead`: refused messages, kept in the ARTICLES stream with a reason.

Dead letters are listed, shown and retried by stream sequence number (`chronicle dlq ...`).
"""

import base64
from datetime import UTC, datetime

from faststream.nats import NatsBroker, NatsMessage
from nats.js.api import ConsumerConfig, DeliverPolicy
from nats.js.errors import NotFoundError
from pydantic import BaseModel

from consumers.contracts import DEAD_SUBJECT, INGEST_SUBJECT, STREAM_NAME, DeadLetter

__all__ = ["DeadLetterEntry", "dead_letter", "get_dead_letter", "list_dead_letters", "retry_dead_letter"]

_INTERNAL_HEADERS = ("Nats-Expected", "Nats-Rollup")


class DeadLetterEntry(BaseModel):
    """A dead letter as stored: its stream sequence number and its content."""

    seq: int
    letter: DeadLetter

    @property
    def payload(self) -> bytes:
        """The original message body."""
        return base64.b64decode(self.letter.payload_b64)


async def dead_letter(broker: NatsBroker, message: NatsMessage, *, reason: str, error_type: str) -> None:
    """Publish the original payload and the reason to `articles.dead` (deduplicated per source message)."""
    raw = message.raw_message
    headers = {k: v for k, v in (message.headers or {}).items() if not k.startswith(_INTERNAL_HEADERS)}
    letter = DeadLetter(
        reason=reason,
        error_type=error_type,
        subject=raw.subject or INGEST_SUBJECT,
        failed_at=datetime.now(UTC),
        payload_b64=base64.b64encode(message.body).decode("ascii"),
        headers={str(k): str(v) for k, v in headers.items()},
    )
    seq = raw.metadata.sequence.stream if raw.metadata else message.message_id
    await broker.publish(
        letter.model_dump_json(),
        DEAD_SUBJECT,
        stream=STREAM_NAME,
        headers={"Nats-Msg-Id": f"dead-{seq}"},
    )


async def list_dead_letters(broker: NatsBroker, limit: int = 100) -> list[DeadLetterEntry]:
    """The dead letters in the stream, oldest first (read with an ephemeral ordered consumer)."""
    js = broker.connection.jetstream()
    info = await js.stream_info(STREAM_NAME, subjects_filter=DEAD_SUBJECT)
    pending = (info.state.subjects or {}).get(DEAD_SUBJECT, 0)
    if not pending:
        return []
    config = ConsumerConfig(deliver_policy=DeliverPolicy.ALL, filter_subject=DEAD_SUBJECT)
    subscription = await js.subscribe(DEAD_SUBJECT, stream=STREAM_NAME, ordered_consumer=True, config=config)
    entries: list[DeadLetterEntry] = []
    try:
        while len(entries) < min(limit, pending):
            msg = await subscription.next_msg(timeout=5)
            entries.append(
                DeadLetterEntry(
                    seq=msg.metadata.sequence.stream, letter=DeadLetter.model_validate_json(msg.data)
                )
            )
    finally:
        await subscription.unsubscribe()
    return entries


async def get_dead_letter(broker: NatsBroker, seq: int) -> DeadLetterEntry | None:
    """One dead letter by its stream sequence number, or None."""
    js = broker.connection.jetstream()
    try:
        stored = await js.get_msg(STREAM_NAME, seq)
    except NotFoundError:
        return None
    if stored.subject != DEAD_SUBJECT or stored.data is None:
        return None
    return DeadLetterEntry(seq=seq, letter=DeadLetter.model_validate_json(stored.data))


async def retry_dead_letter(broker: NatsBroker, seq: int) -> bool:
    """Publish the original payload again to articles.ingest and delete the dead letter."""
    entry = await get_dead_letter(broker, seq)
    if entry is None:
        return False
    headers = {"Chronicle-Retry-Of": str(seq)}
    await broker.publish(entry.payload, INGEST_SUBJECT, stream=STREAM_NAME, headers=headers)
    await broker.connection.jetstream().delete_msg(STREAM_NAME, seq)
    return True
