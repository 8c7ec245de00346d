"""Dated mentions of event nouns: "Russia's 2022 invasion", "the invasion of Ukraine in 2022",
"the invasion began on Feb. 24, 2022".

"The third anniversary of the invasion" and "a year after the invasion" count from the invasion,
not from the DCT. The tagger remembers, for each event noun that a date qualifies, the value of
that date, and resolve.py anchors such expressions to it.
"""
from __future__ import annotations

import re

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


def event_noun(text: str, start: int, end: int) -> str | None:
    """The event noun that the date text[start:end] qualifies, if any."""
    if _DETERMINER_BEFORE.search(text, max(0, start - 12), start):
        m = _NOUN_AFTER.match(text, end)
        if m and m["noun"] not in _NOT_EVENTS:
            return m["noun"]
    for pattern in (_NOUN_BEFORE, _SUBJECT_BEFORE):
        m = pattern.search(text, max(0, start - REACH), start)
        if m and m["noun"] not in _NOT_EVENTS:
            return m["noun"]
    return None
