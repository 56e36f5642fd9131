"""The worker: a FastStream app whose one durable pull subscriber turns articles into graph writes.

Acknowledgement is declared (MANUAL) and decided here, per message, never left to FastStream's
default, which on NATS would reject (drop) a message whose handler raised. Every delivery ends in
exactly one of:
- written, then acked (only after the write transaction has committed);
- nacked with backoff because Neo4j or its disk is in trouble (graph.errors.failure_kind says which
  errors mean that), logged with a running count; retried until it is back, never dead-lettered;
- dead-lettered with the reason, then acked, because the message itself is bad: at once for a payload
  that can never become an article (whatever the parser raised) or a write Neo4j refuses; after
  MAX_DELIVERIES for extraction failures, memory or time limits and unexpected errors.
A dead letter that cannot be stored is retried MAX_DELIVERIES times, then the message is terminated
(the original stays in the stream) with a CRITICAL log line.
A message is handled together with up to WORKER_BATCH - 1 others already waiting: their articles go
through spaCy's `nlp.pipe` together and into Neo4j in one transaction, and each message is acked
once that transaction has committed. When a batch's extraction or write fails, its articles are
retried one by one so only the failing one is nacked or dead-lettered.
Run more workers on the same durable to scale out; run it with `chronicle worker`.
"""

import logging
import time
from collections import Counter
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager, suppress
from dataclasses import dataclass

import anyio
from faststream import Context, ContextRepo, FastStream, Logger
from faststream.middlewares import AckPolicy
from faststream.nats import ConsumerConfig, NatsMessage, PullSub
from faststream.specification import AsyncAPI
from nats.aio.msg import Msg
from nats.js.client import JetStreamContext
from neo4j import AsyncDriver
from neo4j.exceptions import Neo4jError

from chronicle.consumers.broker import articles_stream, make_broker
from chronicle.consumers.contracts import (
    DEAD_SUBJECT,
    DURABLE_NAME,
    INGEST_SUBJECT,
    STREAM_NAME,
    ArticleMessage,
    DeadLetter,
)
from chronicle.consumers.deadletter import dead_letter
from chronicle.consumers.limits import GRACEFUL_SECONDS, MAX_DELIVERIES, retry_delay
from chronicle.consumers.payload import InvalidPayload, article_from_payload
from chronicle.consumers.waiting import (
    NatsLoginRefused,
    NatsNotReady,
    connection_callbacks,
    nats_ready,
    nats_wait_delay,
)
from chronicle.extraction import EXTRACTOR_VERSION
from chronicle.extraction.language import NotEnglishError, ensure_english
from chronicle.extraction.models import Article, GraphDoc
from chronicle.extraction.pipeline import extract, extract_many, load_pipeline
from chronicle.graph.connection import async_driver
from chronicle.graph.errors import GraphUnavailable, failure_kind
from chronicle.graph.schema import apply_schema_async
from chronicle.graph.writer import write_graphdocs
from chronicle.settings import get_settings

__all__ = ["ACK_WAIT_SECONDS", "EXIT_CODE", "WORKER_BATCH", "app", "broker", "write_article"]

# Settings are read once, when the worker starts (this module is imported only by `chronicle worker`,
# `chronicle ingest` when it starts one, and `chronicle contract`): FastStream declares its app at import.
settings = get_settings()
ACK_WAIT_SECONDS = settings.chronicle_ack_wait
"""A message a worker took and never settled (the worker died) is delivered again after this long.
A worker that is merely slow says so every ACK_WAIT_SECONDS / 4 (JetStream's in-progress ack), so
this bounds how long a crash delays an article, not how long an article may take. Set when the
durable is created (CHRONICLE_ACK_WAIT overrides it, e.g. in tests)."""
WORKER_BATCH = settings.chronicle_worker_batch
"""Articles per pull, per `nlp.pipe` call and per write transaction (1 = one at a time)."""
BATCH_WAIT = 0.05
"""Seconds the pull for a batch's extra messages may wait (they are taken only if already waiting)."""
HEARTBEAT_SECONDS = ACK_WAIT_SECONDS / 4
"""How often a slow batch tells JetStream it is alive (well inside ack_wait)."""
# SIGTERM must end the worker within 10 s: in-flight handlers get this long, then are cancelled (and nack).
broker = make_broker(
    settings,
    graceful_timeout=GRACEFUL_SECONDS,
    **connection_callbacks(settings, lambda: _stopping() or _stopped, lambda: _give_up()),
)


