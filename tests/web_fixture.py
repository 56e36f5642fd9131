"""A small news site on 127.0.0.1 for the feed and page tests: a feed, pages, and every way they fail.

Paths served (all text written for these tests):
- /robots.txt        forbids /private/ to every agent
- /feed.xml          RSS 2.0 with one item per page below (ETag "v1": 304 when the client has it)
- /atom.xml          Atom 1.0 with the two good pages
- /broken.xml        an HTML error page where a feed should be
- /news/harbour.html, /news/bridge.html   good articles (the bridge one is reached through a redirect
                     from /old/bridge and declares a canonical URL)
- /news/missing.html 404
- /news/slow.html    answers after SLOW_SECONDS (longer than the tests' timeout)
- /news/huge.html    a body larger than the tests' page limit
- /files/report.pdf  not HTML
- /private/memo.html forbidden by robots.txt
Every request's path and User-Agent is logged in `Site.requests`.
"""

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

__all__ = ["HUGE_BYTES", "SLOW_SECONDS", "Site", "serve_site"]

SLOW_SECONDS = 3.0
HUGE_BYTES = 6_000_000
"""Larger than the default page limit (5 MB)."""

_BODY = {
    "harbour": (
        "Harbour cranes return to Telmori after the storm",
        "2025-05-12",
        [
            "The port authority of Telmori said on Monday that all six harbour cranes were working again "
            "after the storm that closed the port last week.",
            "Engineers had replaced the damaged cables on four of the cranes, according to the harbour "
            "master, Ilse Varga, who said the backlog of ships would be cleared by Friday.",
            "Shipping agents in the town said that about forty vessels had waited at anchor outside the "
            "breakwater while the port was closed.",
        ],
    ),
    "bridge": (
        "New bridge over the Oska opens to traffic",
        "2025-05-14",
        [
            "The new road bridge over the river Oska opened to traffic on Wednesday, two months later than "
            "planned, the regional roads office said.",
            "The office said that the delay was caused by flooding in March, which stopped work on the "
            "eastern pillars for several weeks.",
            "Drivers between Telmori and Vesk will save about twenty minutes, the office estimated.",
        ],
    ),
}


def _page(slug: str, base: str, canonical: bool = False) -> bytes:
    title, day, paragraphs = _BODY[slug]
    link = f'<link rel="canonical" href="{base}/news/{slug}.html">' if canonical else ""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<!doctype html><html><head><title>{title}</title>{link}"
        f'<meta property="og:site_name" content="Telmori Courier">'
        f'<meta property="article:published_time" content="{day}T09:00:00+00:00">'
        f"</head><body><nav><a href='/'>Home</a> | <a href='/news/'>News</a></nav>"
        f"<article><h1>{title}</h1>{body}</article>"
        f"<footer>Telmori Courier, all rights reserved.</footer></body></html>"
    ).encode()


def _rss(base: str) -> bytes:
    items = [
        ("Harbour cranes return", "/news/harbour.html"),
        ("Bridge opens", "/old/bridge"),
        ("Missing page", "/news/missing.html"),
        ("Slow page", "/news/slow.html"),
        ("Huge page", "/news/huge.html"),
        ("A report", "/files/report.pdf"),
        ("Private memo", "/private/memo.html"),
    ]
    entries = "".join(
        f"<item><title>{t}</title><link>{base}{p}</link><guid>{base}{p}</guid>"
        f"<pubDate>Wed, 14 May 2025 08:00:00 GMT</pubDate></item>"
        for t, p in items
    )
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Telmori Courier</title>'
        f"<link>{base}/</link><description>News</description>{entries}</channel></rss>"
    ).encode()


def _atom(base: str) -> bytes:
    entries = "".join(
        f"<entry><title>{slug}</title><link href='{base}/news/{slug}.html'/><id>{base}/{slug}</id>"
        f"<updated>2025-05-14T08:00:00Z</updated></entry>"
        for slug in ("harbour", "bridge")
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>Telmori Courier (Atom)</title><id>{base}/atom</id><updated>2025-05-14T08:00:00Z</updated>"
        f"{entries}</feed>"
    ).encode()


@dataclass
class Site:
    """The running site: its base URL and the requests it has seen (path, User-Agent)."""

    base: str
    requests: list[tuple[str, str]] = field(default_factory=list)
    published: list[str] = field(default_factory=list)
    """Paths a test published (their articles are taken back afterwards)."""

    def url(self, path: str) -> str:
        return self.base + path

    def hits(self, path: str) -> int:
        return sum(1 for p, _ in self.requests if p == path)


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:  # quiet
            return

        def _send(self, status: int, body: bytes, content_type: str, **headers: str) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            for name, value in headers.items():
                self.send_header(name.replace("_", "-"), value)
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:
            site.requests.append((self.path, self.headers.get("User-Agent", "")))
            base = site.base
            html = "text/html; charset=utf-8"
            path = self.path
            if path == "/robots.txt":
                self._send(200, b"User-agent: *\nDisallow: /private/\n", "text/plain")
            elif path == "/feed.xml" and self.headers.get("If-None-Match") == '"v1"':
                self._send(304, b"", "application/rss+xml", ETag='"v1"')
            elif path == "/feed.xml":
                self._send(200, _rss(base), "application/rss+xml", ETag='"v1"')
            elif path == "/atom.xml":
                self._send(200, _atom(base), "application/atom+xml")
            elif path == "/broken.xml":
                self._send(200, b"<html><body><h1>Service Unavailable</body>", "text/html")
            elif path == "/news/harbour.html":
                self._send(200, _page("harbour", base), html)
            elif path == "/news/bridge.html":
                self._send(200, _page("bridge", base, canonical=True), html)
            elif path == "/old/bridge":
                self._send(301, b"", html, Location="/news/bridge.html")
            elif path == "/news/slow.html":
                time.sleep(SLOW_SECONDS)
                self._send(200, _page("harbour", base), html)
            elif path == "/news/huge.html":
                self.send_response(200)
                self.send_header("Content-Type", html)
                self.end_headers()  # no Content-Length: the limit must hold while reading
                self.wfile.write(b"<html><body><p>" + b"x" * HUGE_BYTES + b"</p></body></html>")
            elif path == "/files/report.pdf":
                self._send(200, b"%PDF-1.4 not really", "application/pdf")
            elif path.startswith("/private/"):
                self._send(200, _page("harbour", base), html)
            else:
                self._send(404, b"<html><body>Not found</body></html>", html)

    return Handler


class _QuietServer(ThreadingHTTPServer):
    """A client that gave up (the slow page, the huge one) is expected: no traceback for it."""

    def handle_error(self, request: object, client_address: object) -> None:
        return


@contextmanager
def serve_site() -> Iterator[Site]:
    """The site on a free port of 127.0.0.1, for the duration of the block."""
    site = Site(base="")
    server = _QuietServer(("127.0.0.1", 0), _handler(site))
    server.daemon_threads = True
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()
