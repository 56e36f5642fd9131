"""The worker: a FastStream app whose one durable pull subscriber turns articles into graph writes.

Acknowledgement is declared (MANUAL) and decided here, never left to FastStream's default, which on
NATS would reject (drop) a message whose handler raised:
- a payload that can never become an article -> dead-letter subject with the reason, then ack;
- Neo4j unavailable or a transient error -> nack with backoff (redelivered, never dropped);
- extraction failing repeatedly -> dead-letter after MAX_DELIVERIES;
- otherwise ack, only after the write transaction has committed.
Run more workers on the same durable to scale out; run it with `chronicle worker`.
"""

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import anyio
from faststream import Context, ContextRepo, FastStream, Logger
from faststream.middlewares import AckPolicy
from faststream.nats import ConsumerConfig, NatsMessage, PullSub
from neo4j import AsyncDriver
from neo4j.exceptions import DriverError, Neo4jError

from consumers.broker import ARTICLES_STREAM, make_broker
from consumers.contracts import DURABLE_NAME, INGEST_SUBJECT
from consumers.deadletter import dead_letter
from consumers.limits import GRACEFUL_SECONDS, MAX_DELIVERIES, retry_delay
from consumers.payload import InvalidPayload, article_from_payload
from extraction.pipeline import extract, load_pipeline
from graph.connection import async_driver
from graph.errors import GraphUnavailable
from graph.schema import apply_schema_async
from graph.writer import write_graphdocs
from stack.settings import get_settings

__all__ = ["app", "broker", "write_article"]

settings = get_settings()
# SIGTERM must end the worker within 10 s: in-flight handlers get this long, then are cancelled (and nack).
broker = make_broker(settings, graceful_timeout=GRACEFUL_SECONDS)


def _stopping() -> bool:
    """Whether SIGTERM/SIGINT asked the app to exit (FastStream sets this flag; it has no public getter)."""
    return bool(getattr(app, "_should_exit", False))


async def _connect_graph(logger: logging.Logger) -> AsyncDriver:
    """Wait for Neo4j (with backoff) instead of dying: the queue keeps the articles meanwhile.

    The signal handler only sets a flag the app checks after the lifespan, so the wait checks it too:
    a worker stopped while Neo4j is down exits (code 0) instead of ignoring SIGTERM.
    """
    attempt = 0
    while True:
        try:
            return await async_driver(settings)
        except GraphUnavailable as error:
            attempt += 1
            logger.warning("%s; retrying in %.0fs", error, retry_delay(attempt))
            with anyio.move_on_after(retry_delay(attempt)):
                while not _stopping():
                    await anyio.sleep(0.2)
            if _stopping():
                logger.warning("stopped while waiting for Neo4j; no message was taken")
                raise SystemExit(0) from None


@asynccontextmanager
async def lifespan(context: ContextRepo) -> AsyncIterator[None]:
    """One Neo4j driver and one spaCy pipeline per process, ready before the first message."""
    logger = logging.getLogger("chronicle.worker")
    graph = await _connect_graph(logger)
    await apply_schema_async(graph, settings.neo4j_database)
    await anyio.to_thread.run_sync(load_pipeline)
    context.set_global("graph", graph)
    try:
        yield
    finally:
        await graph.close()


app = FastStream(broker, lifespan=lifespan)


def _is_retryable(error: Exception) -> bool:
    if isinstance(error, GraphUnavailable | DriverError):
        return True
    return isinstance(error, Neo4jError) and error.is_retryable()


@broker.subscriber(
    INGEST_SUBJECT,
    stream=ARTICLES_STREAM,
    durable=DURABLE_NAME,
    pull_sub=PullSub(batch_size=1, timeout=5.0),
    config=ConsumerConfig(ack_wait=120, max_deliver=-1, max_ack_pending=64),
    ack_policy=AckPolicy.MANUAL,
    title="write_article",
    description="Extract one article and write it to Neo4j; bad messages go to articles.dead.",
)
async def write_article(
    message: NatsMessage,
    logger: Logger,
    graph: AsyncDriver = Context("graph"),
) -> None:
    """Handle one article message end to end."""
    try:
        await _handle(message, logger, graph)
    except anyio.get_cancelled_exc_class():
        # Shutdown cancelled us mid-message (graceful timeout passed): hand it back now, so it is
        # redelivered at once instead of after ack_wait. A message already acked is not nacked.
        with anyio.CancelScope(shield=True):
            await message.nack()
        logger.warning("shutting down: in-flight message handed back to the queue")
        raise


async def _handle(message: NatsMessage, logger: Logger, graph: AsyncDriver) -> None:
    delivered = message.raw_message.metadata.num_delivered if message.raw_message.metadata else 1
    try:
        article = article_from_payload(message.body)
    except InvalidPayload as error:
        await dead_letter(broker, message, reason=str(error), error_type="InvalidPayload")
        await message.ack()
        logger.warning("dead-lettered: %s", error)
        return
    try:
        doc = await anyio.to_thread.run_sync(extract, article)
    except Exception as error:  # an extractor bug must not stop the worker or lose the article
        if delivered >= MAX_DELIVERIES:
            reason = f"extraction failed {delivered} times: {type(error).__name__}: {error}"
            await dead_letter(broker, message, reason=reason, error_type="ExtractionFailed")
            await message.ack()
        else:
            await message.nack(delay=retry_delay(delivered))
        logger.exception("extraction failed for article %s", article.id)
        return
    try:
        summary = await write_graphdocs(graph, [doc], settings.neo4j_database)
    except Exception as error:
        if _is_retryable(error):
            await message.nack(delay=retry_delay(delivered))
            logger.warning(
                "Neo4j not available (%s); article %s will be retried", type(error).__name__, article.id
            )
            return
        if isinstance(error, Neo4jError):
            reason = f"Neo4j refused the write: {error.code}: {error.message}"
            await dead_letter(broker, message, reason=reason, error_type="WriteRefused")
            await message.ack()
            return
        await message.nack(delay=retry_delay(delivered))
        logger.exception("unexpected error writing article %s; it will be retried", article.id)
        return
    await message.ack()
    logger.info(
        "article %s written: %d entities, %d claims (+%d nodes)",
        article.id[:12],
        len(doc.entities),
        len(doc.claims),
        summary.nodes_created,
    )
