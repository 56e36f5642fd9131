"""The worker refuses an article that is not English: dead-lettered with the reason, never mined."""

import uuid
from collections.abc import AsyncIterator, Iterator

import anyio
import pytest
from faststream import TestApp
from faststream.nats import NatsBroker, TestNatsBroker
from nats.aio.msg import Msg
from neo4j import Driver

from chronicle.consumers.app import app, broker
from chronicle.consumers.contracts import (
    DEAD_SUBJECT,
    INGEST_SUBJECT,
    STREAM_NAME,
    ArticleMessage,
    DeadLetter,
)
from chronicle.consumers.ingest import ingest_articles
from chronicle.consumers.publish import ensure_stream
from tests.helpers import new_articles_removed, scalar

pytestmark = [pytest.mark.integration, pytest.mark.anyio]

GERMAN = (
    "Der Bürgermeister von Halden sagte am Dienstag, dass die neue Brücke über den Fluss erst im "
    "nächsten Jahr fertig sein wird. Nach Angaben der Stadt sind die Kosten um ein Drittel gestiegen, "
    "und die Opposition verlangt eine Untersuchung der Verträge mit der Baufirma."
)
ENGLISH = (
    "The mayor of Halden said on Tuesday that the new bridge over the river will not be finished "
    "before next year. According to the town, the costs have risen by a third, and the opposition "
    "wants an inquiry into the contracts with the builder."
)


@pytest.fixture(autouse=True)
def removed_afterwards(driver: Driver, database: str) -> Iterator[None]:
    with new_articles_removed(driver, database, ["language-test-de", "language-test-en"]):
        yield


@pytest.fixture
async def worker() -> AsyncIterator[NatsBroker]:
    """The real worker app (lifespan included) consuming from the real NATS."""
    async with TestNatsBroker(broker, with_real=True) as real_broker, TestApp(app):
        yield real_broker


async def test_not_english_article_is_dead_lettered_with_its_reason(
    worker: NatsBroker, driver: Driver, database: str
) -> None:
    # `chronicle publish` refuses it; another producer may send it all the same.
    german = ArticleMessage(id="language-test-de", title="Brücke", text=GERMAN)
    english = ArticleMessage(id="language-test-en", title="Bridge", text=ENGLISH)
    dead: dict[str, str] = {}

    async def on_dead(msg: Msg) -> None:
        letter = DeadLetter.model_validate_json(msg.data)
        dead[letter.headers.get("Chronicle-Article-Id", "")] = letter.reason

    subscription = await worker.connection.subscribe(DEAD_SUBJECT, cb=on_dead)
    try:
        await ensure_stream(worker)
        headers = {"Nats-Msg-Id": f"{german.id}#{uuid.uuid4().hex}", "Chronicle-Article-Id": german.id}
        body = german.model_dump_json(exclude_none=True).encode()
        await worker.publish(body, INGEST_SUBJECT, stream=STREAM_NAME, headers=headers)
        result = await ingest_articles(worker, driver, database, [english], force=True, timeout=180)
        with anyio.fail_after(120):
            while german.id not in dead:
                await anyio.sleep(0.2)
    finally:
        await subscription.unsubscribe()
    assert "not English: looks like German" in dead[german.id]
    assert "language-test-en" in result.written
    stored = scalar(
        driver,
        database,
        "MATCH (a:Article) WHERE a.id IN $ids RETURN collect(a.id)",
        ids=[german.id, english.id],
    )
    assert stored == ["language-test-en"]
