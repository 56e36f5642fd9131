"""The dead-letter subject `articles.dead`: refused messages, kept in the ARTICLES stream with a reason.

Dead letters are listed, shown and retried by stream sequence number (`chronicle dlq ...`). A letter
carries the original payload inline; one too large for that (base64 grows it by a third, and a letter
must fit in a NATS message like any other) names the original's stream sequence instead, and the
payload is read from there: the stream keeps every message, acknowledged or not.
"""

import base64
from datetime import UTC, datetime

from faststream.nats import NatsBroker, NatsMessage
from nats.js.api import ConsumerConfig, DeliverPolicy
from nats.js.errors import NotFoundError
from pydantic import BaseModel

from chronicle.consumers.contracts import DEAD_SUBJECT, INGEST_SUBJECT, STREAM_NAME, DeadLetter
from chronicle.consumers.limits import MAX_MESSAGE_BYTES

__all__ = [
    "DeadLetterEntry",
    "DeadLetterNotFound",
    "PayloadGone",
    "dead_letter",
    "get_dead_letter",
    "list_dead_letters",
    "retry_all_dead_letters",
    "retry_dead_letter",
]

_INTERNAL_HEADERS = ("Nats-Expected", "Nats-Rollup")
_HEADROOM = 4096  # headers and JSON around the payload


class DeadLetterNotFound(LookupError):
    """No dead letter has that stream sequence number."""

    def __init__(self, seq: int) -> None:
        self.seq = seq
        super().__init__(f"no dead letter at sequence {seq} (`chronicle dlq list` shows them)")


class PayloadGone(LookupError):
    """A dead letter's payload was not inline and its original is no longer in the stream."""


class DeadLetterEntry(BaseModel):
    """A dead letter as stored: its stream sequence number, its content and the original payload."""

    seq: int
    letter: DeadLetter
    payload: bytes | None = None  # None: not inline, and the original has left the stream


async def dead_letter(broker: NatsBroker, message: NatsMessage, *, reason: str, error_type: str) -> None:
    """Publish the original payload and the reason to `articles.dead` (deduplicated per source message)."""
    raw = message.raw_message
    headers = {k: v for k, v in (message.headers or {}).items() if not k.startswith(_INTERNAL_HEADERS)}
    seq = raw.metadata.sequence.stream if raw.metadata else None
    letter = DeadLetter(
        reason=reason,
        error_type=error_type,
        subject=raw.subject or INGEST_SUBJECT,
        failed_at=datetime.now(UTC),
        payload_b64=base64.b64encode(message.body).decode("ascii"),
        headers={str(k): str(v) for k, v in headers.items()},
        original_seq=seq,
    )
    limit = min(MAX_MESSAGE_BYTES, broker.connection.max_payload) - _HEADROOM
    data = letter.model_dump_json()
    if len(data) > limit and seq is not None:
        data = letter.model_copy(update={"payload_b64": ""}).model_dump_json()
    await broker.publish(
        data,
        DEAD_SUBJECT,
        stream=STREAM_NAME,
        headers={"Nats-Msg-Id": f"dead-{seq if seq is not None else message.message_id}"},
    )


async def _entry(broker: NatsBroker, seq: int, data: bytes) -> DeadLetterEntry:
    letter = DeadLetter.model_validate_json(data)
    if letter.payload_b64 or letter.original_seq is None:
        payload = base64.b64decode(letter.payload_b64)
    else:
        try:
            original = await broker.connection.jetstream().get_msg(STREAM_NAME, letter.original_seq)
            payload = original.data or b""
        except NotFoundError:
            payload = None
    return DeadLetterEntry(seq=seq, letter=letter, payload=payload)


async def list_dead_letters(broker: NatsBroker, limit: int = 100) -> list[DeadLetterEntry]:
    """The dead letters in the stream, oldest first (read with an ephemeral ordered consumer)."""
    js = broker.connection.jetstream()
    try:
        info = await js.stream_info(STREAM_NAME, subjects_filter=DEAD_SUBJECT)
    except NotFoundError:
        return []
    pending = (info.state.subjects or {}).get(DEAD_SUBJECT, 0)
    if not pending:
        return []
    config = ConsumerConfig(deliver_policy=DeliverPolicy.ALL, filter_subject=DEAD_SUBJECT)
    subscription = await js.subscribe(DEAD_SUBJECT, stream=STREAM_NAME, ordered_consumer=True, config=config)
    entries: list[DeadLetterEntry] = []
    try:
        while len(entries) < min(limit, pending):
            msg = await subscription.next_msg(timeout=5)
            entries.append(await _entry(broker, msg.metadata.sequence.stream, msg.data))
    finally:
        await subscription.unsubscribe()
    return entries


async def get_dead_letter(broker: NatsBroker, seq: int) -> DeadLetterEntry:
    """One dead letter by its stream sequence number.

    Raises:
        DeadLetterNotFound: nothing at `seq`, or what is there is not a dead letter.
    """
    js = broker.connection.jetstream()
    try:
        stored = await js.get_msg(STREAM_NAME, seq)
    except NotFoundError:
        raise DeadLetterNotFound(seq) from None
    if stored.subject != DEAD_SUBJECT or stored.data is None:
        raise DeadLetterNotFound(seq)
    return await _entry(broker, seq, stored.data)


async def retry_dead_letter(broker: NatsBroker, seq: int) -> int:
    """Publish the original payload again to articles.ingest, then delete the dead letter.

    The original headers go with it, except `Nats-*` ones: its old `Nats-Msg-Id` would make the
    server drop it as a duplicate inside the dedup window. Returns the new message's sequence.

    Raises:
        DeadLetterNotFound: nothing at `seq`, or what is there is not a dead letter.
        PayloadGone: the payload was not inline and the original has left the stream.
    """
    entry = await get_dead_letter(broker, seq)
    if entry.payload is None:
        raise PayloadGone(
            f"dead letter {seq}: its payload was stored at sequence {entry.letter.original_seq}, "
            "which is no longer in the stream"
        )
    headers = {k: v for k, v in entry.letter.headers.items() if not k.startswith("Nats-")}
    headers["Chronicle-Retry-Of"] = str(seq)
    ack = await broker.publish(entry.payload, INGEST_SUBJECT, stream=STREAM_NAME, headers=headers)
    await broker.connection.jetstream().delete_msg(STREAM_NAME, seq)
    return ack.seq


async def retry_all_dead_letters(broker: NatsBroker) -> list[tuple[int, int]]:
    """Retry the dead letters there are now, oldest first (ones refused again meanwhile stay).

    Returns (dead letter seq, new message seq) pairs.
    """
    entries = await list_dead_letters(broker, limit=1_000_000)
    return [(entry.seq, await retry_dead_letter(broker, entry.seq)) for entry in entries]
