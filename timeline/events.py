"""From time expressions to events: the clause a date anchors, a short title, a kind.

A time expression dates an event when it is a point or period on the calendar (not a duration,
a set, or "now") and stands in the article rather than its furniture. The event's text is its
sentence; its title is the clause around the date with the time phrase taken out.
"""
from __future__ import annotations

import bisect
import itertools
import re

from .entities import aliases_of, find_entities, people_of, subject_person, unknown_names
from .furniture import in_furniture
from .model import Document, Event, Source, Timex
from .temporal.resolve import format_unit
from .temporal.values import interval
from .text import sentence_at, sentences, slugify, squash
from .titles import VERB, clause_title, make_title, stands_alone, tidy

# Modifiers that make a date approximate ("about a decade ago", "nearly three years ago").
APPROXIMATE = ("APPROX", "LESS_THAN", "MORE_THAN")
_DEADLINE_BEFORE = re.compile(r"\b(?:by|until|till|no\s+later\s+than|before\s+the\s+end\s+of|"
                              r"deadline\s+of|within)\s+(?:the\s+end\s+of\s+)?$", re.IGNORECASE)
_SINCE_BEFORE = re.compile(r"\b(?:since|ever\s+since)\s+$", re.IGNORECASE)
# "the first strike since 2002", "the highest level since 1990": a record measured from a date,
# which dates nothing that happened then.
_RECORD_SINCE = re.compile(r"\b(?:first|biggest|largest|highest|lowest|worst|best|longest|shortest|strongest|"
                           r"weakest|deepest|sharpest|steepest|fastest|slowest|busiest|hottest|coldest|warmest|"
                           r"wettest|driest|greatest|smallest|fewest|most|least)\b[^.;:,]{0,80}\bsince\s+$",
                           re.IGNORECASE)
_FUTURE_CUES = re.compile(r"\b(?:will|shall|is\s+set\s+to|are\s+set\s+to|is\s+to|are\s+to|"
                          r"scheduled|expected\s+to|plans?\s+to|planned|upcoming|due\s+to|"
                          r"anticipated|ahead\s+of|aims?\s+to|going\s+to|(?<!the\s)next)\b", re.IGNORECASE)
# A figure compared with one of another date: the date of the baseline, not of an event.
_BASELINE_BEFORE = re.compile(r"\b(?:from|against|versus|vs\.?|compared\s+(?:with|to))\s+(?:about\s+|nearly\s+|only\s+)?"
                              r"[$€£]?\d[\d.,]*\s*(?:%|percent|million|billion|trillion|cents)?"
                              r"(?:\s*,\s*or\s+[^,]{1,30},)?\s+(?:in\s+)?$", re.IGNORECASE)
# "The quarter ended Sept. 30": the day names the end of a period dated already.
_PERIOD_END_BEFORE = re.compile(r"\b(?:quarter|period|year|months|half)\s+(?:that\s+|which\s+)?(?:ended|ending|ends|to)\s+"
                                r"(?:on\s+|in\s+)?$", re.IGNORECASE)
_WHEN_CLAUSE = re.compile(r"^\s*,?\s*when\s+(?P<clause>(?:[^,;.]|(?<=\d)[.,](?=\d))+)")  # "a magnitude 8.8 quake"


def dates_an_event(timex: Timex) -> bool:
    """Points and periods on the calendar date events; durations, sets and "now" do not."""
    if timex.type not in ("DATE", "TIME"):
        return False
    iv = interval(timex.value)
    return iv is not None


def extract_events(doc: Document, timexes: list[Timex]) -> list[Event]:
    """Candidate events of one document, in text order (one source each; merging comes later)."""
    people = people_of(doc.text)
    aliases = {**unknown_names(doc.text), **aliases_of(doc.text)}
    events: list[Event] = []
    previous_end = -1
    starts = [t.start for t in timexes]
    for timex in timexes:
        if not dates_an_event(timex) or in_furniture(doc.furniture, timex.start, timex.end):
            continue
        # "On Wednesday and Thursday": one happening over both days, dated by the first.
        coordinated = re.fullmatch(r"\s*(?:and|or|to|through|-|–)\s*", doc.text[previous_end:timex.start])
        previous_end = timex.end
        if coordinated:
            continue
        s_start, s_end = sentence_at(doc.text, timex.start)
        sentence = doc.text[s_start:s_end]
        rel_start, rel_end = timex.start - s_start, timex.end - s_start
        first = bisect.bisect_left(starts, s_start)
        others = tuple(t.text for t in timexes[first:bisect.bisect_left(starts, s_end)]
                       if t is not timex and dates_an_event(t))  # dates of other events, not "for years"
        # "the first strike since 2002", "... from $12.8 billion a year earlier", "the quarter ended
        # Sept. 30": the date of a record's start, a baseline or a period's end dates no happening
        # of its own; only a "when" clause after it may
        no_own_event = (_RECORD_SINCE.search(sentence, 0, rel_start)
                        or _BASELINE_BEFORE.search(sentence, max(0, rel_start - 80), rel_start)
                        or _PERIOD_END_BEFORE.search(sentence, max(0, rel_start - 40), rel_start))
        title = "" if no_own_event else make_title(
            sentence, rel_start, rel_end, last_person(doc.text, s_start, people),
            doc.text[max(0, s_start - 400):s_start], others)
        if not title and not no_own_event:
            continue
        kind = event_kind(doc, timex, sentence, rel_start)
        quote = squash(sentence)
        source = Source(doc.id, quote, timex.text, timex.start, timex.end, timex.value,
                        explain(timex, doc), s_start)
        precision = interval(timex.value).precision
        if title:
            events.append(Event("", timex.value, precision, title, quote, kind, [source],
                                tags(title, _story_only(doc, s_start, s_end), people, aliases),
                                mod=timex.mod if timex.mod in APPROXIMATE else ""))
        when = _WHEN_CLAUSE.match(sentence[rel_end:])
        if when and VERB.search(when.group("clause")):
            clause_title_ = tidy(when.group("clause"))
            if clause_title_ and clause_title_.lower() != title.lower():  # not the headline again
                events.append(Event("", timex.value, precision, clause_title_, quote,
                                    "happened" if kind != "planned" else kind,
                                    [source], tags(clause_title_, when.group("clause"), people, aliases)))
    lead = lead_event(doc, timexes, people)
    dct = interval(doc.dct) if doc.dct else None
    # The lead tells the article's news only if no dated sentence already tells it.
    if lead and not any(dct and interval(e.date).overlaps(dct) and interval(e.date).end - interval(e.date).start <= 7
                        for e in events):
        events.insert(0, lead)
    for event in events:
        event.id = f"{event.date}-{slugify(event.title, 50)}"
    return events


