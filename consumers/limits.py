"""Documented limits of what the queue accepts (README, "Guarantees")."""

__all__ = ["DEDUP_WINDOW_SECONDS", "MAX_DELIVERIES", "MAX_MESSAGE_BYTES", "retry_delay"]

MAX_MESSAGE_BYTES = 1_000_000
"""Largest message accepted: NATS's default max_payload (1 MB); larger articles are refused."""

DEDUP_WINDOW_SECONDS = 24 * 3600
"""JetStream drops a re-publish with the same Nats-Msg-Id inside this window."""

MAX_DELIVERIES = 5
"""An article whose extraction keeps failing goes to the dead-letter subject after this many tries.
Neo4j being unavailable never counts: those messages are retried until it is back."""


def retry_delay(delivered: int) -> float:
    """Backoff before redelivery after a retryable failure: 1, 2, 4, ... seconds, at most 30."""
    return float(min(30, 2 ** max(0, delivered - 1)))
