"""Incremental builds: unchanged articles come from the cache, a changed one is read and extracted
again together with the articles whose dating depends on it, and the site and content are
byte-identical to a clean build."""
from __future__ import annotations

import html
import json
import os
import pickle
import re
import shutil
import time

import pytest

from conftest import REPO, run_cli
from timeline.known_files import RACY_NS


def build(root, seeds, cache):
    """`timeline build` into root/content and root/output; returns (read, extracted) anew."""
    result = run_cli("build", "--seeds", seeds, "--content", root / "content", "--output", root / "output",
                     "--cache", cache, "--settings", REPO / "pelicanconf.py")
    assert result.returncode == 0, result.stderr
    read, extracted = re.search(r"\((\d+) read and (\d+) extracted anew", result.stderr).groups()
    return int(read), int(extracted)


def files_of(folder) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def dating(seeds) -> dict[str, dict]:
    """Each document's id, creation time and how it was found, as `timeline extract` reports them."""
    result = run_cli("extract", seeds)
    return {d["id"]: d for d in json.loads(result.stdout)["documents"]}


def test_an_unchanged_corpus_is_not_read_again(corpus, tmp_path):
    count = len(list(corpus.iterdir()))
    assert build(tmp_path / "site", corpus, tmp_path / "cache") == (count, count)
    first = files_of(tmp_path / "site" / "output")
    assert build(tmp_path / "site", corpus, tmp_path / "cache") == (0, 0)
    assert files_of(tmp_path / "site" / "output") == first


def add_a_paragraph(path):
    path.write_text(path.read_text(encoding="utf-8") + "\nThe ministers met again on March 3, 2025.\n",
                    encoding="utf-8")


def move_the_dateline(path):
    """The dateline dates this article, and other articles are dated from what it tells."""
    text = path.read_text(encoding="utf-8")
    assert "February 12, 2025" in text.split("\n", 1)[0]
    path.write_text(text.replace("February 12, 2025", "February 19, 2025", 1), encoding="utf-8")


@pytest.mark.parametrize("article, edit", [("004_94a83aadfb18395f.txt", add_a_paragraph),
                                           ("003_f7b69dccfde17965.txt", move_the_dateline)])
def test_a_changed_article_rebuilds_what_depends_on_it_and_matches_a_clean_build(corpus, tmp_path, article, edit):
    build(tmp_path / "site", corpus, tmp_path / "cache")
    before = dating(corpus)
    edit(corpus / article)
    after = dating(corpus)
    redated = {doc for doc in after if after[doc] != before[doc]} - {article[:-4]}
    if edit is move_the_dateline:
        assert redated, "moving a dateline should change how other articles are dated"

    assert build(tmp_path / "site", corpus, tmp_path / "cache") == (1, 1 + len(redated))

    build(tmp_path / "clean", corpus, tmp_path / "fresh-cache")
    for folder in ("output", "content"):
        assert files_of(tmp_path / "site" / folder) == files_of(tmp_path / "clean" / folder)


def test_a_changed_tool_or_a_damaged_entry_is_not_trusted(corpus, tmp_path, monkeypatch):
    from timeline import cache as cache_module
    from timeline.pipeline import extract

    clean = extract([corpus]).to_json()
    assert extract([corpus], cache=cache_module.Cache(tmp_path)).to_json() == clean

    for entry in (tmp_path / "extractions").rglob("*.pickle"):
        entry.write_bytes(entry.read_bytes()[:10])
    damaged = cache_module.Cache(tmp_path)
    assert extract([corpus], cache=damaged).to_json() == clean
    assert damaged.misses["extractions"] == len(clean["documents"]) and damaged.misses["documents"] == 0

    monkeypatch.setattr(cache_module, "tool_fingerprint", lambda: "another version of the code")
    changed = cache_module.Cache(tmp_path)
    assert extract([corpus], cache=changed).to_json() == clean
    assert changed.hits == {} and changed.misses["documents"] == len(clean["documents"])


