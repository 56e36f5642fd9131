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
    "EARLIEST_PUBLISHED",
    "InvalidPayload",
    "article_from_message",
    "article_from_payload",
    "field_problem",
    "html_to_text",
    "readable_article",
]

_FUTURE_TOLERANCE = timedelta(days=1)
EARLIEST_PUBLISHED = date(1800, 1, 1)
"""Articles dated before this are refused: no news archive goes back further, and relative dates
("300 years ago") resolved against year 1 fall outside what a date can hold."""
_NO_NUL = ("id", "title", "source", "url", "language")
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


def field_problem(message: ArticleMessage) -> str | None:
    """Why a message's fields cannot be stored (a lone surrogate, a NUL byte, a date before
    EARLIEST_PUBLISHED), or None. `chronicle publish` refuses such an article; the worker dead-letters it."""
    for name in ArticleMessage.model_fields:
        value = getattr(message, name)
        if not isinstance(value, str):
            continue
        lone = next((i for i, c in enumerate(value) if "\ud800" <= c <= "\udfff"), None)
        if lone is not None:
            return f"bad text: {name} holds a lone surrogate U+{ord(value[lone]):04X} at offset {lone} (not UTF-8)"
        if name in _NO_NUL and "\x00" in value:
            return f"bad text: {name} holds a NUL byte at offset {value.index(chr(0))}"
    if message.published_at and _as_date(message.published_at) < EARLIEST_PUBLISHED:
        return f"published_at {message.published_at} lies before {EARLIEST_PUBLISHED.year}"
    return None


def article_from_message(message: ArticleMessage, *, today: date | None = None) -> Article:
    """Turn a valid message into the Article extraction reads; refuses what makes no sense."""
    if problem := field_problem(message):
        raise InvalidPayload(problem)
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
    except RecursionError:
        raise InvalidPayload("invalid JSON: nested too deeply to parse") from None
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
