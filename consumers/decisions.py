"""Where an analyst's identity decisions live: the JetStream key-value bucket `chronicle_identity`.

The graph can be rebuilt from the stream (`chronicle stack reset`, then `chronicle replay`), so the
decisions are kept beside the stream, not only in Neo4j: one value per decision (its id as key, the
Decision as JSON), file storage, every value kept. `chronicle replay` and `chronicle entities apply`
write them back into the graph (pinned alias entries) before any article is written again. A bucket
wiped with the queue (`stack reset --nats`) takes the decisions with the articles they were about.
"""

import contextlib

from faststream.nats import NatsBroker
from nats.js.api import KeyValueConfig, StorageType
from nats.js.errors import KeyNotFoundError, NoKeysError
from nats.js.kv import KeyValue
from neo4j import Driver

from chronicle.consumers.broker import key_value_bucket
from chronicle.consumers.contracts import ArticleMessage
from chronicle.consumers.publish import publish_articles
from chronicle.consumers.replay import stored_articles
from chronicle.graph.entities import apply_decisions
from chronicle.resolution.decisions import Decision

__all__ = ["DECISIONS_BUCKET", "DecisionStore", "mentioning", "reapply", "record"]

DECISIONS_BUCKET = "chronicle_identity"


class DecisionStore:
    """The bucket of identity decisions."""

    def __init__(self, kv: KeyValue) -> None:
        self.kv = kv

    @classmethod
    async def open(cls, broker: NatsBroker) -> "DecisionStore":
        """The bucket, created on first use."""
        config = KeyValueConfig(
            bucket=DECISIONS_BUCKET,
            description="chronicle entities: an analyst's merge, alias and split decisions",
            history=1,
            storage=StorageType.FILE,
        )
        return cls(await key_value_bucket(broker, config))

    async def save(self, decision: Decision) -> None:
        """Record a decision (deciding the same thing again replaces it)."""
        await self.kv.put(decision.id, decision.model_dump_json().encode())

    async def forget(self, decision_id: str) -> None:
        """Remove a decision from the bucket (what it did to the graph stays until a rebuild)."""
        with contextlib.suppress(KeyNotFoundError):
            await self.kv.purge(decision_id)

    async def all(self) -> list[Decision]:
        """Every decision, oldest first."""
        try:
            keys = await self.kv.keys()
        except NoKeysError:
            return []
        decisions = []
        for key in keys:
            try:
                entry = await self.kv.get(key)
            except KeyNotFoundError:
                continue
            if entry.value:
                decisions.append(Decision.model_validate_json(entry.value))
        return sorted(decisions, key=lambda d: d.decided_at)


def mentioning(articles: list[ArticleMessage], spelling: str) -> list[ArticleMessage]:
    """The articles whose text or title holds this spelling (any case): those a split changes."""
    wanted = spelling.lower()
    return [a for a in articles if wanted in f"{a.title or ''}\n{a.text or a.html or ''}".lower()]


async def record(
    broker: NatsBroker, driver: Driver, database: str, decision: Decision, respell: str | None = None
) -> int:
    """Keep the decision in the bucket and apply it to the graph; then re-publish the stored
    articles holding `respell` (a split spelling) so the workers write them again under it.
    Returns how many articles were re-published."""
    await (await DecisionStore.open(broker)).save(decision)
    apply_decisions(driver, database, [decision])
    if respell is None:
        return 0
    again = mentioning(await stored_articles(broker), respell)
    return len(await publish_articles(broker, again, force=True)) if again else 0


async def reapply(broker: NatsBroker, driver: Driver, database: str) -> int:
    """Write every recorded decision into the graph again (after a rebuild); returns how many."""
    found = await (await DecisionStore.open(broker)).all()
    return apply_decisions(driver, database, found) if found else 0
