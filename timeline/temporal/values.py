"""TIMEX3 values as intervals on a day line that Python's `datetime` does not bound.

A timeline needs to order "44 BC", "the 1990s", "2025", "2025-W07" and "2025-02-13" together and
to say how precise each one is. `datetime.date` stops at year 1, so days are counted here with
the proleptic Gregorian calendar on astronomical years (1 BC = year 0, 44 BC = year -43).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# Precisions from coarse to fine; the rank orders "2025" before "2025-06" before "2025-06-24".
PRECISIONS = ("millennium", "century", "decade", "year", "half", "quarter", "season", "month",
              "week", "day", "time")
PRECISION_RANK = {p: i for i, p in enumerate(PRECISIONS)}

SEASON_MONTHS = {"SP": (3, 6), "SU": (6, 9), "FA": (9, 12), "WI": (12, 15)}  # [start, end) months

_DATE = re.compile(
    r"^(?:(?P<bc>BC)(?:(?P<bccentury>\d\d)(?![\d])|(?P<bcyear>\d{1,6}))|(?P<year>-?\d{4,6})|(?P<decade>\d{3})|(?P<century>\d{2}))"
    r"(?:-(?:(?P<month>\d\d)(?:-(?P<day>\d\d)(?:T(?P<time>[\d:]+|MO|AF|EV|NI|DT))?)?"
    r"|W(?P<week>\d\d)(?:-(?P<wday>[1-7]))?(?:-?(?P<we>WE))?"
    r"|Q(?P<quarter>[1-4])|H(?P<half>[12])|(?P<season>SP|SU|FA|WI)))?$")


def days_from_civil(year: int, month: int, day: int) -> int:
    """Days since 1970-01-01 for any astronomical year (Howard Hinnant's algorithm)."""
    year -= month <= 2
    era = (year if year >= 0 else year - 399) // 400
    yoe = year - era * 400
    doy = (153 * (month + (-3 if month > 2 else 9)) + 2) // 5 + day - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def civil_from_days(days: int) -> tuple[int, int, int]:
    """Inverse of `days_from_civil`."""
    days += 719468
    era = (days if days >= 0 else days - 146096) // 146097
    doe = days - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    year = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    day = doy - (153 * mp + 2) // 5 + 1
    month = mp + (3 if mp < 10 else -9)
    return year + (month <= 2), month, day


def weekday(year: int, month: int, day: int) -> int:
    """ISO weekday, Monday = 1."""
    return (days_from_civil(year, month, day) + 3) % 7 + 1


def iso_week_start(year: int, week: int) -> int:
    """Day number of the Monday of ISO week `week` of `year`."""
    jan4 = days_from_civil(year, 1, 4)
    monday1 = jan4 - (weekday(year, 1, 4) - 1)
    return monday1 + (week - 1) * 7


def iso_week(days: int) -> tuple[int, int]:
    """(ISO year, ISO week) of a day number."""
    year, _, _ = civil_from_days(days)
    for candidate in (year + 1, year, year - 1):
        start = iso_week_start(candidate, 1)
        if days >= start:
            return candidate, (days - start) // 7 + 1
    raise AssertionError("unreachable")


def nth_weekday(year: int, month: int, wd: int, n: int, first: int = 1) -> int:
    """Day number of the `n`-th ISO weekday `wd` of a month on or after its day `first`; n = -1
    is the last one ("the fourth Thursday of November", "the last Monday of May")."""
    if n < 0:
        last = days_from_civil(year, month, days_in_month(year, month))
        return last - (weekday(year, month, days_in_month(year, month)) - wd) % 7
    start = days_from_civil(year, month, first)
    return start + (wd - weekday(year, month, first)) % 7 + 7 * (n - 1)


def easter(year: int) -> int:
    """Day number of (Western) Easter Sunday: the anonymous Gregorian computus."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return days_from_civil(year, month, day + 1)


def orthodox_easter(year: int) -> int:
    """Day number of Orthodox Easter Sunday: Meeus's Julian computus, moved onto the Gregorian
    calendar (13 days on in 1900-2099)."""
    a, b, c = year % 4, year % 7, year % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    return days_from_civil(year, month, day + 1) + year // 100 - year // 400 - 2


def month_add(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def format_year(year: int) -> str:
    """TIMEX3 year: four digits, `BC` and the historical year before year 1 (HeidelTime's form)."""
    if year <= 0:
        return f"BC{1 - year:04d}"
    return f"{year:04d}"


@dataclass(frozen=True, order=False)
class Interval:
    """What a DATE value covers: [start, end) in day numbers, with its precision."""

    start: int
    end: int
    precision: str

    @property
    def sort_key(self) -> tuple[int, int, int]:
        return (self.start, PRECISION_RANK[self.precision], self.end)

    def contains(self, other: "Interval") -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: "Interval") -> bool:
        return self.start < other.end and other.start < self.end


def parse_year(text: str) -> int:
    """Astronomical year of a TIMEX3 year field ("2025", "BC0044" -> -43, "-0043")."""
    if text.startswith("BC"):
        return 1 - int(text[2:])
    return int(text)


@lru_cache(maxsize=1 << 16)
def interval(value: str) -> Interval | None:
    """The interval of a DATE/TIME value, or None for durations, sets, references and X-values.
    Remembered: merging, ordering and rendering ask for the same few thousand values ~100,000
    times in a build of 10,000 events."""
    m = _DATE.match(value or "")
    if not m:
        return None
    g = m.groupdict()
    if g["century"] is not None:
        first = int(g["century"]) * 100
        return Interval(days_from_civil(first, 1, 1), days_from_civil(first + 100, 1, 1), "century")
    if g["bccentury"] is not None:  # "BC04", the 5th century BC: 500 to 401 BC
        cc = int(g["bccentury"])
        return Interval(days_from_civil(1 - (cc + 1) * 100, 1, 1), days_from_civil(1 - cc * 100, 1, 1), "century")
    if g["decade"] is not None:
        first = int(g["decade"]) * 10
        return Interval(days_from_civil(first, 1, 1), days_from_civil(first + 10, 1, 1), "decade")
    year = 1 - int(g["bcyear"]) if g["bc"] else int(g["year"])
    if g["month"]:
        month = int(g["month"])
        if not 1 <= month <= 12:
            return None
        if g["day"]:
            day = int(g["day"])
            if not 1 <= day <= days_in_month(year, month):
                return None
            start = days_from_civil(year, month, day)
            return Interval(start, start + 1, "time" if g["time"] else "day")
        ny, nm = month_add(year, month, 1)
        return Interval(days_from_civil(year, month, 1), days_from_civil(ny, nm, 1), "month")
    if g["week"]:
        week = int(g["week"])
        if not 1 <= week <= 53:
            return None
        start = iso_week_start(year, week)
        if g["wday"]:
            start += int(g["wday"]) - 1
            return Interval(start, start + 1, "day")
        if g["we"]:
            return Interval(start + 5, start + 7, "week")
        return Interval(start, start + 7, "week")
    if g["quarter"]:
        q = int(g["quarter"])
        ey, em = month_add(year, 3 * q - 2, 3)
        return Interval(days_from_civil(year, 3 * q - 2, 1), days_from_civil(ey, em, 1), "quarter")
    if g["half"]:
        h = int(g["half"])
        ey, em = month_add(year, 6 * h - 5, 6)
        return Interval(days_from_civil(year, 6 * h - 5, 1), days_from_civil(ey, em, 1), "half")
    if g["season"]:
        first, last = SEASON_MONTHS[g["season"]]
        sy, sm = month_add(year, first, 0)
        ey, em = month_add(year, last, 0)
        return Interval(days_from_civil(sy, sm, 1), days_from_civil(ey, em, 1), "season")
    return Interval(days_from_civil(year, 1, 1), days_from_civil(year + 1, 1, 1), "year")


def days_in_month(year: int, month: int) -> int:
    ny, nm = month_add(year, month, 1)
    return days_from_civil(ny, nm, 1) - days_from_civil(year, month, 1)


def precision(value: str) -> str:
    """Granularity of a value; "" when it is not a point or period on the calendar."""
    iv = interval(value)
    return iv.precision if iv else ""


_NUM = r"(?:\d+(?:\.\d+)?|X)"
_DURATION = re.compile(rf"P(?:(?:{_NUM}(?:DE|CE|ML|Y|M|W|D|Q|H))+(?:T(?:{_NUM}[HMS])+)?|T(?:{_NUM}[HMS])+)")


def is_well_formed(type_: str, value: str) -> bool:
    """Whether `value` is a TIMEX3 value we emit for `type_` (used by tests and the CLI)."""
    if value in ("PRESENT_REF", "PAST_REF", "FUTURE_REF"):
        return type_ in ("DATE", "TIME")
    if type_ == "DURATION":
        return bool(_DURATION.fullmatch(value))
    if type_ == "SET":
        return bool(re.fullmatch(r"P\d*[YMWDHQ]|PT\d*[HM]|XXXX(?:-WXX-[1-7]|-WXX-WE|-\d\d(?:-\d\d)?|-XX-XX|-(?:SP|SU|FA|WI))?"
                                 r"(?:T[A-Z\d:]+)?", value))
    if interval(value) is not None:
        return True
    # Partially known dates keep X's in the unknown fields (e.g. "XXXX-06", "XXXX-WXX-1").
    return bool(re.fullmatch(r"(?:XXXX|\d{4}|\d{2}XX|\d{3}X)(?:-(?:XX|\d\d)(?:-(?:XX|\d\d))?|-WXX(?:-[1-7]|-WE)?"
                             r"|-Q[1-4X]|-H[12X]|-(?:SP|SU|FA|WI))?(?:T[\dA-Z:]+)?", value))


def sort_key(value: str) -> tuple:
    """Chronological key for any value: dated ones first by interval, the rest after, by text."""
    iv = interval(value)
    if iv is None:
        return (1, 0, 0, 0, value)
    return (0, *iv.sort_key, value)
