"""Score a time-expression tagger against TimeML gold data, TempEval-3 style.

Why this exists: the temporal tagger is the base of every date on the timeline, so we measure
it on the TempEval-3 training corpus (TBAQ-cleaned: TimeBank + AQUAINT, 256 news documents,
1,822 gold TIMEX3) with the shared task's metrics, and list its errors one per line so the
grammar author can grep them.

The gold data is never part of the repository. It is read from ``../shared/data/tbaq`` next to
the repository root, or from ``--gold DIR`` / the ``TIMELINE_GOLD`` environment variable; when it
is absent the command prints one line and exits 0, so ``make eval`` skips cleanly.

Metrics (micro-averaged: counts are summed over the corpus before dividing):

* strict match  -- predicted span identical to a gold span;
* relaxed match -- predicted span overlaps a gold span, pairs are one-to-one (see ``align``);
* P = matches / predicted, R = matches / gold, F1 = harmonic mean, for strict and relaxed;
* type F1  = relaxed F1 x (share of relaxed matches whose TIMEX3 type is right);
* value F1 = relaxed F1 x (share of relaxed matches whose TIMEX3 value is right).
  Values are compared as exact strings (``1998-W32`` only equals ``1998-W32``).

Usage::

    python -m timeline.evaluation [--gold DIR] [--tagger ours|dateparser]
                                  [--output FILE] [--errors FILE] [--limit N]
"""
from __future__ import annotations

import argparse
import datetime
import os
import sys
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Protocol, Sequence

TYPES = ("DATE", "TIME", "DURATION", "SET")
REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_GOLD = REPO_ROOT.parent / "shared" / "data" / "tbaq"
CONTEXT_CHARS = 30  # each side of a span in the error listing (~60 chars of context)


# --------------------------------------------------------------------------- reading TimeML

@dataclass(frozen=True)
class Span:
    """A time expression as offsets into a document's plain text, with its TIMEX3 attributes."""

    start: int
    end: int
    type: str
    value: str
    text: str = ""


class TimexLike(Protocol):
    """What a tagger must return: ``timeline.model.Timex`` satisfies it, so does ``Span``."""

    start: int
    end: int
    type: str
    value: str


@dataclass
class GoldDocument:
    """One TimeML document: its plain text, creation time, and gold TIMEX3 spans in the text."""

    id: str
    text: str
    dct: str  # the value of the TIMEX3 inside <DCT>, "" when there is none
    timexes: list[Span] = field(default_factory=list)


def _local(tag: str) -> str:
    """Tag name without an XML namespace (TimeML files declare xsi, not a default ns, but be safe)."""
    return tag.rsplit("}", 1)[-1]


def _flatten(element: ET.Element, pieces: list[str], offset: int,
             found: list[tuple[int, int, ET.Element]]) -> int:
    """Append the character data under `element` to `pieces`, recording where each TIMEX3 sits.

    Walks ``.text`` then each child followed by its ``.tail``: that visits the character data
    in document order, so a running offset is exactly the offset into the joined text. Returns
    the offset after the element's content (its own tail is the caller's business).
    """
    if element.text:
        pieces.append(element.text)
        offset += len(element.text)
    for child in element:
        start = offset
        offset = _flatten(child, pieces, offset, found)
        if _local(child.tag) == "TIMEX3":
            found.append((start, offset, child))
        if child.tail:
            pieces.append(child.tail)
            offset += len(child.tail)
    return offset


