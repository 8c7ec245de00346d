"""Creation times: explicit sources in order of trust, and inference from the corpus."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from timeline.dating import infer_corpus_dcts
from timeline.pipeline import load_documents
from timeline.temporal.values import interval, days_from_civil
from conftest import SEEDS, run_cli

# When the seeds were written, from the news they report (outside knowledge, used only as a
# yardstick): Hegseth's first NATO meeting was on Wednesday 12 Feb 2025 (001 announces it, 002
# reports his speech there "this week", 003 carries a dateline); 000 was written around the third
# anniversary of the invasion, 24 Feb 2025. Windows are [first, last] days.
TRUE_WINDOWS = {"000_3c426fbe15408085": ((2025, 2, 24), (2025, 3, 2)),
                "001_efac35b20a45e9a1": ((2025, 2, 9), (2025, 2, 12)),
                "002_2b3b91475b324bbf": ((2025, 2, 12), (2025, 2, 16)),
                "003_f7b69dccfde17965": ((2025, 2, 12), (2025, 2, 12))}


def seed_documents():
    documents, errors = load_documents([SEEDS])
    assert errors == []
    infer_corpus_dcts(documents)
    return {d.id: d for d in documents}


def test_every_seed_is_dated_with_a_reason():
    for doc in seed_documents().values():
        assert doc.dct and doc.dct_source in ("dateline", "inferred"), doc.id
        assert doc.dct_reason, doc.id


def test_seed_dates_are_close_to_the_truth():
    docs = seed_documents()
    for doc_id, (first, last) in TRUE_WINDOWS.items():
        iv = interval(docs[doc_id].dct)
        # Within a few days: the inferred day or period comes within four days of the window.
        assert iv.start <= days_from_civil(*last) + 4 and days_from_civil(*first) - 4 < iv.end, \
            (doc_id, docs[doc_id].dct)
        assert iv.end - iv.start <= 31, (doc_id, docs[doc_id].dct)


def test_inference_quotes_its_clues():
    docs = seed_documents()
    assert "anniversary" in docs["000_3c426fbe15408085"].dct_reason
    assert "this week" in docs["002_2b3b91475b324bbf"].dct_reason
    assert "June" in docs["004_94a83aadfb18395f"].dct_reason
    assert docs["004_94a83aadfb18395f"].dct.startswith("2025")


def test_last_year_beside_a_past_year_refines_but_dates_nothing_alone(tmp_path):
    # Alone it is too weak: a story of 2019 may tell of 2019 in the past and of 2018 as "last year".
    (tmp_path / "a.txt").write_text("Exports fell in 2019, the ministry said. Imports rose last year. "
                                    "Pakistan opened the Gwadar container terminal with fanfare.", encoding="utf-8")
    (doc,) = load_documents([tmp_path])[0]
    infer_corpus_dcts([doc])
    assert doc.dct == "" and doc.dct_source == "default"
    # Beside a happening of the corpus told as done, it gives the year.
    (tmp_path / "b.md").write_text("---\ndate: 2020-03-05\n---\nPakistan opened the Gwadar container "
                                   "terminal on March 2, 2020.\n", encoding="utf-8")
    documents = load_documents([tmp_path])[0]
    infer_corpus_dcts(documents)
    a = next(d for d in documents if d.id == "a")
    assert (a.dct, a.dct_source) == ("2020", "inferred")
    assert "last year" in a.dct_reason and "Gwadar" in a.dct_reason


def test_undatable_document_says_so_and_still_yields_absolute_dates(tmp_path):
    (tmp_path / "a.txt").write_text("The treaty of 1648 ended the war.", encoding="utf-8")
    result = run_cli("extract", tmp_path)
    data = json.loads(result.stdout)
    assert data["documents"][0]["dct_source"] in ("default", "inferred")
    assert data["events"][0]["date"] == "1648"
    (tmp_path / "b.txt").write_text("The treaty ended the war, its negotiators said.", encoding="utf-8")
    result = run_cli("extract", tmp_path)
    assert result.returncode == 0
    assert "b.txt: no creation date found" in result.stderr


def test_sidecar_metadata_wins_and_bad_rows_are_reported(tmp_path):
    (tmp_path / "a.txt").write_text("Talks resumed on Monday.", encoding="utf-8")
    (tmp_path / "b.md").write_text("---\ndate: 2020-01-01\n---\nTalks ended yesterday.", encoding="utf-8")
    (tmp_path / "sources.csv").write_text("file,title,date,publisher\na.txt,Talks,2024-03-08,Wire\n"
                                          "b.md,,2021-05-05,\nmissing.txt,x,2020-01-01,\nb.md,,2021-05-05,\n",
                                          encoding="utf-8")
    result = run_cli("extract", tmp_path)
    assert result.returncode == 1
    assert "sources.csv: row 4: no such file 'missing.txt'" in result.stderr
    assert "sources.csv: row 5: 'b.md' was given before" in result.stderr
    docs = {d["id"]: d for d in json.loads(result.stdout)["documents"]}
    assert (docs["a"]["dct"], docs["a"]["dct_source"], docs["a"]["title"]) == ("2024-03-08", "metadata", "Talks")
    assert docs["b"]["dct"] == "2021-05-05"


def test_sidecar_yaml(tmp_path):
    (tmp_path / "a.txt").write_text("It rained last week.", encoding="utf-8")
    (tmp_path / "sources.yaml").write_text("a.txt:\n  date: 2009-04-27\n  url: https://example.org/a\n", encoding="utf-8")
    (doc,), errors = load_documents([tmp_path])
    assert errors == [] and (doc.dct, doc.url) == ("2009-04-27", "https://example.org/a")


def test_agency_dateline(tmp_path):
    (tmp_path / "r.txt").write_text("BRUSSELS, Feb 12 2025 (Reuters) - Ministers met on Wednesday.", encoding="utf-8")
    (doc,), _ = load_documents([tmp_path])
    assert (doc.dct, doc.dct_source) == ("2025-02-12", "dateline")


def test_html_article_body_and_metadata(tmp_path):
    page = """<!DOCTYPE html><html><head><title>Summit ends | Example News</title>
    <meta property="article:published_time" content="2025-06-25T18:00:00Z">
    <script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2025-06-25"}</script></head>
    <body><nav>Home | World | Sport</nav><article><h1>Summit ends</h1>
    <p>Leaders of the alliance agreed on Wednesday to raise defence spending to five percent of GDP by 2035,
    after two days of talks in The Hague that diplomats described as tense but productive.</p>
    <p>The decision followed months of pressure from Washington, officials said, and will be reviewed in 2029.</p>
    </article><footer>© 2025 Example News. All rights reserved.</footer></body></html>"""
    (tmp_path / "a.html").write_text(page, encoding="utf-8")
    (doc,), errors = load_documents([tmp_path])
    assert errors == []
    assert (doc.dct, doc.dct_source) == ("2025-06-25", "metadata")
    assert "agreed on Wednesday" in doc.text and "Home | World" not in doc.text and "All rights" not in doc.text


@pytest.mark.parametrize("head, body, expected", [
    ('<meta property="article:published_time" content="2025-06-25T18:00:00Z">', "", "2025-06-25"),
    ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "T", "datePublished": "2025-06-26"}</script>',
     "", "2025-06-26"),
    ("", '<time datetime="2025-06-23">June 23</time>', "2025-06-23"),
    # A date of the story is not the page's date: no metadata, so the text's clues decide.
    ("", "", None),
])
def test_html_page_date_comes_from_its_markup_only(tmp_path, head, body, expected):
    text = "<p>" + "Leaders met in The Hague on June 24, 2025 to agree on a new defence spending target. " * 3 + "</p>"
    page = f"<html><head><title>T</title>{head}</head><body><article><h1>T</h1>{body}{text}</article></body></html>"
    (tmp_path / "a.html").write_text(page, encoding="utf-8")
    (doc,), _ = load_documents([tmp_path])
    if expected:
        assert (doc.dct, doc.dct_source) == (expected, "metadata")
    else:
        assert doc.dct_source != "metadata"


@pytest.mark.parametrize("text", [
    # The latest year told in the past is only a lower bound: a 1989 story tells of 1987 too.
    "Under a program approved by the company in 1987, Nashua had purchased 481,000 shares.",
    # Years that are not a past the article tells.
    "Holders of its 6 1/4% convertible debentures due 2007 converted them.",
])
def test_weak_clues_leave_a_document_undated(tmp_path, text):
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    docs, _ = load_documents([tmp_path])
    infer_corpus_dcts(docs)
    assert docs[0].dct_source == "default", docs[0].dct_reason


def test_last_year_is_not_the_year_the_article_dates_to_the_quarter(tmp_path):
    (tmp_path / "a.txt").write_text("Profit fell in the 1989 third quarter, the company said. Last year, it earned "
                                    "$480 million.", encoding="utf-8")
    (doc,) = load_documents([tmp_path])[0]
    infer_corpus_dcts([doc])
    assert doc.dct != "1990"


def test_an_ago_counts_from_a_happening_not_a_figure():
    from timeline.dating import _names_happening
    assert _names_happening("since Russia's invasion") and _names_happening("the Russia-Ukraine conflict")
    assert not _names_happening("down from 14 Canadian cents a share")


def test_a_sentence_opening_with_a_dateline_takes_the_tense_of_its_story():
    # the tense at a sentence's start is its first verb's: a dateline ("BRUSSELS (AP) —") is no
    # sentence of its own there, so "this week has disrupted" dates the article after the speech
    from timeline.dating import phrases_of
    from timeline.model import Document
    text = ("Global Alliance Faces Uncertainty\n\nBRUSSELS (AP) — A single address by U.S. Defense Secretary "
            "Pete Hegseth this week has disrupted the prominent NATO alliance.")
    doc = Document("x", "x.txt", "Global Alliance Faces Uncertainty", text)
    this_week = [s for s in phrases_of(doc).sentences if s[2]]
    assert this_week and this_week[0][1] == "past"
