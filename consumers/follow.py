"""Following feeds: poll, fetch each new item's page, publish it like `chronicle publish`, remember it.

What has been seen lives in a JetStream key-value bucket (`FOLLOW_BUCKET`), not in a local file, so a
second follower on another machine (or the same one after a restart) skips what the first published.
Keys are `item.<hash of the link>` (the outcome for one feed item) and `feed.<hash of the feed URL>`
(the feed's validators for a conditional GET, its failures and when to poll it next).

A poll never stops on one bad page: each failure is recorded with its URL and reason, retried at later
polls up to `MAX_ATTEMPTS` times when it may pass (a timeout, a 5xx), and given up at once when it never
will (robots.txt, not a page, too large). A feed that fails is polled again after a back-off that
doubles up to a day (or what its Retry-After asks). The follower only publishes; the graph workers do
the rest, at their own pace.
"""

import hashlib
import json
from collections.abc import Callable
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import anyio
from faststream.nats import NatsBroker
from nats.js.api import KeyValueConfig, StorageType
from nats.js.errors import KeyNotFoundError
from nats.js.kv import KeyValue
from pydantic import BaseModel, Field, ValidationError

from chronicle.consumers.broker import key_value_bucket
from chronicle.consumers.contracts import ArticleMessage
from chronicle.consumers.fetch import Fetcher, FetchError, Forbidden, HttpStatus, TooLarge, WrongType
from chronicle.consumers.pages import Feed, FeedItem, fetch_feed, fetch_page
from chronicle.consumers.payload import InvalidPayload
from chronicle.consumers.publish import ArticleRefused, publish_articles
from chronicle.errors import ChronicleError

__all__ = [
    "FOLLOW_BUCKET",
    "MAX_ATTEMPTS",
    "FeedPoll",
    "FeedState",
    "FollowState",
    "FollowStopped",
    "ItemState",
    "backoff",
    "follow",
    "follow_round",
    "poll_feed",
]

FOLLOW_BUCKET = "chronicle_follow"
MAX_ATTEMPTS = 3
"""A page that failed in a way that may pass is tried at this many polls, then given up."""
MAX_BACKOFF = timedelta(days=1)
_KEEP = 400 * 24 * 3600.0
"""Seconds the bucket keeps an entry: longer than any feed keeps an item."""


_REFUSED: tuple[type[Exception], ...] = (InvalidPayload, ValidationError, ArticleRefused)
"""What `publish` refuses before sending (too long, not valid, not English): the item is given up."""


class FollowStopped(ChronicleError):
    """A round could not finish because the queue failed (NATS unreachable, full, or gone mid-round)."""


def _hash(text: str) -> str:
    return hashlib.sha256(text.strip().encode("utf-8")).hexdigest()[:40]


def _now() -> datetime:
    return datetime.now(UTC)


def backoff(interval: float, failures: int, retry_after: float | None = None) -> timedelta:
    """How long to wait before polling a feed again: the interval, doubled per failure, at most a day."""
    wait = timedelta(seconds=interval * 2 ** min(max(failures, 0), 12))
    if retry_after:
        wait = max(wait, timedelta(seconds=retry_after))
    return min(wait, MAX_BACKOFF)


class ItemState(BaseModel):
    """What became of one feed item."""

    link: str
    status: str  # published, duplicate, failed, gave-up
    article_id: str | None = None
    seq: int | None = Field(None, description="Its message's sequence in the ARTICLES stream.")
    reason: str | None = None
    attempts: int = 0
    at: datetime


class FeedState(BaseModel):
    """A followed feed's validators, failures and next poll time."""

    url: str
    etag: str | None = None
    modified: str | None = None
    failures: int = 0
    last_error: str | None = None
    next_poll: datetime | None = None
    pending: list[str] = Field(
        default_factory=list, description="Links of items that failed and will be tried again."
    )


