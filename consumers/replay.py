"""Replay: send every article the stream holds through the workers again (after an extractor upgrade).

Each distinct article (by id, the latest copy) is re-published with a fresh message id, so the
server's dedup window lets it through; the writer replaces what the older extraction contributed.
"""

from faststream.nats import NatsBroker
from nats.js.api import ConsumerConfig, DeliverPolicy
from nats.js.errors import NotFoundError

from chronicle.consumers.contracts import INGEST_SUBJECT, STREAM_NAME, ArticleMessage
from chronicle.consumers.payload import InvalidPayload, article_from_payload
from chronicle.consumers.publish import PublishedArticle, publish_articles

__all__ = ["replay_articles", "stored_articles"]


async def stored_articles(broker: NatsBroker, stream: str = STREAM_NAME) -> list[ArticleMessage]:
    """The latest valid copy of every article on articles.ingest, oldest first (invalid ones skipped);
    none when no article was ever published (the stream does not exist yet: a fresh or reset NATS)."""
    js = broker.connection.jetstream()
    try:
        info = await js.stream_info(stream, subjects_filter=INGEST_SUBJECT)
    except NotFoundError:
        return []
    total = (info.state.subjects or {}).get(INGEST_SUBJECT, 0)
    latest: dict[str, ArticleMessage] = {}
    if not total:
        return []
    config = ConsumerConfig(deliver_policy=DeliverPolicy.ALL, filter_subject=INGEST_SUBJECT)
    subscription = await js.subscribe(INGEST_SUBJECT, stream=stream, ordered_consumer=True, config=config)
    try:
        for _ in range(total):
            msg = await subscription.next_msg(timeout=10)
            try:
                article = article_from_payload(msg.data)
            except InvalidPayload:
                continue
            latest.pop(article.id, None)
            latest[article.id] = ArticleMessage.model_validate_json(msg.data).model_copy(
                update={"id": article.id}
            )
    finally:
        await subscription.unsubscribe()
    return list(latest.values())


async def replay_articles(broker: NatsBroker) -> list[PublishedArticle]:
    """Re-publish every stored article so the running workers extract and write it again."""
    return await publish_articles(broker, await stored_articles(broker), force=True)
