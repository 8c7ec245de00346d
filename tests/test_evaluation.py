"""Tests for the TempEval-3 style scorer (timeline/evaluation.py).

All but the last test use tiny made-up TimeML strings, so they run without ../shared; the last
one checks the reader on the real TBAQ corpus and is skipped when it is absent.
"""
from __future__ import annotations

import pytest

from timeline import evaluation as ev
from timeline.evaluation import Counts, Span, align, error_lines, parse_tml, prf

DOC = """<?xml version="1.0" ?>
<TimeML>
<DOCID>TOY001</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" functionInDocument="CREATION_TIME">August 7, 1998</TIMEX3></DCT>
<TITLE>Not part of the text <TIMEX3 tid="t99" type="DATE" value="1900">1900</TIMEX3></TITLE>
<TEXT>
AT&amp;T <EVENT eid="e1">said</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-08-06">yesterday</TIMEX3> that <TIMEX3 tid="t2" type="DURATION" value="P3Y">the <SIGNAL sid="s1">last</SIGNAL> three&#160;years</TIMEX3> were &lt;good&gt;.
Profits rose <TIMEX3 tid="t3" type="SET" value="P1W" quant="EVERY">every week</TIMEX3>.</TEXT>
</TimeML>
"""

PLAIN = "\nAT&T said yesterday that the last three\u00a0years were <good>.\nProfits rose every week."


def span(start: int, end: int, type_: str = "DATE", value: str = "X") -> Span:
    return Span(start, end, type_, value)


# --------------------------------------------------------------------------- reading

def test_plain_text_has_tags_removed_and_entities_decoded():
    doc = parse_tml(DOC)
    assert doc.text == PLAIN


def test_gold_spans_are_offsets_into_plain_text_even_with_nested_tags():
    doc = parse_tml(DOC)
    assert [(doc.text[s.start:s.end], s.type, s.value) for s in doc.timexes] == [
        ("yesterday", "DATE", "1998-08-06"),
        ("the last three\u00a0years", "DURATION", "P3Y"),
        ("every week", "SET", "P1W"),
    ]
    assert all(s.text == doc.text[s.start:s.end] for s in doc.timexes)
    # "AT&T" is 4 characters, not the 8 of "AT&amp;T": offsets count decoded characters.
    assert doc.timexes[0].start == PLAIN.index("yesterday")


def test_dct_and_doc_id():
    doc = parse_tml(DOC)
    assert doc.dct == "1998-08-07"
    assert doc.id == "TOY001"
    assert parse_tml(DOC, doc_id="other").id == "other"
    assert ev.dct_date("1998-08-07T10:00") == ev.datetime.date(1998, 8, 7)
    assert ev.dct_date("") is None


def test_missing_dct_and_timex_outside_text_ignored():
    doc = parse_tml("<TimeML><TEXT>On <TIMEX3 type='DATE' value='1999'>1999</TIMEX3>.</TEXT>"
                    "<X><TIMEX3 type='DATE' value='2000'>2000</TIMEX3></X></TimeML>")
    assert doc.dct == ""
    assert [(s.start, s.end, s.value) for s in doc.timexes] == [(3, 7, "1999")]


def test_read_tml_uses_file_name_as_id(tmp_path):
    path = tmp_path / "NYT19980206.0460.tml"
    path.write_text(DOC, encoding="utf-8")
    doc = ev.read_tml(path)
    assert doc.id == "NYT19980206.0460"
    assert doc.text == PLAIN


# --------------------------------------------------------------------------- scoring

def test_prf_arithmetic_and_zero_cases():
    assert prf(2, 4, 8) == pytest.approx((0.5, 0.25, 1 / 3))
    assert prf(0, 0, 5) == (0.0, 0.0, 0.0)
    assert prf(0, 3, 0) == (0.0, 0.0, 0.0)


def test_strict_needs_identical_span_relaxed_needs_overlap():
    gold = [span(0, 10), span(20, 30), span(40, 50)]
    pred = [span(0, 10), span(18, 25), span(60, 70)]
    pairs, missed, spurious = align(gold, pred)
    assert [(p.gold.start, p.pred.start, p.strict) for p in pairs] == [(0, 0, True), (20, 18, False)]
    assert missed == [gold[2]]
    assert spurious == [pred[2]]
    # Touching is not overlapping: end offsets are exclusive.
    assert align([span(0, 5)], [span(5, 9)])[0] == []


