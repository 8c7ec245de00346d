"""The tense of the clause around a time expression, from cue words (no part-of-speech tagger).

"The summit scheduled for June" looks ahead; "the summit in June agreed" looks back. The cue
nearest to the expression inside its sentence decides; without one the tense is unknown ("").
"""
from __future__ import annotations

import re

from .grammar import alternation

_FUTURE = (
    "will", "'ll", "shall", "won't", "going to", "is set to", "are set to", "be set to", "set to be",
    "set to meet", "set to arrive", "set to take", "set to hold", "set to visit", "set to travel",
    "set to begin", "set to start", "scheduled", "expected to", "is to", "are to", "plan to",
    "plans to", "planned", "planning", "upcoming", "due to", "ahead of", "intend to", "intends to",
    "aim to", "aims to", "next", "forthcoming", "anticipated", "slated", "to be held",
    "would be held", "would take", "would begin", "would be taken",
)
_PAST_IRREGULAR = (
    "was", "were", "had", "did", "met", "held", "took", "made", "came", "went", "saw", "began",
    "won", "lost", "left", "gave", "became", "fell", "rose", "sent", "spent", "brought", "thought",
    "found", "led", "ran", "paid", "sold", "built", "bought", "wrote", "spoke", "struck", "grew",
    "knew", "ago", "got", "put", "set up", "hit", "quit", "cut", "chose", "drew", "flew", "fought",
    "froze", "hid", "kept", "laid", "meant", "overtook", "sat", "shot", "shut", "stood", "stole",
    "swore", "taught", "threw", "understood", "withdrew", "woke", "wore", "agreed", "joined",
    "annexed",
)
# Participles that usually look ahead in news ("the scheduled summit", "the expected vote").
_NOT_PAST = {"scheduled", "expected", "planned", "proposed", "anticipated", "slated", "needed",
             "required", "based", "called", "united", "red", "bed", "need", "speed", "feed",
             "shed", "seed", "embed", "bred", "indeed", "hundred", "related", "limited",
             "interested", "concerned", "advanced", "detailed", "skilled", "sophisticated",
             "armed", "allied", "supposed", "used", "hired",
             # Reporting verbs date the report, not what it reports ("said it would close Friday").
             "reported", "announced", "added", "noted", "stated", "explained", "declared",
             "confirmed", "claimed", "insisted", "warned", "predicted", "estimated", "indicated",
             "disclosed", "revealed", "acknowledged", "suggested", "argued", "replied"}

_CUES = re.compile(rf"\b(?:(?P<future>{alternation(_FUTURE)})|(?P<past>{alternation(_PAST_IRREGULAR)})"
                   r"|(?P<ed>[a-z]{3,}ed))\b", re.IGNORECASE)
# A full stop after an initial or a common abbreviation ("U.S.", "Mr.") ends no sentence.
_SENTENCE_END = re.compile(r"(?<!\b[A-Z])(?<!\bU\.S)(?<!\bU\.K)(?<!\bU\.N)(?<!\bMr)(?<!\bMs)(?<!\bDr)"
                           r"(?<!\bSt)(?<!\bGen)(?<!\bSen)(?<!\bRep)(?<!\bGov)(?<!\bNo)"
                           r"[.!?;]\s+(?=[A-Z\"“‘'(])|\n")


def sentence_bounds(text: str, start: int, end: int, reach: int = 400) -> tuple[int, int]:
    """The sentence around [start, end), looked for within `reach` characters either side."""
    lo = max(0, start - reach)
    left = lo
    for m in _SENTENCE_END.finditer(text, lo, start):
        left = m.end()
    m = _SENTENCE_END.search(text, end, min(len(text), end + reach))
    right = m.start() + 1 if m else min(len(text), end + reach)
    return left, right


def tense(text: str, start: int, end: int) -> str:
    """"past", "future" or "" for the clause around text[start:end]."""
    left, right = sentence_bounds(text, start, end)
    best: tuple[int, str] | None = None
    for m in _CUES.finditer(text, left, right):
        if start <= m.start() < end:
            continue  # words of the expression itself ("next", "ago") speak for themselves
        if m.group("ed") and m.group("ed").lower() in _NOT_PAST:
            continue
        kind = "future" if m.group("future") else "past"
        distance = m.start() - end if m.start() >= end else start - m.end()
        if best is None or distance < best[0]:
            best = (distance, kind)
    return best[1] if best else ""