class FollowState:
    """The JetStream key-value bucket that remembers feeds and items for every follower."""

    def __init__(self, kv: KeyValue) -> None:
        self.kv = kv

    @classmethod
    async def open(cls, broker: NatsBroker) -> "FollowState":
        """The bucket, created on first use (file storage, one value per key)."""
        config = KeyValueConfig(
            bucket=FOLLOW_BUCKET,
            description="chronicle follow: feed items seen and feed poll state",
            history=1,
            ttl=_KEEP,
            storage=StorageType.FILE,
        )
        return cls(await key_value_bucket(broker, config))

    async def _get(self, key: str) -> dict | None:
        try:
            entry = await self.kv.get(key)
        except KeyNotFoundError:
            return None
        return json.loads(entry.value) if entry and entry.value else None

    async def item(self, link: str) -> ItemState | None:
        data = await self._get(f"item.{_hash(link)}")
        return ItemState(**data) if data else None

    async def save_item(self, state: ItemState) -> None:
        await self.kv.put(f"item.{_hash(state.link)}", state.model_dump_json().encode())

    async def feed(self, url: str) -> FeedState:
        data = await self._get(f"feed.{_hash(url)}")
        return FeedState(**data) if data else FeedState(url=url)

    async def save_feed(self, state: FeedState) -> None:
        await self.kv.put(f"feed.{_hash(state.url)}", state.model_dump_json().encode())


@dataclass
class FeedPoll:
    """What one poll of one feed did: items published, already there, failed (URL and reason)."""

    url: str
    title: str | None = None
    items: int = 0
    published: list[str] = field(default_factory=list)
    duplicates: int = 0
    seen: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    error: str | None = None
    not_modified: bool = False
    skipped: bool = False
    next_poll: datetime | None = None


def _final(error: FetchError) -> bool:
    """Failures that no later poll will change: robots.txt, not a page, too large, 4xx other than 429."""
    if isinstance(error, Forbidden | WrongType | TooLarge):
        return True
    return isinstance(error, HttpStatus) and 400 <= error.status < 500 and error.status not in (408, 429)


async def _fetch(fetcher: Fetcher, item: FeedItem, outlet: str | None) -> ArticleMessage:
    return await anyio.to_thread.run_sync(fetch_page, fetcher, item.link, item, outlet)


async def poll_feed(
    broker: NatsBroker,
    state: FollowState,
    fetcher: Fetcher,
    url: str,
    *,
    interval: float,
    force: bool = False,
) -> FeedPoll:
    """Poll one feed once: publish each item not seen before, record every outcome.

    NATS failing while publishing is not caught: the caller backs off as a whole.
    """
    feed_state = await state.feed(url)
    poll = FeedPoll(url=url)
    try:
        feed: Feed = await anyio.to_thread.run_sync(
            lambda: fetch_feed(fetcher, url, feed_state.etag, feed_state.modified)
        )
    except FetchError as error:
        feed_state.failures += 1
        feed_state.last_error = error.reason
        retry_after = error.retry_after if isinstance(error, HttpStatus) else None
        feed_state.next_poll = _now() + backoff(interval, feed_state.failures, retry_after)
        await state.save_feed(feed_state)
        poll.error, poll.next_poll = error.reason, feed_state.next_poll
        return poll
    poll.title, poll.items, poll.not_modified = feed.title, len(feed.items), feed.not_modified
    # an unchanged feed (304) still has its failed items tried again
    items = feed.items if not feed.not_modified else [FeedItem(link=link) for link in feed_state.pending]
    feed_state.pending = [
        item.link
        for item in items
        if await _follow_item(broker, state, fetcher, item, feed.title, poll, force) == "failed"
    ]
    feed_state.failures, feed_state.last_error = 0, None
    if not feed.not_modified:
        feed_state.etag, feed_state.modified = feed.etag, feed.modified
    feed_state.next_poll = poll.next_poll = _now() + backoff(interval, 0)
    await state.save_feed(feed_state)
    return poll