def test_relaxed_is_one_to_one_greedy_by_largest_overlap():
    # One long prediction covering two gold spans matches only one: the larger overlap.
    gold = [span(0, 4), span(5, 15)]
    pred = [span(0, 15)]
    pairs, missed, spurious = align(gold, pred)
    assert [(p.gold.start, p.pred.start) for p in pairs] == [(5, 0)]
    assert missed == [gold[0]] and spurious == []
    # Two predictions inside one gold span: one match, one false positive.
    pairs, missed, spurious = align([span(0, 20)], [span(0, 3), span(5, 20)])
    assert [(p.pred.start, p.pred.end) for p in pairs] == [(5, 20)]
    assert spurious == [span(0, 3)]


def test_identical_span_wins_over_equal_overlap():
    # pred (0,12) overlaps gold (0,10) by 10, as much as the identical pred (0,10):
    # the identical one must be chosen, so strict matches are never lost to relaxed pairing.
    gold = [span(0, 10)]
    pairs, _, spurious = align(gold, [span(0, 12), span(0, 10)])
    assert pairs[0].strict and spurious == [span(0, 12)]


def test_counts_micro_average_and_attribute_f1():
    c = Counts()
    # doc 1: 3 gold, 3 predicted: one strict + right, one relaxed + wrong value, one spurious.
    c.add([span(0, 5, "DATE", "1998-08-07"), span(10, 20, "DURATION", "P3Y"), span(30, 35, "DATE", "1998")],
          [span(0, 5, "DATE", "1998-08-07"), span(12, 20, "DURATION", "P2Y"), span(40, 45, "TIME", "T10")])
    # doc 2: 1 gold, 1 predicted, relaxed match with the wrong type but the right value.
    c.add([span(0, 10, "SET", "P1W")], [span(0, 8, "DATE", "P1W")])
    assert (c.docs, c.gold, c.pred, c.strict, c.relaxed) == (2, 4, 4, 1, 3)
    assert c.strict_prf == pytest.approx((0.25, 0.25, 0.25))
    assert c.relaxed_prf == pytest.approx((0.75, 0.75, 0.75))
    assert c.type_accuracy == pytest.approx(2 / 3)
    assert c.value_accuracy == pytest.approx(2 / 3)
    assert c.type_f1 == pytest.approx(0.75 * 2 / 3)
    assert c.value_f1 == pytest.approx(0.75 * 2 / 3)
    # Per gold type: recall and value accuracy over the found ones.
    assert (c.by_type["DATE"].gold, c.by_type["DATE"].matched, c.by_type["DATE"].value_ok) == (2, 1, 1)
    assert (c.by_type["DURATION"].matched, c.by_type["DURATION"].value_ok) == (1, 0)
    assert (c.by_type["SET"].matched, c.by_type["SET"].value_ok) == (1, 1)
    assert c.by_type["TIME"].gold == 0


def test_values_compare_as_exact_strings():
    c = Counts()
    c.add([span(0, 5, "DATE", "1998-W32")], [span(0, 5, "DATE", "1998-08-03")])
    assert c.value_ok == 0 and c.value_f1 == 0.0 and c.type_f1 == 1.0


def test_evaluate_with_fake_tagger_and_error_lines():
    doc = parse_tml(DOC)

    class FakeTimex:  # shaped like timeline.model.Timex
        def __init__(self, start, end, type_, value):
            self.start, self.end, self.type, self.value = start, end, type_, value
            self.text = doc.text[start:end]

    def fake_tag(text: str, dct: str) -> list:
        assert dct == "1998-08-07"
        y = text.index("yesterday")
        y3 = text.index("three")
        said = text.index("said")
        return [FakeTimex(y, y + 9, "DATE", "1998-08-06"),       # strict, right
                FakeTimex(y3, y3 + 11, "DATE", "P3Y"),            # relaxed, wrong type
                FakeTimex(said, said + 4, "DATE", "1998-08-07")]  # spurious; "every week" missed

    run = ev.evaluate([doc], fake_tag, "fake")
    c = run.counts
    assert (c.gold, c.pred, c.strict, c.relaxed, c.type_ok, c.value_ok) == (3, 3, 1, 2, 1, 2)
    kinds = [line.split("\t")[0] for line in run.errors]
    assert sorted(kinds) == ["FN", "FP", "SPAN", "TYPE"]
    for line in run.errors:
        assert "\n" not in line and line.split("\t")[1] == "TOY001"
    fp = next(line for line in run.errors if line.startswith("FP"))
    assert "[[said]]" in fp and "'said'" in fp
    fn = next(line for line in run.errors if line.startswith("FN"))
    assert "SET\tP1W" in fn and "[[every week]]" in fn


