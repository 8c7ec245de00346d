"""Each event's piece of the export files (CSV row, VEVENT, TimelineJS slide), kept between builds.

The exports hold every event, so without help an incremental rebuild formats all of them again
for every file. A piece is stored under the file's own parameters and a hash of the event's
complete view data (of its `repr`, which names every field of every object in it), in a store
tied to the code (`tool_fingerprint`), so a piece is only ever used for the very data it was
made from. The store is a folder of pickles in the cache folder (shards by the event's digest)
holding the pieces the last build used; an unreadable store is only a slower build.
"""
from __future__ import annotations

import hashlib
from dataclasses import fields
from pathlib import Path

from ..known_files import ParsedFiles
from .views import EntityView, EventView, Pager, SourceView


class ViewDigests:
    """A hash of a value's `repr` (which names every field of every object in it). An event
    view's is computed once per build, as its page fingerprint, the pages listing it and its
    export pieces all need it; the views that hold events (a source page, an entity, a page of a
    list) are hashed from their own fields and their events' digests, and their neighbours by
    what a page shows of them (URL, number, title), so no page hashes the whole chain of pages.
    Holds the views, so an id is never reused while it is kept."""

    def __init__(self):
        self._memo: dict[int, tuple[object, str]] = {}

    def __call__(self, value) -> str:
        kind = type(value)
        if kind is EventView:
            hit = self._memo.get(id(value))
            if hit is None:
                hit = self._memo[id(value)] = (value, _digest(_event_key(value)))
            return hit[1]
        if kind is SourceView and value.origin:  # its file, and what the build adds from elsewhere
            return _digest(repr((value.origin, value.slug, value.url, [self(e) for e in value.events],
                                 sorted(value.article.links.items()) if value.article else None)))
        if kind is SourceView:  # every field's repr, its events' by their digests
            return _digest(repr([(f.name, [self(e) for e in value.events] if f.name == "events"
                                  else value.article.digest() if f.name == "article" and value.article
                                  else repr(getattr(value, f.name))) for f in fields(SourceView)]))
        if kind is Pager or kind is EntityView:
            hit = self._memo.get(id(value))
            if hit is None:
                hit = self._memo[id(value)] = (value, _digest(repr(self._parts(value))))
            return hit[1]
        if kind is str or kind is bool or kind is int or value is None:
            return repr(value)  # short already: hashed with the rest of the page's fingerprint
        return _digest(repr(value))

    def _parts(self, value) -> list:
        parts = []
        for f in fields(value):
            item = getattr(value, f.name)
            if f.name == "events":
                item = [self(e) for e in item]
            elif f.name in ("prev", "next"):
                item = item and (item.url, item.number, item.title)
            elif f.name == "sections":
                item = [(s.label, s.anchor, [e.id for e in s.events]) for s in item]
            elif f.name == "pages":
                item = [(p.url, p.number, p.title) for p in item]
            parts.append((f.name, item))
        return parts


def _event_key(view: EventView) -> str:
    """What an event view is made of: with its `origin`, the event file (which gives the title,
    date, text, quotes and the rest) and what build_site_model adds from elsewhere; without, the
    whole view. (Hashing the file's known hash instead of every quote and text saves a tenth of
    a second at 10,000 events.)"""
    if not view.origin:
        return repr(view)
    return repr((view.origin, view.id, view.url, [(r.name, r.url) for r in view.entities],
                 [(s.title, s.url) for s in view.sources], view.independent, view.reported, view.key,
                 view.listing))


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Fragments:
    """The `fragment` callable the export functions take (see exports._compute). The store is a
    folder of shards by the event's digest (known_files.ParsedFiles), so a build that changes a
    few events writes a few small files instead of the 14 MB of every piece again."""

    def __init__(self, store: Path | None, digests: ViewDigests | None = None):
        self.pieces = ParsedFiles(store)
        self.digests = digests or ViewDigests()
        self.made = 0  # pieces not found in the store

    @classmethod
    def for_cache(cls, cache: Path | None, digests: ViewDigests | None = None) -> Fragments:
        if cache is None:
            return cls(None, digests)
        (Path(cache) / "exports.pickle").unlink(missing_ok=True)  # the store before shards
        return cls(Path(cache) / "exports", digests)

    def __call__(self, kind: str, params: tuple, event, make) -> str:
        key = (kind, params, self.digests(event))
        text = self.pieces.get(key)
        if text is None:
            text = make()
            self.pieces.put(key, text)
            self.made += 1
        return text

    def save(self) -> None:
        """Keep the pieces this build used (only the shards whose pieces changed are written)."""
        self.pieces.save()
