"""Incremental rendering: a page whose inputs did not change is taken from the previous site.

A build renders into an empty folder that then replaces `output/` (see publish.py), so without
help every build renders and writes every page; with thousands of events that is most of an
incremental rebuild. Each event, period, source and entity page gets a fingerprint: the tool's
code, the theme's files, the settings and site-wide values the templates use, and the page's own
view data. A page whose fingerprint is the one recorded for the previous build is hard-linked
(or copied) from the previous `output/` instead of being rendered. The result is the same bytes
as a full render; a clean build is one with no previous manifest.

The manifest of a build is written beside the one it replaces and only becomes "the previous
build's" when the new site has been swapped in (`promote`), so an interrupted build can never
pair the old site with the new fingerprints.

Linking ~12,000 pages is a tenth of a second or more of the kernel's time, so `timeline build`
has another process hard-link every page of the previous manifest into the new folder while it
reads the articles (`Prelink`); a page is then kept if its fingerprint matches, and removed
before it is rendered (a write through a link would change the previous site) or when the new
build has no such page.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from ..cache import tool_fingerprint
from .fragments import ViewDigests

# Settings and context values the page templates read besides the page's own data, and the
# settings of the template engine itself (trim_blocks and the like change every page's bytes).
SITE_WIDE = ("SITENAME", "SITESUBTITLE", "SITEURL", "RELATIVE_URLS", "DEFAULT_LANG",
             "THEME_STATIC_DIR", "AUTHOR", "JINJA_ENVIRONMENT")


def _theme_digest(theme: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(theme.rglob("*")):
        if path.is_file():
            digest.update(path.relative_to(theme).as_posix().encode() + b"\0")
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


class PageReuse:
    """Decides, page by page, whether the previous build's file can stand in for a render."""

    def __init__(self, previous_output: Path, manifest: Path, theme: Path, context: dict, digests=None,
                 output: Path | None = None):
        self.previous = previous_output
        # The previous pages already linked into `output` (`Prelink`), when the build started that.
        self.prelinked = _prelinks.get(os.path.realpath(output)) if output is not None else None
        if self.prelinked is not None:
            self.prelinked.wait()
        self.manifest = manifest
        self.known = self.prelinked.known if self.prelinked is not None else read_manifest(manifest).get("pages", {})
        pages = [(p.title, p.url) for p in context.get("pages", ())]
        site = {key: context.get(key) for key in SITE_WIDE}
        timeline = context.get("timeline")
        self.site_wide = repr((tool_fingerprint(), _theme_digest(theme), sorted(site.items()), pages,
                               getattr(timeline, "split", None)))
        self.fingerprints: dict[str, bytes] = {}
        self.folders: set[str] = set()
        self.reused = 0
        self.site_digest = hashlib.sha256(self.site_wide.encode("utf-8")).hexdigest()
        self.digests = digests or ViewDigests()  # shared with the exports, which hash the same events

    def fingerprint(self, name: str, template: str, page: dict, depends=None) -> str:
        """A hash of the site-wide values, the page, each of its values' digest (fragments.py)
        and `depends`, what else the page is made of."""
        values = [(key, self.digests(value)) for key, value in sorted(page.items())]
        data = repr((self.site_digest, name, template, values, depends))
        return hashlib.sha256(data.encode("utf-8")).digest()

    def take(self, name: str, template: str, page: dict, output: Path, depends=None) -> bool:
        """Put the previous build's `name` into `output` if its inputs are unchanged; when not,
        the caller renders it (after `release`).
        (Plain string paths and one mkdir per folder: this runs for 10,000 pages.)"""
        fingerprint = self.fingerprint(name, template, page, depends)
        self.fingerprints[name] = fingerprint
        if self.known.get(name) != fingerprint:
            return False
        if self.prelinked is not None and self.prelinked.take(name):
            self.reused += 1
            return True
        old, target = os.path.join(self.previous, name), os.path.join(output, name)
        if os.path.islink(old):  # not a page a build wrote: render it (never follow it out of the site)
            return False
        folder = os.path.dirname(target)
        if folder not in self.folders:
            os.makedirs(folder, exist_ok=True)
            self.folders.add(folder)
        try:
            os.link(old, target)  # the old file is never written to again: it only gets unlinked
        except OSError:
            if not os.path.isfile(old):  # gone from the previous site: render it
                return False
            shutil.copy2(old, target)
        self.reused += 1
        return True

    def release(self, name: str) -> None:
        """`name` is about to be rendered: a previous page linked there goes first."""
        if self.prelinked is not None:
            self.prelinked.drop(name)

    def save(self) -> None:
        """Record this build's fingerprints as the next manifest (see `promote`)."""
        if self.prelinked is not None:
            self.prelinked.reused = self.reused  # for the build's report
        path = next_manifest(self.manifest)  # written whole or not at all, failing loudly: a stale
        path.parent.mkdir(parents=True, exist_ok=True)  # manifest must never pair with a new site
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as handle:
                pickle.dump({"pages": self.fingerprints, "reused": self.reused}, handle,
                            protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except BaseException:
            if os.path.exists(tmp):
                os.unlink(tmp)
            raise


# Hard-links each page a manifest names from the previous site into the new folder; prints the
# names it could not link (nor copy). Names are checked to stay inside the folder.
_LINKER = r"""
import os, pickle, shutil, sys
previous, folder, manifest = sys.argv[1:4]
made, missing = set(), []
for name in pickle.load(open(manifest, "rb"))["pages"]:
    parts = name.split("/")
    if name.startswith("/") or ".." in parts or "" in parts or "\\" in name:
        missing.append(name)
        continue
    old, new = os.path.join(previous, name), os.path.join(folder, name)
    if os.path.islink(old):  # no build writes links: one put there is rendered anew, never followed
        missing.append(name)
        continue
    try:
        parent = os.path.dirname(new)
        if parent not in made:
            os.makedirs(parent, exist_ok=True)
            made.add(parent)
        try:
            os.link(old, new)
        except OSError:
            if os.path.lexists(new) or not os.path.isfile(old):
                raise
            shutil.copy2(old, new)
    except OSError:
        missing.append(name)
sys.stdout.write("".join(name + "\n" for name in missing))
"""

# Started links by the folder they fill (one build runs at a time in a process).
_prelinks: dict[str, Prelink] = {}


class Prelink:
    """The previous site's pages (those `manifest` names) hard-linked into `folder` by another
    process, started before the build reads its articles so the linking runs beside it.
    `PageReuse` keeps the pages it takes and drops the others before rendering them; `finish`
    removes the ones no page of the new build claimed. A linker that failed leaves nothing."""

    def __init__(self, previous: Path, folder: Path, manifest: Path):
        self.folder = os.path.realpath(folder)
        self.pending: set[str] | None = None
        self.known = read_manifest(manifest).get("pages", {})  # fingerprints by name, for PageReuse too
        self.names = set(self.known)
        self.process = None
        self.reused = 0  # pages the build took unchanged (`PageReuse.save`)
        if self.known and Path(previous).is_dir():
            self.process = subprocess.Popen(
                [sys.executable, "-I", "-S", "-c", _LINKER, str(previous), self.folder, str(manifest)],
                stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        _prelinks[self.folder] = self

    def wait(self) -> set[str]:
        """The names linked, once the linker has finished."""
        if self.pending is None:
            self.pending = set()
            if self.process is not None:
                out, _ = self.process.communicate()
                if self.process.returncode == 0:
                    self.pending = self.names - set(out.decode("utf-8", "surrogateescape").splitlines())
                else:  # a linker that did not finish: whatever it linked goes
                    self._remove(self.names)
        return self.pending

    def take(self, name: str) -> bool:
        """Keep the linked page `name` (False when it was not linked)."""
        pending = self.wait()
        if name in pending:
            pending.discard(name)
            return True
        return False

    def drop(self, name: str) -> None:
        """Remove the linked page `name`, if any: it is to be rendered anew."""
        pending = self.wait()
        if name in pending:
            pending.discard(name)
            os.unlink(os.path.join(self.folder, name))

    def finish(self) -> None:
        """Remove the linked pages nothing claimed (and folders left empty); stop a linker still
        running (a build that failed early)."""
        if self.process is not None and self.pending is None:
            self.process.kill()
            self.process.communicate()
            self.pending = set(self.names)
        self._remove(self.wait())
        self.pending = set()
        _prelinks.pop(self.folder, None)

    def _remove(self, names) -> None:
        folders = set()
        for name in names:
            path = os.path.join(self.folder, name)
            try:
                os.unlink(path)
            except OSError:
                continue
            folders.add(os.path.dirname(path))
        for folder in sorted(folders, key=len, reverse=True):
            while folder.startswith(self.folder + os.sep):
                try:
                    os.rmdir(folder)  # only when empty
                except OSError:
                    break
                folder = os.path.dirname(folder)


def page_manifest(cache_folder: Path, output: Path) -> Path:
    """Where the fingerprints of the site in `output` are kept: one manifest per output folder,
    so a manifest never vouches for the pages of another folder's older build."""
    key = hashlib.sha256(str(output.absolute()).encode("utf-8")).hexdigest()[:16]
    return cache_folder / f"pages-{key}.pickle"


def read_manifest(manifest: Path) -> dict:
    """{"pages": {name: fingerprint}, "reused": count}; empty when missing or unreadable. (A
    pickle: a JSON manifest of 12,000 pages took a fiftieth of a second to read and to write.)"""
    try:
        data = pickle.loads(manifest.read_bytes())
    except Exception:  # noqa: BLE001 - absent, truncated or foreign: no page is known
        return {}
    return data if isinstance(data, dict) and isinstance(data.get("pages"), dict) else {}


def next_manifest(manifest: Path) -> Path:
    return manifest.with_name(manifest.name + ".next")


def promote(manifest: Path) -> None:
    """After the new site is in place: its fingerprints become the previous build's."""
    pending = next_manifest(manifest)
    if pending.exists():
        os.replace(pending, manifest)


def forget(manifest: Path) -> None:
    """After a failed build: drop the fingerprints of the site that was not swapped in."""
    next_manifest(manifest).unlink(missing_ok=True)
