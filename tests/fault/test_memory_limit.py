"""A write over Neo4j's per-transaction memory limit is retried a bounded number of times, then
dead-lettered (WriteTooLarge) with the reason; the other articles are written (issue 11).

A private Neo4j of its own runs with a tiny `db.memory.transaction.max` (NEO4J_TRANSACTION_MEMORY,
which `stack up` writes to neo4j.conf): the synthetic articles' writes fit, one article naming 500
different people does not. Neo4j reports it as a *transient* error
(`Neo.TransientError.General.MemoryPoolOutOfMemoryError`), which the driver would retry for 30 s
per delivery; the worker's transaction function stops that, and the message is dead-lettered after
MAX_DELIVERIES.
"""

from collections.abc import Iterator
from pathlib import Path

import pytest

from chronicle.consumers.contracts import ArticleMessage
from chronicle.consumers.deadletter import DeadLetterEntry, list_dead_letters
from chronicle.consumers.limits import MAX_DELIVERIES
from chronicle.consumers.publish import message_id
from tests.fault.corpus import synthetic_articles
from tests.fault.private_stack import PrivateStack, start_private_stack, wait_for

pytestmark = [pytest.mark.fault]

LIMIT = "4m"  # Neo4j tracks transaction memory in 2 MiB chunks
GOOD = 12
PEOPLE = 500  # their write exceeds the limit (so did 1,600: 12-16 s to extract, 500: 4-5 s)
_FIRST = ("Alma", "Bertil", "Cora", "Dag", "Edda", "Finn", "Gisla", "Halvar", "Ines", "Jorun")
_LAST = ("Quist", "Ulmer", "Brandt", "Sorel", "Vinter", "Lindahl", "Mork", "Ostrand", "Palme", "Rask")
_TOWNS = ("Tarnby", "Vestra", "Holmvik", "Saltby", "Kroken", "Lunda", "Mellby", "Norrvik")


def _crowded_article() -> ArticleMessage:
    """About 30,000 characters naming PEOPLE different people (first x middle initial x last name)."""
    sentences = []
    for n in range(PEOPLE):
        first, last = _FIRST[n % 10], _LAST[(n // 10) % 10]
        initial = chr(ord("A") + (n // 100) % 16)
        town = _TOWNS[n % len(_TOWNS)]
        sentences.append(f"Councillor {first} {initial}. {last} spoke in {town} on Monday.")
    return ArticleMessage(
        id="memory-limit-crowded",
        title="Every councillor who spoke",
        source="Memory Desk",
        published_at="2025-03-04",
        text=" ".join(sentences),
    )


@pytest.fixture(scope="module")
def small_memory(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PrivateStack]:
    """A private stack of its own whose Neo4j allows LIMIT per transaction."""
    stack = start_private_stack(Path(tmp_path_factory.mktemp("memory-limit")), neo4j_transaction_memory=LIMIT)
    try:
        yield stack
    finally:
        stack.close()


def test_a_write_over_the_memory_limit_is_dead_lettered_and_the_rest_written(
    small_memory: PrivateStack,
) -> None:
    stack = small_memory
    assert stack.scalar(
        "SHOW SETTINGS YIELD name, value WHERE name = 'db.memory.transaction.max' RETURN value AS value"
    ) in ("4.00MiB", "4194304")
    good = synthetic_articles(GOOD, tag="memory-limit")
    crowded = _crowded_article()
    stack.publish(good[: GOOD // 2])
    stack.publish([crowded])
    stack.publish(good[GOOD // 2 :])
    worker = stack.start_worker("memory-limit", CHRONICLE_WORKER_BATCH="16")

    def letters() -> list[DeadLetterEntry]:
        return stack.nats(lambda broker: list_dead_letters(broker, limit=100))

    (letter,) = wait_for(letters, timeout=300, interval=2, what="the crowded article's dead letter")
    wait_for(lambda: stack.article_count() == GOOD, timeout=60, what=f"{GOOD} good articles")
    assert letter.letter.error_type == "WriteTooLarge"
    assert letter.letter.reason.startswith(f"write failed {MAX_DELIVERIES} times: ")
    assert "MemoryPoolOutOfMemoryError" in letter.letter.reason
    assert "db.memory.transaction.max" in letter.letter.reason
    ids = {row["id"] for row in stack.query("MATCH (a:Article) RETURN a.id AS id")}
    assert ids == {message_id(message) for message in good}
    log = worker.log_text()
    tries = [f"delivery {n} of {MAX_DELIVERIES}" for n in range(1, MAX_DELIVERIES)]
    assert all(f"writing article {crowded.id} failed" in log and t in log for t in tries), log[-3000:]
    assert "Transaction failed and will be retried" not in log, "the driver must not retry a memory limit"
    wait_for(
        lambda: (i := stack.consumer()).num_ack_pending == 0 and i.num_pending == 0 and i,
        timeout=30,
        what="every message settled",
    )
    print(f"\n{letter.letter.reason[:300]}")
    assert worker.alive()
