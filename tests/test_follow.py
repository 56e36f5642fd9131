"""Feeds and pages in: the polite fetcher, page and feed reading, and `chronicle follow`/`publish URL`.

Everything is served by a real HTTP server on 127.0.0.1 (tests/web_fixture.py): a good feed, a broken
one, a 404, a slow page, a huge page, a redirect, a PDF and a page robots.txt forbids. The tests marked
integration publish to the real NATS (and one ingests into the real Neo4j); each run's site has a new
port, so its links are new to the follow bucket and the stream's dedup window.
"""

import asyncio
import contextlib
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from datetime import timedelta

import anyio
import pytest
from faststream.nats import NatsBroker
from neo4j import Driver
from typer.testing import CliRunner

from chronicle.cli.common import nats
from chronicle.cli.main import app
from chronicle.consumers.contracts import STREAM_NAME
from chronicle.consumers.fetch import (
    USER_AGENT,
    Fetcher,
    FetchError,
    Forbidden,
    HttpStatus,
    Politeness,
    TooLarge,
    WrongType,
)
from chronicle.consumers.follow import MAX_BACKOFF, FollowState, FollowStopped, backoff, follow
from chronicle.consumers.pages import BrokenFeed, fetch_feed, fetch_page
from chronicle.extraction.ids import article_id
from chronicle.graph.connection import driver as open_driver
from chronicle.settings import get_settings
from tests.helpers import delete_articles, scalar
from tests.web_fixture import Site, serve_site

runner = CliRunner()
QUICK = Politeness(min_interval=0.01, timeout=1.0, max_page_bytes=200_000)


@pytest.fixture
def site() -> Iterator[Site]:
    with serve_site() as running:
        yield running
        if running.published:
            _forget(running)


def _forget(site: Site) -> None:
    """Take back what a test published: its messages from the stream (so no later worker writes them),
    its follow records, and its articles (with what they alone mention) from the graph."""
    links = [site.url(path) for path in site.published]

    async def unpublish() -> None:
        async with nats() as broker:
            state = await FollowState.open(broker)
            js = broker.connection.jetstream()
            for link in links:
                item = await state.item(link)
                if item and item.seq and item.status == "published":
                    with contextlib.suppress(Exception):  # a message already removed
                        await js.delete_msg(STREAM_NAME, item.seq)

    asyncio.run(unpublish())
    with open_driver(get_settings()) as graph:
        ids = [article_id(link, "") for link in links]
        delete_articles(graph, get_settings().neo4j_database, ids=ids)


@pytest.fixture
def fetcher() -> Fetcher:
    return Fetcher(QUICK)


def test_fetch_page_reads_text_title_outlet_date_and_url(site: Site, fetcher: Fetcher) -> None:
    message = fetch_page(fetcher, site.url("/news/harbour.html"))
    assert message.title == "Harbour cranes return to Telmori after the storm"
    assert message.source == "Telmori Courier"
    assert str(message.published_at) == "2025-05-12"
    assert message.url == site.url("/news/harbour.html")
    assert message.text and message.text.startswith("The port authority of Telmori said on Monday")
    assert "all rights reserved" not in message.text and "Home" not in message.text


def test_fetch_page_follows_a_redirect_to_the_canonical_url(site: Site, fetcher: Fetcher) -> None:
    message = fetch_page(fetcher, site.url("/old/bridge"))
    assert message.url == site.url("/news/bridge.html")
    assert site.hits("/old/bridge") == 1 and site.hits("/news/bridge.html") == 1


@pytest.mark.parametrize(
    ("path", "error", "reason"),
    [
        ("/news/missing.html", HttpStatus, "HTTP 404 Not Found"),
        ("/news/slow.html", FetchError, "no complete answer within 1 s"),
        ("/news/huge.html", TooLarge, "more than 200,000 bytes, the limit"),
        ("/files/report.pdf", WrongType, "not an HTML page (application/pdf)"),
        ("/private/memo.html", Forbidden, "robots.txt forbids Chronicle to fetch this page"),
        ("/../etc", HttpStatus, "HTTP 404 Not Found"),
    ],
)
def test_fetch_page_failures_name_the_url_and_the_reason(
    site: Site, fetcher: Fetcher, path: str, error: type[FetchError], reason: str
) -> None:
    with pytest.raises(error) as raised:
        fetch_page(fetcher, site.url(path))
    assert raised.value.reason == reason
    assert str(raised.value).startswith(site.base)


