"""Neo4j errors that mean "try again" are retried, never dead-lettered.

An administrator's TERMINATE of the worker's transaction (Neo4j reports it as a client error,
`Transaction.Terminated` or `LockClientStopped`, "Retry your operation") used to dead-letter the
article (issue 11). Which codes count as an outage is tested in tests/test_failure_kind.py.
"""

import pytest

from chronicle.consumers.deadletter import list_dead_letters
from chronicle.consumers.publish import message_id
from tests.fault.corpus import synthetic_articles
from tests.fault.private_stack import PrivateStack, wait_for

pytestmark = [pytest.mark.fault]


def _blocked(stack: PrivateStack) -> list[str]:
    """Ids of transactions waiting for a lock."""
    rows = stack.query(
        "SHOW TRANSACTIONS YIELD transactionId, status WHERE status STARTS WITH 'Blocked' RETURN *"
    )
    return [row["transactionId"] for row in rows]


def _letters(stack: PrivateStack) -> list[str]:
    return [entry.letter.reason for entry in stack.nats(lambda broker: list_dead_letters(broker, limit=100))]


def test_terminated_write_is_retried_not_dead_lettered(fresh: PrivateStack) -> None:
    (article,) = synthetic_articles(1, tag="terminate")
    ident = message_id(article)
    worker = fresh.start_worker("terminate")
    fresh.wait_attached()
    fresh.publish([article])
    wait_for(lambda: fresh.article_count() == 1, timeout=120, what="the article")
    with fresh.graph.session(database=fresh.settings.neo4j_database) as session:
        lock = session.begin_transaction()
        lock.run("MATCH (a:Article {id: $id}) SET a.held = true", id=ident).consume()
        fresh.publish([article], force=True)  # its rewrite must wait for our lock
        blocked = wait_for(
            lambda: _blocked(fresh), timeout=60, what="the worker's write to wait for the lock"
        )
        fresh.query("TERMINATE TRANSACTIONS $ids", ids=blocked)
        wait_for(
            lambda: "Neo4j not available" in worker.log_text(), timeout=30, what="the worker to log the retry"
        )
        lock.rollback()
    wait_for(
        lambda: (i := fresh.consumer()).num_ack_pending == 0 and i.num_pending == 0 and i,
        timeout=60,
        what="the rewrite to be acknowledged",
    )
    assert _letters(fresh) == []
    assert fresh.article_count() == 1
    log = worker.log_text()
    assert "Transaction.Terminated" in log or "LockClientStopped" in log
    assert "Traceback" not in log