def test_unchanged_pages_are_taken_from_the_previous_site_and_the_result_matches_a_clean_build(
        corpus, tmp_path):
    def pages_unchanged(root) -> int:
        result = run_cli("build", "--seeds", corpus, "--content", root / "content", "--output",
                         root / "output", "--cache", tmp_path / "cache", "--settings", REPO / "pelicanconf.py")
        assert result.returncode == 0, result.stderr
        return int(re.search(r"\((\d+) pages unchanged\)", result.stderr).group(1))

    assert pages_unchanged(tmp_path / "site") == 0  # a first build renders every page
    text = (corpus / "004_94a83aadfb18395f.txt").read_text(encoding="utf-8")
    (corpus / "004_94a83aadfb18395f.txt").write_text(
        text.replace("Germany’s draft budget", "Germany’s first draft budget"), encoding="utf-8")
    reused = pages_unchanged(tmp_path / "site")
    pages = len(list((tmp_path / "site" / "output").rglob("*.html")))
    assert 0 < reused < pages  # the changed article's pages (and the index) are rendered anew
    build(tmp_path / "clean", corpus, tmp_path / "fresh-cache")
    assert files_of(tmp_path / "site" / "output") == files_of(tmp_path / "clean" / "output")

    # --force renders everything again.
    result = run_cli("build", "--seeds", corpus, "--content", tmp_path / "site" / "content", "--output",
                     tmp_path / "site" / "output", "--cache", tmp_path / "cache", "--settings",
                     REPO / "pelicanconf.py", "--force")
    assert "(0 pages unchanged)" in result.stderr


# --- content files known by their signature, parsed files and reused pages (known_files.py) ----

def build_with(root, seeds, cache, settings=REPO / "pelicanconf.py"):
    result = run_cli("build", "--seeds", seeds, "--content", root / "content", "--output", root / "output",
                     "--cache", cache, "--settings", settings)
    assert result.returncode == 0, result.stderr


def assert_same_as_clean_build(tmp_path, seeds, site, settings=REPO / "pelicanconf.py", content=None):
    """A clean build (no cache, no previous output; `content` copied in first when given) writes
    the same content and site, byte for byte, as the incremental one in `site`."""
    clean = tmp_path / "clean"
    shutil.rmtree(clean, ignore_errors=True)
    if content is not None:
        shutil.copytree(content, clean / "content")
    build_with(clean, seeds, tmp_path / "clean-cache", settings)
    shutil.rmtree(tmp_path / "clean-cache")
    for folder in ("output", "content"):
        assert files_of(site / folder) == files_of(clean / folder), folder


def past_the_racy_window():
    """Files written this long ago are known by their signature, not read (known_files.RACY_NS)."""
    time.sleep(RACY_NS / 1e9 + 0.2)


def test_a_hand_edited_event_file_is_seen_even_with_the_same_size(corpus, tmp_path):
    site, cache = tmp_path / "site", tmp_path / "cache"
    build_with(site, corpus, cache)
    past_the_racy_window()
    build_with(site, corpus, cache)  # every content file is now known by its signature
    past_the_racy_window()
    event = sorted((site / "content" / "events").glob("*.md"))[3]
    text = event.read_text(encoding="utf-8")
    title = text.split("\n", 1)[0]
    edited = title[:-1] + ("x" if title[-1] != "x" else "y")  # same length, other bytes
    event.write_text(text.replace(title, edited, 1), encoding="utf-8")
    before = tmp_path / "content-before"
    shutil.copytree(site / "content", before)
    build_with(site, corpus, cache)
    assert event.read_text(encoding="utf-8").startswith(edited)  # kept as the person wrote it
    page = (site / "output" / "events" / f"{event.stem}.html").read_text(encoding="utf-8")
    assert html.escape(edited.removeprefix("Title: "), quote=False) in page
    assert_same_as_clean_build(tmp_path, corpus, site, content=before)


