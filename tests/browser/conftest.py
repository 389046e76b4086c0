"""Debian's Chromium driven by Playwright against pytest-django's live server.

Playwright's sync API runs an event loop in this thread, which makes Django refuse database
access unless told it is safe: the live server runs in its own thread, the test's ORM calls here.
"""

import os
from pathlib import Path

import pytest

from tests.conftest import PASSWORD, make_roles

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = Path("/usr/bin/chromium")
# axe-core from the npm registry (package.json; `./dev test` runs `npm ci`).
AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
# What an accessibility check fails on.
AXE_FAILING_IMPACTS = ("serious", "critical")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
VIEWPORT = {"width": 1200, "height": 800}


@pytest.fixture(autouse=True)
def roles(transactional_db):
    """The Editors and Reviewers groups of migration 0003 (see `tests.conftest.make_roles`)."""
    make_roles()


@pytest.fixture(scope="module")
def chromium():
    if not CHROMIUM.exists():
        pytest.fail(
            f"{CHROMIUM} is missing: the browser tests drive Debian's Chromium. "
            "Install it with: sudo apt-get install -y chromium"
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def open_page(chromium, live_server):
    """Open a new browser window (its own cookies) logged in as `user`."""
    contexts = []

    def open_as(user):
        context = chromium.new_context(viewport=VIEWPORT, base_url=live_server.url)
        context.set_default_timeout(15_000)
        contexts.append(context)
        page = context.new_page()
        page.goto("/admin/login/?next=/admin/")
        page.fill("#id_username", user.username)
        page.fill("#id_password", PASSWORD)
        page.click("input[type=submit]")
        page.wait_for_url("**/admin/")
        return page

    yield open_as
    for context in contexts:
        context.close()


def axe_violations(page, impacts=AXE_FAILING_IMPACTS) -> list[str]:
    """Run axe-core in `page`; one line per violation of these impacts, naming the rule, what
    it says and the first elements at fault (empty when the page passes)."""
    if not AXE.exists():
        pytest.fail(f"{AXE} is missing: run `npm ci` (./dev test does) to install axe-core.")
    # Evaluated through the browser's debugging protocol: the page's Content-Security-Policy
    # (no inline scripts) would block a <script> tag added to it.
    page.evaluate(AXE.read_text(encoding="utf-8"))
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — "
        + "; ".join(" ".join(node["target"]) for node in v["nodes"][:3])
        for v in result["violations"]
        if v["impact"] in impacts
    ]
