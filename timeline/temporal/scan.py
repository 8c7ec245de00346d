"""Running the grammar over a text: each rule only near the words it cannot match without.

Python's regex engine tries a pattern at every position of the text, so running sixty rules meant
sixty passes over every article. Each rule names a trigger class (grammar.TRIGGER_WORDS: month
names, weekdays, units, a few keywords, or digits); one pass finds every trigger word, and each
rule then runs over the windows of text around its class's triggers only, joined into one short
string per class. An expression is assumed to lie within `WINDOW` characters of its trigger.
A rule that names words it cannot match without (grammar.NEEDS) runs only over the windows that
hold one of them: most rules are built around a word of their own ("tonight", "quarter", "ago").
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

from .grammar import COMPILED, TRIGGER_WORDS, alternation

WINDOW = 32  # characters either side of a trigger word: lookaheads reach far ("Saturday's Cheshire County
# League match"), and so do spelled-out numbers and their modifiers ("about twenty-five consecutive years")
# Joins two windows: no rule matches a NUL, so no match spans two windows, and the blanks make
# the edges look like the word boundaries they were cut at.
_GAP = " \0 "


def _escape(words: str) -> str:
    """`words` as a pattern, an apostrophe either way (as grammar.alternation writes them)."""
    return re.escape(words).replace("'", "['’]")


def _trigger_pattern(words) -> str:
    """One word per trigger. A keyword of several words is matched by its first, the rest only
    looked ahead at: "may day" must not swallow the "day" of "May days", a unit's trigger."""
    single = {w for w in words if " " not in w}
    several = sorted({(w.split(" ", 1)[0], w.split(" ", 1)[1]) for w in words if " " in w})
    ahead = [rf"{_escape(first)}(?=\s+{_escape(rest)})" for first, rest in several
             if not any(first.startswith(w) for w in single)]  # else the single word finds it already
    return "|".join([alternation(single), *ahead])


# (A number's opening apostrophe, "'98", is looked back at: in the pattern it cost 15% of this pass.)
# Nothing starts after a letter (every rule is framed so), and a number right after one is no
# trigger either, but for the "3" of "Q3" and the "2" of "H2": a first test that fails inside
# words, where most positions of a text are, makes the pass 20% faster.
_TRIGGER_PATTERN = r"(?<![a-gi-pr-z])(?:\d+|(?<!\w)(?:" + _trigger_pattern(
    [w for words in TRIGGER_WORDS.values() for w in words]) + "))"
# Matching lower-cased text is faster than ignoring case; the slower form is for the rare text
# whose lower-case form has another length ("İ" -> "i̇"), where offsets would not carry over.
_TRIGGER = re.compile(_TRIGGER_PATTERN)
_TRIGGER_ANY_CASE = re.compile(_TRIGGER_PATTERN, re.IGNORECASE)
_BLANK = re.compile(r"\s")


@lru_cache(maxsize=4096)
def _classes(word: str) -> tuple[str, ...]:
    """The trigger classes of a trigger word or number as found in a text."""
    if word[-1].isdigit():
        yearlike = word[0] in "'’" or (len(word) == 4 and word[0] in "12")
        return ("digit", "year") if yearlike else ("digit",)
    word = word.lower().replace("’", "'")  # (the trigger pattern finds either apostrophe: "Valentine’s Day")
    return tuple(c for c, words in TRIGGER_WORDS.items() if any(word.startswith(w.split(" ")[0]) for w in words))


@dataclass(frozen=True)
class Windows:
    """Pieces of a text joined into one string, and where each piece came from."""

    text: str
    starts: tuple[int, ...]  # offset of each piece in `text`
    origins: tuple[int, ...]  # offset of each piece in the original text

    def original(self, pos: int) -> int:
        i = bisect.bisect_right(self.starts, pos) - 1
        return self.origins[i] + pos - self.starts[i]


def _edge(text: str, pos: int, step: int) -> int:
    """`pos` moved out to the nearest blank (at most WINDOW further), so no word is cut."""
    pos = max(0, min(len(text), pos))
    if step < 0:
        lo = max(0, pos - WINDOW)
        cut = max(text.rfind(" ", lo, pos), text.rfind("\n", lo, pos), text.rfind("\t", lo, pos))
        return cut if cut >= 0 else lo
    m = _BLANK.search(text, pos, pos + WINDOW)
    return m.start() + 1 if m else min(len(text), pos + WINDOW)


# Trigger words that may be only the start of a keyword's first word: "mar" (March) is what the
# pattern finds at "Martin Luther King Day", so the whole word is read there.
_SHORTER_THAN_A_FIRST = frozenset(
    w for words in TRIGGER_WORDS.values() for w in words if " " not in w
    and any(k.split(" ", 1)[0].startswith(w) and k.split(" ", 1)[0] != w
            for ws in TRIGGER_WORDS.values() for k in ws if " " in k))
_WORD_REST = re.compile(r"\w*")


def trigger_words(text: str, lower: str | None = None) -> Iterator[tuple[str, int, int]]:
    """(word, start, end) of every trigger word or number of `text` (`lower`: text.lower())."""
    lower = text.lower() if lower is None else lower
    found = _TRIGGER.finditer(lower) if len(lower) == len(text) else _TRIGGER_ANY_CASE.finditer(text)
    for m in found:
        word, start, end = m.group(), m.start(), m.end()
        if start and word[0].isdigit() and text[start - 1] in "'’":
            word, start = "'" + word, start - 1
        elif word in _SHORTER_THAN_A_FIRST:
            end = _WORD_REST.match(text, end).end()
            word = text[start:end]
        yield word, start, end


