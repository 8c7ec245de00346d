"""Content files: one Markdown file per event and per source, readable and hand-editable.

Event files are Pelican-style `Key: value` lines, a blank line, and the event text. The event's
date is kept in our own `Event-Date`/`Precision` keys (TIMEX3 values: "2024", "2025-W07",
"BC0044"), never in Pelican's `Date`, which cannot hold them. Each generated file records a hash
of what was generated: a file whose text no longer matches it was edited by a person and is kept
as it is; a generated file that disappeared was deleted by a person and stays deleted (its slug and
sources are written to `.deleted`). `force=True` regenerates everything.
"""
from __future__ import annotations

import hashlib
import os
import re
import tempfile
from dataclasses import astuple, dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING

from .model import Document, Event, Source
from .temporal.values import interval, precision as value_precision
from .text import safe_path_slug, squash

if TYPE_CHECKING:
    from .known_files import Known, KnownFiles, ParsedFiles

MANIFEST = ".generated"
TOMBSTONES = ".deleted"
_SOURCE_LINE = re.compile(r"(?P<doc>.+?) \| (?P<start>\d+)-(?P<end>\d+) \| (?P<timex>.*?)(?: \| (?P<value>\S*))?$")


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def atomic_write(path: Path, text: str) -> None:
    """Write to a temporary file beside `path`, then rename: a crash never leaves half a file.
    The file keeps its mode when it existed, else gets the one `open` would give it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        try:
            mode = os.stat(path).st_mode & 0o7777
        except OSError:  # what `open(path, "w")` gives: mkstemp's files are private (0600), and a
            mode = 0o666 & ~_umask()  # private site file cannot be served by a web server's user
        os.fchmod(fd, mode)
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def _one_line(value: str) -> str:
    return squash(str(value))


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def render_event(event: Event) -> str:
    """The text of an event file, with its generation hash as the last header line."""
    lines = [f"Title: {_one_line(event.title)}", f"Event-Date: {event.date}",
             f"Precision: {event.precision}", f"Kind: {event.kind}"]
    if event.mod:
        lines.append(f"Mod: {event.mod}")
    if event.entities:
        lines.append("Entities: " + "; ".join(event.entities))
    for conflict in event.conflicts:
        lines.append(f"Conflict: {_one_line(conflict)}")
    for n, source in enumerate(event.sources, 1):
        lines.append(f"Source-{n}: {source.document} | {source.start}-{source.end} | "
                     f"{_one_line(source.timex)} | {source.value}")
        lines.append(f"Quote-{n}: {_one_line(source.quote)}")
        if source.anchor:
            lines.append(f"Resolved-{n}: {_one_line(source.anchor)}")
    head, body = "\n".join(lines), _one_line(event.text) + "\n"
    return f"{head}\nGenerated: {_digest(head + chr(10) * 2 + body)}\n\n{body}"


def split_header(text: str) -> tuple[dict[str, str], list[tuple[str, str]], str]:
    """(metadata, ordered key/value pairs, body) of a `Key: value` file."""
    head, _, body = text.replace("\r\n", "\n").partition("\n\n")
    pairs = []
    for line in head.split("\n"):
        key, sep, value = line.partition(":")
        if sep and re.fullmatch(r"[A-Za-z][\w-]*", key.strip()):
            pairs.append((key.strip().lower(), value.strip()))
        elif pairs and line.startswith((" ", "\t")):
            k, v = pairs[-1]
            pairs[-1] = (k, f"{v} {line.strip()}")
    return dict(pairs), pairs, body


def is_untouched(text: str) -> bool:
    """True when the file is exactly as generated (its recorded hash still matches)."""
    meta, _, body = split_header(text)
    recorded = meta.get("generated")
    if not recorded:
        return False
    head = text.replace("\r\n", "\n").partition("\n\n")[0]
    original_head = "\n".join(line for line in head.split("\n") if not line.startswith("Generated:"))
    return _digest(original_head + "\n\n" + body) == recorded


def parse_event(text: str, slug: str) -> Event:
    """An event file -> Event (used for hand-written and edited files too)."""
    meta, pairs, body = split_header(text)
    date = meta.get("event-date", "").strip()
    if not date:
        raise ValueError("no Event-Date")
    if interval(date) is None:
        raise ValueError(f"Event-Date {date!r} is not a date (write it as 2024, 2024-06, 2024-06-05 or 2024-W07)")
    sources: dict[int, Source] = {}
    for key, value in pairs:
        m = re.fullmatch(r"(source|quote|resolved)-(\d+)", key)
        if not m:
            continue
        n = int(m.group(2))
        source = sources.setdefault(n, Source("", "", "", 0, 0))
        if m.group(1) == "source":
            sm = _SOURCE_LINE.match(value)
            if sm:
                source.document, source.timex = sm["doc"].strip(), sm["timex"]
                source.start, source.end, source.value = int(sm["start"]), int(sm["end"]), sm["value"] or ""
            else:
                source.document = value
        elif m.group(1) == "quote":
            source.quote = value
        else:
            source.anchor = value
    entities = [e.strip() for e in meta.get("entities", "").split(";") if e.strip()]
    # The precision follows the date: a person who edits the date seldom edits "Precision" too.
    return Event(slug, date, value_precision(date) or meta.get("precision") or "year",
                 meta.get("title", slug), body.strip(), meta.get("kind", "happened"),
                 [sources[n] for n in sorted(sources)], entities,
                 [v for k, v in pairs if k == "conflict"], meta.get("mod", ""))


@dataclass
class WriteReport:
    written: int = 0
    unchanged: int = 0
    kept_edited: int = 0
    skipped_deleted: int = 0
    removed: int = 0


def _read_list(path: Path) -> list[str]:
    if not path.exists():
        return []
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _markdown_names(folder: Path) -> list[str]:
    """The names `folder.glob("*.md")` gives, without building a Path for each (10,000 files)."""
    return [name for name in os.listdir(folder) if name.endswith(".md")]


def decode(data: bytes) -> str:
    """A content file's text as `Path.read_text(encoding="utf-8")` gives it (universal newlines);
    a file an editor saved in Windows-1252 is read as such, as articles are."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("cp1252", "replace")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _untouched(data: bytes) -> bool:
    return is_untouched(decode(data))


