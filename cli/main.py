"""The `chronicle` Typer application: each command group lives in its own module and is added here."""

from typing import Annotated

import typer

from chronicle import __version__
from chronicle.cli import (
    ask,
    browser,
    contract,
    cypher,
    dlq,
    entities,
    export,
    extract,
    follow,
    ingest,
    plot,
    queries,
    search,
    stack,
)

__all__ = ["app"]

app = typer.Typer(
    name="chronicle",
    help="Turn a stream of news into a timeline knowledge graph in Neo4j, and ask it questions.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _print_version(value: bool) -> None:
    if value:
        typer.echo(f"chronicle {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_print_version, is_eager=True, help="Print the version and exit."),
    ] = False,
) -> None:
    """Turn a stream of news into a timeline knowledge graph in Neo4j, and ask it questions."""


app.command()(ingest.publish)
app.command()(follow.follow)
app.command()(ingest.ingest)
app.command()(ingest.worker)
app.command()(ingest.replay)
app.command()(contract.contract)
app.add_typer(ask.app, name="ask")
app.add_typer(dlq.app, name="dlq")
app.add_typer(entities.app, name="entities")
app.command()(queries.queries)
app.command()(export.export)
app.command()(cypher.cypher)
app.command("search")(search.search_command)
app.add_typer(plot.app, name="plot")
app.command()(browser.browser)
app.command()(extract.extract)
app.command("eval")(extract.eval_command)
app.add_typer(stack.app, name="stack")


if __name__ == "__main__":
    app()
