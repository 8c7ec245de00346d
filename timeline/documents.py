"""Reading articles: formats and encodings in, one `Document` out, with its page furniture marked.

Each format is a small reader (`read_text`, `read_markdown`, `read_html`) returning the article
text and metadata, as Pelican's readers do; `read_document` picks one by extension, decodes the
bytes, marks boilerplate and dates the document (see `dct.py`). Any problem is a `DocumentError`
naming the file, so one bad file never stops a corpus.
"""
from __future__ import annotations

import codecs
import os
import re
from pathlib import Path

from .model import Document

EXTENSIONS = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
              ".html": "html", ".htm": "html"}
MAX_BYTES = 50 * 1024 * 1024


class DocumentError(Exception):
    """A file that cannot be read as an article; the message names the file and the problem."""

    def __init__(self, path, problem: str):
        super().__init__(f"{path}: {problem}")
        self.path = str(path)
        self.problem = problem


def decode(data: bytes) -> str:
    """Bytes -> text: BOMs honoured, UTF-8 preferred, Windows-1252 as the fallback, newlines "\\n"."""
    if data.startswith(codecs.BOM_UTF8):
        text = data[3:].decode("utf-8", errors="replace")
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = data.decode("utf-16", errors="replace")
    else:
        if b"\x00" in data[:4096]:
            if _looks_like_utf16(data):
                text = data.decode("utf-16-le" if data[1:2] == b"\x00" else "utf-16-be",
                                   errors="replace")
            else:
                raise ValueError("binary file (NUL bytes), not text")
        else:
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError:
                text = data.decode("cp1252", errors="replace")
            if _mostly_control(text[:4096]):
                raise ValueError("binary file (control characters), not text")
    return text.replace("\r\n", "\n").replace("\r", "\n")


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]")


def _mostly_control(sample: str) -> bool:
    """Text has next to no control characters; an image or an archive without NUL bytes in its
    head has one in ten of them or more."""
    return len(_CONTROL.findall(sample)) > 0.05 * max(1, len(sample))


def _looks_like_utf16(data: bytes) -> bool:
    """BOM-less UTF-16 of mostly Latin text: every other byte is zero, the rest is printable."""
    sample = data[:4096]
    even, odd = sample[0::2], sample[1::2]
    zeros, chars = (even, odd) if even.count(0) > odd.count(0) else (odd, even)
    half = max(1, len(zeros))
    printable = sum(1 for b in chars if 32 <= b < 127 or b in (9, 10, 13))
    return zeros.count(0) > 0.8 * half and printable > 0.8 * max(1, len(chars))


_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)


def read_text(text: str) -> tuple[str, dict]:
    return text, {}


def read_markdown(text: str) -> tuple[str, dict]:
    """Markdown with optional YAML front matter (title, date, url, author, source)."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return text, {}
    import yaml

    try:
        meta = yaml.safe_load(m.group(1) or "") or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark else ""
        raise ValueError(f"broken YAML front matter{where}") from None
    if not isinstance(meta, dict):
        raise ValueError("front matter is not a mapping of keys to values")
    return text[m.end():], {str(k).lower(): v for k, v in meta.items()}


def read_html(text: str) -> tuple[str, dict]:
    """The article body and metadata of a web page, by trafilatura (main-content extraction)."""
    import trafilatura

    body = trafilatura.extract(text, output_format="txt", include_comments=False,
                               include_tables=False, favor_precision=True, deduplicate=False)
    # Not `extensive`: that search takes any date of the body ("met on June 24, 2025") for the
    # page's own, and metadata is trusted above everything the text says.
    meta = trafilatura.extract_metadata(text, extensive=False)
    found = {}
    if meta is not None:
        for key in ("title", "date", "url", "author", "sitename"):
            value = getattr(meta, key, None)
            if value:
                found["publisher" if key == "sitename" else key] = value
    return (body or "").replace("\r\n", "\n"), found


READERS = {"text": read_text, "markdown": read_markdown, "html": read_html}
SIDECARS = ("sources.yaml", "sources.yml", "sources.csv")
SIDECAR_KEYS = {"title", "date", "url", "author", "publisher", "source"}


def read_sidecar(root: Path) -> tuple[dict[str, dict], list[str]]:
    """Per-file metadata from `sources.yaml` or `sources.csv` in a source folder.

    YAML: a mapping of file name (relative to the folder) to keys, or a list of mappings with a
    `file` key. CSV: a header row with `file` and any of title, date, url, author, publisher.
    Invalid rows are reported one line each and skipped; the rest still apply.
    """
    found, errors = {}, []
    for name in SIDECARS:
        path = root / name
        if not path.is_file():
            continue
        try:
            rows = _sidecar_rows(path)
        except (ValueError, OSError) as exc:
            errors.append(f"{path}: {exc}")
            continue
        for where, row in rows:
            if not isinstance(row, dict) or not str(row.get("file") or "").strip():
                errors.append(f"{path}: {where}: no file named")
                continue
            target = str(row["file"]).strip().replace("\\", "/")
            unknown = set(k for k in row if k != "file") - SIDECAR_KEYS
            if unknown:
                errors.append(f"{path}: {where}: unknown key(s) {', '.join(sorted(map(str, unknown)))} ignored")
            if not (root / target).is_file():
                errors.append(f"{path}: {where}: no such file {target!r}")
                continue
            if target in found:
                errors.append(f"{path}: {where}: {target!r} was given before; this row wins")
            found[target] = {k: row[k] for k in SIDECAR_KEYS if row.get(k) not in (None, "")}
    return found, errors


def _sidecar_rows(path: Path) -> list[tuple[str, object]]:
    text = decode(path.read_bytes())
    if path.suffix == ".csv":
        import csv

        reader = csv.DictReader(text.splitlines())
        if not reader.fieldnames or "file" not in [f.strip().lower() for f in reader.fieldnames]:
            raise ValueError("the header row needs a 'file' column")
        return [(f"row {n}", {(k or "").strip().lower(): (v or "").strip() for k, v in row.items()})
                for n, row in enumerate(reader, 2)]
    import yaml

    try:
        data = yaml.safe_load(text) or {}
    except yaml.YAMLError:
        raise ValueError("not valid YAML") from None
    if isinstance(data, dict):
        return [(f"entry {name!r}", {"file": name, **value} if isinstance(value, dict) else None)
                for name, value in data.items()]
    if isinstance(data, list):
        return [(f"item {n}", item) for n, item in enumerate(data, 1)]
    raise ValueError("expected a mapping of file names or a list of entries")


def shown_path(path: Path, root: Path) -> str:
    """The path a reader is shown: from the source folder's own name down ("seeds/a.txt"), so
    neither the site nor the content files tell where the corpus lay on someone's disk."""
    try:
        return path.relative_to(root.parent).as_posix() if root.name else path.name
    except ValueError:
        return path.name


