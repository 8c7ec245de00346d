"""Content files recognised by their stat signature instead of being read again.

An incremental build would otherwise read all of `content/` twice (to keep people's edits, then
to render it): with 10,000 events that is most of its time. Like git's index, this records for
each file its signature (inode, size, modification and change times) and the hash of its text
when it was last read or written. A file whose signature is unchanged has the recorded text:
any write, rename or `touch` sets the change time to the current time, which no tool can set
back. One caveat, also git's: a file changed twice within one tick of the file system's clock
keeps its signature, so an entry whose change time is not clearly older than the moment its
text was known ("racy": every file just written) is only trusted once `settle` has read the file
again, later, and found the same text; until then the file is read.

The index lives in the cache folder, one per content folder; without one, files are read.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from .cache import Cache, tool_fingerprint

# A change within this long before a file was read may share its time stamp with the read.
RACY_NS = 2_000_000_000


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _store(cache: Path, kind: str, root: Path) -> Path:
    """One store of each kind per content folder, so no folder's entries vouch for another's."""
    key = hashlib.sha256(str(root).encode("utf-8")).hexdigest()[:16]
    return Path(cache) / f"{kind}-{key}.pickle"


def _signature(stat: os.stat_result) -> list[int]:
    return [stat.st_ino, stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns]


@dataclass
class Known:
    """What is known of a file's text: its hash and whether it is an untouched generated file."""

    sha: str
    untouched: bool


class KnownFiles:
    """{file name: signature, text hash, untouched} for the files of one folder tree."""

    def __init__(self, store: Path | None, root: Path):
        self.store, self.root = store, root
        self._prefix = str(root) + os.sep
        self.entries: dict[str, list] = {}
        self.seen: dict[str, list] = {}
        if store is not None:
            try:
                data = pickle.loads(store.read_bytes())
                if data["about"] == self._about():
                    self.entries = data["files"]
            except Exception:  # noqa: BLE001 - absent, truncated or foreign: nothing is known
                pass

    def _about(self) -> tuple[str, str]:
        """What the entries are valid for: this folder, and this code (it decides `untouched`)."""
        return str(self.root.absolute()), tool_fingerprint()

    @classmethod
    def for_folder(cls, cache: Path | None, root: Path) -> KnownFiles:
        """The index of `root` kept in the cache folder `cache` (none kept when `cache` is None).
        Within `one_build()`, the same index each time, with what it has seen so far."""
        root = root.resolve()
        store = None if cache is None else _store(cache, "files", root)
        if store is None or _shared is None:
            return cls(store, root)
        key = store.resolve()  # the cache folder may be named relatively or not
        index = _shared.get(key)
        if index is None:
            index = _shared[key] = cls(store, root)
        return index

    def _name(self, path: Path | str) -> str:
        text, prefix = str(path), self._prefix
        # Cheaper than Path.relative_to, which this is called for on every content file.
        if text.startswith(prefix):
            return text[len(prefix):].replace(os.sep, "/")
        # A relative path ("content/events/x.md", as `make site` gives) or one through a symlink.
        path = Path(os.path.abspath(path))
        if not str(path).startswith(prefix):
            path = path.resolve()
        return path.relative_to(self.root).as_posix()

    def known(self, path: Path | str) -> Known | None:
        """The recorded facts of `path` when its signature vouches for them, else None. (Paths
        may be plain strings: building a Path for each of 10,000 files costs more than the rest.)"""
        name = self._name(path)
        if name in self.seen:  # looked at, read or written in this run
            signature, sha, untouched, _ = self.seen[name]
            return Known(sha, untouched)
        entry = self.entries.get(name)
        if entry is None:
            return None
        try:
            stat = os.stat(path)
        except OSError:
            return None
        signature, sha, untouched, trusted = entry
        if not trusted or signature != _signature(stat):
            return None
        self.seen[name] = entry
        return Known(sha, untouched)

    def read(self, path: Path | str, untouched: Callable[[bytes], bool] | None = None) -> tuple[bytes, Known]:
        """Read `path` and record it; `untouched(data)` decides the flag (False when not given)."""
        began = time.time_ns()
        with open(path, "rb") as handle:
            data = handle.read()
        stat = os.stat(path)  # after reading: a change in between makes the entry racy, not wrong
        known = Known(digest(data), bool(untouched and untouched(data)))
        self._record(path, stat, known, began)
        return data, known

    def wrote(self, path: Path | str, text: str, untouched: bool) -> None:
        """Record a file this tool has just written with `text`."""
        began = time.time_ns()
        self._record(path, os.stat(path), Known(digest(text.encode("utf-8")), untouched), began)

    def _record(self, path: Path | str, stat: os.stat_result, known: Known, began: int) -> None:
        trusted = max(stat.st_mtime_ns, stat.st_ctime_ns) < began - RACY_NS
        self.seen[self._name(path)] = [_signature(stat), known.sha, known.untouched, trusted]

    def settle(self) -> None:
        """Trust the racy entries whose files have since aged past the racy window and still hold
        the recorded text (read again to make sure); drop those that changed."""
        now = time.time_ns()
        for name, entry in list(self.entries.items()):
            signature, sha, untouched, trusted = entry
            if trusted or max(signature[2], signature[3]) >= now - RACY_NS:
                continue
            path = self.root / name
            try:
                data = path.read_bytes()
                same = _signature(path.stat()) == signature and digest(data) == sha
            except OSError:
                same = False
            if same:
                entry[3] = True
            else:
                del self.entries[name]
                self.seen.pop(name, None)

    def save(self, keep_unseen: bool = False, deferred: bool = False) -> None:
        """Keep the entries of the files looked at in this run (the others may be gone), or all.
        `deferred`: within `one_build`, a later save writes the store (writing the content
        index, 10,000 entries, takes a hundredth of a second, once per step otherwise; a build
        that fails before the last only has to read the files again)."""
        if self.store is None:
            return
        files = {**self.entries, **self.seen} if keep_unseen else dict(self.seen)
        if deferred and _shared is not None:
            self.entries = files
            return
        Cache._store(self.store, pickle.dumps({"about": self._about(), "files": files},
                                              protocol=pickle.HIGHEST_PROTOCOL))
        self.entries = files  # what a new index of this folder would read now