def test_a_deleted_article_leaves_nothing_behind(corpus, tmp_path):
    site, cache = tmp_path / "site", tmp_path / "cache"
    build_with(site, corpus, cache)
    past_the_racy_window()
    build_with(site, corpus, cache)
    (corpus / "004_94a83aadfb18395f.txt").unlink()
    build_with(site, corpus, cache)
    assert not (site / "output" / "sources" / "004_94a83aadfb18395f.html").exists()
    assert_same_as_clean_build(tmp_path, corpus, site)


def test_a_changed_template_or_setting_renders_the_pages_anew(corpus, tmp_path):
    shutil.copytree(REPO / "theme", tmp_path / "theme")
    settings = tmp_path / "settings.py"
    conf = (REPO / "pelicanconf.py").read_text(encoding="utf-8")
    settings.write_text(conf, encoding="utf-8")
    site, cache = tmp_path / "site", tmp_path / "cache"
    build_with(site, corpus, cache, settings)
    past_the_racy_window()
    build_with(site, corpus, cache, settings)

    template = tmp_path / "theme" / "templates" / "event.html"
    template.write_text(template.read_text(encoding="utf-8").replace(
        "{% block content %}", "{% block content %}<!-- edited template -->", 1), encoding="utf-8")
    build_with(site, corpus, cache, settings)
    pages = list((site / "output" / "events").glob("*.html"))
    assert pages and all("<!-- edited template -->" in p.read_text(encoding="utf-8") for p in pages)
    assert_same_as_clean_build(tmp_path, corpus, site, settings)

    settings.write_text(conf.replace("SITENAME = ", "SITENAME = 'Renamed: ' + ", 1), encoding="utf-8")
    build_with(site, corpus, cache, settings)
    assert all("Renamed: " in p.read_text(encoding="utf-8") for p in (site / "output").rglob("*.html"))
    assert_same_as_clean_build(tmp_path, corpus, site, settings)


def test_a_changed_article_after_settled_builds_matches_a_clean_build(corpus, tmp_path):
    site, cache = tmp_path / "site", tmp_path / "cache"
    build_with(site, corpus, cache)
    past_the_racy_window()
    build_with(site, corpus, cache)
    add_a_paragraph(corpus / "004_94a83aadfb18395f.txt")
    build_with(site, corpus, cache)
    assert_same_as_clean_build(tmp_path, corpus, site)


def test_a_damaged_export_store_or_another_site_url_matches_a_clean_build(corpus, tmp_path):
    site, cache = tmp_path / "site", tmp_path / "cache"
    build_with(site, corpus, cache)
    shards = sorted((cache / "exports").glob("*.pickle"))
    assert shards  # each event's piece of the export files is kept
    for shard in shards[::2]:
        shard.write_bytes(shard.read_bytes()[:100])
    add_a_paragraph(corpus / "004_94a83aadfb18395f.txt")
    build_with(site, corpus, cache)
    assert_same_as_clean_build(tmp_path, corpus, site)

    def build_at(root, cache_folder):
        result = run_cli("build", "--seeds", corpus, "--content", root / "content", "--output", root / "output",
                         "--cache", cache_folder, "--settings", REPO / "pelicanconf.py",
                         "--siteurl", "https://example.org/timeline")
        assert result.returncode == 0, result.stderr

    build_at(site, cache)
    assert "https://example.org/timeline/events/" in (site / "output" / "events.csv").read_text(encoding="utf-8")
    build_at(tmp_path / "clean-url", tmp_path / "clean-url-cache")
    for folder in ("output", "content"):
        assert files_of(site / folder) == files_of(tmp_path / "clean-url" / folder), folder


