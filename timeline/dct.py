"""The document creation time (DCT): when an article was written, and how we know.

In order of trust: explicit metadata, a dateline at the top of the text, a date in the file name
or its folders. What is left is inferred from the text and the corpus (`dating.py`), with the
clues quoted so a reader can judge them.
"""
from __future__ import annotations

import datetime as _dt
import re
from pathlib import Path

from .model import Document
from .temporal import tag
from .temporal.values import interval

_ISO_IN_PATH = re.compile(r"(?<!\d)((?:19|20)\d\d)[-_/.]?(0[1-9]|1[0-2])[-_/.]?(0[1-9]|[12]\d|3[01])(?!\d)")
# How far into the text a dateline may stand, and the rules that count as one.
DATELINE_REACH = 300
DATELINE_RULES = {"month_day_year", "day_month_year", "iso_date", "time_dash_date", "iso_datetime",
                  "us_numeric_date"}


def parse_date_value(value) -> str:
    """A metadata date (date, datetime or string in a common format) -> "YYYY-MM-DD"."""
    if isinstance(value, _dt.datetime):
        return value.date().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    text = str(value).strip()
    m = re.match(r"(\d{4})-(\d\d)-(\d\d)", text)
    if m:  # ISO is read as ISO: "2024-13-01" is an error, not the 13th of January
        if not interval(m.group(0)):
            raise ValueError(f"cannot read the date {text!r}: no such day")
        return m.group(0)
    import dateparser

    parsed = dateparser.parse(text, languages=["en"], settings={"REQUIRE_PARTS": ["day", "month", "year"]})
    if parsed is None:
        raise ValueError(f"cannot read the date {text!r}")
    return parsed.date().isoformat()


def dateline(text: str) -> tuple[str, int, int] | None:
    """A full date heading the text as a dateline: (value, start, end of the dateline).

    A date on a line of its own ("7:38 am - February 12, 2025"), after a label ("Published:")
    or after a place in capitals and before the story ("BRUSSELS, Feb 12, 2025 (Reuters) - ...").
    A sentence that merely opens with a date ("The council approved it on March 4, 2024") is no
    dateline: its date belongs to an event of the story."""
    head = text[:DATELINE_REACH]
    for timex in tag(head, dct=None, doc_type="news"):
        if timex.rule not in DATELINE_RULES or not interval(timex.value):
            continue
        line_start = head.rfind("\n", 0, timex.start) + 1
        before = head[line_start:timex.start]
        if _LABEL.fullmatch(before):
            return timex.value[:10], line_start, timex.end
        tail = _DATELINE_TAIL.match(text, timex.end)
        if tail and (not before.strip() or _PLACE.fullmatch(before)):
            return timex.value[:10], line_start, tail.end()
    return None


# "BRUSSELS, ", "BONN, Germany ", "SAN JUAN, Puerto Rico, ": a place in capitals, maybe its country.
_PLACE = re.compile(r"[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3}(?:,\s*[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,2})?,?\s*")
_LABEL = re.compile(r".{0,40}\b(?:Published|Updated|Posted)(?:\s+on)?:?\s*")
# After the date: the end of its line, or a wire tag and the dash before the story.
_DATELINE_TAIL = re.compile(r"[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?(?:[-–—_|:]+[ \t]*|[ \t]*(?=\n|$))")


def from_path(path: Path) -> str | None:
    """A YYYY-MM-DD (or YYYYMMDD, YYYY/MM/DD) date in the file name or its folders."""
    for part in reversed(path.parts[-4:]):
        m = _ISO_IN_PATH.search(part)
        if m and interval("-".join(m.groups())):
            return "-".join(m.groups())
    joined = "/".join(path.parts[-4:])
    m = _ISO_IN_PATH.search(joined)
    if m and interval("-".join(m.groups())):
        return "-".join(m.groups())
    return None


def date_document(doc: Document, meta_date, path: Path) -> None:
    """Set `doc.dct` from metadata, a dateline or the path; leave it empty when none says.
    A dateline is set aside as furniture whichever of them dates the article."""
    found = dateline(doc.text)
    if found:
        # The dateline dates the article, not an event in it.
        doc.furniture = sorted(doc.furniture + [(found[1], found[2], "dateline")])
    if meta_date not in (None, ""):
        doc.dct, doc.dct_source, doc.dct_confidence = parse_date_value(meta_date), "metadata", 1.0
        doc.dct_reason = "given in the article's metadata"
        return
    if found:
        value, start, end = found
        doc.dct, doc.dct_source, doc.dct_confidence = value, "dateline", 0.95
        doc.dct_reason = f"dateline: “{doc.text[start:end].strip(' -–—_|:')}”"
        return
    from_name = from_path(path)
    if from_name:
        doc.dct, doc.dct_source, doc.dct_confidence = from_name, "filename", 0.9
        doc.dct_reason = f"date in the path: {doc.path}"
