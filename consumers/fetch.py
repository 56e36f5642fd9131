"""Polite HTTP for feeds and pages: a User-Agent naming Chronicle, robots.txt, a per-host pace, limits.

Every request goes through one `Fetcher`, which
- names itself (`Chronicle/<version>`) and sends nothing else about the user;
- reads each site's robots.txt once an hour (RFC 9309: a missing one allows everything; while it
  cannot be read, nothing on the site is fetched) and refuses what it forbids, its Crawl-delay included;
- waits `min_interval` seconds between two requests to one host (more if robots.txt asks);
- follows at most `max_redirects` redirects itself, checking robots.txt and the pace at every hop;
- gives each response `timeout` seconds in all (connecting, waiting and reading) and refuses a body
  larger than the limit, from its Content-Length or while reading it.

A refused or failed request raises a `FetchError` naming the URL and the reason, so one bad page is
reported and the rest go on. The fetcher is synchronous (stdlib urllib); `chronicle follow` runs it in
a worker thread, in its own process, and never in the graph worker.
"""

import socket
import ssl
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from http.client import HTTPException, HTTPResponse
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

from chronicle import __version__
from chronicle.errors import ChronicleError

__all__ = [
    "USER_AGENT",
    "FetchError",
    "Fetcher",
    "Forbidden",
    "HttpStatus",
    "Politeness",
    "Response",
    "TooLarge",
    "WrongType",
]

USER_AGENT = f"Chronicle/{__version__} (news timeline graph; honours robots.txt)"
"""What every request says it is; robots.txt rules for `Chronicle` apply to it."""

_ROBOTS_TTL = 3600.0
_CHUNK = 64 * 1024


class FetchError(ChronicleError):
    """A URL could not be fetched or used: `str(error)` is '<url>: <reason>'."""

    def __init__(self, url: str, reason: str) -> None:
        self.url = url
        self.reason = reason
        super().__init__(f"{url}: {reason}")


class Forbidden(FetchError):
    """robots.txt forbids the URL for Chronicle (or the URL is not http/https)."""


class HttpStatus(FetchError):
    """The server answered with an error status (404, 500, ...); `retry_after` when it said so."""

    def __init__(self, url: str, status: int, reason: str, retry_after: float | None = None) -> None:
        self.status = status
        self.retry_after = retry_after
        super().__init__(url, f"HTTP {status} {reason}".strip())


class TooLarge(FetchError):
    """The body is larger than the limit."""


class WrongType(FetchError):
    """The body is not what was asked for (a PDF or an image where a page was expected)."""


@dataclass(frozen=True)
class Politeness:
    """How hard Chronicle may knock: the defaults suit news sites; tests shorten the waits."""

    user_agent: str = USER_AGENT
    timeout: float = 20.0
    """Seconds for a whole response: connecting, waiting for it and reading it."""
    min_interval: float = 2.0
    """Seconds between two requests to the same host (robots.txt's Crawl-delay may ask for more)."""
    max_page_bytes: int = 5_000_000
    max_feed_bytes: int = 10_000_000
    max_redirects: int = 5
    robots: bool = True
    """Honour robots.txt (switch off only for your own servers)."""


@dataclass(frozen=True)
class Response:
    """A successful response: where it ended (after redirects), its type and its bytes."""

    url: str
    status: int
    content_type: str
    charset: str | None
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    """Redirects are followed by the Fetcher itself, so each hop is checked against robots.txt."""

    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


