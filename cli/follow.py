"""`chronicle follow FEED_URL...`: poll RSS/Atom feeds and publish each new item's page to the queue."""

from datetime import datetime
from typing import Annotated

import anyio
import typer
from rich.markup import escape

from chronicle.cli.common import fail, nats, one_line_errors
from chronicle.cli.render import console, error_console
from chronicle.consumers.fetch import USER_AGENT, Fetcher, FetchError, Politeness
from chronicle.consumers.follow import FeedPoll
from chronicle.consumers.follow import follow as follow_feeds
from chronicle.consumers.pages import fetch_articles

__all__ = ["fetch_urls", "follow", "is_url", "poll_line"]


def is_url(value: str) -> bool:
    """An http(s) address rather than a file name."""
    return value.lower().startswith(("http://", "https://"))


def fetch_urls(urls: list[str], politeness: Politeness | None = None) -> list:
    """The articles on these pages (for `publish URL`); each page that fails is one red line."""

    def report(error: FetchError) -> None:
        error_console.print(f"[red]Skipped[/red] {escape(str(error))}", highlight=False, soft_wrap=True)

    return fetch_articles(Fetcher(politeness), urls, report)


def poll_line(poll: FeedPoll) -> str:
    """'feed (title): 12 items, 3 published, 8 seen before, 1 failed' (rich markup escaped)."""
    name = escape(poll.url + (f" ({poll.title})" if poll.title else ""))
    if poll.error:
        when = f"; next try {poll.next_poll:%Y-%m-%d %H:%M} UTC" if poll.next_poll else ""
        colour = "yellow" if poll.skipped else "red"
        return f"[{colour}]{name}: {escape(poll.error)}{when}[/{colour}]"
    if poll.not_modified and not (poll.published or poll.failed or poll.duplicates):
        return f"{name}: not modified since the last poll"
    first = "not modified, failed pages tried again" if poll.not_modified else f"{poll.items} items"
    parts = [first, f"{len(poll.published)} published"]
    parts += [f"{poll.seen} seen before"] if poll.seen else []
    parts += [f"{poll.duplicates} already in the queue"] if poll.duplicates else []
    parts += [f"[red]{len(poll.failed)} failed[/red]"] if poll.failed else []
    lines = [f"{name}: " + ", ".join(parts)]
    lines += [f"  [red]failed[/red] {escape(url)}: {escape(reason)}" for url, reason in poll.failed]
    return "\n".join(lines)


@one_line_errors
def follow(
    feeds: Annotated[list[str], typer.Argument(help="RSS or Atom feed URLs.", metavar="FEED_URL...")],
    once: Annotated[bool, typer.Option("--once", help="Poll each feed once and exit (for cron).")] = False,
    interval: Annotated[
        float, typer.Option(min=60, help="Seconds between polls of a feed (doubled after each failure).")
    ] = 900.0,
    per_host: Annotated[
        float, typer.Option(min=0.5, help="Seconds between two requests to the same site.")
    ] = 2.0,
    timeout: Annotated[float, typer.Option(min=1, help="Seconds for a whole response.")] = 20.0,
    force: Annotated[
        bool, typer.Option("--force", help="Fetch and send items again even if they were seen before.")
    ] = False,
) -> None:
    """Follow news feeds: fetch each new item's page and publish its article to the queue.

    Reads RSS and Atom (feedparser), takes each page's main text, title, outlet, date and canonical URL
    (trafilatura), and publishes with the same ids and dedup as `chronicle publish`. What was seen is
    kept in NATS (bucket chronicle_follow), so followers share it. Polite: it names itself, honours
    robots.txt and waits between requests to a site. A page that fails is listed with its reason.
    Example: chronicle follow https://example.org/feed.xml --once
    """
    bad = [feed for feed in feeds if not is_url(feed)]
    if bad:
        fail(f"{bad[0]}: a feed is an http:// or https:// URL")
    politeness = Politeness(min_interval=per_host, timeout=timeout)
    fetcher = Fetcher(politeness)
    unread: list[str] = []

    def report(poll: FeedPoll) -> None:
        stamp = "" if once else f"{datetime.now():%H:%M:%S} "
        console.print(stamp + poll_line(poll), highlight=False, soft_wrap=True)
        if poll.error and not poll.skipped:
            unread.append(poll.url)

    def queue_trouble(error: Exception, wait: float) -> None:
        error_console.print(
            f"[red]Queue:[/red] {escape(str(error) or type(error).__name__)}; trying again in {wait:.0f} s",
            highlight=False,
            soft_wrap=True,
        )

    if not once:
        console.print(f"Following {len(feeds)} feeds as {USER_AGENT!r} (Ctrl-C to stop).", highlight=False)

    async def run() -> None:
        await follow_feeds(
            nats,
            feeds,
            fetcher,
            interval=interval,
            once=once,
            report=report,
            on_queue_error=queue_trouble,
            force=force,
        )

    try:
        anyio.run(run)
    except KeyboardInterrupt:
        console.print("Stopped.")
        return
    if once and unread:
        fail(f"{len(unread)} of {len(feeds)} feeds could not be read")