EXIT_CODE = 0
"""What `chronicle worker` exits with: 1 after the worker gave up (NATS refused its login)."""


def _give_up() -> None:
    global EXIT_CODE
    EXIT_CODE = 1
    app.exit()


def _stopping() -> bool:
    """Whether SIGTERM/SIGINT asked the app to exit (FastStream sets this flag; it has no public getter)."""
    return bool(getattr(app, "_should_exit", False))


async def _pause(seconds: float) -> None:
    """Sleep `seconds`, or exit (code 0, no message taken) as soon as SIGTERM/SIGINT asks to stop.

    The signal handler only sets a flag the app checks after the lifespan, so waits check it too:
    a worker stopped while a dependency is down exits instead of ignoring SIGTERM.
    """
    with anyio.move_on_after(seconds):
        while not _stopping():
            await anyio.sleep(0.2)
    if _stopping():
        logging.getLogger("chronicle.worker").warning("stopped while waiting; no message was taken")
        raise SystemExit(0)


async def _connect_graph(logger: logging.Logger) -> AsyncDriver:
    """Wait for Neo4j (with backoff) instead of dying: the queue keeps the articles meanwhile."""
    attempt = 0
    while True:
        try:
            return await async_driver(settings)
        except GraphUnavailable as error:
            attempt += 1
            logger.warning("%s; retrying in %.0fs", error, retry_delay(attempt))
            await _pause(retry_delay(attempt))


async def _wait_for_nats(logger: logging.Logger) -> None:
    """Wait (with backoff) until NATS answers and JetStream holds the ARTICLES stream, instead of dying
    or hanging silently: one line says the worker waits and why, a line per retry says it still does.
    A login NATS refuses ends the worker (exit 1) with one line: waiting would not change it."""
    attempt, began, last = 0, time.monotonic(), ""
    while True:
        try:
            await nats_ready(settings)
        except NatsLoginRefused as error:
            logger.error("%s", error)
            raise SystemExit(1) from None
        except NatsNotReady as error:
            attempt += 1
            delay = nats_wait_delay(attempt)
            if str(error) != last:  # the reason in full once, and again whenever it changes
                logger.warning(
                    "waiting for NATS: %s; no message is taken meanwhile; retrying in %.0f s", error, delay
                )
                last = str(error)
            else:
                logger.warning(
                    "still waiting for NATS (%d tries, %.0f s so far); retrying in %.0f s",
                    attempt, time.monotonic() - began, delay,
                )  # fmt: skip
            await _pause(delay)
            continue
        if attempt:
            logger.warning("NATS is ready after %.0f s of waiting; carrying on", time.monotonic() - began)
        return


@asynccontextmanager
async def lifespan(context: ContextRepo) -> AsyncIterator[None]:
    """One Neo4j driver and one spaCy pipeline per process, ready before the first message."""
    logger = logging.getLogger("chronicle.worker")
    graph = await _connect_graph(logger)
    try:
        await apply_schema_async(graph, settings.neo4j_database)
        await anyio.to_thread.run_sync(load_pipeline)
        await _wait_for_nats(logger)
        context.set_global("graph", graph)
        yield
    finally:
        await graph.close()


# The contract other producers publish against, and what refused messages look like: declared for
# the AsyncAPI document (`chronicle contract`); the worker publishes dead letters through deadletter.py.
broker.publisher(
    INGEST_SUBJECT,
    schema=ArticleMessage,
    title="articles.ingest",
    description="Publish one article per message (JSON). Set header Nats-Msg-Id to the article id "
    "so the server drops duplicates; stream ARTICLES keeps them for replay.",
)
broker.publisher(
    DEAD_SUBJECT,
    schema=DeadLetter,
    title="articles.dead",
    description="Messages the worker refused, with the original payload (base64) and the reason.",
)
app = FastStream(
    broker,
    lifespan=lifespan,
    specification=AsyncAPI(
        title="Chronicle",
        version=EXTRACTOR_VERSION,
        description="News articles in, a timeline knowledge graph in Neo4j out.",
    ),
)


@dataclass
class _Item:
    """One message of a batch, and the article it holds."""

    message: NatsMessage
    article: Article

    @property
    def delivered(self) -> int:
        return _delivered(self.message)


