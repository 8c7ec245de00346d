"""Holidays of the Hebrew and lunar calendars, as day numbers of the Gregorian day line (values.py).

A reporter writes "after Passover" or "before Diwali" and means a day that moves against the
Gregorian year. The Hebrew calendar is pure arithmetic (its new year from the mean conjunction,
the molad, and the rules that postpone it), so its holidays are exact. Diwali and the Chinese New
Year follow the real new moon, computed here with Meeus's series (Astronomical Algorithms,
2nd ed., ch. 49; good to about a minute over these centuries). Holidays fixed by sighting the
moon (Eid, Ramadan) are left out: no arithmetic gives the day a country will announce.
"""
from __future__ import annotations

import math
from functools import lru_cache

from .values import days_from_civil

_RD_1970 = 719163  # Calendrical Calculations' fixed day (R.D.) of 1970-01-01, our day 0
_HEBREW_EPOCH = -1373427  # R.D. of Tishri 1, A.M. 1


def _hebrew_elapsed_days(year: int) -> int:
    """Days from the Hebrew epoch to Tishri 1 of `year` (A.M.), by the molad and the rule that
    keeps the new year off a Sunday, Wednesday or Friday (Calendrical Calculations, ch. 8)."""
    months = (235 * year - 234) // 19
    parts = 12084 + 13753 * months
    day = 29 * months + parts // 25920
    return day + 1 if (3 * (day + 1)) % 7 < 3 else day


@lru_cache(maxsize=512)
def _hebrew_new_year(year: int) -> int:
    """Day number of Tishri 1 of the Hebrew year `year`, with the postponements that keep every
    year 353-355 or 383-385 days long."""
    before, this, after = (_hebrew_elapsed_days(year + d) for d in (-1, 0, 1))
    delay = 2 if after - this == 356 else 1 if this - before == 382 else 0
    return _HEBREW_EPOCH + this + delay - _RD_1970


def rosh_hashanah(year: int) -> int:
    """Tishri 1 of the Hebrew year that begins in the Gregorian `year`."""
    return _hebrew_new_year(year + 3761)


def yom_kippur(year: int) -> int:
    return rosh_hashanah(year) + 9  # Tishri 10


def passover(year: int) -> int:
    """Nisan 15: the months from Nisan to Elul never change length, so it is always 163 days
    before the next Tishri 1."""
    return rosh_hashanah(year) - 163


def purim(year: int) -> int:
    return passover(year) - 30  # Adar (Adar II in a leap year) 14: Adar has 29 days


def hanukkah(year: int) -> int:
    """Kislev 25, its first day: Heshvan before it has 30 days in a year of 355 or 385."""
    new_year = rosh_hashanah(year)
    length = _hebrew_new_year(year + 3762) - new_year
    return new_year + 30 + (30 if length % 10 == 5 else 29) + 24


# Periodic terms of the true new moon (Meeus, table 49.A): (coefficient, power of E, multiples of
# M (the Sun's mean anomaly), M' (the Moon's), F (its argument of latitude), Omega).
_NEW_MOON_TERMS = (
    (-0.40720, 0, 0, 1, 0, 0), (0.17241, 1, 1, 0, 0, 0), (0.01608, 0, 0, 2, 0, 0), (0.01039, 0, 0, 0, 2, 0),
    (0.00739, 1, -1, 1, 0, 0), (-0.00514, 1, 1, 1, 0, 0), (0.00208, 2, 2, 0, 0, 0), (-0.00111, 0, 0, 1, -2, 0),
    (-0.00057, 0, 0, 1, 2, 0), (0.00056, 1, 1, 2, 0, 0), (-0.00042, 0, 0, 3, 0, 0), (0.00042, 1, 1, 0, 2, 0),
    (0.00038, 1, 1, 0, -2, 0), (-0.00024, 1, -1, 2, 0, 0), (-0.00017, 0, 0, 0, 0, 1), (-0.00007, 0, 2, 1, 0, 0),
    (0.00004, 0, 0, 2, -2, 0), (0.00004, 0, 3, 0, 0, 0), (0.00003, 0, 1, 1, -2, 0), (0.00003, 0, 0, 2, 2, 0),
    (-0.00003, 0, 1, 1, 2, 0), (0.00003, 0, -1, 1, 2, 0), (-0.00002, 0, -1, 1, -2, 0), (-0.00002, 0, 1, 3, 0, 0),
    (0.00002, 0, 0, 4, 0, 0),
)
_JD_1970 = 2440587.5  # Julian day of 1970-01-01 00:00 UT


def new_moon(k: int) -> float:
    """The `k`-th new moon after the one of 2000-01-06, in days (and fractions) since 1970-01-01
    UT. Meeus's terms without the planetary ones (under a minute); Delta T is taken as a minute,
    its size these decades (the dates asked for are days, and local)."""
    t = k / 1236.85
    jde = 2451550.09766 + 29.530588861 * k + 0.00015437 * t ** 2 - 0.000000150 * t ** 3
    e = 1 - 0.002516 * t - 0.0000074 * t ** 2
    angles = (math.radians(2.5534 + 29.10535670 * k - 0.0000014 * t ** 2),
              math.radians(201.5643 + 385.81693528 * k + 0.0107582 * t ** 2 + 0.00001238 * t ** 3),
              math.radians(160.7108 + 390.67050284 * k - 0.0016118 * t ** 2 - 0.00000227 * t ** 3),
              math.radians(124.7746 - 1.56375588 * k + 0.0020672 * t ** 2))
    jde += sum(c * e ** p * math.sin(sum(n * a for n, a in zip(multiples, angles)))
               for c, p, *multiples in _NEW_MOON_TERMS)
    return jde - 1 / 1440 - _JD_1970


def _new_moon_in(start: float, end: float, hours_east: float) -> float:
    """The new moon that falls in [start, end) of local time (day numbers), as a local time."""
    k = math.floor((start - days_from_civil(2000, 1, 6)) / 29.530588861) - 1
    while True:
        local = new_moon(k) + hours_east / 24
        if local >= end:
            raise ValueError("no new moon in the span")  # (never: every span below is a month long)
        if local >= start:
            return local
        k += 1


@lru_cache(maxsize=512)
def chinese_new_year(year: int) -> int:
    """The day (Beijing time) of the new moon that falls from January 21 to February 20: the
    second after the winter solstice."""
    return math.floor(_new_moon_in(days_from_civil(year, 1, 21), days_from_civil(year, 2, 21), 8))


def chinese_new_years_eve(year: int) -> int:
    return chinese_new_year(year) - 1


@lru_cache(maxsize=512)
def diwali(year: int) -> int:
    """Lakshmi Puja, the evening the new moon's day (amavasya) holds, in the month the Sun spends
    in sidereal Libra (from about noon on October 17 to November 16: 2020's new moon in the small
    hours of October 17 began a leap month). A new moon after sunset (taken as 18:00 India time)
    leaves that evening in the amavasya; one before it, the evening before. (In 2024 the new moon
    came at 18:17 and both evenings were kept; this gives November 1, most kept October 31.)"""
    local = _new_moon_in(days_from_civil(year, 10, 17) + 0.5, days_from_civil(year, 11, 16) + 0.5, 5.5)
    return math.floor(local - 18 / 24)


# The dates vocabulary.LUNAR_HOLIDAYS names: each gives the holiday's day in a Gregorian year.
DATES = {f.__name__: f for f in (rosh_hashanah, yom_kippur, passover, purim, hanukkah, chinese_new_year,
                                  chinese_new_years_eve, diwali)}
