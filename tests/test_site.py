"""End to end: the seeds become a site whose index lists the events in chronological order."""
from __future__ import annotations

import html
import re
import subprocess
import sys

from conftest import REPO


def index_events(output):
    page = (output / "index.html").read_text(encoding="utf-8")
    items = re.findall(r'<li class="event[^"]*" id="([^"]+)">.*?<h3 class="event-title"><a href="[^"]+">(.*?)</a>',
                       page, re.DOTALL)
    return [(slug, html.unescape(title)) for slug, title in items]


def test_index_lists_events_in_chronological_order(built_site):
    events = index_events(built_site / "output")
    assert len(events) >= 10
    slugs = [slug for slug, _ in events]
    nato = next(i for i, (slug, title) in enumerate(events) if slug.startswith("1949-") and "NATO" in title)
    crimea = next(i for i, (slug, title) in enumerate(events) if slug.startswith("2014-") and "Crimea" in title)
    assert nato < crimea
    years = [int(s[:4]) for s in slugs if re.match(r"\d{4}", s)]
    assert years == sorted(years)


def test_every_event_has_a_page_with_its_source_sentence_and_article(built_site):
    output = built_site / "output"
    for slug, _ in index_events(output):
        page = (output / "events" / f"{slug}.html").read_text(encoding="utf-8")
        assert "<blockquote" in page
        # The time expression is marked in the quote, unless the sentence had none and the
        # article's own date dated it (said so on the page).
        assert '<mark class="timex">' in page or "no date in the sentence" in page
        link = re.search(r'href="\.\./(sources/[^"#]+)(?:#t-\d+)?"', page).group(1)
        assert (output / link).exists()


def test_source_page_shows_the_article_with_its_dates(built_site):
    page = (built_site / "output" / "sources" / "003_f7b69dccfde17965.html").read_text(encoding="utf-8")
    assert "dateline" in page and "February 12, 2025" in page
    assert 'class="furniture"' in page


def test_pelican_builds_the_committed_content(tmp_path):
    result = subprocess.run([sys.executable, "-m", "pelican", "content", "-s", "pelicanconf.py", "-o", str(tmp_path)],
                            cwd=REPO, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    committed = sorted(p.stem for p in (REPO / "content" / "events").glob("*.md"))
    assert committed, "content/events/ is committed with the seed timeline"
    assert sorted(p.stem for p in (tmp_path / "events").glob("*.html")) == committed


def test_same_input_builds_identical_bytes(built_site, tmp_path):
    from conftest import SEEDS, run_cli

    result = run_cli("build", "--seeds", SEEDS, "--content", tmp_path / "content", "--output", tmp_path / "output",
                     "--settings", REPO / "pelicanconf.py")
    assert result.returncode == 0, result.stderr
    first = {p.relative_to(built_site / "output"): p.read_bytes() for p in (built_site / "output").rglob("*") if p.is_file()}
    second = {p.relative_to(tmp_path / "output"): p.read_bytes() for p in (tmp_path / "output").rglob("*") if p.is_file()}
    assert first == second
