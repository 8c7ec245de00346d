"""From time expressions to events: the clause a date anchors, a short title, a kind.

A time expression dates an event when it is a point or period on the calendar (not a duration,
a set, or "now") and stands in the article rather than its furniture. The event's text is its
sentence; its title is the clause around the date with the time phrase taken out.
"""
from __future__ import annotations

import re

from .entities import find_entities, people_of
from .furniture import in_furniture
from .model import Document, Event, Source, Timex
from .temporal.values import interval
from .text import sentence_at, slugify, squash

TITLE_MAX = 80
# Clause boundaries inside a sentence: commas, semicolons, dashes, and "when"/"while" clauses.
_CLAUSE_BREAK = re.compile(r"\s*(?:[,;:]|\s[—–-]\s|\(|\))\s*|\s+(?=(?:when|while|where|whereas|although|though|because|after which)\s)")
_LEAD_WORDS = re.compile(r"^(?:(?:and|but|or|so|then|with|as|when|while|where|whereas|although|though|because|"
                         r"that|which|who|after|before|since|in|on|at|by|during|from|until|of|"
                         r"also|however|meanwhile|moreover|indeed|while|yet|even)\b\s*)+", re.IGNORECASE)
_TRAILING_WORDS = re.compile(r"(?:\s+(?:the|a|an|of|to|and|or|in|on|at|for|with|by|from|as|that|"
                             r"which|its|their|his|her|is|are|was|were|be|will|would|has|have|had|"
                             r"than|into|over|about|while|when|since|until|after|before|during|"
                             r"this|these|those|such|s))+$", re.IGNORECASE)
_PREPOSITION_BEFORE = re.compile(r"(?:\b(?:in|on|at|by|since|during|from|until|till|of|as\s+of|"
                                 r"for|through|throughout|before|after|around|about|early|late|"
                                 r"from|between)\s+)$", re.IGNORECASE)
_DEADLINE_BEFORE = re.compile(r"\b(?:by|until|till|no\s+later\s+than|before\s+the\s+end\s+of|"
                              r"deadline\s+of|within)\s+(?:the\s+end\s+of\s+)?$", re.IGNORECASE)
_SINCE_BEFORE = re.compile(r"\b(?:since|ever\s+since)\s+$", re.IGNORECASE)
_FUTURE_CUES = re.compile(r"\b(?:will|shall|is\s+set\s+to|are\s+set\s+to|is\s+to|are\s+to|"
                          r"scheduled|expected\s+to|plans?\s+to|planned|upcoming|due\s+to|"
                          r"anticipated|ahead\s+of|aims?\s+to|going\s+to|next)\b", re.IGNORECASE)
_WHEN_CLAUSE = re.compile(r"^\s*,?\s*when\s+(?P<clause>[^,;.]+)")
_VERBISH = re.compile(r"\b(?:\w+ed|\w+s|is|are|was|were|has|have|had|will|would|can|could|"
                      r"may|might|must|should|met|made|took|held|began|won|lost|left|led|"
                      r"said|set|agreed|joined|spent|became|rose|fell|came|went)\b", re.IGNORECASE)


def dates_an_event(timex: Timex) -> bool:
    """Points and periods on the calendar date events; durations, sets and "now" do not."""
    if timex.type not in ("DATE", "TIME"):
        return False
    iv = interval(timex.value)
    return iv is not None


def extract_events(doc: Document, timexes: list[Timex]) -> list[Event]:
    """Candidate events of one document, in text order (one source each; merging comes later)."""
    people = people_of(doc.text)
    events: list[Event] = []
    for timex in timexes:
        if not dates_an_event(timex) or in_furniture(doc.furniture, timex.start, timex.end):
            continue
        s_start, s_end = sentence_at(doc.text, timex.start)
        sentence = doc.text[s_start:s_end]
        rel_start, rel_end = timex.start - s_start, timex.end - s_start
        title = make_title(sentence, rel_start, rel_end)
        if not title:
            continue
        kind = event_kind(doc, timex, sentence, rel_start)
        quote = squash(sentence)
        source = Source(doc.id, quote, timex.text, timex.start, timex.end, timex.value,
                        explain(timex, doc), s_start)
        events.append(Event("", timex.value, interval(timex.value).precision, title, quote, kind,
                            [source], find_entities(sentence, people)))
        when = _WHEN_CLAUSE.match(sentence[rel_end:])
        if when and _VERBISH.search(when.group("clause")):
            clause_title = _tidy(when.group("clause"))
            if clause_title:
                events.append(Event("", timex.value, interval(timex.value).precision, clause_title,
                                    quote, "happened" if kind != "planned" else kind,
                                    [source], find_entities(when.group("clause"), people)))
    for event in events:
        event.id = f"{event.date}-{slugify(event.title, 50)}"
    return events


