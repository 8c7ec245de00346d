"""The English temporal grammar, as data: one rule per kind of expression, each with its examples.

A rule is (name, TIMEX3 type, pattern, value template, examples). Patterns use `%NAME` macros for
the vocabulary alternations and named groups for the pieces the value needs; the template is a
HeidelTime-style value in which `{group}` pieces are normalised from the match and `UNDEF-...`
parts are left for `resolve.py` to anchor to the document creation time (DCT) or to the last
mentioned date. Every example is run as a test (tests/test_grammar.py) with the DCT
Thursday 2025-02-13 and, where the example says so, a tense.

Rules listed earlier win when two matches have the same span; otherwise the longest match wins.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import vocabulary as V


def _alternation(words) -> str:
    """Longest first, so "Sept" is tried before "Sep"; spaces match any run of blanks."""
    forms = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in forms) + ")"


_NUMBER_WORDS = [w for w in V.NUMBERS if w != "some"]
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_ONES = "one|two|three|four|five|six|seven|eight|nine"

MACROS = {
    "MONTH": _alternation(V.MONTHS),
    # Full names; abbreviations only with their full stop ("Thurs."), as "Sun" and "Wed" are words.
    "WEEKDAY": "(?:" + _alternation(w for w in V.WEEKDAYS if len(w) > 5)
               + "|" + _alternation(w for w in V.WEEKDAYS if len(w) <= 5) + r"\.)",
    "WEEKDAYS": _alternation(w for w in V.WEEKDAYS if len(w) > 5),
    "SEASON": _alternation(V.SEASONS),
    "PART": _alternation(["morning", "afternoon", "evening", "night", "overnight"]),
    # A day of the month, not the start of a longer number.
    "DAY": r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d])",
    # A year of the common era in four digits, not part of a longer number.
    "YEAR": r"(?<![\d.,])(?:1\d{3}|20\d\d|21\d\d)(?![\d])",
    "NUM": rf"(?:\d+(?:\.\d+)?|(?:{_TENS})[- ](?:{_ONES})|{_alternation(_NUMBER_WORDS)})",
    "ORD": "(?:" + _alternation([w for w in V.ORDINALS if V.ORDINALS[w] > 0]) + r"|\d+(?:st|nd|rd|th))",
    "UNIT": _alternation(["second", "minute", "hour", "day", "week", "weekend", "month",
                          "quarter", "year", "decade", "century", "fortnight", "millennium"]),
    "UNITS": _alternation(["seconds", "minutes", "hours", "days", "weeks", "weekends", "months",
                           "quarters", "years", "decades", "centuries", "nights", "millennia"]),
    "CAL": _alternation(["week", "weekend", "month", "quarter", "year", "decade", "century"]),
    "LAST": _alternation(["last", "past", "previous"]),
    "NEXT": _alternation(["next", "coming", "upcoming", "following"]),
    "TIME": r"(?P<hour>[01]?\d|2[0-3])(?:[:.](?P<minute>[0-5]\d))?\s*(?P<ampm>[ap]\.?\s?m\b\.?)"
            r"|(?P<hour24>[01]?\d|2[0-3]):(?P<minute24>[0-5]\d)(?!\d)",
    "TZ": r"(?:\s+(?:GMT|UTC|EST|EDT|CST|CDT|PST|PDT|MST|MDT|ET|CET|BST))?",
    # A modifier and what separates it from the date: "early 2001", "mid-June", "the end of".
    "MOD": r"(?P<mod>(?:early|late|(?:the\s+)?(?:beginning|start|middle|end)\s+of)\s+|mid-\s*|mid\s+)",
}


@dataclass(frozen=True)
class Rule:
    name: str
    type: str
    pattern: str
    value: str
    examples: tuple = ()  # (text, value) or (text, value, tense)
    mod: str = ""


R = Rule
RULES: tuple[Rule, ...] = (
    # --- full calendar dates -------------------------------------------------------------
    R("iso_date", "DATE", r"(?P<year>%YEAR)-(?P<month>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])",
      "{year}-{month}-{day}", (("2025-02-12", "2025-02-12"),)),
    R("iso_datetime", "TIME",
      r"(?P<year>%YEAR)-(?P<month>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])T(?P<hour24>[01]\d|2[0-3]):(?P<minute24>[0-5]\d)(?::\d\d)?(?:Z|[+-]\d\d:?\d\d)?",
      "{year}-{month}-{day}T{time}", (("2025-02-12T07:38", "2025-02-12T07:38"),)),
    R("us_numeric_date", "DATE",
      r"(?P<month>0?[1-9]|1[0-2])/(?P<day>0?[1-9]|[12]\d|3[01])/(?P<year>%YEAR|\d\d)(?![/\d])",
      "{year}-{month}-{day}", (("02/12/2025", "2025-02-12"), ("2/12/25", "2025-02-12"))),
    R("month_day_year", "DATE",
      r"(?:%WEEKDAY,?\s+)?(?P<month>%MONTH)\.?\s+(?P<day>%DAY),?\s+(?P<year>%YEAR)",
      "{year}-{month}-{day}",
      (("February 12, 2025", "2025-02-12"), ("Feb. 12, 2025", "2025-02-12"),
       ("Wednesday, Feb 12 2025", "2025-02-12"))),
    R("day_month_year", "DATE",
      r"(?:the\s+)?(?P<day>%DAY)(?:\s+of)?\s+(?P<month>%MONTH)\.?,?\s+(?P<year>%YEAR)",
      "{year}-{month}-{day}", (("12 Feb. 2025", "2025-02-12"), ("the 12th of February 2025", "2025-02-12"))),
    R("month_day", "DATE", r"(?:%WEEKDAY,?\s+)?(?P<month>%MONTH)\.?\s+(?P<day>%DAY)(?!\s*[,:]?\s*\d)",
      "UNDEF-year-{dir}-{month}-{day}", (("Feb. 12", "2025-02-12"), ("February 12th", "2025-02-12"))),
    R("day_month", "DATE", r"(?:the\s+)?(?P<day>%DAY)(?:\s+of)?\s+(?P<month>%MONTH)\b\.?",
      "UNDEF-year-{dir}-{month}-{day}", (("the 12th of February", "2025-02-12"), ("12 February", "2025-02-12"))),
    # --- times ----------------------------------------------------------------------------
    R("time_weekday", "TIME", r"(?:%TIME)%TZ(?:\s+(?:on\s+)?(?P<dir>last|next|this)?\s*(?P<weekday>%WEEKDAY))",
      "UNDEF-weekday-{dir}-{weekday}T{time}", (("2 p.m. Saturday", "2025-02-15T14:00"),)),
    R("weekday_time", "TIME", r"(?P<weekday>%WEEKDAY),?\s+(?:at\s+)?(?:%TIME)%TZ",
      "UNDEF-weekday-{dir}-{weekday}T{time}", (("Friday at 10:30 a.m.", "2025-02-14T10:30"),)),
    R("time_dash_date", "TIME",
      r"(?:%TIME)%TZ\s*[-,–]?\s*(?P<month>%MONTH)\.?\s+(?P<day>%DAY),?\s+(?P<year>%YEAR)",
      "{year}-{month}-{day}T{time}", (("7:38 am - February 12, 2025", "2025-02-12T07:38"),)),
    R("clock_time", "TIME", r"(?:%TIME)%TZ", "UNDEF-this-dayT{time}",
      (("7:38 am", "2025-02-13T07:38"), ("2 p.m.", "2025-02-13T14:00"))),
    R("noon", "TIME", r"(?P<part>noon|midnight|midday)", "UNDEF-this-dayT{part}",
      (("noon", "2025-02-13T12:00"),)),
    R("weekday_part", "TIME", r"(?:(?P<dir>last|next|this)\s+)?(?P<weekday>%WEEKDAY)\s+(?P<part>%PART)",
      "UNDEF-weekday-{dir}-{weekday}T{part}", (("Thursday night", "2025-02-13TNI"),)),
    R("deictic_part", "TIME", r"(?P<rel>this|yesterday|tomorrow)\s+(?P<part>%PART)",
      "UNDEF-this-day{rel}T{part}", (("this morning", "2025-02-13TMO"), ("yesterday afternoon", "2025-02-12TAF"))),
    R("tonight", "TIME", r"tonight", "UNDEF-this-dayTNI", (("tonight", "2025-02-13TNI"),)),
    R("last_night", "TIME", r"last\s+night", "UNDEF-this-day-MINUS-1TNI", (("last night", "2025-02-12TNI"),)),
    # --- days -----------------------------------------------------------------------------
    R("today", "DATE", r"today", "UNDEF-this-day", (("today", "2025-02-13"),)),
    R("yesterday", "DATE", r"yesterday", "UNDEF-this-day-MINUS-1",
      (("yesterday", "2025-02-12"),)),
    R("day_before_yesterday", "DATE", r"the\s+day\s+before\s+yesterday", "UNDEF-this-day-MINUS-2",
      (("the day before yesterday", "2025-02-11"),)),
    R("tomorrow", "DATE", r"tomorrow", "UNDEF-this-day-PLUS-1", (("tomorrow", "2025-02-14"),)),
    R("weekday", "DATE", r"(?:(?P<dir>last|next|this|(?:earlier|later)\s+this)\s+)?(?P<weekday>%WEEKDAY)(?!\s+(?:Times|Telegraph|Mirror|Express|Mail|Herald|Post|Morning|Star|Independent|Tribune|School|Service)\b)",
      "UNDEF-weekday-{dir}-{weekday}",
      (("Thursday", "2025-02-13"), ("Friday", "2025-02-14", "future"), ("Monday", "2025-02-10", "past"),
       ("last Monday", "2025-02-10"), ("next Monday", "2025-02-17"))),
    R("holiday", "DATE", r"(?P<holiday>" + _alternation(V.HOLIDAYS) + r")(?:\s+(?P<year>%YEAR))?",
      "{holiday}", (("Christmas", "2025-12-25", "future"), ("Christmas 2024", "2024-12-25"))),
    # --- weeks, months, seasons, quarters, years relative to the DCT ----------------------
    R("this_unit", "DATE",
      r"(?:(?P<mod2>earlier|later|early|late)\s+)?(?:this|the\s+current)\s+(?P<unit>%CAL)",
      "UNDEF-this-{unit}", (("this week", "2025-W07"), ("earlier this week", "2025-W07"),
                            ("this year", "2025"), ("later this month", "2025-02"),
                            ("the current quarter", "2025-Q1"))),
    R("last_unit", "DATE", r"(?:(?P<mod2>early|late)\s+)?(?:the\s+)?(?P<dir>%LAST|%NEXT)\s+(?P<unit>%CAL)(?!\s+(?:of|or)\b)",
      "UNDEF-this-{unit}-{sign}-1",
      (("last year", "2024"), ("next month", "2025-03"), ("last week", "2025-W06"),
       ("the previous year", "2024"), ("the coming week", "2025-W08"))),
    R("weekend", "DATE", r"(?:(?P<dir>this|last|next|the)\s+)weekend", "UNDEF-weekend-{dir}",
      (("the weekend", "2025-W07-WE"), ("last weekend", "2025-W06-WE"))),
    R("ago", "DATE", r"(?:(?P<mod>about|around|nearly|almost|more\s+than|over|some|roughly|just\s+over|less\s+than|only)\s+)?(?P<num>%NUM)\s+(?P<unit>%UNIT|%UNITS)\s+ago",
      "UNDEF-this-{unit}-MINUS-{num}",
      (("nearly three years ago", "2022"), ("a decade ago", "2015"), ("two weeks ago", "2025-W05"),
       ("three days ago", "2025-02-10"))),
    R("relative_ref", "DATE",
      r"(?P<num>%NUM)\s+(?P<unit>%UNIT|%UNITS)\s+(?P<dir>later|earlier|before|after|afterwards?|previously)(?!\s+(?:the|a|an|his|her|its|their|this|that|he|she|it|they|we|I|[A-Z]\w*)\b)",
      "UNDEF-REF-{unit}-{sign}-{num}",
      (("two days later", "2025-02-15"), ("a week before", "2025-W06"), ("a year earlier", "2024"))),
    R("the_following_unit", "DATE", r"the\s+(?P<dir>following|next|previous|preceding|prior)\s+(?P<unit>day|week|month|year)(?!\s+(?:of|or)\b)",
      "UNDEF-REF-{unit}-{sign}-1", (("the following year", "2026"), ("the next day", "2025-02-14"))),
    R("within", "DATE", r"within\s+(?:the\s+next\s+)?(?P<num>%NUM)\s+(?P<unit>%UNIT|%UNITS)",
      "UNDEF-REF-{unit}-PLUS-{num}", (("within a decade", "2035"),), mod="ON_OR_BEFORE"),
    R("month_year", "DATE", r"(?:%MOD)?(?P<month>%MONTH)\.?,?\s+(?:of\s+)?(?P<year>%YEAR)",
      "{year}-{month}", (("February 2025", "2025-02"), ("early June 2025", "2025-06"))),
    R("month", "DATE", r"(?:%MOD|(?P<dir>last|next|this)\s+)?(?P<month>%MONTH)\b(?!\s*\d)",
      "UNDEF-year-{dir}-{month}",
      (("June", "2025-06", "future"), ("June", "2024-06", "past"), ("January", "2025-01", "past"),
       ("last June", "2024-06"), ("mid-June", "2025-06", "future"))),
    R("season_year", "DATE", r"(?:%MOD)?(?:the\s+)?(?P<season>%SEASON)\s+(?:of\s+)?(?P<year>%YEAR)",
      "{year}-{season}", (("summer 2025", "2025-SU"), ("the spring of 1998", "1998-SP"))),
    R("season", "DATE", r"(?:(?P<dir>last|next|this)\s+|%MOD|the\s+)(?P<season>%SEASON)",
      "UNDEF-year-{dir}-{season}", (("last summer", "2024-SU"), ("this spring", "2025-SP"))),
    R("quarter", "DATE",
      r"(?:the\s+)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last)[- ](?:fiscal\s+)?quarter(?:\s+of\s+(?:(?P<year>%YEAR)|(?P<thisyear>this\s+year|last\s+year|next\s+year)))?",
      "UNDEF-year-{dir}-Q{ord}", (("the third quarter", "2024-Q3", "past"), ("the first quarter of 1998", "1998-Q1"))),
    R("q_year", "DATE", r"Q(?P<ord>[1-4])\s+(?P<year>%YEAR)", "{year}-Q{ord}", (("Q3 2025", "2025-Q3"),)),
    R("half", "DATE",
      r"(?:the\s+)?(?P<ord>first|second|1st|2nd)\s+half(?:\s+of\s+(?:(?P<year>%YEAR)|(?P<thisyear>this\s+year|last\s+year|next\s+year)))?",
      "UNDEF-year-{dir}-H{ord}", (("the second half of 1998", "1998-H2"), ("the first half", "2025-H1", "future"))),
    R("end_of_unit", "DATE", r"(?P<mod>the\s+(?:end|beginning|start|middle)\s+of)\s+(?:the\s+|this\s+)(?P<unit>week|month|year|decade|century)",
      "UNDEF-this-{unit}", (("the end of the year", "2025"),)),
    R("fiscal_year", "DATE", r"fiscal(?:\s+year)?\s+(?P<year>%YEAR|'\d\d|\d\d(?!\d))", "{year}",
      (("fiscal 1998", "1998"), ("fiscal year 2025", "2025"))),
    # --- years, decades, centuries, eras ---------------------------------------------------
    R("year_bc", "DATE", r"(?P<bcyear>\d{1,5})\s*(?:BCE|BC|B\.C\.E?\.?)", "{bcyear}",
      (("44 BC", "BC0044"), ("500 BCE", "BC0500"))),
    R("year_ad", "DATE", r"(?:AD|A\.D\.)\s*(?P<adyear>\d{1,4})(?!\d)|(?P<adyear2>\d{1,4})\s*(?:AD|A\.D\.|CE|C\.E\.)(?!\w)",
      "{adyear}", (("AD 800", "0800"), ("800 AD", "0800"))),
    R("year_range_short", "DATE", r"(?<=\d\d-)(?P<short>\d\d)(?!\d)", "{short}", ()),
    R("year", "DATE", r"(?:%MOD)?(?:the\s+year\s+)?(?P<year>%YEAR)(?!\s*(?:%|percent|per\s+cent|[Bb]oeing|km|miles|meters|metres|feet|tons|tonnes|barrels)\b)(?!\s*%)(?!-\d\d\d)",
      "{year}", (("1949", "1949"), ("early 2001", "2001"), ("the year 2000", "2000"))),
    R("apostrophe_year", "DATE", r"(?<![\w'])['’](?P<year2>\d\d)(?![\ds\w])", "{year}",
      (("'98", "1998"),)),
    R("decade", "DATE", r"(?:%MOD|the\s+)?(?:the\s+)?(?:(?P<mod2>early|mid|late)-?\s*)?(?P<decade>1\d\d0|20\d0)['’]?s",
      "{decade}", (("the 1990s", "199"), ("the mid-1990s", "199"), ("1940s", "194"))),
    R("decade_short", "DATE", r"(?:the\s+)?(?:(?P<mod2>early|mid|late)-?\s*)?['’](?P<decade2>\d0)['’]?s",
      "UNDEF-century-{decade2}", (("the '90s", "199"), ("the mid-'90s", "199"))),
    R("decade_short2", "DATE", r"the\s+(?:(?P<mod2>early|mid|late)-?\s*)?(?P<decade2>[2-9]0)s",
      "UNDEF-century-{decade2}", (("the mid-90s", "199"), ("the 90s", "199"))),
    R("century", "DATE", r"(?:%MOD)?the\s+(?P<cent>%ORD|\d{1,2}(?:st|nd|rd|th))[- ]century",
      "{cent}", (("the 19th century", "18"), ("the twentieth century", "19"))),
    # --- durations --------------------------------------------------------------------------
    R("duration_range", "DURATION", r"(?P<num>\d+)\s*(?:-|to|or)\s*(?P<num2>\d+)\s+(?P<unit>%UNITS)", "P{num2}{unit}",
      ()),
    R("duration_past", "DURATION",
      r"(?:the\s+)?(?:%LAST|%NEXT)\s+(?P<num>%NUM)\s+(?P<unit>%UNITS)", "P{num}{unit}",
      (("the past three years", "P3Y"), ("the next five years", "P5Y"))),
    R("duration_past_one", "DURATION", r"the\s+(?:%LAST)\s+(?P<unit>%UNIT)(?!\s+(?:of|or)\b)",
      "P1{unit}", ()),
    R("duration", "DURATION",
      r"(?:(?P<mod>about|around|nearly|almost|more\s+than|over|some|roughly|just\s+over|less\s+than|at\s+least|up\s+to)\s+)?(?P<num>%NUM)[- ](?P<unit>%UNIT|%UNITS)(?:-long|\s+long)?",
      "P{num}{unit}", (("three years", "P3Y"), ("24 hours", "PT24H"), ("five-year", "P5Y"),
                       ("several months", "PXM"), ("a decade", "P10Y"))),
    R("recent_units", "DURATION", r"(?:the\s+)?(?:recent|coming|past|last|next)\s+(?P<unit>%UNITS)", "PX{unit}",
      (("recent years", "PXY"), ("the coming months", "PXM"))),
    R("units_alone", "DURATION", r"(?P<unit>years|months|decades|weeks|days)(?=\s+(?:of|ago|later|before|after))", "PX{unit}",
      ()),
    # --- sets -------------------------------------------------------------------------------
    R("every_weekday", "SET", r"(?:every|each)\s+(?P<weekday>%WEEKDAY)", "XXXX-WXX-{weekday}",
      (("every Monday", "XXXX-WXX-1"),)),
    R("weekday_plural", "SET", r"(?:on\s+)?(?P<weekday>%WEEKDAYS)s(?!\w)", "XXXX-WXX-{weekday}",
      (("Mondays", "XXXX-WXX-1"),)),
    R("every_unit", "SET", r"(?:every|each|per|a)\s+(?P<unit>%UNIT)(?=[\s.,;]|$)(?!\s+(?:later|earlier|ago|before|after|of))",
      "P1{unit}", (("every year", "P1Y"), ("per month", "P1M"))),
    R("adverb_set", "SET", r"(?P<adv>annually|yearly|monthly|weekly|daily|hourly|quarterly|nightly)",
      "{adv}", (("annually", "P1Y"), ("weekly", "P1W"))),
    # --- vague references -------------------------------------------------------------------
    R("present_ref", "DATE", r"(?:right\s+)?now|currently|at\s+present|nowadays|the\s+present(?!\s+(?:day|time|case|system|government|situation))|these\s+days|at\s+the\s+moment",
      "PRESENT_REF", (("now", "PRESENT_REF"), ("currently", "PRESENT_REF"))),
    R("past_ref", "DATE", r"(?:the\s+)?past(?=\s*[,.;])|recently|previously|formerly|once\s+upon\s+a\s+time|the\s+old\s+days|lately",
      "PAST_REF", (("recently", "PAST_REF"),)),
    R("future_ref", "DATE", r"the\s+future|the\s+near\s+term|(?:in\s+)?the\s+long\s+run|soon(?!\s+after)|shortly|the\s+near\s+future",
      "FUTURE_REF", (("the future", "FUTURE_REF"), ("soon", "FUTURE_REF"))),
)


def expand(pattern: str) -> str:
    return re.sub(r"%([A-Z]+)", lambda m: MACROS[m.group(1)], pattern)


# Each rule compiled once, framed so it neither starts nor ends inside a word or number.
COMPILED = tuple(
    (rule, re.compile(r"(?<![\w$£€#@&])(?:" + expand(rule.pattern) + r")(?![\w%])", re.IGNORECASE))
    for rule in RULES
)
