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

from . import vocabulary as V
from .calendars import DATES
from .values import (civil_from_days, days_from_civil, easter, orthodox_easter, format_year, interval, iso_week,
                     month_add, nth_weekday)


@dataclass(frozen=True)
class Anchor:
    """A point to count from: a day and how precisely it is known."""

    day: int
    precision: str  # year | month | week | day | ...
    minute: int | None = None  # of the day, for a clock time: "two hours later" counts from it

    @classmethod
    def from_value(cls, value: str) -> "Anchor | None":
        iv = interval(value)
        if iv is None or iv.precision in ("century", "decade"):
            return None
        if iv.precision == "time":
            clock = _CLOCK.search(value)
            return cls(iv.start, "day", int(clock[1]) * 60 + int(clock[2]) if clock else None)
        return cls(iv.start, iv.precision)


_CLOCK = re.compile(r"T([01]\d|2[0-4]):([0-5]\d)$")
_FINE = ("minute", "hour", "day")
PAST_GRACE_DAYS = 90
# ... but a month that begins more than two months on is no past: "after losing 18 straight
# games in January" (in late October) is the January before.
PAST_GRACE_MONTH_DAYS = 62
GOVERNED_PAST = "past, governed"  # the tense when a past verb governs the expression itself
FUTURE_GRACE_DAYS = 14
QUARTER_AHEAD_DAYS = 31  # an untensed quarter that begins within a month: "gets it in the fourth quarter" (in September)
REPORTING_DAYS = 31
REPORTED = "future, reported"  # the tense of a quarter's results to be reported: "will report fourth-quarter results"
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
    if unit == "season":  # December opens its year's winter; January and February end the last one's
        return f"{format_year(year - (month < 3))}-{('WI', 'SP', 'SU', 'FA')[month // 3 % 4]}"
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


_RELATIVE = re.compile(r"UNDEF-(?P<base>this|REFUNIT|REF|AGO)-(?P<unit>[a-z]+)(?:-(?P<sign>PLUS|MINUS)-(?P<n>[\dX.]+))?(?P<time>T.*)?$")
_YEARLESS = re.compile(r"UNDEF-year-(?P<dir>tense|past|future|this|y0|y-1|y\+1)-(?P<rest>.+?)(?P<ago>-MINUS-1)?$")
_WEEKDAY = re.compile(r"UNDEF-weekday-(?P<dir>tense|past|future|next|this|recent|event|before|after|same)-(?P<wd>[1-7])"
                      r"(?:D(?P<shift>[+-][17]))?(?P<time>T.*)?$")
_NEW_YEAR = "UNDEF-newyear"
NEW_YEAR_MONTHS = 2  # how long into a year "the new year" is still this one
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d$")
_CENTURY = re.compile(r"UNDEF-century-(?P<d>\d)$")
_DAY_OF_MONTH = re.compile(r"UNDEF-dom-(?P<day>\d\d)$")
_REFYEAR = re.compile(r"UNDEF-REFYEAR-(?P<rel>same|next|prev)-(?P<rest>.+)$")
_WEEKEND = re.compile(r"UNDEF-weekend-(?P<dir>tense|past|future|this|refsame|refnext|refprev)$")
_QUARTER = re.compile(r"UNDEF-QREF(?:-MINUS-(?P<n>\d+)|-IN-(?P<year>\d{4})|(?P<latest>-LATEST))?$")
_EVENT = re.compile(r"UNDEF-EVENT-(?P<event>[a-z]+)-(?P<unit>[a-z]+)-(?P<sign>PLUS|MINUS)-(?P<n>[\dX.]+)-OR-(?P<duration>P.+|X[XW-]*)$")
_ANNIVERSARY = re.compile(r"UNDEF-ANNIV-(?P<event>[a-z]+)-(?P<n>\d+)$")
# Counted from the moment of writing ("last week", "two years ago", "on Friday", "this weekend"),
# never from a date the text told of.
DEICTIC = ("UNDEF-this-", "UNDEF-AGO-", "UNDEF-weekday-", "UNDEF-weekend-")
# Counted from the moment of writing in a history too: "today", "last year", "this century",
# "two years ago", "next Monday" (not a clock time "this day", nor "on Monday": those are of the
# story told).
_WRITER_RELATIVE = re.compile(r"UNDEF-(?:this-(?:day|week|month|quarter|year|decade|century)(?:-(?:PLUS|MINUS)-[\d.X]+)?$|AGO-"
                              r"|year-(?:this|y0|y-1|y\+1)-|weekday-(?:past|future|next|this)-\d$)")