def _message(raw: Msg) -> NatsMessage:
    """The FastStream message of one raw JetStream message of a batch (as FastStream parses it)."""
    headers = raw.header or {}
    return NatsMessage(
        raw_message=raw,
        body=raw.data,
        headers=headers,
        content_type=headers.get("content-type"),
        message_id=headers.get("message_id"),
        correlation_id=headers.get("correlation_id"),
    )


async def _raw_body(message: NatsMessage) -> bytes:
    """The body, undecoded: parsing is the handler's job, so a malformed message (even one labelled
    application/json) is dead-lettered with its reason instead of failing in FastStream's decoder."""
    return message.body


_extra: dict[int, JetStreamContext.PullSubscription] = {}
"""The pull subscription for extra messages, per NATS connection (a reconnect or a new broker in
tests makes a new one)."""
_fetching = anyio.Lock()
"""Held while extra messages are fetched, so shutdown never unsubscribes in the middle of a fetch."""
_stopped = False
"""Set at shutdown: no more extra fetches (the handlers still running finish with what they hold)."""


@app.on_startup
async def _allow_batches() -> None:
    global _stopped
    _stopped = False


@app.on_shutdown
async def _drop_batch_subscription() -> None:
    """Unsubscribe the batch pull before the connection drains. nats-py 2.16's fetch takes some
    messages off the subscription's queue without marking them done, and draining waits for that
    queue: the whole drain timeout (30 s), past the 10 s a stopping worker has."""
    global _stopped
    async with _fetching:
        _stopped = True
        for subscription in _extra.values():
            with suppress(Exception):  # the connection may be gone already: nothing to drain then
                await subscription.unsubscribe()
        _extra.clear()


async def _more(count: int, logger: Logger) -> list[NatsMessage]:
    """Up to `count` more messages that are already waiting on the durable (no wait when there are
    none), so a backlog is taken in batches while a lone article is handled at once.

    FastStream's own batch subscriber is not used: with nats-py 2.16 a batch fetch that times out
    raises an error it does not catch, and its supervisor then restarts it with growing delays
    (idle workers stalled for over a minute). Any failure here only means a smaller batch.
    """
    if count < 1:
        return []
    async with _fetching:
        if _stopped:
            return []
        return await _fetch(count, logger)


async def _fetch(count: int, logger: Logger) -> list[NatsMessage]:
    connection = broker.connection
    try:
        if id(connection) not in _extra:
            _extra.clear()
            _extra[id(connection)] = await connection.jetstream().pull_subscribe_bind(
                DURABLE_NAME, stream=STREAM_NAME
            )
        raw = await _extra[id(connection)].fetch(batch=count, timeout=BATCH_WAIT)
    except TimeoutError:  # nothing waiting (nats-py raises asyncio's or its own subclass)
        return []
    except Exception as error:  # the connection is being replaced: go on with one message
        _extra.clear()
        logger.warning("no batch this time (%s: %s)", type(error).__name__, error)
        return []
    return [_message(msg) for msg in raw]


@asynccontextmanager
async def _still_working(messages: Sequence[NatsMessage]) -> AsyncIterator[None]:
    """Tell JetStream every HEARTBEAT_SECONDS that these messages are being worked on, so ack_wait
    redelivers the messages of a worker that died, never those of a batch that is merely slow."""

    async def beat() -> None:
        while True:
            await anyio.sleep(HEARTBEAT_SECONDS)
            for one in messages:
                if not one.committed:
                    await one.in_progress()

    async with anyio.create_task_group() as heartbeats:
        heartbeats.start_soon(beat)
        try:
            yield
        finally:
            heartbeats.cancel_scope.cancel()


