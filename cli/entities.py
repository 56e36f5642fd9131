"""`chronicle entities`: see how names were resolved to nodes, and overrule the resolver.

Decisions (merge, alias add, split) are kept in the JetStream bucket `chronicle_identity` and applied
to the graph as pinned alias entries, so every later article and every re-extraction follows them;
`chronicle replay` re-applies them first when the graph is rebuilt from the stream.
"""

from typing import Annotated

import anyio
import typer

from chronicle.cli.common import FormatOption, graph, nats, one_line_errors
from chronicle.cli.render import Format, console, render_rows
from chronicle.graph.entities import card, duplicates, entity
from chronicle.resolution.decisions import Decision, alias_decision, merge_decision, split_decision

__all__ = ["app"]

app = typer.Typer(
    help="See and overrule how names became nodes (merge, split, aliases).", no_args_is_help=True
)
alias_app = typer.Typer(help="Spellings that name a node.", no_args_is_help=True)
app.add_typer(alias_app, name="alias")

NameArg = Annotated[str, typer.Argument(help="A name, alias or key of a person, organisation or place.")]


def _record(decision: Decision, respell: str | None = None) -> int:
    from chronicle.consumers.decisions import record

    async def run() -> int:
        async with nats() as broker:
            with graph() as (driver, database):
                return await record(broker, driver, database, decision, respell)

    return anyio.run(run)


def _index_keys(entries: list[dict]) -> str:
    """The spellings, surnames and acronyms that find the node; near-spelling ('d|') and any-type
    ('t|') keys only counted."""
    machine = [e["key"] for e in entries if not e["pinned"]]
    shown = [k for k in machine if not k.startswith(("d|", "t|"))]
    hidden = len(machine) - len(shown)
    return ", ".join(shown) + (f" (+{hidden} near-spelling and any-type keys)" if hidden else "") or "-"


@app.command()
@one_line_errors
def show(
    name: NameArg,
    limit: Annotated[int, typer.Option(min=1, help="Articles to list.")] = 10,
    fmt: FormatOption = Format.table,
) -> None:
    """A node's key, types, aliases, the index entries that name it (pinned = an analyst's) and its articles.

    Example: chronicle entities show Syrskyi
    """
    with graph() as (driver, database):
        node = card(driver, database, entity(driver, database, name).key, limit)
    if fmt is not Format.table:
        render_rows([node], fmt)
        return
    pinned = [e["key"] for e in node.entries if e["pinned"]]
    lines = [
        ("key", node.key),
        ("name", node.name),
        ("type", " ".join(t for t in node.types if t != "Entity") + (f" ({node.kind})" if node.kind else "")),
        ("aliases", ", ".join(node.aliases) or "-"),
        ("index keys", _index_keys(node.entries)),
        ("pinned", ", ".join(pinned) or "- (no analyst decision)"),
        ("articles", str(node.article_count)),
    ]
    render_rows([{"field": f, "value": v} for f, v in lines], Format.table, title=node.name)
    rows = [
        {
            "published": (a.get("published_at") or "")[:10],
            "source": a.get("source") or "",
            "title": a.get("title") or a["id"],
            "mentions": a.get("mentions"),
        }
        for a in node.articles
    ]
    if rows:
        render_rows(rows, Format.table, title=f"Articles ({len(rows)} of {node.article_count}, newest first)")


@app.command("duplicates")
@one_line_errors
def duplicates_command(
    limit: Annotated[int, typer.Option(min=1, help="Pairs to list.")] = 20, fmt: FormatOption = Format.table
) -> None:
    """Pairs of nodes that may be one thing, with the evidence for each (best first).

    Evidence: a shared alias, one name once spellings are folded, a surname alone, one edit apart,
    an acronym; and whether any article mentions both (two names in one article are often two
    things). Decide with `entities merge A B` or leave them apart.

    Example: chronicle entities duplicates --limit 10
    """
    with graph() as (driver, database):
        pairs = duplicates(driver, database, limit)
    if fmt is not Format.table:
        render_rows(pairs, fmt)
        return
    if not pairs:
        console.print("No likely duplicates.")
        return
    rows = [
        {"a": f"{p.a} ({p.a_key})", "b": f"{p.b} ({p.b_key})", "evidence": "; ".join(p.evidence)}
        for p in pairs
    ]
    render_rows(rows, Format.table, title=f"Likely duplicates ({len(pairs)}, best first)")
    console.print("Merge with `chronicle entities merge A B` (keys work where names are ambiguous).")


