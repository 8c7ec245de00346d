"""The built site in a real headless Chromium (Debian's), opened from file:// with no network."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"no Chromium at {CHROMIUM}")]


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        instance = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--no-first-run", "--disable-sync"])
        yield instance
        instance.close()


def visit(browser, path: Path):
    """Open a page; return (page, console errors, requests that left the output folder)."""
    page = browser.new_page()
    errors, outside = [], []
    page.on("console", lambda m: m.type == "error" and errors.append(m.text))
    page.on("pageerror", lambda e: errors.append(str(e)))

    def check(request):
        if not request.url.startswith("file://"):
            outside.append(request.url)
    page.on("request", check)
    page.goto(path.as_uri())
    page.wait_for_load_state("load")
    return page, errors, outside


@pytest.mark.parametrize("relative", ["index.html", "sources/003_f7b69dccfde17965.html", "sources/index.html",
                                      "entities/index.html"])
def test_pages_load_offline_without_errors(browser, built_site, relative):
    page, errors, outside = visit(browser, built_site / "output" / relative)
    assert errors == [] and outside == []
    assert page.locator("h1").count() == 1
    page.close()


def test_event_page_and_its_source_link(browser, built_site):
    output = built_site / "output"
    event = sorted((output / "events").glob("2014-*.html"))[0]
    page, errors, outside = visit(browser, event)
    assert errors == [] and outside == []
    page.locator("p.cite a").first.click()
    page.wait_for_load_state("load")
    assert "/sources/" in page.url and "#t-" in page.url
    assert page.locator("mark.timex").count() > 0
    page.close()


def test_stylesheet_applies(browser, built_site):
    page, _, _ = visit(browser, built_site / "output" / "index.html")
    assert page.evaluate("getComputedStyle(document.querySelector('ol.events')).listStyleType") == "none"
    page.close()