def test_entries_of_older_versions_of_the_tool_are_pruned(corpus, tmp_path, monkeypatch):
    """Every edit or upgrade of the tool makes a new set of entries; a build removes the old ones."""
    from timeline import cache as cache_module
    from timeline.pipeline import extract

    monkeypatch.setattr(cache_module, "tool_fingerprint", lambda: "0" * 64)
    old = cache_module.Cache(tmp_path)
    extract([corpus], cache=old)
    (tmp_path / "unrelated.pickle").write_bytes(b"kept")  # not a stage of the cache
    monkeypatch.setattr(cache_module, "tool_fingerprint", lambda: "1" * 64)
    new = cache_module.Cache(tmp_path)
    extract([corpus], cache=new)
    entries = len(list(tmp_path.rglob("*.pickle")))
    removed = new.prune()
    assert removed > 0 and len(list(tmp_path.rglob("*.pickle"))) == entries - removed
    assert not list(tmp_path.glob("*/" + "0" * 16)) and list(tmp_path.glob("*/" + "1" * 16))
    assert (tmp_path / "unrelated.pickle").exists()
    again = cache_module.Cache(tmp_path)
    extract([corpus], cache=again)
    assert again.misses["extractions"] == 0  # the current version's entries are all kept


def test_an_added_article_matches_a_clean_build(corpus, tmp_path):
    """A new article's events join the merged timeline, its source page and the period and index
    pages appear, and the unchanged pages taken from the previous site are the right ones."""
    site, cache = tmp_path / "site", tmp_path / "cache"
    held_back = tmp_path / "002_2b3b91475b324bbf.txt"
    shutil.move(corpus / held_back.name, held_back)
    build_with(site, corpus, cache)
    past_the_racy_window()
    build_with(site, corpus, cache)
    before = len(list((site / "content" / "events").glob("*.md")))
    shutil.move(held_back, corpus / held_back.name)
    read, extracted = build(site, corpus, cache)
    assert read == 1 and extracted >= 1  # it, and the articles it helps to date
    assert len(list((site / "content" / "events").glob("*.md"))) > before
    assert (site / "output" / "sources" / "002_2b3b91475b324bbf.html").exists()
    assert_same_as_clean_build(tmp_path, corpus, site)


def test_changed_template_settings_are_not_served_compiled_templates_of_the_old_ones(corpus, tmp_path):
    """The compiled templates kept in the cache depend on Jinja's settings as well as on the
    templates' text: another JINJA_ENVIRONMENT renders every page as a clean build does."""
    settings = tmp_path / "settings.py"
    conf = (REPO / "pelicanconf.py").read_text(encoding="utf-8")
    settings.write_text(conf, encoding="utf-8")
    site, cache = tmp_path / "site", tmp_path / "cache"
    build_with(site, corpus, cache, settings)
    assert list((cache / "templates").rglob("__jinja2_*"))  # compiled templates are kept
    before = files_of(site / "output")
    settings.write_text(conf + '\nJINJA_ENVIRONMENT = {"trim_blocks": False, "lstrip_blocks": False}\n',
                        encoding="utf-8")
    build_with(site, corpus, cache, settings)
    assert files_of(site / "output")["index.html"] != before["index.html"]  # the setting shows
    assert_same_as_clean_build(tmp_path, corpus, site, settings)


def test_a_store_with_a_damaged_entry_loses_only_that_entry(corpus, tmp_path):
    from timeline.cache import Cache
    from timeline.pipeline import extract

    clean = extract([corpus]).to_json()
    extract([corpus], cache=Cache(tmp_path))
    store = next((tmp_path / "extractions").rglob("entries.pickle"))
    import pickle

    data = pickle.loads(store.read_bytes())
    key = sorted(data["entries"])[0]
    data["entries"][key] = data["entries"][key][:20]
    store.write_bytes(pickle.dumps(data))
    damaged = Cache(tmp_path)
    assert extract([corpus], cache=damaged).to_json() == clean
    assert damaged.misses["extractions"] == 1 and damaged.hits["extractions"] == len(clean["documents"]) - 1


