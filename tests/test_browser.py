"""The built site in a real headless Chromium (Debian's), opened from file:// with no network:
no console errors, no outside requests, filter, search, jump to date, keyboard and axe-core."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from playwright.sync_api import expect

from conftest import REPO
from test_views import synthetic, write_corpus
from timeline.plugin.site import run_pelican

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"
pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"no Chromium at {CHROMIUM}")]


@pytest.fixture(scope="module")
def single_file(built_site, tmp_path_factory):
    """The seed timeline as one self-contained HTML file."""
    path = tmp_path_factory.mktemp("single") / "timeline.html"
    run_pelican(built_site / "content", tmp_path_factory.mktemp("out"), str(REPO / "pelicanconf.py"), single_file=path)
    return path


@pytest.fixture(scope="module")
def split_site(tmp_path_factory):
    """A 400-event timeline with a small index limit, so the index shows key events and period pages the rest."""
    root = tmp_path_factory.mktemp("split")
    events, docs = synthetic(400)
    write_corpus(root / "content", events, docs)
    settings = root / "settings.py"
    settings.write_text(f"exec(open({str(REPO / 'pelicanconf.py')!r}).read())\nTHEME = {str(REPO / 'theme')!r}\n"
                        "TIMELINE_INDEX_LIMIT = 100\nTIMELINE_PAGE_SIZE = 50\n", encoding="utf-8")
    run_pelican(root / "content", root / "output", str(settings))
    return root / "output"


def visit(browser, path: Path, allowed: Path | None = None, **context):
    """Open a page; return (page, console errors, requests that left `allowed` (the output folder))."""
    page = browser.new_context(**context).new_page()
    errors, outside = [], []
    page.on("console", lambda m: m.type == "error" and errors.append(m.text))
    page.on("pageerror", lambda e: errors.append(str(e)))
    prefix = (allowed or path.parent).as_uri()

    def check(request):
        if not request.url.startswith(prefix):
            outside.append(request.url)
    page.on("request", check)
    page.goto(path.as_uri())
    page.wait_for_load_state("load")
    return page, errors, outside


def event_ids(page, visible_only=False):
    selector = "li.event" + (":visible" if visible_only else "")
    return page.locator(selector).evaluate_all("els => els.map(e => e.id)")


@pytest.mark.parametrize("relative", ["index.html", "sources/003_f7b69dccfde17965.html", "sources/index.html",
                                      "entities/index.html", "entities/nato.html"])
def test_pages_load_offline_without_errors(browser, built_site, relative):
    output = built_site / "output"
    page, errors, outside = visit(browser, output / relative, output)
    assert errors == [] and outside == []
    assert page.locator("h1").count() == 1
    page.close()


def test_event_page_and_its_source_link(browser, built_site):
    output = built_site / "output"
    event = sorted((output / "events").glob("2014-*.html"))[0]
    page, errors, outside = visit(browser, event, output)
    assert errors == [] and outside == []
    assert page.locator("blockquote mark.timex").count() >= 1
    page.locator("p.cite a").first.click()
    page.wait_for_load_state("load")
    assert "/sources/" in page.url and "#t-" in page.url
    assert page.locator("mark.timex a").count() > 0  # the article's dates link back to their events
    page.close()


def test_without_javascript_the_full_list_reads(browser, built_site):
    output = built_site / "output"
    page, _, _ = visit(browser, output / "index.html", output, java_script_enabled=False)
    assert len(event_ids(page, visible_only=True)) == len(list((output / "events").glob("*.html")))
    assert not page.locator("#tools").is_visible()
    page.close()


def test_search_and_filters_narrow_the_list(browser, built_site):
    page, errors, _ = visit(browser, built_site / "output" / "index.html")
    total = len(event_ids(page))
    page.fill("#f-q", "hegseth")
    shown = page.locator("li.event:visible")
    assert 0 < shown.count() < total
    assert all("hegseth" in text.lower() for text in shown.all_inner_texts())
    assert "match" in page.locator("#status").inner_text()
    page.click("button[type=reset]")
    expect(shown).to_have_count(total)
    page.select_option("#f-entity", label="Sweden")
    assert shown.count() >= 1 and all("Sweden" in text for text in shown.all_inner_texts())
    page.select_option("#f-entity", value="")
    page.select_option("#f-kind", "planned")
    assert shown.count() >= 1 and all("PLANNED" in text.upper() for text in shown.all_inner_texts())
    assert errors == []
    page.close()


@pytest.mark.parametrize("typed,prefix", [("2024", "2024"), ("June 2025", "2025-06"), ("44 BC", "194")])
def test_jump_to_date_focuses_the_first_event_from_then(browser, built_site, typed, prefix):
    page, errors, _ = visit(browser, built_site / "output" / "index.html")
    page.fill("#j-date", typed)
    page.press("#j-date", "Enter")
    focused = page.evaluate("document.activeElement.closest('li.event') && document.activeElement.closest('li.event').id")
    assert focused and focused.startswith(prefix)
    assert errors == []
    page.close()


def test_keyboard_reaches_every_event_with_visible_focus(browser, built_site):
    page, _, _ = visit(browser, built_site / "output" / "index.html")
    wanted, reached = set(event_ids(page)), set()
    for _ in range(400):
        page.keyboard.press("Tab")
        state = page.evaluate("""() => { const a = document.activeElement, li = a.closest('.event-title') && a.closest('li.event');
            return [li ? li.id : null, getComputedStyle(a).outlineStyle]; }""")
        if state[0]:
            assert state[1] != "none"
            reached.add(state[0])
        if reached == wanted:
            break
    assert reached == wanted
    page.close()


@pytest.mark.skipif(not AXE.exists(), reason="axe-core not installed (npm ci)")
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_serious_violations(browser, built_site, single_file, scheme):
    output = built_site / "output"
    pages = [output / "index.html", sorted((output / "events").glob("2025-*.html"))[0],
             output / "sources" / "003_f7b69dccfde17965.html", output / "entities" / "nato.html", single_file]
    for path in pages:
        page, _, _ = visit(browser, path, color_scheme=scheme)
        page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
        violations = page.evaluate("async () => (await axe.run()).violations.map(v => [v.id, v.impact, v.nodes.length])")
        assert [v for v in violations if v[1] in ("serious", "critical")] == [], path
        page.close()


def test_no_horizontal_scrolling_at_320_pixels(browser, built_site):
    output = built_site / "output"
    for path in (output / "index.html", sorted((output / "events").glob("*.html"))[0],
                 output / "sources" / "003_f7b69dccfde17965.html"):
        page, _, _ = visit(browser, path, viewport={"width": 320, "height": 640})
        assert page.evaluate("document.documentElement.scrollWidth") <= 320, path
        page.close()


def test_single_file_works_alone(browser, single_file):
    page, errors, outside = visit(browser, single_file)
    assert errors == [] and [u for u in outside if u != single_file.as_uri()] == []
    assert page.evaluate("document.querySelectorAll('link[rel=stylesheet], script[src]').length") == 0
    total = len(event_ids(page))
    page.fill("#f-q", "nato")
    assert 0 < len(event_ids(page, visible_only=True)) < total
    page.locator("li.event:visible details summary").first.click()
    assert page.locator("li.event:visible details blockquote").first.is_visible()
    page.close()


def test_split_index_shows_key_events_and_finds_the_rest(browser, split_site):
    page, errors, outside = visit(browser, split_site / "index.html", split_site)
    assert errors == [] and outside == []
    assert len(event_ids(page)) <= 25 * 5  # key events only
    page.fill("#f-q", "topic 3")
    links = page.locator("#elsewhere a")
    assert links.count() > 0
    links.first.click()
    page.wait_for_load_state("load")
    assert "/periods/" in page.url and page.locator("li.event").count() <= 50
    page.fill("#j-date", "2010-01")
    page.press("#j-date", "Enter")
    page.wait_for_function("document.activeElement && document.activeElement.closest('li.event')")
    assert page.evaluate("document.activeElement.closest('li.event').id").startswith("2010-")
    assert errors == [] and outside == []
    page.close()


def test_period_page_lists_every_period_with_its_count_from_the_data(browser, split_site):
    """A period page's list of periods carries no counts (so the page only changes with its own
    events); the script adds them from timeline-data.js, the ones the index shows. Without
    JavaScript the periods are listed all the same, and the index with its counts is a link away."""
    import re

    index, _, _ = visit(browser, split_site / "index.html", split_site)
    wanted = index.locator(".year-nav a").all_inner_texts()
    index.close()
    assert wanted and all(re.fullmatch(r"\S+ \(\d+\)", text) for text in wanted)
    period = sorted((split_site / "periods").glob("*.html"))[1]
    page, errors, outside = visit(browser, period, split_site)
    assert errors == [] and outside == []
    assert page.locator(".year-nav a").all_inner_texts() == wanted
    if AXE.exists():
        page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
        violations = page.evaluate("async () => (await axe.run()).violations.map(v => [v.id, v.impact])")
        assert [v for v in violations if v[1] in ("serious", "critical")] == []
    page.close()
    page, _, _ = visit(browser, period, split_site, java_script_enabled=False)
    assert page.locator(".year-nav a").all_inner_texts() == [text.split(" (")[0] for text in wanted]
    assert page.locator("a[href$='index.html']", has_text="Key events of every period").count() == 1
    page.close()