@broker.subscriber(
    INGEST_SUBJECT,
    stream=articles_stream(settings.stream_replicas),
    durable=DURABLE_NAME,
    pull_sub=PullSub(batch_size=1, timeout=5.0),
    config=ConsumerConfig(
        ack_wait=ACK_WAIT_SECONDS, max_deliver=-1, max_ack_pending=settings.chronicle_max_ack_pending
    ),
    ack_policy=AckPolicy.MANUAL,
    decoder=_raw_body,
    title="write_article",
    description="Extract articles and write them to Neo4j, a waiting backlog in batches; bad messages go to articles.dead.",
)
async def write_article(
    message: NatsMessage,
    logger: Logger,
    graph: AsyncDriver = Context("graph"),
) -> None:
    """Handle one article message, with up to WORKER_BATCH - 1 waiting ones, end to end."""
    messages = [message, *await _more(WORKER_BATCH - 1, logger)]
    try:
        async with _still_working(messages):
            items = await _valid(messages, logger)
            docs = await _extracted(items, logger)
            await _write(graph, docs, logger)
    except anyio.get_cancelled_exc_class():
        # Shutdown cancelled us mid-batch (graceful timeout passed): hand the messages back now, so
        # they are redelivered at once instead of after ack_wait. Acked messages are not nacked.
        with anyio.CancelScope(shield=True):
            for one in messages:
                await one.nack()
        logger.warning("shutting down: %d in-flight message(s) handed back to the queue", len(messages))
        raise
    except Exception:  # a bug or a lost connection: no message of the batch may stay unsettled
        left = [one for one in messages if not one.committed]
        logger.exception("unexpected error; %d unsettled message(s) nacked", len(left))
        for one in left:
            with suppress(Exception):  # NATS may be gone: then ack_wait redelivers it
                await one.nack(delay=retry_delay(_delivered(one)))


async def _valid(messages: Sequence[NatsMessage], logger: Logger) -> list[_Item]:
    """The messages that hold an article; the others are dead-lettered with the reason, then acked.

    Whatever a message's bytes make the parser raise, it is settled alone: one poison message never
    holds the others of its batch (a lone surrogate, JSON nested 10,000 deep, a bug in a reader).
    """
    items = []
    for message in messages:
        try:
            article = article_from_payload(message.body)
            ensure_english(article.text)  # the rules read English only
            items.append(_Item(message, article))
        except (InvalidPayload, NotEnglishError) as error:
            await _dead_letter(message, reason=str(error), error_type=type(error).__name__, logger=logger)
        except Exception as error:  # the same bytes fail the same way: retrying cannot help
            reason = f"unreadable: {type(error).__name__}: {str(error)[:300]}"
            await _dead_letter(message, reason=reason, error_type="InvalidPayload", logger=logger)
    return items


def _delivered(message: NatsMessage) -> int:
    metadata = message.raw_message.metadata
    return metadata.num_delivered if metadata else 1


def _seq(message: NatsMessage) -> int | None:
    metadata = message.raw_message.metadata
    return metadata.sequence.stream if metadata else None


async def _dead_letter(message: NatsMessage, *, reason: str, error_type: str, logger: Logger) -> None:
    """Publish the dead letter, then ack.

    A letter that cannot be stored (JetStream full, NATS gone) never blocks the rest: the message is
    nacked with backoff up to MAX_DELIVERIES times, then terminated, which leaves the original in the
    stream at its sequence (JetStream never delivers it again), and the log says so loudly.
    """
    try:
        await dead_letter(broker, message, reason=reason, error_type=error_type)
    except Exception as error:
        delivered, seq = _delivered(message), _seq(message)
        why = f"{type(error).__name__}: {error}"
        if delivered < MAX_DELIVERIES:
            await message.nack(delay=retry_delay(delivered))
            logger.error(
                "could not store the dead letter of message %s (%s); delivery %d of %d, next in %.0f s",
                seq, why, delivered, MAX_DELIVERIES, retry_delay(delivered),
            )  # fmt: skip
        else:
            await message.reject()  # term: never delivered again; the original stays in the stream
            logger.critical(
                "GAVE UP on message %s: its dead letter could not be stored in %d deliveries (%s). It is "
                "NOT on %s; the original stays in stream %s at sequence %s. It was refused because: %s",
                seq, delivered, why, DEAD_SUBJECT, STREAM_NAME, seq, reason,
            )  # fmt: skip
        return
    await message.ack()
    logger.warning("dead-lettered message %s: %s", _seq(message), reason)


def _extract_all(articles: list[Article]) -> list[GraphDoc | Exception]:
    """All GraphDocs through one `nlp.pipe`; if that fails, one by one, so one bad article fails alone."""
    try:
        return list(extract_many(articles, batch_size=max(1, len(articles))))
    except Exception:
        results: list[GraphDoc | Exception] = []
        for article in articles:
            try:
                results.append(extract(article))
            except Exception as error:  # an extractor bug must not stop the worker or lose the article
                results.append(error)
        return results