def parse_tml(xml: str | bytes, doc_id: str = "") -> GoldDocument:
    """Parse a TimeML document given as a string.

    The plain text is all character data inside ``<TEXT>`` with the tags removed; the XML
    parser decodes entities (``&amp;`` -> ``&``), so offsets count decoded characters. Gold
    spans are every TIMEX3 inside ``<TEXT>`` (the DCT's TIMEX3 is outside it and is read as the
    document creation time instead). `doc_id` defaults to the ``<DOCID>`` element's text.
    """
    root = ET.fromstring(xml)
    text_el = next((e for e in root.iter() if _local(e.tag) == "TEXT"), None)
    pieces: list[str] = []
    found: list[tuple[int, int, ET.Element]] = []
    if text_el is not None:
        _flatten(text_el, pieces, 0, found)
    text = "".join(pieces)
    spans = sorted((Span(start, end, el.get("type", ""), el.get("value", ""), text[start:end])
                    for start, end, el in found), key=lambda s: (s.start, s.end))
    dct = ""
    for dct_el in (e for e in root.iter() if _local(e.tag) == "DCT"):
        timex = next((e for e in dct_el.iter() if _local(e.tag) == "TIMEX3"), None)
        if timex is not None:
            dct = timex.get("value", "")
            break
    if not doc_id:
        docid_el = next((e for e in root.iter() if _local(e.tag) == "DOCID"), None)
        doc_id = (docid_el.text or "").strip() if docid_el is not None else ""
    return GoldDocument(doc_id, text, dct, spans)


def read_tml(path: str | Path) -> GoldDocument:
    """Read a ``.tml`` file; the document id is the file name without ``.tml``.

    Read as bytes so the parser honours the XML declaration's encoding.
    """
    path = Path(path)
    return parse_tml(path.read_bytes(), doc_id=path.name.removesuffix(".tml"))


def gold_files(gold_dir: str | Path) -> list[Path]:
    """All ``.tml`` files under `gold_dir`, in a stable order (by path relative to it)."""
    gold_dir = Path(gold_dir)
    return sorted(gold_dir.rglob("*.tml"), key=lambda p: p.relative_to(gold_dir).as_posix())


def resolve_gold_dir(option: str | None = None) -> Path:
    """The gold directory: the ``--gold`` option, else ``$TIMELINE_GOLD``, else ``../shared/data/tbaq``."""
    return Path(option or os.environ.get("TIMELINE_GOLD") or DEFAULT_GOLD)


def dct_date(dct: str) -> datetime.date | None:
    """The calendar date of a DCT value such as ``1998-01-08`` or ``1998-01-08T10:00``, else None."""
    try:
        return datetime.date.fromisoformat(dct[:10])
    except ValueError:
        return None


# --------------------------------------------------------------------------- scoring

@dataclass(frozen=True)
class Pair:
    """A relaxed match between one gold and one predicted span."""

    gold: Span
    pred: Span

    @property
    def strict(self) -> bool:
        return (self.gold.start, self.gold.end) == (self.pred.start, self.pred.end)


def _span(t: TimexLike, text: str = "") -> Span:
    """Copy a tagger's Timex (or anything with start/end/type/value) into a Span."""
    if isinstance(t, Span):
        return t
    snippet = getattr(t, "text", None)
    if not isinstance(snippet, str):
        snippet = text[t.start:t.end]
    return Span(int(t.start), int(t.end), str(t.type), str(t.value), snippet)


def align(gold: Sequence[Span], pred: Sequence[Span]) -> tuple[list[Pair], list[Span], list[Span]]:
    """Pair gold and predicted spans one-to-one; return (pairs, unmatched gold, unmatched pred).

    Greedy by largest overlap: every overlapping (gold, pred) pair is ranked by overlap length
    (longest first), identical spans first among equal overlaps, then by position; each pair is
    kept if neither side is already used. An identical pair has the largest overlap either of its
    spans can have, so identical spans are always paired with each other: the strict matches are
    exactly the relaxed pairs whose spans are identical, and strict <= relaxed always holds.
    Greedy is not the maximum matching in every corner case, but with non-nested gold spans the
    difference is negligible and it is easy to reason about.
    """
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            overlap = min(g.end, p.end) - max(g.start, p.start)
            if overlap > 0:
                identical = (g.start, g.end) == (p.start, p.end)
                candidates.append((-overlap, not identical, g.start, p.start, gi, pi))
    candidates.sort()
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for *_, gi, pi in candidates:
        if gi not in used_gold and pi not in used_pred:
            used_gold.add(gi)
            used_pred.add(pi)
            pairs.append(Pair(gold[gi], pred[pi]))
    pairs.sort(key=lambda pr: (pr.gold.start, pr.gold.end))
    missed = [g for i, g in enumerate(gold) if i not in used_gold]
    spurious = [p for i, p in enumerate(pred) if i not in used_pred]
    return pairs, missed, spurious


