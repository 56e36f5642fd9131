"""PROFILE a query and say what in its plan does not scale: label scans, full scans, scans of a
relationship type, and how many database hits it took."""

from dataclasses import dataclass, field
from typing import Any

from neo4j import Driver

__all__ = ["SCAN_OPERATORS", "PlanSummary", "profile"]

#: Operators that read every node of a label / every relationship of a type / a whole index: their
#: cost grows with the graph, so a hot path must not have them.
SCAN_OPERATORS = (
    "AllNodesScan",
    "NodeByLabelScan",
    "UnionNodeByLabelsScan",
    "IntersectionNodeByLabelsScan",
    "NodeIndexScan",
    "NodeIndexContainsScan",
    "NodeIndexEndsWithScan",
    "DirectedRelationshipTypeScan",
    "UndirectedRelationshipTypeScan",
    "DirectedAllRelationshipsScan",
    "UndirectedAllRelationshipsScan",
    "DirectedRelationshipIndexScan",
    "UndirectedRelationshipIndexScan",
    "DirectedUnionRelationshipTypesScan",
    "UndirectedUnionRelationshipTypesScan",
)


@dataclass
class PlanSummary:
    """The totals of a profiled plan and its scans (operator, details, rows)."""

    db_hits: int = 0
    rows: int = 0
    scans: list[tuple[str, str, int]] = field(default_factory=list)

    def describe_scans(self) -> str:
        if not self.scans:
            return "none"
        return "; ".join(f"{op} {details} ({rows:,} rows)" for op, details, rows in self.scans)


def _walk(plan: Any, summary: PlanSummary) -> None:
    operator = str(plan.get("operatorType", "")).split("@")[0]
    summary.db_hits += int(plan.get("dbHits", 0) or 0)
    if operator in SCAN_OPERATORS:
        details = str(plan.get("args", plan.get("arguments", {})).get("Details", ""))[:80]
        summary.scans.append((operator, details, int(plan.get("rows", 0) or 0)))
    for child in plan.get("children", []):
        _walk(child, summary)


def profile(
    driver: Driver, database: str, text: str, params: dict[str, Any], timeout: float | None = None
) -> PlanSummary:
    """Run `PROFILE <text>` in a read transaction and summarise its plan.

    An explicit transaction, not a managed one (`execute_read`): a managed one has no timeout of its
    own and retries a transient error (running out of transaction memory is one) for 30 s more, so
    one hub query could keep the server busy for minutes. Errors reach the caller.
    """
    with (
        driver.session(database=database, default_access_mode="READ") as session,
        session.begin_transaction(timeout=timeout) as tx,
    ):
        result = tx.run("PROFILE " + text, params)
        rows = len(list(result))
        plan = result.consume().profile
    summary = PlanSummary(rows=rows)
    _walk(plan or {}, summary)
    return summary
