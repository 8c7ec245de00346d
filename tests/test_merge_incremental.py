"""Incremental merging gives exactly what merging everything gives: the same events, in the same
order, with the same ids, sources, dates and conflicts, over random edits of a corpus."""
from __future__ import annotations

import copy
import random
import shutil
import sys

import pytest

from conftest import REPO, SEEDS
from timeline import merge
from timeline.cache import Cache
from timeline.merge import assign_ids, merge_events, merge_incremental, order_events
from timeline.model import Event, Source
from timeline.pipeline import extract, write_content

WORDS = ["summit", "agreed", "budget", "visit", "spending", "treaty", "signed", "talks", "target", "23",
         "ceasefire", "election", "pipeline", "tariff", "strike", "vaccine", "harbour", "condemned",
         "$968 billion", "60%", "invaded", "joined"]
ENTITIES = ["NATO", "Russia", "Ukraine", "Sweden", "Pete Hegseth", "Cuba", "Iran", "Lima"]
DATES = ["2024", "2024-06", "2024-06-24", "2024-06-25", "2025", "2025-W07", "2025-02-12", "1949", "194",
         "202", "20", "2024-12-30", "2025-W01", "2025-01-02", "2023-06", "BC0044", "PRESENT_REF"]
SENTENCES = ["The alliance agreed on the spending target.", "Sweden joined the alliance.",
             "The two governments signed the treaty on Tuesday."]


def random_document(rng: random.Random, name: str) -> list[Event]:
    """A document's candidates: few words, names and dates, so that documents merge a lot."""
    events = []
    for n in range(rng.randint(0, 6)):
        date = rng.choice(DATES)
        words = rng.sample(WORDS, rng.randint(1, 4))
        entities = rng.sample(ENTITIES, rng.randint(0, 2))
        if entities and rng.random() < 0.5:  # the agent before the verb
            words.insert(0, entities[0])
        title = " ".join(words).capitalize()
        text = rng.choice(SENTENCES) if rng.random() < 0.2 else title + "."
        start = rng.choice([n * 10, 0])  # two events of one date phrase, now and then
        quote_start = rng.choice([0, 100, 200])
        events.append(Event(f"{date}-{title}".lower().replace(" ", "-"), date, rng.choice(["year", "day", "month"]),
                            title, text, rng.choice(["happened", "planned", "deadline"]),
                            [Source(name, text, date, start, start + 4, rng.choice([date, rng.choice(DATES)]),
                                    "", quote_start)],
                            entities, [], rng.choice(["", "", "APPROX"])))
    return events


def timeline_of(events: list[Event], order: dict[str, int]) -> list[Event]:
    events = order_events(events, order)
    assign_ids(events)
    return events


@pytest.mark.parametrize("seed", range(12))
def test_incremental_merging_equals_merging_everything_over_random_edits(seed, monkeypatch):
    rng = random.Random(seed)
    corpus = {f"d{n:03d}": random_document(rng, f"d{n:03d}") for n in range(rng.randint(20, 60))}
    remerged = []
    partition = merge._partition
    monkeypatch.setattr(merge, "_partition", lambda c: remerged.append(len(c)) or partition(c))
    state, fresh = None, 0
    for step in range(25):
        names = sorted(corpus)
        candidates = [event for name in names for event in corpus[name]]
        order = {name: n for n, name in enumerate(names)}
        expected = timeline_of(merge_events(copy.deepcopy(candidates)), order)
        remerged.clear()
        keys = None
        if seed % 2:  # the caller's keys, as the pipeline gives them
            keys = {name: repr(corpus[name]).encode() for name in names}
        merged, state = merge_incremental(copy.deepcopy(candidates), state, keys)
        assert timeline_of(merged, order) == expected, f"step {step}"
        if step and remerged[-1] < len(candidates):
            fresh += 1
        # Edit: change, add or remove a few documents, or copy a candidate into another one.
        for _ in range(rng.randint(1, 3)):
            action = rng.random()
            name = rng.choice(sorted(corpus))
            if action < 0.35:
                corpus[name] = random_document(rng, name)
            elif action < 0.55:
                corpus[f"d{rng.randint(0, 999):03d}"] = random_document(rng, "x")
            elif action < 0.75 and len(corpus) > 2:
                del corpus[name]
            elif corpus[name]:
                other = rng.choice(sorted(corpus))
                copied = copy.deepcopy(rng.choice(corpus[name]))
                copied.sources[0].document = other
                corpus[other] = corpus[other] + [copied]
        for name, events in corpus.items():  # a renamed document's candidates name it
            for event in events:
                event.sources[0].document = name
    assert fresh >= 15  # most steps merged only part of the corpus again


def test_a_merge_state_of_other_documents_or_order_gives_the_full_merge():
    rng = random.Random(99)
    corpus = {f"d{n}": random_document(rng, f"d{n}") for n in range(30)}
    names = sorted(corpus)
    candidates = [event for name in names for event in corpus[name]]
    _, state = merge_incremental(copy.deepcopy(candidates), None)
    reordered = names[1:] + names[:1]
    candidates = [event for name in reordered for event in corpus[name]]
    order = {name: n for n, name in enumerate(reordered)}
    expected = timeline_of(merge_events(copy.deepcopy(candidates)), order)
    merged, _ = merge_incremental(copy.deepcopy(candidates), state)
    assert timeline_of(merged, order) == expected
    # A document's candidates split in two runs: merged whole, with no state to keep.
    split = candidates[-1:] + candidates[:-1]
    merged, state = merge_incremental(copy.deepcopy(split), state)
    assert state is None and timeline_of(merged, order) == timeline_of(merge_events(copy.deepcopy(split)), order)


def test_the_pipeline_with_its_merge_state_equals_a_clean_extraction_over_random_edits(tmp_path):
    """Articles added, removed and changed (a sentence added, one of another article copied in,
    a dateline moved): each extraction from the cache, and the content files it writes, equal
    those of one without it."""
    sys.path.insert(0, str(REPO / "benchmarks"))
    from bench_scale import news_article

    rng = random.Random(5)
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    for i in range(12):
        (corpus / f"news-{i:03d}.txt").write_text(news_article(i)[0], encoding="utf-8")
    cache = tmp_path / "cache"
    extract([corpus], cache=Cache(cache))
    for step in range(6):
        files = sorted(corpus.glob("*.txt"))
        for _ in range(rng.randint(1, 2)):
            path, other = rng.choice(files), rng.choice(files)
            if not path.exists() or not other.exists():
                continue
            action = rng.random()
            text = path.read_text(encoding="utf-8")
            if action < 0.3:
                path.write_text(text + f"\nThe ministers met again on March {step + 3}, 2025.\n", encoding="utf-8")
            elif action < 0.55:
                sentences = other.read_text(encoding="utf-8").split(". ")
                path.write_text(text + "\n" + rng.choice(sentences) + ".\n", encoding="utf-8")
            elif action < 0.7:
                path.write_text(text.replace("2025", "2024", 1).replace("199", "198", 1), encoding="utf-8")
            elif action < 0.85 and len(files) > 4:
                path.unlink()
            else:
                (corpus / f"copy-{step}.txt").write_text(other.read_text(encoding="utf-8"), encoding="utf-8")
        clean = extract([corpus])
        write_content(clean, tmp_path / f"clean-{step}")
        cached = extract([corpus], cache=Cache(cache))
        assert cached.to_json() == clean.to_json(), f"step {step}"
        write_content(cached, tmp_path / "content", cache=Cache(cache))
        assert files_of(tmp_path / "content") == files_of(tmp_path / f"clean-{step}"), f"step {step}"


def files_of(folder) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}
