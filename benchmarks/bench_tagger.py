"""Throughput of the temporal tagger, against dateparser, plus a linear-time check.

Why: the tagger runs over every article of every build, and a rule grammar can hide
super-linear backtracking that only shows on odd input. This prints figures and never asserts
on them: timings depend on the machine, so the numbers are for people, not for CI.

    python benchmarks/bench_tagger.py [--gold DIR] [--dateparser-limit N]

1. Corpus throughput: every TBAQ document (the plain text of its <TEXT>, see
   timeline/evaluation.py) is tagged with its own DCT, in one process; the time inside the
   tagger calls is summed (time.perf_counter) and reported as chars/s and MB/s. The same run
   times dateparser.search.search_dates on the same documents (or the first N with
   --dateparser-limit) and prints the ratio of the two rates. The tools take turns pass by
   pass, `--repeat` passes each (default 3), and each tool's fastest pass counts: on a shared
   machine a single pass swings by half its time with what else runs. The ratio of each pair
   of passes is printed too, to show the spread.
2. Adversarial inputs: generated texts of 1 MB and 10 MB (long digit runs, "last last ...",
   unbalanced brackets and punctuation, repeated month names) are tagged in one call each. The
   ratio of time per character between the 10 MB and the 1 MB text is ~1 for a linear tagger;
   ~10 would mean quadratic.

Skips with one line, exit status 0, when the gold data is absent (``--gold`` or
``$TIMELINE_GOLD`` or ``../shared/data/tbaq``).
"""
from __future__ import annotations

import argparse
import datetime
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from anywhere without PYTHONPATH

from timeline.evaluation import dateparser_tagger, gold_files, read_tml, resolve_gold_dir  # noqa: E402

ADVERSARIAL_DCT = "1998-08-07"
ADVERSARIAL_SIZES = (1_000_000, 10_000_000)  # characters; the generated texts are ASCII, so also bytes

# Each unit is repeated up to the wanted size: inputs meant to make a regex grammar backtrack or
# a "look for the next token" loop rescan.
ADVERSARIAL_UNITS = {
    "digit run": "0123456789",                       # one run of digits, no break at all
    "digit groups": "1998 12 31 10 30 ",             # numbers that each could start a date or time
    "last last last": "last ",                      # a modifier waiting for its unit forever
    "brackets/punct": "((([[{ -- / , . : ",          # unbalanced brackets, separators, no words
    "month names": "January February March April May June July August September October November December ",
    "month, no spaces": "JanuaryMay",                # month names glued together
    "past clock times": "He left at 7:38 a.m. ",     # each looks back for the day it is on
    "ranges of days": "Talks ran Nov. 25-27. ",     # each end continues its start (one pass over them)
    "title case line": "x This Week ",               # a time word in Title Case looks at its line (no line break)
    "daily clock times": "Open daily from 10 a.m. ",  # each clock time asks if its sentence holds a set
    "parts of the day": "Saturday: rain in the morning. ",  # each part of the day looks for its line's label
    "zone times in brackets": "at 10 a.m. (0800 GMT) ",  # each restates the clock time before it
    "sets, no date": "every year after that ",  # no date to anchor to: each asks for a line break since the text's start
    # each clock time walks back past a day ahead to the story's day, and "that night" to a day before the DCT's
    "days walked back": "The board voted late Thursday. The fare will rise on Aug. 20. The meeting began at 6 p.m. That night it rained. ",
    "that Friday, told days": "It happened on March 20, 2030. That Friday he left, and on the Sunday he was back. ",
    "weekdays of no year": "On Monday, March 5, he left. ",  # (each looks among the years told)
}


def time_tagger(run, docs) -> tuple[float, int, int]:
    """Sum the time of `run(text, dct)` over `docs`; returns (seconds, chars, expressions found)."""
    seconds, chars, found = 0.0, 0, 0
    for doc in docs:
        t0 = time.perf_counter()
        result = run(doc.text, doc.dct)
        seconds += time.perf_counter() - t0
        chars += len(doc.text)
        found += len(result)
    return seconds, chars, found


def time_alternating(tools: dict) -> dict[str, tuple[float, int, int]]:
    """One pass of each tool over its documents, one tool after the other, in the order given.

    Why: this machine's speed drifts by up to half within a minute. Called once per pass, the
    tools take turns pass by pass, so a slow spell falls on some passes of each rather than on
    all of one; turns per document would be fairer still to drift but would let each tool
    evict the other's code and data from the CPU caches between documents, which no real run
    does.
    """
    return {name: time_tagger(run, tool_docs) for name, (run, tool_docs) in tools.items()}


