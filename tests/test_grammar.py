"""Every example written next to a grammar rule is a test case (see timeline/temporal/grammar.py).

Each example is tagged against the DCT Thursday 2025-02-13, alone or, when it names a tense, in a
sentence whose verb has that tense; the rule must find exactly the example's text and give it
the example's value ([[...]] marks the expression in an example that needs context).
"""
from __future__ import annotations

import re

import pytest

from timeline.temporal.grammar import COMPILED, CONTINUATIONS, RULES, TRIGGER_WORDS
from timeline.temporal.scan import _classes, trigger_words
from timeline.temporal.tagger import tag
from timeline.temporal.values import is_well_formed

DCT = "2025-02-13"
SENTENCES = {"": "{}", "past": "They met {}.", "future": "They will meet {}."}
EXAMPLES = [(rule, example) for rule in RULES + CONTINUATIONS for example in rule.examples]


def _id(case) -> str:
    rule, example = case
    return f"{rule.name}:{example[0]}"


@pytest.mark.parametrize("case", EXAMPLES, ids=[_id(c) for c in EXAMPLES])
def test_rule_example(case):
    rule, (text, value, *tense) = case
    marked = re.search(r"\[\[(.+?)\]\]", text)
    if marked:
        text, context = marked.group(1), text.replace("[[", "").replace("]]", "")
    else:
        context = text
    sentence = SENTENCES[tense[0] if tense else ""].format(context)
    found = [(t.text, t.value, t.rule) for t in tag(sentence, DCT, doc_type="news")]
    assert (text, value, rule.name) in found, found


SCANNED = [(rule, example) for rule, example in EXAMPLES if rule in RULES]


@pytest.mark.parametrize("case", SCANNED, ids=[_id(c) for c in SCANNED])
def test_example_contains_its_trigger(case):
    """The prefilter runs a rule only near its trigger words: every example must have one."""
    rule, (text, *_) = case
    text = text.replace("[[", "").replace("]]", "")
    classes = {c for word, _, _ in trigger_words(text) for c in _classes(word)}
    assert rule.trigger in classes


def test_rules_are_well_formed():
    names = [rule.name for rule in RULES + CONTINUATIONS]
    assert len(names) == len(set(names))
    for rule in RULES + CONTINUATIONS:
        assert rule.type in ("DATE", "TIME", "DURATION", "SET")
        # (a continuation names the rule it follows)
        assert rule.trigger in (*TRIGGER_WORDS, "digit", "year", *(r.name for r in RULES))
        for text, value, *_ in rule.examples:
            assert is_well_formed(rule.type, value), (rule.name, value)


def test_every_rule_has_an_example_except_helpers():
    # Rules without examples are tested in tests/test_temporal.py.
    assert sum(1 for rule in RULES if not rule.examples) <= 6


@pytest.mark.parametrize("name", ["month_day_year", "day_month_year", "iso_date", "time_dash_date",
                                  "iso_datetime", "us_numeric_date", "year", "month_year", "decade"])
def test_rule_names_used_elsewhere_exist(name):
    assert name in {rule.name for rule in RULES}


def test_compiled_patterns_have_no_unexpanded_macros():
    for rule, regex in COMPILED:
        assert not re.search(r"%[A-Z]", regex.pattern), rule.name
