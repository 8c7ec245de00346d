"""Small text helpers shared by the stages: slugs and sentence spans."""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

DATA = Path(__file__).with_name("data")

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’')]*\s+(?=[A-Z\"“‘'(0-9`])|\n+")  # ``: wire copy's opening quote
_ABBREVIATIONS = re.compile(r"(?:\b(?:U\.S|U\.K|U\.N|E\.U|Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sen|Rep|Gov|St|"
                            r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|No|vs|Inc|Corp|Co|Ltd|"
                            r"Jr|Sr|a\.m|p\.m|e\.g|i\.e|[A-Z])\.)$")


def slugify(text: str, max_length: int = 60) -> str:
    """ASCII, lower case, hyphens: "Sweden joined NATO" -> "sweden-joined-nato"."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^a-zA-Z0-9]+", "-", text).strip("-").lower()
    if len(text) > max_length:
        text = text[:max_length].rsplit("-", 1)[0] or text[:max_length]
    return text or "item"


def safe_path_slug(identifier: str) -> str:
    """A document id as one safe file-name component: no separators, no dots, no escaping."""
    parts = []
    for part in identifier.replace("\\", "/").split("/"):
        part = unicodedata.normalize("NFKD", part).encode("ascii", "ignore").decode("ascii")
        part = re.sub(r"[^A-Za-z0-9_-]+", "-", part).strip("-_")[:80]
        if part:
            parts.append(part)
    return "--".join(parts) or "document"


def sentences(text: str, start: int = 0, end: int | None = None):
    """(start, end) of each sentence in text[start:end], abbreviations ("U.S.", "Feb.") kept inside."""
    end = len(text) if end is None else end
    pos = start
    for m in _SENTENCE_END.finditer(text, start, end):
        if "\n" not in m.group() and _ABBREVIATIONS.search(text[max(pos, m.start() - 6):m.start()]):
            continue
        if text[pos:m.start()].strip():
            yield pos, m.start()
        pos = m.end()
    if text[pos:end].strip():
        yield pos, end


SENTENCE_REACH = 600  # characters either side: no sentence a reader quotes is longer


def sentence_at(text: str, offset: int) -> tuple[int, int]:
    """The sentence span containing `offset`, searched within its paragraph and at most
    SENTENCE_REACH characters either side (so a text with no full stops costs no more per
    call than a normal one)."""
    lo = max(0, offset - SENTENCE_REACH)
    hi = min(len(text), offset + SENTENCE_REACH)
    para_start = text.rfind("\n", lo, offset) + 1 or lo
    para_end = text.find("\n", offset, hi)
    para_end = hi if para_end < 0 else para_end
    for s, e in sentences(text, para_start, para_end):
        if s <= offset < e:
            return s, e
    return para_start, para_end


def squash(text: str) -> str:
    """Runs of whitespace as one space, none at either end. (`str.split` and `\\s` both split on
    what `str.isspace` calls space; this is six times quicker than `re.sub(r"\\s+", " ", text).strip()`,
    and squash runs on every quote and title of every build.)"""
    return " ".join(text.split())


def read_table(name: str) -> list[tuple[str, list[str]]]:
    """Rows of a table in timeline/data: a name, a tab, then "|"-separated forms (a header row
    first). The tables keep vocabulary as data: countries and their aliases, event nouns and
    the verbs that date them."""
    rows = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines()[1:]:
        key, _, forms = line.partition("\t")
        rows.append((key, [f for f in forms.split("|") if f]))
    return rows

