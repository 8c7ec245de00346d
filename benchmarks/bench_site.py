"""Site build time and page weight for a big timeline (default 10,000 events from 500 articles).

Why: a news timeline can grow to thousands of events; the site must stay fast to build and light to
open, with no page carrying more than a few hundred events' markup. This prints figures and never
asserts on them: timings depend on the machine.

    python benchmarks/bench_site.py [--events N] [--articles N] [--keep DIR]

It writes synthetic event and source files (dates spread over 40 years, one to three sources each,
a dozen entities), renders them with Pelican, the plugin and the theme, and reports the build time,
the number of pages, the heaviest page and how many events it lists, the index and the filter data.
"""
from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # run from anywhere without PYTHONPATH

from timeline.content import render_event, render_source  # noqa: E402
from timeline.model import Document, Event, Source, Timex  # noqa: E402
from timeline.plugin.site import run_pelican  # noqa: E402


def write_corpus(content: Path, n_events: int, n_docs: int) -> None:
    (content / "events").mkdir(parents=True)
    (content / "sources").mkdir(parents=True)
    timexes: dict[str, list[Timex]] = {}
    for i in range(n_events):
        year, month, day = 1985 + i % 40, i % 12 + 1, i % 28 + 1
        date = f"{year}-{month:02d}-{day:02d}" if i % 4 else (f"{year}-{month:02d}" if i % 8 else str(year))
        docs = [f"article-{(i * 7 + k) % n_docs:04d}" for k in range(i % 3 + 1)]
        sources = [Source(doc, f"Something numbered {i} happened on {date} in the capital.", date, 30, 30 + len(date), date,
                          f"“{date}” is a calendar date: {date}") for doc in docs]
        for doc in docs:
            timexes.setdefault(doc, []).append(Timex(30, 30 + len(date), date, "DATE", date))
        event = Event(f"{date}-event-{i}", date, "day" if date.count("-") == 2 else "month" if "-" in date else "year",
                      f"Something numbered {i} happened in the capital", f"Something numbered {i} happened.",
                      "planned" if i % 17 == 0 else "happened", sources, [f"Entity {i % 12}", f"Place {i % 5}"])
        (content / "events" / f"{event.id}.md").write_text(render_event(event), encoding="utf-8")
    for d in range(n_docs):
        doc_id = f"article-{d:04d}"
        doc = Document(doc_id, f"{doc_id}.txt", f"Article {d}", "A paragraph of an article. " * 120,
                       dct=f"2025-{d % 12 + 1:02d}-01", dct_source="metadata", publisher=f"Paper {d % 40}")
        (content / "sources" / f"{doc_id}.md").write_text(render_source(doc, timexes.get(doc_id, [])[:50]),
                                                          encoding="utf-8")


def report(output: Path, seconds: float, n_events: int) -> None:
    pages = list(output.rglob("*.html"))
    listed = {p: len(re.findall(r'<li class="event ', p.read_text(encoding="utf-8"))) for p in pages}
    heaviest = max(pages, key=lambda p: p.stat().st_size)
    busiest = max(listed, key=listed.get)
    kib = lambda p: f"{p.stat().st_size / 1024:.0f} KiB"  # noqa: E731
    print(f"{n_events} events: built in {seconds:.1f} s, {len(pages)} HTML pages, "
          f"{sum(p.stat().st_size for p in output.rglob('*') if p.is_file()) / 2 ** 20:.0f} MiB in all")
    print(f"index.html: {kib(output / 'index.html')}, {listed[output / 'index.html']} events listed")
    print(f"heaviest page: {heaviest.relative_to(output)} ({kib(heaviest)}, {listed[heaviest]} events listed)")
    print(f"most events on one page: {busiest.relative_to(output)} ({listed[busiest]} events, {kib(busiest)})")
    print(f"filter data timeline-data.js: {kib(output / 'timeline-data.js')} (loaded once, cached by the browser)")
    for name in ("timeline.json", "events.csv", "events.ics", "events.atom"):
        print(f"{name}: {kib(output / name)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--keep", metavar="DIR", help="build into DIR and keep it (default: a temporary folder)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(args.keep) if args.keep else Path(tmp)
        write_corpus(root / "content", args.events, args.articles)
        started = time.perf_counter()
        run_pelican(root / "content", root / "output", str(REPO / "pelicanconf.py"))
        report(root / "output", time.perf_counter() - started, args.events)
    return 0


if __name__ == "__main__":
    sys.exit(main())
