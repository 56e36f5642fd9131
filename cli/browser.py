"""`chronicle browser`: where Neo4j Browser is, how to log in, the style to load, queries to start with.

The password is never printed: only its first characters, and where it is set.
"""

import os
from pathlib import Path
from urllib.parse import urlsplit

from chronicle.cli.render import console
from chronicle.graph.connection import driver as open_driver
from chronicle.graph.cypher import CYPHER_DIR
from chronicle.graph.errors import GraphError
from chronicle.graph.queries import read
from chronicle.settings import ENV_FILE, Settings, get_settings

__all__ = ["browser", "browser_address", "masked", "password_origin", "starter_queries"]

_LOOPBACK = {"127.0.0.1", "localhost", "::1"}
STYLE = CYPHER_DIR / "browser" / "chronicle.grass"
GUIDE = CYPHER_DIR / "browser" / "guide.md"


def browser_address(settings: Settings) -> str:
    """http://127.0.0.1:<port>/browser/ for a local Neo4j; Neo4j's hosted Browser for a remote one."""
    host = urlsplit(settings.neo4j_uri).hostname or "127.0.0.1"
    if host in _LOOPBACK:
        return f"http://{'127.0.0.1' if host == 'localhost' else host}:{settings.neo4j_http_port}/browser/"
    return "https://browser.neo4j.io/"


def masked(secret: str, shown: int = 2) -> str:
    """The first `shown` characters and an ellipsis; nothing of a short secret."""
    if not secret:
        return "(not set)"
    return f"{secret[:shown]}…" if len(secret) > 3 * shown else "…"


def password_origin(env_file: Path = ENV_FILE) -> str:
    """Where the password the app uses comes from: the environment wins over .env."""
    if os.environ.get("NEO4J_PASSWORD"):
        return "the NEO4J_PASSWORD environment variable"
    if env_file.is_file() and any(
        line.strip().removeprefix("export ").startswith("NEO4J_PASSWORD=")
        for line in env_file.read_text(encoding="utf-8").splitlines()
    ):
        return f"NEO4J_PASSWORD in {env_file.resolve()}"
    return "nowhere yet (`chronicle stack up` writes it to .env)"


def starter_queries(place: str, event: str) -> list[tuple[str, str]]:
    """(what it shows, Cypher) pairs for a place and an event of the user's graph."""
    return [
        ("Everything at the place", f"MATCH (p:Place {{name: {place!r}}})<-[r:AT]-(e:Event) RETURN p, r, e"),
        (
            "Who said what about it",
            f"MATCH (x:Entity {{name: {place!r}}})<-[a:ABOUT]-(c:Claim)<-[s:STATED]-(who) RETURN x, a, c, s, who",
        ),
        (
            "Causes and effects around the event",
            f"MATCH path = (c)-[:AFFECTED]->(t) WHERE {event!r} IN [c.name, t.name] RETURN path",
        ),
        (
            "Figures over time (table view)",
            f"MATCH (q:Quantity)-[r:ABOUT]->(:Entity {{name: {place!r}}}) "
            "RETURN r.value AS as_of, q.metric, q.value, q.speaker_name ORDER BY r.valid_from",
        ),
        ("The shape of the graph", "CALL db.schema.visualization()"),
    ]


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


def browser() -> None:
    """Print the Neo4j Browser address, the login, the style to load and starter queries.

    Example: chronicle browser
    """
    settings = get_settings()
    password = settings.neo4j_password.get_secret_value()
    place, event, note = _examples(settings)
    say = console.print
    say(f"Neo4j Browser: [bold]{browser_address(settings)}[/]", highlight=False)
    say(f"  connect URL  {settings.neo4j_uri}   database {settings.neo4j_database}", highlight=False)
    say(f"  user         {settings.neo4j_username}", highlight=False)
    say(f"  password     {masked(password)}  (from {password_origin()})", highlight=False)
    say(f"Style: drag {STYLE} onto the Browser window (or `:style` and paste it).", highlight=False)
    say(f"Guide: {GUIDE}", highlight=False)
    say(f"Starter queries {note}".rstrip() + ":", highlight=False)
    for title, query in starter_queries(place, event):
        say(f"  // {title}", highlight=False, markup=False)
        say(f"  {query}", highlight=False, markup=False, soft_wrap=True)