_YEARS_AGO_WEEK = "UNDEF-YEARSAGO-WEEK-"
_YEARS_AGO_DAY = "UNDEF-YEARSAGO-DAY-"
_WEEK_OF = "UNDEF-WEEKOF-"  # "the week of March 6": the week of the date that follows
_WEEKEND_OF = "UNDEF-WEEKENDOF-"  # "the weekend of August 4-5": the weekend of that week


def resolve(template: str, dct: Anchor | None, ref: Anchor | None, tense: str,
            narrative: bool, quarter: Anchor | None = None,
            events: dict[str, Anchor] | None = None) -> str:
    """The TIMEX3 value of a template. Without an anchor, unknown fields stay as X's.

    `ref` is the last date mentioned, `quarter` the last quarter mentioned: earnings reports
    compare "the quarter" with "the year-ago quarter" and with the results of "a year ago".
    `events` holds the dates of the event nouns the text dated ("the 2022 invasion").
    """
    if not template.startswith("UNDEF"):
        return template
    governed = tense == GOVERNED_PAST
    if governed:
        tense = "past"
    m = _EVENT.match(template) or _ANNIVERSARY.match(template)
    if m:
        return _from_event((events or {}).get(m["event"]), m)
    if template.startswith(_WEEK_OF):
        iv = interval(resolve(template[len(_WEEK_OF):], dct, ref, tense, narrative, quarter, events))
        return format_unit(iv.start, "week") if iv else "XXXX-WXX"
    if template.startswith(_WEEKEND_OF):
        iv = interval(resolve(template[len(_WEEKEND_OF):], dct, ref, tense, narrative, quarter, events))
        return format_unit(iv.start, "week") + "-WE" if iv else "XXXX-WXX-WE"
    if template.startswith(_YEARS_AGO_DAY):  # "Fifty years ago today": this day, years back
        years = template[len(_YEARS_AGO_DAY):]
        if dct is None or not years.isdigit():
            return "XXXX-XX-XX"
        return format_unit(shift(dct.day, "year", -int(years)), "day")
    if template.startswith(_YEARS_AGO_WEEK):  # "30 years ago this week": this week's day, years back
        years = template[len(_YEARS_AGO_WEEK):]
        if dct is None or not years.isdigit():
            return "XXXX-WXX"
        return format_unit(shift(dct.day, "year", -int(years)), "week")
    anchor = (ref or dct) if narrative and not _WRITER_RELATIVE.match(template) else (dct or ref)
    if dct is None and template.startswith(DEICTIC) and "-before-" not in template and "-after-" not in template:
        anchor = None  # "last week" counts from when the text was written, which is unknown
    if template.startswith(_NEW_YEAR):
        if anchor is None:
            return "XXXX"
        year, month, _ = civil_from_days(anchor.day)
        # Told in the past it has begun: "missed six weeks with an injury in the new year" (May);
        # not when something was put off into it: "the sentencing was pushed into the new year".
        past = tense == "past" and not template.endswith("-ahead")
        return format_year(year if month <= NEW_YEAR_MONTHS or past else year + 1)
    m = _RELATIVE.match(template)
    if m:
        if quarter and m["base"] != "this" and m["unit"] == "year" and m["n"] == "1" and m["sign"] != "PLUS":
            base = quarter
        elif m["base"] in ("REF", "REFUNIT"):
            base = ref or dct
        else:
            base = anchor
        # "A year earlier" keeps a quarter told, and a month told one year back (see _relative);
        # "the following year" and "this year" are calendar units (1956).
        return _relative(base, m["unit"], m["sign"], m["n"], m["time"] or "",
                         keep=m["base"] not in ("this", "REFUNIT") and m["sign"] is not None,
                         told=m["base"] == "REF" and ref is not None)
    m = _QUARTER.match(template)
    if m:
        if quarter is None and anchor is None:
            return "XXXX-QX"
        if m["latest"] and (dct or anchor):
            base = Anchor(shift((dct or anchor).day, "quarter", -1), "quarter")
        else:
            base = quarter or Anchor(shift(anchor.day, "quarter", -1), "quarter")
        value = format_unit(shift(base.day, "year", -int(m["n"] or 0)), "quarter")
        return m["year"] + value[4:] if m["year"] else value
    m = _WEEKEND.match(template)
    if m:
        return _weekend(ref or dct if m["dir"].startswith("ref") else anchor, m["dir"], tense)
    m = _REFYEAR.match(template)
    if m:  # "that summer" is the summer of the date told; "the following June" the first after it
        base = ref or dct
        if base is None:
            return "XXXX-XX-XX" if m["rest"].startswith(HOLIDAY) else f"XXXX-{m['rest']}"
        if m["rel"] == "same":
            return in_year(m["rest"], civil_from_days(base.day)[0])
        if m["rel"] == "next":  # after the whole of the date told: "in 1814 ... the following February" is 1815's
            told = interval(format_unit(base.day, base.precision))
            if told is not None:
                base = Anchor(told.end - 1, "day")
        return _yearless(base, "future" if m["rel"] == "next" else "past", m["rest"], tense)
    m = _YEARLESS.match(template)
    if m:
        if narrative and ref is not None and m["dir"] == "tense":
            # A history is all told in the past: "The battle began in March 1815. The city fell
            # in June" is the June after the date told, not the one before it.
            tense, governed = STORY_BACK if tense == PERFECT else STORY, False
        value = _yearless(anchor, m["dir"], m["rest"], tense, governed)
        if m["ago"] and value[:4].isdigit():  # "the year-ago third quarter"
            value = f"{format_year(int(value[:4]) - 1)}{value[4:]}"
        return value
    m = _WEEKDAY.match(template)
    if m:
        day_anchor = anchor if anchor and anchor.precision == "day" else dct
        if m["dir"] in ("before", "after", "same") and ref and ref.precision == "day":
            day_anchor = ref  # "the previous Friday": before the date just told of; "that Saturday": from it
        if day_anchor and day_anchor.precision not in ("week", "day"):
            day_anchor = None  # "Friday" of a story dated "2025" is no day we know
        direction = m["dir"]
        if direction == "same" and day_anchor is not ref:
            direction = "tense"  # "He left that Saturday" with no day told: as "Saturday" alone
        value = _weekday(day_anchor, direction, int(m["wd"]), tense)
        if m["shift"] and _DAY_VALUE.match(value):  # "the day before Tuesday"
            value = format_unit(interval(value).start + int(m["shift"]), "day")
        return value + (m["time"] or "")
    m = _DAY_OF_MONTH.match(template)
    if m:
        return _day_of_month(ref if ref is not None and ref.precision in ("month", "day") else None,
                             anchor, int(m["day"]), tense)
    m = _CENTURY.match(template)
    if m:
        year = civil_from_days(anchor.day)[0] if anchor else 2000
        century = year // 100
        if int(m["d"]) * 10 > year % 100 + 10:
            century -= 1
        return f"{max(century, 0):02d}{m['d']}"  # no decade of the years before 1 is written so
    return "XXXX"