# The indexes of one build, by store (see `one_build`); None outside a build.
_shared: dict[Path, KnownFiles] | None = None


@contextmanager
def one_build():
    """Within it, the steps of one build share each folder's index: the build writes the content
    files, renders them and settles the index, and each step would otherwise load the index
    again and look at every file again (10,000 of them) to learn what the step before knew."""
    global _shared
    previous, _shared = _shared, {}
    try:
        yield
    finally:
        _shared = previous


class ParsedFiles:
    """Content files as parsed, by (kind, file name, hash of the bytes): with `KnownFiles`, an
    unchanged file is neither read nor parsed. Entries are flat tuples, quicker to load than the
    objects. The store, tied to this code, is cut into shards by hash, and only the shards whose
    entries changed are written again; each keeps the entries used by the last run."""

    def __init__(self, store: Path | None):
        self.store = store
        self.entries: dict[str, dict[tuple, tuple]] = {}
        self.used: dict[str, dict[tuple, tuple]] = {}
        if store is None or not store.is_dir():
            return
        for path in store.glob("*.pickle"):
            try:
                data = pickle.loads(path.read_bytes())
                self.entries[path.stem] = data["entries"] if data["about"] == tool_fingerprint() else {}
            except Exception:  # noqa: BLE001 - truncated or foreign: nothing is known (and it goes)
                self.entries[path.stem] = {}

    @classmethod
    def for_folder(cls, cache: Path | None, root: Path) -> ParsedFiles:
        return cls(None if cache is None else _store(cache, "parsed", root.resolve()).with_suffix(""))

    @staticmethod
    def _shard(key: tuple) -> str:
        return key[-1][:2]  # the key ends with the file's hash

    def get(self, key: tuple) -> tuple | None:
        shard = self._shard(key)
        value = self.entries.get(shard, {}).get(key)
        if value is not None:
            self.used.setdefault(shard, {})[key] = value
        return value

    def put(self, key: tuple, value: tuple) -> None:
        self.used.setdefault(self._shard(key), {})[key] = value

    def save(self) -> None:
        if self.store is None:
            return
        for shard in sorted(set(self.entries) | set(self.used)):
            used = self.used.get(shard, {})
            if shard in self.entries and used.keys() == self.entries[shard].keys() and used:
                continue
            path = self.store / f"{shard}.pickle"
            if not used:
                path.unlink(missing_ok=True)
            else:
                Cache._store(path, pickle.dumps({"about": tool_fingerprint(), "entries": used},
                                                protocol=pickle.HIGHEST_PROTOCOL))
