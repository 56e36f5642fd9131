"""Riding out a NATS server going away: retry a JetStream request until another server answers.

With several servers in NATS_URL, nats-py reconnects to another one by itself; what it does not do is
repeat a request that was in flight (a publish waiting for the stream's ack) or one sent while the
stream elects a new leader. `retry_on_failover` repeats such a call. It is only safe for idempotent
calls: a publish carries `Nats-Msg-Id`, so a copy the first attempt did store is dropped by the
stream's dedup window and acknowledged as a duplicate of the same sequence.
"""

import logging
import time
from collections.abc import Awaitable, Callable
from typing import TypeVar

import anyio
from nats.errors import (
    ConnectionClosedError,
    ConnectionReconnectingError,
    NoRespondersError,
    OutboundBufferLimitError,
    StaleConnectionError,
)
from nats.js.errors import NoStreamResponseError, ServiceUnavailableError

__all__ = ["FAILOVER_SECONDS", "RETRYABLE", "retry_on_failover"]

T = TypeVar("T")
log = logging.getLogger(__name__)

FAILOVER_SECONDS = 60.0
"""How long a call keeps retrying: a JetStream stream elects a new leader in a few seconds."""

RETRYABLE: tuple[type[BaseException], ...] = (
    TimeoutError,  # no ack in time (nats.errors.TimeoutError subclasses asyncio's, which is this one)
    NoRespondersError,
    NoStreamResponseError,  # no stream leader right now
    ServiceUnavailableError,  # JetStream 503 while the meta group or the stream has no leader
    ConnectionClosedError,
    ConnectionReconnectingError,
    StaleConnectionError,
    OutboundBufferLimitError,
)


async def retry_on_failover(
    call: Callable[[], Awaitable[T]], *, what: str, seconds: float = FAILOVER_SECONDS
) -> T:
    """`await call()`, repeated with backoff (0.1 s doubling to 2 s) while it fails with a RETRYABLE
    error, for at most `seconds`; then the last error is raised."""
    deadline = time.monotonic() + seconds
    delay = 0.1
    while True:
        try:
            return await call()
        except RETRYABLE as error:
            if time.monotonic() + delay > deadline:
                raise
            log.warning("%s: %s, retrying (another server may answer)", what, type(error).__name__)
            await anyio.sleep(delay)
            delay = min(delay * 2, 2.0)
