"""The same article published five times is one Article node, however it is sent again."""

import pytest

from chronicle.consumers.contracts import ArticleMessage
from chronicle.consumers.publish import message_id
from tests.fault.graphcheck import assert_exactly_once, expected, graph_totals
from tests.fault.private_stack import PrivateStack, wait_for

pytestmark = [pytest.mark.fault]

TEXT = (
    "Mayor Lena Fischer said on Tuesday that the tram line in Graz would reopen in June. "
    "The city council approved the plan, Fischer told reporters in Graz."
)
WITH_ID = ArticleMessage(id="dup-explicit-1", source="Alpine Wire", published_at="2025-05-06", text=TEXT)
WITHOUT_ID = ArticleMessage(source="Alpine Wire", published_at="2025-05-06", text=TEXT + " Work starts soon.")


@pytest.fixture
def worker(fresh: PrivateStack) -> PrivateStack:
    fresh.start_worker("duplicates")
    fresh.wait_attached()
    return fresh


@pytest.mark.parametrize("message", [WITH_ID, WITHOUT_ID], ids=["explicit-id", "derived-id"])
def test_same_article_five_times_is_dropped_by_the_server(
    worker: PrivateStack, message: ArticleMessage
) -> None:
    published = [p for _ in range(5) for p in worker.publish([message])]
    assert [p.duplicate for p in published] == [False, True, True, True, True]
    assert len({p.seq for p in published}) == 1
    wait_for(lambda: worker.article_count() == 1, timeout=120, what="the article")
    assert_exactly_once(worker, expected([message]))


@pytest.mark.parametrize("message", [WITH_ID, WITHOUT_ID], ids=["explicit-id", "derived-id"])
def test_same_article_written_five_times_is_one_node(worker: PrivateStack, message: ArticleMessage) -> None:
    # --force and producers that send no Nats-Msg-Id get past the dedup window: the worker writes
    # the article five times, and each write replaces the one before.
    worker.publish([message])
    wait_for(lambda: worker.article_count() == 1, timeout=120, what="the article")
    once = graph_totals(worker)
    forced = [p for _ in range(2) for p in worker.publish([message], force=True)]
    body = message.model_copy(update={"id": message_id(message)}).model_dump_json(exclude_none=True)
    raw = worker.publish_raw([body.encode()] * 2)
    assert not any(p.duplicate for p in forced) and len(set(raw)) == 2
    wait_for(
        lambda: (worker.consumer().num_pending, worker.consumer().num_ack_pending) == (0, 0),
        timeout=120,
        what="all five deliveries processed",
    )
    assert worker.consumer().delivered.stream_seq == 5
    assert graph_totals(worker) == once
    assert_exactly_once(worker, expected([message]))