@app.command()
@one_line_errors
def merge(
    name: Annotated[str, typer.Argument(help="The node that stays (name, alias or key).")],
    other: Annotated[str, typer.Argument(help="The node that becomes it.")],
) -> None:
    """Make OTHER the same node as NAME, now and in every later article and rebuild.

    Example: chronicle entities merge "Institute for the Study of War" ISW
    """
    with graph() as (driver, database):
        keep, gone = entity(driver, database, name), entity(driver, database, other)
        rank = card(driver, database, keep.key, 1).rank
    decision = merge_decision(keep.name, keep.key, keep.label, rank, gone.name, gone.key)
    _record(decision)
    console.print(
        f"Merged {gone.name} ({gone.key}) into {keep.name} ({keep.key}); recorded, later articles follow it.",
        highlight=False,
        soft_wrap=True,
    )


@app.command()
@one_line_errors
def split(
    name: NameArg,
    spelling: Annotated[str, typer.Argument(help="A spelling of it that names something else.")],
) -> None:
    """SPELLING is not NAME: it names a node of its own from now on (the stored articles holding it
    are re-published so the workers write them again).

    Example: chronicle entities split "Oleksandr Syrskyi" "Oleksandr Syrksky"
    """
    with graph() as (driver, database):
        node = entity(driver, database, name)
    decision = split_decision(node.name, node.key, node.label, spelling)
    again = _record(decision, respell=spelling)
    console.print(
        f"Split {spelling!r} from {node.name} ({node.key}): it is {decision.other_key} from now on; "
        f"re-published {again} stored article{'' if again == 1 else 's'} holding it.",
        highlight=False,
        soft_wrap=True,
    )


@alias_app.command("add")
@one_line_errors
def alias_add(
    name: NameArg,
    spelling: Annotated[
        str, typer.Argument(help="A spelling that names it (a node of exactly that name joins it).")
    ],
) -> None:
    """SPELLING names NAME, now and in every later article and rebuild.

    Example: chronicle entities alias add "Oleksandr Syrskyi" "Alexander Syrsky"
    """
    with graph() as (driver, database):
        node = entity(driver, database, name)
        rank = card(driver, database, node.key, 1).rank
    _record(alias_decision(node.name, node.key, node.label, rank, spelling))
    console.print(
        f"{spelling!r} names {node.name} ({node.key}); recorded, later articles follow it.",
        highlight=False,
        soft_wrap=True,
    )


@app.command()
@one_line_errors
def decisions(fmt: FormatOption = Format.table) -> None:
    """The analyst's decisions, oldest first, as kept in the JetStream bucket chronicle_identity.

    Example: chronicle entities decisions
    """
    from chronicle.consumers.decisions import DecisionStore

    async def run() -> list[Decision]:
        async with nats() as broker:
            return await (await DecisionStore.open(broker)).all()

    found = anyio.run(run)
    if fmt is not Format.table:
        render_rows(found, fmt)
        return
    rows = [
        {"decided": d.decided_at.strftime("%Y-%m-%d %H:%M"), "id": d.id, "decision": d.describe()}
        for d in found
    ]
    if not rows:
        console.print("No decisions recorded.")
        return
    render_rows(rows, Format.table, title=f"Identity decisions ({len(rows)})")


@app.command()
@one_line_errors
def apply() -> None:
    """Write every recorded decision into the graph again (after the graph was rebuilt; `chronicle
    replay` does it before re-publishing).

    Example: chronicle entities apply
    """
    from chronicle.consumers.decisions import reapply

    async def run() -> int:
        async with nats() as broker:
            with graph() as (driver, database):
                return await reapply(broker, driver, database)

    count = anyio.run(run)
    console.print(f"Applied {count} decision{'' if count == 1 else 's'} to the graph.")