def test_an_added_event_updates_its_periods_count_everywhere_and_other_period_pages_are_kept(corpus, tmp_path):
    """A split index: period pages list the periods without counts (timeline.js adds them from
    timeline-data.js), so an event added to one period re-renders that period's pages and their
    neighbours only, while the counts shown on the index and in the data all follow."""
    settings = tmp_path / "settings.py"
    settings.write_text(f"exec(open({str(REPO / 'pelicanconf.py')!r}).read())\nTHEME = {str(REPO / 'theme')!r}\n"
                        "TIMELINE_INDEX_LIMIT = 5\nTIMELINE_PAGE_SIZE = 3\n", encoding="utf-8")
    site, cache = tmp_path / "site", tmp_path / "cache"
    output = site / "output"

    def counts() -> dict:
        index = (output / "index.html").read_text(encoding="utf-8")
        nav = dict(re.findall(r'href="\./periods/(\w+)\.html">\w+<span class="count"> \((\d+)\)', index))
        more = dict(re.findall(r'href="\./periods/(\w+)\.html">All (\d+) events? of', index))
        data = json.loads((output / "timeline-data.js").read_text(encoding="utf-8")
                          .removeprefix("window.TIMELINE_DATA=").rstrip().removesuffix(";"))["periods"]
        data = {url.removeprefix("periods/").removesuffix(".html"): str(n) for url, n in data.items()}
        pages = {}
        for page in output.glob("periods/*.html"):
            shown = re.search(r'<p class="summary">(\d+) events?\.', page.read_text(encoding="utf-8")).group(1)
            group = page.name.split(".")[0]
            pages[group] = str(int(pages.get(group, 0)) + int(shown))
        assert nav == more == data == pages  # every place a period's count is shown agrees
        return nav

    build_with(site, corpus, cache, settings)
    past_the_racy_window()
    build_with(site, corpus, cache, settings)
    before = counts()
    inodes = {p.name: p.stat().st_ino for p in output.glob("periods/*.html")}
    old_pages = files_of(output / "periods")
    added = site / "content" / "events" / "2025-03-03-ministers-met-again.md"  # a person adds an event
    added.write_text("Title: The ministers met again\nEvent-Date: 2025-03-03\n\nThey met again.\n", encoding="utf-8")
    content = tmp_path / "content-before"
    shutil.copytree(site / "content", content)
    build_with(site, corpus, cache, settings)
    after = counts()
    assert after == {**before, "2025": str(int(before["2025"]) + 1)}
    new_pages = files_of(output / "periods")
    period_nav = [p for p in new_pages.values() if b'data-period="periods/2025.html"' not in p]
    assert not period_nav  # every period page lists the periods for the script to count
    kept = [name for name in new_pages if new_pages[name] == old_pages.get(name)]
    assert "2014.html" in kept and any(name.startswith("2025") and name not in kept for name in new_pages)
    for name in kept:  # an unchanged period page is taken from the previous site, not rendered
        assert (output / "periods" / name).stat().st_ino == inodes[name], name
    assert_same_as_clean_build(tmp_path, corpus, site, settings, content)


def test_an_event_view_known_by_its_file_is_hashed_with_everything_the_build_adds_to_it(corpus, tmp_path):
    """An event's page fingerprint and export pieces hash its file's name and text hash instead
    of its quotes and text; every field the build derives from elsewhere must still count, and
    an event read from a changed file must hash anew."""
    from dataclasses import replace

    from timeline.known_files import KnownFiles, ParsedFiles
    from timeline.plugin.fragments import ViewDigests, _event_key
    from timeline.plugin.views import EntityRef, build_site_model

    build(tmp_path, corpus, tmp_path / "cache")
    content = tmp_path / "content"

    def events():
        index = KnownFiles(None, content)
        site, _ = build_site_model(content / "events", content / "sources", index=index,
                                   parsed=ParsedFiles(None))
        return site.events

    event = events()[0]
    assert event.origin.startswith(event.id) and "\0" in event.origin
    digest = ViewDigests()(event)
    assert ViewDigests()(replace(event)) == digest
    source = event.sources[0]
    for changed in (replace(event, id="other"), replace(event, url="events/other.html"),
                    replace(event, key=not event.key), replace(event, listing="periods/x.html"),
                    replace(event, independent=event.independent + 1), replace(event, reported="1999"),
                    replace(event, entities=[*event.entities, EntityRef("Someone", "entities/someone.html")]),
                    replace(event, sources=[replace(source, title=source.title + "!"), *event.sources[1:]]),
                    replace(event, sources=[replace(source, url=source.url + "#t-1"), *event.sources[1:]]),
                    replace(event, origin=event.origin + "0")):
        assert ViewDigests()(changed) != digest
    assert _event_key(replace(event, origin="")) == repr(replace(event, origin=""))  # unknown file: all of it

    path = content / "events" / f"{event.id}.md"
    path.write_text(path.read_text(encoding="utf-8") + "One more line.\n", encoding="utf-8")
    edited = next(e for e in events() if e.id == event.id)
    assert edited.origin != event.origin and ViewDigests()(edited) != digest