# A fraction of a unit is counted in the next smaller one.
_SMALLER = {"millennium": ("year", 1000), "century": ("year", 100), "decade": ("year", 10),
            "year": ("month", 12), "half": ("month", 6), "quarter": ("month", 3), "month": ("day", 30),
            "week": ("day", 7), "hour": ("minute", 60)}


def _relative(anchor: Anchor | None, unit: str, sign: str | None, n: str | None, time: str,
              keep: bool = False, told: bool = False) -> str:
    """`n` units before or after the anchor; with `keep`, a year from a quarter or month is one
    too ("a year earlier" than the third quarter is the third quarter of the year before), and,
    counted from a day `told`, weeks give a day ("began on May 2 ... two weeks later")."""
    if anchor is None:
        if time and unit in _FINE:  # "7:38 a.m." of an undated text: a time of an unknown day
            return "XXXX-XX-XX" + time
        return {"MINUS": "PAST_REF", "PLUS": "FUTURE_REF"}.get(sign or "", "PRESENT_REF")
    if n == "X":
        return "PAST_REF" if sign == "MINUS" else "FUTURE_REF"
    amount = float(n or 0)
    if amount != int(amount) and unit in _SMALLER:  # "half a century ago" is fifty years back
        unit, factor = _SMALLER[unit]
        amount *= factor
    steps = round(amount) * (-1 if sign == "MINUS" else 1)
    if unit in ("decade", "century") and keep:  # "a decade ago" is a year, ten years back
        unit, steps = "year", steps * (10 if unit == "decade" else 100)
    # A week cannot be counted from an anchor known only to the year: keep the anchor's value.
    if _ORDER.index(anchor.precision) < _ORDER.index("day" if unit in _FINE else unit):
        return format_unit(anchor.day, anchor.precision)
    if unit in ("hour", "minute") and anchor.minute is not None:  # "took off at 10:15 a.m. Two hours later"
        total = anchor.day * 1440 + anchor.minute + steps * (60 if unit == "hour" else 1)
        day, minute = divmod(total, 1440)
        return f"{format_unit(day, 'day')}T{minute // 60:02d}:{minute % 60:02d}"
    day = shift(anchor.day, unit, steps)
    if keep and told and unit == "week" and anchor.precision == "day":
        return format_unit(day, "day")  # "The strike began on May 2 ... Two weeks later": May 16
    if keep and unit == "year" and (anchor.precision == "quarter" or (anchor.precision == "month" and steps == -1)):
        # "Prices rose 9.1% in June from a year earlier": June of the year before. "Two years
        # later", counted on in a story from "April 1949", is a year: 1951.
        return format_unit(day, anchor.precision)
    return format_unit(day, unit) + (time if unit in _FINE else "")