def _known(path: Path | str, index: KnownFiles) -> Known:
    """The hash and untouched flag of `path`, which is read only when the index cannot vouch for
    them. A generated file is unchanged when its bytes are the text this run renders (a copy
    with other line endings is written again, as a clean build would write it)."""
    known = index.known(path)
    if known is None:
        _, known = index.read(path, _untouched)
    return known


def _run_keys(events: list[Event]) -> list[set[str]]:
    """What identifies each event across reruns when its slug changes: each source's document,
    time expression, value and rank among that document's same expressions ("002|last year|2024|1"),
    which rewording the sentence or the headline leaves alone."""
    starts: dict[str, set[int]] = {}
    per_event = []
    for event in events:
        bases = [(" ".join(f"{s.document}|{s.timex}|{s.value}".split()), s.start) for s in event.sources if s.document]
        for base, start in bases:
            found = starts.get(base)
            if found is None:
                starts[base] = {start}
            else:
                found.add(start)
        per_event.append(bases)
    rank = {base: {start: n for n, start in enumerate(sorted(found))} for base, found in starts.items()}
    return [{f"{base}|{rank[base][start]}" for base, start in bases} for bases in per_event]


def _read_keyed(path: Path) -> dict[str, set[str]]:
    """A manifest or tombstone list: one slug per line, then its keys, tab-separated."""
    out: dict[str, set[str]] = {}
    for line in _read_list(path):
        slug, *keys = line.split("\t")
        out[slug] = set(keys)
    return out


def _write_keyed(path: Path, entries: dict[str, set[str]]) -> None:
    atomic_write(path, "".join("\t".join([slug, *sorted(entries[slug])]) + "\n" for slug in sorted(entries)))


