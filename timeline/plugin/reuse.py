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
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path

from ..cache import tool_fingerprint
from ..content import atomic_write
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

    def __init__(self, previous_output: Path, manifest: Path, theme: Path, context: dict, digests=None):
        self.previous = previous_output
        self.manifest = manifest
        self.known = read_manifest(manifest).get("pages", {})
        pages = [(p.title, p.url) for p in context.get("pages", ())]
        site = {key: context.get(key) for key in SITE_WIDE}
        timeline = context.get("timeline")
        self.site_wide = repr((tool_fingerprint(), _theme_digest(theme), sorted(site.items()), pages,
                               getattr(timeline, "split", None)))
        self.fingerprints: dict[str, str] = {}
        self.folders: set[str] = set()
        self.reused = 0
        self.site_digest = hashlib.sha256(self.site_wide.encode("utf-8")).hexdigest()
        self.digests = digests or ViewDigests()  # shared with the exports, which hash the same events

    def fingerprint(self, name: str, template: str, page: dict, depends=None) -> str:
        """A hash of the site-wide values, the page, each of its values' digest (fragments.py)
        and `depends`, what else the page is made of."""
        values = [(key, self.digests(value)) for key, value in sorted(page.items())]
        data = repr((self.site_digest, name, template, values, depends))
        return hashlib.sha256(data.encode("utf-8")).hexdigest()

    def take(self, name: str, template: str, page: dict, output: Path, depends=None) -> bool:
        """Put the previous build's `name` into `output` if its inputs are unchanged.
        (Plain string paths and one mkdir per folder: this runs for 10,000 pages.)"""
        fingerprint = self.fingerprint(name, template, page, depends)
        self.fingerprints[name] = fingerprint
        if self.known.get(name) != fingerprint:
            return False
        old, target = os.path.join(self.previous, name), os.path.join(output, name)
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

    def save(self) -> None:
        """Record this build's fingerprints as the next manifest (see `promote`)."""
        atomic_write(next_manifest(self.manifest),
                     json.dumps({"pages": self.fingerprints, "reused": self.reused}, sort_keys=True,
                                separators=(",", ":")))  # no indent: json's C encoder, 10x quicker


def page_manifest(cache_folder: Path, output: Path) -> Path:
    """Where the fingerprints of the site in `output` are kept: one manifest per output folder,
    so a manifest never vouches for the pages of another folder's older build."""
    key = hashlib.sha256(str(output.absolute()).encode("utf-8")).hexdigest()[:16]
    return cache_folder / f"pages-{key}.json"


def read_manifest(manifest: Path) -> dict:
    """{"pages": {name: fingerprint}, "reused": count}; empty when missing or unreadable."""
    try:
        data = json.loads(manifest.read_text(encoding="utf-8"))
    except (OSError, ValueError):
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
