"""Turn input files into `ArticleMessage`s so every producer publishes the same contract.

Supported inputs: `.json` (one object or a list), `.jsonl` (one object a line), `.txt` (one
article, or an aggregator digest page split into its articles), `.html`/`.htm` (main text and
metadata via trafilatura) and directories of those (recursively, sorted, hidden files skipped).
Keyword options fill what a collection leaves empty; for one `.txt` or `.html` article, which the
user names directly, they take precedence over what is detected in the file.
"""

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import trafilatura
from pydantic import ValidationError

from chronicle.consumers.contracts import ArticleMessage
from chronicle.consumers.errors import (
    BadJsonError,
    EmptyArticleError,
    InputNotFoundError,
    InvalidArticleError,
    NoMainTextError,
    NotUtf8Error,
    ReaderError,
    UnsupportedFormatError,
)
from chronicle.extraction.ids import article_id

__all__ = [
    "SUPPORTED_SUFFIXES",
    "DigestItem",
    "Options",
    "is_digest",
    "read_articles",
    "read_html",
    "read_json",
    "read_jsonl",
    "read_text_file",
    "split_digest",
]

SUPPORTED_SUFFIXES = (".json", ".jsonl", ".txt", ".html", ".htm")

Published = date | datetime | None


@dataclass(frozen=True)
class Options:
    """Metadata given by the caller (CLI `--title/--source/--published-at`)."""

    title: str | None = None
    source: str | None = None
    published_at: Published = None


def read_articles(
    path: Path,
    *,
    title: str | None = None,
    source: str | None = None,
    published_at: Published = None,
) -> list[ArticleMessage]:
    """Read one file or a directory into messages, each with an id.

    Args:
        path: a supported file or a directory of them.
        title, source, published_at: metadata the input does not carry itself.

    Returns:
        The articles in file order (directories: sorted by relative path).

    Raises:
        ReaderError: a subclass naming the file (and line) and what is wrong with it.
    """
    path = Path(path)
    options = Options(title=title, source=source, published_at=published_at)
    if not path.exists():
        raise InputNotFoundError(path)
    if path.is_dir():
        return _read_directory(path, options)
    reader = _READERS.get(path.suffix.lower())
    if reader is None:
        expected = ", ".join(SUPPORTED_SUFFIXES)
        shown = path.suffix or "(none)"
        raise UnsupportedFormatError(path, f"unsupported extension {shown} (expected {expected})")
    return reader(path, options)


def _read_directory(path: Path, options: Options) -> list[ArticleMessage]:
    files = sorted(
        p
        for p in path.rglob("*")
        if p.is_file()
        and p.suffix.lower() in SUPPORTED_SUFFIXES
        and not any(part.startswith(".") for part in p.relative_to(path).parts)
    )
    if not files:
        raise EmptyArticleError(path, f"no {', '.join(SUPPORTED_SUFFIXES)} files in directory")
    articles: list[ArticleMessage] = []
    for file in files:
        articles.extend(_READERS[file.suffix.lower()](file, options))
    return articles


