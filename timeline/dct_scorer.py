"""How well creation times are found without metadata: TBAQ's news articles, stripped of their DCT.

Each TimeML document's text is written to a file named by its document id (wire ids such as
"APW19980807.0261" carry a date, "wsj_0026" does not) and the corpus is dated the way `extract`
dates undated articles: file name, dateline, then inference from the text and the rest of the
corpus. Each result is checked against the gold DCT: right when the gold day lies inside the
value (a day, a week, a month, a year). Wrong dates are worse than none, since every relative
date of the article hangs on it; an undated article still yields its absolute dates.

    python -m timeline.dct_scorer [--gold DIR] [--output FILE]
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from pathlib import Path

from .evaluation import gold_files, read_tml, resolve_gold_dir
from .temporal.values import days_from_civil, interval


def score(gold_dir: Path) -> tuple[Counter, list[tuple[str, str, str, str]]]:
    """({(dct_source, outcome): n}, wrong results) for the gold documents of `gold_dir`."""
    from .dating import infer_corpus_dcts
    from .pipeline import load_documents

    truth = {}
    with tempfile.TemporaryDirectory() as tmp:
        for path in gold_files(gold_dir):
            doc = read_tml(path)
            (Path(tmp) / f"{doc.id}.txt").write_text(doc.text.strip() + "\n", encoding="utf-8")
            truth[doc.id] = doc.dct[:10]
        documents, _ = load_documents([Path(tmp)])
        infer_corpus_dcts(documents)
    counts, wrong = Counter(), []
    for doc in documents:
        gold = truth[doc.id]
        if not doc.dct:
            counts[(doc.dct_source or "default", "undated")] += 1
            continue
        iv = interval(doc.dct)
        day = days_from_civil(*map(int, gold.split("-")))
        right = iv is not None and iv.start <= day < iv.end
        counts[(doc.dct_source, "right" if right else "wrong")] += 1
        if not right:
            wrong.append((doc.id, gold, doc.dct, doc.dct_source))
    return counts, wrong


def table(counts: Counter, wrong: list) -> str:
    rows = ["| found from | documents | right | wrong | undated |", "|---|---:|---:|---:|---:|"]
    for source in ("metadata", "dateline", "filename", "inferred", "default"):
        right, bad, none = (counts[(source, k)] for k in ("right", "wrong", "undated"))
        if right + bad + none:
            rows.append(f"| {source} | {right + bad + none} | {right} | {bad} | {none} |")
    lines = "\n".join(rows) + "\n"
    if wrong:
        lines += "\nWrong: " + "; ".join(f"{i} {d} for {g} ({s})" for i, g, d, s in wrong) + "\n"
    return lines


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m timeline.dct_scorer", description=__doc__.split("\n")[0])
    parser.add_argument("--gold", help="folder of TimeML files (default: ../shared/data/tbaq)")
    parser.add_argument("--output", help="also write the table to this file")
    args = parser.parse_args(argv)
    gold_dir = resolve_gold_dir(args.gold)
    if not gold_dir.is_dir():
        print(f"{gold_dir}: no gold data here; skipping the creation-time scores.")
        return 0
    text = table(*score(gold_dir))
    sys.stdout.write(text)
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
