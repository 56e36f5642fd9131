"""The NATS broker and the ARTICLES stream, shared by the worker, the publisher and the DLQ tools."""

from faststream.nats import JStream, NatsBroker, NatsToken, NatsUserPassword, StorageType
from faststream.security import BaseSecurity

from chronicle.consumers.contracts import STREAM_NAME
from chronicle.consumers.limits import DEDUP_WINDOW_SECONDS, MAX_MESSAGE_BYTES
from chronicle.settings import Settings, get_settings

__all__ = ["ARTICLES_STREAM", "make_broker", "nats_security"]

ARTICLES_STREAM = JStream(
    name=STREAM_NAME,
    description="Articles to ingest (articles.ingest) and refused ones (articles.dead).",
    subjects=["articles.>"],
    storage=StorageType.FILE,
    duplicate_window=DEDUP_WINDOW_SECONDS,
    max_msg_size=MAX_MESSAGE_BYTES,
)


def nats_security(settings: Settings) -> BaseSecurity | None:
    """User/password or token from the environment, when the server requires them."""
    if settings.nats_token:
        return NatsToken(settings.nats_token.get_secret_value())
    if settings.nats_user and settings.nats_password:
        return NatsUserPassword(settings.nats_user, settings.nats_password.get_secret_value())
    return None


def make_broker(settings: Settings | None = None, **options: object) -> NatsBroker:
    """A broker for NATS_URL; FastStream picks the transport from the URL's scheme."""
    settings = settings or get_settings()
    options = {"max_reconnect_attempts": -1, **options}
    return NatsBroker(settings.nats_url.split(","), security=nats_security(settings), **options)
