"""The command-line contracts of the skeleton issue."""
from __future__ import annotations

import json
import shutil

import pytest

from conftest import REPO, SEEDS, run_cli


def test_tag_json_contract(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("NATO was founded in 1949. Sweden joined last year. The summit is scheduled for June.", encoding="utf-8")
    result = run_cli("tag", "--dct", "2025-02-13", "--format", "json", path)
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert [(t["text"], t["type"], t["value"]) for t in found] == [
        ("1949", "DATE", "1949"), ("last year", "DATE", "2024"), ("June", "DATE", "2025-06")]
    text = path.read_text(encoding="utf-8")
    assert all(text[t["start"]:t["end"]] == t["text"] for t in found)
    assert set(found[0]) == {"start", "end", "text", "type", "value"}


def test_tag_timeml_is_xml(tmp_path):
    import xml.dom.minidom

    path = tmp_path / "a.txt"
    path.write_text("Talks <b>& more</b> on Thursday.", encoding="utf-8")
    result = run_cli("tag", "--dct", "2025-02-13", "--format", "timeml", path)
    dom = xml.dom.minidom.parseString(result.stdout)
    (timex,) = dom.getElementsByTagName("TIMEX3")[1:]
    assert timex.getAttribute("value") == "2025-02-13"


def test_extract_json_contract():
    result = run_cli("extract", SEEDS, "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert {"id", "path", "title", "dct", "dct_source"} <= set(data["documents"][0])
    event = data["events"][0]
    assert {"id", "date", "precision", "title", "text", "kind", "sources"} <= set(event)
    assert {"document", "quote", "timex", "start", "end"} == set(event["sources"][0])
    assert all(e["kind"] in {"happened", "planned", "deadline", "ongoing"} for e in data["events"])
    ids = {d["id"] for d in data["documents"]}
    assert "003_f7b69dccfde17965" in ids
    assert all(s["document"] in ids for e in data["events"] for s in e["sources"])


def test_document_ids_stay_unique_across_folders(tmp_path):
    for name in ("a", "b"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "same.txt").write_text(f"In 2020 {name} happened here.", encoding="utf-8")
    data = json.loads(run_cli("extract", tmp_path / "a", tmp_path / "b").stdout)
    assert sorted(d["id"] for d in data["documents"]) == ["a/same", "b/same"]


def test_bad_input_is_reported_and_the_rest_processed(tmp_path):
    (tmp_path / "2025-02-12-good.txt").write_text("The treaty was signed in 1949.", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    result = run_cli("extract", tmp_path)
    assert result.returncode == 1
    assert "empty.txt: empty file" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert json.loads(result.stdout)["events"][0]["date"] == "1949"


def test_dct_for_a_missing_file_is_reported(tmp_path):
    (tmp_path / "good.txt").write_text("The company was founded last year.", encoding="utf-8")
    result = run_cli("extract", tmp_path, "--dct", "nothere.txt=2020-01-01", "--dct", "good.txt=2020-05-01")
    assert result.returncode == 1 and "nothere.txt" in result.stderr
    assert json.loads(result.stdout)["events"][0]["date"] == "2019"


def test_dct_names_a_file_as_the_shell_does_and_reads_iso_dates_strictly(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "good.txt").write_text("The company was founded last year.", encoding="utf-8")
    for name in ("./b/good.txt", tmp_path / "b" / "good.txt"):
        result = run_cli("extract", "b", "--dct", f"{name}=2020-05-01", cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        assert json.loads(result.stdout)["events"][0]["date"] == "2019"
    # "2024-13-01" is no day (not the 13th of January); the article is still read.
    result = run_cli("extract", "b", "--dct", "b/good.txt=2024-13-01", cwd=tmp_path)
    assert result.returncode == 1 and "'2024-13-01'" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 2  # the bad date, then "no creation date found"
    assert json.loads(result.stdout)["documents"][0]["dct"] == ""


def test_a_bad_date_in_the_sidecar_leaves_the_article_dated_by_its_dateline(tmp_path):
    (tmp_path / "tokyo.txt").write_text("TOKYO, March 3, 2024 (Kyodo) - The bank raised rates on Tuesday.\n",
                                       encoding="utf-8")
    (tmp_path / "sources.yaml").write_text("tokyo.txt: {date: not-a-date}\n", encoding="utf-8")
    result = run_cli("extract", tmp_path)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "tokyo.txt" in result.stderr and "not-a-date" in result.stderr
    data = json.loads(result.stdout)
    assert (data["documents"][0]["dct"], data["documents"][0]["dct_source"]) == ("2024-03-03", "dateline")
    assert [e["date"] for e in data["events"]] == ["2024-02-27"]


def test_files_whose_names_give_one_page_name_keep_a_page_each(tmp_path):
    (tmp_path / "x y.txt").write_text("Gamma\n\nThe river flooded on 7 May 2024, forcing evacuations.\n",
                                      encoding="utf-8")
    (tmp_path / "x-y.txt").write_text("Delta\n\nThe bridge collapsed on 9 June 2024, killing two.\n",
                                      encoding="utf-8")
    result = run_cli("build", "--seeds", tmp_path, "--content", tmp_path.parent / "c", "--output",
                     tmp_path.parent / "o", "--cache", tmp_path.parent / "cache")
    assert result.returncode == 1 and "x-y.txt" in result.stderr
    assert sorted(p.name for p in (tmp_path.parent / "c" / "sources").iterdir()) == ["x-y-2.md", "x-y.md"]
    pages = {p.name: p.read_text(encoding="utf-8") for p in (tmp_path.parent / "o" / "sources").glob("*.html")}
    assert "river flooded" in pages["x-y.html"] and "bridge collapsed" in pages["x-y-2.html"]


@pytest.mark.parametrize("command", ["tag", "extract", "build"])
def test_every_command_documents_its_options(command):
    result = run_cli(command, "--help")
    assert result.returncode == 0
    for option in {"tag": ["--dct", "--format", "--doc-type"], "extract": ["--format", "--output", "--dct", "--force"],
                   "build": ["--seeds", "--content", "--output", "--siteurl"]}[command]:
        assert option in result.stdout


def test_usage_errors_exit_2():
    assert run_cli("tag").returncode == 2
    assert run_cli("extract", "--format", "pdf").returncode == 2


def test_relative_paths_as_make_site_gives_them(tmp_path):
    """`make site` passes relative folders; two builds in a row (the second incremental) work."""
    shutil.copytree(SEEDS, tmp_path / "seeds")
    command = ("build", "--seeds", "seeds", "--content", "content", "--output", "output",
               "--settings", REPO / "pelicanconf.py")
    for _ in range(2):
        result = run_cli(*command, cwd=tmp_path)
        assert result.returncode == 0, result.stderr
    assert (tmp_path / "output" / "index.html").is_file()
    assert len(list((tmp_path / "content" / "events").glob("*.md"))) >= 10


def test_content_is_the_same_whether_the_seeds_are_given_relative_or_absolute(tmp_path):
    relative = run_cli("extract", "seeds", "--format", "markdown", "--output", tmp_path / "rel")
    absolute = run_cli("extract", SEEDS.resolve(), "--format", "markdown", "--output", tmp_path / "abs")
    assert relative.returncode == absolute.returncode == 0
    for folder in ("events", "sources"):
        rel = {p.name: p.read_bytes() for p in (tmp_path / "rel" / folder).glob("*.md")}
        assert rel and rel == {p.name: p.read_bytes() for p in (tmp_path / "abs" / folder).glob("*.md")}
    assert str(REPO) not in "".join(p.read_text(encoding="utf-8") for p in (tmp_path / "abs").rglob("*.md"))
