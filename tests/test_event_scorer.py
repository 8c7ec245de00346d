"""The event scorer, and the seed timeline measured against its hand-checked gold."""
from __future__ import annotations

from timeline.event_scorer import Gold, load_gold, score
from timeline.model import Event, Source
from timeline.pipeline import extract
from conftest import REPO, SEEDS


def event(date, title, kind="happened"):
    return Event(title, date, "year", title, title, kind, [Source("d", title, date, 0, 4)], [])


def test_scoring_counts_found_noise_duplicates_dates_and_kinds():
    gold = [Gold("2014", "happened", "Crimea annexed", ["Crimea", "annex"]),
            Gold("1949", "happened", "NATO founded", ["NATO", "founded|established"]),
            Gold("2029", "deadline", "Germany reaches the goal", ["Germany"])]
    events = [event("2014", "Russia annexed Crimea"), event("2014-03", "Crimea annexed by Russia", "planned"),
              event("1950", "NATO founded"), event("2020", "Something else")]
    s = score(events, gold)
    assert (s.found, s.matched_extracted, s.duplicates) == (1, 2, 1)
    assert (s.exact_date, s.right_kind) == (1, 1)
    assert s.missed == ["1949 NATO founded", "2029 Germany reaches the goal"]
    assert len(s.noise) == 2


def test_seed_timeline_against_its_gold():
    gold = load_gold(REPO / "benchmarks" / "gold" / "seeds-timeline.yaml")
    s = score(extract([SEEDS]).events, gold)
    assert s.found >= 0.85 * s.gold
    assert s.matched_extracted >= 0.85 * s.extracted
    assert s.duplicates <= 3
    assert s.exact_date >= 0.85 * s.found and s.right_kind >= 0.85 * s.found