def _retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header (a number or an HTTP date)."""
    if not value:
        return None
    if value.strip().isdigit():
        return float(value.strip())
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
    except (TypeError, ValueError):
        return None


class Fetcher:
    """One polite HTTP client for a process; safe to share between threads."""

    def __init__(self, politeness: Politeness | None = None) -> None:
        self.politeness = politeness or Politeness()
        self._opener = urllib.request.build_opener(_NoRedirects())
        self._lock = threading.Lock()
        self._next_slot: dict[str, float] = {}
        self._robots: dict[str, tuple[float, RobotFileParser | None]] = {}

    # -- pace and robots -------------------------------------------------------------------------

    def _wait_turn(self, host: str) -> None:
        """Sleep until this host may be asked again, and book the next slot."""
        interval = max(self.politeness.min_interval, self._crawl_delay(host))
        with self._lock:
            now = time.monotonic()
            slot = max(now, self._next_slot.get(host, 0.0))
            self._next_slot[host] = slot + interval
        if slot > now:
            time.sleep(slot - now)

    def _crawl_delay(self, host: str) -> float:
        cached = self._robots.get(host)
        parser = cached[1] if cached else None
        delay = parser.crawl_delay(self.politeness.user_agent) if parser else None
        return float(delay or 0.0)

    def _robots_for(self, url: str) -> RobotFileParser | None:
        """The host's robots.txt rules (None: everything allowed), read at most once an hour."""
        parts = urlsplit(url)
        host = parts.netloc.lower()
        cached = self._robots.get(host)
        if cached and time.monotonic() - cached[0] < _ROBOTS_TTL:
            return cached[1]
        robots_url = f"{parts.scheme}://{parts.netloc}/robots.txt"
        parser: RobotFileParser | None = RobotFileParser(robots_url)
        try:
            response = self._get_once(robots_url, "text/plain", 512_000, {})
        except HttpStatus as error:
            if not 400 <= error.status < 500:  # unreachable: nothing is fetched until it can be read
                raise FetchError(
                    url, f"robots.txt answered HTTP {error.status}: not fetching for now"
                ) from None
            parser = None  # no robots.txt: everything is allowed (RFC 9309 2.3.1.3)
        except FetchError as error:
            raise FetchError(url, f"cannot read robots.txt: {error.reason}") from None
        else:
            if 300 <= response.status < 400:  # a redirected robots.txt: read where it points, once
                location = urljoin(robots_url, response.headers.get("location", ""))
                response = self._get_once(location, "text/plain", 512_000, {})
            assert parser is not None
            parser.parse(response.body.decode(response.charset or "utf-8", "replace").splitlines())
        self._robots[host] = (time.monotonic(), parser)
        return parser

    def allowed(self, url: str) -> bool:
        """Whether robots.txt lets Chronicle fetch `url` (always, when robots are switched off)."""
        if not self.politeness.robots:
            return True
        parser = self._robots_for(url)
        return parser is None or parser.can_fetch(self.politeness.user_agent, url)

    # -- requests --------------------------------------------------------------------------------

    def get(
        self, url: str, *, accept: str, max_bytes: int, headers: dict[str, str] | None = None
    ) -> Response:
        """GET `url`, following redirects, checked against robots.txt and paced per host.

        Raises:
            FetchError: Forbidden, HttpStatus, TooLarge or another reason (timeout, DNS, TLS...).
        """
        current = url
        for _ in range(self.politeness.max_redirects + 1):
            parts = urlsplit(current)
            if parts.scheme not in ("http", "https") or not parts.netloc:
                raise Forbidden(current, "only http and https URLs are fetched")
            if not self.allowed(current):
                raise Forbidden(current, "robots.txt forbids Chronicle to fetch this page")
            response = self._get_once(current, accept, max_bytes, headers or {})
            if response.status in (301, 302, 303, 307, 308):
                location = response.headers.get("location")
                if not location:
                    raise FetchError(current, f"HTTP {response.status} redirect without a Location")
                current = urljoin(current, location)
                continue
            return response
        raise FetchError(url, f"more than {self.politeness.max_redirects} redirects")

    def _get_once(self, url: str, accept: str, max_bytes: int, headers: dict[str, str]) -> Response:
        """One request, no redirect followed (a 3xx comes back as a Response with its Location)."""
        self._wait_turn(urlsplit(url).netloc.lower())
        request = urllib.request.Request(
            url, headers={"User-Agent": self.politeness.user_agent, "Accept": accept, **headers}
        )
        deadline = time.monotonic() + self.politeness.timeout
        try:
            with self._opener.open(request, timeout=self.politeness.timeout) as raw:
                return self._read(url, raw, max_bytes, deadline)
        except urllib.error.HTTPError as error:
            found = {k.lower(): v for k, v in (error.headers or {}).items()}
            if 300 <= error.code < 400:
                return Response(url, error.code, "", None, b"", found)
            if error.code == 304:
                return Response(url, 304, "", None, b"", found)
            raise HttpStatus(
                url, error.code, error.reason or "", _retry_after(found.get("retry-after"))
            ) from None
        except TimeoutError:
            raise FetchError(url, f"no complete answer within {self.politeness.timeout:g} s") from None
        except urllib.error.URLError as error:
            reason = error.reason
            if isinstance(reason, TimeoutError | socket.timeout):
                raise FetchError(url, f"no answer within {self.politeness.timeout:g} s") from None
            if isinstance(reason, ssl.SSLError):
                raise FetchError(url, f"TLS: {reason.reason or reason}") from None
            raise FetchError(url, f"cannot connect: {getattr(reason, 'strerror', None) or reason}") from None
        except (HTTPException, OSError) as error:
            raise FetchError(url, f"connection broken: {error or type(error).__name__}") from None

    def _read(self, url: str, raw: HTTPResponse, max_bytes: int, deadline: float) -> Response:
        found = {k.lower(): v for k, v in raw.headers.items()}
        length = found.get("content-length", "")
        if length.isdigit() and int(length) > max_bytes:
            raise TooLarge(url, f"{int(length):,} bytes announced, the limit is {max_bytes:,}")
        chunks, size = [], 0
        while chunk := raw.read(_CHUNK):
            size += len(chunk)
            if size > max_bytes:
                raise TooLarge(url, f"more than {max_bytes:,} bytes, the limit")
            if time.monotonic() > deadline:
                raise FetchError(url, f"no complete answer within {self.politeness.timeout:g} s")
            chunks.append(chunk)
        content_type = raw.headers.get_content_type() if found.get("content-type") else ""
        return Response(
            url, raw.status, content_type, raw.headers.get_content_charset(), b"".join(chunks), found
        )