def make_title(sentence: str, start: int, end: int) -> str:
    """The clause holding text[start:end], without the time phrase, as a short headline."""
    pieces = [(m.start(), m.end()) for m in _CLAUSE_BREAK.finditer(sentence)]
    bounds = [0] + [p for span in pieces for p in span] + [len(sentence)]
    segments = [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds) - 1, 2)]
    index = next((i for i, (s, e) in enumerate(segments) if s <= start < e or s < end <= e), None)
    if index is None:
        return ""
    seg_start, seg_end = segments[index]
    before = sentence[seg_start:start]
    before = _PREPOSITION_BEFORE.sub("", before)
    clause = before + " " + sentence[end:seg_end]
    following = sentence[segments[index + 1][0]:segments[index + 1][1]] if index + 1 < len(segments) else ""
    # Too little left (a bare "In 2023,"): take the clause that follows.
    if len(_words(clause)) < 3 and following:
        clause = clause + " " + following
    # "Established in 1949 ..., NATO has expanded": the participle's subject is the next clause's.
    elif index == 0 and _PARTICIPLE.match(clause.strip()) and following:
        subject = _subject(following)
        if subject:
            clause = subject + " " + clause.strip()[0].lower() + clause.strip()[1:]
    return _tidy(clause)


_PARTICIPLE = re.compile(r"(?:[A-Z][a-z]+ed|Founded|Built|Born|Made|Held|Signed|Set up|Launched|Formed|Created)\b")


def _subject(clause: str) -> str:
    """The words before the first verb of a clause, when they look like a short subject."""
    words = clause.split()
    for i, word in enumerate(words[:6]):
        if _VERBISH.fullmatch(word.strip(",;")) and i > 0 and not word[:1].isupper():
            subject = " ".join(words[:i])
            return subject if subject[:1].isupper() else ""
    return ""


def _words(text: str) -> list[str]:
    return re.findall(r"[\w'’-]+", text)


def _tidy(clause: str) -> str:
    clause = squash(clause)
    clause = re.sub(r"\s+([,.;:!?%])", r"\1", clause)
    clause = re.sub(r"(\w)\s*'s\b", r"\1's", clause)
    clause = _LEAD_WORDS.sub("", clause).strip(" ,;:-—–\"“”'’")
    if len(clause) > TITLE_MAX:
        cut = clause[:TITLE_MAX + 1].rsplit(" ", 1)[0]
        clause = cut
    clause = _TRAILING_WORDS.sub("", clause).strip(" ,;:-—–\"“”'’")
    if len(_words(clause)) < 2:
        return ""
    return clause[0].upper() + clause[1:]


def event_kind(doc: Document, timex: Timex, sentence: str, rel_start: int) -> str:
    """happened | planned | deadline | ongoing, relative to the document's creation time."""
    before = sentence[:rel_start]
    iv = interval(timex.value)
    dct = interval(doc.dct) if doc.dct else None
    after_dct = bool(dct and iv and iv.start >= dct.end)
    if _SINCE_BEFORE.search(before):
        return "ongoing"
    if _DEADLINE_BEFORE.search(before) and (after_dct or _FUTURE_CUES.search(sentence)):
        return "deadline"
    if after_dct:
        return "planned"
    if dct and iv and iv.overlaps(dct) and _FUTURE_CUES.search(sentence):
        return "planned"
    return "happened"


def explain(timex: Timex, doc: Document) -> str:
    """How the date was found, for a reader: "'last year' in an article of 2025-02-13 -> 2024"."""
    if timex.anchor == "absolute":
        return f"“{squash(timex.text)}” is a calendar date: {timex.value}"
    if timex.anchor == "dct":
        return f"“{squash(timex.text)}” in an article of {doc.dct or 'unknown date'} → {timex.value}"
    return f"“{squash(timex.text)}” counted from the date mentioned before it → {timex.value}"
