"""Extraction at scale: wall time and peak memory for N = 100, 1,000 and 10,000 articles.

Why: a newsroom archive is thousands of articles, and a stage that compares every article (or
every event) with every other grows with N squared and stops such a corpus cold. Each N runs in a
fresh subprocess, so its peak memory (`ru_maxrss`) is its own; each stage is timed apart, and the
time per article of every N is divided by that of the smallest N: about 1 all along means linear
growth, about 10 from one N to the next (ten times as many articles) means quadratic. It prints
figures and never asserts: timings depend on the machine.

    python benchmarks/bench_scale.py [--sizes 100,1000,10000] [--jobs N]

The corpus is the five seed articles plus generated news-like articles, each dated by a dateline
and telling an agreement signed on a known date; the share of those known dates found as events
checks that the figures are for real extraction, not for articles the pipeline gave up on.
"""
from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # run from anywhere without PYTHONPATH

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
CITIES = ("BRUSSELS", "NAIROBI", "LIMA", "OSLO", "HANOI", "OTTAWA", "ACCRA", "QUITO", "RIGA", "DOHA")
SYLLABLES = ("ka", "lor", "mi", "ven", "dra", "tus", "bel", "no", "qua", "ser", "zin", "po", "rat", "gel")
TOPICS = ("water rights", "fishing quotas", "a rail link", "grain exports", "vaccine supplies", "a border crossing",
          "emissions targets", "a power grid", "port fees", "student visas")


def name(rng: random.Random, words: int = 1) -> str:
    """A made-up proper name, so that unrelated generated articles do not look like the same news."""
    return " ".join("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
                    for _ in range(words))


def news_article(i: int) -> tuple[str, str]:
    """A dated news article and the known date (YYYY-MM-DD) of the agreement it reports."""
    rng = random.Random(i)
    year = rng.randint(1995, 2024)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    signed_month, signed_day = rng.randint(1, 12), rng.randint(1, 28)
    country, other, minister, topic = name(rng), name(rng), name(rng, 2), rng.choice(TOPICS)
    signed = f"{year - 1}-{signed_month:02d}-{signed_day:02d}"
    text = "\n\n".join([
        f"{country} and {other} widen their pact on {topic}",
        f"{rng.choice(CITIES)}, {MONTHS[month - 1]} {day}, {year} — {country} and {other} agreed on Tuesday to "
        f"extend their cooperation on {topic}, {minister} told reporters after the talks.",
        f"The two governments signed the original agreement on {MONTHS[signed_month - 1]} {signed_day}, {year - 1}, "
        f"after {rng.randint(3, 19)} rounds of negotiations.",
        f"Last year, {country} spent {rng.randint(2, 90)} million dollars on {topic}, up from "
        f"{rng.randint(1, 60)} million in {year - 3}.",
        f"A review of the pact is planned for {MONTHS[rng.randint(0, 11)]} {year + 1}, and officials said talks "
        f"with neighbouring states will resume next month.",
        f"{minister}, who took office in {year - rng.randint(2, 8)}, called the deal a model for the region. "
        f"Critics in {other} said the costs were never published.",
    ])
    return text + "\n", signed


def write_corpus(folder: Path, n: int) -> dict[str, str]:
    """The seeds plus n - 5 generated articles under `folder`; the known dates by document id."""
    folder.mkdir(parents=True)
    for seed in sorted((REPO / "seeds").glob("*.txt")):
        shutil.copy(seed, folder / seed.name)
    known = {}
    for i in range(max(0, n - 5)):
        text, signed = news_article(i)
        (folder / f"news-{i:05d}.txt").write_text(text, encoding="utf-8")
        known[f"news-{i:05d}"] = signed
    return known


