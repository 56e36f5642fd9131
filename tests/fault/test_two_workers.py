"""Two workers on one durable: every article once, transient errors retried, same graph as one worker.

The same 500 articles are ingested twice into an empty graph: by one worker, then by two at once.
Per article (its mentions with counts, its claims, its dated edges) and in total (nodes by label,
relationships by type) the two graphs must be identical, and match the extraction of each article.
"""

import time

import pytest

from chronicle.consumers.deadletter import list_dead_letters
from tests.fault.corpus import synthetic_articles
from tests.fault.graphcheck import assert_exactly_once, expected, graph_totals
from tests.fault.private_stack import PrivateStack, wait_for

pytestmark = [pytest.mark.fault]

ARTICLES = 500


def _ingest(stack: PrivateStack, workers: int) -> tuple[float, list[str]]:
    """Reset, start `workers` workers, publish the articles, wait for all; (seconds, worker logs)."""
    stack.reset_data()
    started = [stack.start_worker(f"pair-{workers}-{n}") for n in range(workers)]
    stack.wait_attached(workers)
    began = time.monotonic()
    stack.publish(synthetic_articles(ARTICLES, tag="pair"))
    wait_for(lambda: stack.article_count() == ARTICLES, timeout=900, interval=1, what=f"{ARTICLES} articles")
    wait_for(lambda: stack.consumer().num_ack_pending == 0, timeout=60, what="every message acknowledged")
    seconds = time.monotonic() - began
    assert all(worker.alive() for worker in started)
    assert stack.nats(list_dead_letters) == []
    return seconds, [worker.log_text() for worker in started]


def test_two_workers_write_what_one_worker_writes(stack: PrivateStack) -> None:
    want = expected(synthetic_articles(ARTICLES, tag="pair"))
    one_seconds, _ = _ingest(stack, 1)
    single = assert_exactly_once(stack, want)
    single_totals = graph_totals(stack)

    two_seconds, logs = _ingest(stack, 2)
    double = assert_exactly_once(stack, want)
    assert double == single  # per article: mentions, claims and dated edges
    assert graph_totals(stack) == single_totals
    for log in logs:
        assert "written" in log, "one of the workers did no work"
        assert "Neo4j not available" not in log and "Traceback" not in log
    retried = sum(log.count("Transaction failed and will be retried") for log in logs)
    print(
        f"\n{ARTICLES} articles: one worker {one_seconds:.0f}s, two workers {two_seconds:.0f}s; "
        f"{retried} transient error(s) retried by the driver, none surfaced"
    )
    stack.stop_workers()
