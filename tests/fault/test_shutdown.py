"""SIGTERM: the worker finishes or hands back its in-flight message and exits 0 within 10 seconds."""

import signal

import pytest

from tests.fault.corpus import synthetic_articles
from tests.fault.graphcheck import assert_exactly_once, expected
from tests.fault.private_stack import PrivateStack, free_ports, wait_for

pytestmark = [pytest.mark.fault]

LIMIT = 10.0
ACK_WAIT = 120  # an unacknowledged message would only come back after this long


def _terminate(stack: PrivateStack, name: str) -> tuple[int | None, float]:
    worker = next(w for w in stack.workers if w.log.stem == name)
    worker.signal(signal.SIGTERM)
    return worker.wait_exit(LIMIT + 20)


def test_sigterm_mid_run_exits_0_in_time_and_loses_nothing(fresh: PrivateStack) -> None:
    messages = synthetic_articles(60, tag="term")
    want = expected(messages)
    fresh.start_worker("term-1")
    fresh.wait_attached()
    fresh.publish(messages)
    wait_for(lambda: fresh.article_count() >= 15, timeout=180, what="15 articles written")
    code, seconds = _terminate(fresh, "term-1")
    print(f"\nSIGTERM mid-run: exit {code} after {seconds:.1f}s, {fresh.article_count()} written")
    assert code == 0 and seconds < LIMIT
    fresh.start_worker("term-2")
    # Nothing is left waiting for ack_wait: the rest is written long before it would expire.
    wait_for(lambda: fresh.article_count() == 60, timeout=ACK_WAIT / 2, what="the rest, before ack_wait")
    assert_exactly_once(fresh, want)


def test_sigterm_while_neo4j_is_down_nacks_the_in_flight_message(fresh: PrivateStack) -> None:
    messages = synthetic_articles(20, tag="term-down")
    want = expected(messages)
    worker = fresh.start_worker("term-down-1")
    fresh.wait_attached()
    fresh.publish(messages[:5])
    wait_for(lambda: fresh.article_count() == 5, timeout=120, what="5 articles written")
    fresh.kill_neo4j()
    fresh.publish(messages[5:])  # taken while Neo4j is down: its write is stuck in the driver's retries
    wait_for(
        lambda: "Transaction failed" in worker.log_text(), timeout=60, what="the driver retrying a write"
    )
    code, seconds = _terminate(fresh, "term-down-1")
    print(f"\nSIGTERM with a write stuck on a dead Neo4j: exit {code} after {seconds:.1f}s")
    assert code == 0 and seconds < LIMIT
    assert "handed back to the queue" in worker.log_text()
    fresh.start_services()
    fresh.start_worker("term-down-2")
    wait_for(lambda: fresh.article_count() == 20, timeout=ACK_WAIT / 2, what="the rest, before ack_wait")
    assert_exactly_once(fresh, want)


def test_sigterm_while_waiting_for_neo4j_at_startup_exits_0(fresh: PrivateStack) -> None:
    (closed,) = free_ports(1)
    worker = fresh.start_worker("term-wait", NEO4J_URI=f"bolt://127.0.0.1:{closed}")
    wait_for(lambda: "not reachable" in worker.log_text(), timeout=60, what="the worker waiting for Neo4j")
    code, seconds = _terminate(fresh, "term-wait")
    print(f"\nSIGTERM while waiting for Neo4j: exit {code} after {seconds:.1f}s")
    assert code == 0 and seconds < LIMIT