# --- the previous pages linked into the new folder while the articles are read (reuse.Prelink) ---

def test_previous_pages_linked_ahead_are_kept_dropped_or_removed_and_the_previous_site_is_never_written(tmp_path):
    from timeline.plugin.reuse import Prelink

    previous, folder = tmp_path / "output", tmp_path / "new"
    pages = {"events/a.html": "a", "events/b.html": "b", "entities/x.html": "x", "sources/s.html": "s"}
    for name, text in pages.items():
        (previous / name).parent.mkdir(parents=True, exist_ok=True)
        (previous / name).write_text(text, encoding="utf-8")
    folder.mkdir()
    manifest = tmp_path / "pages.json"
    named = [*pages, "events/gone.html", "../outside.html", "/etc/passwd"]  # gone, or not inside the folder
    manifest.write_bytes(pickle.dumps({"pages": {name: b"f" for name in named}}))

    linking = Prelink(previous, folder, manifest)
    assert linking.wait() == set(pages)  # the missing page and the names outside the folder are not linked
    assert not (tmp_path / "outside.html").exists()
    assert linking.take("events/a.html") and not linking.take("events/a.html")
    assert (folder / "events/a.html").stat().st_ino == (previous / "events/a.html").stat().st_ino
    linking.drop("sources/s.html")  # to be rendered anew: the link goes, the previous page stays
    assert not (folder / "sources/s.html").exists()
    (folder / "sources/s.html").write_text("new s", encoding="utf-8")
    linking.finish()  # the pages nobody claimed go, and the folders they leave empty
    assert sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*")) == [
        "events", "events/a.html", "sources", "sources/s.html"]
    assert {name: (previous / name).read_text(encoding="utf-8") for name in pages} == pages
    assert not os.path.exists(folder / "entities")


def test_previous_pages_linked_ahead_all_go_when_the_build_stops_early(tmp_path):
    from timeline.plugin.reuse import Prelink

    previous, folder = tmp_path / "output", tmp_path / "new"
    (previous / "events").mkdir(parents=True)
    (previous / "events" / "a.html").write_text("a", encoding="utf-8")
    folder.mkdir()
    manifest = tmp_path / "pages.json"
    manifest.write_bytes(pickle.dumps({"pages": {"events/a.html": b"f"}}))
    for wait in (True, False):  # linked, or stopped before the build asked
        linking = Prelink(previous, folder, manifest)
        if wait:
            linking.wait()
        linking.finish()
        assert list(folder.iterdir()) == []
    assert (previous / "events" / "a.html").read_text(encoding="utf-8") == "a"


def test_a_rebuild_never_writes_into_the_pages_of_the_site_it_replaces(corpus, tmp_path):
    """Unchanged pages are hard links to the previous site's files; a page rendered anew must be
    a new file, or rendering it would have changed the previous site while the build ran."""
    site, cache = tmp_path / "site", tmp_path / "cache"
    build_with(site, corpus, cache)
    past_the_racy_window()
    build_with(site, corpus, cache)
    output = site / "output"
    before = files_of(output)
    held = tmp_path / "held"  # the previous site's files, as another reader might still hold them
    for name in before:
        (held / name).parent.mkdir(parents=True, exist_ok=True)
        os.link(output / name, held / name)
    add_a_paragraph(corpus / "004_94a83aadfb18395f.txt")
    build_with(site, corpus, cache)
    after = files_of(output)
    assert files_of(held) == before
    changed = [name for name in after if after[name] != before.get(name)]
    assert any(name.startswith(("events/", "sources/")) for name in changed), changed
    linked = [name for name in after if name in before and (output / name).stat().st_ino == (held / name).stat().st_ino]
    assert linked and all(after[name] == before[name] for name in linked)  # the pages taken unchanged
    assert_same_as_clean_build(tmp_path, corpus, site)


