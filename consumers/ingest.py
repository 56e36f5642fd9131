"""Publish articles, then wait until the workers have written every one of them (or dead-lettered it)."""

import time
from collections.abc import Callable, Sequence
from datetime import datetime

import anyio
from faststream.nats import NatsBroker
from nats.aio.msg import Msg
from neo4j import Driver
from pydantic import BaseModel

from chronicle.consumers.contracts import DEAD_SUBJECT, ArticleMessage, DeadLetter
from chronicle.consumers.publish import PublishedArticle, message_id, publish_articles
from chronicle.graph.queries import read

__all__ = ["IngestResult", "ingest_articles"]

Progress = Callable[[int, int], None]


class IngestResult(BaseModel):
    """How an ingest ended."""

    published: list[PublishedArticle]
    written: list[str]
    dead: dict[str, str]
    missing: list[str]
    seconds: float


def _written(driver: Driver, database: str, ids: list[str], since: datetime | None) -> set[str]:
    if not ids:
        return set()
    return {row["id"] for row in read(driver, database, "written", {"ids": ids, "since": since}, "lookup")}


async def ingest_articles(
    broker: NatsBroker,
    driver: Driver,
    database: str,
    messages: Sequence[ArticleMessage],
    *,
    timeout: float = 300.0,
    force: bool = False,
    progress: Progress | None = None,
) -> IngestResult:
    """Publish `messages` and wait until each is in the graph, dead-lettered, or the timeout passes.

    With `force`, articles already in the graph are extracted and written again.
    """
    started = time.monotonic()
    since = read(driver, database, "now", {}, "lookup")[0]["now"]
    dead: dict[str, str] = {}

    async def on_dead(msg: Msg) -> None:
        letter = DeadLetter.model_validate_json(msg.data)
        article = letter.headers.get("Chronicle-Article-Id") or letter.headers.get("Nats-Msg-Id")
        if article:
            dead[article] = letter.reason

    subscription = await broker.connection.subscribe(DEAD_SUBJECT, cb=on_dead)
    try:
        published = await publish_articles(broker, messages, force=force)
        # The server dropped these as duplicates: fine if the graph has them, else send them again.
        repeated = {p.id for p in published if p.duplicate}
        lost = repeated - _written(driver, database, sorted(repeated), None)
        if lost:
            await publish_articles(broker, [m for m in messages if message_id(m) in lost], force=True)
        wanted = {p.id for p in published}
        fresh = sorted(wanted - (repeated - lost))
        kept = sorted(repeated - lost)
        done: set[str] = set()
        while True:
            done = _written(driver, database, fresh, since) | _written(driver, database, kept, None)
            finished = done | (set(dead) & wanted)
            if progress:
                progress(len(finished), len(wanted))
            if finished >= wanted or time.monotonic() - started > timeout:
                break
            await anyio.sleep(0.25)
    finally:
        await subscription.unsubscribe()
    return IngestResult(
        published=published,
        written=sorted(done),
        dead={k: v for k, v in dead.items() if k in wanted},
        missing=sorted(wanted - done - set(dead)),
        seconds=round(time.monotonic() - started, 2),
    )