def test_fetcher_never_requests_what_robots_forbids_and_names_itself(site: Site, fetcher: Fetcher) -> None:
    with pytest.raises(Forbidden):
        fetch_page(fetcher, site.url("/private/memo.html"))
    fetch_page(fetcher, site.url("/news/harbour.html"))
    assert site.hits("/private/memo.html") == 0
    assert site.hits("/robots.txt") == 1  # read once per host
    assert {agent for _, agent in site.requests} == {USER_AGENT}
    assert USER_AGENT.startswith("Chronicle/")


def test_fetcher_refuses_other_schemes_and_unreachable_robots(fetcher: Fetcher) -> None:
    with pytest.raises(Forbidden, match="only http and https"):
        fetcher.get("file:///etc/passwd", accept="*/*", max_bytes=10)
    with pytest.raises(FetchError, match=r"cannot read robots\.txt: cannot connect"):
        fetcher.get("http://127.0.0.1:9/news.html", accept="*/*", max_bytes=10)


def test_fetcher_waits_its_turn_per_host(site: Site, monkeypatch: pytest.MonkeyPatch) -> None:
    waits: list[float] = []
    monkeypatch.setattr("chronicle.consumers.fetch.time.sleep", waits.append)
    fetcher = Fetcher(Politeness(min_interval=30.0, timeout=1.0))
    fetch_page(fetcher, site.url("/news/harbour.html"))  # robots.txt, then the page: one wait
    fetch_page(fetcher, site.url("/news/bridge.html"))  # a second wait, behind the first
    assert len(waits) == 2
    assert 29.0 < waits[0] <= 30.0 and 59.0 < waits[1] <= 60.0


def test_fetch_feed_reads_rss_and_atom_and_refuses_a_broken_feed(site: Site, fetcher: Fetcher) -> None:
    rss = fetch_feed(fetcher, site.url("/feed.xml"))
    assert rss.title == "Telmori Courier" and len(rss.items) == 7 and rss.etag == '"v1"'
    assert rss.items[1].link == site.url("/old/bridge")
    assert rss.items[0].published_at is not None and rss.items[0].published_at.year == 2025
    atom = fetch_feed(fetcher, site.url("/atom.xml"))
    assert [i.link for i in atom.items] == [site.url("/news/harbour.html"), site.url("/news/bridge.html")]
    assert fetch_feed(fetcher, site.url("/feed.xml"), etag='"v1"').not_modified
    with pytest.raises(BrokenFeed, match="not a readable feed"):
        fetch_feed(fetcher, site.url("/broken.xml"))
    with pytest.raises(HttpStatus):
        fetch_feed(fetcher, site.url("/nothing.xml"))


def test_backoff_doubles_per_failure_up_to_a_day() -> None:
    assert backoff(900, 0) == timedelta(seconds=900)
    assert backoff(900, 2) == timedelta(seconds=3600)
    assert backoff(900, 30) == MAX_BACKOFF
    assert backoff(60, 0, retry_after=600) == timedelta(seconds=600)


def test_follow_refuses_a_feed_that_is_not_a_url() -> None:
    result = runner.invoke(app, ["follow", "feeds.txt", "--once"])
    assert result.exit_code == 1
    assert result.stderr.strip() == "Error: feeds.txt: a feed is an http:// or https:// URL"


def _follow(site: Site, *paths: str) -> tuple[int, str]:
    site.published += ["/news/harbour.html", "/old/bridge", "/news/bridge.html"]  # the pages that pass
    result = runner.invoke(
        app, ["follow", *(site.url(p) for p in paths), "--once", "--per-host", "0.5", "--timeout", "1"]
    )
    return result.exit_code, result.stdout + (result.stderr or "")


