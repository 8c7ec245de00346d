"""The look-ahead for a pattern's first characters (timeline/temporal/first_chars.py) must never
lose a match: it only lets the regex engine give up sooner at positions no match starts at."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.temporal.first_chars import first_chars, prefiltered
from timeline.temporal.grammar import COMPILED, RULES, framed


@pytest.mark.parametrize("pattern, first", [
    ("ab|cd", "[ac]"),
    ("(?:the\\s+)?week", "[tw]"),
    ("(?<!\\w)(?=x)\\b(?:x|y)", "[xy]"),  # look-arounds and anchors are skipped, not read
    ("\\d+[:.]\\d", "[\\d]"),
    ("[a-c_]z", "[_a-c]"),
    ("(?P<n>\\d\\d?)?\\s+days", "[\\d\\s]"),
])
def test_first_chars_of_a_pattern(pattern, first):
    assert first_chars(pattern) == first


@pytest.mark.parametrize("pattern", ["a?", "(?:x|)", ".x", "[^a]b", "x*"])
def test_no_set_where_a_match_can_start_with_anything_or_nothing(pattern):
    assert first_chars(pattern) is None
    assert prefiltered(pattern).pattern == pattern


@pytest.mark.parametrize("pattern, flags, text, match", [
    ("\U00010400|b", 0, "\U00010400", "\U00010400"),  # a cased letter above the BMP: no set (CPython
    ("\U00010400x|b", re.IGNORECASE, "\U00010428x", "\U00010428x"),  # matches it alone, not in a set)
    ("(?i)may", 0, "MAY", "MAY"),  # global flags stay first
    ("(?x) a b  # a comment", 0, "ab", "ab"),  # a closing comment does not swallow the group's end
    ("ab|cd", 0, "xcd", "cd"),  # the look-ahead is for every branch
])
def test_patterns_outside_the_grammar_keep_their_matches(pattern, flags, text, match):
    assert prefiltered(pattern, flags).search(text).group() == match
    assert re.compile(pattern, flags).search(text).group() == match


def test_bytes_are_left_as_they_are():
    assert prefiltered(b"ab|cd").search(b"xcd").group() == b"cd"


def test_a_part_that_ignores_case_keeps_its_matches():
    regex = prefiltered("(?i:may)day")
    assert [m.group() for m in regex.finditer("MAYday Mayday mayDAY")] == ["MAYday", "Mayday"]


# Every rule's examples, run through every rule: the prefiltered pattern finds exactly what the
# pattern finds, at the same places, with the same groups.
_EXAMPLES = "\n".join(re.sub(r"\[\[|\]\]", "", example[0]) for rule in RULES for example in rule.examples)


def _found(regex, text):
    return [(m.span(), m.groupdict()) for m in regex.finditer(text)]


_PLAIN = [(rule, re.compile(framed(rule), re.IGNORECASE)) for rule in RULES]


def test_every_rule_looks_ahead_for_its_first_characters():
    assert all(regex.pattern.startswith("(?=[") for _, regex in COMPILED)


def test_every_rule_finds_the_same_with_its_look_ahead():
    for (rule, plain), (_, regex) in zip(_PLAIN, COMPILED):
        assert _found(regex, _EXAMPLES) == _found(plain, _EXAMPLES), rule.name


_PIECES = st.sampled_from(["Jan.", "March", "5", "12", "1999", "'98", " ", "\n", ",", "-", ":", "a.m.",
                           "o'clock", "last", "week", "the", "ago", "Monday", "night", "of", "Q3", "$",
                           "#", "é", "ſ", "İ", "’", "every", "since", "2 p.m.", "fiscal", "day"])


@settings(max_examples=60, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_rules_find_the_same_in_any_text(text):
    for (rule, plain), (_, regex) in zip(_PLAIN, COMPILED):
        assert _found(regex, text) == _found(plain, text), rule.name
