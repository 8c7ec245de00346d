"""Human date labels for TIMEX3 values, as precise as the value and no more."""
from __future__ import annotations

from functools import lru_cache

from .temporal.values import Interval, civil_from_days, interval as _interval, parse_year


@lru_cache(maxsize=1 << 16)
def interval(value: str) -> Interval | None:
    """`temporal.values.interval`, remembered: a site asks for the same few thousand dates'
    intervals and labels again and again (events, sources, sections, exports). Intervals are
    frozen, so sharing one is safe."""
    return _interval(value)

MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")
WEEKDAY_ABBR = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
SEASON_NAMES = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}


def year_label(year: int) -> str:
    """Astronomical year -> "2025", "44 BC" (year 0 is 1 BC)."""
    return f"{1 - year} BC" if year <= 0 else str(year)


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


@lru_cache(maxsize=1 << 16)
def date_label(value: str) -> str:
    """"2024", "June 2025", "Thu 13 Feb 2025", "week of 10 Feb 2025", "1990s", "44 BC"."""
    iv = interval(value)
    if iv is None:
        return value
    year, month, day = civil_from_days(iv.start)
    p = iv.precision
    if p == "century":
        century = year // 100 + 1
        return f"{_ordinal(century)} century" if year >= 0 else f"{_ordinal((1 - year) // 100)} century BC"
    if p == "decade":
        return f"{year}s"
    if p == "year":
        return year_label(year)
    if p == "half":
        return f"{'first' if month <= 6 else 'second'} half of {year_label(year)}"
    if p == "quarter":
        return f"Q{(month - 1) // 3 + 1} {year_label(year)}"
    if p == "season":
        return f"{SEASON_NAMES[value[-2:]]} {year_label(parse_year(value.split('-')[0]))}"
    if p == "month":
        return f"{MONTH_NAMES[month - 1]} {year_label(year)}"
    if p == "week":
        prefix = "weekend of" if value.endswith("WE") else "week of"
        return f"{prefix} {day} {MONTH_NAMES[month - 1][:3]} {year_label(year)}"
    weekday = WEEKDAY_ABBR[(iv.start + 3) % 7]
    label = f"{weekday} {day} {MONTH_NAMES[month - 1][:3]} {year_label(year)}"
    if p == "time" and "T" in value:
        clock = value.split("T", 1)[1]
        parts = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night"}
        label += f", {parts.get(clock, clock)}"
    return label


def approximate_label(value: str, mod: str) -> str:
    """"c. 2022" for a date the text gives only roughly ("nearly three years ago")."""
    label = date_label(value)
    return f"c. {label}" if mod in ("APPROX", "LESS_THAN", "MORE_THAN") else label


@lru_cache(maxsize=1 << 16)
def html_datetime(value: str) -> str:
    """A valid HTML `datetime` attribute for the value ("" when HTML has no form for it)."""
    iv = interval(value)
    if iv is None or iv.precision in ("century", "decade", "half", "quarter", "season"):
        return ""
    year = civil_from_days(iv.start)[0]
    if year < 1 or year > 9999:
        return ""
    if iv.precision == "week":
        return value[:8]
    if iv.precision == "time":
        time = value.split("T", 1)[1]
        return value[:10] if not time[:1].isdigit() else f"{value[:10]}T{time[:5]}"
    return value


def period_year(value: str) -> int | None:
    """The (astronomical) year an event is grouped under on the index."""
    iv = interval(value)
    return civil_from_days(iv.start)[0] if iv else None