def test_pages_are_taken_from_the_previous_site_through_a_symlinked_folder(corpus, tmp_path):
    """The folder the pages were linked into and the one Pelican renders into are the same folder
    however they are named (Pelican is given the resolved path)."""
    (tmp_path / "real").mkdir()
    (tmp_path / "link").symlink_to(tmp_path / "real")
    site, cache = tmp_path / "link" / "site", tmp_path / "cache"
    build_with(site, corpus, cache)
    add_a_paragraph(corpus / "004_94a83aadfb18395f.txt")
    result = run_cli("build", "--seeds", corpus, "--content", site / "content", "--output", site / "output",
                     "--cache", cache, "--settings", REPO / "pelicanconf.py")
    assert result.returncode == 0, result.stderr
    assert int(re.search(r"\((\d+) pages unchanged\)", result.stderr).group(1)) > 0
    assert_same_as_clean_build(tmp_path, corpus, site)


def test_a_source_view_known_by_its_file_is_hashed_with_everything_the_build_adds_to_it(corpus, tmp_path):
    """A source page's fingerprint hashes its file's name and text hash instead of the article;
    the slug, URL, events and links the build adds must still count, and a changed file too."""
    from dataclasses import replace

    from timeline.known_files import KnownFiles, ParsedFiles
    from timeline.plugin.fragments import ViewDigests
    from timeline.plugin.views import Article, build_site_model

    build(tmp_path, corpus, tmp_path / "cache")
    content = tmp_path / "content"

    def sources():
        site, _ = build_site_model(content / "events", content / "sources", index=KnownFiles(None, content),
                                   parsed=ParsedFiles(None))
        return site.sources

    source = next(s for s in sources() if s.events and s.article.links)
    assert source.origin.startswith(source.slug) and "\0" in source.origin
    digest = ViewDigests()(source)
    assert ViewDigests()(replace(source)) == digest
    links = source.article.links
    for changed in (replace(source, slug="other"), replace(source, url="sources/other.html"),
                    replace(source, events=source.events[1:]), replace(source, origin=source.origin + "0"),
                    replace(source, article=Article(source.article.source, {**links, 99999: "../events/x.html"}))):
        assert ViewDigests()(changed) != digest
    unknown = replace(source, origin="")
    assert ViewDigests()(unknown) != ViewDigests()(replace(unknown, title="Other"))  # unknown file: all of it

    path = content / "sources" / f"{source.slug}.md"
    path.write_text(path.read_text(encoding="utf-8") + "One more line.\n", encoding="utf-8")
    edited = next(s for s in sources() if s.id == source.id)
    assert edited.origin != source.origin and ViewDigests()(edited) != digest


def test_a_build_that_failed_while_rendering_is_followed_by_one_that_matches_a_clean_build(corpus, tmp_path):
    """The content index is written once, when a build finishes: after a failed render the next
    build must not trust what the failed one wrote without recording it."""
    site, cache = tmp_path / "site", tmp_path / "cache"
    build_with(site, corpus, cache)
    past_the_racy_window()
    build_with(site, corpus, cache)
    broken = tmp_path / "broken.py"
    broken.write_text((REPO / "pelicanconf.py").read_text(encoding="utf-8") + "\nTHEME = '/no/such/theme'\n",
                      encoding="utf-8")
    add_a_paragraph(corpus / "004_94a83aadfb18395f.txt")
    result = run_cli("build", "--seeds", corpus, "--content", site / "content", "--output", site / "output",
                     "--cache", cache, "--settings", broken)
    assert result.returncode != 0
    (site / "content" / "events" / sorted(p.name for p in (site / "content" / "events").glob("*.md"))[0]).write_text(
        "Title: Edited by hand\nEvent-Date: 2024-05-01\n\nA person rewrote this event.\n", encoding="utf-8")
    content = tmp_path / "content-before"
    shutil.copytree(site / "content", content)
    build_with(site, corpus, cache)
    assert_same_as_clean_build(tmp_path, corpus, site, content=content)


