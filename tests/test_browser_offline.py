"""Neo4j Browser: logged in it asks nothing of any other host; the guide and style load from here.

Runs the real Browser of the running stack in headless Chromium (Debian's `chromium`, driven by
Playwright without downloading a browser), logs in with the stack's password, and records every request
the page makes. Also checks the rewrite that makes this so (stack/browser_offline.py).
"""

import contextlib
import os
import re
import shutil
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from playwright.sync_api import sync_playwright

from chronicle.cli.guide import GUIDE_PATH, STYLE_PATH, guide_html, make_server, style_text
from chronicle.graph.cypher import CYPHER_DIR
from chronicle.settings import get_settings
from chronicle.stack.browser_offline import offline
from chronicle.stack.private import free_loopback_ports

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
_LOCAL = {"127.0.0.1", "localhost", "::1"}


def test_rewrite_makes_fonts_analytics_feedback_and_crash_reports_inert() -> None:
    bundle = (
        b'x.push([1,"@import url(https://fonts.googleapis.com/css2?family=Fira+Code);",""]);'
        b'Sentry.init({dsn:"https://key@o1.ingest.sentry.io/1",release:"b"});c={sentryDsn:"https://k@s.io/2"};'
        b'n.src="https://cdn.segment.com/analytics.js/v1/"+e+"/analytics.min.js";'
        b'i.src="https://canny.io/sdk.js";a.href="https://neo4j.com/docs/"'
    )
    assert offline(bundle) == (
        b'x.push([1,"",""]);Sentry.init({dsn:"",release:"b"});c={sentryDsn:""};'
        b'n.src="data:text/javascript,//"+e+"/analytics.min.js";'
        b'i.src="data:text/javascript,";a.href="https://neo4j.com/docs/"'
    )


@dataclass
class LoggedIn:
    """A Browser page logged into the stack, every request it made, and a command runner."""

    page: Any
    requests: list[str]
    guide_port: int

    def run(self, command: str) -> None:
        """Type `command` into the editor and run it; again if no frame for it appeared (a busy page)."""
        frames = self.page.locator("[data-testid='frameCommand']")
        for _ in range(3):
            before = frames.count()
            editor = self.page.locator("[data-testid='activeEditor'] textarea").first
            editor.wait_for(timeout=30_000)
            editor.click()
            self.page.keyboard.insert_text(command)
            self.page.keyboard.press("Control+Enter")
            with contextlib.suppress(PlaywrightTimeout):
                self.page.wait_for_function(
                    "n => document.querySelectorAll(\"[data-testid='frameCommand']\").length > n",
                    arg=before,
                    timeout=15_000,
                )
                return
        raise AssertionError(f"the Browser did not run {command[:40]!r}")


@pytest.fixture(scope="module")
def browser_page() -> Iterator[LoggedIn]:
    if CHROMIUM is None:
        if os.environ.get("CI"):
            pytest.fail("CI needs Debian's chromium for this test (.ci/run installs it)")
        pytest.skip("needs Debian's chromium (apt-get install chromium)")
    settings = get_settings()
    guide = make_server(free_loopback_ports(1)[0])
    threading.Thread(target=guide.serve_forever, daemon=True).start()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
        )
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        logged_in = LoggedIn(page, [], guide.server_address[1])
        page.on("request", lambda request: logged_in.requests.append(request.url))
        page.goto(f"http://127.0.0.1:{settings.neo4j_http_port}/browser/", timeout=60_000)
        page.fill("input[data-testid='boltaddress']", settings.neo4j_uri, timeout=60_000)
        page.fill("input[data-testid='username']", settings.neo4j_username)
        page.fill("input[data-testid='password']", settings.neo4j_password.get_secret_value())
        page.click("button[data-testid='connect']")
        page.wait_for_selector("text=You are connected as user", timeout=120_000)
        time.sleep(5)  # what a page loads after connecting (analytics, feedback widget) comes now
        yield logged_in
        browser.close()
    guide.shutdown()


@pytest.mark.integration
def test_browser_page_makes_no_request_off_the_machine(browser_page: LoggedIn) -> None:
    assert browser_page.requests, "the page made no request at all"
    assert [url for url in browser_page.requests if urlsplit(url).hostname not in _LOCAL] == []
    assert browser_page.page.locator("text=we collect information on product usage").count() == 0


@pytest.mark.integration
def test_guide_plays_inside_the_browser_from_a_local_url(browser_page: LoggedIn) -> None:
    browser_page.run(f":play http://127.0.0.1:{browser_page.guide_port}{GUIDE_PATH}")
    browser_page.page.wait_for_selector("text=Exploring Chronicle's graph in Neo4j Browser", timeout=30_000)
    assert browser_page.page.locator("text=No guide by that name").count() == 0


def test_guide_has_a_slide_per_section_and_runnable_queries() -> None:
    html = guide_html()
    assert html.startswith('<article class="guide"><carousel class="deck container-fluid">')
    assert html.count('<slide class="row-fluid">') == 5  # the title and four sections
    assert html.count('<pre class="pre-scrollable code runnable">') >= 6


def test_style_to_paste_has_one_rule_a_line_and_keeps_quoted_braces() -> None:
    lines = style_text().splitlines()
    grass = (CYPHER_DIR / "browser" / "chronicle.grass").read_text(encoding="utf-8")
    assert len(lines) == len(re.findall(r"^\S[^\n]*\{\s*$", grass, flags=re.M))
    assert all(re.fullmatch(r"(node|relationship)(\.\w+)? \{ [^\n]+; \}", line) for line in lines)
    assert "node.Person { color: #4C8EDA;" in style_text()
    assert 'caption: "{name}";' in lines[0]


@pytest.mark.integration
@pytest.mark.parametrize("how", ["url", "pasted"])
def test_style_loads_by_url_and_when_pasted(browser_page: LoggedIn, how: str) -> None:
    browser_page.run(":style reset")
    if how == "url":
        browser_page.run(f":style http://127.0.0.1:{browser_page.guide_port}{STYLE_PATH}")
    else:
        browser_page.run(f":style {style_text()}")
    frame = browser_page.page.locator("text=node.Unconfirmed").first
    frame.wait_for(timeout=30_000)
    assert browser_page.page.locator("text=Something went wrong").count() == 0
