"""`chronicle cypher "QUERY"`: ad-hoc Cypher, read-only unless --write, rendered like every answer."""

import json
from typing import Annotated

import typer

from chronicle.cli.common import FormatOption, fail, graph, one_line_errors
from chronicle.cli.render import Format, console, render_rows
from chronicle.graph.adhoc import run_cypher
from chronicle.settings import get_settings

__all__ = ["cypher"]

Param = Annotated[
    list[str] | None,
    typer.Option(
        "--param",
        "-p",
        help="A parameter as name=value (repeatable); values stay strings unless --json-params.",
    ),
]


def _params(pairs: list[str] | None, as_json: bool) -> dict[str, object]:
    params: dict[str, object] = {}
    for pair in pairs or []:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            fail(f"--param {pair!r}: expected name=value")
        try:
            params[name.strip()] = json.loads(value) if as_json else value
        except json.JSONDecodeError:
            fail(f"--param {pair!r}: the value is not JSON (drop --json-params for a plain string)")
        except RecursionError:
            fail(f"--param {name.strip()}: the JSON value is nested too deeply")
    return params


@one_line_errors
def cypher(
    query: Annotated[str, typer.Argument(help="One Cypher statement; use $name for parameters.")],
    param: Param = None,
    json_params: Annotated[
        bool, typer.Option("--json-params", help="Parse --param values as JSON (numbers, lists).")
    ] = False,
    write: Annotated[bool, typer.Option("--write", help="Allow the statement to change the graph.")] = False,
    admin: Annotated[
        bool,
        typer.Option(
            "--admin", help="Allow server administration (SHOW SETTINGS, TERMINATE TRANSACTIONS, dbms.*)."
        ),
    ] = False,
    fmt: FormatOption = Format.table,
) -> None:
    """Run ad-hoc Cypher. Read-only: a statement that writes, or LOAD CSV, is refused unless --write is
    given; server administration (SHOW SETTINGS, TERMINATE TRANSACTIONS, users, dbms.*) needs --admin.

    Example: chronicle cypher "MATCH (p:Place {name: $name})<-[:AT]-(e:Event) RETURN e.name, e.value" -p name=Pokrovsk
    """
    params = _params(param, json_params)  # a usage error needs no Neo4j
    with graph(timed=True) as (driver, database):
        timeout = get_settings().chronicle_query_timeout
        result = run_cypher(driver, database, query, params, write=write, admin=admin, timeout=timeout)
    if result.rows or fmt is not Format.table:
        render_rows(result.rows, fmt, columns=result.columns)
    if fmt is Format.table:
        changed = ", ".join(f"{k.replace('_', ' ')}: {v}" for k, v in result.counters.items())
        note = f"; {changed}" if changed else ""
        console.print(f"{len(result.rows)} rows{note}.", highlight=False)
