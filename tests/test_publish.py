"""`timeline publish` against a local bare repository, and builds that fail without harming output/."""
from __future__ import annotations

import io
import os
import queue
import re
import shutil
import subprocess
import sys
import tarfile
import threading
from urllib.request import urlopen

import pytest

from conftest import REPO

# A git that ignores the machine's configuration and has an identity of its own.
GIT_ENV = {**os.environ, "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1",
           "GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.org",
           "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.org"}


def git(*args, cwd=None) -> str:
    return subprocess.run(["git", *map(str, args)], cwd=cwd, env=GIT_ENV, check=True,
                          capture_output=True, text=True).stdout


def timeline(*args, cwd):
    return subprocess.run([sys.executable, "-m", "timeline.cli", *map(str, args)], cwd=cwd, env=GIT_ENV,
                          capture_output=True, text=True, timeout=300)


@pytest.fixture
def project(tmp_path):
    """A checkout (`work/`) whose `origin` is an empty bare repository (`remote.git`)."""
    git("init", "-q", "--bare", tmp_path / "remote.git")
    work = tmp_path / "work"
    git("init", "-q", work)
    git("remote", "add", "origin", tmp_path / "remote.git", cwd=work)
    return work


def build(work, seeds, *extra):
    return timeline("build", "--seeds", seeds, "--content", work / "content", "--output", work / "output",
                    "--cache", work / ".timeline-cache", "--settings", REPO / "pelicanconf.py", *extra, cwd=work)


def files_of(folder) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def branch_files(bare, branch="gh-pages") -> dict[str, bytes]:
    archive = subprocess.run(["git", "archive", "--format=tar", branch], cwd=bare, env=GIT_ENV,
                             check=True, capture_output=True).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        return {m.name: tar.extractfile(m).read() for m in tar.getmembers() if m.isfile()}


def has_branch(bare, branch="gh-pages") -> bool:
    return bool(git("branch", "--list", branch, cwd=bare).strip())


def test_the_branch_holds_exactly_the_built_site(project, corpus):
    assert build(project, corpus).returncode == 0
    result = timeline("publish", "--cname", "timeline.example.org", cwd=project)
    assert result.returncode == 0, result.stderr
    published = branch_files(project.parent / "remote.git")
    assert published == {**files_of(project / "output"), ".nojekyll": b"", "CNAME": b"timeline.example.org"}


def test_a_republished_site_loses_the_pages_it_no_longer_has(project, corpus):
    assert build(project, corpus).returncode == 0
    assert timeline("publish", "--branch", "site", cwd=project).returncode == 0
    first = branch_files(project.parent / "remote.git", "site")
    removed = sorted(corpus.glob("*.txt"))[-1]
    removed.unlink()
    assert build(project, corpus).returncode == 0
    result = timeline("publish", "--branch", "site", cwd=project)
    assert result.returncode == 0, result.stderr
    second = branch_files(project.parent / "remote.git", "site")
    assert f"sources/{removed.stem}.html" in first and f"sources/{removed.stem}.html" not in second
    assert second == {**files_of(project / "output"), ".nojekyll": b""}
    assert len(git("rev-list", "site", cwd=project.parent / "remote.git").split()) == 2


def test_refuses_a_missing_or_empty_site(project):
    result = timeline("publish", cwd=project)
    assert result.returncode == 1 and "does not exist" in result.stderr and "timeline build" in result.stderr
    (project / "output").mkdir()
    result = timeline("publish", cwd=project)
    assert result.returncode == 1 and "no index.html" in result.stderr
    assert not has_branch(project.parent / "remote.git")


def test_a_build_that_read_nothing_keeps_output_and_is_not_published(project, corpus, tmp_path):
    assert build(project, corpus).returncode == 0
    before = files_of(project / "output")
    result = build(project, tmp_path / "no-such-folder")
    assert result.returncode == 1 and "left as it was" in result.stderr
    assert files_of(project / "output") == before
    result = timeline("publish", cwd=project)
    assert result.returncode == 1
    assert "last build" in result.stderr and "no article could be read" in result.stderr
    assert not has_branch(project.parent / "remote.git")


