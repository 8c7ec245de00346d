"""The tense of the clause around a time expression, from cue words (no part-of-speech tagger).

"The summit scheduled for June" looks ahead; "the summit in June agreed" looks back. The cue
nearest to the expression inside its sentence decides; without one the tense is unknown ("").
"""
from __future__ import annotations

import re

_FUTURE = (r"will|'ll|shall|won't|going\s+to|(?:is|are|be)\s+set\s+to|set\s+to\s+(?:be|meet|arrive|"
           r"take|hold|visit|travel|begin|start)|scheduled|expected\s+to|is\s+to|are\s+to|plans?\s+to|"
           r"planned|planning|upcoming|due\s+to|ahead\s+of|intends?\s+to|aims?\s+to|next|forthcoming|"
           r"anticipated|slated|to\s+be\s+held|would\s+(?:be\s+)?(?:held|take|begin)")
_PAST_IRREGULAR = (r"was|were|had|did|said|told|met|held|took|made|came|went|saw|began|won|lost|"
                   r"left|gave|became|fell|rose|sent|spent|brought|thought|found|led|ran|paid|sold|"
                   r"built|bought|wrote|spoke|struck|grew|knew|ago|got|put|set\s+up|hit|quit|cut|"
                   r"chose|drew|flew|fought|froze|hid|kept|laid|meant|overtook|sat|shot|shut|stood|"
                   r"stole|swore|taught|threw|understood|withdrew|woke|wore|agreed|joined|annexed")
# Participles that usually look ahead in news ("the scheduled summit", "the expected vote").
_NOT_PAST = {"scheduled", "expected", "planned", "proposed", "anticipated", "slated", "needed",
             "required", "based", "called", "united", "red", "bed", "need", "speed", "feed",
             "shed", "seed", "embed", "bred", "indeed", "hundred", "related", "limited",
             "interested", "concerned", "advanced", "detailed", "skilled", "sophisticated",
             "armed", "allied", "supposed", "used", "hired"}

_CUES = re.compile(rf"\b(?:(?P<future>{_FUTURE})|(?P<past>{_PAST_IRREGULAR})|(?P<ed>[a-z]{{3,}}ed))\b",
                   re.IGNORECASE)
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
