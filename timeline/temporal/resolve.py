"""Anchoring: `UNDEF-...` templates -> TIMEX3 values, using the DCT, the reference time and tense.

News text is anchored to the document creation time (DCT): "last year" in an article of
February 2025 is 2024. Narrative text (history, encyclopaedic prose) is anchored to the last
date it mentioned: "the following year" after "in 1949" is 1950. Underspecified dates ("June",
"Thursday") take the candidate before or after the anchor that the tense of the sentence points to,
as HeidelTime does for news.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .values import civil_from_days, days_from_civil, format_year, interval, iso_week, month_add


@dataclass(frozen=True)
class Anchor:
    """A point to count from: a day and how precisely it is known."""

    day: int
    precision: str  # year | month | week | day | ...

    @classmethod
    def from_value(cls, value: str) -> "Anchor | None":
        iv = interval(value)
        if iv is None or iv.precision in ("century", "decade"):
            return None
        precision = "day" if iv.precision == "time" else iv.precision
        return cls(iv.start, precision)


_FINE = ("minute", "hour", "day")
_ORDER = ("century", "decade", "year", "half", "quarter", "season", "month", "week", "weekend",
          "day", "hour", "minute")


def format_unit(day: int, unit: str) -> str:
    """The value of the `unit`-sized calendar period that contains `day`."""
    year, month, dom = civil_from_days(day)
    if unit in _FINE:
        return f"{format_year(year)}-{month:02d}-{dom:02d}"
    if unit in ("week", "weekend"):
        wy, wk = iso_week(day)
        return f"{format_year(wy)}-W{wk:02d}" + ("-WE" if unit == "weekend" else "")
    if unit == "month":
        return f"{format_year(year)}-{month:02d}"
    if unit == "quarter":
        return f"{format_year(year)}-Q{(month - 1) // 3 + 1}"
    if unit == "half":
        return f"{format_year(year)}-H{(month - 1) // 6 + 1}"
    if unit == "year":
        return format_year(year)
    if unit == "decade":
        return f"{year // 10:03d}" if year >= 0 else format_year(year)
    if unit == "century":
        return f"{year // 100:02d}" if year >= 0 else format_year(year)
    raise ValueError(unit)


def shift(day: int, unit: str, n: int) -> int:
    """Move `day` by `n` calendar units (months and years keep the day of month where they can)."""
    if unit in ("day", "hour", "minute"):
        return day + n if unit == "day" else day
    if unit in ("week", "weekend"):
        return day + 7 * n
    months = {"month": 1, "quarter": 3, "half": 6, "season": 3, "year": 12, "decade": 120,
              "century": 1200}[unit] * n
    year, month, dom = civil_from_days(day)
    ny, nm = month_add(year, month, months)
    return days_from_civil(ny, nm, min(dom, 28))


_RELATIVE = re.compile(r"UNDEF-(?P<base>this|REF)-(?P<unit>[a-z]+)(?:-(?P<sign>PLUS|MINUS)-(?P<n>[\dX.]+))?(?P<time>T.*)?$")
_YEARLESS = re.compile(r"UNDEF-year-(?P<dir>tense|past|future|this|y0|y-1|y\+1)-(?P<rest>.+)$")
_WEEKDAY = re.compile(r"UNDEF-weekday-(?P<dir>tense|past|future|this)-(?P<wd>[1-7])(?P<time>T.*)?$")
_CENTURY = re.compile(r"UNDEF-century-(?P<d>\d)$")


def resolve(template: str, dct: Anchor | None, ref: Anchor | None, tense: str,
            narrative: bool) -> str:
    """The TIMEX3 value of a template. Without an anchor, unknown fields stay as X's."""
    if not template.startswith("UNDEF"):
        return template
    anchor = (ref or dct) if narrative else (dct or ref)
    m = _RELATIVE.match(template)
    if m:
        base = (ref or dct) if m["base"] == "REF" else anchor
        return _relative(base, m["unit"], m["sign"], m["n"], m["time"] or "")
    m = _YEARLESS.match(template)
    if m:
        return _yearless(anchor, m["dir"], m["rest"], tense)
    m = _WEEKDAY.match(template)
    if m:
        day_anchor = anchor if anchor and anchor.precision == "day" else dct
        return _weekday(day_anchor, m["dir"], int(m["wd"]), tense) + (m["time"] or "")
    m = _CENTURY.match(template)
    if m:
        year = civil_from_days(anchor.day)[0] if anchor else 2000
        century = year // 100
        if int(m["d"]) * 10 > year % 100 + 10:
            century -= 1
        return f"{century:02d}{m['d']}"
    return "XXXX"


