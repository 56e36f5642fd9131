"""The `chronicle` Typer application: each command group lives in its own module and is added here."""

import typer

from chronicle.cli import ask, browser, contract, cypher, dlq, extract, ingest, plot, queries, stack

__all__ = ["app"]

app = typer.Typer(
    name="chronicle",
    help="Turn a stream of news into a timeline knowledge graph in Neo4j, and ask it questions.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
app.command()(ingest.publish)
app.command()(ingest.ingest)
app.command()(ingest.worker)
app.command()(ingest.replay)
app.command()(contract.contract)
app.add_typer(ask.app, name="ask")
app.add_typer(dlq.app, name="dlq")
app.command()(queries.queries)
app.command()(cypher.cypher)
app.add_typer(plot.app, name="plot")
app.command()(browser.browser)
app.command()(extract.extract)
app.command("eval")(extract.eval_command)
app.add_typer(stack.app, name="stack")


if __name__ == "__main__":
    app()