def prf(matched: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    """Precision, recall, F1 (0.0 where undefined)."""
    p = matched / n_pred if n_pred else 0.0
    r = matched / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


@dataclass
class TypeCounts:
    """Per gold-type counts: how many gold, how many found (relaxed), how many of those valued right."""

    gold: int = 0
    matched: int = 0
    value_ok: int = 0


@dataclass
class Counts:
    """Corpus totals; add documents with ``add`` and read the metrics off the properties."""

    docs: int = 0
    gold: int = 0
    pred: int = 0
    strict: int = 0
    relaxed: int = 0
    type_ok: int = 0
    value_ok: int = 0
    by_type: dict[str, TypeCounts] = field(default_factory=lambda: {t: TypeCounts() for t in TYPES})

    def add(self, gold: Sequence[Span], pred: Sequence[Span]) -> tuple[list[Pair], list[Span], list[Span]]:
        """Score one document and add it to the totals; returns ``align``'s result for reporting."""
        pairs, missed, spurious = align(gold, pred)
        self.docs += 1
        self.gold += len(gold)
        self.pred += len(pred)
        self.relaxed += len(pairs)
        self.strict += sum(pr.strict for pr in pairs)
        self.type_ok += sum(pr.gold.type == pr.pred.type for pr in pairs)
        self.value_ok += sum(pr.gold.value == pr.pred.value for pr in pairs)
        for g in gold:
            self.by_type.setdefault(g.type, TypeCounts()).gold += 1
        for pr in pairs:
            tc = self.by_type.setdefault(pr.gold.type, TypeCounts())
            tc.matched += 1
            tc.value_ok += pr.gold.value == pr.pred.value
        return pairs, missed, spurious

    @property
    def strict_prf(self) -> tuple[float, float, float]:
        return prf(self.strict, self.pred, self.gold)

    @property
    def relaxed_prf(self) -> tuple[float, float, float]:
        return prf(self.relaxed, self.pred, self.gold)

    @property
    def type_accuracy(self) -> float:
        return self.type_ok / self.relaxed if self.relaxed else 0.0

    @property
    def value_accuracy(self) -> float:
        return self.value_ok / self.relaxed if self.relaxed else 0.0

    @property
    def type_f1(self) -> float:
        return self.relaxed_prf[2] * self.type_accuracy

    @property
    def value_f1(self) -> float:
        return self.relaxed_prf[2] * self.value_accuracy


# --------------------------------------------------------------------------- error listing

def _context(text: str, start: int, end: int) -> str:
    """About 60 characters around a span, the span in [[ ]], on one line."""
    left = text[max(0, start - CONTEXT_CHARS):start]
    right = text[end:end + CONTEXT_CHARS]
    return " ".join(f"{left}[[{text[start:end]}]]{right}".split())


def _describe(s: Span) -> str:
    return f"{s.start}-{s.end}\t{s.type}\t{s.value}\t{' '.join(s.text.split())!r}"


def error_lines(doc_id: str, text: str, pairs: Iterable[Pair], missed: Iterable[Span],
                spurious: Iterable[Span]) -> list[str]:
    """One tab-separated line per error, first field a grep-able kind, in text order.

    FN    gold span nobody found:   FN  doc  start-end  type  value  'text'  context
    FP    predicted, no gold:       FP  doc  start-end  type  value  'text'  context
    SPAN  relaxed but not strict:   SPAN  doc  gold start-end ... -> pred start-end ...  context
    TYPE  matched, wrong type:      TYPE  doc  gold=...  pred=...  'gold text'  context
    VALUE matched, wrong value:     VALUE doc  gold=...  pred=...  'gold text' | 'pred text'  context
    """
    items: list[tuple[int, int, str]] = []
    for g in missed:
        items.append((g.start, 0, f"FN\t{doc_id}\t{_describe(g)}\t{_context(text, g.start, g.end)}"))
    for p in spurious:
        items.append((p.start, 1, f"FP\t{doc_id}\t{_describe(p)}\t{_context(text, p.start, p.end)}"))
    for pr in pairs:
        g, p = pr.gold, pr.pred
        ctx = _context(text, min(g.start, p.start), max(g.end, p.end))
        texts = f"{' '.join(g.text.split())!r} | {' '.join(p.text.split())!r}"
        if not pr.strict:
            items.append((g.start, 2, f"SPAN\t{doc_id}\tgold={g.start}-{g.end}\tpred={p.start}-{p.end}\t{texts}\t{ctx}"))
        if g.type != p.type:
            items.append((g.start, 3, f"TYPE\t{doc_id}\tgold={g.type}\tpred={p.type}\t{texts}\t{ctx}"))
        if g.value != p.value:
            items.append((g.start, 4, f"VALUE\t{doc_id}\tgold={g.value}\tpred={p.value}\t{g.type}\t{texts}\t{ctx}"))
    return [line for *_, line in sorted(items)]


# --------------------------------------------------------------------------- taggers

Tagger = Callable[[str, str], list]  # (plain text, DCT value) -> spans with start/end/type/value


def our_tagger() -> Tagger:
    """Our rule-based tagger. Imported lazily so the scorer works while it is being written.

    TBAQ is newswire, so the tagger is told ``doc_type="news"`` rather than asked to guess.
    """
    from timeline.temporal.tagger import tag

    def run(text: str, dct: str) -> list:
        return tag(text, dct or None, doc_type="news")
    return run


def our_tagger_auto() -> Tagger:
    """Our tagger as the pipeline runs it, left to tell news from a history by itself: on TBAQ,
    which is all news, any gap to ``ours`` is what a wrong guess of the document type costs."""
    from timeline.temporal.tagger import tag

    def run(text: str, dct: str) -> list:
        return tag(text, dct or None, doc_type="auto")
    return run


def dateparser_tagger() -> Tagger:
    """Baseline: ``dateparser.search.search_dates`` relative to the DCT.

    It returns (matched string, datetime) pairs without offsets, so each string is located by
    searching the text from the end of the previous one; strings that cannot be found are
    dropped. Every result is typed DATE with the value YYYY-MM-DD, which is all it can express.
    """
    from dateparser.search import search_dates

    def run(text: str, dct: str) -> list[Span]:
        base = dct_date(dct)
        settings = {"RELATIVE_BASE": datetime.datetime(base.year, base.month, base.day)} if base else {}
        found = search_dates(text, languages=["en"], settings=settings) or []
        spans, pos = [], 0
        for string, when in found:
            start = text.find(string, pos)
            if start < 0:
                continue
            pos = start + len(string)
            spans.append(Span(start, pos, "DATE", when.strftime("%Y-%m-%d"), string))
        return spans
    return run


TAGGERS: dict[str, Callable[[], Tagger]] = {"ours": our_tagger, "ours-auto": our_tagger_auto,
                                            "dateparser": dateparser_tagger}


# --------------------------------------------------------------------------- running and reporting

@dataclass
class Run:
    """The result of scoring one tagger over a corpus."""

    tagger: str
    counts: Counts
    seconds: float  # time spent inside the tagger only
    chars: int
    errors: list[str]


def evaluate(documents: Iterable[GoldDocument], tagger: Tagger, name: str = "tagger") -> Run:
    """Tag every document with its DCT, score it, and collect the error lines."""
    counts, errors, seconds, chars = Counts(), [], 0.0, 0
    for doc in documents:
        t0 = time.perf_counter()
        raw = tagger(doc.text, doc.dct)
        seconds += time.perf_counter() - t0
        chars += len(doc.text)
        pred = sorted((_span(t, doc.text) for t in raw), key=lambda s: (s.start, s.end))
        pairs, missed, spurious = counts.add(doc.timexes, pred)
        errors.extend(error_lines(doc.id, doc.text, pairs, missed, spurious))
    return Run(name, counts, seconds, chars, errors)


def _pct(x: float) -> str:
    return f"{100 * x:.1f}"


def summary_table(run: Run) -> str:
    """The headline Markdown table; contains no timing, so it is deterministic."""
    c = run.counts
    sp, sr, sf = c.strict_prf
    rp, rr, rf = c.relaxed_prf
    return "\n".join([
        "| tagger | docs | gold | predicted | strict P | strict R | strict F1 "
        "| relaxed P | relaxed R | relaxed F1 | type F1 | value F1 |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
        f"| {run.tagger} | {c.docs} | {c.gold} | {c.pred} | {_pct(sp)} | {_pct(sr)} | {_pct(sf)} "
        f"| {_pct(rp)} | {_pct(rr)} | {_pct(rf)} | {_pct(c.type_f1)} | {_pct(c.value_f1)} |",
    ])


def type_table(run: Run) -> str:
    """Per gold TIMEX3 type: relaxed recall and value accuracy over the found ones."""
    rows = ["| gold type | gold | found (relaxed) | recall | value accuracy |",
            "|---|---:|---:|---:|---:|"]
    # The four TIMEX3 types in their usual order, then any odd type found in the gold data.
    order = list(TYPES) + sorted(set(run.counts.by_type) - set(TYPES))
    for t in order:
        tc = run.counts.by_type[t]
        recall = tc.matched / tc.gold if tc.gold else 0.0
        acc = tc.value_ok / tc.matched if tc.matched else 0.0
        rows.append(f"| {t} | {tc.gold} | {tc.matched} | {_pct(recall)} | {_pct(acc)} |")
    return "\n".join(rows)


def timing_line(run: Run) -> str:
    rate = run.chars / run.seconds if run.seconds else float("inf")
    return f"Tagging time: {run.seconds:.2f} s for {run.chars} chars ({rate:,.0f} chars/s)"


def report(run: Run) -> str:
    """The full report: headline table, per-type table, then the (non-deterministic) timing line."""
    return f"{summary_table(run)}\n\n{type_table(run)}\n\n{timing_line(run)}\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m timeline.evaluation", description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", help=f"directory of .tml files (default: $TIMELINE_GOLD or {DEFAULT_GOLD})")
    parser.add_argument("--tagger", choices=sorted(TAGGERS), default="ours")
    parser.add_argument("--output", help="write the report (Markdown) to this file")
    parser.add_argument("--errors", help="write one line per FP/FN/SPAN/TYPE/VALUE error to this file")
    parser.add_argument("--limit", type=int, help="only the first N documents (in path order)")
    args = parser.parse_args(argv)

    gold_dir = resolve_gold_dir(args.gold)
    files = gold_files(gold_dir) if gold_dir.is_dir() else []
    if not files:
        print(f"gold data not found at {gold_dir} (set --gold or TIMELINE_GOLD); skipping evaluation")
        return 0
    if args.limit is not None:
        files = files[: args.limit]

    tagger = TAGGERS[args.tagger]()
    run = evaluate((read_tml(f) for f in files), tagger, args.tagger)
    text = report(run)
    print(text, end="")
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
    if args.errors:
        Path(args.errors).write_text("".join(line + "\n" for line in run.errors), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
