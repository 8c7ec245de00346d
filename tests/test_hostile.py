"""Untrusted articles, end to end: whatever the text and the file names, `timeline build` renders
plain text, writes only inside its folders, keeps every event, and refuses bad files clearly.

test_views.py checks the templates against hostile event fields; test_temporal.py fuzzes the tagger.
Here the hostile input goes through the whole pipeline, from article files to the browser.
"""
from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline.documents import DocumentError, read_document
from timeline.temporal.values import interval
from conftest import REPO, run_cli

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")

INJECTION = """Title: Hacked headline
Date: 1999-01-01
Template: ../../etc/passwd

On 12 March 2024 the council met <script>window.pwned = 1</script> and voted.
On 13 March 2024 a photo <img src=x onerror="window.pwned = 2"> was shown to the press.
On 14 March 2024 the mayor posted [a link](javascript:window.pwned=3) and <a href="javascript:window.pwned=4">this</a>.
On 15 March 2024 the template {{ 7 * 191 }} and {% raw %}{% endraw %} and {# note #} reached the minutes.
On 16 March 2024 "quoted <b onmouseover='window.pwned=5'>bold</b>" text and ](x) )[ ]( were filed.
"""


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory):
    """Articles with injected markup, tricky names, duplicates and a link out of the folder, built once."""
    root = tmp_path_factory.mktemp("hostile")
    articles, outside = root / "articles", root / "outside"
    articles.mkdir()
    outside.mkdir()
    (articles / "-rf --force.txt").write_text(INJECTION, encoding="utf-8")
    (articles / "a b c.md").write_text("---\ntitle: '<script>window.pwned = 6</script>'\ndate: 2025-01-01\n---\n"
                                       "The bridge reopened on 2 June 2024, officials said.\n", encoding="utf-8")
    same = "The bridge reopened on 2 June 2024, officials said.\n"
    (articles / "Ünïcødé ☃ 北京.txt").write_text("Dated 2025-01-02.\n" + same, encoding="utf-8")
    (articles / "%2e%2e%2f..%2fescape.txt").write_text("Dated 2025-01-03.\nThe bridge reopened on 3 June 2024, "
                                                   "officials said.\n", encoding="utf-8")
    (outside / "secret.txt").write_text("The vault opened on 1 May 2020.\n", encoding="utf-8")
    (articles / "link.txt").symlink_to(outside / "secret.txt")
    (articles / "sub").symlink_to(outside, target_is_directory=True)
    result = run_cli("build", "--seeds", articles, "--content", root / "content", "--output", root / "output",
                     "--cache", root / "cache", "--settings", REPO / "pelicanconf.py")
    extracted = run_cli("extract", articles)
    return root, result, json.loads(extracted.stdout)


def test_nothing_is_written_outside_the_content_output_and_cache_folders(hostile_build):
    root, result, _ = hostile_build
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in root.iterdir()) == ["articles", "cache", "content", "output", "outside"]
    assert sorted(p.name for p in (root / "outside").iterdir()) == ["secret.txt"]
    for folder in ("content", "output"):
        for path in (root / folder).rglob("*"):
            assert not path.is_symlink() and (root / folder).resolve() in path.resolve().parents, path
            assert ".." not in path.name and not path.name.startswith("-"), path


def test_links_out_of_the_source_folder_are_not_read(hostile_build):
    root, _, timeline = hostile_build
    assert "vault" not in json.dumps(timeline)
    assert not any("vault" in p.read_text(encoding="utf-8") for p in (root / "output").rglob("*.html"))


def test_duplicate_titles_and_sentences_keep_every_event_and_source(hostile_build):
    root, _, timeline = hostile_build
    ids = {d["id"] for d in timeline["documents"]}
    assert ids == {"-rf --force", "a b c", "Ünïcødé ☃ 北京", "%2e%2e%2f..%2fescape"}
    event_files = list((root / "content" / "events").glob("*.md"))
    assert len(event_files) == len(timeline["events"]) == len({e["id"] for e in timeline["events"]})
    assert len(list((root / "output" / "events").glob("*.html"))) == len(timeline["events"])
    assert len(list((root / "output" / "sources").glob("*.html"))) == len(ids) + 1  # and sources/index.html
    reported = {s["document"] for e in timeline["events"] for s in e["sources"]}
    assert reported == ids


