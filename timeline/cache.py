"""A content-addressed cache of per-document work, under `.timeline-cache/` by default.

An entry's key hashes everything its result depends on: the input (an article's bytes and what
shapes how it is read, or a dated document as a whole) and a fingerprint of the tool (its version,
every file of the `timeline` package, the libraries that read articles, Python itself). Change any
of them and the key changes, so an entry is never stale, only unused; a build from the cache gives
the same bytes as a clean one. Entries are pickles this tool wrote into the project's own folder,
trusted as much as the code; an unreadable one is recomputed and overwritten.
"""
from __future__ import annotations

import hashlib
import importlib.metadata
import os
import pickle
import shutil
import sys
import tempfile
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Callable, TypeVar

from . import __version__

DEFAULT_FOLDER = Path(".timeline-cache")
PACKAGE = Path(__file__).resolve().parent
# Libraries whose results the cache stores (reading HTML, front matter and dates).
LIBRARIES = ("trafilatura", "lxml", "dateparser", "pyyaml")

T = TypeVar("T")


def _library_version(name: str) -> str:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return "absent"


@lru_cache(maxsize=1)
def tool_fingerprint() -> str:
    """A hash of the code that produces cached results: any edit to the package changes it."""
    digest = hashlib.sha256(f"timeline {__version__}\npython {sys.version}\n".encode())
    for name in LIBRARIES:
        digest.update(f"{name} {_library_version(name)}\n".encode())
    for path in sorted(PACKAGE.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.relative_to(PACKAGE).as_posix().encode() + b"\0")
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def cache_key(stage: str, *parts: str | bytes) -> str:
    """The key of a `stage` result computed from `parts`; each part is length-prefixed so no two
    different inputs hash alike by running together."""
    digest = hashlib.sha256(f"{tool_fingerprint()}\n{stage}\n".encode())
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "big") + data)
    return digest.hexdigest()


class Cache:
    """Results by stage and key, with per-stage hit and miss counts for reports.

    Each stage's entries are one file (`<stage>/<version>/entries.pickle`), read once when the
    stage is first asked for and written by `save` when entries were added: one file read instead
    of thousands (an incremental rebuild of 2,000 articles looked up 6,000 entries). Each entry is
    kept as its own pickle inside it, so a damaged entry is only a miss and saving does not pickle
    the results again. A save keeps the entries this run used and as many of the others (the
    newest), so a store does not grow with every edit of an article."""

    def __init__(self, folder: Path = DEFAULT_FOLDER):
        self.folder = Path(folder)
        self.hits: Counter[str] = Counter()
        self.misses: Counter[str] = Counter()
        self._entries: dict[str, dict[str, bytes]] = {}
        self._used: dict[str, dict[str, bytes]] = {}
        self._added: set[str] = set()

    def get_or_compute(self, stage: str, parts: tuple[str | bytes, ...], compute: Callable[[], T]) -> T:
        """The cached result for these inputs, or `compute()`'s, stored for next time."""
        found, value = self.get(stage, parts)
        if not found:
            value = compute()
            self.put(stage, parts, value)
        return value

    def get(self, stage: str, parts: tuple[str | bytes, ...]) -> tuple[bool, object]:
        """(True, result) when these inputs have a readable entry, else (False, None); counted.

        Apart from `put` so that a parallel run can look up every document first and send only
        the misses to its workers, which need no access to the cache folder."""
        key = cache_key(stage, *parts)
        data = self._stage(stage).get(key)
        try:
            value = pickle.loads(data)
        except Exception:  # noqa: BLE001 - absent, truncated or foreign: each is only a miss
            self.misses[stage] += 1
            return False, None
        self._used[stage][key] = data
        self.hits[stage] += 1
        return True, value

    def put(self, stage: str, parts: tuple[str | bytes, ...], value: object) -> None:
        key = cache_key(stage, *parts)
        data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        self._stage(stage)[key] = self._used[stage][key] = data
        self._added.add(stage)

    def save(self) -> None:
        """Write the stores of the stages that got new entries (see the class docstring)."""
        for stage in sorted(self._added):
            used = self._used[stage]
            others = [(key, data) for key, data in self._entries[stage].items() if key not in used]
            kept = dict(others[len(others) - len(used) - 16:] if len(others) > len(used) + 16 else others)
            kept.update(used)  # oldest first: the entries this run used go last
            self._store(self._path(stage), pickle.dumps({"about": tool_fingerprint(), "entries": kept},
                                                        protocol=pickle.HIGHEST_PROTOCOL))
            self._entries[stage] = kept
        self._added.clear()

    def load(self, stage: str) -> object:
        """The one value `store` kept for `stage` (what a step keeps of its last run to work
        incrementally, valid for this code only), or None; counted as a hit or a miss."""
        try:
            data = pickle.loads(self._path(stage, "state").read_bytes())
            if data["about"] == tool_fingerprint():
                self.hits[stage] += 1
                return data["value"]
        except Exception:  # noqa: BLE001 - absent, truncated or foreign: nothing is known
            pass
        self.misses[stage] += 1
        return None

    def store(self, stage: str, value: object) -> None:
        """Keep `value` as `stage`'s one value (see `load`), replacing the last."""
        self._store(self._path(stage, "state"), pickle.dumps({"about": tool_fingerprint(), "value": value},
                                                             protocol=pickle.HIGHEST_PROTOCOL))

    def _stage(self, stage: str) -> dict[str, bytes]:
        entries = self._entries.get(stage)
        if entries is None:
            entries = {}
            try:
                data = pickle.loads(self._path(stage).read_bytes())
                if data["about"] == tool_fingerprint():
                    entries = data["entries"]
            except Exception:  # noqa: BLE001 - absent, truncated or foreign: nothing is known
                pass
            self._entries[stage], self._used[stage] = entries, {}
        return entries

    def _path(self, stage: str, name: str = "entries") -> Path:
        # One folder per version of the tool, so the entries of older versions can go at once.
        return self.folder / stage / tool_fingerprint()[:16] / f"{name}.pickle"

    def prune(self) -> int:
        """Remove the entries older versions of the tool wrote for the stages used in this run
        (every edit to the code or upgrade makes a new set: left alone, the cache would only
        grow). The number of entries removed."""
        current, removed = tool_fingerprint()[:16], 0
        for stage in sorted(set(self.hits) | set(self.misses)):
            try:
                children = list((self.folder / stage).iterdir())
            except OSError:
                continue
            for child in children:
                try:
                    if child.is_dir() and child.name != current:
                        removed += sum(1 for _ in child.iterdir())
                        shutil.rmtree(child)
                    elif child.is_file() and child.suffix == ".pickle":  # the layout before versions
                        child.unlink()
                        removed += 1
                except OSError:
                    continue  # a cache that cannot be cleaned costs disk, never the build
        return removed

    @staticmethod
    def _store(path: Path, data: bytes) -> None:
        """Write beside the entry and rename, so a concurrent reader never sees half of it; a cache
        that cannot be written (read-only or full disk) costs speed, never the build."""
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
            try:
                with os.fdopen(fd, "wb") as handle:
                    handle.write(data)
                os.replace(tmp, path)
            except BaseException:
                os.unlink(tmp)
                raise
        except OSError:
            pass
