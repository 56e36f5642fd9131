"""The `chronicle` Typer application: each command group lives in its own module and is added here."""

import typer

__all__ = ["app"]

app = typer.Typer(
    name="chronicle",
    help="Turn a stream of news into a timeline knowledge graph in Neo4j, and ask it questions.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