def _from_event(event: Anchor | None, m: re.Match) -> str:
    """"A year after the invasion" (a duration while the invasion is undated); "the third
    anniversary of the invasion", as precise as the invasion's date."""
    if m.re is _EVENT:
        if event is None or m["n"] == "X":
            return m["duration"]
        return _relative(event, m["unit"], m["sign"], m["n"], "")
    if event is None:
        return "XXXX"
    unit = event.precision if event.precision in ("year", "month", "day") else "year"
    return format_unit(shift(event.day, "year", int(m["n"])), unit)


def _weekend(anchor: Anchor | None, direction: str, tense: str) -> str:
    """"The weekend" in the past is the last one; otherwise the one of the anchor's week.
    "Next weekend" is next week's, as "next week" is (said on a Friday, "this weekend" is the
    day after)."""
    if anchor is None:
        return "XXXX-WXX-WE"
    wd = (anchor.day + 3) % 7 + 1
    if direction.startswith("ref"):  # "that weekend" is the told day's week's; "the following" the first after it
        if anchor.precision not in ("day", "week"):
            return "XXXX-WXX-WE"  # (a year or a quarter told: no weekend of it)
        steps = -1 if direction == "refprev" else 1 if direction == "refnext" and wd >= 5 else 0
        return format_unit(anchor.day + 7 * steps, "weekend")
    back = direction == "past" or (direction == "tense" and tense == "past" and wd <= 5)
    steps = -1 if back else 1 if direction == "future" else 0
    return format_unit(anchor.day + 7 * steps, "weekend")


HOLIDAY = "HOL-"  # a template's `rest` for a holiday whose date moves with the year


