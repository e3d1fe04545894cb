"""Real Chromium (Debian's package) driven by Playwright against the built site on a local server."""
import shutil
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

from tests.serve import serve

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--disable-default-apps"]


def chromium_path() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if not path:
        pytest.fail("Debian chromium is not installed: run `make test`, which installs it")
    return path


@pytest.fixture(scope="session")
def base_url(site):
    with serve(site) as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="en-GB")
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture(scope="session")
def artifacts():
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


class RequestLog:
    """Every request a page makes; requests to other origins are answered locally and recorded."""

    def __init__(self, page, origin):
        self.origin = origin
        self.foreign = []
        self.all = []
        page.on("request", lambda request: self.all.append(request.url))
        page.route("**/*", self._route)

    def _route(self, route):
        url = route.request.url
        if url.startswith(self.origin + "/") or url.startswith("data:"):
            route.continue_()
        else:
            self.foreign.append(url)
            route.fulfill(status=200, content_type="text/html", body="<html lang=en><title>elsewhere</title><p>elsewhere</p></html>")


@pytest.fixture
def requests_of(base_url):
    return lambda page: RequestLog(page, base_url)
