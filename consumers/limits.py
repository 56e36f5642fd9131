"""Documented limits of what the queue accepts (README, "Guarantees")."""

__all__ = [
    "DEDUP_WINDOW_SECONDS",
    "GRACEFUL_SECONDS",
    "MAX_DELIVERIES",
    "MAX_MESSAGE_BYTES",
    "MAX_TEXT_CHARS",
    "retry_delay",
]

MAX_MESSAGE_BYTES = 1_000_000
"""Largest message accepted: NATS's default max_payload (1 MB); larger articles are refused."""

MAX_TEXT_CHARS = 100_000
"""Longest article text the worker extracts (about 15,000 words, longer than any news article).
It bounds one article's extraction (about 3.5 s of CPU at the limit, most of it spaCy's model) and
memory; longer texts are dead-lettered, and `chronicle publish` refuses them before sending anything."""

DEDUP_WINDOW_SECONDS = 24 * 3600
"""JetStream drops a re-publish with the same Nats-Msg-Id inside this window."""

MAX_DELIVERIES = 5
"""An article whose extraction keeps failing goes to the dead-letter subject after this many tries.
Neo4j being unavailable never counts: those messages are retried until it is back."""

GRACEFUL_SECONDS = 6.0
"""On SIGTERM the worker lets its in-flight message finish for this long, then nacks it (redelivered
at once) and exits 0; with the broker's own shutdown that stays under 10 seconds."""


def retry_delay(delivered: int) -> float:
    """Backoff before redelivery after a retryable failure: 1, 2, 4, ... seconds, at most 30."""
    return float(min(30, 2 ** max(0, delivered - 1)))
