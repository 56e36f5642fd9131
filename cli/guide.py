"""The Browser guide and style, served from this machine so `:play` and `:style` load them by URL.

Neo4j Browser plays a guide from a URL on a host its server allows
(`browser.remote_content_hostname_whitelist`, which the local stack sets to this machine) and loads a
style from a URL. `chronicle browser --serve` answers those two requests on 127.0.0.1 until stopped:
the guide is cypher/browser/guide.md rendered as a Browser guide (one slide a section, every code
block runnable with a click), the style is cypher/browser/chronicle.grass with each rule on one line,
the form Browser 5.24 also accepts when pasted after `:style`.
"""

import re
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from markdown_it import MarkdownIt

from chronicle.graph.cypher import CYPHER_DIR

__all__ = ["GUIDE_PATH", "STYLE_PATH", "guide_html", "make_server", "style_text"]

GUIDE_PATH = "/guide.html"
STYLE_PATH = "/chronicle.grass"


def style_text() -> str:
    """chronicle.grass with each rule on one line (Browser 5.24 refuses rules split over lines)."""
    grass = (CYPHER_DIR / "browser" / "chronicle.grass").read_text(encoding="utf-8")
    return "".join(f"{selector} {{ {' '.join(body.split())} }}\n" for selector, body in _rules(grass))


def _rules(grass: str) -> list[tuple[str, str]]:
    """(selector, body) of each rule; braces inside quoted captions such as "{name}" are text."""
    rules, selector, body, quote, depth = [], "", "", "", 0
    for char in grass:
        if depth == 0:
            if char == "{":
                depth = 1
            else:
                selector += char
            continue
        if quote:
            quote = "" if char == quote else quote
        elif char in "\"'":
            quote = char
        elif char == "}":
            rules.append((selector.strip(), body.strip()))
            selector, body, depth = "", "", 0
            continue
        body += char
    return rules


def guide_html() -> str:
    """guide.md as a Browser guide: an <article class="guide"> with one slide per `##` section."""
    markdown = (CYPHER_DIR / "browser" / "guide.md").read_text(encoding="utf-8")
    title, _, body = markdown.partition("\n")
    sections = re.split(r"^## ", body, flags=re.M)
    renderer = MarkdownIt("commonmark")
    slides = []
    for section in sections[1:]:
        heading, _, text = section.partition("\n")
        html = renderer.render(text)
        html = html.replace(
            '<pre><code class="language-cypher">', '<pre class="pre-scrollable code runnable">'
        )
        html = html.replace("<pre><code>", '<pre class="pre-scrollable code runnable">')
        html = html.replace("</code></pre>", "</pre>")
        slides.append(
            f'<slide class="row-fluid"><div class="col-sm-12"><h3>{heading.strip()}</h3>{html}</div></slide>'
        )
    return (
        f'<article class="guide"><carousel class="deck container-fluid">'
        f'<slide class="row-fluid"><div class="col-sm-12"><h2>{title.lstrip("# ").strip()}</h2>'
        f"{renderer.render(sections[0])}</div></slide>{''.join(slides)}</carousel></article>\n"
    )


class _Handler(BaseHTTPRequestHandler):
    """GET the guide or the style; anything else is 404. The Browser fetches them cross-origin."""

    def do_GET(self) -> None:
        pages = {GUIDE_PATH: (guide_html, "text/html"), STYLE_PATH: (style_text, "text/plain")}
        page = pages.get(self.path.split("?")[0])
        if page is None:
            self.send_error(HTTPStatus.NOT_FOUND)
            return
        body = page[0]().encode("utf-8")
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", f"{page[1]}; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Access-Control-Allow-Origin", "*")
        self.end_headers()
        self.wfile.write(body)

    def do_OPTIONS(self) -> None:  # the CORS preflight the Browser's fetch may send first
        self.send_response(HTTPStatus.NO_CONTENT)
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Access-Control-Allow-Methods", "GET")
        self.send_header("Access-Control-Allow-Headers", "*")
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:  # quiet: the command prints its own lines
        return


def make_server(port: int) -> ThreadingHTTPServer:
    """A server for the guide and the style on 127.0.0.1:`port` (not started)."""
    return ThreadingHTTPServer(("127.0.0.1", port), _Handler)
