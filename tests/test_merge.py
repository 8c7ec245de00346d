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


def test_the_same_deed_by_different_actors_stays_apart():
    # Found on TBAQ: five governments' condemnations of the 1998 embassy bombings became one event.
    kenya = ["Iran", "Kenya"], ["Israel", "Kenya"]
    a = event("1998-08-08", "Iran condemned the bombing of U.S. embassies in Kenya", "x", entities=kenya[0])
    b = event("1998-08-08", "Israel condemned the bombing of U.S. embassies in Kenya", "y", entities=kenya[1])
    assert len(merge_events([a, b])) == 2
    c = event("1998-08-08", "Iran strongly condemned the bombing of embassies in Kenya", "z", entities=kenya[0])
    assert len(merge_events([a, c])) == 1


def test_order_is_chronological_coarse_first_and_handles_bce():
    events = [event("2025-06-24", "c", precision="day"), event("2025", "a"), event("BC0044", "caesar"),
              event("2025-06", "b", precision="month"), event("1949", "nato")]
    assert [e.title for e in order_events(events, {})] == ["caesar", "nato", "a", "b", "c"]


def test_blocked_merging_finds_exactly_what_comparing_all_pairs_finds():
    """Merging compares only events that share a word (and an entity or a figure); that must lose
    no pair that comparing every pair would merge."""
    import random

    from timeline.merge import _traits, same_event

    rng = random.Random(7)
    words = ["summit", "agreed", "budget", "visit", "spending", "treaty", "signed", "talks", "target", "23",
             "ceasefire", "election", "pipeline", "tariff", "strike", "vaccine", "harbour", "railway",
             "drought", "subsidy", "merger", "verdict", "embargo", "census", "$968 billion", "60%"]
    entities = ["NATO", "Russia", "Ukraine", "Sweden", "Pete Hegseth"]
    dates = ["2024", "2024-06", "2024-06-24", "2025", "2025-W07", "2025-02-12", "1949", "194", "202", "20",
             "2024-12-30", "2025-W01", "2025-01-02"]
    events = []
    for n in range(300):
        title = " ".join(rng.sample(words, rng.randint(1, 4)))
        ev = event(rng.choice(dates), title.capitalize(), doc=f"d{n % 40}", start=n,
                   entities=rng.sample(entities, rng.randint(0, 2)))
        events.append(ev)

    parent = list(range(len(events)))

    def find(i):
        while parent[i] != i:
            i = parent[i]
        return i

    traits = [_traits(e) for e in events]
    for i in range(len(events)):
        for j in range(i + 1, len(events)):
            if same_event(events[i], events[j], traits[i], traits[j]) and find(i) != find(j):
                parent[find(j)] = find(i)
    expected = {}
    for i in range(len(events)):
        expected.setdefault(find(i), []).append(events[i].title)
    merged = merge_events(events)
    assert 50 < len(merged) < len(events)  # the sample does merge, and not into one lump
    assert sorted(sorted(s.quote for s in e.sources) for e in merged) == \
        sorted(sorted(g) for g in expected.values())


def test_two_clashing_dates_of_one_sentence_date_two_happenings():
    # "Fighters of the revolution that brought Castro to power 42 years ago gathered Wednesday night":
    # one sentence, two dates that do not fit in each other, two events (not one with a conflict).
    title = "Former fighters of the revolution that brought Castro to power gathered"
    a = event("1958", title, "apw", start=80, entities=["Fidel Castro"])
    b = event("2000-02-16", title, "apw", start=95, precision="day", entities=["Fidel Castro"])
    assert sorted(e.date for e in merge_events([a, b])) == ["1958", "2000-02-16"]
    # Told by two articles, the same words with dates a year apart are one event, the clash flagged.
    c = event("1959", title, "nyt", start=95, entities=["Fidel Castro"])
    (merged,) = merge_events([a, c])
    assert merged.conflicts


def test_the_same_words_years_apart_are_two_happenings():
    # "168 people were killed in a bombing in 1995" (Oklahoma City) is not the 1998 embassy bombing.
    a = event("1998-08-07", "People were killed in the bombing", "apw", precision="day", entities=["United States"])
    b = event("1995", "People were killed in a bombing", "nyt", entities=["United States"])
    assert len(merge_events([a, b])) == 2


def test_the_same_sentence_in_two_articles_is_one_event_even_without_a_known_name():
    sentence = "The bakery chain opened its first shop on Tuesday."
    a = Event("a", "2024-11-05", "day", "The bakery chain opened its first shop", sentence, "happened",
              [Source("b1", sentence, "Tuesday", 40, 47, "2024-11-05")], [])
    b = Event("b", "2024-11-05", "day", "The bakery chain opened its first shop", sentence, "happened",
              [Source("b2", sentence, "Tuesday", 40, 47, "2024-11-05")], [])
    (merged,) = merge_events([a, b])
    assert [s.document for s in merged.sources] == ["b1", "b2"]
    # Other words, no name in common: two bakeries may each have opened a shop.
    c = Event("c", "2024-11-05", "day", "The bakery chain opened its first shop", "A bakery chain opened "
              "its first shop on Tuesday, in Leeds.", "happened", [Source("b3", "", "Tuesday", 40, 47, "")], [])
    assert len(merge_events([a, c])) == 2


def test_the_same_happening_in_other_words_is_merged():
    # "walkout" is a "strike", "started" is "began", "named" is "appointed".
    a = event("2025-02-21", "The Rotterdam walkout started", "reuters", precision="day", entities=["Rotterdam"])
    b = event("2025-02-21", "The Rotterdam strike began", "nos", precision="day", entities=["Rotterdam"])
    c = event("2025-W10", "The Dutch government named a mediator", "reuters", precision="week",
              entities=["Netherlands"])
    d = event("2025-W10", "The Dutch government appointed a mediator", "nos", precision="week",
              entities=["Netherlands"])
    merged = merge_events([a, b, c, d])
    assert sorted(len(e.sources) for e in merged) == [2, 2]


def test_irregular_forms_of_a_verb_agree():
    a = event("2000-W07", "Gonzalez also wrote to Janet Reno", "ap1", precision="week", entities=["Janet Reno"])
    b = event("2000-W07", "Gonzalez had written a letter to Janet Reno", "ap2", precision="week",
              entities=["Janet Reno"])
    (merged,) = merge_events([a, b])
    assert len(merged.sources) == 2


def test_a_relative_of_the_actor_is_another_actor():
    a = event("1991-12-01", "The president himself met with Sununu", "sj", precision="day", entities=["John Sununu"])
    b = event("1991-W48", "The president's son met with Sununu", "sj", start=40, precision="week",
              entities=["John Sununu"])
    assert len(merge_events([a, b])) == 2