def test_value_error_line():
    text = "It happened in the week of Aug. 3 1998."
    g = Span(15, 33, "DATE", "1998-W32", text[15:33])
    p = Span(15, 33, "DATE", "1998-08-03", text[15:33])
    pairs, missed, spurious = align([g], [p])
    (line,) = error_lines("D1", text, pairs, missed, spurious)
    assert line.startswith("VALUE\tD1\tgold=1998-W32\tpred=1998-08-03\tDATE\t")


def test_dateparser_baseline_finds_offsets_sequentially():
    tagger = ev.dateparser_tagger()
    text = "Talks began on March 3, 2001 and resumed on March 3, 2001 again."
    spans = tagger(text, "2001-03-10")
    assert len(spans) >= 2
    for s in spans:
        assert text[s.start:s.end] == s.text and s.type == "DATE"
    assert spans[0].start < spans[1].start
    assert any(s.value == "2001-03-03" for s in spans)


# --------------------------------------------------------------------------- CLI

def test_main_skips_cleanly_without_gold(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("TIMELINE_GOLD", raising=False)
    assert ev.main(["--gold", str(tmp_path / "absent")]) == 0
    out = capsys.readouterr().out
    assert out.count("\n") == 1 and "not found" in out


def test_main_writes_deterministic_report_and_errors(tmp_path, capsys, monkeypatch):
    gold = tmp_path / "gold" / "sub"
    gold.mkdir(parents=True)
    (gold / "TOY001.tml").write_text(DOC, encoding="utf-8")

    def fake_factory():
        return lambda text, dct: [Span(text.index("yesterday"), text.index("yesterday") + 9, "DATE", "1998-08-06")]

    monkeypatch.setitem(ev.TAGGERS, "ours", fake_factory)
    monkeypatch.setenv("TIMELINE_GOLD", str(tmp_path / "gold"))
    out1, out2, errs = tmp_path / "r1.md", tmp_path / "r2.md", tmp_path / "errors.txt"
    assert ev.main(["--output", str(out1), "--errors", str(errs)]) == 0
    assert ev.main(["--output", str(out2)]) == 0
    printed = capsys.readouterr().out
    assert "| ours | 1 | 3 | 1 |" in printed and "| SET | 1 | 0 |" in printed

    def without_time(path):
        return [line for line in path.read_text().splitlines() if not line.startswith("Tagging time:")]
    assert without_time(out1) == without_time(out2)
    assert [line.split("\t")[0] for line in errs.read_text().splitlines()] == ["FN", "FN"]


# --------------------------------------------------------------------------- real gold data

def test_real_tbaq_gold_offsets():
    gold_dir = ev.resolve_gold_dir()
    files = ev.gold_files(gold_dir) if gold_dir.is_dir() else []
    if not files:
        pytest.skip(f"gold data not found at {gold_dir}")
    docs = [ev.read_tml(f) for f in files]
    assert len(docs) == 256
    assert sum(len(d.timexes) for d in docs) == 1822
    assert all(d.dct for d in docs)
    for d in docs:
        for s in d.timexes:
            assert s.end > s.start and d.text[s.start:s.end] == s.text
    # Cross-check against the raw markup: the character data inside each TEXT TIMEX3 element.
    import html
    import re
    for f, d in zip(files, docs):
        raw = f.read_text(encoding="utf-8")
        body = raw[raw.index("<TEXT>"):raw.index("</TEXT>")]
        expected = [html.unescape(re.sub(r"<[^>]+>", "", m))
                    for m in re.findall(r"<TIMEX3\b[^>]*>(.*?)</TIMEX3>", body, re.S)]
        assert [s.text for s in d.timexes] == expected, f.name


def test_dct_scorer_counts_right_wrong_and_undated(tmp_path):
    """Creation times found without metadata, checked against each document's gold DCT."""
    from timeline.dct_scorer import score, table

    def tml(dct, text):
        return (f'<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="{dct}" functionInDocument="CREATION_TIME">'
                f'{dct}</TIMEX3></DCT><TEXT>{text}</TEXT></TimeML>')
    # A wire id carries its day; a story with no clue stays undated rather than wrongly dated.
    (tmp_path / "APW19980807.0261.tml").write_text(tml("1998-08-07", "Bombs exploded outside two embassies."))
    (tmp_path / "APW19980808.0001.tml").write_text(tml("1998-08-09", "Rescuers dug through the rubble."))
    (tmp_path / "wsj_0001.tml").write_text(tml("1989-11-02", "Profit rose, the company said."))
    counts, wrong = score(tmp_path)
    assert counts[("filename", "right")] == 1 and counts[("filename", "wrong")] == 1
    assert counts[("default", "undated")] == 1
    assert [w[0] for w in wrong] == ["APW19980808.0001"]
    assert "| filename | 2 | 1 | 1 | 0 |" in table(counts, wrong)