async def _follow_item(
    broker: NatsBroker,
    state: FollowState,
    fetcher: Fetcher,
    item: FeedItem,
    outlet: str | None,
    poll: FeedPoll,
    force: bool,
) -> str:
    """Fetch and publish one item unless it is settled; returns its status (`failed`: try again)."""
    before = await state.item(item.link)
    if before and not force and (before.status in ("published", "duplicate", "gave-up")):
        poll.seen += 1
        return before.status
    attempts = (before.attempts if before else 0) + 1
    try:
        message = await _fetch(fetcher, item, outlet)
        [published] = await publish_articles(broker, [message], force=force)
    except FetchError as error:
        gave_up = _final(error) or attempts >= MAX_ATTEMPTS
        status = "gave-up" if gave_up else "failed"
        await state.save_item(
            ItemState(link=item.link, status=status, reason=error.reason, attempts=attempts, at=_now())
        )
        poll.failed.append((item.link, error.reason))
        return status
    except _REFUSED as error:
        await state.save_item(
            ItemState(link=item.link, status="gave-up", reason=str(error), attempts=attempts, at=_now())
        )
        poll.failed.append((item.link, str(error)))
        return "gave-up"
    status = "duplicate" if published.duplicate else "published"
    await state.save_item(
        ItemState(
            link=item.link,
            status=status,
            article_id=published.id,
            seq=published.seq,
            attempts=attempts,
            at=_now(),
        )
    )
    if published.duplicate:
        poll.duplicates += 1
    else:
        poll.published.append(message.title or published.id[:12])
    return status


async def follow_round(
    broker: NatsBroker,
    feeds: list[str],
    fetcher: Fetcher,
    *,
    interval: float,
    report: Callable[[FeedPoll], None],
    force: bool = False,
    due_only: bool = True,
) -> datetime:
    """Poll each feed that is due (all of them with `due_only=False`); returns when the next one is due.

    A feed backing off after failures is not due until its time, so neither a loop nor cron hammers it.
    """
    state = await FollowState.open(broker)
    for url in feeds:
        feed_state = await state.feed(url)
        waiting = feed_state.next_poll and feed_state.next_poll > _now()
        if waiting and (due_only or feed_state.failures):
            poll = FeedPoll(url=url, error=f"backing off after {feed_state.failures} failures", skipped=True)
            poll.next_poll = feed_state.next_poll
            report(poll)
            continue
        report(await poll_feed(broker, state, fetcher, url, interval=interval, force=force))
    due = [(await state.feed(url)).next_poll for url in feeds]
    return min((d for d in due if d), default=_now() + timedelta(seconds=interval))


async def follow(
    connect: Callable[[], AbstractAsyncContextManager[NatsBroker]],
    feeds: list[str],
    fetcher: Fetcher,
    *,
    interval: float,
    once: bool,
    report: Callable[[FeedPoll], None],
    on_queue_error: Callable[[Exception, float], None],
    force: bool = False,
) -> None:
    """Follow the feeds: one round (`once`, for cron), or round after round until cancelled.

    Each round connects to NATS afresh, so a follower outlives a NATS restart; when NATS cannot be
    reached or stops storing, `on_queue_error(error, seconds)` is told and the round is tried again
    after a back-off (1, 2, 4 ... minutes, at most an hour). With `once` the error is raised instead.
    """
    failures = 0
    while True:
        try:
            async with connect() as broker:
                wake = await follow_round(
                    broker, feeds, fetcher, interval=interval, report=report, force=force, due_only=not once
                )
            failures = 0
        except Exception as error:
            if once:
                if isinstance(error, ChronicleError):
                    raise
                raise FollowStopped(
                    f"the queue failed during the round: {error or type(error).__name__}"
                ) from error
            failures += 1
            wait = min(3600.0, 60.0 * 2 ** (failures - 1))
            on_queue_error(error, wait)
            wake = _now() + timedelta(seconds=wait)
        if once:
            return
        await anyio.sleep(max(1.0, (wake - _now()).total_seconds()))