def _read_text(path: Path) -> str:
    """The file as UTF-8 text (a BOM is dropped)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ReaderError(path, exc.strerror or str(exc)) from exc
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise NotUtf8Error(path, exc.start) from exc


def _message(fields: dict[str, Any], path: Path, *, line: int | None = None) -> ArticleMessage:
    """Validate one record and give it an id from its URL or text when it has none."""
    for body in ("text", "html"):
        if isinstance(fields.get(body), str):
            fields[body] = fields[body].strip() or None
    if not (fields.get("text") or fields.get("html")):
        raise EmptyArticleError(path, "article has no 'text' or 'html'", line=line)
    try:
        message = ArticleMessage.model_validate(fields)
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(part) for part in first["loc"]) or "record"
        raise InvalidArticleError(path, f"field '{field}': {first['msg']}", line=line) from exc
    if message.id is None:
        message.id = article_id(message.url, message.text or message.html or "")
    return message


def _record(
    value: object, options: Options, path: Path, *, line: int | None = None, where: str = ""
) -> ArticleMessage:
    if not isinstance(value, dict):
        kind = type(value).__name__
        raise InvalidArticleError(path, f"{where}expected a JSON object, got {kind}", line=line)
    fields = dict(value)
    for name in ("title", "source", "published_at"):
        if fields.get(name) in (None, "") and getattr(options, name) is not None:
            fields[name] = getattr(options, name)
    return _message(fields, path, line=line)


def read_json(path: Path, options: Options = Options()) -> list[ArticleMessage]:
    """A `.json` file holding one article object or a list of them."""
    text = _read_text(path)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise BadJsonError(path, f"invalid JSON: {exc.msg} (column {exc.colno})", line=exc.lineno) from exc
    if isinstance(data, list):
        if not data:
            raise EmptyArticleError(path, "empty JSON list")
        return [_record(item, options, path, where=f"item {n}: ") for n, item in enumerate(data, 1)]
    return [_record(data, options, path)]


def read_jsonl(path: Path, options: Options = Options()) -> list[ArticleMessage]:
    """A `.jsonl` file, one article object a line; blank lines are skipped."""
    articles: list[ArticleMessage] = []
    for number, line in enumerate(_read_text(path).splitlines(), 1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            raise BadJsonError(path, f"invalid JSON: {exc.msg} (column {exc.colno})", line=number) from exc
        articles.append(_record(data, options, path, line=number))
    if not articles:
        raise EmptyArticleError(path, "no JSON lines")
    return articles


def read_text_file(path: Path, options: Options = Options()) -> list[ArticleMessage]:
    """A `.txt` file: an aggregator digest page is split, anything else is one article."""
    text = _read_text(path)
    if not text.strip():
        raise EmptyArticleError(path, "empty text")
    if is_digest(text):
        return [
            _message(
                {
                    "title": item.title,
                    "source": item.source or options.source,
                    "published_at": options.published_at,
                    "text": item.text,
                },
                path,
            )
            for item in split_digest(text)
        ]
    fields = {"title": options.title, "source": options.source, "published_at": options.published_at}
    return [_message({**fields, "text": text}, path)]


def read_html(path: Path, options: Options = Options()) -> list[ArticleMessage]:
    """An HTML page: main text, title, date, site name and canonical URL via trafilatura."""
    html = _read_text(path)
    extracted = trafilatura.extract(
        html,
        output_format="json",
        with_metadata=True,
        include_comments=False,
        # Only the page's own date metadata: the extensive search would take the first date
        # mentioned in the body, usually an event date, as the publication date.
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    meta: dict[str, Any] = json.loads(extracted) if extracted else {}
    lines = [ln.strip() for ln in (meta.get("text") or "").splitlines() if ln.strip()]
    title = options.title or meta.get("title")
    if lines and meta.get("title") and lines[0].casefold() == str(meta["title"]).casefold():
        lines = lines[1:]  # the page's <h1> repeats the title
    if not lines:
        raise NoMainTextError(path, "trafilatura found no main text in this HTML page")
    found_date = _iso_date(meta.get("date"))
    fields = {
        "url": meta.get("source"),
        "title": title,
        "source": options.source or meta.get("source-hostname") or meta.get("hostname"),
        "published_at": options.published_at or found_date,
        "text": "\n\n".join(lines),
    }
    return [_message(fields, path)]


def _iso_date(value: object) -> date | None:
    """trafilatura's YYYY-MM-DD date, or None when absent or malformed."""
    try:
        return date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


# --- aggregator digest pages ---------------------------------------------------------------

_RELATIVE_TIME = re.compile(
    r"^(?:time\s*)?(?:(?:about|over|almost)\s+)?"
    r"(?:(?:an?|one|a few|\d+)\s+(?:second|sec|minute|min|hour|hr|day|week|month|year)s?\s+ago"
    r"|just now|yesterday)$",
    re.IGNORECASE,
)
_OUTLET_BULLET = re.compile(r"^[•·]\s*(\S.{0,59})$")
# A video caption's credit line: "<Outlet>'s <Reporter Name> reports."
_CREDIT_LINE = re.compile(r"\b([A-Z][\w&.-]{1,24})'s (?:[A-Z][\w.-]+ ){1,3}reports\.")
_SENTENCE_END = re.compile(r"[.!?\"'”’)]$")
_MAX_TITLE_CHARS = 300
_HEADER_WINDOW = 6