@pytest.mark.integration
def test_follow_once_publishes_new_items_reports_each_failure_and_remembers(site: Site) -> None:
    code, output = _follow(site, "/feed.xml")
    assert code == 0, output
    assert "7 items, 2 published, 5 failed" in output
    for path, reason in [
        ("/news/missing.html", "HTTP 404 Not Found"),
        ("/news/slow.html", "no complete answer within 1 s"),
        ("/news/huge.html", "the limit"),
        ("/files/report.pdf", "not an HTML page"),
        ("/private/memo.html", "robots.txt forbids"),
    ]:
        assert f"failed {site.url(path)}: " in output and reason in output
    assert site.hits("/private/memo.html") == 0

    async def remembered() -> tuple[object, object, object]:
        async with nats() as broker:  # a second follower reads the same bucket
            state = await FollowState.open(broker)
            return (
                await state.item(site.url("/old/bridge")),
                await state.item(site.url("/news/slow.html")),
                await state.feed(site.url("/feed.xml")),
            )

    bridge, slow, feed = asyncio.run(remembered())
    assert bridge.status == "published"  # type: ignore[attr-defined]
    assert bridge.article_id == article_id(site.url("/news/bridge.html"), "")  # type: ignore[attr-defined]
    assert slow.status == "failed" and slow.attempts == 1  # type: ignore[attr-defined]
    assert feed.etag == '"v1"' and feed.pending == [site.url("/news/slow.html")]  # type: ignore[attr-defined]

    # the next poll: the feed is unchanged (304), only the page that may pass is tried again
    pages_before = site.hits("/news/harbour.html")
    code, output = _follow(site, "/feed.xml")
    assert code == 0, output
    assert "0 published, 1 failed" in output and f"failed {site.url('/news/slow.html')}" in output
    assert site.hits("/news/harbour.html") == pages_before and site.hits("/news/missing.html") == 1


@pytest.mark.integration
def test_follow_once_exits_non_zero_when_a_feed_cannot_be_read(site: Site) -> None:
    code, output = _follow(site, "/broken.xml", "/atom.xml")
    assert code == 1
    assert f"{site.url('/broken.xml')}: not a readable feed" in output
    assert "2 items, 2 published" in output
    assert "1 of 2 feeds could not be read" in output


@pytest.mark.integration
def test_publish_url_uses_the_same_ids_and_dedup_as_follow(site: Site) -> None:
    code, output = _follow(site, "/atom.xml")
    assert code == 0 and "2 published" in output, output
    result = runner.invoke(app, ["publish", site.url("/news/harbour.html"), site.url("/news/missing.html")])
    assert result.exit_code == 0, result.output
    assert (
        "Published 1 articles" in result.stdout and "1 already in the queue's dedup window" in result.stdout
    )
    assert f"Skipped {site.url('/news/missing.html')}: HTTP 404 Not Found" in result.stderr
    nothing = runner.invoke(app, ["publish", site.url("/files/report.pdf")])
    assert nothing.exit_code == 1 and "no articles found" in nothing.stderr


@pytest.mark.integration
def test_ingest_url_puts_the_page_in_the_graph(site: Site, driver: Driver, database: str) -> None:
    url = site.url("/news/bridge.html")
    site.published.append("/news/bridge.html")
    result = runner.invoke(app, ["ingest", url, "--timeout", "300"])
    assert result.exit_code == 0, result.output
    ident = article_id(url, "")
    assert scalar(driver, database, "MATCH (a:Article {id: $id}) RETURN a.title", id=ident) == (
        "New bridge over the Oska opens to traffic"
    )
    assert (
        scalar(driver, database, "MATCH (a:Article {id: $id}) RETURN a.source", id=ident) == "Telmori Courier"
    )


def _failing_queue(error: Exception) -> Callable[[], AbstractAsyncContextManager[NatsBroker]]:
    @asynccontextmanager
    async def connect() -> AsyncIterator[NatsBroker]:
        raise error
        yield  # pragma: no cover

    return connect


def test_follow_backs_off_while_the_queue_is_down_and_once_says_so_in_one_line() -> None:
    told: list[tuple[str, float]] = []

    async def keep_following() -> None:
        with anyio.move_on_after(2):
            await follow(
                _failing_queue(OSError("connection refused")),
                ["http://127.0.0.1:9/feed.xml"],
                Fetcher(QUICK),
                interval=900,
                once=False,
                report=lambda poll: None,
                on_queue_error=lambda error, wait: told.append((str(error), wait)),
            )

    anyio.run(keep_following)
    assert told == [("connection refused", 60.0)]  # then it sleeps a minute instead of hammering NATS

    async def once() -> None:
        await follow(
            _failing_queue(OSError("connection refused")),
            ["http://127.0.0.1:9/feed.xml"],
            Fetcher(QUICK),
            interval=900,
            once=True,
            report=lambda poll: None,
            on_queue_error=lambda error, wait: None,
        )

    with pytest.raises(FollowStopped, match="the queue failed during the round: connection refused"):
        anyio.run(once)