def _story_only(doc: Document, start: int, end: int) -> str:
    """doc.text[start:end] with its furniture blanked: a lead's dateline ("ROTTERDAM, March 14
    (Reuters) -") belongs to the whole article, and its agency took no part in the news."""
    text = doc.text[start:end]
    for s, e, _ in doc.furniture:
        if s < end and e > start:
            lo, hi = max(s, start) - start, min(e, end) - start
            text = text[:lo] + " " * (hi - lo) + text[hi:]
    return text


def tags(title: str, sentence: str, people: dict[str, str], aliases: dict[str, str]) -> list[str]:
    """The entities the headline names; the sentence's when the headline names none."""
    return find_entities(title, people, aliases) or find_entities(sentence, people, aliases)


PRONOUN_REACH = 2000  # characters back a "He" looks for the person it means


def last_person(text: str, before: int, people: dict[str, str]) -> str:
    """The surname of the person a sentence that says "He" means: the person the sentence before
    opens with ("Donald Trump won ... defeating Kamala Harris. He ..."), else the person named
    last before `before`."""
    end = len(text[max(0, before - 400):before].rstrip()) + max(0, before - 400)  # the sentence before
    if end > 0:
        opener = subject_person(text[sentence_at(text, end - 1)[0]:end])
        if opener:
            return opener
    best, best_at = "", -1
    for name, full in people.items():
        at = text.rfind(name, max(0, before - PRONOUN_REACH), before)
        if at > best_at:
            best, best_at = full.split()[-1], at
    return best


def lead_event(doc: Document, timexes: list[Timex], people: dict[str, str]) -> Event | None:
    """The news of the article itself, dated by its creation time: the first sentence of the
    body that tells something (an entity, a verb, no date of its own), when the DCT is known to
    the day or the week. "Hegseth is set to meet European counterparts" in an article of
    12 Feb 2025 is an event of that week even though the sentence names no date."""
    dct = interval(doc.dct) if doc.dct else None
    if dct is None or dct.precision not in ("day", "time", "week"):
        return None
    dated = [(t.start, t.end) for t in timexes if t.type in ("DATE", "TIME")]
    for s, e in itertools.islice(sentences(doc.text), 6):
        sentence = doc.text[s:e]
        if in_furniture(doc.furniture, s, e) or len(sentence.split()) < 10:
            continue
        if any(s <= ts < e for ts, _ in dated):
            return None  # the lead has its own date: its event comes from that
        title = clause_title(sentence, 0, 0)
        entities = tags(title, sentence, people, {**unknown_names(doc.text), **aliases_of(doc.text)}) if title else []
        if not entities or not title or not VERB.search(title) or not stands_alone(title):
            continue
        planned = bool(_FUTURE_CUES.search(sentence))
        value = format_unit(dct.start, "week") if planned else doc.dct
        source = Source(doc.id, squash(sentence), "", s, s, value,
                        f"no date in the sentence: the article's own news, dated by when it was written ({doc.dct})", s)
        return Event("", value, interval(value).precision, title, squash(sentence),
                     "planned" if planned else "happened", [source], entities)
    return None


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
    if (dct is None or (iv and iv.overlaps(dct))) and _FUTURE_CUES.search(sentence):
        return "planned"  # with no creation date, only the words can tell "will host" from "hosted"
    return "happened"


def explain(timex: Timex, doc: Document) -> str:
    """How the date was found, for a reader: "'last year' in an article of 2025-02-13 -> 2024"."""
    if timex.anchor == "absolute":
        return f"“{squash(timex.text)}” is a calendar date: {timex.value}"
    if timex.anchor == "dct":
        return f"“{squash(timex.text)}” in an article of {doc.dct or 'unknown date'} → {timex.value}"
    return f"“{squash(timex.text)}” counted from the date mentioned before it → {timex.value}"
