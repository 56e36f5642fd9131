"""The whole pipeline on the real servers: publish to JetStream, the worker extracts and writes, Neo4j has it."""

from collections.abc import AsyncIterator, Iterator

import pytest
from faststream import TestApp
from faststream.nats import NatsBroker, TestNatsBroker
from neo4j import Driver

from chronicle.consumers.app import app, broker
from chronicle.consumers.contracts import ArticleMessage
from chronicle.consumers.ingest import ingest_articles
from chronicle.consumers.publish import publish_articles
from chronicle.consumers.readers import read_articles
from chronicle.consumers.replay import stored_articles
from chronicle.extraction.ids import article_id
from tests.conftest import EXAMPLES
from tests.helpers import graph_counts, new_articles_removed, scalar

pytestmark = [pytest.mark.integration, pytest.mark.anyio]


@pytest.fixture
async def worker() -> AsyncIterator[NatsBroker]:
    """The real worker app (lifespan included) consuming from the real NATS."""
    async with TestNatsBroker(broker, with_real=True) as real_broker, TestApp(app):
        yield real_broker


NOTE = "A short note written for the dedup test, about nothing in particular."


@pytest.fixture(scope="module")
def sample_articles() -> list[ArticleMessage]:
    return read_articles(EXAMPLES / "articles.jsonl")


@pytest.fixture(scope="module", autouse=True)
def removed_afterwards(
    driver: Driver, database: str, sample_articles: list[ArticleMessage]
) -> Iterator[None]:
    """The module's articles leave the graph with it: the samples (unless the graph held them before)
    and the dedup note, which the worker may write."""
    with new_articles_removed(driver, database, [m.id for m in sample_articles] + [article_id(None, NOTE)]):
        yield


async def test_sample_articles_flow_through_queue_into_graph(
    worker: NatsBroker, driver: Driver, database: str, sample_articles: list[ArticleMessage]
) -> None:
    result = await ingest_articles(worker, driver, database, sample_articles, force=True, timeout=180)
    assert result.missing == [] and result.dead == {}
    assert len(result.written) == len(sample_articles)

    ids = [m.id for m in sample_articles]
    sources = scalar(
        driver,
        database,
        "MATCH (s:Source)-[:PUBLISHED]->(a:Article) WHERE a.id IN $ids RETURN collect(DISTINCT s.name)",
        ids=ids,
    )
    assert {m.source for m in sample_articles} == set(sources)  # type: ignore[arg-type]
    syrskyi = scalar(
        driver,
        database,
        "MATCH (a:Article)-[:MENTIONS]->(p:Person {name: 'Oleksandr Syrskyi'}) WHERE a.id IN $ids RETURN count(a)",
        ids=ids,
    )
    assert syrskyi >= 1  # type: ignore[operator]
    pokrovsk = scalar(
        driver,
        database,
        "MATCH (a:Article)-[m:MENTIONS]->(p:Place {name: 'Pokrovsk'}) WHERE a.id IN $ids RETURN sum(m.count)",
        ids=ids,
    )
    assert pokrovsk >= 3  # type: ignore[operator]


async def test_reingesting_sample_articles_leaves_counts_unchanged(
    worker: NatsBroker, driver: Driver, database: str, sample_articles: list[ArticleMessage]
) -> None:
    await ingest_articles(worker, driver, database, sample_articles, force=True, timeout=180)
    before = graph_counts(driver, database)
    # force: bypass the server's dedup window so the worker really extracts and writes them again
    result = await ingest_articles(worker, driver, database, sample_articles, force=True, timeout=180)
    assert len(result.written) == len(sample_articles)
    assert graph_counts(driver, database) == before


async def test_same_article_published_twice_is_dropped_by_the_server(worker: NatsBroker) -> None:
    message = ArticleMessage(text=NOTE)
    first, second = (
        (await publish_articles(worker, [message]))[0],
        (await publish_articles(worker, [message]))[0],
    )
    assert first.id == second.id == article_id(None, NOTE)
    assert second.duplicate


async def test_stored_articles_hold_the_latest_copy_of_each_published_article(
    worker: NatsBroker, driver: Driver, database: str, sample_articles: list[ArticleMessage]
) -> None:
    """What `chronicle replay` re-publishes: every article the stream holds, once each."""
    await ingest_articles(worker, driver, database, sample_articles, force=True, timeout=180)
    stored = await stored_articles(worker)
    ids = [m.id for m in stored]
    assert len(ids) == len(set(ids))
    assert {m.id for m in sample_articles} <= set(ids)
    by_id = {m.id: m for m in stored}
    assert all(by_id[m.id].text == m.text for m in sample_articles)


async def test_stored_articles_are_none_when_no_stream_was_ever_made(worker: NatsBroker) -> None:
    """A fresh or reset NATS has no stream until the first publish: `entities split` re-publishes nothing."""
    assert await stored_articles(worker, stream="CHRONICLE_NO_SUCH_STREAM") == []


async def test_worker_shutdown_unsubscribes_its_batch_pull(
    driver: Driver, database: str, sample_articles: list[ArticleMessage]
) -> None:
    """Draining a connection waits for every subscription's queue, and nats-py 2.16's fetch leaves the
    batch pull's queue looking unfinished: left subscribed, every shutdown would hang for 30 s."""
    from chronicle.consumers import app as worker_app

    async with TestNatsBroker(broker, with_real=True) as real_broker, TestApp(app):
        await ingest_articles(real_broker, driver, database, sample_articles, force=True, timeout=180)
        subscriptions = list(worker_app._extra.values())
        assert subscriptions, "a backlog of four articles is taken as a batch"
    assert worker_app._extra == {}
    assert all(s._sub._closed for s in subscriptions)
