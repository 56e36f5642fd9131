"""A three-server JetStream cluster loses its stream leader mid-run (SIGKILL) and gets it back later.

Two workers consume while a publisher sends 500 articles at a steady pace over one connection that
starts on the leader. The leader is SIGKILLed once 200 are published (and 30 written, so the workers
are past their cold start) and restarted 15 s later. Every
article must be in Neo4j exactly once (per-article mentions and claims, and totals, as
tests/fault/graphcheck.py checks), the stream must hold each article once (the publisher's retries on
another server are deduplicated by Nats-Msg-Id), and the restarted server must catch up. The time
to recover is printed: a new stream leader, the publisher's first acknowledged publish, the first
article written after the kill.
"""

import logging
import os
import signal
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import anyio
import pytest

from chronicle.consumers.broker import make_broker
from chronicle.consumers.contracts import ArticleMessage
from chronicle.consumers.publish import ensure_stream, publish_articles
from chronicle.settings import Settings
from tests.fault.corpus import synthetic_articles
from tests.fault.graphcheck import assert_exactly_once, expected
from tests.fault.private_cluster import ClusterStack, start_private_cluster
from tests.fault.private_stack import wait_for

pytestmark = [pytest.mark.fault]

ARTICLES = 500
KILL_AFTER = 200  # published articles (and at least WRITTEN_FIRST written: the workers are warm)
WRITTEN_FIRST = 30
CHUNK, PAUSE = 10, 0.5  # the publisher's pace: 10 articles, then 0.5 s (about 16 articles/s)
DOWN_FOR = 15.0  # seconds the killed server stays down
ACK_WAIT = "20"  # an ack lost with the consumer's leader comes back after this (CHRONICLE_ACK_WAIT)


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ClusterStack]:
    """Neo4j + three nats-servers for this module only."""
    stack = start_private_cluster(Path(tmp_path_factory.mktemp("chronicle-cluster-home")))
    print(f"\ncluster home {stack.home}")
    try:
        yield stack
    finally:
        stack.close()


@dataclass
class Publisher:
    """Publishes `messages` in chunks over one connection; records when each chunk was acknowledged."""

    settings: Settings
    messages: list[ArticleMessage]
    acked: list[tuple[float, int]] = field(default_factory=list)  # (monotonic time, articles so far)
    urls: list[str] = field(default_factory=list)  # the server it was on after each chunk
    hold_at: int = 0  # articles after which it waits for `go` (0: never)
    go: threading.Event = field(default_factory=threading.Event)
    duplicates: int = 0
    error: BaseException | None = None

    async def _run(self) -> None:
        broker = make_broker(self.settings, dont_randomize=True, reconnect_time_wait=0.2)
        await broker.connect()
        try:
            for start in range(0, len(self.messages), CHUNK):
                while self.hold_at and start >= self.hold_at and not self.go.is_set():
                    await anyio.sleep(0.05)
                done = await publish_articles(broker, self.messages[start : start + CHUNK])
                self.duplicates += sum(p.duplicate for p in done)
                self.acked.append((time.monotonic(), start + len(done)))
                self.urls.append(str(broker.connection.connected_url.netloc))
                await anyio.sleep(PAUSE)
        finally:
            await broker.stop()

    def run(self) -> None:
        try:
            anyio.run(self._run)
        except BaseException as error:  # reported by the test thread
            self.error = error

    def published(self) -> int:
        return self.acked[-1][1] if self.acked else 0