def test_an_article_known_by_its_signature_is_not_read_and_an_edit_of_the_same_size_and_time_is_seen(
        corpus, tmp_path):
    """Articles unchanged since the last build are known by their signature (known_files.py)
    and not read; an edit that keeps the size and modification time still changes the
    signature (its change time), so the article is read and extracted again."""
    import os

    site, cache = tmp_path / "site", tmp_path / "cache"
    build_with(site, corpus, cache)
    past_the_racy_window()
    build(site, corpus, cache)  # the articles read once more, now older than the racy window
    assert build(site, corpus, cache) == (0, 0)
    article = corpus / "004_94a83aadfb18395f.txt"
    text, stat = article.read_text(encoding="utf-8"), article.stat()
    edited = text.replace("Germany’s draft budget", "Germany’s draft budgex")
    assert edited != text and len(edited) == len(text)
    article.write_text(edited, encoding="utf-8")
    os.utime(article, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert build(site, corpus, cache)[0] == 1
    assert_same_as_clean_build(tmp_path, corpus, site)


def test_the_people_each_article_names_are_kept_by_its_text_and_found_again_when_it_changes(corpus, tmp_path):
    """unify_names reads every article's named people on every build; they are kept in the cache
    by the article's title and text, so an edited article is read for them again."""
    from timeline import cache as cache_module
    from timeline.entities import people_of, unify_names
    from timeline.pipeline import extract

    texts = ["Former President Donald Trump spoke.", "Trump's triumph in The Hague."]
    known = [set(people_of(text).values()) for text in texts]
    assert unify_names([["Trump"]], texts, known) == unify_names([["Trump"]], texts) == [["Donald Trump"]]

    assert extract([corpus], cache=cache_module.Cache(tmp_path)).to_json() == extract([corpus]).to_json()
    article = corpus / "004_94a83aadfb18395f.txt"
    article.write_text(article.read_text(encoding="utf-8") + "\nDefence Minister Ruben Brekelmans spoke on "
                       "March 3, 2025.\n", encoding="utf-8")
    cached = cache_module.Cache(tmp_path)
    assert extract([corpus], cache=cached).to_json() == extract([corpus]).to_json()
    store = cached.load("people")
    assert any("Ruben Brekelmans" in names for names in store.values())


def test_stores_of_the_layout_before_are_removed(corpus, tmp_path):
    """The export pieces were one pickle and the page manifest JSON; a build removes them."""
    from timeline.plugin.reuse import page_manifest

    site, cache = tmp_path / "site", tmp_path / "cache"
    cache.mkdir()
    old_pieces, old_manifest = cache / "exports.pickle", page_manifest(cache, site / "output").with_suffix(".json")
    old_pieces.write_bytes(b"old")
    old_manifest.write_text("{}", encoding="utf-8")
    build_with(site, corpus, cache)
    assert not old_pieces.exists() and not old_manifest.exists()
    assert (cache / "exports").is_dir() and page_manifest(cache, site / "output").exists()


def test_a_link_put_into_the_site_is_never_followed_out_of_it(corpus, tmp_path):
    """A page of the previous site that is a symbolic link (no build makes one) is rendered
    anew: following it would copy a file from outside the site into the next one."""
    site, cache = tmp_path / "site", tmp_path / "cache"
    build_with(site, corpus, cache)
    secret = tmp_path / "secret.txt"
    secret.write_text("not for the web", encoding="utf-8")
    page = next((site / "output" / "events").glob("*.html"))
    page.unlink()
    page.symlink_to(secret)
    past_the_racy_window()
    build_with(site, corpus, cache)
    assert not page.is_symlink() and "not for the web" not in page.read_text(encoding="utf-8")
    assert_same_as_clean_build(tmp_path, corpus, site)
