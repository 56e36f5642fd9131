"""A worker SIGKILLed while it holds a message: a new worker gets it again and nothing is doubled."""

import signal
import time

import pytest

from tests.fault.corpus import synthetic_articles
from tests.fault.graphcheck import assert_exactly_once, expected
from tests.fault.private_stack import PrivateStack, wait_for

pytestmark = [pytest.mark.fault]

ARTICLES = 100
ACK_WAIT = 15  # the durable's ack_wait here (CHRONICLE_ACK_WAIT): when an unacknowledged message comes back


def test_worker_killed_mid_message_is_redelivered_without_duplicates(fresh: PrivateStack) -> None:
    messages = synthetic_articles(ARTICLES, tag="crash")
    want = expected(messages)
    first = fresh.start_worker("crash-1", CHRONICLE_ACK_WAIT=str(ACK_WAIT))
    fresh.wait_attached()
    fresh.publish(messages)
    wait_for(lambda: fresh.article_count() >= 30, timeout=180, what="30 articles written")
    wait_for(
        lambda: (fresh.consumer().num_ack_pending or 0) >= 1,
        timeout=30,
        interval=0.02,
        what="a message in flight",
    )
    first.signal(signal.SIGKILL)
    code, _ = first.wait_exit(10)
    killed_at = time.monotonic()
    assert code == -signal.SIGKILL
    in_flight = fresh.consumer().num_ack_pending
    written = fresh.article_count()
    assert in_flight >= 1, "the worker was not killed while holding a message"
    print(f"\nworker killed holding {in_flight} message(s), {written} of {ARTICLES} written")

    second = fresh.start_worker("crash-2", CHRONICLE_ACK_WAIT=str(ACK_WAIT))
    wait_for(lambda: fresh.article_count() == ARTICLES, timeout=ACK_WAIT + 180, what="every article")
    redelivered_after = time.monotonic() - killed_at
    wait_for(lambda: fresh.consumer().num_ack_pending == 0, timeout=30, what="every message acknowledged")
    assert_exactly_once(fresh, want)
    assert second.alive()
    print(f"all {ARTICLES} written {redelivered_after:.0f}s after the kill (in-flight one after ack_wait)")
