"""A queue message's bytes -> an `Article`, or `InvalidPayload` with a reason for the dead-letter subject.

Validation happens here, inside the handler, and not in FastStream's decoder, so that a malformed
message is dead-lettered with its reason instead of being rejected and lost.
"""

import json
import unicodedata
from datetime import UTC, date, datetime, timedelta

import trafilatura
from pydantic import ValidationError

from chronicle.consumers.contracts import ArticleMessage
from chronicle.consumers.limits import MAX_MESSAGE_BYTES, MAX_TEXT_CHARS
from chronicle.errors import ChronicleError
from chronicle.extraction.ids import article_id
from chronicle.extraction.language import ensure_english
from chronicle.extraction.models import Article

__all__ = [
    "InvalidPayload",
    "article_from_message",
    "article_from_payload",
    "html_to_text",
    "readable_article",
]

_FUTURE_TOLERANCE = timedelta(days=1)
_KEEP_CONTROLS = {"\n", "\t", "\r"}


class InvalidPayload(ChronicleError, ValueError):
    """The message can never become an article: it goes to the dead-letter subject with this reason."""


def html_to_text(html: str) -> str:
    """The main text of an HTML page (boilerplate, scripts and navigation removed)."""
    return trafilatura.extract(html, include_comments=False, include_tables=False) or ""


def _clean(text: str) -> str:
    """NFC, without control characters other than line breaks and tabs."""
    text = unicodedata.normalize("NFC", text)
    return "".join(c for c in text if c in _KEEP_CONTROLS or unicodedata.category(c) != "Cc")


def _validation_reason(error: ValidationError) -> str:
    first = error.errors()[0]
    where = ".".join(str(p) for p in first["loc"]) or "message"
    return f"wrong shape: {where}: {first['msg']} ({error.error_count()} error(s))"


def _as_date(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value


def article_from_message(message: ArticleMessage, *, today: date | None = None) -> Article:
    """Turn a valid message into the Article extraction reads; refuses what makes no sense."""
    text = _clean(message.text or "") or _clean(html_to_text(message.html or ""))
    if not any(c.isalnum() for c in text):  # whitespace, zero-width or punctuation only
        raise InvalidPayload("empty text: no article body after cleaning (text/html)")
    if len(text) > MAX_TEXT_CHARS:
        raise InvalidPayload(f"too long: {len(text)} characters of text (limit {MAX_TEXT_CHARS}); split it")
    today = today or datetime.now(UTC).date()
    if message.published_at and _as_date(message.published_at) > today + _FUTURE_TOLERANCE:
        raise InvalidPayload(f"published_at {message.published_at} lies in the future")
    return Article(
        id=message.id or article_id(message.url, text),
        text=text,
        title=message.title,
        url=message.url,
        source=message.source,
        published_at=message.published_at,
        language=message.language,
    )


def article_from_payload(body: bytes, *, today: date | None = None) -> Article:
    """Decode, parse and validate a raw message body."""
    if len(body) > MAX_MESSAGE_BYTES:
        raise InvalidPayload(f"too large: {len(body)} bytes (limit {MAX_MESSAGE_BYTES})")
    try:
        decoded = body.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InvalidPayload(f"not UTF-8: undecodable byte at offset {error.start}") from error
    try:
        data = json.loads(decoded)
    except json.JSONDecodeError as error:
        raise InvalidPayload(f"invalid JSON: {error}") from error
    if not isinstance(data, dict):
        raise InvalidPayload(f"wrong shape: expected a JSON object, got {type(data).__name__}")
    try:
        message = ArticleMessage.model_validate(data)
    except ValidationError as error:
        raise InvalidPayload(_validation_reason(error)) from error
    return article_from_message(message, today=today)


def readable_article(message: ArticleMessage, *, today: date | None = None) -> Article:
    """The Article a worker would extract from this message, or the error it would dead-letter it for
    (InvalidPayload, NotEnglishError): `publish` refuses the same articles before they reach the queue."""
    article = article_from_message(message, today=today)
    ensure_english(article.text)  # the rules read English only
    return article
