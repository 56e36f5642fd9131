"""A batch that takes longer than ack_wait is not redelivered while its worker is alive (heartbeats).

Without the in-progress heartbeat, a second worker waiting on the same durable would be handed the
first worker's messages as soon as ack_wait expired, and the articles would be extracted twice.
"""

import pytest
from nats.js.errors import NotFoundError

from chronicle.consumers.contracts import ArticleMessage
from tests.fault.corpus import synthetic_articles
from tests.fault.private_stack import PrivateStack, Worker, wait_for

pytestmark = [pytest.mark.fault]

ACK_WAIT = "2"  # seconds: far shorter than extracting the batch below takes (about 10 s here)


def _long_articles(count: int, chars: int) -> list[ArticleMessage]:
    """`count` distinct articles of about `chars` characters, each made of many synthetic paragraphs."""
    paragraphs = [m.text for m in synthetic_articles(400, tag="slow-paragraph")]
    articles = []
    for n in range(count):
        text, i = "", n
        while len(text) < chars:
            text += paragraphs[i % len(paragraphs)] + "\n\n"
            i += 7
        articles.append(
            ArticleMessage(url=f"https://example.org/slow/{n}", title=f"Long read {n}", text=text)
        )
    return articles


def _extracted(worker: Worker) -> int:
    """How many articles a worker's log says it extracted."""
    lines = [line for line in worker.log_text().splitlines() if "extracted " in line]
    return sum(int(line.split("extracted ")[1].split(" ")[0]) for line in lines)


def _taken(stack: PrivateStack) -> int:
    """Messages handed to a worker and not yet settled (0 until the worker has made the durable)."""
    try:
        return stack.consumer().num_ack_pending
    except NotFoundError:
        return 0


def test_slow_batch_is_not_redelivered_while_its_worker_lives(fresh: PrivateStack) -> None:
    articles = _long_articles(8, 30_000)
    fresh.publish(articles)  # a backlog first, so the first worker takes it as one slow batch
    first = fresh.start_worker("slow-1", CHRONICLE_ACK_WAIT=ACK_WAIT)
    wait_for(lambda: _taken(fresh) == len(articles), timeout=120, interval=0.1, what="the batch taken")
    second = fresh.start_worker("slow-2", CHRONICLE_ACK_WAIT=ACK_WAIT)  # waits on the same durable
    wait_for(lambda: fresh.article_count() == len(articles), timeout=300, what="the long articles")
    wait_for(lambda: fresh.consumer().num_ack_pending == 0, timeout=30, what="every message acknowledged")
    consumer = fresh.consumer()
    assert consumer.config.ack_wait == float(ACK_WAIT)
    assert consumer.num_redelivered == 0
    assert (_extracted(first), _extracted(second)) == (len(articles), 0)
    assert first.alive() and second.alive()