def measure(folder: Path, jobs: int) -> dict:
    """Run in the subprocess for one N: the stages of `pipeline.extract`, each timed."""
    from timeline.dating import infer_corpus_dcts
    from timeline.merge import assign_ids, merge_events, order_events
    from timeline.parallel import make_executor
    from timeline.pipeline import _process_documents, load_documents

    times = {}
    started = clock = time.perf_counter()

    def lap(stage: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        times[stage], clock = now - clock, now

    documents, errors = load_documents([folder])
    lap("read")
    infer_corpus_dcts(documents)
    lap("date")
    results = _process_documents(documents, None, make_executor(None, jobs))
    lap("tag+events")
    candidates = [event for _, events in results for event in events]
    events = order_events(merge_events(candidates), {doc.id: i for i, doc in enumerate(documents)})
    assign_ids(events)
    lap("merge")
    times["total"] = time.perf_counter() - started
    found = {(s.document, e.date) for e in events for s in e.sources}
    return {"times": times, "documents": len(documents), "errors": len(errors), "candidates": len(candidates),
            "events": len(events), "found": sorted(found),
            "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="100,1000,10000", help="comma-separated numbers of articles")
    parser.add_argument("--jobs", type=int, default=1, help="extraction processes (default: 1)")
    parser.add_argument("--measure", metavar="DIR", help=argparse.SUPPRESS)  # the per-N subprocess
    args = parser.parse_args()
    if args.measure:
        json.dump(measure(Path(args.measure), args.jobs), sys.stdout)
        return 0
    sizes = [int(s) for s in args.sizes.split(",")]
    print(f"extraction, {args.jobs} process(es); per-article time relative to N = {sizes[0]}")
    print(f"{'N':>7} {'total s':>8} {'ms/art':>7} {'ratio':>6} {'peak MiB':>9} "
          f"{'read':>6} {'date':>6} {'tag+ev':>7} {'merge':>7} {'events':>7} {'known dates':>12}")
    base = None
    for n in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            known = write_corpus(Path(tmp) / "corpus", n)
            run = subprocess.run([sys.executable, __file__, "--measure", str(Path(tmp) / "corpus"),
                                  "--jobs", str(args.jobs)], capture_output=True, text=True, check=True)
        result = json.loads(run.stdout)
        found = {tuple(pair) for pair in result["found"]}
        recall = sum((doc, date) in found for doc, date in known.items()) / max(1, len(known))
        t = result["times"]
        per_article = t["total"] / result["documents"]
        base = base or per_article
        print(f"{n:>7} {t['total']:>8.1f} {per_article * 1000:>7.2f} {per_article / base:>6.2f} "
              f"{result['peak_mib']:>9.0f} {t['read']:>6.1f} {t['date']:>6.1f} {t['tag+events']:>7.1f} "
              f"{t['merge']:>7.1f} {result['events']:>7} {recall:>11.0%}", flush=True)
    adversarial()
    return 0


ADVERSARIAL = {  # one article each, a time expression every few words, no paragraph breaks
    "dated clauses": "In 2001 the talks began and ",
    "weekdays, sentences": "On Monday, NATO said. ",
    "relative phrases": "last year and a week before and ",
}


def adversarial(sizes=(100_000, 400_000)) -> None:
    """Whole-pipeline extraction of one dense hostile article at two sizes: the time per
    character should not grow with the size (ratio ~1; ~4 would be quadratic)."""
    from timeline.pipeline import extract

    print(f"\nadversarial single articles, whole extraction; ratio = time per char at "
          f"{sizes[1] // 1000} KB / at {sizes[0] // 1000} KB")
    for label, unit in ADVERSARIAL.items():
        seconds = []
        for size in sizes:
            with tempfile.TemporaryDirectory() as tmp:
                path = Path(tmp) / "a.txt"
                path.write_text(unit * (size // len(unit)), encoding="utf-8")
                started = time.perf_counter()
                extract([path])
                seconds.append(time.perf_counter() - started)
        print(f"  {label:<20} {seconds[0]:6.2f} s {seconds[1]:6.2f} s  ratio "
              f"{(seconds[1] / sizes[1]) / (seconds[0] / sizes[0]):.2f}", flush=True)


if __name__ == "__main__":
    sys.exit(main())