def _relative(anchor: Anchor | None, unit: str, sign: str | None, n: str | None, time: str) -> str:
    if anchor is None:
        return {"MINUS": "PAST_REF", "PLUS": "FUTURE_REF"}.get(sign or "", "PRESENT_REF")
    if n == "X":
        return "PAST_REF" if sign == "MINUS" else "FUTURE_REF"
    steps = round(float(n or 0)) * (-1 if sign == "MINUS" else 1)
    if unit in ("decade", "century"):  # "a decade ago" is a year, ten years back
        unit, steps = "year", steps * (10 if unit == "decade" else 100)
    # A week cannot be counted from an anchor known only to the year: keep the anchor's value.
    if _ORDER.index(anchor.precision) < _ORDER.index("day" if unit in _FINE else unit):
        return format_unit(anchor.day, anchor.precision)
    day = shift(anchor.day, unit, steps)
    return format_unit(day, unit) + (time if unit in _FINE else "")


def _candidates(rest: str, year: int):
    """The interval of `rest` ("06", "06-12", "Q3", "SU") in `year`, or None when impossible."""
    value = f"{format_year(year)}-{rest}"
    return value, interval(value)


def _yearless(anchor: Anchor | None, direction: str, rest: str, tense: str) -> str:
    if anchor is None:
        return f"XXXX-{rest}"
    year = civil_from_days(anchor.day)[0]
    if direction in ("this", "y0"):
        return f"{format_year(year)}-{rest}"
    if direction in ("y-1", "y+1"):
        return f"{format_year(year + (1 if direction == 'y+1' else -1))}-{rest}"
    options = [_candidates(rest, y) for y in (year - 1, year, year + 1)]
    options = [(v, iv) for v, iv in options if iv is not None]
    if not options:
        return f"XXXX-{rest}"
    day = anchor.day
    if direction == "past":  # "last June": the latest one wholly before the anchor
        chosen = [v for v, iv in options if iv.end <= day]
        return chosen[-1] if chosen else options[0][0]
    if direction == "future":  # "next June": the first one wholly after the anchor
        chosen = [v for v, iv in options if iv.start > day]
        return chosen[0] if chosen else options[-1][0]
    if tense == "past":
        chosen = [v for v, iv in options if iv.start <= day]
        return chosen[-1] if chosen else options[0][0]
    if tense == "future":
        chosen = [v for v, iv in options if iv.end > day]
        return chosen[0] if chosen else options[-1][0]
    return f"{format_year(year)}-{rest}"


def _weekday(anchor: Anchor | None, direction: str, wd: int, tense: str) -> str:
    if anchor is None:
        return f"XXXX-WXX-{wd}"
    day = anchor.day
    current = (day + 3) % 7 + 1
    same_week = day + (wd - current)
    if direction == "past":
        target = same_week if same_week < day else same_week - 7
    elif direction == "future":
        target = same_week if same_week > day else same_week + 7
    elif direction == "this":
        target = same_week
    elif tense == "past":
        target = same_week if same_week <= day else same_week - 7
    elif tense == "future":
        target = same_week if same_week >= day else same_week + 7
    else:
        target = same_week
    return format_unit(target, "day")