def test_a_build_that_fails_while_rendering_leaves_the_previous_site(project, corpus, tmp_path):
    assert build(project, corpus).returncode == 0
    before = files_of(project / "output")
    theme = tmp_path / "broken-theme"
    shutil.copytree(REPO / "theme", theme)
    event = theme / "templates" / "event.html"  # event pages are written after the index page
    event.write_text(event.read_text(encoding="utf-8").replace(
        "{% block content %}", "{% block content %}{{ no_such_function() }}"), encoding="utf-8")
    settings = tmp_path / "broken.py"
    settings.write_text((REPO / "pelicanconf.py").read_text(encoding="utf-8") + f"\nTHEME = {str(theme)!r}\n",
                        encoding="utf-8")
    result = build(project, corpus, "--settings", settings)
    assert result.returncode == 1 and "rendering the site failed" in result.stderr
    assert files_of(project / "output") == before
    assert sorted(p.name for p in project.iterdir()) == [".git", ".timeline-cache", "content", "output"]
    assert "failed" in timeline("publish", cwd=project).stderr
    assert not has_branch(project.parent / "remote.git")


def test_an_interrupted_render_leaves_the_previous_site(tmp_path):
    from timeline.publish import render_atomically

    output = tmp_path / "output"
    output.mkdir()
    (output / "index.html").write_text("old", encoding="utf-8")

    def interrupted(folder):
        (folder / "index.html").write_text("new", encoding="utf-8")
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        render_atomically(output, interrupted)
    assert files_of(output) == {"index.html": b"old"}
    assert [p.name for p in tmp_path.iterdir()] == ["output"]


