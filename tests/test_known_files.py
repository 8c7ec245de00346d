"""Content files known by their stat signature (known_files.py): a file is only taken as known
when nothing can have changed it since it was read or written, and a parsed file is reused only
for the same bytes."""
from __future__ import annotations

import os

from timeline import known_files
from timeline.content import read_events, read_sources, write_events
from timeline.known_files import KnownFiles, ParsedFiles
from timeline.model import Event, Source


def event(i: int, title: str = "Ministers met") -> Event:
    return Event(f"2024-ministers-met-{i}", "2024", "year", f"{title} {i}", f"In 2024 ministers met ({i}).",
                 sources=[Source("doc", "In 2024 ministers met.", "2024", 3, 7, "2024")], entities=["Ministers"])


def age(path, seconds: int = 60) -> None:
    """Make a file look written a while ago (its change time cannot be set back: see `racy`)."""
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns - seconds * 10 ** 9, stat.st_mtime_ns - seconds * 10 ** 9))


def test_a_file_just_written_is_racy_until_settled_then_known(tmp_path, monkeypatch):
    index = KnownFiles.for_folder(tmp_path / "cache", tmp_path)
    path = tmp_path / "a.md"
    path.write_text("one", encoding="utf-8")
    index.wrote(path, "one", False)
    index.save()
    again = KnownFiles.for_folder(tmp_path / "cache", tmp_path)
    assert again.known(path) is None  # changed within the clock tick of the write: can't tell

    monkeypatch.setattr(known_files, "RACY_NS", 0)  # as if the racy window had passed
    again.settle()
    again.save(keep_unseen=True)
    known = KnownFiles.for_folder(tmp_path / "cache", tmp_path).known(path)
    assert known is not None and known.sha == known_files.digest(b"one")


def _indexed_file(tmp_path, monkeypatch):
    """A file "one" read through an index that is saved, outside the racy window."""
    monkeypatch.setattr(known_files, "RACY_NS", 0)
    path = tmp_path / "a.md"
    path.write_text("one", encoding="utf-8")
    index = KnownFiles.for_folder(tmp_path / "cache", tmp_path)
    index.read(path)
    index.save()
    return path


def test_a_changed_file_is_read_again_even_with_the_same_size_and_time(tmp_path, monkeypatch):
    path = _indexed_file(tmp_path, monkeypatch)
    mtime = path.stat().st_mtime_ns
    path.write_text("two", encoding="utf-8")
    os.utime(path, ns=(mtime, mtime))  # a tool that keeps the modification time
    assert KnownFiles.for_folder(tmp_path / "cache", tmp_path).known(path) is None


def test_another_version_of_the_code_trusts_nothing(tmp_path, monkeypatch):
    path = _indexed_file(tmp_path, monkeypatch)
    monkeypatch.setattr(known_files, "tool_fingerprint", lambda: "another version")
    assert KnownFiles.for_folder(tmp_path / "cache", tmp_path).known(path) is None


def test_parsed_files_are_reused_only_for_the_same_bytes(tmp_path, monkeypatch):
    monkeypatch.setattr(known_files, "RACY_NS", 0)
    folder, cache = tmp_path / "events", tmp_path / "cache"
    write_events([event(i) for i in range(3)], folder)
    for path in folder.glob("*.md"):
        age(path)
    clean = read_events(folder)

    def cached():
        index, parsed = KnownFiles.for_folder(cache, tmp_path), ParsedFiles.for_folder(cache, tmp_path)
        result = read_events(folder, index, parsed)
        index.save()
        parsed.save()
        return result, parsed

    first, parsed = cached()
    assert first == clean and not parsed.entries  # nothing stored yet: every file parsed
    second, parsed = cached()
    assert second == clean and sum(map(len, parsed.used.values())) == 3 and parsed.used == parsed.entries

    edited = folder / f"{event(1).id}.md"
    edited.write_text(edited.read_text(encoding="utf-8").replace("Ministers met 1", "Ministers sat 1"),
                      encoding="utf-8")
    third, _ = cached()
    assert third == read_events(folder) and third[0][1].title == "Ministers sat 1"


def test_write_events_with_an_index_keeps_an_edit_made_right_after_the_write(tmp_path):
    folder, cache = tmp_path / "events", tmp_path / "cache"
    index = KnownFiles.for_folder(cache, tmp_path)
    write_events([event(1)], folder, index=index)
    index.save()
    path = folder / f"{event(1).id}.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("Ministers met 1", "Ministers sat 1"), encoding="utf-8")  # same size
    report = write_events([event(1)], folder, index=KnownFiles.for_folder(cache, tmp_path))
    assert report.kept_edited == 1 and "Ministers sat 1" in path.read_text(encoding="utf-8")


def test_sources_read_with_an_index_match_a_plain_read(built_site, tmp_path, monkeypatch):
    monkeypatch.setattr(known_files, "RACY_NS", 0)
    folder = built_site / "content" / "sources"
    for _ in range(2):
        index = KnownFiles.for_folder(tmp_path, built_site / "content")
        parsed = ParsedFiles.for_folder(tmp_path, built_site / "content")
        assert read_sources(folder, index, parsed) == read_sources(folder)
        index.save()
        parsed.save()
