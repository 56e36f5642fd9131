"""Web pages and feeds into the queue's contract: a page's main text and metadata, a feed's items.

A page becomes an `ArticleMessage` the way an `.html` file does (consumers/readers.py): trafilatura
takes the main text, the title, the outlet, the publication date and the canonical URL; the feed item
fills what the page does not say. The article id is then derived by `publish` from the canonical URL,
so a page reached through a feed, a redirect or `chronicle publish URL` is one article.
"""

import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any
from urllib.parse import urlsplit

import feedparser
import trafilatura

from chronicle.consumers.contracts import ArticleMessage
from chronicle.consumers.fetch import Fetcher, FetchError, Response, WrongType

__all__ = [
    "FEED_ACCEPT",
    "PAGE_ACCEPT",
    "BrokenFeed",
    "Feed",
    "FeedItem",
    "NoMainText",
    "fetch_articles",
    "fetch_feed",
    "fetch_page",
    "page_message",
]

PAGE_ACCEPT = "text/html,application/xhtml+xml;q=0.9"
FEED_ACCEPT = "application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.5"
_HTML_TYPES = {"text/html", "application/xhtml+xml"}


class NoMainText(FetchError):
    """trafilatura found no article text on the page."""


class BrokenFeed(FetchError):
    """The body is not an RSS or Atom feed that can be read."""


@dataclass(frozen=True)
class FeedItem:
    """One entry of a feed: its link and what the feed says about it."""

    link: str
    guid: str | None = None
    title: str | None = None
    published_at: datetime | None = None


@dataclass(frozen=True)
class Feed:
    """A feed as read now: its title and items, and the validators for the next conditional GET."""

    url: str
    title: str | None
    items: list[FeedItem]
    etag: str | None = None
    modified: str | None = None
    not_modified: bool = False


def _struct_time(value: Any) -> datetime | None:
    try:
        return datetime.fromtimestamp(time.mktime(value), tz=UTC) if value else None
    except (OverflowError, TypeError, ValueError):
        return None


def _decode(response: Response) -> str:
    for charset in (response.charset, "utf-8"):
        if charset:
            try:
                return response.body.decode(charset)
            except (LookupError, UnicodeDecodeError):
                continue
    return response.body.decode("cp1252", "replace")


def _iso_date(value: object) -> date | None:
    try:
        return date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def page_message(
    response: Response, item: FeedItem | None = None, outlet: str | None = None
) -> ArticleMessage:
    """The article on a fetched page, with the feed item's metadata where the page has none.

    Raises:
        WrongType: the response is not an HTML page.
        NoMainText: the page holds no article text.
    """
    looks_html = response.body.lstrip()[:200].lower().startswith((b"<!doctype html", b"<html"))
    if response.content_type not in _HTML_TYPES and not (not response.content_type and looks_html):
        shown = response.content_type or "no content type"
        raise WrongType(response.url, f"not an HTML page ({shown})")
    extracted = trafilatura.extract(
        _decode(response),
        url=response.url,
        output_format="json",
        with_metadata=True,
        include_comments=False,
        # the page's own date metadata only: the extensive search takes dates from the body
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    meta: dict[str, Any] = json.loads(extracted) if extracted else {}
    title = meta.get("title") or (item.title if item else None)
    lines = [line.strip() for line in (meta.get("text") or "").splitlines() if line.strip()]
    if lines and title and lines[0].casefold() == str(title).casefold():
        lines = lines[1:]  # the page's <h1> repeats the title
    if not lines:
        raise NoMainText(response.url, "no article text found on the page")
    canonical = (
        meta.get("source") if str(meta.get("source") or "").startswith(("http://", "https://")) else None
    )
    published = _iso_date(meta.get("date")) or (item.published_at if item else None)
    return ArticleMessage(
        url=canonical or response.url,
        title=title,
        source=meta.get("source-hostname")
        or outlet
        or meta.get("hostname")
        or urlsplit(response.url).hostname,
        published_at=published,
        text="\n\n".join(lines),
    )


def fetch_page(
    fetcher: Fetcher, url: str, item: FeedItem | None = None, outlet: str | None = None
) -> ArticleMessage:
    """Fetch one page and read its article (see page_message); raises a FetchError naming the URL."""
    response = fetcher.get(url, accept=PAGE_ACCEPT, max_bytes=fetcher.politeness.max_page_bytes)
    return page_message(response, item, outlet)


def fetch_articles(
    fetcher: Fetcher, urls: list[str], on_failure: Callable[[FetchError], None]
) -> list[ArticleMessage]:
    """The articles of these pages; a page that fails is passed to `on_failure` and the rest go on."""
    messages = []
    for url in urls:
        try:
            messages.append(fetch_page(fetcher, url))
        except FetchError as error:
            on_failure(error)
    return messages


def fetch_feed(fetcher: Fetcher, url: str, etag: str | None = None, modified: str | None = None) -> Feed:
    """Read an RSS or Atom feed, conditionally when validators from the last read are given.

    Raises:
        BrokenFeed: not a feed (feedparser's reason); FetchError for the request itself.
    """
    headers = {k: v for k, v in (("If-None-Match", etag), ("If-Modified-Since", modified)) if v}
    response = fetcher.get(
        url, accept=FEED_ACCEPT, max_bytes=fetcher.politeness.max_feed_bytes, headers=headers
    )
    if response.status == 304:
        return Feed(url, None, [], etag, modified, not_modified=True)
    parsed = feedparser.parse(
        response.body, response_headers={"content-type": response.content_type or "application/xml"}
    )
    version = parsed.get("version")
    if not version and not parsed.entries:
        reason = parsed.get("bozo_exception") or "no RSS or Atom elements"
        raise BrokenFeed(url, f"not a readable feed: {reason}")
    items = []
    for entry in parsed.entries:
        link = entry.get("link") or next(
            (ln.get("href") for ln in entry.get("links", []) if ln.get("href")), None
        )
        if not link:
            continue
        items.append(
            FeedItem(
                link=link,
                guid=entry.get("id"),
                title=entry.get("title"),
                published_at=_struct_time(entry.get("published_parsed") or entry.get("updated_parsed")),
            )
        )
    return Feed(
        url=response.url,
        title=parsed.feed.get("title"),
        items=items,
        etag=response.headers.get("etag"),
        modified=response.headers.get("last-modified"),
    )