def holiday(name: str, year: int) -> str:
    """"MM-DD" of a moving holiday ("thanksgiving", "good friday") in `year`."""
    if name in V.FIXED_BEFORE and year < V.FIXED_BEFORE[name][0]:
        return V.FIXED_BEFORE[name][1]
    if name.startswith("nth "):  # "nth 03 6 last": the last Saturday in March (see normalise)
        _, month, wd, n = name.split()
        day = nth_weekday(year, int(month), int(wd), -1 if n == "last" else int(n))
    elif name in V.EASTER_HOLIDAYS:
        day = easter(year) + V.EASTER_HOLIDAYS[name]
    elif name in V.ORTHODOX_HOLIDAYS:
        day = orthodox_easter(year) + V.ORTHODOX_HOLIDAYS[name]
    elif name in V.LUNAR_HOLIDAYS:
        day = DATES[V.LUNAR_HOLIDAYS[name]](year)
    else:
        day = nth_weekday(year, *V.WEEKDAY_HOLIDAYS[name])
    return format_unit(day, "day")[-5:]


def in_year(rest: str, year: int) -> str:
    """`rest` ("06", "06-12", "Q3", "SU", "HOL-easter") as a value in `year`."""
    if rest.startswith(HOLIDAY):  # (names are lower case: an upper-case T starts a part of the day)
        name, t, part = rest[len(HOLIDAY):].partition("T")
        rest = holiday(name.replace("_", " "), year) + t + part
    return f"{format_year(year)}-{rest}"


def _day_of_month(told: Anchor | None, anchor: Anchor | None, dom: int, tense: str) -> str:
    """"On the 15th": of the month just told of, else of the month of the anchor or the one
    before or after it, as the tense points (the nearest without one)."""
    base = told or anchor
    if base is None:
        return f"XXXX-XX-{dom:02d}"
    year, month, _ = civil_from_days(base.day)
    options = []
    for step in ((0,) if told is not None else (-1, 0, 1)):
        y, mo = month_add(year, month, step)
        value = f"{format_year(y)}-{mo:02d}-{dom:02d}"
        iv = interval(value)
        if iv is not None:
            options.append((value, iv.start))
    if not options:
        return f"XXXX-XX-{dom:02d}"
    if told is not None:
        return options[0][0]
    day = anchor.day
    if tense in ("past", GOVERNED_PAST):
        chosen = [v for v, d in options if d <= day]
        return chosen[-1] if chosen else options[0][0]
    if tense == "future":
        chosen = [v for v, d in options if d >= day]
        return chosen[0] if chosen else options[-1][0]
    return min(options, key=lambda o: abs(o[1] - day))[0]


def _candidates(rest: str, year: int):
    """The value and interval of `rest` in `year`; the interval is None when impossible."""
    value = in_year(rest, year)
    return value, interval(value)


NO_TENSE_AHEAD_DAYS = 92  # news mostly reports the past: no further ahead than a quarter without a cue
STORY = "story"  # the tense of a history's clause: the story moves on from the date told
PERFECT = "past perfect"  # the tense of a clause in the past perfect, which may look back from the date told:
STORY_BACK = "story, looking back"  # ... so in a history a date of it may start STORY_BACK_DAYS before that date:
STORY_BACK_DAYS = 31  # "he died the following month [April 1888] ... The snow had largely stopped by March 14"


