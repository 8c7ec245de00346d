"""Dated mentions of event nouns: "Russia's 2022 invasion", "the invasion of Ukraine in 2022",
"the invasion began on Feb. 24, 2022".

"The third anniversary of the invasion" and "a year after the invasion" count from the invasion,
not from the DCT. The tagger remembers, for each event noun that a date qualifies, the value of
that date, and resolve.py anchors such expressions to it. A verb dates its noun too: "Russia
invaded Ukraine on Feb. 24, 2022" dates "the invasion" (data/event_verbs.tsv).
"""
from __future__ import annotations

import re

from ..text import read_table

# The date before the noun, after a determiner or a possessive: "the 2022 invasion".
_DETERMINER_BEFORE = re.compile(r"(?:\b(?:the|its|their|his|her|our|a|an)|['’]s)\s+$", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"\s+(?:[a-z]+-[a-z]+\s+)?(?P<noun>[a-z]{3,})\b")
# The date after the noun: "the invasion of Ukraine in 2022", "the vote on June 5, 2024".
_NOUN_BEFORE = re.compile(
    r"\b(?i:the|its|their|his|her|our)\s+(?:[a-z]+-[a-z]+\s+)?(?P<noun>[a-z]{3,})"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?\s+(?:in|on|of)\s+$")
# The noun as the subject of a verb of happening: "the invasion began on Feb. 24, 2022".
_SUBJECT_BEFORE = re.compile(
    r"\b(?i:the|its|their|his|her|our)\s+(?:[a-z]+-[a-z]+\s+)?(?P<noun>[a-z]{3,})\s+"
    r"(?:began|started|ended|happened|occurred|came|broke\s+out|took\s+place|(?:was|were)\s+held)\s+(?:on|in)\s+$")
_NOT_EVENTS = {"and", "but", "for", "from", "with", "when", "while", "than", "that", "this", "then",
               "was", "were", "has", "had", "have", "are", "will", "would", "year", "month", "week",
               "day", "period", "quarter", "season", "time", "end", "start", "beginning", "middle",
               "first", "second", "third", "last", "next", "same", "level", "levels", "figure",
               "figures", "rate", "price", "prices", "percent"}
REACH = 60


def _load_verbs() -> dict[str, tuple[str, ...]]:
    """Verb form -> the event nouns it dates, from data/event_verbs.tsv (noun, then its forms)."""
    verbs: dict[str, tuple[str, ...]] = {}
    for noun, forms in read_table("event_verbs.tsv"):
        for form in forms:
            verbs[form] = verbs.get(form, ()) + (noun,)
    return verbs


VERB_NOUNS = _load_verbs()
# "Russia invaded Ukraine on": the verb among up to six words before the date's preposition.
_WORDS_BEFORE = re.compile(r"(?:\b[\w'’.-]+\s+){1,6}(?:on|in|during)\s+$")
# Its last words, tested first: most dates fail this cheap test, while _WORDS_BEFORE tries up to
# six words at every position of its reach.
_PREPOSITION_BEFORE = re.compile(r"(?:on|in|during)\s+$")
_FRONTED = re.compile(r"(?:^|[.!?]\s+|\n)(?:In|On|During)\s+$")
# "In 2022, Russia invaded Ukraine": a short subject, then the verb.
_VERB_AFTER = re.compile(r",?\s+(?:(?:the\s+)?[A-Z][\w'’.-]*\s+){1,3}(?P<verb>[a-z]+(?:\s+(?:up|out|in))?)")


def event_nouns(text: str, start: int, end: int) -> tuple[str, ...]:
    """The event nouns that the date text[start:end] dates, if any: one the date qualifies, else
    those of the verb it dates."""
    if _DETERMINER_BEFORE.search(text, max(0, start - 12), start):
        m = _NOUN_AFTER.match(text, end)
        if m and m["noun"] not in _NOT_EVENTS:
            return (m["noun"],)
    if _preposition_before(text, start):  # (which both patterns end with: a cheap test first)
        for pattern in (_NOUN_BEFORE, _SUBJECT_BEFORE):
            m = pattern.search(text, max(0, start - REACH), start)
            if m and m["noun"] not in _NOT_EVENTS:
                return (m["noun"],)
    return _verb_nouns(text, start, end)


def _preposition_before(text: str, start: int) -> bool:
    """Whether "in", "on" or "of" and a blank come right before `start`."""
    j = start
    while j > 0 and text[j - 1].isspace():
        j -= 1
    return j < start and text[j - 2:j] in ("in", "on", "of")


def _verb_nouns(text: str, start: int, end: int) -> tuple[str, ...]:
    """Nouns of the verb that the date dates: the nearest known verb before "on/in DATE" within
    the clause, or the verb after a fronted "In DATE,"."""
    if _FRONTED.search(text, max(0, start - 12), start):
        m = _VERB_AFTER.match(text, end)
        if not m:
            return ()
        return VERB_NOUNS.get(m["verb"]) or VERB_NOUNS.get(m["verb"].split()[0], ())  # "set up", else "set"
    lo = max(0, start - REACH)
    m = _PREPOSITION_BEFORE.search(text, lo, start) and _WORDS_BEFORE.search(text, lo, start)
    if not m:
        return ()
    words = m.group().split()[:-1]
    for i in range(len(words) - 1, -1, -1):
        pair = " ".join(words[i:i + 2])
        nouns = VERB_NOUNS.get(pair) or VERB_NOUNS.get(words[i])
        if nouns:
            return nouns
    return ()
