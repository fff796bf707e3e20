"""Playwright driving Debian's Chromium against pytest-django's live server.

`playwright install` is not used: the browser is the system's /usr/bin/chromium (.ci/run installs
it with apt when missing) and axe-core comes from npm (`npm ci`, pinned in package-lock.json).
"""

import os
from pathlib import Path

import pytest
from django.db import connections

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
OUTPUT = ROOT / "test-output"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--headless",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture
def browser(live_server):
    """Chromium, for one test. Function-scoped on purpose: Playwright's sync API keeps an event
    loop running in this thread while it is open, and under a running loop Django looks up its
    connections in another context; the database set-up and flush around each test must run with
    the loop stopped, on the connection that holds the serialized data to restore."""
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed (apt-get install -y chromium; .ci/run does it)")
    from playwright.sync_api import sync_playwright

    # Under that loop Django's ORM believes it runs in async code; the tests' own queries are
    # synchronous and run between browser calls.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            yield chromium
            chromium.close()
            # The test's own queries ran under that loop, on connections of the loop's context: closed
            # here, in that context, or PostgreSQL still counts their sessions when the test
            # database is dropped ("being accessed by other users").
            connections.close_all()
    finally:
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture
def page(browser):
    """A fresh page in French, failing the test on any script error or CSP violation."""
    context = browser.new_context(locale="fr-FR", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.problems = []
    page.on("pageerror", lambda error: page.problems.append(str(error)))
    page.on("console", lambda message: message.type == "error" and page.problems.append(message.text))
    yield page
    context.close()


@pytest.fixture
def axe_source() -> str:
    if not AXE.exists():
        pytest.skip("axe-core is not installed (npm ci; .ci/run does it)")
    return AXE.read_text(encoding="utf-8")


@pytest.fixture
def output_dir() -> Path:
    OUTPUT.mkdir(exist_ok=True)
    return OUTPUT
