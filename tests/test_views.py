"""The site's view model and pages: labels, hostile text, safe paths, and big timelines cut into pages."""
from __future__ import annotations

import re

import pytest

from timeline.content import render_event, render_source
from timeline.labels import date_label
from timeline.model import Document, Event, Source, Timex
from timeline.plugin.site import run_pelican
from timeline.plugin.views import Layout, build_site_model


def write_corpus(content, events, documents):
    """Event and source files as `timeline build` writes them."""
    (content / "events").mkdir(parents=True, exist_ok=True)
    (content / "sources").mkdir(parents=True, exist_ok=True)
    for event in events:
        (content / "events" / f"{event.id}.md").write_text(render_event(event), encoding="utf-8")
    for doc in documents:
        timexes = [Timex(s.start, s.end, s.timex, "DATE", s.value) for e in events for s in e.sources
                   if s.document == doc.id]
        (content / "sources" / f"{doc.id}.md").write_text(render_source(doc, timexes), encoding="utf-8")


def synthetic(n_events: int, n_docs: int = 20, start_year: int = 2000):
    """`n_events` events spread over years and months, each reported by one to three articles."""
    docs = [Document(f"doc{d:03d}", f"doc{d:03d}.txt", f"Article {d}", f"Sentence number {d}. " * 40,
                     dct=f"2025-01-{d % 28 + 1:02d}", dct_source="metadata", publisher=f"Paper {d % 7}")
            for d in range(n_docs)]
    events = []
    for i in range(n_events):
        year, month = start_year + i % 25, i % 12 + 1
        date = f"{year}-{month:02d}-{i % 28 + 1:02d}" if i % 3 else f"{year}-{month:02d}"
        sources = [Source(docs[(i + k) % n_docs].id, f"Event {i} happened in {date}.", date, 20, 20 + len(date), date,
                          f"“{date}” is a calendar date: {date}") for k in range(i % 3 + 1)]
        events.append(Event(f"{date}-event-{i}", date, "day" if i % 3 else "month", f"Event {i} about Topic {i % 9}",
                            f"Event {i} happened.", "planned" if i % 10 == 0 else "happened", sources,
                            [f"Topic {i % 9}", f"Place {i % 4}"]))
    return events, docs


@pytest.mark.parametrize("value,label", [("2024", "2024"), ("2025-06", "June 2025"), ("2025-02-13", "Thu 13 Feb 2025"),
                                         ("2025-W07", "week of 10 Feb 2025"), ("199", "1990s"), ("BC0044", "44 BC"),
                                         ("2024-Q2", "Q2 2024"), ("18", "19th century"), ("BC04", "5th century BC"),
                                         ("BC00", "1st century BC")])
def test_date_labels_are_as_precise_as_the_date(value, label):
    assert date_label(value) == label


def test_big_timeline_is_split_so_no_page_carries_hundreds_of_events(tmp_path):
    events, docs = synthetic(900)
    write_corpus(tmp_path, events, docs)
    model, problems = build_site_model(tmp_path / "events", tmp_path / "sources", Layout(index_limit=300, page_size=100))
    assert problems == [] and model.split
    listed = [e.id for page in model.periods for e in page.events]
    assert sorted(listed) == sorted(e.id for e in model.events)  # every event on exactly one period page
    assert max(len(page.events) for page in model.periods) <= 100
    for group in model.groups:
        assert 0 < len(group.key_events) <= 5
        # Key events are the most widely reported of their period.
        others = [e.independent for e in group.events if not e.key]
        assert min(e.independent for e in group.key_events) >= max(others, default=0)


def test_dense_years_get_month_headings(tmp_path):
    events, docs = synthetic(60, start_year=2024)
    for e in events:  # all in one year
        e.date = "2024" + e.date[4:]
        e.id = "2024" + e.id[4:]
    write_corpus(tmp_path, events, docs)
    model, _ = build_site_model(tmp_path / "events", tmp_path / "sources", Layout(months_after=20))
    labels = [s.label for s in model.groups[0].sections]
    assert "January 2024" in labels and "December 2024" in labels


@pytest.fixture
def hostile_site(tmp_path):
    """A corpus whose article text tries to inject markup and whose ids try to leave the output folder."""
    evil = '</script><script>alert(1)</script><img src=x onerror=alert(2)>\u2028'
    doc = Document("../../escape", "x.txt", f"Title {evil}", f"On 2024-06-01 {evil} happened.", dct="2025-01-01",
                   dct_source="metadata")
    event = Event("2024-06-01-evil", "2024-06-01", "day", f"Attack {evil}", f"Text {evil}", "happened",
                  [Source("../../escape", f"On 2024-06-01 {evil} happened.", "2024-06-01", 3, 13, "2024-06-01")],
                  [f"Entity {evil}", "../../etc"])
    content = tmp_path / "content"
    write_corpus(content, [], [])
    (content / "events" / "..%2F..%2Fevil.md").write_text(render_event(event), encoding="utf-8")
    (content / "sources" / "escape.md").write_text(render_source(doc, []), encoding="utf-8")
    output = tmp_path / "site" / "output"
    assert not [m for m in run_pelican(content, output) if "timeline" in m]
    return output