def document_id(path: Path, root: Path) -> str:
    """The path relative to its source folder, without extension, with "/" separators."""
    try:  # `root` is a leading part of `path` (as quick as `root in path.parents` is slow)
        rel = path.relative_to(root)
    except ValueError:
        rel = Path(path.name)
    return rel.with_suffix("").as_posix()


def find_files(root: Path) -> list[Path]:
    """Article files under `root` in a stable order; links leading outside `root` are skipped."""
    if root.is_file():
        return [root]
    real_root = root.resolve()
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            path = Path(dirpath) / name
            if name.startswith(".") or path.suffix.lower() not in EXTENSIONS:
                continue
            # os.walk does not enter linked folders, so only a link can lead outside (and
            # resolving every path would cost a system call per folder of it).
            if os.path.islink(path) and real_root not in path.resolve().parents:
                continue
            found.append(path)
    return found


def read_document(path: Path, root: Path, doc_id: str | None = None,
                  metadata: dict | None = None) -> Document:
    """Read, decode, mark furniture and date one article. Raises DocumentError."""
    from .dct import date_document
    from .furniture import find_furniture

    try:
        size = path.stat().st_size
    except OSError as exc:
        raise DocumentError(path, f"cannot read: {exc.strerror or exc}") from None
    if size > MAX_BYTES:
        raise DocumentError(path, f"too large ({size / 1e6:.0f} MB; the limit is {MAX_BYTES // 10**6} MB)")
    if size == 0:
        raise DocumentError(path, "empty file")
    try:
        data = path.read_bytes()
        text = decode(data)
        kind = EXTENSIONS.get(path.suffix.lower(), "text")
        body, meta = READERS[kind](text)
    except OSError as exc:
        raise DocumentError(path, f"cannot read: {exc.strerror or exc}") from None
    except ValueError as exc:
        raise DocumentError(path, str(exc)) from None
    if not body.strip():
        raise DocumentError(path, "no article text found")
    meta.update({k: v for k, v in (metadata or {}).items() if v not in (None, "")})
    doc = Document(
        id=doc_id or document_id(path, root),
        path=shown_path(path, root),
        title=str(meta.get("title") or "").strip(),
        text=body,
        url=str(meta.get("url") or ""),
        author=str(meta.get("author") or ""),
        publisher=str(meta.get("publisher") or meta.get("source") or ""),
    )
    doc.furniture = find_furniture(body)
    try:
        date_document(doc, meta.get("date"), path)
    except ValueError as exc:  # a bad metadata date: the article is still read and dated otherwise
        doc.furniture = find_furniture(body)
        date_document(doc, None, path)
        doc.problems.append(f"{path}: {exc} in its metadata; dated from its text instead")
    if not doc.title:  # after the dateline is known: it is no headline
        doc.title = guess_title(body, doc.furniture) or path.stem
    return doc


def guess_title(text: str, furniture) -> str:
    """The headline: the first short line among the first few that is neither furniture nor a
    dateline; failing that, the first sentence, shortened."""
    pos, first_line = 0, ""
    for number, line in enumerate(text.split("\n")):
        start, pos = pos, pos + len(line) + 1
        # What furniture leaves of the line: "BRUSSELS, Feb 12, 2025 (Reuters) - " goes, the lead stays.
        covered = max((e for s, e, _ in furniture if s <= start < e), default=start)
        stripped = line[covered - start:].strip()
        if not stripped:
            continue
        if number > 6:
            break
        if re.match(r"^(?:\d{1,2}:\d\d\s*[ap]\.?m\.?|by\s+[A-Z])", stripped, re.IGNORECASE):
            continue
        if stripped.startswith("(") and stripped.endswith(")"):
            continue  # "(Reporting by Jean Dupont; Editing by Mark Smith)"
        if len(stripped) <= 120 and not stripped.endswith((".", "?", "!")):
            return stripped
        first_line = first_line or stripped
    sentence = _first_sentence(first_line)
    if len(sentence) > 90:
        sentence = sentence[:90].rsplit(" ", 1)[0] + "…"
    return sentence


_SENTENCE_STOP = re.compile(r"[.!?](?=\s)")
_ABBREVIATION = re.compile(r"(?:\b[A-Z][a-z]{0,3}|\b[A-Z]|\.[A-Z])\.$")  # "Nov.", "Mr.", "U.S."


def _first_sentence(text: str) -> str:
    """Up to the first full stop that ends a sentence, not an abbreviation ("Nov. 6", "Mr. Li")."""
    for m in _SENTENCE_STOP.finditer(text):
        if not _ABBREVIATION.search(text, 0, m.end()):
            return text[:m.end()]
    return text