def test_the_replaced_site_goes_to_the_trash_and_is_removed_there(tmp_path):
    from timeline import publish

    output, trash = tmp_path / "output", tmp_path / "cache" / "trash"
    output.mkdir()
    (output / "index.html").write_text("old", encoding="utf-8")
    publish.render_atomically(output, lambda folder: (folder / "index.html").write_text("new", encoding="utf-8"),
                              trash=trash)
    assert files_of(output) == {"index.html": b"new"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cache", "output"]
    publish._detached[-1].wait()  # the process removing it outlives the build; here it is waited for
    assert list(trash.iterdir()) == []

    (trash / "site-left").mkdir()  # a removal that was stopped: the next build removes what it left
    (trash / "site-left" / "index.html").write_text("older", encoding="utf-8")
    publish.empty_trash(trash)
    publish._detached[-1].wait()
    assert list(trash.iterdir()) == []


def test_outside_a_git_checkout_says_so(tmp_path):
    (tmp_path / "output").mkdir()
    (tmp_path / "output" / "index.html").write_text("<h1>x</h1>", encoding="utf-8")
    result = timeline("publish", cwd=tmp_path)
    assert result.returncode == 1 and "not published: git:" in result.stderr


def test_publishconf_and_build_take_the_siteurl_from_the_environment(tmp_path):
    env = {**GIT_ENV, "SITEURL": "https://user.example.io/REPO"}
    pelican = subprocess.run([sys.executable, "-m", "pelican", "content", "-s", "publishconf.py", "-o",
                              str(tmp_path / "pelican")], cwd=REPO, env=env, capture_output=True, text=True,
                             timeout=300)
    assert pelican.returncode == 0, pelican.stderr
    build = subprocess.run([sys.executable, "-m", "timeline.cli", "build", "--seeds", str(REPO / "seeds"),
                            "--content", str(tmp_path / "content"), "--output", str(tmp_path / "built"),
                            "--cache", str(tmp_path / "cache"), "--settings", str(REPO / "pelicanconf.py")],
                           cwd=REPO, env=env, capture_output=True, text=True, timeout=300)
    assert build.returncode == 0, build.stderr
    for output in (tmp_path / "pelican", tmp_path / "built"):
        assert 'href="https://user.example.io/REPO/' in (output / "index.html").read_text(encoding="utf-8")


def test_the_pages_workflow_builds_with_the_readme_command_and_the_official_actions():
    import yaml

    workflow = yaml.safe_load((REPO / ".github" / "workflows" / "pages.yml").read_text(encoding="utf-8"))
    steps = [step.get("uses") or step.get("run") for job in workflow["jobs"].values() for step in job["steps"]]
    assert "make site" in steps and "make site" in (REPO / "README.md").read_text(encoding="utf-8")
    for action in ("actions/configure-pages@", "actions/upload-pages-artifact@", "actions/deploy-pages@"):
        assert any(step.startswith(action) for step in steps), action
    assert workflow["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}


def test_serve_shows_the_site_and_rebuilds_when_an_article_changes(corpus, tmp_path):
    server = subprocess.Popen(
        [sys.executable, "-m", "timeline.cli", "serve", "--seeds", str(corpus), "--content", str(tmp_path / "content"),
         "--output", str(tmp_path / "output"), "--cache", str(tmp_path / "cache"),
         "--settings", str(REPO / "pelicanconf.py"), "--port", "0"],
        cwd=tmp_path, env=GIT_ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in server.stderr], daemon=True).start()

    def next_line(pattern: str, within: float):
        """The next stderr line matching `pattern`; queue.Empty if none comes `within` seconds."""
        while not (found := re.search(pattern, lines.get(timeout=within))):
            pass
        return found

    try:
        port = next_line(r"at http://127\.0\.0\.1:(\d+)/", within=120).group(1)
        source = f"http://127.0.0.1:{port}/sources/004_94a83aadfb18395f.html"
        assert "Zanzibar" not in urlopen(source).read().decode("utf-8")
        article = corpus / "004_94a83aadfb18395f.txt"
        # The watcher starts just after the banner; edit until a rebuild shows it saw one.
        for attempt in range(30):
            article.write_text(article.read_text(encoding="utf-8") + f"\nZanzibar note {attempt}.\n",
                               encoding="utf-8")
            try:
                rebuilt = next_line(r"\((\d+) read and", within=2)
                break
            except queue.Empty:
                continue
        else:
            pytest.fail("no rebuild after 30 edits")
        assert rebuilt.group(1) == "1"
        assert "Zanzibar note" in urlopen(source).read().decode("utf-8")
    finally:
        server.terminate()
        server.wait(timeout=60)


@pytest.mark.parametrize("layout", [
    ("seeds", "content", "."),            # the working folder itself
    ("seeds", "content", "seeds"),        # the articles
    ("seeds", "site/content", "site"),    # the content inside the output
    ("seeds", "content", "content/site"),  # the output inside the content
    ("seeds", "seeds", "out"),            # the content among the articles
    ("seeds", "content", "docs"),         # a folder of the user's that no build made
    ("seeds", "notes.txt", "out"),        # a file for a folder
    ("seeds", "content", "notes.txt"),
    ("seeds", "content", "site-link"),    # a symbolic link: the swap would replace the link
])
def test_a_build_refuses_a_layout_that_would_delete_or_feed_on_the_users_files(corpus, layout):
    root = corpus.parent
    (root / "notes.txt").write_text("precious", encoding="utf-8")
    (root / "docs").mkdir()
    (root / "docs" / "notes.txt").write_text("keep", encoding="utf-8")
    (root / "site").mkdir(exist_ok=True)
    (root / "site-link").symlink_to(root / "site", target_is_directory=True)
    before = sorted(str(p.relative_to(root)) for p in root.rglob("*"))
    seeds, content, output = layout
    result = timeline("build", "--seeds", seeds, "--content", content, "--output", output, cwd=root)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "--" in result.stderr
    assert sorted(str(p.relative_to(root)) for p in root.rglob("*")) == before  # nothing touched


def test_a_build_replaces_the_site_a_build_made(corpus):
    root = corpus.parent
    for _ in range(2):
        result = timeline("build", "--seeds", "seeds", "--content", "content", "--output", "out", cwd=root)
        assert result.returncode == 0, result.stderr
    assert (root / "out" / "index.html").is_file()


def test_removals_in_the_background_leave_no_zombies_in_a_process_that_keeps_building(tmp_path):
    """`timeline serve` builds again and again in one process: each removal of a replaced site
    must be reaped once it has finished, or every rebuild leaves a defunct process behind (found
    with `ps --ppid` after a few rebuilds of `timeline serve`)."""
    import time

    from pathlib import Path

    from timeline import publish

    if not Path("/proc/self/stat").exists():
        pytest.skip("needs /proc to see a process's state")

    def zombie(pid: int) -> bool:
        try:
            stat = Path(f"/proc/{pid}/stat").read_text()
        except OSError:
            return False  # gone: reaped
        return stat.rsplit(")", 1)[1].split()[0] == "Z"

    pids = []
    for n in range(3):
        folder = tmp_path / f"site-{n}"
        (folder / "events").mkdir(parents=True)
        assert publish.remove_detached(folder)
        pids.append(publish._detached[-1].pid)
        deadline = time.monotonic() + 10
        while not zombie(pids[-1]) and time.monotonic() < deadline:  # finished, not reaped: the
            time.sleep(0.01)  # state it stays in unless the build's process reaps it
    assert not folder.exists()
    assert [pid for pid in pids[:-1] if zombie(pid)] == []


def test_a_staging_folder_left_by_a_killed_build_is_removed_by_the_next(tmp_path):
    """A build killed outright (kill -9, a power cut) leaves its staging folder beside the output,
    full of hard links to the previous site's ~12,000 pages (65 MB at 2,000 articles): found by
    killing builds of the scale corpus, each left a `.output.new-*` that no later build removed.
    The next build removes those whose build is gone, and never one of a build still running."""
    import subprocess

    from timeline import publish

    if os.name != "posix":
        pytest.skip("a build's process is looked up on POSIX only")
    output = tmp_path / "output"
    output.mkdir()
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    killed = tmp_path / f".output.new-{gone.pid}-abcd1234"  # as staging_folder names it
    (killed / "events").mkdir(parents=True)
    (killed / "events" / "x.html").write_text("old page", encoding="utf-8")
    running = tmp_path / f".output.new-{os.getpid()}-efgh5678"  # a build running now (this process)
    running.mkdir()
    staging = publish.staging_folder(output)
    assert staging.name.startswith(f".output.new-{os.getpid()}-")
    assert not killed.exists()
    assert running.is_dir() and staging.is_dir()


def test_a_build_waits_for_the_build_already_running(project, corpus):
    """Two builds of one project at the same time would interleave their page manifests and
    swaps: a build waits while another holds the project's cache, says so, then builds."""
    fcntl = pytest.importorskip("fcntl")
    cache = project / ".timeline-cache"
    cache.mkdir()
    command = [sys.executable, "-m", "timeline.cli", "build", "--seeds", corpus, "--content", project / "content",
               "--output", project / "output", "--cache", cache, "--settings", REPO / "pelicanconf.py"]
    with open(cache / "build.lock", "a") as held:
        fcntl.flock(held, fcntl.LOCK_EX)  # a build already running
        run = subprocess.Popen(list(map(str, command)), cwd=project, env=GIT_ENV, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True)
        assert "waiting for the build already running" in run.stderr.readline()
        assert run.poll() is None and not (project / "output").exists()  # it waits, and has written nothing
    assert run.wait(timeout=300) == 0, run.stderr.read()  # the lock released: it builds
    assert (project / "output" / "index.html").is_file()
