"""Scoring an extracted timeline against a hand-made gold timeline.

Gold events (YAML, see benchmarks/gold/seeds-timeline.yaml) carry a date, a kind and word
groups that identify them. An extracted event counts for a gold event when its headline holds every
word group and its date is compatible (the same period, or one inside the other at
year level or finer); the words are looked for in the headline, which must say what happened.
Reported: recall (gold events found), precision (extracted events that are
some gold event — the rest is noise), duplicates (a gold event found as several events), and
over the found events, how many have the gold date exactly, a compatible date, and the gold kind.
"""
from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path

from .model import Event
from .temporal.values import interval


@dataclass
class Gold:
    date: str
    kind: str
    title: str
    match: list[str]
    optional: bool = False


@dataclass
class Score:
    gold: int
    extracted: int
    found: int
    matched_extracted: int
    duplicates: int
    exact_date: int
    compatible_date: int
    right_kind: int
    missed: list[str] = field(default_factory=list)
    noise: list[str] = field(default_factory=list)

    def table(self) -> str:
        def pct(n, d):
            return f"{100 * n / d:.0f}%" if d else "—"
        rows = [("gold events (required)", str(self.gold)), ("extracted events", str(self.extracted)),
                ("recall: gold events found", f"{self.found} ({pct(self.found, self.gold)})"),
                ("precision: extracted events that are gold events",
                 f"{self.matched_extracted} ({pct(self.matched_extracted, self.extracted)})"),
                ("duplicates (a gold event split in several)", str(self.duplicates)),
                ("found with the exact gold date", f"{self.exact_date} ({pct(self.exact_date, self.found)})"),
                ("found with a compatible date", f"{self.compatible_date} ({pct(self.compatible_date, self.found)})"),
                ("found with the gold kind", f"{self.right_kind} ({pct(self.right_kind, self.found)})")]
        lines = ["| measure | value |", "|---|---|"] + [f"| {a} | {b} |" for a, b in rows]
        if self.missed:
            lines += ["", "Missed: " + "; ".join(self.missed)]
        if self.noise:
            lines += ["", "Noise (no gold event): " + "; ".join(self.noise)]
        return "\n".join(lines) + "\n"


def load_gold(path: Path) -> list[Gold]:
    import yaml

    data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    return [Gold(str(g["date"]), g["kind"], g["title"], [str(m) for m in g["match"]], bool(g.get("optional")))
            for g in data]


def _holds(event: Event, gold: Gold) -> bool:
    text = event.title.lower()
    return all(any(alt.strip().lower() in text for alt in group.split("|")) for group in gold.match)


def _compatible(a: str, b: str) -> bool:
    ia, ib = interval(a), interval(b)
    return bool(ia and ib and (ia.contains(ib) or ib.contains(ia)))


def matches(event: Event, gold: Gold) -> bool:
    return _holds(event, gold) and _compatible(event.date, gold.date)


def score(events: list[Event], gold: list[Gold]) -> Score:
    required = [g for g in gold if not g.optional]
    by_gold = {i: [e for e in events if matches(e, g)] for i, g in enumerate(gold)}
    matched_events = {id(e) for found in by_gold.values() for e in found}
    found = [(g, by_gold[i]) for i, g in enumerate(gold) if by_gold[i] and not g.optional]
    return Score(
        gold=len(required), extracted=len(events), found=len(found),
        matched_extracted=len(matched_events),
        duplicates=sum(len(es) - 1 for es in by_gold.values() if len(es) > 1),
        exact_date=sum(1 for g, es in found if any(e.date == g.date for e in es)),
        compatible_date=len(found),
        right_kind=sum(1 for g, es in found if any(e.kind == g.kind for e in es)),
        missed=[f"{g.date} {g.title}" for i, g in enumerate(gold) if not by_gold[i] and not g.optional],
        noise=[f"{e.date} {e.title}" for e in events if id(e) not in matched_events])


def main(argv=None) -> int:
    from .pipeline import extract

    parser = argparse.ArgumentParser(prog="python -m timeline.event_scorer",
                                     description="Score the extracted timeline of SOURCES against a gold timeline.")
    parser.add_argument("sources", nargs="*", default=["seeds"], help="articles (default: seeds/)")
    parser.add_argument("--gold", default="benchmarks/gold/seeds-timeline.yaml", help="gold timeline (YAML)")
    parser.add_argument("--output", help="also write the table to this file")
    args = parser.parse_args(argv)
    gold_path = Path(args.gold)
    if not gold_path.exists():
        print(f"{gold_path}: no gold timeline here; skipping.")
        return 0
    timeline = extract([Path(s) for s in args.sources])
    table = score(timeline.events, load_gold(gold_path)).table()
    sys.stdout.write(table)
    if args.output:
        Path(args.output).write_text(table, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
