"""Keep Neo4j Browser on this machine: nothing fetched from or sent to other hosts.

Browser 5.24, served by Neo4j Community 5.26, reaches out whatever neo4j.conf says
(`client.allow_telemetry=false` is set and honoured for the usage banner, but Community has no
`browser.allow_outgoing_connections`): its web fonts come from fonts.googleapis.com through a CSS
`@import`, its product analytics script from cdn.segment.com, a feedback widget from canny.io, and crash
reports go to sentry.io. The jar that serves the Browser is rewritten once, in the cache, with those
addresses made inert (no import; scripts from an empty `data:` URL; an empty Sentry DSN, which turns
Sentry off). The page then uses the fonts it ships and the system's. The original jar is kept beside
it (`.orig`) and a marker says the rewrite is done. `tests/test_browser_offline.py` loads the Browser
in headless Chromium, logs in, and checks that every request stays on 127.0.0.1.
"""

import contextlib
import os
import re
import zipfile
from pathlib import Path

__all__ = ["REWRITES", "keep_browser_offline", "offline"]

#: (pattern, replacement) applied to the Browser's JavaScript, CSS and HTML files.
REWRITES: tuple[tuple[re.Pattern[bytes], bytes], ...] = (
    (re.compile(rb"@import url\(https?://[^)]*\);"), b""),  # web fonts from fonts.googleapis.com
    (re.compile(rb'(\b(?:dsn|sentryDsn):)"https://[^"]*"'), rb'\1""'),  # Sentry crash reports
    (re.compile(rb'"https://cdn\.segment\.com/analytics\.js/v1/"'), b'"data:text/javascript,//"'),
    (re.compile(rb'"https://canny\.io/sdk\.js"'), b'"data:text/javascript,"'),
)
_MARKER = ".browser-offline-2"  # bump when REWRITES changes, so caches are rewritten again


def keep_browser_offline(lib: Path) -> bool:
    """Rewrite the neo4j-browser jar in `lib` with REWRITES (once); True when it rewrote it."""
    if (lib / _MARKER).exists():
        return False
    jars = sorted(lib.glob("neo4j-browser-*.jar"))
    for jar in jars:
        _rewrite(jar)
    (lib / _MARKER).write_text("".join(f"{jar.name}\n" for jar in jars), encoding="utf-8")
    return bool(jars)


def _rewrite(jar: Path) -> None:
    original = jar.with_name(jar.name + ".orig")
    if not original.exists():
        with contextlib.suppress(FileNotFoundError):  # another stack starting at once moved it first
            jar.rename(original)
    partial = jar.with_name(f"{jar.name}.{os.getpid()}.partial")
    with zipfile.ZipFile(original) as source, zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename.endswith((".js", ".css", ".html")):
                data = offline(data)
            target.writestr(item, data)
    partial.replace(jar)


def offline(data: bytes) -> bytes:
    """`data` with every remote address of REWRITES made inert."""
    for pattern, replacement in REWRITES:
        data = pattern.sub(replacement, data)
    return data
