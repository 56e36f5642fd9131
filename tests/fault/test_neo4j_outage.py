"""Neo4j SIGKILLed in the middle of a run: the worker waits it out, nothing is lost or doubled.

Acknowledgement after commit is checked from the outside: while Neo4j is down the consumer's
acknowledged count must not move, and once Neo4j is back (its store recovered from the crash) it
must hold every article the queue considers done.
"""

import signal
import time

import pytest

from chronicle.consumers.publish import message_id
from tests.fault.corpus import synthetic_articles
from tests.fault.graphcheck import assert_exactly_once, expected
from tests.fault.private_stack import PrivateStack, wait_for

pytestmark = [pytest.mark.fault]

ARTICLES = 200


def _acked(stack: PrivateStack, total: int) -> int:
    """Messages the consumer has acknowledged (neither waiting nor delivered-and-pending)."""
    return _progress(stack, total)[0]


def _progress(stack: PrivateStack, total: int) -> tuple[int, int]:
    """(acknowledged, delivered but not yet acknowledged) from one look at the consumer."""
    info = stack.consumer()
    in_flight = info.num_ack_pending or 0
    return total - (info.num_pending or 0) - in_flight, in_flight


def test_neo4j_killed_mid_run_every_article_lands_once(fresh: PrivateStack) -> None:
    messages = synthetic_articles(ARTICLES, tag="outage")
    want = expected(messages)
    worker = fresh.start_worker("outage")
    fresh.wait_attached()
    fresh.publish(messages)
    wait_for(lambda: fresh.article_count() >= 40, timeout=180, what="40 articles written")

    fresh.kill_neo4j()
    down_at = time.monotonic()
    time.sleep(3)
    acked_early = _acked(fresh, ARTICLES)
    # The driver retries a write for 30 s (its own backoff), then the worker nacks it with backoff.
    wait_for(lambda: "Neo4j not available" in worker.log_text(), timeout=90, what="the worker to nack")
    acked_late = _acked(fresh, ARTICLES)
    assert acked_late == acked_early, "messages were acknowledged while Neo4j was down"
    assert worker.alive()
    assert acked_early < ARTICLES

    # Freeze the worker, bring Neo4j back: every acknowledged article must have survived the crash.
    worker.signal(signal.SIGSTOP)
    try:
        restart_seconds = fresh.start_services()
        acked, in_flight = _progress(fresh, ARTICLES)
        stored = fresh.article_count()
        # Committed but not acknowledged is fine (the commit raced the kill; rewriting replaces);
        # acknowledged but not committed would be a lost article.
        assert acked <= stored <= acked + in_flight
    finally:
        worker.signal(signal.SIGCONT)
    print(
        f"\nNeo4j killed: {acked} of {ARTICLES} acknowledged, {in_flight} in flight, {stored} stored; "
        f"restart took {restart_seconds:.1f}s"
    )

    wait_for(lambda: fresh.article_count() == ARTICLES, timeout=300, what="all articles after the restart")
    recovered = time.monotonic() - down_at
    wait_for(lambda: _acked(fresh, ARTICLES) == ARTICLES, timeout=60, what="every message acknowledged")
    assert worker.alive()
    found = assert_exactly_once(fresh, want)
    assert set(found) == {message_id(m) for m in messages}
    log = worker.log_text()
    nacks, retried = log.count("Neo4j not available"), log.count("Transaction failed and will be retried")
    print(
        f"all {ARTICLES} in the graph {recovered:.0f}s after the kill; {retried} driver retries, "
        f"{nacks} nack(s) with backoff"
    )
