"""Content files: one Markdown file per event and per source, readable and hand-editable.

Event files are Pelican-style `Key: value` lines, a blank line, and the event text. The event's
date is kept in our own `Event-Date`/`Precision` keys (TIMEX3 values: "2024", "2025-W07",
"BC0044"), never in Pelican's `Date`, which cannot hold them. Each generated file records a hash
of what was generated: a file whose text no longer matches it was edited by a person and is kept
as it is; a generated file that disappeared was deleted by a person and stays deleted (its slug is
written to `.deleted`). `force=True` regenerates everything.
"""
from __future__ import annotations

import hashlib
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .model import Document, Event, Source
from .temporal.values import precision as value_precision
from .text import safe_path_slug, squash

MANIFEST = ".generated"
TOMBSTONES = ".deleted"
_SOURCE_LINE = re.compile(r"(?P<doc>.+?) \| (?P<start>\d+)-(?P<end>\d+) \| (?P<timex>.*?)(?: \| (?P<value>\S*))?$")


def atomic_write(path: Path, text: str) -> None:
    """Write to a temporary file beside `path`, then rename: a crash never leaves half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
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
    return Event(slug, date, meta.get("precision") or value_precision(date) or "year",
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


def write_events(events: list[Event], folder: Path, force: bool = False) -> WriteReport:
    """Write event files, keeping people's edits and deletions (see the module docstring)."""
    folder.mkdir(parents=True, exist_ok=True)
    report = WriteReport()
    previous = set(_read_list(folder / MANIFEST))
    tombstones = [] if force else _read_list(folder / TOMBSTONES)
    present = {p.stem: p for p in folder.glob("*.md")}
    for slug in sorted(previous - set(present)):
        if slug not in tombstones and not force:
            tombstones.append(slug)
    protected = set()
    if not force:
        for slug, path in present.items():
            if not is_untouched(path.read_text(encoding="utf-8", errors="replace")):
                protected.add(slug)
    generated = []
    for event in events:
        slug = event.id
        if slug in tombstones:
            report.skipped_deleted += 1
            continue
        if slug in protected:
            report.kept_edited += 1
            continue
        path = folder / f"{slug}.md"
        text = render_event(event)
        if path.exists() and path.read_text(encoding="utf-8", errors="replace") == text:
            report.unchanged += 1
        else:
            atomic_write(path, text)
            report.written += 1
        generated.append(slug)
    keep = set(generated) | protected
    for slug, path in sorted(present.items()):
        if slug not in keep:
            path.unlink()
            report.removed += 1
    atomic_write(folder / MANIFEST, "".join(f"{s}\n" for s in sorted(generated)))
    if tombstones:
        atomic_write(folder / TOMBSTONES, "".join(f"{s}\n" for s in sorted(set(tombstones))))
    elif (folder / TOMBSTONES).exists():
        (folder / TOMBSTONES).unlink()
    return report


def read_events(folder: Path) -> tuple[list[Event], list[str]]:
    """Every event file in `folder` (generated, edited or hand-written), and the problems found."""
    events, problems = [], []
    for path in sorted(folder.glob("*.md")):
        try:
            events.append(parse_event(path.read_text(encoding="utf-8"), path.stem))
        except (ValueError, UnicodeDecodeError) as exc:
            problems.append(f"{path}: {exc}")
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


def write_sources(documents: list[Document], timexes_by_doc: dict, folder: Path) -> None:
    """Source files are derived data: always rewritten, stale ones removed."""
    folder.mkdir(parents=True, exist_ok=True)
    wanted = {}
    for doc in documents:
        wanted[source_filename(doc.id)] = render_source(doc, timexes_by_doc.get(doc.id, []))
    for path in folder.glob("*.md"):
        if path.name not in wanted:
            path.unlink()
    for name, text in sorted(wanted.items()):
        path = folder / name
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            atomic_write(path, text)


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


def read_sources(folder: Path) -> list[SourceFile]:
    sources = []
    for path in sorted(folder.glob("*.md")):
        text = path.read_text(encoding="utf-8")
        meta, _, body = split_header(text)
        sources.append(SourceFile(
            id=meta.get("document", path.stem), slug=path.stem, title=meta.get("title", path.stem),
            path=meta.get("path", ""), dct=meta.get("dct", ""), dct_source=meta.get("dct-source", ""),
            dct_confidence=meta.get("dct-confidence", ""), dct_reason=meta.get("dct-reason", ""),
            doc_type=meta.get("doc-type", ""), url=meta.get("url", ""), author=meta.get("author", ""),
            publisher=meta.get("publisher", ""), text=body,
            furniture=_spans(meta.get("furniture", ""), False),
            timexes=_spans(meta.get("timexes", ""), True)))
    return sources