async def _extracted(items: list[_Item], logger: Logger) -> list[tuple[_Item, GraphDoc]]:
    """Extract every item's article; an article whose extraction fails is nacked (retried with backoff),
    or dead-lettered after MAX_DELIVERIES."""
    if not items:
        return []
    began = time.perf_counter()
    results = await anyio.to_thread.run_sync(_extract_all, [item.article for item in items])
    logger.info("extracted %d article(s) in %.3f s", len(items), time.perf_counter() - began)
    done = []
    for item, result in zip(items, results, strict=True):
        if isinstance(result, GraphDoc):
            done.append((item, result))
            continue
        if item.delivered >= MAX_DELIVERIES:
            reason = f"extraction failed {item.delivered} times: {type(result).__name__}: {result}"
            await _dead_letter(item.message, reason=reason, error_type="ExtractionFailed", logger=logger)
        else:
            await item.message.nack(delay=retry_delay(item.delivered))
        logger.error("extraction failed for article %s", item.article.id, exc_info=result)
    return done


RETRIES: Counter[str] = Counter()
"""Articles nacked because Neo4j was unavailable, by error code, since this worker started."""


async def _write(graph: AsyncDriver, docs: list[tuple[_Item, GraphDoc]], logger: Logger) -> None:
    """Write the batch in one transaction and ack each message after the commit.

    Neo4j unavailable: every message is nacked with backoff. Any other failure of a batch of several
    articles: they are written one per transaction, so only the article Neo4j refuses is settled alone.
    """
    if not docs:
        return
    began = time.perf_counter()
    try:
        summary = await write_graphdocs(graph, [doc for _, doc in docs], settings.neo4j_database)
    except Exception as error:
        if failure_kind(error) == "unavailable":
            await _retry_later(docs, error, logger)
            return
        if len(docs) > 1:
            for one in docs:
                await _write(graph, [one], logger)
            return
        await _write_failed(docs[0][0], error, logger)
        return
    seconds = time.perf_counter() - began
    for item, _ in docs:
        await item.message.ack()
    logger.info(
        "%d article(s) written in %.3f s: %d entities, %d claims (+%d nodes)",
        len(docs),
        seconds,
        sum(len(doc.entities) for _, doc in docs),
        sum(len(doc.claims) for _, doc in docs),
        summary.nodes_created,
    )


def _describe(error: BaseException) -> str:
    if isinstance(error, Neo4jError):
        return f"{error.code}: {error.message}"
    return f"{type(error).__name__}: {error}"


async def _retry_later(docs: list[tuple[_Item, GraphDoc]], error: Exception, logger: Logger) -> None:
    """Neo4j (or its disk) is in trouble: nack every message with backoff; never dead-lettered."""
    code = error.code if isinstance(error, Neo4jError) and error.code else type(error).__name__
    RETRIES[code] += len(docs)
    for item, _ in docs:
        await item.message.nack(delay=retry_delay(item.delivered))
    logger.warning(
        "Neo4j not available (%s); %d article(s) nacked, next try in %.0f s (%d retried for %s so far)",
        _describe(error)[:300], len(docs), retry_delay(min(item.delivered for item, _ in docs)),
        RETRIES[code], code,
    )  # fmt: skip


async def _write_failed(item: _Item, error: Exception, logger: Logger) -> None:
    """One article Neo4j did not take, and not because it is unavailable.

    Refused by Neo4j (a client error): dead-lettered at once. Stopped by a memory or time limit, or
    an unexpected error: retried with backoff, dead-lettered after MAX_DELIVERIES.
    """
    kind = failure_kind(error)
    if kind == "refused" and isinstance(error, Neo4jError):
        reason = f"Neo4j refused the write: {_describe(error)}"
        await _dead_letter(item.message, reason=reason, error_type="WriteRefused", logger=logger)
        return
    if item.delivered >= MAX_DELIVERIES:
        reason = f"write failed {item.delivered} times: {_describe(error)}"
        error_type = "WriteTooLarge" if kind == "limit" else "WriteFailed"
        await _dead_letter(item.message, reason=reason, error_type=error_type, logger=logger)
        return
    await item.message.nack(delay=retry_delay(item.delivered))
    logger.warning(
        "writing article %s failed (%s); delivery %d of %d, next in %.0f s",
        item.article.id, _describe(error)[:300], item.delivered, MAX_DELIVERIES, retry_delay(item.delivered),
    )  # fmt: skip
