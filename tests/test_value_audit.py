"""The sorting of TBAQ value errors into kinds (timeline.value_audit)."""
import pytest

from timeline import value_audit as audit


@pytest.mark.parametrize("gold, pred, kind", [
    ("2000-W7", "2000-W07", audit.NOTATION),
    ("1989-11-06T17", "1989-11-06T17:00", audit.NOTATION),
    ("199X", "199", audit.NOTATION),
    ("P1E", "P10Y", audit.NOTATION),
    ("PXC", "PXY", audit.NOTATION),
    ("1949-XX", "1949", audit.PRECISION),
    ("1988-10", "1988", audit.PRECISION),
    ("1999-10-24", "1999-10-24TNI", audit.PRECISION),
    ("2000-01-05TEV", "2000-01-05TNI", audit.PRECISION),
    ("1989-WXX", "1989-W43", audit.WEEK),
    ("1998-08-04", "1998-W32", audit.WEEK),
    ("1988", "1988-Q3", audit.PRECISION),
    ("1988-11-01", "1988-Q4", audit.QUARTER),
    ("1998-12-XX", "1998-W49", audit.WEEK),
    ("1988-Q3", "1988-Q2", audit.QUARTER),
    ("1990-08-07", "1990-08-14", audit.WEEK_APART),
    ("1999-02-09", "1999-02-10", audit.DAY),
    ("PAST_REF", "PXY", audit.VAGUE),
    ("P1W", "1998-W33", audit.POINT_DURATION),
    ("P12Y", "P13Y", audit.OTHER),
    ("1997-02", "1998-02", audit.OTHER),
])
def test_kinds(gold, pred, kind):
    assert audit.classify(gold, pred) == kind


def test_report_counts_only_value_lines(tmp_path, capsys):
    errors = tmp_path / "errors.tsv"
    errors.write_text(
        "VALUE\tdoc1\tgold=2000-W7\tpred=2000-W07\tDATE\t'last week' | 'last week'\tcontext\n"
        "VALUE\tdoc2\tgold=P12Y\tpred=P13Y\tDURATION\t'13 years' | '13 years'\tcontext\n"
        "FP\tdoc2\t1-2\tDATE\t1998\t'x'\tcontext\n", encoding="utf-8")
    out = tmp_path / "audit.md"
    assert audit.main([str(errors), "--output", str(out)]) == 0
    table = out.read_text(encoding="utf-8")
    assert f"| {audit.NOTATION} | 1 |" in table and f"| {audit.OTHER} | 1 |" in table
    assert "| all | 2 |" in table
    assert "'last week'" in capsys.readouterr().out


def test_without_an_error_list_it_skips_with_one_line(tmp_path, capsys):
    assert audit.main([str(tmp_path / "missing.tsv")]) == 0
    assert capsys.readouterr().out.count("\n") == 1