def _yearless(anchor: Anchor | None, direction: str, rest: str, tense: str, governed: bool = False) -> str:
    if anchor is None:
        return "XXXX-XX-XX" if rest.startswith(HOLIDAY) else f"XXXX-{rest}"
    year = civil_from_days(anchor.day)[0]
    if direction in ("this", "y0"):
        return in_year(rest, year)
    if direction in ("y-1", "y+1"):
        return in_year(rest, year + (1 if direction == "y+1" else -1))
    if direction == "tense" and _ORDER.index(anchor.precision) < _ORDER.index("month"):
        # Known only to the year or half: "the June summit" in a story of "2025" is 2025's.
        return in_year(rest, year)
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
    period = rest[0] if rest[0] in "QH" and rest[1:2].isdigit() else ""  # a quarter or half
    if tense == "past" or (period and tense not in ("future", REPORTED)):
        # Reports run a little ahead of themselves ("the offer expired Nov. 6" in a story of
        # Nov. 2), so a past clause may still name a date of the coming weeks.
        # Not when a past verb governs the date itself: "which closed in March".
        if governed or (period and tense == "past"):
            grace = 0
        elif period:
            grace = QUARTER_AHEAD_DAYS
        elif rest.isdigit():  # a month alone ("07"), not a season ("SU")
            grace = PAST_GRACE_MONTH_DAYS
        else:
            grace = PAST_GRACE_DAYS
        chosen = [v for v, iv in options if iv.start <= day + grace]
        return chosen[-1] if chosen else options[0][0]
    if tense in ("future", REPORTED):
        # A deadline of the last days may still be spoken of as ahead ("would leave by Jan. 14").
        # Results are reported in the weeks after a quarter ends ("third-quarter earnings will
        # be low", in a story of late October).
        grace = FUTURE_GRACE_DAYS if rest.count("-") == 1 else REPORTING_DAYS if period == "Q" else 0
        if tense == REPORTED and period:
            # The results still to come of a quarter may be of one over for up to a quarter:
            # "is due to report fourth-quarter results on Feb. 22" is of the last year's.
            grace = 92 if period == "Q" else 183
        elif tense == REPORTED and len(rest) == 2:
            grace = 62  # a month's data come out in the two months after it: "the index for June is due out"
        chosen = [v for v, iv in options if iv.end > day - grace]
        return chosen[0] if chosen else options[-1][0]
    if tense in (STORY, STORY_BACK):  # a history moves on: the first such date not over before the one
        # told (or, looking back in the past perfect, one that starts just before it)
        back = STORY_BACK_DAYS if tense == STORY_BACK else 0
        chosen = [v for v, iv in options if iv.end > day or (back and iv.start > day - back)]
        return chosen[0] if chosen else options[-1][0]
    # No tense: the nearest ("January" in a story of November is the coming one), but news
    # mostly reports what is past: a date further ahead than a quarter is taken as past.
    nearest = min(options, key=lambda o: abs((o[1].start + o[1].end) // 2 - day))
    if nearest[1].start > day + NO_TENSE_AHEAD_DAYS:
        past = [o for o in options if o[1].start <= day]
        return past[-1][0] if past else nearest[0]
    return nearest[0]


def _weekday(anchor: Anchor | None, direction: str, wd: int, tense: str) -> str:
    if anchor is None:
        return f"XXXX-WXX-{wd}"
    day = anchor.day
    current = (day + 3) % 7 + 1
    same_week = day + (wd - current)
    if direction == "same":  # "that Saturday": the first on or after the day told ("arrived on Monday ... that Saturday")
        target = same_week if same_week >= day else same_week + 7
    elif direction in ("past", "before"):
        target = same_week if same_week < day else same_week - 7
    elif direction in ("future", "after"):
        target = same_week if same_week > day else same_week + 7
    elif direction == "next":  # "next Wednesday" on a Tuesday is a week on: tomorrow would be "tomorrow"
        target = same_week if same_week > day + 1 else same_week + 7
    elif direction == "this":  # the day of this week, but "this Friday, the union will strike" on a Sunday is ahead
        target = same_week + 7 if tense == "future" and same_week < day else \
            same_week - 7 if tense == "past" and same_week > day else same_week
    elif direction == "event" and tense == "future":  # "braces for defeat in Tuesday's vote"
        target = same_week if same_week >= day else same_week + 7
    elif tense == "past" or direction in ("recent", "event"):
        target = same_week if same_week <= day else same_week - 7
    elif tense == "future":
        target = same_week if same_week >= day else same_week + 7
    else:
        # Without a tense cue, the day before is past (the wire's "said Wednesday" of yesterday,
        # "composite trading Wednesday"); any other is ahead, as a clause with no past verb in
        # it is mostly a timetable in the present: "the court meets Monday".
        back = same_week if same_week <= day else same_week - 7  # (Sunday, told on a Monday, is the day before)
        target = back if back >= day - 1 else back + 7
    return format_unit(target, "day")

