"""How the worker settles a failed write: which Neo4j errors mean "try again" (issue 11)."""

import pytest
from neo4j.exceptions import Neo4jError, ServiceUnavailable, SessionExpired

from chronicle.graph.errors import GraphUnavailable, WriteTooLarge, failure_kind


def _error(code: str) -> Neo4jError:
    return Neo4jError._hydrate_neo4j(code=code, message="test")  # the driver's own constructor


@pytest.mark.parametrize(
    "code",
    [
        "Neo.TransientError.Transaction.DeadlockDetected",
        "Neo.TransientError.General.DatabaseUnavailable",
        "Neo.DatabaseError.Transaction.TransactionStartFailed",
        "Neo.DatabaseError.General.UnknownError",
        "Neo.TransientError.Transaction.LockClientStopped",
        "Neo.TransientError.Transaction.Terminated",
        "Neo.ClientError.Transaction.LockClientStopped",
        "Neo.ClientError.Transaction.Terminated",
    ],
)
def test_failure_kind_outage_codes_are_retried(code: str) -> None:
    assert failure_kind(_error(code)) == "unavailable"


@pytest.mark.parametrize(
    "error",
    [ServiceUnavailable("down"), SessionExpired("gone"), GraphUnavailable("no Neo4j")],
)
def test_failure_kind_driver_errors_are_retried(error: Exception) -> None:
    assert failure_kind(error) == "unavailable"


@pytest.mark.parametrize(
    "code",
    [
        "Neo.TransientError.General.MemoryPoolOutOfMemoryError",
        "Neo.TransientError.General.TransactionMemoryLimit",
        "Neo.TransientError.General.OutOfMemoryError",
        "Neo.ClientError.Transaction.TransactionTimedOut",
        "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
    ],
)
def test_failure_kind_limits_are_not_outages(code: str) -> None:
    assert failure_kind(_error(code)) == "limit"


def test_failure_kind_refusals_and_bugs() -> None:
    assert failure_kind(_error("Neo.ClientError.Schema.ConstraintValidationFailed")) == "refused"
    assert failure_kind(_error("Neo.ClientError.Statement.TypeError")) == "refused"
    assert failure_kind(UnicodeEncodeError("utf-8", "\ud800", 0, 1, "surrogates not allowed")) == "refused"
    assert failure_kind(WriteTooLarge("memory")) == "limit"