def rate_line(name: str, seconds: float, chars: int, nbytes: int, found: int, docs: int) -> str:
    rate = chars / seconds if seconds else float("inf")
    mbs = nbytes / 1e6 / seconds if seconds else float("inf")
    return (f"{name:<11} {docs:4d} docs {chars:9,d} chars {seconds:8.3f} s "
            f"{rate:12,.0f} chars/s {mbs:7.3f} MB/s {found:6d} expressions")


def adversarial_text(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", help="directory of .tml files (default: $TIMELINE_GOLD or ../shared/data/tbaq)")
    parser.add_argument("--dateparser-limit", type=int, metavar="N",
                        help="time dateparser on the first N documents only (default: all)")
    parser.add_argument("--skip-adversarial", action="store_true", help="only the corpus throughput")
    parser.add_argument("--repeat", type=int, default=3, metavar="N",
                        help="passes over the corpus per tool; the fastest counts (default: 3)")
    args = parser.parse_args(argv)

    gold_dir = resolve_gold_dir(args.gold)
    files = gold_files(gold_dir) if gold_dir.is_dir() else []
    if not files:
        print(f"gold data not found at {gold_dir} (set --gold or TIMELINE_GOLD); skipping benchmark")
        return 0
    docs = [read_tml(f) for f in files]
    total_chars = sum(len(d.text) for d in docs)
    print(f"TBAQ plain text: {len(docs)} documents, {total_chars:,d} chars "
          f"({sum(len(d.text.encode('utf-8')) for d in docs) / 1e6:.3f} MB UTF-8)")
    print(f"Python {sys.version.split()[0]}, {datetime.date.today().isoformat()}")
    print()

    try:
        from timeline.temporal.tagger import tag
    except ImportError as exc:
        print(f"timeline.temporal.tagger not importable ({exc}); only dateparser is timed")
        tag = None

    def ours(text, dct):
        return tag(text, dct or None, doc_type="news")

    dp_docs = docs[: args.dateparser_limit] if args.dateparser_limit else docs
    dateparser = dateparser_tagger()
    dateparser(dp_docs[0].text[:200], dp_docs[0].dct)  # warm-up: dateparser loads its language data lazily
    tools = {"dateparser": (dateparser, dp_docs)}
    if tag is not None:
        ours(docs[0].text, docs[0].dct)  # warm-up: imports, regex compilation, caches
        from timeline.temporal.values import interval
        tools = {"ours": (ours, docs), **tools}

    passes = []
    for n in range(max(1, args.repeat)):
        if tag is not None:
            interval.cache_clear()  # no pass gains from values the one before worked out
        order = list(tools.items()) if n % 2 == 0 else list(reversed(tools.items()))  # each goes first by turns
        passes.append(time_alternating(dict(order)))
    best = {name: min(p[name] for p in passes) for name in tools}
    rates = {}
    for name, (_, tool_docs) in tools.items():
        s, c, n = best[name]
        rates[name] = c / s if s else float("inf")
        print(rate_line(name, s, c, sum(len(d.text.encode("utf-8")) for d in tool_docs), n, len(tool_docs)))
    if "ours" in rates:
        each = " ".join(f"{(p['dateparser'][0] / p['dateparser'][1]) / (p['ours'][0] / p['ours'][1]):.1f}x"
                        if p["ours"][0] and p["dateparser"][1] else "-" for p in passes)
        print(f"\nthroughput ratio ours/dateparser: {rates['ours'] / rates['dateparser']:.1f}x "
              f"(ours {rates['ours'] / 1e6:.3f} MB/s); pass by pass: {each}")

    if tag is None or args.skip_adversarial:
        return 0
    small, large = ADVERSARIAL_SIZES
    print(f"\nAdversarial inputs (one tag() call each; ratio = time per char at {large / 1e6:g} MB "
          f"/ at {small / 1e6:g} MB, ~1 = linear, ~{large // small} = quadratic)")
    print(f"{'input':<18} {'s @ ' + format(small / 1e6, 'g') + ' MB':>12} {'s @ ' + format(large / 1e6, 'g') + ' MB':>12} "
          f"{'MB/s @ large':>13} {'found @ large':>14} {'ratio':>7}")
    for name, unit in ADVERSARIAL_UNITS.items():
        times, found = [], 0
        for size in ADVERSARIAL_SIZES:
            text = adversarial_text(unit, size)
            t0 = time.perf_counter()
            found = len(tag(text, ADVERSARIAL_DCT))
            times.append(time.perf_counter() - t0)
        per_char = [t / size for t, size in zip(times, ADVERSARIAL_SIZES)]
        ratio = per_char[1] / per_char[0] if per_char[0] else float("inf")
        mbs = large / 1e6 / times[1] if times[1] else float("inf")
        print(f"{name:<18} {times[0]:12.3f} {times[1]:12.3f} {mbs:13.3f} {found:14d} {ratio:7.2f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