def write_events(events: list[Event], folder: Path, force: bool = False,
                 index: KnownFiles | None = None, text_keys: list[bytes] | None = None,
                 rendered: dict | None = None) -> WriteReport:
    """Write event files, keeping people's edits and deletions (see the module docstring).

    An edited or deleted event is recognised by its file name and, when a changed article gives it
    another headline or date (so another name), by its sources (`_run_keys`): the edited file stands
    for it, the deleted one stays deleted. `index` spares reading the files whose text it knows
    (known_files.py). With `text_keys` (each event's, equal only for events that render the same
    text) and `rendered` ({"known": {key: hash of the text} of the last build, "used": filled
    for the next}), an event whose key is known is not rendered unless its file is written."""
    from .known_files import KnownFiles, digest

    index = index or KnownFiles(None, folder)
    folder.mkdir(parents=True, exist_ok=True)
    report = WriteReport()
    previous = _read_keyed(folder / MANIFEST)
    tombstones = {} if force else _read_keyed(folder / TOMBSTONES)
    base = str(folder)  # plain string paths: a Path for each of 10,000 files costs more than the rest
    present = {name[:-3]: os.path.join(base, name) for name in _markdown_names(folder)}
    for slug in sorted(set(previous) - set(present)):
        if not force:
            tombstones.setdefault(slug, set()).update(previous[slug])
    # An edited file keeps the keys it was generated with (a hand-written one has none).
    on_disk = {} if force else {slug: _known(path, index) for slug, path in present.items()}
    protected = {slug: previous.get(slug, set()) for slug, found in on_disk.items() if not found.untouched}
    run_keys = _run_keys(events)
    # A key stands for one event only when this run gives it to one event.
    counts: dict[str, int] = {}
    for keys in run_keys:
        for key in keys:
            counts[key] = counts.get(key, 0) + 1
    deleted_keys = {k for keys in tombstones.values() for k in keys}
    edited_keys = {k for keys in protected.values() for k in keys}
    generated: dict[str, set[str]] = {}
    if rendered is None or text_keys is None:
        text_keys, rendered = None, {"known": {}, "used": {}}
    known_texts, used_texts = rendered["known"], rendered["used"]
    for n, (event, all_keys) in enumerate(zip(events, run_keys)):
        slug, keys = event.id, {k for k in all_keys if counts[k] == 1}
        if slug in tombstones or keys & deleted_keys:
            report.skipped_deleted += 1
            continue
        if slug in protected or keys & edited_keys:
            report.kept_edited += 1
            continue
        path = present.get(slug)
        sha = known_texts.get(text_keys[n]) if text_keys is not None else None
        text = None
        if sha is None:
            text = render_event(event)
            sha = digest(text.encode("utf-8"))
        if text_keys is not None:
            used_texts[text_keys[n]] = sha
        if slug in present and (on_disk.get(slug) or _known(path, index)).sha == sha:
            report.unchanged += 1
        else:
            text = text if text is not None else render_event(event)
            path = Path(path) if path else folder / f"{slug}.md"
            atomic_write(path, text)
            index.wrote(path, text, is_untouched(text))
            report.written += 1
        generated[slug] = all_keys
    # An edited file stays listed with its keys, so that it is known by them again next time.
    generated.update({slug: keys for slug, keys in protected.items() if keys})
    keep = set(generated) | set(protected)
    for slug, path in sorted(present.items()):
        if slug not in keep:
            os.unlink(path)
            report.removed += 1
    _write_keyed(folder / MANIFEST, generated)
    if tombstones:
        _write_keyed(folder / TOMBSTONES, tombstones)
    elif (folder / TOMBSTONES).exists():
        (folder / TOMBSTONES).unlink()
    return report


def _parse_known(path: Path | str, kind: str, parse, flat, unflat, untouched=None,
                 index: KnownFiles | None = None, parsed: ParsedFiles | None = None):
    """(`parse(text)` of a content file, the hash of its text or None when no index knows it);
    the value comes from `parsed` when `index` vouches that the file is the one parsed before. A
    file that fails to parse is never stored: it is reported every time."""
    known = index.known(path) if index is not None else None
    if known is not None and parsed is not None:
        hit = parsed.get((kind, os.path.basename(path), known.sha))
        if hit is not None:
            return unflat(hit), known.sha
    data, known = index.read(path, untouched) if index is not None else (Path(path).read_bytes(), None)
    value = parse(decode(data))
    if known is not None and parsed is not None:
        parsed.put((kind, os.path.basename(path), known.sha), flat(value))
    return value, known.sha if known is not None else None


_EVENT_FIELDS = tuple(f.name for f in fields(Event))
_SOURCE_FIELDS = tuple(f.name for f in fields(Source))


def _flat_event(event: Event) -> tuple:
    return tuple([tuple(getattr(s, f) for f in _SOURCE_FIELDS) for s in event.sources] if name == "sources"
                 else getattr(event, name) for name in _EVENT_FIELDS)


def _event_of(flat: tuple) -> Event:
    values = dict(zip(_EVENT_FIELDS, flat))
    values["sources"] = [Source(*s) for s in values["sources"]]
    values["entities"], values["conflicts"] = list(values["entities"]), list(values["conflicts"])
    return Event(**values)


def read_events(folder: Path, index: KnownFiles | None = None, parsed: ParsedFiles | None = None,
                origins: dict[int, str] | None = None) -> tuple[list[Event], list[str]]:
    """Every event file in `folder` (generated, edited or hand-written), and the problems found.
    With `index` and `parsed`, unchanged files come parsed from the last run (known_files.py).
    `origins`, when given, gets for each event read (by `id()`) its file's name and text hash,
    which determine the event (the site's page fingerprints use it: fragments.py)."""
    events, problems, base = [], [], str(folder)
    for name in sorted(_markdown_names(folder)):
        path = os.path.join(base, name)
        try:
            event, sha = _parse_known(path, "event", lambda text: parse_event(text, name[:-3]), _flat_event,
                                      _event_of, _untouched, index, parsed)
        except ValueError as exc:
            problems.append(f"{path}: {exc}")
            continue
        events.append(event)
        if origins is not None and sha is not None:
            origins[id(event)] = f"{name}\0{sha}"
    return events, problems


