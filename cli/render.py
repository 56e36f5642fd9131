"""One renderer for every command that prints rows: rich table, JSON, CSV or Markdown."""

import csv
import io
import json
from collections.abc import Sequence
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from pydantic import BaseModel
from rich.console import Console
from rich.table import Table
from rich.text import Text

__all__ = ["Format", "console", "error_console", "render_rows", "to_text"]

console = Console()
error_console = Console(stderr=True)


class Format(StrEnum):
    """Output formats shared by all row-printing commands."""

    table = "table"
    json = "json"
    csv = "csv"
    markdown = "markdown"


def to_text(value: Any) -> str:
    """A cell as text: dates in ISO form, lists joined, None empty."""
    if value is None:
        return ""
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return ", ".join(to_text(v) for v in value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _table_cell(value: Any) -> str:
    """Like to_text, with thousands separators for whole numbers (tables are read by people)."""
    if isinstance(value, float) and value.is_integer():
        return f"{int(value):,}"
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    return to_text(value).strip()  # a sentence may end in its paragraph break: no blank lines in a cell


def _as_dicts(rows: Sequence[BaseModel | dict[str, Any]]) -> list[dict[str, Any]]:
    return [row.model_dump(mode="json") if isinstance(row, BaseModel) else row for row in rows]


def _markdown(columns: list[str], rows: list[dict[str, Any]], headers: dict[str, str]) -> str:
    def cell(value: Any) -> str:
        return to_text(value).replace("|", "\\|").replace("\n", " ")

    titles = [cell(headers.get(c, c)) for c in columns]
    lines = ["| " + " | ".join(titles) + " |", "|" + "---|" * len(columns)]
    lines += ["| " + " | ".join(cell(row.get(c)) for c in columns) + " |" for row in rows]
    return "\n".join(lines)


def render_rows(
    rows: Sequence[BaseModel | dict[str, Any]],
    fmt: Format = Format.table,
    *,
    columns: Sequence[str] | None = None,
    title: str | None = None,
    headers: dict[str, str] | None = None,
) -> None:
    """Print rows; `columns` picks and orders the table's columns (JSON and CSV keep every field)."""
    data = _as_dicts(rows)
    if fmt is Format.json:
        console.print_json(json.dumps(data, default=to_text, ensure_ascii=False))
        return
    all_columns = list(columns or (data[0].keys() if data else []))
    if fmt is Format.csv:
        buffer = io.StringIO()
        writer = csv.DictWriter(
            buffer, fieldnames=list(data[0].keys()) if data else all_columns, extrasaction="ignore"
        )
        writer.writeheader()
        writer.writerows({k: to_text(v) for k, v in row.items()} for row in data)
        console.out(buffer.getvalue(), end="")
        return
    if fmt is Format.markdown:
        console.out(_markdown(all_columns, data, headers or {}))
        return
    table = Table(title=Text(title) if title else None, header_style="bold", title_justify="left")
    for column in all_columns:
        table.add_column((headers or {}).get(column, column), overflow="fold")
    for row in data:
        # Text, not str: '[ISW]' in a cell is data, never rich markup
        table.add_row(*(Text(_table_cell(row.get(c))) for c in all_columns))
    console.print(table)
