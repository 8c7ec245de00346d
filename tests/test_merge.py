"""Merging the same event across articles, and chronological order."""
from __future__ import annotations

from timeline.merge import merge_events, order_events
from timeline.model import Event, Source


def event(date, title, doc="a", start=0, precision="year", kind="happened", entities=()):
    return Event(f"{date}-{title}", date, precision, title, title, kind,
                 [Source(doc, title, date, start, start + 4, date)], list(entities))


def test_same_event_from_two_articles_is_merged_with_the_most_precise_date():
    a = event("2025-06", "NATO summit in The Hague", "feb", precision="month", kind="planned", entities=["NATO"])
    b = event("2025-06-24", "NATO summit in The Hague agreed to spend 5 percent", "sep", precision="day",
              entities=["NATO"])
    (merged,) = merge_events([a, b])
    assert merged.date == "2025-06-24" and merged.kind == "happened"
    assert [s.document for s in merged.sources] == ["feb", "sep"]


def test_different_events_on_the_same_date_stay_apart():
    a = event("2014", "Russia annexed Crimea", "x")
    b = event("2014", "NATO members committed to raise defence budgets", "y", start=10)
    assert len(merge_events([a, b])) == 2


def test_order_is_chronological_coarse_first_and_handles_bce():
    events = [event("2025-06-24", "c", precision="day"), event("2025", "a"), event("BC0044", "caesar"),
              event("2025-06", "b", precision="month"), event("1949", "nato")]
    assert [e.title for e in order_events(events, {})] == ["caesar", "nato", "a", "b", "c"]
