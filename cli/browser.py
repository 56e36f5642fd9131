"""`chronicle browser`: where Neo4j Browser is, how to log in, the style to load, queries to start with.

The password is never printed: only its first characters, and where it is set.
"""

import contextlib
import json
import os
from pathlib import Path
from typing import Annotated
from urllib.parse import urlsplit

import typer

from chronicle.cli.common import fail
from chronicle.cli.guide import GUIDE_PATH, STYLE_PATH, make_server, style_text
from chronicle.cli.render import console
from chronicle.graph.connection import driver as open_driver
from chronicle.graph.cypher import CYPHER_DIR, load
from chronicle.graph.errors import GraphError
from chronicle.graph.queries import read
from chronicle.settings import Settings, env_files, get_settings
from chronicle.stack.envfile import mask, read_env

__all__ = ["STARTERS", "browser", "browser_address", "password_origin", "starter_queries"]

_LOOPBACK = {"127.0.0.1", "localhost", "::1"}
STYLE = CYPHER_DIR / "browser" / "chronicle.grass"
#: cypher/starters/<name>.cypher, in the order they are shown.
STARTERS = ("at_place", "said_about", "causes", "figures", "schema")


def browser_address(settings: Settings) -> str:
    """http://127.0.0.1:<port>/browser/ for a local Neo4j; Neo4j's hosted Browser for a remote one."""
    host = urlsplit(settings.neo4j_uri).hostname or "127.0.0.1"
    if host in _LOOPBACK:
        return f"http://{'127.0.0.1' if host == 'localhost' else host}:{settings.neo4j_http_port}/browser/"
    return "https://browser.neo4j.io/"


def password_origin(files: tuple[Path, ...] | None = None) -> str:
    """Where the password the app uses comes from: the environment, else the `.env` that wins."""
    if os.environ.get("NEO4J_PASSWORD"):
        return "the NEO4J_PASSWORD environment variable"
    for env_file in reversed(files or env_files()):
        if read_env(env_file).get("NEO4J_PASSWORD"):
            return f"NEO4J_PASSWORD in {env_file.resolve()}"
    return "nowhere yet (`chronicle stack up` writes it to .env)"


def starter_queries(place: str, event: str) -> list[tuple[str, str]]:
    """(what it shows, text to paste) pairs: the Browser parameters first, then the starter queries."""
    params = f":params {{place: {json.dumps(place)}, event: {json.dumps(event)}}}"
    starters = [load(name, "starters") for name in STARTERS]
    queries = [(q.description, " ".join(_body(q.text).split())) for q in starters]
    return [("Parameters the queries below use", params), *queries]


def _body(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("//"))


def _examples(settings: Settings) -> tuple[str, str, str]:
    """A place and an event from the graph, or placeholders and the reason."""
    try:
        graph = open_driver(settings)
    except GraphError as error:
        return "Pokrovsk", "Kursk operation", f"(examples: the graph is not reachable: {error})"
    try:
        rows = read(graph, settings.neo4j_database, "starter", {}, "lookup")
    finally:
        graph.close()
    if not rows:
        return "Pokrovsk", "Kursk operation", "(examples: the graph has no places or events yet)"
    return rows[0]["place"] or "Pokrovsk", rows[0]["event"] or "Kursk operation", ""


def browser(
    serve: Annotated[
        bool, typer.Option("--serve", help="Serve the guide and the style to the Browser until Ctrl-C.")
    ] = False,
    style: Annotated[
        bool, typer.Option("--style", help="Print the style in the form to paste after `:style`, and exit.")
    ] = False,
    port: Annotated[
        int | None, typer.Option(help="Port for --serve (default: the Browser's HTTP port + 1).")
    ] = None,
) -> None:
    """Print the Neo4j Browser address, the login, how to load the guide and style, and starter queries.

    Example: chronicle browser --serve
    """
    if style:
        console.print(style_text(), markup=False, highlight=False, soft_wrap=True, end="")
        return
    settings = get_settings()
    password = settings.neo4j_password.get_secret_value()
    place, event, note = _examples(settings)
    say = console.print
    say(f"Neo4j Browser: [bold]{browser_address(settings)}[/]", highlight=False)
    say(f"  connect URL  {settings.neo4j_uri}   database {settings.neo4j_database}", highlight=False)
    say(f"  user         {settings.neo4j_username}", highlight=False)
    say(f"  password     {mask(password)}  (from {password_origin()})", highlight=False)
    here = f"http://127.0.0.1:{port or settings.neo4j_http_port + 1}"
    if serve:
        say(f"Guide:  :play {here}{GUIDE_PATH}", highlight=False, markup=False)
        say(f"Style:  :style {here}{STYLE_PATH}", highlight=False, markup=False)
    else:
        say(
            "Guide and style: `chronicle browser --serve`, then `:play` and `:style` the URLs it prints",
            highlight=False,
        )
        say(
            f"  (or drag {STYLE} onto the Browser; `chronicle browser --style` prints it to paste).",
            highlight=False,
        )
    say(f"Starter queries {note}".rstrip() + ":", highlight=False)
    for title, query in starter_queries(place, event):
        say(f"  // {title}", highlight=False, markup=False)
        say(f"  {query}", highlight=False, markup=False, soft_wrap=True)
    if serve:
        _serve(port or settings.neo4j_http_port + 1)


def _serve(port: int) -> None:
    try:
        server = make_server(port)
    except OSError as error:
        fail(f"cannot serve the guide on 127.0.0.1:{port}: {error.strerror} (try --port)")
    console.print(f"Serving the guide and style on 127.0.0.1:{port}; Ctrl-C stops.", highlight=False)
    with server, contextlib.suppress(KeyboardInterrupt):
        server.serve_forever()