def test_metadata_lines_and_templates_in_the_text_stay_text(hostile_build):
    root, _, timeline = hostile_build
    document = next(d for d in timeline["documents"] if d["id"] == "-rf --force")
    assert document["title"] != "Hacked headline" and document["dct"] != "1999-01-01"
    pages = "".join(p.read_text(encoding="utf-8") for p in (root / "output").rglob("*.html"))
    assert "1337" not in pages and "{{ 7 * 191 }}" in pages and "{% raw %}" in pages
    # Markup in the text is data: no tag of it reaches the page (in scripts "<" is written \u003c).
    assert not re.search(r"<\w+\b[^>]*\s(?:on\w+\s*=|(?:href|src)\s*=\s*[\"']?\s*javascript:)", pages, re.I)
    assert "<script>window.pwned" not in pages


def test_a_two_gigabyte_file_is_refused_without_reading_it_and_the_rest_is_built(tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    with open(articles / "huge.txt", "wb") as handle:
        handle.truncate(2 * 1024 ** 3)  # sparse: nothing is written to disk, and reading it would take seconds
    (articles / "empty.txt").write_bytes(b"")
    (articles / "binary.html").write_bytes(bytes(range(256)) * 64)
    (articles / "fine.txt").write_text("The bridge reopened on 2 June 2024.\n", encoding="utf-8")
    result = run_cli("extract", articles)
    assert result.returncode == 1
    problems = [line for line in result.stderr.strip().splitlines() if "no creation date found" not in line]
    assert len(problems) == 3 and all(str(articles) in line for line in problems)
    assert any("huge.txt: too large (2147 MB" in line for line in problems)
    assert any("empty.txt: empty file" in line for line in problems)
    assert any("binary.html: binary file" in line for line in problems)
    assert [d["id"] for d in json.loads(result.stdout)["documents"]] == ["fine"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.one_of(st.binary(max_size=600), st.text(max_size=600).map(lambda t: t.encode("utf-8", "surrogatepass")),
                      st.text(alphabet="-:\n #<>{}[]()'\"date title2025", max_size=300).map(str.encode)),
       suffix=st.sampled_from([".txt", ".md", ".html"]))
def test_the_reader_returns_a_document_or_a_clear_error(tmp_path, data, suffix):
    path = tmp_path / f"x{suffix}"
    path.write_bytes(data)
    try:
        doc = read_document(path, tmp_path)
    except DocumentError as exc:
        assert str(exc).startswith(f"{path}: ") and exc.problem.strip()
        return
    assert doc.text.strip() and doc.id == "x" and doc.title.strip()
    assert all(0 <= start < end <= len(doc.text) for start, end, _ in doc.furniture)
    assert doc.dct == "" or interval(doc.dct) is not None, doc.dct


@pytest.mark.browser
@pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"no Chromium at {CHROMIUM}")
def test_no_injected_script_runs_and_no_attribute_escapes(browser, hostile_build):
    root, shown = hostile_build[0], 0
    for page_path in sorted((root / "output").rglob("*.html")):
        page = browser.new_context().new_page()
        dialogs = []
        page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
        page.goto(page_path.as_uri())
        page.wait_for_load_state("load")
        page.mouse.move(10, 10)
        found = page.evaluate("""() => ({
            pwned: window.pwned,
            handlers: [...document.querySelectorAll('*')].flatMap(e => [...e.attributes])
                .filter(a => a.name.startsWith('on')).map(a => a.name),
            links: [...document.querySelectorAll('[href], [src]')].map(e => e.getAttribute('href') || e.getAttribute('src'))
                .filter(u => /^\\s*javascript:/i.test(u) || u === 'x'),
        })""")
        assert found == {"pwned": None, "handlers": [], "links": []} and dialogs == [], page_path
        if page_path.name == "rf---force.html":  # the article itself: its markup reads as text
            assert "<script>window.pwned = 1</script>" in page.inner_text("main")
            shown += 1
        page.context.close()
    assert shown == 1