def _spans(text: str, lower: str) -> dict[str, list[tuple[int, int]]]:
    """For each trigger class, the stretches of text around its triggers, in text order."""
    spans: dict[str, list[tuple[int, int]]] = {c: [] for c in (*TRIGGER_WORDS, "digit", "year")}
    for word, start, end in trigger_words(text, lower):
        for c in _classes(word):
            spans[c].append((start, end))
    return {c: _merge(text, found) for c, found in spans.items()}


def _merge(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans in text order -> pieces of text: each span widened by WINDOW to the nearest blank,
    overlapping ones joined. A piece's end is found for its last span only: the edge is never
    before where it is looked for, so a span that starts close enough joins without it."""
    pieces: list[tuple[int, int]] = []
    lo = last = -1
    for start, end in spans:
        if last >= 0:
            if start - WINDOW <= last + WINDOW:
                last = end
                continue
            hi = _edge(text, last + WINDOW, 1)
            if start - WINDOW <= hi:
                last = end
                continue
            pieces.append((lo, hi))
        lo, last = _edge(text, start - WINDOW, -1), end
    if last >= 0:
        pieces.append((lo, _edge(text, last + WINDOW, 1)))
    return pieces


def _starts(pieces: list[tuple[int, int]]) -> list[int]:
    """Where each piece starts once the pieces are joined with _GAP."""
    starts, length = [], 0
    for lo, hi in pieces:
        starts.append(length)
        length += hi - lo + len(_GAP)
    return starts


def _join(text: str, pieces: list[tuple[int, int]]) -> Windows:
    return Windows(_GAP.join(text[lo:hi] for lo, hi in pieces), tuple(_starts(pieces)),
                   tuple(lo for lo, _ in pieces))


# Letters that match an ASCII letter when case is ignored but lower-case to something else ("ſ" is
# an "s" to the rules; "İ" lower-cases to two characters).
_ODD_CASE = "\u0130\u0131\u017f"
_FOLD = str.maketrans(_ODD_CASE, "iis")


def lowered(text: str) -> str:
    """`text` lower-cased as case-insensitive matching reads it, one character for one: a pattern
    of lower-case ASCII words finds in it, matching case, what it finds in `text` ignoring case
    (and faster: the regex engine then skips alternatives by their first letter)."""
    return text.translate(_FOLD).lower() if any(c in text for c in _ODD_CASE) else text.lower()


def _groups():
    """The rules in groups of one trigger class and one set of needed words, in rule order (the
    order the words are named in does not matter: ("before", "after") is ("after", "before"))."""
    groups: dict[tuple, list] = {}
    for priority, (rule, regex) in enumerate(COMPILED):
        needs = tuple(sorted(set(rule.needs))) if rule.needs else rule.needs
        groups.setdefault((rule.trigger, needs), []).append((priority, rule, regex))
    return tuple((trigger, needs, tuple(rules)) for (trigger, needs), rules in groups.items())


_GROUPS = _groups()


def _holding(joined: str, starts: list[int], words: tuple[str, ...]) -> set[int]:
    """Which pieces of `joined` (the pieces start at `starts`) hold one of `words`: each word
    is looked for once per piece at most, from where the last piece found for it ends."""
    held: set[int] = set()
    for word in words:
        at = joined.find(word)
        while at >= 0:
            i = bisect.bisect_right(starts, at) - 1
            held.add(i)
            at = joined.find(word, starts[i + 1]) if i + 1 < len(starts) else -1
    return held


def matches(text: str) -> Iterator[tuple[int, object, int, int, re.Match]]:
    """(priority, rule, start, end, match) of every match of every rule, offsets into `text` (the
    match's own offsets are into the joined pieces; its groups are asked for only if needed).

    A rule with `needs` runs only over the pieces of its class's text that hold one of those
    words: a match lies within one piece (no rule matches the NUL between two) and holds one.
    """
    lower = text.lower()
    spans = _spans(text, lower)
    folded = lowered(text)
    if "’" in folded:
        folded = folded.replace("’", "'")  # (the needed words are written with "'": "valentine's")
    class_text: dict[str, str] = {}  # all of a class's pieces of `folded`, joined once
    piece_starts: dict[str, list[int]] = {}  # where each of them starts in its class_text
    whole: dict[str, Windows] = {}  # all of a class's pieces, joined once
    for trigger, needs, rules in _GROUPS:
        pieces = spans[trigger]
        if not pieces:
            continue
        if needs:
            everywhere = class_text.get(trigger)
            if everywhere is None:
                everywhere = class_text[trigger] = _GAP.join(folded[lo:hi] for lo, hi in pieces)
                piece_starts[trigger] = _starts(pieces)
            held = _holding(everywhere, piece_starts[trigger], needs)
            if not held:
                continue
            if len(held) < len(pieces):
                pieces = [pieces[i] for i in sorted(held)]
        if pieces is spans[trigger]:
            where = whole.get(trigger)
            if where is None:
                where = whole[trigger] = _join(text, pieces)
        else:
            where = _join(text, pieces)
        for priority, rule, regex in rules:
            for m in regex.finditer(where.text):
                if m.end() > m.start():
                    start = where.original(m.start())
                    yield priority, rule, start, start + m.end() - m.start(), m
