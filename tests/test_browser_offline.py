"""Offline means offline: Neo4j Browser, loaded and logged in, asks nothing of any other host.

Runs the real Browser of the running stack in headless Chromium (Debian's `chromium`, driven by
Playwright without downloading a browser), logs in with the stack's password, and records every request
the page makes. Also checks the rewrite that makes this so (stack/browser_offline.py).
"""

import os
import shutil
import time
from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest

from chronicle.settings import get_settings
from chronicle.stack.browser_offline import offline

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


@pytest.fixture
def chromium() -> Iterator[str]:
    if CHROMIUM is None:
        if os.environ.get("CI"):
            pytest.fail("CI needs Debian's chromium for this test (.ci/run installs it)")
        pytest.skip("needs Debian's chromium (apt-get install chromium)")
    yield CHROMIUM


@pytest.mark.integration
def test_browser_page_makes_no_request_off_the_machine(chromium: str) -> None:
    from playwright.sync_api import sync_playwright

    settings = get_settings()
    requests: list[str] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
        )
        try:
            page = browser.new_page()
            page.on("request", lambda request: requests.append(request.url))
            page.goto(f"http://127.0.0.1:{settings.neo4j_http_port}/browser/", timeout=60_000)
            page.fill("input[data-testid='boltaddress']", settings.neo4j_uri, timeout=60_000)
            page.fill("input[data-testid='username']", settings.neo4j_username)
            page.fill("input[data-testid='password']", settings.neo4j_password.get_secret_value())
            page.click("button[data-testid='connect']")
            page.wait_for_selector("text=You are connected as user", timeout=120_000)
            time.sleep(5)  # what a page loads after connecting (analytics, feedback widget) comes now
            banner = page.locator("text=we collect information on product usage").count()
        finally:
            browser.close()
    assert requests, "the page made no request at all"
    assert [url for url in requests if urlsplit(url).hostname not in _LOCAL] == []
    assert banner == 0
