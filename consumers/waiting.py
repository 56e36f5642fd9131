"""Why a worker cannot take messages yet, and waiting for NATS instead of dying (issue 11).

A worker started while NATS is down, while JetStream has no room for the ARTICLES stream (its disk
or its `max_file_store` is full) or while JetStream is not answering waits, says so in one line and
tries again with backoff; a login NATS refuses is not worth waiting for. Once running, nats-py
reconnects by itself (for ever: `max_reconnect_attempts=-1`), and `connection_callbacks` logs when
the connection is lost and when it is back.
"""

import logging
from collections.abc import Awaitable, Callable
from dataclasses import replace

from faststream.nats import NatsBroker
from nats.errors import AuthorizationError
from nats.js.errors import APIError, NotFoundError, ServiceUnavailableError

from chronicle.consumers.broker import make_broker
from chronicle.consumers.contracts import DURABLE_NAME, STREAM_NAME
from chronicle.consumers.publish import ensure_stream
from chronicle.errors import ChronicleError
from chronicle.settings import Settings

__all__ = [
    "NatsLoginRefused",
    "NatsNotReady",
    "align_durable",
    "connection_callbacks",
    "nats_ready",
    "nats_wait_delay",
]

log = logging.getLogger("chronicle.worker")

CONNECT_TIMEOUT = 2.0
"""Seconds one connection attempt may take (a loopback server answers in milliseconds)."""


class NatsNotReady(ChronicleError):
    """NATS cannot take the worker yet (unreachable, JetStream full or not answering); worth waiting for."""


class NatsLoginRefused(ChronicleError):
    """NATS refused the worker's credentials: waiting would not change that."""


def nats_wait_delay(attempt: int) -> float:
    """Seconds before the next look at NATS: 1, 2, 4, 8, then every 10 s (a retry costs nothing)."""
    return float(min(10, 2 ** max(0, attempt - 1)))


def _servers(settings: Settings) -> str:
    return ", ".join(settings.nats_servers)


async def nats_ready(settings: Settings) -> None:
    """Connect once, make sure the ARTICLES stream exists with its settings and give the durable
    CHRONICLE_MAX_ACK_PENDING.

    Raises:
        NatsNotReady: NATS is unreachable, JetStream is not answering or has no room for the stream.
        NatsLoginRefused: NATS refused the credentials.
    """
    seen: list[Exception] = []
    probe = make_probe(settings, seen.append)
    try:
        await probe.connect()
    except Exception as error:  # refused, reset, timed out, no servers: not there yet
        cause = seen[-1] if seen else error  # nats-py ends with NoServersError; the last attempt says why
        if isinstance(cause, AuthorizationError) or "authorization" in str(cause).lower():
            raise NatsLoginRefused(
                f"NATS at {_servers(settings)} refused the login ({cause}): check NATS_USER/NATS_PASSWORD "
                "or NATS_TOKEN in .env"
            ) from error
        raise NatsNotReady(
            f"NATS at {_servers(settings)} is not reachable ({type(cause).__name__}: {cause})"
        ) from error
    try:
        await ensure_stream(probe)
        await align_durable(probe, settings.chronicle_max_ack_pending)
    except ServiceUnavailableError as error:  # no responder: JetStream off, or no leader yet
        raise NatsNotReady(
            f"JetStream at {_servers(settings)} is not answering (ServiceUnavailableError: JetStream not "
            "enabled on the server, or the stream has no leader yet)"
        ) from error
    except APIError as error:
        text = (error.description or str(error)).lower()
        if "insufficient" in text or "storage" in text or "resources" in text:
            raise NatsNotReady(
                f"JetStream has no room for stream ARTICLES ({error.description}, code {error.err_code}; "
                f"it asks for {settings.chronicle_stream_max_bytes:,} bytes, CHRONICLE_STREAM_MAX_BYTES): "
                "free disk space or room in the store (other streams, `chronicle dlq`) or lower the limit"
            ) from error
        raise NatsNotReady(
            f"JetStream at {_servers(settings)} refused to set up stream ARTICLES "
            f"({type(error).__name__}: {error.description or 'no description'}, code {error.code})"
        ) from error
    except Exception as error:  # no responders, timeouts: JetStream disabled or electing a leader
        raise NatsNotReady(
            f"JetStream at {_servers(settings)} is not answering ({type(error).__name__}: {error})"
        ) from error
    finally:
        await probe.stop()


