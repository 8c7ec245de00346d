"""Getting the built site out: swapping a finished build into `output/`, publishing it with
ghp-import, and serving it locally while rebuilding on change.

A build renders into a fresh folder beside `output/` and swaps it in only when it finished, so a
failed or interrupted build leaves the previous site whole. Every build also leaves a record
(in the cache folder, not in the site) saying whether it finished; `publish` reads it to refuse a
site whose last build failed, rather than silently publishing the older one still in `output/`.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Callable, Iterable


class PublishError(Exception):
    """Why the site was not published, in one line a person can act on."""


@dataclass
class BuildRecord:
    ok: bool
    reason: str = ""
    problems: int = 0


def _record_path(cache: Path, output: Path) -> Path:
    name = hashlib.sha256(str(output.resolve()).encode("utf-8")).hexdigest()[:16]
    return cache / "builds" / f"{name}.json"


def write_build_record(cache: Path, output: Path, record: BuildRecord) -> None:
    """Written before a build starts (as unfinished) and again when it ends."""
    path = _record_path(cache, output)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump({"output": str(output.resolve()), **asdict(record)}, handle)
    os.replace(tmp, path)


def read_build_record(cache: Path, output: Path) -> BuildRecord | None:
    """The record of the last build into `output`, or None when no `timeline build` made it."""
    try:
        data = json.loads(_record_path(cache, output).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return BuildRecord(bool(data.get("ok")), str(data.get("reason", "")), int(data.get("problems", 0)))


def check_layout(seeds: Path, content: Path, output: Path, cache: Path) -> None:
    """Raise PublishError when a build into `output` could destroy or feed on the user's files.

    A build replaces `output/` whole, so it must not be (or hold) the working folder, the
    articles, the content or the cache; the content must not lie among the articles (the tool
    would read its own Markdown as articles) nor the articles in the content (Pelican would read
    them as pages). An existing folder no build made is refused too: its files would be deleted.
    """
    if output.is_symlink():  # the swap would replace the link, and the next build trip on it
        raise PublishError(f"--output {output} is a symbolic link; give the folder it points to, "
                           f"{output.resolve()}")
    here = Path.cwd().resolve()
    seeds, content, output, cache = (p.resolve() for p in (seeds, content, output, cache))

    def within(inner: Path, outer: Path) -> bool:
        return inner == outer or outer in inner.parents

    for name, folder in (("--content", content), ("--output", output), ("--cache", cache)):
        if folder.exists() and not folder.is_dir():
            raise PublishError(f"{name} {folder} is a file, not a folder")
    if within(here, output):
        raise PublishError(f"--output {output} holds the working folder; a build replaces it whole: "
                           f"give a folder of its own, such as output/")
    for name, folder in (("--seeds", seeds), ("--content", content), ("--cache", cache)):
        if within(folder, output) or within(output, folder):
            raise PublishError(f"--output {output} and {name} {folder} overlap; a build replaces the output "
                               f"folder whole: keep them apart")
    if within(content, seeds) or within(seeds, content):
        raise PublishError(f"--content {content} and --seeds {seeds} overlap: the articles and the event "
                           f"files must be kept apart")
    if output.is_dir() and any(output.iterdir()) and read_build_record(cache, output) is None \
            and not ((output / "index.html").is_file() and (output / "timeline-data.js").is_file()):
        raise PublishError(f"--output {output} already holds files no `timeline build` made, and a build "
                           f"replaces it whole: give a new or empty folder, or remove it first")


def staging_folder(output: Path) -> Path:
    """A new empty folder beside `output` (same file system) for a build to render into, named
    after this process; those of builds whose process is gone (killed outright: they hold hard
    links to a whole older site) are removed first."""
    output = output.absolute()
    output.parent.mkdir(parents=True, exist_ok=True)
    _remove_stale_staging(output)
    staging = Path(tempfile.mkdtemp(dir=output.parent, prefix=f".{output.name}.new-{os.getpid()}-"))
    staging.chmod(0o755)  # mkdtemp makes it private; a site is meant to be read
    return staging


def _remove_stale_staging(output: Path) -> None:
    """Remove the staging folders beside `output` whose build's process no longer runs (POSIX:
    elsewhere, and for folders not named by `staging_folder`, nothing is removed)."""
    if os.name != "posix":
        return
    prefix = f".{output.name}.new-"
    try:
        names = [name for name in os.listdir(output.parent) if name.startswith(prefix)]
    except OSError:
        return
    for name in names:
        pid = name[len(prefix):].split("-", 1)[0]
        if not pid.isdigit() or "-" not in name[len(prefix):]:
            continue
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:  # gone: its build can never finish
            shutil.rmtree(output.parent / name, ignore_errors=True)
        except OSError:  # alive (or not ours to ask about): left alone
            pass


def render_atomically(output: Path, render: Callable[[Path], None], staging: Path | None = None,
                      trash: Path | None = None) -> None:
    """Call `render(folder)` on an empty folder beside `output`, then swap it in as `output`.

    The folder is on the same file system, so the swap is two renames; if `render` raises (or
    the process is interrupted) the half-written folder is removed and `output` is untouched.
    Rendering into an empty folder also means no page of an older build lingers in the site.
    `staging`: the folder, made by `staging_folder` (the build links the previous pages into it
    beforehand: reuse.Prelink); it is removed in any case. `trash`: a folder (the cache's) the
    replaced site is moved into and removed from by another process that nobody waits for (its
    ~12,000 files took a tenth of a second); without it, or on another file system, the replaced
    site is removed before returning.
    """
    output = output.absolute()
    try:
        staging = staging or staging_folder(output)
        render(staging)
        retired = _swap_in(staging, output, trash)
    finally:
        if staging is not None:
            shutil.rmtree(staging, ignore_errors=True)
    if retired is not None and not (trash is not None and retired.parent == trash and remove_detached(retired)):
        shutil.rmtree(retired, ignore_errors=True)


def _swap_in(staging: Path, output: Path, trash: Path | None = None) -> Path | None:
    """Put `staging` in place of `output`; return the folder the replaced site was moved to:
    into `trash` when it is on the same file system, else beside `output`."""
    if not output.exists():
        os.replace(staging, output)
        return None
    retired = None
    if trash is not None:
        try:
            trash.mkdir(parents=True, exist_ok=True)
            retired = Path(tempfile.mkdtemp(dir=trash, prefix="site-"))
            os.replace(output, retired)
        except OSError:  # another file system (or no trash): beside the output
            if retired is not None:
                shutil.rmtree(retired, ignore_errors=True)
            retired = None
    if retired is None:
        retired = Path(tempfile.mkdtemp(dir=output.parent, prefix=f".{output.name}.old-"))
        os.replace(output, retired)
    try:
        os.replace(staging, output)
    except OSError:
        os.replace(retired, output)
        raise
    return retired


_detached: list[subprocess.Popen] = []  # held, so that no handle is collected while it runs


def remove_detached(*folders: Path) -> bool:
    """Remove `folders` in another process, in a session of its own that outlives this one;
    False when no such process could be started (POSIX only)."""
    if os.name != "posix" or not folders:
        return False
    # The removals that finished are reaped (`poll`): a process that builds again and again
    # (`timeline serve`) would otherwise keep one defunct process per build.
    _detached[:] = [process for process in _detached if process.poll() is None]
    try:
        _detached.append(subprocess.Popen(
            [sys.executable, "-I", "-S", "-c",
             "import shutil, sys\nfor folder in sys.argv[1:]: shutil.rmtree(folder, True)", *map(str, folders)],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            start_new_session=True))
    except OSError:
        return False
    return True


def empty_trash(trash: Path) -> None:
    """Remove what a removal that was stopped left in `trash` (the ones running finish it)."""
    try:
        left = [trash / name for name in os.listdir(trash)]
    except OSError:
        return
    if left and not remove_detached(*left):
        for folder in left:
            shutil.rmtree(folder, ignore_errors=True)


def check_publishable(output: Path, record: BuildRecord | None) -> None:
    """Raise PublishError when `output` is missing, empty, or its last build failed."""
    if not output.is_dir():
        raise PublishError(f"{output}/ does not exist: run `timeline build` first")
    if record is not None and not record.ok:
        raise PublishError(f"the last build into {output}/ failed ({record.reason}); "
                           f"{output}/ still holds an older build. Fix the problem and build again")
    if not (output / "index.html").is_file():
        raise PublishError(f"{output}/ has no index.html: it is not a built site (empty or failed build)")


def publish(output: Path, remote: str, branch: str, cname: str | None, message: str) -> None:
    """Commit exactly the files of `output` (plus .nojekyll and CNAME) to `branch` and push it.

    ghp-import writes the commit with `git fast-import` straight onto the branch, so the working
    tree and the current branch are never touched. It must run inside the project's git checkout.
    """
    from ghp_import import GhpError, ghp_import

    try:
        ghp_import(str(output), remote=remote, branch=branch, mesg=message, push=True,
                   nojekyll=True, cname=cname or None)
    except GhpError as exc:
        raise PublishError(f"git: {exc.message}") from None
    except subprocess.CalledProcessError:
        raise PublishError(f"git push {remote} {branch} failed (see git's message above)") from None


def serve_in_background(output: Path, bind: str, port: int):
    """Pelican's development server on `output` in a thread; returns the server (for its port).

    It resolves each request against the path, not an open folder, so it keeps serving the new
    site after a rebuild swaps `output` in.
    """
    from pelican.server import ComplexHTTPRequestHandler, RootedHTTPServer

    handler = type("Handler", (ComplexHTTPRequestHandler,), {})  # base_path is set per class
    server = RootedHTTPServer(str(output.absolute()), (bind, port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def wait_for_changes(paths: Iterable[Path], ignore: Iterable[Path] = ()) -> set[str]:
    """Block until a file under `paths` changes; return the changed paths.

    Hidden files (the manifests, temporary files) and the `ignore` folders are what a build writes
    itself, so they never trigger another build.
    """
    import watchfiles

    ignored = [str(p.absolute()) for p in ignore]

    def wanted(_change, path: str) -> bool:
        return not Path(path).name.startswith(".") and not any(
            path == i or path.startswith(i + os.sep) for i in ignored)

    watched = [str(p) for p in paths if p.exists()]
    for changes in watchfiles.watch(*watched, watch_filter=wanted, raise_interrupt=False):
        return {path for _, path in changes}
    return set()