def test_stream_leader_killed_mid_run_loses_and_doubles_nothing(
    cluster: ClusterStack, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="chronicle.consumers.failover")
    messages = synthetic_articles(ARTICLES, tag="leader")
    want = expected(messages)
    cluster.reset_data()

    async def create(broker):  # type: ignore[no-untyped-def]
        await ensure_stream(broker, replicas=3)

    cluster.nats(create)
    stream = cluster.stream()
    assert stream.config.num_replicas == 3
    leader = cluster.node(stream.cluster.leader)
    assert {r.name for r in stream.cluster.replicas} == {n.name for n in cluster.nodes} - {leader.name}

    workers = [cluster.start_worker(f"cluster-{n}", CHRONICLE_ACK_WAIT=ACK_WAIT) for n in range(2)]
    cluster.wait_attached(2)
    consumer = cluster.consumer()
    assert len(consumer.cluster.replicas) == 2, "the durable consumer is not replicated"
    consumer_leader = consumer.cluster.leader

    publisher = Publisher(cluster.settings_first(leader), messages, hold_at=KILL_AFTER)
    thread = threading.Thread(target=publisher.run, daemon=True)
    began = time.monotonic()
    thread.start()
    wait_for(
        lambda: (
            (publisher.published() >= KILL_AFTER and cluster.article_count() >= WRITTEN_FIRST)
            or publisher.error
        ),
        timeout=240,
        interval=0.05,
        what=f"{KILL_AFTER} articles published and {WRITTEN_FIRST} written",
    )
    assert publisher.error is None, publisher.error
    assert publisher.urls[-1].endswith(f":{leader.port}"), "the publisher is not on the leader"
    publisher.go.set()  # publishing again: the kill lands while it publishes
    time.sleep(2 * PAUSE)

    written_before = cluster.article_count()
    cluster.kill_node(leader)
    killed = time.monotonic()
    published_at_kill = publisher.published()

    new_leader = wait_for(
        lambda: (name := _leader(cluster)) and name != leader.name and name,
        timeout=60,
        interval=0.1,
        what="a new stream leader",
    )
    elected = time.monotonic() - killed
    wait_for(
        lambda: cluster.article_count() > written_before + 5 or cluster.article_count() == ARTICLES,
        timeout=120,
        interval=0.1,
        what="articles written after the kill",
    )
    writing = time.monotonic() - killed

    wait_for(lambda: time.monotonic() - killed >= DOWN_FOR, timeout=DOWN_FOR + 1)
    cluster.restart_node(leader)
    thread.join(timeout=180)
    assert not thread.is_alive() and publisher.error is None, publisher.error
    first_ack = next(t for t, _ in publisher.acked if t > killed) - killed

    wait_for(
        lambda: cluster.article_count() == ARTICLES, timeout=300, interval=1, what=f"{ARTICLES} articles"
    )
    wait_for(lambda: _drained(cluster), timeout=120, what="every message acknowledged")
    drained = time.monotonic() - began
    caught_up = wait_for(
        lambda: _all_current(cluster), timeout=60, interval=0.5, what="the restarted server to catch up"
    )

    assert_exactly_once(cluster, want)  # 0 lost, 0 written twice
    assert cluster.stream().state.messages == ARTICLES  # retried publishes deduplicated
    assert publisher.published() == ARTICLES
    after_kill = [url for (t, _), url in zip(publisher.acked, publisher.urls, strict=True) if t > killed]
    assert not after_kill[0].endswith(f":{leader.port}"), "the publisher did not move to another server"
    moved = sorted(set(after_kill))
    retries = [r.getMessage() for r in caplog.records if "retrying" in r.getMessage()]
    assert all(worker.alive() for worker in workers)
    logs = [worker.log_text() for worker in workers]
    assert all("written" in log for log in logs), "a worker did no work"
    print(
        f"\nkilled stream leader {leader.name} (consumer leader was {consumer_leader}) at "
        f"{published_at_kill}/{ARTICLES} published, {written_before} written; "
        f"new stream leader {new_leader} after {elected:.1f}s; publisher's first ack after "
        f"{first_ack:.1f}s ({len(retries)} retried publish(es), {publisher.duplicates} acked as duplicate, "
        f"then on {', '.join(moved)}); first writes after {writing:.1f}s; {leader.name} down "
        f"{DOWN_FOR:.0f}s, caught up={caught_up}; all {ARTICLES} written once in {drained:.0f}s"
    )
    cluster.stop_workers()


