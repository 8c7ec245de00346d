"""The characters a regular expression can start a match with, read from its parsed form.

Python's regex engine tries a pattern at every position of a text. When the pattern starts with
a character or a set it skips to the next position that can start it, but a pattern that starts
with a look-around (every rule of the grammar does: none starts inside a word) is tried in full
at each position. A look-ahead for the possible first characters, put in front, fails at most
positions in one step: the grammar runs a third faster, and matches the same.
"""
from __future__ import annotations

import re

try:  # (the parser is private and has moved before: without it, patterns go unchanged)
    from re import _constants as _C, _parser as _P
except ImportError:  # pragma: no cover
    _C = _P = None

if _C is not None:
    _CATEGORIES = {_C.CATEGORY_DIGIT: r"\d", _C.CATEGORY_NOT_DIGIT: r"\D", _C.CATEGORY_SPACE: r"\s",
                   _C.CATEGORY_NOT_SPACE: r"\S", _C.CATEGORY_WORD: r"\w", _C.CATEGORY_NOT_WORD: r"\W"}
    _ZERO_WIDTH = (_C.AT, _C.ASSERT, _C.ASSERT_NOT)
    _REPEATS = tuple(getattr(_C, name) for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
                     if hasattr(_C, name))


def first_chars(pattern: str, flags: int = 0) -> str | None:
    """A character set (as pattern text) holding every first character of a match of `pattern`,
    or None where there is no such set: the pattern can match the empty string, or starts with
    something this does not read ("." or a negated set: nearly any character)."""
    if _P is None:
        return None  # pragma: no cover
    try:
        found = _sequence(_P.parse(pattern, flags))
    except Exception:  # (an unknown node of a newer parser: no set, the pattern unchanged)
        return None
    if found is None or found[1]:
        return None
    return "[" + "".join(sorted(found[0])) + "]"


def prefiltered(pattern: str, flags: int = 0) -> re.Pattern:
    """`pattern` compiled with a look-ahead for its first characters in front: the same matches,
    sooner. The pattern is grouped behind it (a top-level "|" would leave it to the first
    branch), after any global flags ("(?i)"), which must stay first."""
    if not isinstance(pattern, str):
        return re.compile(pattern, flags)  # (bytes: left as they are)
    first = first_chars(pattern, flags)
    if first is None:
        return re.compile(pattern, flags)
    if not flags & re.IGNORECASE:  # (a part of it may ignore case: "(?i:may)")
        first = f"(?i:{first})"
    lead = _GLOBAL_FLAGS.match(pattern)
    head, body = (lead.group(), pattern[lead.end():]) if lead else ("", pattern)
    verbose = flags & re.VERBOSE or "x" in head
    return re.compile(f"{head}(?={first})(?:{body}{chr(10) if verbose else ''})", flags)  # (a closing
    # comment of a verbose pattern must not swallow the bracket)


_GLOBAL_FLAGS = re.compile(r"(?:\(\?[aiLmsux]+\))+")


def _sequence(items) -> tuple[set[str], bool] | None:
    """(first characters, whether it can match empty) of parsed items in a row."""
    first: set[str] = set()
    for op, av in items:
        found = _item(op, av)
        if found is None:
            return None
        first |= found[0]
        if not found[1]:
            return first, False
    return first, True


def _item(op, av) -> tuple[set[str], bool] | None:
    if op is _C.LITERAL:
        if av > 0xFFFF:
            return None  # (a cased letter above the BMP matches alone, but not in a set ignoring case)
        return {re.escape(chr(av))}, False
    if op is _C.IN:
        first = set()
        for kind, value in av:
            if kind is _C.LITERAL and value <= 0xFFFF:
                first.add(re.escape(chr(value)))
            elif kind is _C.RANGE and value[1] <= 0xFFFF:
                first.add(re.escape(chr(value[0])) + "-" + re.escape(chr(value[1])))
            elif kind is _C.CATEGORY and value in _CATEGORIES:
                first.add(_CATEGORIES[value])
            else:  # NEGATE and the rest: nearly any character
                return None
        return first, False
    if op is _C.CATEGORY and av in _CATEGORIES:
        return {_CATEGORIES[av]}, False
    if op in _ZERO_WIDTH:  # (a look-around narrows the set; leaving it out only widens it)
        return set(), True
    if op is _C.BRANCH:
        first, empty = set(), False
        for branch in av[1]:
            found = _sequence(branch)
            if found is None:
                return None
            first |= found[0]
            empty = empty or found[1]
        return first, empty
    if op is _C.SUBPATTERN:
        return _sequence(av[-1])
    if op is getattr(_C, "ATOMIC_GROUP", None):
        return _sequence(av)
    if op in _REPEATS:
        found = _sequence(av[2])
        return None if found is None else (found[0], found[1] or av[0] == 0)
    return None
