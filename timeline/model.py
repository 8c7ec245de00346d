"""The data that flows between stages: plain dataclasses, no behaviour beyond small helpers.

documents -> time expressions -> events -> merged timeline -> content -> site
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Timex:
    """A time expression found in a text, normalised to a TimeML TIMEX3 type and value.

    `start`/`end` are character offsets into the text that was tagged. `anchor` says how a
    relative or underspecified value was resolved ("dct", "reference", "absolute") so the site
    can explain the date to a reader; `mod` carries TIMEX3 modifiers (START, MID, END, APPROX,
    BEFORE, ON_OR_BEFORE) when the expression has one.
    """

    start: int
    end: int
    text: str
    type: str  # DATE | TIME | DURATION | SET
    value: str
    mod: str = ""
    anchor: str = "absolute"
    rule: str = ""

    def to_json(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text,
                "type": self.type, "value": self.value}


@dataclass
class Document:
    """One article as read from disk.

    `text` is the decoded text (newlines normalised to "\\n"); every offset elsewhere points into
    it. `furniture` lists the spans of page boilerplate (ads, share buttons, comments) found in
    `text`: they stay in the text so offsets stay valid, but are never used for events.
    """

    id: str
    path: str
    title: str
    text: str
    dct: str = ""  # TIMEX3 date value, "" when unknown
    dct_source: str = "default"  # metadata | dateline | filename | inferred | default
    dct_confidence: float = 0.0
    dct_reason: str = ""
    doc_type: str = "news"  # news | narrative
    url: str = ""
    author: str = ""
    publisher: str = ""
    furniture: list[tuple[int, int, str]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # one-line reports on what could not be read

    def to_json(self) -> dict:
        out = {"id": self.id, "path": self.path, "title": self.title, "dct": self.dct,
               "dct_source": self.dct_source}
        if self.dct_source == "inferred":
            out["dct_confidence"] = round(self.dct_confidence, 2)
            out["dct_reason"] = self.dct_reason
        return out


@dataclass
class Source:
    """Where an event was read: the document, the sentence, and the time expression in it."""

    document: str
    quote: str
    timex: str
    start: int  # offsets of the time expression in the document text
    end: int
    value: str = ""  # the value this source gave the event (before merging)
    anchor: str = ""  # how that value was resolved, for the reader
    quote_start: int = 0  # offset of the quote in the document text

    def to_json(self) -> dict:
        return {"document": self.document, "quote": self.quote, "timex": self.timex,
                "start": self.start, "end": self.end}


@dataclass
class Event:
    """A dated happening with every source that reports it."""

    id: str
    date: str  # TIMEX3 value
    precision: str  # century | decade | year | quarter | month | week | day | ...
    title: str
    text: str
    kind: str = "happened"  # happened | planned | deadline | ongoing
    sources: list[Source] = field(default_factory=list)
    entities: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)
    mod: str = ""  # TIMEX3 mod of the date: APPROX, LESS_THAN, MORE_THAN ("about a decade ago")

    def to_json(self) -> dict:
        return {"id": self.id, "date": self.date, "precision": self.precision, "mod": self.mod,
                "title": self.title, "text": self.text, "kind": self.kind,
                "entities": list(self.entities), "conflicts": list(self.conflicts),
                "sources": [s.to_json() for s in self.sources]}
