"""Exports: TimelineJS3 JSON, CSV, iCalendar, Atom and JSON-LD, as a newsroom or a calendar would read them."""
from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ET

import pytest

from timeline.exports import events_csv, events_ics, script_json, timelinejs, timelinejs_json
from timeline.plugin.fragments import Fragments
from timeline.model import Document, Event, Source
from timeline.plugin.views import build_site_model
from test_views import write_corpus

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def model(tmp_path):
    """Events at every precision, BCE included, from two articles."""
    docs = [Document("a", "a.txt", "Paper A, with a comma", "x" * 200, dct="2025-02-14", dct_source="metadata"),
            Document("b", "b.txt", "Paper B", "y" * 200, dct="2025-02-10", dct_source="dateline")]
    dated = [("BC0044", "year", "Caesar was killed"), ("199", "decade", "The nineties"),
             ("2024", "year", "Sweden joined NATO, at last; finally"), ("2024-Q2", "quarter", "A quarter"),
             ("2025-06", "month", "The Hague summit"), ("2025-W07", "week", "Hegseth in Brussels"),
             ("2025-02-13", "day", "The speech")]
    events = [Event(f"e{i}", date, precision, title, f"{title}.", "planned" if date == "2025-06" else "happened",
                    [Source("a" if i % 2 else "b", f"{title} in {date}.", date, 10, 12, date)], ["NATO"])
              for i, (date, precision, title) in enumerate(dated)]
    write_corpus(tmp_path, events, docs)
    return build_site_model(tmp_path / "events", tmp_path / "sources")[0]


def test_timelinejs_slides_follow_the_timelinejs3_format(model):
    doc = timelinejs(model.events, "A timeline")
    slides = doc["events"]
    assert doc["title"]["text"]["headline"] == "A timeline" and len(slides) == 7
    assert all(isinstance(s["start_date"]["year"], int) and s["text"]["headline"] for s in slides)
    by_id = {s["unique_id"]: s for s in slides}
    assert by_id["e0"]["start_date"] == {"year": -44, "display_date": "44 BC"}  # BCE years are negative
    assert by_id["e1"]["start_date"]["year"] == 1990 and by_id["e1"]["end_date"] == {"year": 1999}
    assert by_id["e4"]["start_date"] == {"year": 2025, "month": 6, "display_date": "June 2025"}
    assert by_id["e5"]["end_date"] == {"year": 2025, "month": 2, "day": 16}  # the week runs Mon-Sun
    assert by_id["e6"]["start_date"]["day"] == 13 and by_id["e6"]["display_date"] == "Thu 13 Feb 2025"
    assert by_id["e6"]["group"] == "NATO"
    starts = [(s["start_date"]["year"], s["start_date"].get("month", 1), s["start_date"].get("day", 1)) for s in slides]
    assert starts == sorted(starts)


def test_csv_has_one_row_per_event_with_the_days_it_covers(model):
    rows = list(csv.DictReader(io.StringIO(events_csv(model.events))))
    assert [r["id"] for r in rows] == [e.id for e in model.events]
    year = next(r for r in rows if r["date"] == "2024")
    assert (year["start"], year["end"], year["label"]) == ("2024-01-01", "2024-12-31", "2024")
    assert year["title"] == "Sweden joined NATO, at last; finally" and year["url"] == "events/e2.html"
    assert next(r for r in rows if r["date"] == "BC0044")["start"] == "-0043-01-01"


def test_ics_has_all_day_events_spanning_each_date(model):
    text = events_ics(model.events, "A timeline", model.latest)
    assert text.startswith("BEGIN:VCALENDAR\r\n") and text.endswith("END:VCALENDAR\r\n")
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    unfolded = text.replace("\r\n ", "")
    events = re.findall(r"BEGIN:VEVENT\r\n(.*?)END:VEVENT", unfolded, re.DOTALL)
    assert len(events) == 6  # 44 BC has no iCalendar form
    year = next(e for e in events if "UID:e2@" in e)
    assert "DTSTART;VALUE=DATE:20240101" in year and "DTEND;VALUE=DATE:20250101" in year
    assert "SUMMARY:Sweden joined NATO\\, at last\\; finally" in year
    week = next(e for e in events if "UID:e5@" in e)
    assert "DTSTART;VALUE=DATE:20250210" in week and "DTEND;VALUE=DATE:20250217" in week
    assert set(re.findall(r"DTSTAMP:(\S+)", unfolded)) == {"20250214T000000Z"}  # the latest article, not the clock


def test_script_json_cannot_close_the_script():
    hostile = {"t": "</script><!-- \u2028 & >"}
    text = script_json(hostile)
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text) == hostile


