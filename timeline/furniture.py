"""Page furniture: the lines of a saved web page that are not the article.

Rules are data: a line pattern and the label it gets, or a marker after which the rest of the
page is furniture (recommended headlines, reader comments). Spans are returned, not cut out, so
every offset into the document text stays valid and the site can show what was set aside.
"""
from __future__ import annotations

import re

# (label, pattern for one whole line)
LINE_RULES = (
    ("advertisement", r"-?\s*Advertisement\s*-?.*"),
    ("share", r"(?:Share|Share this(?: article)?|Tweet|Print|Email)[.:!]?"),
    ("copyright", r"(?:©|\(c\)|Copyright\b).*"),
    ("navigation", r"(?:Exit mobile version|Skip to (?:main )?content|Back to top|Menu)"),
    ("subscription", r".{0,80}\b(?:[Ss]ubscribe|[Ss]ign up for (?:our|the) newsletter)\b.{0,80}"),
    ("author", r"Author|About the author|By\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}"),
    ("author", r"\(The author is .*\)"),
    ("author", r"By:?"),  # a byline split over two lines: "By" alone, the names on the next

    ("editor's note", r"Editor'?s [Nn]ote:.*"),
)

# A line that starts the tail of the page: everything from it on is furniture.
TAIL_MARKERS = (
    ("recommended", r"(?:Recommended(?: news| for you| reading)?|Related(?: news| articles| stories| posts)?|"
                    r"You may also like|Read more|More from .{1,40}|Most popular|Trending(?: now)?)"),
    ("comments", r"(?:\d+\s+)?(?:Comments?|Responses?|Leave a (?:comment|reply)|Join the discussion)"),
)

# The names after a lone "By": "Jane Doe", "Jane Doe and Bob Smith", "Jane Doe, Reuters".
_NAMES = re.compile(r"[ \t]*[A-Z][\w.'’-]+(?:(?:\s+|\s*,\s*|\s+and\s+)[A-Z][\w.'’-]+){0,7}[ \t]*")
_LONE_BY = re.compile(r"[ \t]*By:?[ \t]*")
_LINE = [(label, re.compile(rf"[ \t]*(?:{p})[ \t]*")) for label, p in LINE_RULES]
_TAIL = [(label, re.compile(rf"[ \t]*(?:{p})[ \t]*")) for label, p in TAIL_MARKERS]
# Three or more blank lines late in a page usually separate the article from reader comments.
_GAP = re.compile(r"\n[ \t]*\n[ \t]*\n[ \t]*\n(?=[ \t]*\S)")


def find_furniture(text: str) -> list[tuple[int, int, str]]:
    """(start, end, label) spans of boilerplate in `text`, in order, not overlapping."""
    spans: list[tuple[int, int, str]] = []
    tail_start = len(text)
    pos = 0
    after_by = False
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        if start >= tail_start or not line.strip():
            continue
        if after_by and _NAMES.fullmatch(line):
            spans.append((start, end, "author"))
            after_by = False
            continue
        after_by = bool(_LONE_BY.fullmatch(line))
        for label, regex in _TAIL:
            if regex.fullmatch(line) and start > len(text) // 3:
                tail_start = start
                spans.append((start, len(text), label))
                break
        else:
            for label, regex in _LINE:
                if regex.fullmatch(line):
                    spans.append((start, end, label))
                    break
    gap = None
    for m in _GAP.finditer(text, len(text) // 2, tail_start):
        gap = m
        break
    if gap is not None:
        spans = [s for s in spans if s[0] < gap.end()]
        spans.append((gap.end(), len(text), "comments"))
    return sorted(spans)


def in_furniture(furniture, start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e, _ in furniture)
