"""Reading articles: encodings, front matter, furniture, datelines, bad input."""
from __future__ import annotations

import codecs

import pytest

from timeline.documents import DocumentError, decode, read_document
from timeline.furniture import find_furniture
from timeline.pipeline import load_documents
from conftest import SEEDS


def labels(text):
    return {label: text[s:e] for s, e, label in find_furniture(text)}


@pytest.mark.parametrize("data", [
    codecs.BOM_UTF8 + "Café — “quoted”\r\nnext".encode("utf-8"),
    "Café — “quoted”\nnext".encode("utf-8"),
    codecs.BOM_UTF16_LE + "Café — “quoted”\r\nnext".encode("utf-16-le"),
    "Café — “quoted”\rnext".encode("cp1252"),
])
def test_decoding_keeps_accents_quotes_and_dashes(data):
    assert decode(data) == "Café — “quoted”\nnext"


def test_binary_is_refused():
    with pytest.raises(ValueError, match="binary"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))


def test_front_matter_gives_title_date_and_author(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("---\ntitle: Summit ends\ndate: 2025-06-25\nauthor: A. Writer\nurl: https://example.org/a\n---\n"
                    "Leaders met on Tuesday in The Hague.\n", encoding="utf-8")
    doc = read_document(path, tmp_path)
    assert (doc.title, doc.dct, doc.dct_source, doc.author) == ("Summit ends", "2025-06-25", "metadata", "A. Writer")
    assert doc.text.startswith("Leaders met")


def test_broken_front_matter_is_one_clear_error(tmp_path):
    path = tmp_path / "bad.md"
    path.write_text("---\ntitle: [unclosed\n---\nBody.\n", encoding="utf-8")
    with pytest.raises(DocumentError) as info:
        read_document(path, tmp_path)
    assert str(info.value).startswith(str(path)) and "front matter" in str(info.value)


@pytest.mark.parametrize("content,problem", [(b"", "empty"), (b"\x00\x01\x02\x03" * 100, "binary")])
def test_bad_files_name_the_file_and_the_problem(tmp_path, content, problem):
    path = tmp_path / "x.txt"
    path.write_bytes(content)
    with pytest.raises(DocumentError, match=problem):
        read_document(path, tmp_path)


def test_dateline_sets_the_creation_time_and_is_not_an_event():
    doc = read_document(SEEDS / "003_f7b69dccfde17965.txt", SEEDS)
    assert (doc.dct, doc.dct_source) == ("2025-02-12", "dateline")
    assert "February 12, 2025" in doc.dct_reason
    assert any(label == "dateline" for _, _, label in doc.furniture)


def test_date_in_folder_name(tmp_path):
    folder = tmp_path / "InputDocs" / "2009-04-27"
    folder.mkdir(parents=True)
    (folder / "156.txt").write_text("The talks went on last week.", encoding="utf-8")
    doc = read_document(folder / "156.txt", tmp_path)
    assert (doc.dct, doc.dct_source) == ("2009-04-27", "filename")
    assert doc.id == "InputDocs/2009-04-27/156"


def test_furniture_of_the_seed_pages():
    text = (SEEDS / "003_f7b69dccfde17965.txt").read_text(encoding="utf-8")
    found = labels(text)
    assert found["share"] == "Share."
    assert found["copyright"].startswith("© 2025 Elmbridge Today")
    assert found["navigation"] == "Exit mobile version"

    text = (SEEDS / "002_2b3b91475b324bbf.txt").read_text(encoding="utf-8")
    tail = labels(text)["recommended"]
    assert tail.startswith("Recommended news") and "Plane Crash" in tail and "Advertisement" in tail

    text = (SEEDS / "004_94a83aadfb18395f.txt").read_text(encoding="utf-8")
    found = labels(text)
    assert "Please subscribe here" in found["subscription"]
    assert found["comments"].startswith("Informative article, thank you.")
    assert "chemotherapy" in found["comments"]


def test_article_text_is_not_furniture():
    text = (SEEDS / "004_94a83aadfb18395f.txt").read_text(encoding="utf-8")
    spans = find_furniture(text)
    body = text.index("NATO is more united than I had expected.")
    assert not any(s <= body < e for s, e, _ in spans)


def test_a_byline_split_over_two_lines_is_furniture_but_the_story_is_not(tmp_path):
    # A web page's "By <a>Jane Doe</a>" can come out of the HTML as two lines.
    page = ("<html><body><h1>Port strike ends</h1><p>By</p><p><a href='/a'>Jane Doe</a> and "
            "<span>Bob Smith</span></p><p>Dock workers voted on Monday to end the strike.</p>"
            "<p>By Friday the first ships had docked.</p></body></html>")
    (tmp_path / "strike.html").write_text(page, encoding="utf-8")
    doc = read_document(tmp_path / "strike.html", tmp_path)
    set_aside = [doc.text[s:e] for s, e, _ in doc.furniture]
    assert "By" in set_aside and "Jane Doe and Bob Smith" in set_aside
    assert not any("Dock workers" in piece or "ships" in piece for piece in set_aside)
    lone = find_furniture("Headline\nBy\nthe end of the week the talks had failed.\n")
    assert [label for _, _, label in lone] == ["author"]  # a lowercase story line is not a name


def test_a_file_over_the_size_limit_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:
        handle.truncate(51 * 1024 * 1024)  # sparse: no 51 MB written to disk
    with pytest.raises(DocumentError, match="too large"):
        read_document(path, tmp_path)


def test_a_corpus_dated_by_its_folders_takes_every_date_from_them(tmp_path):
    from timeline.dating import infer_corpus_dcts
    from timeline.pipeline import load_documents

    for day in range(1, 29):
        folder = tmp_path / "InputDocs" / f"2009-04-{day:02d}"
        folder.mkdir(parents=True)
        (folder / f"{day}.txt").write_text(f"Officials met on Monday, {day} days after the vote last year.",
                                           encoding="utf-8")
    documents, errors = load_documents([tmp_path])
    infer_corpus_dcts(documents)
    assert errors == [] and len(documents) == 28
    assert all(d.dct_source == "filename" for d in documents)
    assert sorted(d.dct for d in documents) == [f"2009-04-{day:02d}" for day in range(1, 29)]


def test_titles_come_from_the_headline_or_the_first_sentence():
    docs = {p.stem: read_document(p, SEEDS) for p in SEEDS.glob("*.txt")}
    assert docs["001_efac35b20a45e9a1"].title == "U.S. Defense Secretary’s Visit to NATO: Strengthening European Alliances"
    title = docs["000_3c426fbe15408085"].title
    assert title.startswith("The newly-appointed US Secretary of Defense Pete Hegseth") and len(title) <= 91


def test_a_wire_dateline_is_furniture_but_its_lead_is_the_story(tmp_path):
    (tmp_path / "a.txt").write_text("WASHINGTON, Nov. 6, 2024 (AP) -- Donald Trump won the presidential election "
                                    "on Tuesday, defeating Kamala Harris.\n", encoding="utf-8")
    ((doc,), _) = load_documents([tmp_path])
    assert (doc.dct, doc.dct_source) == ("2024-11-06", "dateline")
    assert doc.title.startswith("Donald Trump won the presidential election")
    (start, end, label), = doc.furniture
    assert label == "dateline" and doc.text[start:end].strip() == "WASHINGTON, Nov. 6, 2024 (AP) --"
    from timeline.pipeline import extract
    assert [e.date for e in extract([tmp_path]).events] == ["2024-11-05"]


def test_a_sentence_opening_with_a_date_is_no_dateline(tmp_path):
    (tmp_path / "2024-03-05-council.txt").write_text(
        "Council passes budget\n\nThe city council approved the budget on March 4, 2024 after long talks.\n",
        encoding="utf-8")
    ((doc,), _) = load_documents([tmp_path])
    assert (doc.dct, doc.dct_source) == ("2024-03-05", "filename") and doc.furniture == []
    from timeline.pipeline import extract
    assert [(e.date, e.title) for e in extract([tmp_path]).events] == [
        ("2024-03-04", "The city council approved the budget after long talks")]


def test_binary_without_nul_bytes_is_refused_and_windows_1252_is_not(tmp_path):
    noise = bytes((i * 97 + 13) % 255 + 1 for i in range(8000))  # no NUL byte, every other byte value
    (tmp_path / "photo.txt").write_bytes(noise)
    with pytest.raises(DocumentError, match="photo.txt: binary file"):
        read_document(tmp_path / "photo.txt", tmp_path)
    (tmp_path / "cafe.txt").write_bytes("Café – “quoted” news from the summit on June 24, 2025.".encode("cp1252"))
    assert read_document(tmp_path / "cafe.txt", tmp_path).text.startswith("Café – “quoted”")