# --- sources ---------------------------------------------------------------------------------

def render_source(doc: Document, timexes) -> str:
    """A source file: metadata, the furniture and time-expression spans, then the text verbatim."""
    lines = [f"Title: {_one_line(doc.title)}", f"Document: {doc.id}", f"Path: {doc.path}",
             f"DCT: {doc.dct}", f"DCT-Source: {doc.dct_source}"]
    if doc.dct_source == "inferred":
        lines.append(f"DCT-Confidence: {doc.dct_confidence:.2f}")
    if doc.dct_reason:
        lines.append(f"DCT-Reason: {_one_line(doc.dct_reason)}")
    lines.append(f"Doc-Type: {doc.doc_type}")
    for key, value in (("URL", doc.url), ("Author", doc.author), ("Publisher", doc.publisher)):
        if value:
            lines.append(f"{key}: {_one_line(value)}")
    if doc.furniture:
        lines.append("Furniture: " + "; ".join(f"{s}-{e} {label}" for s, e, label in doc.furniture))
    if timexes:
        lines.append("Timexes: " + "; ".join(f"{t.start}-{t.end} {t.type} {t.value}" for t in timexes))
    return "\n".join(lines) + "\n\n" + doc.text


def source_filename(doc_id: str) -> str:
    return safe_path_slug(doc_id) + ".md"


def write_sources(documents: list[Document], timexes_by_doc: dict, folder: Path,
                  index: KnownFiles | None = None) -> None:
    """Source files are derived data: always rewritten, stale ones removed. `index` spares
    reading the files whose text it knows."""
    from .known_files import KnownFiles, digest

    index = index or KnownFiles(None, folder)
    folder.mkdir(parents=True, exist_ok=True)
    wanted = {}
    for doc in documents:
        wanted[source_filename(doc.id)] = render_source(doc, timexes_by_doc.get(doc.id, []))
    present = set()
    for name in _markdown_names(folder):
        if name not in wanted:
            (folder / name).unlink()
        else:
            present.add(name)
    for name, text in sorted(wanted.items()):
        path = folder / name
        if name not in present or _known(path, index).sha != digest(text.encode("utf-8")):
            atomic_write(path, text)
            index.wrote(path, text, False)


@dataclass
class SourceFile:
    """A source as the site needs it."""

    id: str
    slug: str
    title: str
    path: str
    dct: str
    dct_source: str
    dct_confidence: str
    dct_reason: str
    doc_type: str
    url: str
    author: str
    publisher: str
    text: str
    furniture: list[tuple[int, int, str]]
    timexes: list[tuple[int, int, str, str]]


def _spans(value: str, with_two: bool):
    out = []
    for item in value.split(";"):
        item = item.strip()
        m = re.match(r"(\d+)-(\d+) (\S+)(?: (\S+))?$", item)
        if m:
            start, end = int(m.group(1)), int(m.group(2))
            out.append((start, end, m.group(3), m.group(4) or "") if with_two else (start, end, m.group(3)))
    return out


def parse_source(text: str, stem: str) -> SourceFile:
    meta, _, body = split_header(text)
    return SourceFile(
        id=meta.get("document", stem), slug=stem, title=meta.get("title", stem),
        path=meta.get("path", ""), dct=meta.get("dct", ""), dct_source=meta.get("dct-source", ""),
        dct_confidence=meta.get("dct-confidence", ""), dct_reason=meta.get("dct-reason", ""),
        doc_type=meta.get("doc-type", ""), url=meta.get("url", ""), author=meta.get("author", ""),
        publisher=meta.get("publisher", ""), text=body,
        furniture=_spans(meta.get("furniture", ""), False),
        timexes=_spans(meta.get("timexes", ""), True))


def _flat_source(source: SourceFile) -> tuple:
    return astuple(source)


def _source_of(flat: tuple) -> SourceFile:
    source = SourceFile(*flat)
    source.furniture, source.timexes = list(source.furniture), list(source.timexes)
    return source


def read_sources(folder: Path, index: KnownFiles | None = None, parsed: ParsedFiles | None = None,
                 origins: dict[int, str] | None = None) -> list[SourceFile]:
    """Every source file in `folder`; with `index` and `parsed`, unchanged ones come parsed.
    `origins`: as for `read_events`."""
    sources, base = [], str(folder)
    for name in sorted(_markdown_names(folder)):
        source, sha = _parse_known(os.path.join(base, name), "source", lambda text: parse_source(text, name[:-3]),
                                   _flat_source, _source_of, None, index, parsed)
        sources.append(source)
        if origins is not None and sha is not None:
            origins[id(source)] = f"{name}\0{sha}"
    return sources
