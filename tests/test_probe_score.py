"""The probe scorer finds each expected expression where a reader would: as whole words."""
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))

from probe_score import _places  # noqa: E402


def test_an_expected_word_is_not_found_inside_another_word():
    text = "The asteroid, known as 2024 YR4, is now too faint to see."
    [(start, end)] = _places(text, [("now", "DATE", "PRESENT_REF")])
    assert text[start - 3:end + 4] == "is now too"


def test_a_span_listed_twice_is_its_first_and_second_occurrence():
    text = "Talks on Monday failed; talks on Monday morning resume on Monday."
    places = _places(text, [("Monday", "DATE", None), ("Monday morning", "TIME", None), ("Monday", "DATE", None)])
    assert [text[a:b] for a, b in places] == ["Monday", "Monday morning", "Monday"]
    assert places[0][0] < places[1][0] < places[2][0]
