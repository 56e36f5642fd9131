"""`chronicle publish`, `chronicle ingest` and `chronicle worker`: getting articles into the graph."""

from datetime import datetime
from pathlib import Path
from typing import Annotated

import anyio
import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from chronicle.cli.common import fail, graph, nats, one_line_errors
from chronicle.cli.follow import fetch_urls, is_url
from chronicle.cli.render import console
from chronicle.consumers.contracts import INGEST_SUBJECT, ArticleMessage
from chronicle.consumers.ingest import IngestResult, ingest_articles
from chronicle.consumers.publish import publish_articles
from chronicle.consumers.readers import read_articles
from chronicle.consumers.workers import spawn_worker, worker_attached
from chronicle.settings import get_settings

__all__ = ["ingest", "publish", "replay", "worker"]

Paths = Annotated[
    list[str],
    typer.Argument(
        help="Article files (.json .jsonl .txt .html, digest pages), folders, or web page URLs.",
        metavar="PATH_OR_URL...",
    ),
]
Title = Annotated[str | None, typer.Option(help="Title, for a .txt article.")]
Source = Annotated[str | None, typer.Option(help="Outlet, for .txt articles.")]
Force = Annotated[
    bool, typer.Option("--force", help="Send again even if the queue saw it recently (re-extracts it).")
]
PublishedAt = Annotated[
    datetime | None,
    typer.Option(formats=["%Y-%m-%d", "%Y-%m-%dT%H:%M:%S"], help="Publication date, for .txt articles."),
]


def _read_all(
    paths: list[str], title: str | None, source: str | None, published_at: datetime | None
) -> list[ArticleMessage]:
    when = (
        published_at.date()
        if published_at and not (published_at.hour or published_at.minute)
        else published_at
    )
    files = [Path(path) for path in paths if not is_url(path)]
    messages = [
        m for path in files for m in read_articles(path, title=title, source=source, published_at=when)
    ]
    messages += fetch_urls([path for path in paths if is_url(path)])  # a page that fails is reported
    if not messages:
        fail("no articles found in " + ", ".join(map(str, paths)))
    return messages


@one_line_errors
def publish(
    paths: Paths,
    title: Title = None,
    source: Source = None,
    published_at: PublishedAt = None,
    force: Force = False,
) -> None:
    """Publish articles to the queue (a running worker writes them to the graph).

    A URL is fetched politely (robots.txt, a User-Agent naming Chronicle) and its page's main text,
    title, outlet, date and canonical URL are published; a page that fails is reported and skipped.
    Example: chronicle publish ../shared/data/seed/daily8-page.txt
    """
    messages = _read_all(paths, title, source, published_at)

    async def run() -> None:
        async with nats() as broker:
            published = await publish_articles(broker, messages, force=force)
            attached = await worker_attached(broker)
        duplicates = sum(p.duplicate for p in published)
        note = f" ({duplicates} already in the queue's dedup window, dropped)" if duplicates else ""
        console.print(f"Published {len(published)} articles to {INGEST_SUBJECT}{note}")
        if not attached:
            console.print(
                "[yellow]No worker is attached: they wait in the queue until one runs "
                "(`chronicle worker`, or `chronicle ingest` to publish and wait).[/yellow]"
            )

    anyio.run(run)


def _report(result: IngestResult) -> None:
    console.print(
        f"{len(result.written)} of {len(result.published)} articles in the graph in {result.seconds:.1f}s"
        + (f", {len(result.dead)} dead-lettered" if result.dead else "")
    )
    for article, reason in result.dead.items():
        console.print(f"  [red]dead-lettered[/red] {article[:12]}: {reason}", highlight=False)
    if result.missing:
        fail(
            f"{len(result.missing)} articles not written before the timeout (is a worker running? see the log)"
        )


@one_line_errors
def ingest(
    paths: Paths,
    title: Title = None,
    source: Source = None,
    published_at: PublishedAt = None,
    timeout: Annotated[float, typer.Option(help="Seconds to wait for the graph.")] = 600.0,
    force: Force = False,
) -> None:
    """Publish articles and wait until every one is in the graph (starts a worker if none is running).

    Example: chronicle ingest examples/
    """
    messages = _read_all(paths, title, source, published_at)

    async def run() -> IngestResult:
        async with nats() as broker:
            child = None
            if not await worker_attached(broker):
                log = get_settings().chronicle_home / "logs" / "worker.log"
                console.print(f"No worker attached: starting one for this ingest (log: {log})")
                child = spawn_worker(log)
            try:
                with (
                    graph() as (driver, database),
                    Progress(
                        TextColumn(f"Published {len(messages)} articles to {INGEST_SUBJECT}"),
                        BarColumn(),
                        MofNCompleteColumn(),
                        TextColumn("in the graph"),
                        TimeElapsedColumn(),
                        console=console,
                    ) as bar,
                ):
                    task = bar.add_task("ingest", total=len(messages))
                    return await ingest_articles(
                        broker,
                        driver,
                        database,
                        messages,
                        timeout=timeout,
                        force=force,
                        progress=lambda done, total: bar.update(task, completed=done, total=total),
                    )
            finally:
                if child is not None:
                    child.terminate()
                    child.wait(timeout=15)

    _report(anyio.run(run))


def worker() -> None:
    """Run a worker: consume articles from the queue, extract, write to Neo4j (Ctrl-C to stop).

    Run several to scale out; they share the durable consumer `graph-writer`.
    Example: chronicle worker
    """
    from nats.errors import ConnectionClosedError, ConnectionReconnectingError

    from chronicle.consumers import app as worker

    try:
        anyio.run(worker.app.run)
    except (ConnectionReconnectingError, ConnectionClosedError):
        # Stopped while NATS was away: the connection cannot be drained (nats-py raises), and there is
        # nothing to drain. What the worker held comes back after ack_wait; the graph is unharmed.
        if not worker.EXIT_CODE:  # a worker that gave up has said why already
            console.print(
                "Worker stopped while NATS was unreachable: messages it held are delivered again after ack_wait."
            )
    if worker.EXIT_CODE:
        raise typer.Exit(worker.EXIT_CODE)


@one_line_errors
def replay() -> None:
    """Send every article the queue holds through the workers again, e.g. after an extractor upgrade.

    The analyst's identity decisions (`chronicle entities decisions`) are written into the graph
    first, so a graph rebuilt from the stream keeps them.

    Example: chronicle replay
    """
    from chronicle.consumers.decisions import DecisionStore
    from chronicle.consumers.replay import replay_articles
    from chronicle.graph.entities import apply_decisions

    async def run() -> tuple[int, int]:
        async with nats() as broker:
            decided = await (await DecisionStore.open(broker)).all()
            if decided:
                with graph() as (driver, database):
                    apply_decisions(driver, database, decided)
            return len(decided), len(await replay_articles(broker))

    decided, count = anyio.run(run)
    if decided:
        console.print(f"Applied {decided} identity decision{'' if decided == 1 else 's'} to the graph.")
    console.print(f"Re-published {count} articles to {INGEST_SUBJECT}; running workers will re-extract them.")
