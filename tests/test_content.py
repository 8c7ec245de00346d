"""Event files: format round trip, people's edits and deletions survive a re-run."""
from __future__ import annotations

from timeline.content import parse_event, read_events, render_event, write_events
from timeline.model import Event, Source


def sample(title="Sweden joined NATO", date="2024"):
    return Event(f"{date}-sweden-joined-nato", date, "year", title, "Sweden joined NATO last year.", "happened",
                 [Source("002_x", "Sweden joined NATO last year.", "last year", 10, 19, date,
                         "“last year” in an article of 2025-02-14 → 2024")], ["Sweden", "NATO"])


def test_round_trip_keeps_every_field():
    original = sample()
    parsed = parse_event(render_event(original), original.id)
    assert parsed.to_json() == original.to_json()
    assert parsed.sources[0].anchor == original.sources[0].anchor


def test_event_date_is_ours_not_pelicans():
    text = render_event(sample(date="BC0044"))
    assert "Event-Date: BC0044" in text and "\nDate:" not in text


def test_edits_are_kept_and_deletions_stay_deleted(tmp_path):
    events = [sample(), sample("NATO founded", "1949")]
    events[1].id = "1949-nato-founded"
    write_events(events, tmp_path)
    edited = tmp_path / "2024-sweden-joined-nato.md"
    edited.write_text(edited.read_text().replace("Title: Sweden joined NATO", "Title: Sweden became NATO's 32nd member"))
    (tmp_path / "1949-nato-founded.md").unlink()

    report = write_events(events, tmp_path)
    assert (report.kept_edited, report.skipped_deleted) == (1, 1)
    assert "32nd member" in edited.read_text()
    assert not (tmp_path / "1949-nato-founded.md").exists()

    write_events(events, tmp_path, force=True)
    assert "32nd member" not in edited.read_text()
    assert (tmp_path / "1949-nato-founded.md").exists()


def test_edits_and_deletions_hold_when_a_reworded_article_renames_the_event(tmp_path):
    def founded(title, start=40):
        return Event(f"1949-{title.lower().replace(' ', '-')}", "1949", "year", title, f"{title} in 1949.", "happened",
                     [Source("002_x", f"{title} in 1949.", "1949", start, start + 4, "1949")], ["NATO"])
    sweden, nato = sample(), founded("NATO established to counter Soviet threats")
    write_events([sweden, nato], tmp_path)
    edited = tmp_path / f"{sweden.id}.md"
    edited.write_text(edited.read_text().replace("Title: Sweden joined NATO", "Title: Sweden joins NATO (my wording)"))
    (tmp_path / f"{nato.id}.md").unlink()
    # The article is reworded: both headlines, hence both file names, change; the sources do not.
    reworded = [sample(title="Sweden joined NATO amid increased aggression"), founded("NATO founded to counter Soviet threats", 38)]
    reworded[0].id = "2024-sweden-joined-nato-amid-increased-aggression"
    for _ in range(2):
        report = write_events(reworded, tmp_path)
        assert (report.kept_edited, report.skipped_deleted, report.written) == (1, 1, 0)
        assert sorted(p.name for p in tmp_path.glob("*.md")) == [edited.name]
        assert "my wording" in edited.read_text()


def test_a_person_can_add_an_event(tmp_path):
    write_events([sample()], tmp_path)
    (tmp_path / "mine.md").write_text("Title: Finland joined NATO\nEvent-Date: 2023-04-04\nKind: happened\n\nAdded by hand.\n")
    write_events([sample()], tmp_path)
    events, problems = read_events(tmp_path)
    assert problems == []
    assert {e.title for e in events} == {"Sweden joined NATO", "Finland joined NATO"}
    assert next(e for e in events if e.id == "mine").precision == "day"


def test_unchanged_rerun_rewrites_nothing(tmp_path):
    write_events([sample()], tmp_path)
    assert write_events([sample()], tmp_path).written == 0


def test_an_approximate_date_keeps_its_mod():
    event = sample()
    event.mod = "APPROX"
    assert "Mod: APPROX" in render_event(event)
    assert parse_event(render_event(event), event.id).mod == "APPROX"


def test_written_files_get_the_mode_open_would_give_and_keep_their_own(tmp_path):
    """Temporary files are private (0600); a site file left so cannot be served by a web server
    running as another user."""
    import os

    from timeline.content import atomic_write
    mask = os.umask(0o022)
    try:
        atomic_write(tmp_path / "new.md", "text\n")
        assert (tmp_path / "new.md").stat().st_mode & 0o777 == 0o644
        (tmp_path / "own.md").write_text("old\n")
        (tmp_path / "own.md").chmod(0o640)
        atomic_write(tmp_path / "own.md", "new\n")
        assert (tmp_path / "own.md").stat().st_mode & 0o777 == 0o640
    finally:
        os.umask(mask)


def test_squash_is_the_regex_it_replaced_for_every_kind_of_space():
    """`squash` splits on str.isspace; the regex it replaced, on `\\s`: the same characters."""
    import random
    import re
    import sys

    from timeline.text import squash

    def regex(text):
        return re.sub(r"\s+", " ", text).strip()

    for code in range(sys.maxunicode + 1):
        text = f" x{chr(code)}y\t"
        assert squash(text) == regex(text), hex(code)
    rng = random.Random(7)
    alphabet = [" ", "\t", "\n", "\r", "\x0b", "\x0c", "\xa0", "\u2009", "\u3000", "\x1c", "\x85", "\u200b", "a", "é"]
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 10)))
        assert squash(text) == regex(text), repr(text)


def test_an_edited_event_date_that_is_no_date_is_reported_and_a_good_one_sets_the_precision(tmp_path):
    from timeline.content import read_events
    folder = tmp_path / "events"
    folder.mkdir()
    (folder / "a.md").write_text("Title: A\nEvent-Date: sometime in spring\nPrecision: year\n\nText.\n", encoding="utf-8")
    (folder / "b.md").write_text("Title: B\nEvent-Date: 2023-02-30\n\nText.\n", encoding="utf-8")
    (folder / "c.md").write_text("Title: C\nEvent-Date: 2023-02-13\nPrecision: year\n\nText.\n", encoding="utf-8")
    (folder / "d.md").write_bytes("Title: Caf\xe9 \x93news\x94\nEvent-Date: 2023\n\nText.\n".encode("latin-1"))
    events, problems = read_events(folder)
    assert [(e.title, e.precision) for e in events] == [("C", "day"), ("Café “news”", "year")]
    assert len(problems) == 2 and "a.md" in problems[0] and "'sometime in spring'" in problems[0]
    assert "b.md" in problems[1] and "'2023-02-30'" in problems[1]
