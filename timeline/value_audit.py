"""Sort the tagger's value errors on TBAQ into kinds, so that what a rule could fix is told
apart from where the gold annotation is split between conventions.

Reads the error list `python -m timeline.evaluation --errors FILE` writes (its VALUE lines:
spans matched, values differ) and prints how many errors fall in each kind, with examples.
Each kind is decided from the two values alone (no context), so the counts are reproducible.
"""
from __future__ import annotations

import argparse
import collections
import datetime
import re
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

# The kinds, most specific first; `classify` returns the first that applies.
NOTATION = "same value, other notation"
PRECISION = "one value contains the other"
WEEK = "a week against a month, a day or an unnumbered week"
QUARTER = "a quarter against a year or another quarter"
WEEK_APART = "a day whole weeks apart"
VAGUE = "a vague reference against a vague duration"
POINT_DURATION = "a point in time against a duration"
DAY = "another day"
OTHER = "other"
KINDS = (NOTATION, PRECISION, WEEK, QUARTER, WEEK_APART, VAGUE, POINT_DURATION, DAY, OTHER)

_UNIT_YEARS = {"E": 10, "C": 100, "L": 1000}  # decades, centuries, millennia in TimeML durations


def canonical(value: str) -> str:
    """One spelling per value: unpadded weeks ("2000-W7"), hours alone ("T17"), "X"-padded
    decades and centuries ("199X", "19XX") and durations in decades, centuries or millennia
    ("P1E", "P2L") all occur in TBAQ beside the common spelling. ("1949-XX", some month of
    1949, is finer than "1949": that is a matter of precision, not of notation.)"""
    v = re.sub(r"-W(\d)(?!\d)", r"-W0\1", value)
    v = re.sub(r"T(\d\d)$", r"T\1:00", v)
    v = re.sub(r"^(\d{3})X$", r"\1", v)
    v = re.sub(r"^(\d\d)XX$", r"\1", v)
    m = re.fullmatch(r"P(\d+)([ECL])", v)
    if m:
        v = f"P{int(m[1]) * _UNIT_YEARS[m[2]]}Y"
    return re.sub(r"^PX[ECL]$", "PXY", v)


def _is_point(value: str) -> bool:
    return re.match(r"-?\d{2}", value) is not None


def _day(value: str) -> datetime.date | None:
    m = re.match(r"(\d{4})-(\d\d)-(\d\d)", value)
    if not m:
        return None
    try:
        return datetime.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def classify(gold: str, pred: str) -> str:
    """The kind of a value error, from the gold and the predicted value."""
    g, p = canonical(gold), canonical(pred)
    if g == p:
        return NOTATION
    if _is_point(g) and _is_point(p) and (g.startswith(p) or p.startswith(g) or g.split("T")[0] == p.split("T")[0]):
        return PRECISION
    for a, b in ((p, g), (g, p)):
        if re.fullmatch(r"\d{4}-W\d\d(?:-WE)?", a) and re.fullmatch(r"\d{4}-(?:WXX|\d\d|\d\d-(?:\d\d|XX))", b) and a[:4] == b[:4]:
            return WEEK
    if re.match(r"\d{4}-Q", g) and _is_point(p) or re.match(r"\d{4}-Q", p) and _is_point(g):
        return QUARTER
    gd, pd = _day(g), _day(p)
    if gd and pd:
        return WEEK_APART if (pd - gd).days % 7 == 0 else DAY
    if g.endswith("_REF") and p.startswith("P") or p.endswith("_REF") and g.startswith("P"):
        return VAGUE
    if g.startswith("P") != p.startswith("P"):
        return POINT_DURATION
    return OTHER


def value_errors(lines: Iterable[str]) -> list[tuple[str, str, str, str]]:
    """(document, gold, predicted, gold text) of each VALUE line of an error list."""
    out = []
    for line in lines:
        fields = line.rstrip("\n").split("\t")
        if len(fields) >= 6 and fields[0] == "VALUE":
            out.append((fields[1], fields[2].removeprefix("gold="), fields[3].removeprefix("pred="),
                        fields[5].split(" | ")[0]))
    return out


def report(errors: Sequence[tuple[str, str, str, str]], examples: int = 4) -> str:
    by_kind: dict[str, list] = collections.defaultdict(list)
    for error in errors:
        by_kind[classify(error[1], error[2])].append(error)
    lines = ["| kind of value error | errors | examples (gold / ours: text) |", "|---|---:|---|"]
    for kind in KINDS:
        found = by_kind.get(kind, [])
        if found:
            shown = "; ".join(f"`{g}` / `{p}`: {text}" for _, g, p, text in found[:examples])
            lines.append(f"| {kind} | {len(found)} | {shown} |")
    lines.append(f"| all | {len(errors)} | |")
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("errors", help="the error list written by `python -m timeline.evaluation --errors`")
    parser.add_argument("--output", help="also write the table to this Markdown file")
    args = parser.parse_args(argv)
    path = Path(args.errors)
    if not path.is_file():
        print(f"value audit skipped: no error list at {path} (the TBAQ score did not run)")
        return 0
    table = report(value_errors(path.read_text(encoding="utf-8").splitlines()))
    print(table, end="")
    if args.output:
        Path(args.output).write_text("# Kinds of value error on TBAQ\n\n" + table, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