def test_built_site_exports(built_site):
    output = built_site / "output"
    doc = json.loads((output / "timeline.json").read_text(encoding="utf-8"))
    assert all(isinstance(s["start_date"]["year"], int) for s in doc["events"])
    starts = [(s["start_date"]["year"], s["start_date"].get("month", 1), s["start_date"].get("day", 1)) for s in doc["events"]]
    assert starts == sorted(starts)
    feed = ET.parse(output / "events.atom").getroot()
    entries = feed.findall(f"{ATOM}entry")
    assert entries and feed.find(f"{ATOM}updated").text.startswith("2025-")
    for entry in entries:
        href = entry.find(f"{ATOM}link").get("href")
        assert (output / href).exists()
    csv_ids = [r["id"] for r in csv.DictReader(io.StringIO((output / "events.csv").read_text(encoding="utf-8")))]
    assert sorted(csv_ids) == sorted(p.stem for p in (output / "events").glob("*.html"))
    assert "BEGIN:VEVENT" in (output / "events.ics").read_text(encoding="utf-8")


def test_event_pages_carry_schema_org_event(built_site):
    for page in (built_site / "output" / "events").glob("*.html"):
        blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page.read_text(encoding="utf-8"), re.DOTALL)
        assert len(blocks) == 1, page
        data = json.loads(blocks[0])
        assert data["@type"] == "Event" and data["name"] and data["subjectOf"][0]["@type"] == "NewsArticle"
        assert re.fullmatch(r"-?\d{4}-\d\d-\d\d", data["startDate"])


def test_ics_lines_fold_at_75_octets_without_splitting_a_character():
    from hypothesis import given, strategies as st

    from timeline.exports import _fold

    @given(st.text(alphabet="abc déf—“”€😀", max_size=400))
    def check(line):
        folded = _fold(line)
        assert all(len(part.encode("utf-8")) <= 75 for part in folded.split("\r\n"))
        assert folded.replace("\r\n ", "") == line

    check()


@pytest.mark.parametrize("group_by", ["entity", "source", ""])
def test_timelinejs_json_is_the_document_as_indented_json(model, group_by):
    for events in (model.events, []):
        assert timelinejs_json(events, "A <timeline>", "“sub”", group_by) == json.dumps(
            timelinejs(events, "A <timeline>", "“sub”", group_by), ensure_ascii=False, indent=1) + "\n"


def test_export_pieces_kept_between_builds_give_the_same_files(model, tmp_path):
    store = tmp_path / "exports"

    def files(pieces):
        return (timelinejs_json(model.events, "T", fragment=pieces), events_csv(model.events, "https://x.org", pieces),
                events_ics(model.events, "T", model.latest, "", pieces))

    fresh = (timelinejs_json(model.events, "T"), events_csv(model.events, "https://x.org"),
             events_ics(model.events, "T", model.latest))
    first = Fragments(store)
    assert files(first) == fresh
    first.save()
    second = Fragments(store)
    assert files(second) == fresh and second.made == 0  # all from the store
    # Changed data, or another site URL, never gets a stored piece.
    model.events[2].title = "Sweden joined NATO in the end"
    changed = (events_csv(model.events, "https://y.org"), events_ics(model.events, "T", model.latest))
    assert (events_csv(model.events, "https://y.org", Fragments(store)),
            events_ics(model.events, "T", model.latest, "", Fragments(store))) == changed
    for shard in store.glob("*.pickle"):  # a damaged store is an empty one
        shard.write_bytes(shard.read_bytes()[:20])
    assert files(Fragments(store))[1:] == (events_csv(model.events, "https://x.org"),
                                           events_ics(model.events, "T", model.latest))


def test_page_fingerprints_hash_every_field_of_the_page_data(model, tmp_path):
    import copy

    from timeline.plugin.fragments import ViewDigests
    from timeline.plugin.reuse import PageReuse

    def fingerprints(digests):
        reuse = PageReuse(tmp_path, tmp_path / "pages.json", tmp_path, {}, digests)
        pages = [{"event": e, "page_name": "event"} for e in model.events]
        pages += [{"source": s, "page_name": "source"} for s in model.sources]
        return [reuse.fingerprint("x.html", "t.html", page) for page in pages]

    first = fingerprints(ViewDigests())
    assert len(set(first)) == len(first)
    shared = ViewDigests()
    assert fingerprints(shared) == first == fingerprints(shared)  # remembered digests change nothing
    saved = copy.deepcopy(model.events[0].sources[0])
    model.events[0].sources[0].value_label = "another label"  # a field deep in the page data
    changed = fingerprints(ViewDigests())
    events = len(model.events)  # the other event pages stay; the source page listing it changes
    assert changed[0] != first[0] and changed[1:events] == first[1:events] and changed[events:] != first[events:]
    model.events[0].sources[0] = saved
    assert fingerprints(ViewDigests()) == first
    model.sources[0].dct_reason = "another reason"  # a source page's own field
    changed = fingerprints(ViewDigests())
    assert changed[:events] == first[:events] and changed[events] != first[events]