def _leader(cluster: ClusterStack) -> str | None:
    try:
        return cluster.stream().cluster.leader
    except Exception:  # no leader yet, or the connection landed on the dead server
        return None


def _drained(cluster: ClusterStack) -> bool:
    """Nothing pending or unacknowledged; False while JetStream answers 503 (a server rejoining)."""
    try:
        consumer = cluster.consumer()
    except Exception:
        return False
    return consumer.num_pending == 0 and consumer.num_ack_pending == 0


def _all_current(cluster: ClusterStack) -> bool:
    try:
        info = cluster.stream().cluster
    except Exception:
        return False
    return bool(info.leader) and len(info.replicas or []) == 2 and all(r.current for r in info.replicas)


STOPPED_FOR = 60.0  # seconds the stream leader is frozen (SIGSTOP, then SIGCONT)


def test_stream_leader_stopped_for_a_minute_loses_and_doubles_nothing(cluster: ClusterStack) -> None:
    """SIGSTOP keeps the server's sockets open: clients must notice it by unanswered PINGs."""
    messages = synthetic_articles(300, tag="frozen")
    want = expected(messages)
    cluster.reset_data()

    async def create(broker):  # type: ignore[no-untyped-def]
        await ensure_stream(broker, replicas=3)

    cluster.nats(create)
    leader = cluster.node(cluster.stream().cluster.leader)
    workers = [cluster.start_worker(f"frozen-{n}", CHRONICLE_ACK_WAIT=ACK_WAIT) for n in range(2)]
    cluster.wait_attached(2)
    publisher = Publisher(cluster.settings_first(leader), messages, hold_at=100)
    thread = threading.Thread(target=publisher.run, daemon=True)
    began = time.monotonic()
    thread.start()
    wait_for(
        lambda: (
            (publisher.published() >= 100 and cluster.article_count() >= WRITTEN_FIRST) or publisher.error
        ),
        timeout=240,
        interval=0.05,
        what=f"100 articles published and {WRITTEN_FIRST} written",
    )
    assert publisher.error is None, publisher.error
    publisher.go.set()  # publishing again: the stop lands while it publishes
    time.sleep(2 * PAUSE)
    pid = cluster.node_pid(leader)
    assert pid is not None
    os.kill(pid, signal.SIGSTOP)
    stopped = time.monotonic()
    try:
        new_leader = wait_for(
            lambda: (name := _leader(cluster)) and name != leader.name and name,
            timeout=STOPPED_FOR,
            interval=0.2,
            what="a new stream leader",
        )
        elected = time.monotonic() - stopped
        wait_for(lambda: time.monotonic() - stopped >= STOPPED_FOR, timeout=STOPPED_FOR + 1)
    finally:
        os.kill(pid, signal.SIGCONT)
    thread.join(timeout=240)
    assert not thread.is_alive() and publisher.error is None, publisher.error
    first_ack = next(t for t, _ in publisher.acked if t > stopped) - stopped
    wait_for(lambda: cluster.article_count() == len(messages), timeout=300, interval=1, what="every article")
    wait_for(lambda: _drained(cluster), timeout=120, what="every message acknowledged")
    assert_exactly_once(cluster, want)
    assert cluster.stream().state.messages == len(messages)
    assert wait_for(
        lambda: _all_current(cluster), timeout=60, interval=0.5, what=f"{leader.name} to catch up"
    )
    assert all(worker.alive() for worker in workers)
    print(
        f"\nstream leader {leader.name} stopped (SIGSTOP) for {STOPPED_FOR:.0f}s: new leader {new_leader} "
        f"after {elected:.1f}s, publisher's first ack after {first_ack:.1f}s; all {len(messages)} written "
        f"once in {time.monotonic() - began:.0f}s"
    )
    cluster.stop_workers()