def test_article_text_is_escaped_everywhere(hostile_site):
    for page in hostile_site.rglob("*"):
        if page.suffix in (".html", ".js", ".json", ".atom"):
            text = page.read_text(encoding="utf-8")
            assert "<script>alert" not in text and "<img src=x" not in text, page
            if page.suffix in (".html", ".js"):
                # Data in scripts: no way to close the script or break a JS string.
                for script in re.findall(r"<script[^>]*>(.*?)</script>", text, re.DOTALL) + (
                        [text] if page.suffix == ".js" else []):
                    assert "</" not in script and "\u2028" not in script, page


def test_ids_cannot_leave_the_output_folder(hostile_site):
    root = hostile_site.parent
    assert {p.name for p in root.iterdir()} == {"output"}
    names = [p.relative_to(hostile_site).as_posix() for p in hostile_site.rglob("*.html")]
    assert all(".." not in name and "%" not in name for name in names), names


def test_approximate_dates_are_labelled_circa():
    from timeline.labels import approximate_label

    assert approximate_label("2015", "APPROX") == "c. 2015"
    assert approximate_label("199", "") == "1990s"


def test_an_edited_event_links_to_its_words_in_the_article_as_it_now_reads(tmp_path):
    # The event file was kept as a person edited it; the article gained a sentence since, so the
    # offsets the file remembers (3) no longer point at "last year" (now at 40).
    text = "Allies met in Brussels on Wednesday. Sweden joined last year."
    doc = Document("d", "d.txt", "D", text, dct="2025-02-13", dct_source="metadata")
    stale = Event("2024-sweden-joined", "2024", "year", "Sweden joined", "Sweden joined last year.", "happened",
                  [Source("d", "Sweden joined last year.", "last year", 3, 12, "2024")], ["Sweden"])
    gone = Event("2023-sweden-applied", "2023", "year", "Sweden applied", "Sweden applied in 2023.", "happened",
                 [Source("d", "Sweden applied in 2023.", "2023", 20, 24, "2023")], ["Sweden"])
    (tmp_path / "events").mkdir()
    (tmp_path / "sources").mkdir()
    for event in (stale, gone):
        (tmp_path / "events" / f"{event.id}.md").write_text(render_event(event), encoding="utf-8")
    start = text.index("last year")
    (tmp_path / "sources" / "d.md").write_text(
        render_source(doc, [Timex(start, start + 9, "last year", "DATE", "2024")]), encoding="utf-8")
    model, problems = build_site_model(tmp_path / "events", tmp_path / "sources")
    urls = {e.title: e.sources[0].url for e in model.events}
    assert urls["Sweden joined"].endswith(f"#t-{start}")
    assert "#" not in urls["Sweden applied"]  # its words are gone: the page, no dead anchor


def test_two_copies_of_one_wire_story_are_one_independent_report(tmp_path):
    sentence = "The bakery chain opened its first shop on Tuesday."
    docs = [Document(name, f"{name}.txt", name, sentence, dct="2024-11-06", dct_source="metadata") for name in ("a", "b", "c")]
    event = Event("2024-11-05-bakery", "2024-11-05", "day", "The bakery chain opened its first shop", sentence,
                  "happened", [Source("a", sentence, "Tuesday", 40, 47, "2024-11-05"),
                               Source("b", sentence, "Tuesday", 40, 47, "2024-11-05"),
                               Source("c", "A bakery chain opened a shop in Leeds on Tuesday.", "Tuesday", 40, 47,
                                      "2024-11-05")], [])
    write_corpus(tmp_path, [event], docs)
    model, _ = build_site_model(tmp_path / "events", tmp_path / "sources")
    assert model.events[0].independent == 2  # a and b tell it in the same words: one report


def test_an_article_or_entity_named_index_does_not_take_the_listing_pages_file(tmp_path):
    """`sources/index.html` and `entities/index.html` are the listings: an article `index.txt`
    (or an entity called "Index") made a second page of that name, and every build failed with
    Pelican's 'Failed to overwrite ... a second time' (found building a corpus with an index.txt)."""
    import shutil

    from conftest import SEEDS, run_cli

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for article in sorted(SEEDS.glob("*.txt"))[:2]:
        shutil.copy(article, seeds / article.name)
    shutil.copy(sorted(SEEDS.glob("*.txt"))[0], seeds / "index.txt")
    result = run_cli("build", "--seeds", seeds, "--content", tmp_path / "content", "--output", tmp_path / "output",
                     "--cache", tmp_path / "cache")
    assert result.returncode == 0, result.stderr
    listing = (tmp_path / "output" / "sources" / "index.html").read_text(encoding="utf-8")
    assert "index-2.html" in listing  # the article's page, linked from the listing
    assert (tmp_path / "output" / "sources" / "index-2.html").is_file()

    model, _ = build_site_model(tmp_path / "content" / "events", tmp_path / "content" / "sources")
    assert "sources/index.html" not in {s.url for s in model.sources}