@dataclass(frozen=True)
class DigestItem:
    """One article found on a digest page; `age` is the relative time as printed ("an hour ago")."""

    title: str
    source: str | None
    age: str | None
    text: str


def _is_title(line: str) -> bool:
    return len(line) <= _MAX_TITLE_CHARS and not _RELATIVE_TIME.match(line)


def _is_prose(line: str) -> bool:
    """A paragraph of article text, as opposed to buttons, headings and banners."""
    return len(line.split()) >= 8 and bool(_SENTENCE_END.search(line))


def _is_outlet_line(line: str) -> bool:
    return len(line.split()) <= 5 and not _SENTENCE_END.search(line)


def _anchors(lines: list[str]) -> list[int]:
    """Indices where a title is printed twice in a row: the start of each digest item."""
    found: list[int] = []
    i = 0
    while i < len(lines) - 1:
        if lines[i] == lines[i + 1] and _is_title(lines[i]):
            found.append(i)
            i += 2
        else:
            i += 1
    return found


def _header(lines: list[str], start: int, title: str) -> tuple[int, str | None, str | None]:
    """Skip the item header (outlet, relative time, "• outlet", title again).

    Returns the index of the first body line, the outlet and the relative time.
    """
    outlet: str | None = None
    age: str | None = None
    j = start
    while j < min(len(lines), start + _HEADER_WINDOW):
        line = lines[j]
        bullet = _OUTLET_BULLET.match(line)
        next_line = lines[j + 1] if j + 1 < len(lines) else ""
        if line == title:
            pass
        elif _RELATIVE_TIME.match(line):
            age = re.sub(r"^time\s*", "", line)
        elif bullet:
            outlet = bullet.group(1).strip()
        elif outlet is not None and line == outlet:
            pass
        elif _is_outlet_line(line) and (_RELATIVE_TIME.match(next_line) or _OUTLET_BULLET.match(next_line)):
            outlet = line
        else:
            break
        j += 1
    return j, outlet, age


def _nonblank_lines(text: str) -> list[str]:
    return [ln.strip() for ln in text.splitlines() if ln.strip()]


def is_digest(text: str) -> bool:
    """True when the text has the digest structure: a repeated title line whose header holds
    a relative time and a "• outlet" line."""
    lines = _nonblank_lines(text)
    for i in _anchors(lines):
        _, outlet, age = _header(lines, i + 2, lines[i])
        if outlet and age:
            return True
    return False


def split_digest(text: str) -> list[DigestItem]:
    """The articles of a digest page; site header, banners and app-store text are dropped.

    An item's body is its first line after the header plus any following paragraphs of prose;
    the first non-prose line (a button, a heading) ends it. An item printed without an outlet
    (the page's main item) takes it from a caption credit line ("WSJ's ... reports."), if any.
    """
    lines = _nonblank_lines(text)
    anchors = _anchors(lines)
    items: list[DigestItem] = []
    for n, i in enumerate(anchors):
        end = anchors[n + 1] if n + 1 < len(anchors) else len(lines)
        title = lines[i]
        j, outlet, age = _header(lines, i + 2, title)
        if j >= end:
            continue
        body = [lines[j]]
        body.extend(next_line for next_line in _take_prose(lines[j + 1 : end]))
        body_text = "\n\n".join(body)
        if outlet is None and (credit := _CREDIT_LINE.search(body_text)):
            outlet = credit.group(1)
        items.append(DigestItem(title=title, source=outlet, age=age, text=body_text))
    return items


def _take_prose(lines: list[str]) -> list[str]:
    taken: list[str] = []
    for line in lines:
        if not _is_prose(line):
            break
        taken.append(line)
    return taken


_READERS: dict[str, Callable[[Path, Options], list[ArticleMessage]]] = {
    ".json": read_json,
    ".jsonl": read_jsonl,
    ".txt": read_text_file,
    ".html": read_html,
    ".htm": read_html,
}
