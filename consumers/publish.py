"""Publishing articles to JetStream with `Nats-Msg-Id` = article id, so the server drops duplicates."""

import uuid
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from faststream.nats import NatsBroker
from nats.js.errors import APIError, BadRequestError, NotFoundError
from pydantic import BaseModel

from chronicle.consumers.broker import articles_stream
from chronicle.consumers.contracts import INGEST_SUBJECT, STREAM_NAME, ArticleMessage
from chronicle.consumers.errors import QueueFull, QueueUnavailable
from chronicle.consumers.failover import RETRYABLE, retry_on_failover
from chronicle.consumers.limits import MAX_MESSAGE_BYTES, MAX_TEXT_CHARS
from chronicle.consumers.payload import InvalidPayload, field_problem, readable_article
from chronicle.errors import ChronicleError
from chronicle.extraction.ids import article_id
from chronicle.extraction.language import NotEnglishError
from chronicle.settings import get_settings

__all__ = [
    "ArticleRefused",
    "MessageTooLarge",
    "PublishedArticle",
    "ensure_stream",
    "message_id",
    "publish_articles",
]


class ArticleRefused(ChronicleError, ValueError):
    """An article the worker would dead-letter (empty, not English, dated in the future, too large)."""


class MessageTooLarge(ArticleRefused):
    """An article is larger than the queue accepts (MAX_MESSAGE_BYTES)."""


class PublishedArticle(BaseModel):
    """What the stream answered for one article."""

    id: str
    title: str | None
    seq: int
    duplicate: bool


def message_id(message: ArticleMessage) -> str:
    """The article id the worker will also derive: explicit id, else from URL or text."""
    return message.id or article_id(message.url, message.text or message.html or "")


async def ensure_stream(broker: NatsBroker, replicas: int | None = None) -> None:
    """Create the ARTICLES stream, or bring its settings up to date (idempotent).

    `replicas` None keeps an existing stream's replica count (a publisher never rescales the stream)
    and creates a new one with NATS_REPLICAS / the number of servers NATS_URL lists (see Settings).
    """
    js = broker.connection.jetstream()
    if replicas is None:
        try:
            replicas = (await js.stream_info(STREAM_NAME)).config.num_replicas
        except NotFoundError:
            replicas = get_settings().stream_replicas
    stream = articles_stream(replicas or 1)
    config = replace(stream.config, subjects=list(stream.subjects))
    try:
        await js.add_stream(config)
    except BadRequestError:
        await js.update_stream(config)


_FULL = ("maximum bytes", "maximum messages", "insufficient", "storage", "resources exceeded")


async def _publish_one(broker: NatsBroker, body: bytes, headers: dict[str, str]) -> Any:
    """Publish one message; QueueFull (never retried) when JetStream has no room for it."""
    try:
        return await broker.publish(body, INGEST_SUBJECT, stream=STREAM_NAME, headers=headers)
    except APIError as error:
        if any(word in (error.description or "").lower() for word in _FULL):
            raise QueueFull(error.description or "no room") from error
        raise


async def _fullness(broker: NatsBroker) -> str:
    """How full the stream is, for the error message."""
    try:
        info = await broker.connection.jetstream().stream_info(STREAM_NAME)
    except Exception:  # the message is worth sending without the figures
        return "stream ARTICLES could not be inspected"
    limit = info.config.max_bytes or -1
    held = f"{info.state.messages} messages, {_size(info.state.bytes)}"
    return f"stream ARTICLES holds {held}" + (f" of {_size(limit)} allowed" if limit > 0 else "")


def _size(count: int) -> str:
    return f"{count / 1e6:,.1f} MB" if count >= 1_000_000 else f"{count / 1e3:,.1f} kB"


def _prepare(message: ArticleMessage) -> tuple[str, str | None, bytes]:
    """(article id, title, message body), or ArticleRefused if the queue or the worker would refuse it."""
    if problem := field_problem(message):  # before the id: a lone surrogate cannot be hashed
        raise ArticleRefused(
            f"article {message.title or message.url or message.id or '(untitled)'!r}: {problem}"
        )
    ident = message_id(message)
    message = message if message.id else message.model_copy(update={"id": ident})
    name = repr(message.title or ident[:12])
    if message.text and len(message.text) > MAX_TEXT_CHARS:
        raise MessageTooLarge(
            f"article {name}: {len(message.text)} characters of text > {MAX_TEXT_CHARS} (split it)"
        )
    body = message.model_dump_json(exclude_none=True).encode("utf-8")
    if len(body) > MAX_MESSAGE_BYTES:
        raise MessageTooLarge(f"article {name}: {len(body)} bytes > {MAX_MESSAGE_BYTES}")
    try:
        readable_article(message)
    except (InvalidPayload, NotEnglishError) as error:
        raise ArticleRefused(f"article {name}: {error}") from error
    return ident, message.title, body


async def publish_articles(
    broker: NatsBroker, messages: Iterable[ArticleMessage], *, force: bool = False
) -> list[PublishedArticle]:
    """Publish each article to articles.ingest and wait for the stream's acknowledgement.

    Every article is checked before anything is sent (size, and what the worker would dead-letter:
    empty, not English, dated in the future), so a refused batch publishes nothing. With `force`,
    the message id gets a unique suffix so the server's dedup window lets it through (re-extraction).
    A publish that fails because its server went away or the stream is electing a leader is retried
    (consumers.failover); an article whose first attempt was stored then comes back as a duplicate.
    """
    prepared = [_prepare(message) for message in messages]  # refuse before sending anything
    await retry_on_failover(lambda: ensure_stream(broker), what="creating the ARTICLES stream")
    published = []
    for ident, title, body in prepared:
        msg_id = f"{ident}#{uuid.uuid4().hex[:12]}" if force else ident
        headers = {"Nats-Msg-Id": msg_id, "Chronicle-Article-Id": ident}
        # A server lost mid-publish: the same Nats-Msg-Id goes to another one (deduplicated).
        try:
            ack = await retry_on_failover(
                lambda body=body, headers=headers: _publish_one(broker, body, headers),  # type: ignore[misc]
                what=f"publishing {ident[:12]}",
            )
        except RETRYABLE as error:  # retried for FAILOVER_SECONDS already: no server answers
            raise QueueUnavailable(
                f"NATS stopped answering ({type(error).__name__}) after {len(published)} of {len(prepared)} "
                "articles were stored; the rest were not sent. Publish the same files again once it is back "
                "(`chronicle stack status`): the dedup window drops the ones already stored"
            ) from error
        except QueueFull as error:
            raise QueueFull(
                f"the queue is full: {len(published)} of {len(prepared)} articles stored, then NATS refused "
                f"{title or ident[:12]!r} ({error}); {await _fullness(broker)}. The rest were not sent: "
                "free room (`chronicle dlq`, or purge old messages) or raise CHRONICLE_STREAM_MAX_BYTES"
            ) from error
        published.append(PublishedArticle(id=ident, title=title, seq=ack.seq, duplicate=bool(ack.duplicate)))
    return published