async def align_durable(broker: NatsBroker, max_ack_pending: int) -> bool:
    """Give the existing durable consumer `max_ack_pending` (CHRONICLE_MAX_ACK_PENDING) if it has
    another value; True if it was changed. JetStream keeps a durable's settings, and binding to it
    (as the worker's subscriber does) never updates them; a missing durable is created by the
    subscriber with the setting."""
    js = broker.connection.jetstream()
    try:
        info = await js.consumer_info(STREAM_NAME, DURABLE_NAME)
    except NotFoundError:
        return False
    before = info.config.max_ack_pending
    if before == max_ack_pending:
        return False
    try:
        await js.add_consumer(STREAM_NAME, replace(info.config, max_ack_pending=max_ack_pending))  # an update
    except APIError as error:  # not worth holding the worker for: it works with the old value
        log.error(
            "durable %s keeps max_ack_pending %s: JetStream refused %d (%s)",
            DURABLE_NAME,
            before,
            max_ack_pending,
            error.description,
        )
        return False
    log.warning(
        "durable %s: max_ack_pending %s -> %d (CHRONICLE_MAX_ACK_PENDING)",
        DURABLE_NAME,
        before,
        max_ack_pending,
    )
    return True


def make_probe(settings: Settings, errors: Callable[[Exception], None]) -> NatsBroker:
    """A broker that tries each server twice, handing each error to `errors` instead of logging it."""

    async def keep(error: Exception) -> None:
        errors(error)

    return make_broker(
        settings,
        allow_reconnect=False,
        max_reconnect_attempts=1,  # 0 would mean "for ever" inside nats-py's server selection
        reconnect_time_wait=0.2,
        connect_timeout=CONNECT_TIMEOUT,
        error_cb=keep,
    )


def connection_callbacks(
    settings: Settings, stopping: Callable[[], bool], give_up: Callable[[], None]
) -> dict[str, Callable[..., Awaitable[None]]]:
    """`disconnected_cb`, `reconnected_cb` and `error_cb` for the worker's broker: one line when the
    connection to NATS is lost (nats-py then retries every 2 s, for ever), one when it is back. Quiet
    at shutdown. A login refused on reconnecting (the password changed) would leave nats-py retrying
    nothing, the worker alive and idle without a word: one CRITICAL line, then `give_up()` (the worker
    stops with exit code 1, so a supervisor restarts it with the new login)."""

    async def disconnected() -> None:
        if not stopping():
            log.warning(
                "lost the connection to NATS at %s; waiting for it (retrying every 2 s). No message is taken "
                "meanwhile; those in flight are redelivered if their acknowledgement does not get through",
                _servers(settings),
            )

    async def reconnected() -> None:
        if not stopping():
            log.warning("NATS is back (%s); carrying on", _servers(settings))

    async def error(problem: Exception) -> None:
        if stopping() or not (
            isinstance(problem, AuthorizationError) or "authorization" in str(problem).lower()
        ):
            return
        log.critical(
            "NATS at %s refused the worker's login on reconnecting (%s): check NATS_USER/NATS_PASSWORD or "
            "NATS_TOKEN in .env; the worker stops (exit 1), what it held comes back after ack_wait",
            _servers(settings), problem,
        )  # fmt: skip
        give_up()

    return {"disconnected_cb": disconnected, "reconnected_cb": reconnected, "error_cb": error}
