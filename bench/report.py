"""Markdown pieces of the report: tables and number formatting."""

import math
from collections.abc import Sequence

__all__ = ["fmt", "table"]


def fmt(value: float | int | None, digits: int = 1) -> str:
    """A number for a table cell: thousands separators, `digits` decimals, '-' for missing."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "-"
    if isinstance(value, int):
        return f"{value:,}"
    return f"{value:,.{digits}f}"


def table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A GitHub-flavoured markdown table (cells are str()-ed, pipes escaped)."""

    def cell(value: object) -> str:
        return str(value).replace("|", "\\|").replace("\n", " ")

    lines = ["| " + " | ".join(map(cell, header)) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(map(cell, row)) + " |" for row in rows]
    return "\n".join(lines)
