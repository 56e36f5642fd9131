"""The NATS broker and the ARTICLES stream, shared by the worker, the publisher and the DLQ tools."""

from faststream.nats import JStream, NatsBroker, NatsToken, NatsUserPassword, StorageType
from faststream.security import BaseSecurity
from nats.js.api import DiscardPolicy, KeyValueConfig
from nats.js.errors import BucketNotFoundError
from nats.js.kv import KeyValue

from chronicle.consumers.contracts import STREAM_NAME
from chronicle.consumers.limits import DEDUP_WINDOW_SECONDS, MAX_MESSAGE_BYTES
from chronicle.settings import Settings, get_settings

__all__ = ["articles_stream", "key_value_bucket", "make_broker", "nats_security"]


def articles_stream(replicas: int = 1) -> JStream:
    """The ARTICLES stream, kept on `replicas` servers of a JetStream cluster (its consumers follow).

    At most CHRONICLE_STREAM_MAX_BYTES; when it is full JetStream refuses new messages (discard NEW)
    instead of silently dropping the oldest ones, which hold the replay history and the dead letters.
    """
    return JStream(
        name=STREAM_NAME,
        description="Articles to ingest (articles.ingest) and refused ones (articles.dead).",
        subjects=["articles.>"],
        storage=StorageType.FILE,
        duplicate_window=DEDUP_WINDOW_SECONDS,
        max_msg_size=MAX_MESSAGE_BYTES,
        num_replicas=replicas,
        max_bytes=get_settings().chronicle_stream_max_bytes,
        discard=DiscardPolicy.NEW,
    )


def nats_security(settings: Settings) -> BaseSecurity | None:
    """User/password or token from the environment, when the server requires them."""
    if settings.nats_token:
        return NatsToken(settings.nats_token.get_secret_value())
    if settings.nats_user and settings.nats_password:
        return NatsUserPassword(settings.nats_user, settings.nats_password.get_secret_value())
    return None


def make_broker(settings: Settings | None = None, **options: object) -> NatsBroker:
    """A broker for NATS_URL; FastStream picks the transport from the URL's scheme.

    Every server NATS_URL lists is handed to nats-py, which connects to one and, when it goes away,
    reconnects to another (max_reconnect_attempts=-1: for ever, unless the caller says otherwise),
    also when its server stops answering PINGs.
    """
    settings = settings or get_settings()
    # A server that hangs (stopped, overloaded, cut off) keeps its TCP connections open: nats-py notices
    # only when PINGs go unanswered, by default after 2 x 120 s. 5 s x 3 moves clients to another
    # server within ~15-20 s.
    options = {"max_reconnect_attempts": -1, "ping_interval": 5, "max_outstanding_pings": 3, **options}
    return NatsBroker(settings.nats_servers, security=nats_security(settings), **options)


async def key_value_bucket(broker: NatsBroker, config: KeyValueConfig) -> KeyValue:
    """The JetStream key-value bucket `config.bucket`, created with `config` on first use: state that
    every follower or analyst on this NATS shares, kept beside the stream."""
    js = broker.connection.jetstream()
    try:
        return await js.key_value(config.bucket)
    except BucketNotFoundError:
        return await js.create_key_value(config)
