"""The English temporal grammar, as data: one rule per kind of expression, each with its examples.

A rule is (name, TIMEX3 type, pattern, value template, examples). Patterns use `%NAME` macros for
the vocabulary alternations and named groups for the pieces the value needs; the template is a
HeidelTime-style value in which `{group}` pieces are normalised from the match and `UNDEF-...`
parts are left for `resolve.py` to anchor to the document creation time (DCT) or to the last
mentioned date. Every example is run as a test (tests/test_grammar.py) with the DCT
Thursday 2025-02-13 and, where the example says so, a tense; an example that needs context marks
the expression in it with [[...]].

Rules listed earlier win when two matches have the same span; otherwise the longest match wins.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import vocabulary as V
from .first_chars import prefiltered


def alternation(words) -> str:
    """The words as a prefix tree, as Python's regex engine tries alternatives one by one.

    Matches the same as "Sept|Sep|..." tried longest first (a longer form is always tried before
    its prefix), but costs one step per character instead of one attempt per word. Spaces match
    any run of blanks, and an apostrophe either form of it.
    """
    trie: dict = {}
    for word in set(words):
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return "(?:" + _trie_pattern(trie) + ")"


def _trie_pattern(node: dict) -> str:
    branches = [(r"\s+" if char == " " else "['’]" if char == "'" else re.escape(char)) + _trie_pattern(child)
                for char, child in sorted(node.items()) if char]  # (an apostrophe either way: "New Year’s Eve")
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


_NUMBER_WORDS = [w for w in V.NUMBERS if w != "some"]
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_ONES = "one|two|three|four|five|six|seven|eight|nine"

# "six o'clock" (a prefix tree: %TIME holds it, and so do the rules that try it at every position)
# What may follow a zone named in words: its day or date ("Eastern time Monday", "New York time on Oct. 26",
# "London time, 4 August"), not a name it is part of ("the 9 a.m. Central Line service", "Pacific Symphony").
_DAY_OR_MONTH_FIRST = r"(?-i:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|\d)"
_HOUR_WORDS = alternation(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"])
MACROS = {
    "MONTH": alternation(V.MONTHS),
    # Full names; abbreviations only with their full stop ("Thurs."), as "Sun" and "Wed" are words.
    "WEEKDAY": r"(?<!\bSheffield\s)(?:" + alternation(w for w in V.WEEKDAYS if len(w) > 5)  # (a football club)
               + "|" + alternation(w for w in V.WEEKDAYS if len(w) <= 5) + r"\.)",
    "WEEKDAYS": alternation(w for w in V.WEEKDAYS if len(w) > 5),
    # ... but a page's time stamp may abbreviate it, Capitalised, before the month: "6:30 PM ET, Sun September 10, 2017".
    "WDABBR": r"(?-i:Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun)",
    "SEASON": alternation(V.SEASONS),
    "SEASONEVENT": "(?:" + alternation(V.SEASON_EVENTS) + r")\b",
    "PART": alternation(["morning", "afternoon", "evening", "night", "overnight"]),
    # A day of the month, not the start of a longer number.
    "DAY": r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d])",
    # Between the first and the last day of a range: "3-5", "3 to 5", "3rd through 5th".
    "DAYTO": r"\s*(?:[-–]|to|through|until|till|thru)\s*",
    # A year of the common era in four digits, not part of a longer number ("closed at 2082.1").
    "YEAR": r"(?<![\d.,])(?:1\d{3}|20\d\d|21\d\d)(?!\d|\.\d)",
    # A year in words, as read out on radio and television: "nineteen ninety-six".
    "YEARW": rf"(?:nineteen|eighteen)[- ](?:hundred(?:[- ]and)?[- ])?(?:{_TENS})(?:[- ](?:{_ONES}))?"
             # "Two thousand" alone is a year only where no noun follows it ("two thousand people").
             rf"|two[- ]thousand(?:(?:[- ]and)?[- ](?:{_ONES}|ten|eleven|twelve)|(?<=year\stwo[- ]thousand)|(?!\s+[a-z]))",
    # (Not the end of a number: "80,000 years ago" is no "000 years ago".)
    "NUM": rf"(?<!\d,)(?:\d+(?:\.\d+|\s+1/2)?|(?:{_TENS})[- ](?:{_ONES})|{alternation(_NUMBER_WORDS)}|\d{{1,3}}(?:,\d{{3}})+)",
    # "Three hundred years", "a thousand years": a count of hundreds or thousands. (Only in the
    # rules that need "hundred" or "thousand": as a part of NUM, tried at every position, it cost
    # the rules with a count a third of their time.)
    "NUMH": rf"(?:(?:\d+|a|an|{_ONES}|ten|several|a\s+few|some)[- ](?:hundred|thousand)"
            rf"(?:\s+and\s+(?:(?:{_TENS})(?:[- ](?:{_ONES}))?|{_ONES}|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen)\b)?"
            rf"(?![- ](?:hundred|thousand|and)\b))",  # ("a hundred and forty-six years")
    # A day of the month in words, as read out: "March eighth", "the first of May".
    "DAYW": alternation(w for w, n in V.ORDINALS.items() if 1 <= n <= 31),
    "ORD": "(?:" + alternation([w for w in V.ORDINALS if V.ORDINALS[w] > 0]) + r"|\d+(?:st|nd|rd|th))",
    "UNIT": alternation(["second", "minute", "hour", "day", "week", "weekend", "month",
                          "quarter", "year", "decade", "century", "fortnight", "millennium"]),
    "UNITS": alternation(["seconds", "minutes", "hours", "days", "weeks", "weekends", "months",
                           "quarters", "years", "decades", "centuries", "nights", "millennia"]),
    "CAL": alternation(["week", "month", "quarter", "year", "decade", "century"]),
    "LAST": alternation(["last", "past", "previous"]),
    "NEXT": alternation(["next", "coming", "upcoming", "following"]),
    "TIME": r"(?P<hour>[01]?\d|2[0-3])(?:[:.](?P<minute>[0-5]\d))?\s*(?P<ampm>[ap]\.\s?m\.|[ap]\.?\s?m\b)"
            r"|(?<![:\d])(?P<hour24>[01]?\d|2[0-3]):(?P<minute24>[0-5]\d)(?!\d|:\d)"  # (not a race time: 2:00:35)
            r"(?:\s+in\s+the\s+(?P<part24>morning|afternoon|evening)\b)?"  # ("It was 8:30 in the morning")
            # The wire's 24-hour clock beside its zone ("at 1500 GMT", the British papers' "14.30 GMT"),
            # and "10 o'clock".
            r"|(?<![\d.,])(?P<hourw>[01]\d|2[0-3])\.?(?P<minutew>[0-5]\d)(?!\d)(?=\s*(?:GMT|UTC|Z|BST|CET|hrs|hours\s+GMT|local\s+time)\b)"
            r"|(?P<hourc>1[0-2]|0?[1-9]|" + _HOUR_WORDS + r")\s+o['’]clock\b(?:\s+(?:in\s+the\s+|at\s+)(?P<ocpart>morning|afternoon|evening|night))?"
            r"|(?P<hourb>1[0-2]|0?[1-9])" + "(?:" + "|".join(rf"(?<=\b{w}\s{d})" for w in ("at", "by", "until", "about", "around")
                                                       for d in (r"\d", r"\d\d")) + ")"
            r"\s+(?:in\s+the\s+|at\s+)(?P<ocpart2>morning|afternoon|evening|night)\b",
    "TZ": r"(?:\s+(?:(?:GMT|UTC)(?:[+-]\d{1,2}(?::?\d\d)?(?!\d))?|EST|EDT|CST|CDT|PST|PDT|MST|MDT|ET|CET|BST|(?-i:PT|CT|MT|CEST|JST|HKT|AEST|AEDT)\b))?",
    # A zone named in words after a clock time: "8:30 a.m. Eastern time Monday", "5 p.m. New York time on
    # Oct. 26", "at 4 p.m. Eastern." (one expression, as TimeBank has "9 a.m. EST Tuesday"); after a
    # comma only when its day follows ("at 11:59 p.m., Kabul time." is an aside).
    "ZONE": rf"(?:\s+(?:{V.ZONE_WORDS})(?=,?\s+(?:on\s+)?{_DAY_OR_MONTH_FIRST}|\s*[^\w\s]|\s+(?-i:[a-z])|\s*$)"
            rf"|,\s+(?:{V.ZONE_WORDS})(?=,?\s+(?:on\s+)?{_DAY_OR_MONTH_FIRST}))?",
    # What a period's results are called: "Q4 results", "first-half profit".
    "RESULTS": r"results|earnings|sales|profits?|revenues?|GDP|growth|figures|loss(?:es)?|deliveries|shipments|output|"
               r"orders|bookings|margins?|guidance|net|operating|income|EPS|numbers|production|volumes?|productivity|"
               r"inventories|payrolls|employment|inflation",
    # A four-digit number is no year when it counts something ("2000 workers", "1500 dollars") ...
    "COUNTED": alternation(["people", "persons", "workers", "employees", "jobs", "troops", "soldiers", "police",
                            "officers", "residents", "refugees", "migrants", "students", "children", "men", "women",
                            "patients", "passengers", "households", "families", "homes", "houses", "buildings", "cars",
                            "vehicles", "seats", "members", "delegates", "protesters", "demonstrators", "fighters",
                            "rebels", "civilians", "victims", "cases", "deaths", "votes", "voters", "signatures",
                            "shares", "units", "copies", "acres", "hectares", "dollars", "euros", "pounds", "yen",
                            "yuan", "rupees", "francs", "marks", "points", "calories", "words", "pages", "flights",
                            "degrees", "metres", "meters", "feet", "miles", "kilometres", "kilometers", "tonnes", "tons", "block"]),
    # ... or is the number of a flight, a room, a road or a resolution ("Flight 1549", "Resolution 1441").
    # (Looked behind from after the four digits: tried only where a year matched, not everywhere.)
    # Not a car's model year ("a 2019 Toyota Camry", as TimeBank leaves "Kopp's 1987 Chevrolet"
    # untagged) nor a house number ("1800 Main Street"); after "in", "since", ... a year ("In
    # 1999 Ford Motor earned more").
    "NOTMODEL": r"(?:(?<=\bin\s\d{4})|(?<=\bsince\s\d{4})|(?<=\bby\s\d{4})|(?<=\buntil\s\d{4})|(?<=\bfrom\s\d{4})|(?!\s+(?-i:Toyota|Honda|Ford|Chevrolet|Chevy|Nissan|BMW|Mercedes(?:-Benz)?|Tesla|Volkswagen|VW|Hyundai|Kia|"
                r"Subaru|Mazda|Jeep|Dodge|Chrysler|Buick|Cadillac|Pontiac|Oldsmobile|Lincoln|Audi|Porsche|Volvo|Lexus|"
                r"Acura|Infiniti|GMC|Ram|Mitsubishi|Saab|Jaguar|Fiat|Harley-Davidson)\s+(?-i:[A-Z0-9]))"
                r"(?!\s+(?-i:(?:[A-Z][a-z]+\s+){1,2}(?:Street|Avenue|Road|Boulevard|Drive|Lane|Place|Way|St\.|Ave\.|Rd\.|Blvd\.))(?![\w])))",
    # Not the name of a war: "the Hundred Years' War", "the Seven Years' War".
    "NOTWAR": r"(?!['’]?\s+(?-i:War)\b)",
    "LABELLED": "".join(rf"(?<!\b{re.escape(w)}\s\d\d\d\d)" for w in (
        "flight", "room", "route", "highway", "interstate", "suite", "apartment", "gate", "platform", "bus",
        "channel", "resolution", "section", "rule", "chapter", "page", "no.", "nos.", "model", "airbus", "ward",
        "box", "unit", "lot", "bill", "russell", "wilshire", "windows", "series", "version", "train", "locomotive",
        "exit")) + r"(?<!\b(?-i:Euro)\s\d\d\d\d)"  # (the rules ignore case)
    + r"(?<!\b(?-i:Office)\s\d\d\d\d)",  # (Microsoft's, not "in office 1990-95")
    # A modifier and what separates it from the date: "early 2001", "mid-June", "the end of".
    # Before a day: "late yesterday", "early Sunday". "Earlier" and "later" give no TIMEX3 mod:
    # they are part of "earlier this week" (as TimeBank has it 16 times out of 26), nothing more.
    "DAYMOD": r"(?P<mod2>early|late)\s+",
    # An event noun after a determiner or a possessive: "the invasion", "Russia's full-scale invasion".
    "EVENT": r"(?:the|its|their|his|her|this|that|[A-Z][\w.]*['’]s)\s+(?-i:(?:[a-z]+-[a-z]+\s+)?(?P<event>[a-z]{3,}))(?![\w-])",
    "BCYEAR": r"(?P<bcyear>\d{1,5})\s*(?:BCE|BC|B\.C\.E?\.?)",
    # Between a month and its day: a space, or an abbreviation's full stop and a space, but no
    # sentence's full stop before a line break, nor a blank line ("late January.\n\n30 April 1945").
    "MSP": r"(?:\.[^\S\n]+|(?![^\S\n]*\n[^\S\n]*\n)\s+)",
    "MOD": r"(?P<mod>(?:early|late|(?:the\s+)?(?:beginning|start|middle|end)\s+of)\s+|mid-\s*|mid\s+)",
}


# What a rule cannot match without, by its `trigger` class: scan.py runs each rule only near a
# word of its class, near a number for "digit", or near a year-like number ("1998", "'98",
# "1990s") for "year". A word triggers when it starts with one of these ("Mondays" with "monday",
# "years" with "year").
TRIGGER_WORDS = {
    "month": tuple(V.MONTHS),
    "weekday": tuple(V.WEEKDAYS),
    "season": tuple(V.SEASONS),
    "unit": tuple(V.UNITS) + ("half", "quarter", "period", "season"),
    "word": V.KEYWORDS,
}


# "a second betrayal", "for a second year running": the ordinal, not a second of time.
_NOT_ORDINAL = r"(?!(?<=second)\s+(?!(?:later|earlier|ago|before|after|or|and|longer|more|to|of|in|for|at|on|the|a)\b)[a-z])"


@dataclass(frozen=True)
class Rule:
    name: str
    type: str
    trigger: str  # the TRIGGERS word class every match contains (see scan.py)
    pattern: str
    value: str
    examples: tuple = ()  # (text, value) or (text, value, tense)
    mod: str = ""
    needs: tuple = ()  # words one of which every match holds: the rule is skipped where none is


# A clock time and its day, alone and about then ("about 4 a.m. Monday": rules of their own, as
# an optional "about" would be tried at every position of the weekdays' and months' text).
_CLOCK_WORD = (r"(?P<hourc>" + _HOUR_WORDS + r")\s+o['’]clock\b"
               r"(?:\s+(?:in\s+the\s+|at\s+)(?P<ocpart>morning|afternoon|evening|night))?%TZ")
_TIME_WEEKDAY = r"(?:%TIME)%TZ%ZONE(?:\s+(?:on\s+)?(?P<dir>last|next|this|(?<=\son\s)the)?\s*(?P<weekday>%WEEKDAY))(?!,?\s+%MONTH)"
_TIME_DATE = r"(?:%TIME)%TZ%ZONE,?\s+(?:on\s+)?(?:(?:%WEEKDAY|%WDABBR),?\s+)?(?P<month>%MONTH)\.?\s+(?P<day>%DAY)(?:,?\s+(?P<year>%YEAR))?"
_TIME_DAY_MONTH = r"(?:%TIME)%TZ%ZONE,?\s+(?:on\s+)?(?:%WEEKDAY,?\s+)?(?:the\s+)?(?P<day>%DAY)(?:\s+of)?\s+(?P<month>%MONTH)\b(?:(?<![a-z]{4})(?<!May)\.)?(?:,?\s+(?P<year>%YEAR))?"
# Not a thing named after a holiday: "the city's Christmas tree", "Easter eggs".
_PART_NOT_ALONE = (r"(?!\s+(?:of|on)\s|\s+(?:session|sessions|news|hours|shift|show|edition|papers?|rush|commute|"
                   r"broadcast|service|services|meeting|prayers?|trading|light|sun|air|star|post)\b)")
_HOLIDAY_THINGS = (r"(?!\s+(?:trees?|lights|cards?|carols?|decorations|ornaments|puddings?|cakes?|jumpers?|sweaters?|"
                   r"movies?|films?|albums?|songs?|music|markets?|shopping|eggs?|bunny|costumes?|candy|pumpkins?|"
                   r"stockings?|presents|gifts|tunes?|specials?|episodes?|"
                   # nor an event named after one: "the Yom Kippur War", "the Passover massacre"
                   r"(?-i:Wars?|Rising|Attacks?|Riots?)|massacres?|offensive|uprising|bombings?|truce|tsunami)\b)")
_APPROX_WORDS = ("about", "around", "approximately", "roughly")
_APPROX = r"(?P<mod>" + "|".join(_APPROX_WORDS) + r")\s+"


R = Rule
RULES: tuple[Rule, ...] = (
    # --- full calendar dates -------------------------------------------------------------
    R("iso_date", "DATE", "year", r"(?P<year>%YEAR)-(?P<month>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])",
      "{year}-{month}-{day}", (("2025-02-12", "2025-02-12"),)),
    R("iso_datetime", "TIME", "year",
      r"(?P<year>%YEAR)-(?P<month>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])T(?P<hour24>[01]\d|2[0-3]):(?P<minute24>[0-5]\d)(?::\d\d)?(?:Z|[+-]\d\d:?\d\d)?",
      "{year}-{month}-{day}T{time}", (("2025-02-12T07:38", "2025-02-12T07:38"),)),
    R("us_numeric_date", "DATE", "digit",
      r"(?P<month>0?[1-9]|1[0-2])/(?P<day>0?[1-9]|[12]\d|3[01])/(?P<year>%YEAR|\d\d)(?![/\d])",
      "{year}-{month}-{day}", (("02/12/2025", "2025-02-12"), ("2/12/25", "2025-02-12"))),
    # ... and with its time, as a byline writes it: "7/27/11 6:12 PM EDT".
    R("us_numeric_date_time", "TIME", "digit",
      r"(?P<month>0?[1-9]|1[0-2])/(?P<day>0?[1-9]|[12]\d|3[01])/(?P<year>%YEAR|\d\d),?[^\S\n]+(?:at[^\S\n]+)?(?:%TIME)%TZ",
      "{year}-{month}-{day}T{time}", (("By MATT CORDELL\n[[7/27/11 6:12 PM EDT]]\n\nHouse leaders met.", "2011-07-27T18:12"),)),
    R("month_day_year", "DATE", "month",
      r"(?:%WEEKDAY,?\s+)?(?P<month>%MONTH)\.?\s+(?P<day>%DAY),?\s+(?P<year>%YEAR)",
      "{year}-{month}-{day}",
      (("February 12, 2025", "2025-02-12"), ("Feb. 12, 2025", "2025-02-12"),
       ("Wednesday, Feb 12 2025", "2025-02-12"))),
    R("day_month_year", "DATE", "month",
      r"(?:%WEEKDAY,?\s+)?(?:the\s+)?(?P<day>%DAY)(?:\s+of)?\s+(?P<month>%MONTH)\.?,?\s+(?P<year>%YEAR)"
      r"|the\s+(?P<dayw>%DAYW)\s+of\s+(?P<monthw>%MONTH),?\s+(?P<yearw>%YEAR)",
      "{year}-{month}-{day}", (("12 Feb. 2025", "2025-02-12"), ("the 12th of February 2025", "2025-02-12"),
                               ("[[the fourth of July, 1776]]", "1776-07-04"),
                               ("Tuesday, 4 August 1914", "1914-08-04"))),
    # A day named after what happened on it, in news since: "the Sept. 11 attacks" (2001).
    R("named_day", "DATE", "month",
      r"(?P<named>(?:Sept\.?|September)\s+11(?:th)?)(?=\s+(?:(?:2001|terrorist|terror)\s+)*(?:attacks?|hijackings?|commission)\b)",
      "{named}", (("Since the [[Sept. 11]] attacks, the agency's budget has been squeezed.", "2001-09-11"),
                  ("the [[September 11]] terrorist attacks", "2001-09-11"))),
    R("month_day", "DATE", "month",
      r"(?:(?:(?:this(?:\s+coming)?|last|next)\s+)?%WEEKDAY,?\s+|(?<=\b(?P<dir>last|next|this)\s))?(?P<month>%MONTH)%MSP(?P<day>%DAY|%DAYW)(?!\s*[,:]?\s*\d(?!\d*\s+(?:days|weeks|months|years|hours)\b))"
      r"(?:(?=(?:%DAYTO|\s+(?:and|or)\s+)%DAY,?\s+(?P<year>%YEAR)))?(?:,?\s+(?P<thisyear>this|last|next)\s+year(?!['’]))?",
      "UNDEF-year-{dir}-{month}-{day}", (("Feb. 12", "2025-02-12"), ("February 12th", "2025-02-12"),
                                         ("counted until [[Nov. 18]], 11 days after the election", "2025-11-18", "future"),
                                         ("this coming Saturday, March eighth", "2025-03-08"),
                                         ("March 11 next year", "2026-03-11"),
                                         ("The deadline is [[Friday, Feb. 21]].", "2025-02-21"),
                                         ("It lands [[next Tuesday, March 4]].", "2025-03-04"),
                                         # (TimeBank leaves "last" out: "shot to death last [[Oct. 23]]")
                                         ("Its fiscal year ended last [[June 30]].", "2024-06-30"),
                                         # (the year of a range of days is its first day's too)
                                         ("The fair ran [[March 3]]-5, 2024.", "2024-03-03"))),
    R("day_month", "DATE", "month",
      r"(?:%WEEKDAY,?\s+)?(?:the\s+)?(?P<day>%DAY)(?:\s+of)?\s+(?P<month>%MONTH)\b(?:(?<![a-z]{4})(?<!May)\.)?"
      r"(?:,?\s+(?P<thisyear>this|last|next)\s+year\b(?!['’]))?|the\s+(?P<dayw>%DAYW)\s+of\s+(?P<monthw>%MONTH)\b",
      "UNDEF-year-{dir}-{month}-{day}", (("the 12th of February", "2025-02-12"), ("12 February", "2025-02-12"),
                                         ("The final is on [[Saturday 24 May]].", "2025-05-24"),
                                         ("Diwali falls on [[12 November this year]].", "2025-11-12"),
                                         ("It opened on [[3 March last year]].", "2024-03-03"),
                                         ("the first of March", "2025-03-01", "future"))),
    # The start of a range of days that names its month after the end: "[[3]]-5 March 2024".
    # (Each end of a range is a date, see CONTINUATIONS.)
    R("day_range_start", "DATE", "month",
      r"(?<![\d.,/:-])(?P<day>%DAY)(?=%DAYTO%DAY\s+(?:of\s+)?(?P<month>%MONTH)\b(?:\.?,?\s+(?P<year>%YEAR))?)",
      "UNDEF-year-{dir}-{month}-{day}", (("The fair ran [[3]]-5 March 2024.", "2024-03-03"),
                                         ("It runs [[3]] to 5 March.", "2025-03-03", "future"))),
    # A day of the month alone, after a preposition and near a month: "In March ... on the 15th",
    # "this month, by the 30th": of the month just told of, else of the DCT's or the one either
    # side, by tense. (The preposition is looked for by the normaliser: a look-behind here, tried
    # at every position, cost 2% of the tagger's time.)
    R("day_of_month", "DATE", "digit",
      r"the\s+(?P<day>3[01](?<=31)st|30th|2[1-9](?<=21)st|22nd|23rd|2[4-9]th|20th|1\dth|[1-9](?:st|nd|rd|th))"
      r"(?=\s*[,.;:)]|\s*$|\s+(?:and|to|at|when|of\s+(?:this|next|last|that)\s+month)\b)",
      "UNDEF-dom-{day}", (("The offer ends this month, on [[the 15th]].", "2025-02-15"),
                          ("The bill for this month was paid on [[the 2nd]].", "2025-02-02"),
                          ("In March, the rally was held on [[the 9th]].", "2024-03-09"))),
    # The weekend of the ISO week that contains the day: "fixed for the weekend of August 4-5".
    R("weekend_of", "DATE", "month",
      r"the\s+weekend\s+of\s+(?:(?P<month>%MONTH)\.?\s+(?P<day>%DAY)(?:%DAYTO(?:(?:%MONTH)\.?\s+)?%DAY)?"
      r"|(?P<dayb>%DAY)(?:%DAYTO%DAY)?\s+(?P<monthb>%MONTH)\b)"
      r"(?:,?\s+(?P<year>%YEAR))?",
      "UNDEF-WEEKENDOF-UNDEF-year-{dir}-{month}-{day}",
      (("The semi-final is fixed for [[the weekend of August 2-3]].", "2025-W31-WE", "future"),
       ("the weekend of 4-5 August 2018", "2018-W31-WE"), ("the weekend of June 7, 2024", "2024-W23-WE"),
       ("the weekend of August 31-September 1, 2018", "2018-W35-WE"))),
    # The ISO week that contains the day.
    R("week_of", "DATE", "month",
      r"the\s+week\s+(?:of|beginning|starting|commencing)\s+(?:(?P<month>%MONTH)\.?\s+(?P<day>%DAY)|(?P<dayb>%DAY)\s+(?P<monthb>%MONTH)\b)"
      r"(?:,?\s+(?P<year>%YEAR))?",
      "UNDEF-WEEKOF-UNDEF-year-{dir}-{month}-{day}",
      (("the week of March 6", "2025-W10", "future"), ("the week of March 6, 2000", "2000-W10"),
       ("The vote will be taken in [[the week beginning March 6th]].", "2025-W10", "future"),
       ("the week commencing 6 March 2000", "2000-W10"))),
    # "The first week of March" is a week; "the second half of March" is March (TIMEX3 has
    # no half of a month), not the year's second half.
    # "The first day of 2026", "the last day of February": a day.
    R("edge_day_of_month", "DATE", "month",
      r"the\s+(?P<edge>first|last|final)\s+day\s+of\s+(?P<month>%MONTH)\b(?:\.?,?\s+(?P<year>%YEAR))?",
      "UNDEF-year-{dir}-{month}-{day}", (("the last day of February 2024", "2024-02-29"),
                                         ("Rents rise on [[the first day of March]].", "2025-03-01", "future"))),
    R("edge_day_of_year", "DATE", "digit", r"the\s+(?P<edge>first|last|final)\s+day\s+of\s+(?P<year>%YEAR)(?!\s+(?:%COUNTED)\b)",
      "{year}-{md}", (("The law takes effect on Thursday, [[the first day of 2026]].", "2026-01-01"),
                      ("the last day of 1999", "1999-12-31"))),
    R("week_of_month", "DATE", "month",
      r"(?:the\s+)?(?P<wom>first|second|third|fourth|last|final)\s+week\s+of\s+(?P<month>%MONTH)\b(?:\.?,?\s+(?P<year>%YEAR))?",
      "UNDEF-WEEKOF-UNDEF-year-{dir}-{month}-{day}",
      (("Talks open in [[the first week of March]].", "2025-W10", "future"),
       ("It closed in [[the last week of June 2024]].", "2024-W26"), ("the last week of February 2024", "2024-W09"),
       ("the second week of January", "2026-W02", "future"))),
    R("half_of_month", "DATE", "month",
      r"(?:the\s+)?(?:first|second|latter|last)\s+half\s+of\s+(?P<month>%MONTH)\b(?:\.?,?\s+(?P<year>%YEAR))?",
      "UNDEF-year-{dir}-{month}", (("Sales fell in [[the second half of March]].", "2024-03", "past"),
                                   ("the first half of May 2023", "2023-05"))),
    # --- times ----------------------------------------------------------------------------
    # A clock time without "a.m." or "p.m." takes them from the part of the day after it.
    R("clock_weekday_part", "TIME", "weekday",
      r"(?:(?<![:\d])(?P<hourp>1[0-2]|0?[1-9]):(?P<minutep>[0-5]\d)|(?P<hourc>1[0-2]|0?[1-9]|" + _HOUR_WORDS + r")\s+o['’]clock)"
      r"\s+(?:on\s+)?(?P<weekday>%WEEKDAY)\s+(?P<parth>morning|afternoon|evening|night)\b",
      "UNDEF-weekday-{dir}-{weekday}T{time}", (("The tornado touched down at [[9:30 Thursday night]].", "2025-02-13T21:30", "past"),
                                               ("at [[6:15 Monday morning]]", "2025-02-10T06:15", "past"),
                                               ("at [[nine o'clock Tuesday night]]", "2025-02-11T21:00", "past"))),
    R("clock_deictic_part", "TIME", "digit",
      r"(?<![:\d.,])(?P<hourp>1[0-2]|0?[1-9])(?::(?P<minutep>[0-5]\d)|(?<=\bat\s\d)|(?<=\bat\s\d\d)|(?<=\bby\s\d)|(?<=\bby\s\d\d))"
      r"\s+(?P<reld>last\s+night|tonight|(?:this|yesterday)\s+(?:morning|afternoon|evening))\b",
      "UNDEF-this-day{rel}T{time}", (("He was arrested at [[11:40 last night]].", "2025-02-12T23:40"),
                                     ("[[10:15 this morning]]", "2025-02-13T10:15"),
                                     ("Talks resume at [[8:30 tonight]].", "2025-02-13T20:30"),
                                     ("At [[7 this morning]], she was shaking hands.", "2025-02-13T07:00"))),
    R("time_deictic_part", "TIME", "digit",
      r"(?:%TIME)%TZ\s+(?P<reld>last\s+night|(?:this|yesterday)\s+(?:morning|afternoon|evening))\b",
      "UNDEF-this-day{rel}T{time}", (("We were close at [[1 o'clock this morning]].", "2025-02-13T01:00"),
                                     ("He was arrested at [[11 p.m. last night]].", "2025-02-12T23:00"))),
    # (A weekday followed by its date is the date's: "at midnight on Friday, Oct. 25".)
    R("time_weekday", "TIME", "weekday", _TIME_WEEKDAY,
      "UNDEF-weekday-{dir}-{weekday}T{time}", (("2 p.m. Saturday", "2025-02-15T14:00"),
                                              ("a call at [[8:30 a.m. Eastern time Monday]]", "2025-02-17T08:30", "future"),
                                              ("at [[2 p.m. Eastern on Wednesday]]", "2025-02-19T14:00", "future"),
                                              # "on the Sunday": the story's, as "that Sunday"
                                              ("He left on Saturday 8 March 2025. The door was opened at [[12.07am on the "
                                               "Sunday]].", "2025-03-09T00:07"))),
    # ... and about then: apart from it, and only near its words (a leading optional group would
    # make the regex try it at every position of the weekdays' and months' text).
    R("approx_time_weekday", "TIME", "weekday",
      _APPROX + _TIME_WEEKDAY,
      "UNDEF-weekday-{dir}-{weekday}T{time}", (("It made landfall at [[about 4 a.m. Monday]].", "2025-02-10T04:00"),)),
    R("time_deictic", "TIME", "digit", r"(?:%TIME)%TZ\s+(?P<rel>today|tonight|tomorrow|yesterday)(?![\w'’])",
      "UNDEF-this-day{rel}T{time}", (("Polls open at [[7 a.m. tomorrow]].", "2025-02-14T07:00"),
                                     ("the [[4 p.m. yesterday]] deadline", "2025-02-12T16:00"),
                                     ("Polls close at [[8 o'clock tonight]].", "2025-02-13T20:00"))),
    R("weekday_time", "TIME", "weekday", r"(?:%DAYMOD)?(?:(?<!\bthe\s)(?P<dir>this|next|last)\s+)?(?P<weekday>%WEEKDAY),?\s+(?:at\s+)?(?:%TIME)%TZ",
      "UNDEF-weekday-{dir}-{weekday}T{time}", (("Friday at 10:30 a.m.", "2025-02-14T10:30"),
                                               ("They go up for preorder [[this Friday at 12:01AM PT]].", "2025-02-14T00:01"))),
    R("time_dash_date", "TIME", "month",
      r"(?:%TIME)%TZ\s*[-,–]?\s*(?P<month>%MONTH)\.?\s+(?P<day>%DAY),?\s+(?P<year>%YEAR)",
      "{year}-{month}-{day}T{time}", (("7:38 am - February 12, 2025", "2025-02-12T07:38"),)),
    # A stamp: "Published - August 10, 2023 10:14 pm", "Posted Wed Apr 4, 2007 2:15pm".
    R("date_time", "TIME", "month",
      r"(?:(?:%WEEKDAY|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?,?\s+)?"
      r"(?:(?P<month>%MONTH)\.?\s+(?P<day>%DAY)|(?P<dayb>%DAY)\s+(?P<monthb>%MONTH)\.?),?\s+"
      r"(?P<year>%YEAR),?[^\S\n]+(?:at[^\S\n]+)?(?:%TIME)%TZ",
      "{year}-{month}-{day}T{time}", (("Published - [[August 10, 2023 10:14 pm]] | Updated", "2023-08-10T22:14"),
                                      ("Posted [[Wed Apr 4, 2007 2:15pm]]", "2007-04-04T14:15"),
                                      # (and the day first, the British stamp)
                                      ("Last modified on [[Tue 22 Jan 2019 14.30 GMT]]", "2019-01-22T14:30"),
                                      ("It was filed on [[3 March 2024 at 09:15]].", "2024-03-03T09:15"))),
    # A day and the time on it, no year: "She scheduled sentencing for Sept. 18 at 9:30 a.m."
    R("date_at_time", "TIME", "month",
      r"(?:%WEEKDAY,?\s+)?(?:(?P<month>%MONTH)\.?\s+(?P<day>%DAY)|(?P<dayb>%DAY)\s+(?P<monthb>%MONTH)\.?),?\s+at\s+(?:%TIME)%TZ",
      "UNDEF-year-{dir}-{month}-{day}T{time}", (("She scheduled sentencing for [[Sept. 18 at 9:30 a.m.]]", "2025-09-18T09:30", "future"),
                                              ("It will host a webinar on [[Thursday, May 24, at 1 p.m.]]", "2025-05-24T13:00", "future"),
                                              ("The hearing is on [[18 September at 10am]].", "2025-09-18T10:00", "future"))),
    R("time_date", "TIME", "month", _TIME_DATE,
      "UNDEF-year-{dir}-{month}-{day}T{time}", (("5 p.m. EST Nov. 9", "2025-11-09T17:00", "future"),
                                              ("expires at [[5 p.m. New York time on Oct. 26]]", "2025-10-26T17:00", "future"),
                                              ("Updated [[6:30 PM ET, Sun September 10, 2017]]", "2017-09-10T18:30"),
                                              ("at [[5 p.m. on June 28, 2024]]", "2024-06-28T17:00"),
                                              ("from [[6 a.m. on Friday, April 13, 2001]]", "2001-04-13T06:00"))),
    R("approx_time_date", "TIME", "month",
      _APPROX + _TIME_DATE,
      "UNDEF-year-{dir}-{month}-{day}T{time}", (("at [[about 2 a.m. on June 28, 2024]]", "2024-06-28T02:00"),)),
    R("approx_time_day_month", "TIME", "month",
      _APPROX + _TIME_DAY_MONTH,
      "UNDEF-year-{dir}-{month}-{day}T{time}", (("at [[about 06:00 GMT on 7 November 2014]]", "2014-11-07T06:00"),)),
    R("time_day_month", "TIME", "month", _TIME_DAY_MONTH,
      "UNDEF-year-{dir}-{month}-{day}T{time}", (("at [[5 a.m. on 11 November 1918]]", "1918-11-11T05:00"),
                                              ("[[10:30 a.m. on 3 March]]", "2025-03-03T10:30", "future"),
                                              ("The museum opens at [[10am on Saturday 5 November]].", "2025-11-05T10:00", "future"))),
    # "midnight April 10", "noon on Friday, Oct. 25": one TIME, as TimeML has "twelve o'clock January 3, 1984".
    R("noon_date", "TIME", "month",
      r"(?P<part>noon|midnight|midday)%TZ%ZONE\s+(?:on\s+)?(?:%WEEKDAY,?\s+)?(?P<month>%MONTH)\.?\s+(?P<day>%DAY)"
      r"(?:,?\s+(?P<year>%YEAR)|(?!\s*[,:]?\s*\d))",
      "UNDEF-year-{dir}-{month}-{day}T{part}", (("The offer expires at [[midnight April 10]].", "2025-04-10T24:00"),
                                              ("at [[midnight on Friday, Oct. 25]]", "2025-10-25T24:00", "future"),
                                              ("[[noon on June 28, 2024]]", "2024-06-28T12:00"))),
    R("noon_day_month", "TIME", "month",
      r"(?P<part>noon|midnight|midday)%TZ%ZONE\s+(?:on\s+)?(?:%WEEKDAY,?\s+)?(?:the\s+)?(?P<day>%DAY)(?:\s+of)?\s+(?P<month>%MONTH)\b"
      r"(?:\.?,?\s+(?P<year>%YEAR))?",
      "UNDEF-year-{dir}-{month}-{day}T{part}", (("a reading begins at [[noon on Sunday 17 August]].", "2025-08-17T12:00", "future"),
                                              ("[[midnight on 31 December 1999]]", "1999-12-31T24:00"))),
    R("weekday_noon", "TIME", "weekday", r"(?:(?P<dir>last|next|this)\s+)?(?P<weekday>%WEEKDAY),?\s+(?:at\s+)?(?P<part>noon|midnight|midday)\b",
      "UNDEF-weekday-{dir}-{weekday}T{part}", (("They meet again [[Saturday at noon]].", "2025-02-15T12:00", "future"),
                                               ("The rules took effect [[last Wednesday at midnight]].", "2025-02-12T24:00"))),
    R("noon_weekday", "TIME", "weekday", r"(?P<part>noon|midnight|midday)%TZ%ZONE\s+(?:on\s+)?(?P<weekday>%WEEKDAY)(?!,?\s+%MONTH)",
      "UNDEF-weekday-{dir}-{weekday}T{part}", (("noon Saturday", "2025-02-15T12:00", "future"),
                                               ("The polls close at [[midnight local time Friday]].", "2025-02-14T24:00"))),
    R("noon_deictic", "TIME", "word", r"(?P<part>noon|midnight|midday)\s+(?:(?P<rel>today|tonight|tomorrow|yesterday)|(?P<reld>last\s+night))(?![\w'’])",
      "UNDEF-this-day{rel}T{part}", (("The warning runs from [[midnight tonight]].", "2025-02-13T24:00"),
                                     ("noon tomorrow", "2025-02-14T12:00"),
                                     ("Petrol rose by 4c a litre from [[midnight last night]].", "2025-02-12T24:00"))),
    # A clock time on the day after (or of) the date told: "a hearing on Feb. 5 that ran until
    # [[1 a.m. the next day]]", "The bridge was closed by [[11 a.m. that day]]".
    R("time_next_day", "TIME", "digit",
      r"(?:%TIME)%TZ\s+the\s+(?P<dir>following|next|previous|preceding|prior)\s+day\b",
      "UNDEF-REFUNIT-day-{sign}-1T{time}",
      (("A hearing on Feb. 5, 2008 ran until [[1 a.m. the next day]].", "2008-02-06T01:00"),)),
    R("time_weekday_ref", "TIME", "digit",
      r"(?:%TIME)%TZ\s+the\s+(?P<refdir>previous|preceding|following|next)\s+(?P<weekday>%WEEKDAY)",
      "UNDEF-weekday-{refdir}-{weekday}T{time}",
      (("The road will be shut from 9pm on Friday, October 3, 2003, until [[6am the following Monday]].", "2003-10-06T06:00"),)),
    R("time_that_day", "TIME", "digit", r"(?:%TIME)%TZ\s+(?:that|the\s+same)\s+day\b",
      "UNDEF-REF-dayT{time}", (("Cracks were found on March 28, 2022. The bridge was closed by [[11 a.m. that day]].",
                                "2022-03-28T11:00"),)),
    R("clock_time", "TIME", "digit", r"(?:%TIME)%TZ%ZONE", "UNDEF-this-dayT{time}",
      (("7:38 am", "2025-02-13T07:38"), ("2 p.m.", "2025-02-13T14:00"))),
    # "half past seven in the morning", "ten past four": the old way of telling the time (found by
    # "past": "a quarter to six" has no word to find it by).
    R("clock_past", "TIME", "word",
      r"(?P<pastmin>half|(?:a\s+)?quarter|five|ten|twenty|twenty-five)\s+(?P<pastdir>past)\s+(?P<hourc>" + _HOUR_WORDS + r")\b"
      r"(?!\s+(?:days?|weeks?|months?|years?|hours?|minutes?|of|o['’]clock)\b)"
      r"(?:\s+(?:in\s+the\s+|at\s+)(?P<ocpart>morning|afternoon|evening|night))?",
      "UNDEF-this-dayT{time}", (("I was reading about it at [[half past seven in the morning]].", "2025-02-13T07:30"),
                                ("They met at [[a quarter past six]].", "2025-02-13T06:15"),
                                ("at [[ten past four in the afternoon]]", "2025-02-13T16:10"))),
    # "six o'clock" (the hour in words: no digit is near it to find it by).
    R("clock_word", "TIME", "word", _CLOCK_WORD, "UNDEF-this-dayT{time}",
      (("The bells rang at [[six o'clock]].", "2025-02-13T06:00", "past"), ("at [[eight o’clock in the evening]]", "2025-02-13T20:00"))),
    R("clock_word_deictic_part", "TIME", "word",
      r"(?P<hourc>" + _HOUR_WORDS + r")\s+o['’]clock\s+(?P<reld>last\s+night|(?:this|yesterday)\s+(?:morning|afternoon|evening))\b",
      "UNDEF-this-day{rel}T{time}", (("The blast came at [[nine o'clock last night]].", "2025-02-12T21:00"),
                                     ("[[six o'clock this morning]]", "2025-02-13T06:00"))),
    R("clock_word_deictic", "TIME", "word", _CLOCK_WORD + r"\s+(?P<rel>today|tonight|tomorrow|yesterday)(?![\w'’])",
      "UNDEF-this-day{rel}T{time}", (("The polls close at [[eight o'clock tonight]].", "2025-02-13T20:00"),
                                     ("[[nine o'clock tomorrow]]", "2025-02-14T09:00"))),
    # (Apart from clock_time, and only near its words: a leading optional group would make the
    # regex try it at every position of the text.)
    R("approx_clock_time", "TIME", "digit", _APPROX + r"(?:%TIME)%TZ%ZONE",
      "UNDEF-this-dayT{time}", (("It hit at [[about 3 a.m.]]", "2025-02-13T03:00"),)),
    R("approx_noon", "TIME", "word", _APPROX + r"(?P<part>noon|midnight|midday)(?![-\w])(?!\s+(?:sun|blue|oil|feast|mass|snack)\b)%TZ%ZONE",
      "UNDEF-this-dayT{part}", (("The curfew starts [[around midnight]].", "2025-02-13T24:00"),)),
    # (Not the Arctic's "midnight sun", nor a "midnight blue".)
    R("noon", "TIME", "word", r"(?P<part>noon|midnight|midday)(?!\s+(?:sun|blue|oil|feast|mass|snack)\b)(?!(?<=\bin\smidday)\s+(?:trading|session)\b)%TZ%ZONE", "UNDEF-this-dayT{part}",
      (("noon", "2025-02-13T12:00"),)),
    # TimeBank types "Friday night" a DATE (20 of 31 times) while keeping the part of day in the
    # value ("1998-10-23TNI"): a day first, then a time within it.
    R("weekday_part", "DATE", "weekday", r"(?:%DAYMOD)?(?:(?P<dir>last|next|this)\s+)?(?P<weekday>%WEEKDAY)\s+(?P<part>%PART)"
      r"(?!\s+(?-i:Live|Fever|Lights)\b)",  # (not a show: "Saturday Night Live", "Friday Night Lights")
      "UNDEF-weekday-{dir}-{weekday}T{part}", (("Thursday night", "2025-02-13TNI"), ("late Tuesday night", "2025-02-11TNI", "past"))),
    R("overnight_weekday", "DATE", "weekday", r"overnight\s+(?:on\s+)?(?P<weekday>%WEEKDAY)(?!\s+%PART)",
      "UNDEF-weekday-{dir}-{weekday}TNI", (("A blizzard roared across Manitoba [[overnight Wednesday]].", "2025-02-12TNI", "past"),)),
    # "Flights leave on Monday and Tuesday nights": a part of the day in the plural recurs, and
    # the weekday coordinated with it shares it.
    R("weekday_parts", "SET", "weekday", r"(?P<weekday>%WEEKDAY)\s+(?P<part>%PART)s(?!\w)", "XXXX-WXX-{weekday}T{part}",
      (("Tuesday nights", "XXXX-WXX-2TNI"),)),
    R("weekday_and_parts", "SET", "weekday",
      r"(?P<weekday>%WEEKDAY)(?=\s+(?:and|or)\s+%WEEKDAY\s+(?P<part>%PART)s(?!\w))", "XXXX-WXX-{weekday}T{part}",
      (("They fly on [[Monday]] and Tuesday nights.", "XXXX-WXX-1TNI"),)),
    R("deictic_part", "TIME", "word", r"(?:(?P<mod2>early|late)\s+)?(?P<rel>this|yesterday|tomorrow)\s+(?P<part>%PART)",
      "UNDEF-this-day{rel}T{part}", (("this morning", "2025-02-13TMO"), ("yesterday afternoon", "2025-02-12TAF"))),
    R("part_deictic", "TIME", "word", r"(?:(?P<mod2>early|late|mid)-?\s*)?(?P<part>%PART)\s+(?P<rel>yesterday|today|tomorrow)",
      "UNDEF-this-day{rel}T{part}", (("mid-afternoon yesterday", "2025-02-12TAF"),)),
    R("tonight", "TIME", "word", r"(?<!\b(?-i:News|NEWS)\s)(?:(?P<mod>late|early)\s+)?tonight", "UNDEF-this-dayTNI",
      (("tonight", "2025-02-13TNI"), ("snow is forecast to begin [[late tonight]]", "2025-02-13TNI"))),  # (not "ABC World News Tonight")
    # "Heavy rain fell overnight": the night before the story, as TimeBank has it ("overnight losses").
    # (Not "quickly": "cannot be achieved overnight", "it did not happen overnight", "almost overnight".)
    R("overnight", "TIME", "word",
      r"(?<!\bhappen\s)(?<!\bhappens\s)(?<!\bhappened\s)(?<!\bchange\s)(?<!\bchanged\s)(?<!\bachieved\s)(?<!\bdone\s)"
      r"(?<!\bbuilt\s)(?<!\bfixed\s)(?<!\bsolved\s)(?<!\balmost\s)(?<!\bvirtually\s)(?<!\bnearly\s)"
      r"overnight(?![- ](?:success|sensation|stay|stays|bag|train|flight|delivery|shipping|rate|rates|audiences?|ratings|"
      r"figures|viewers|viewing|lending|loans?|interbank|repo|index))",
      "UNDEF-this-day-MINUS-1TNI", (("Heavy rain fell [[overnight]].", "2025-02-12TNI"),)),
    R("last_night", "TIME", "word", r"(?:%DAYMOD)?last\s+night", "UNDEF-this-day-MINUS-1TNI",
      (("last night", "2025-02-12TNI"), ("They were treated [[late last night]].", "2025-02-12TNI"))),
    # --- days -----------------------------------------------------------------------------
    # (not a programme's name: "BBC Radio 4's Today programme", "NBC's Today show")
    R("today", "DATE", "word", r"(?:%DAYMOD)?(?<!\bUSA\s)today(?!\s*\/)(?!\s+(?:programme|program|show)\b)",
      "UNDEF-this-day", (("today", "2025-02-13"), ("The show aired [[today]].", "2025-02-13"))),
    R("yesterday", "DATE", "word", r"(?:%DAYMOD)?yesterday", "UNDEF-this-day-MINUS-1",
      (("yesterday", "2025-02-12"), ("late yesterday", "2025-02-12"))),
    R("day_after_tomorrow", "DATE", "word", r"the\s+day\s+after\s+tomorrow", "UNDEF-this-day-PLUS-2",
      (("the day after tomorrow", "2025-02-15"),)),
    R("day_before_yesterday", "DATE", "word", r"the\s+day\s+before\s+yesterday", "UNDEF-this-day-MINUS-2",
      (("the day before yesterday", "2025-02-11"),)),
    R("tomorrow", "DATE", "word", r"(?:%DAYMOD)?tomorrow", "UNDEF-this-day-PLUS-1", (("tomorrow", "2025-02-14"),)),
    # "Wednesday's ruling": news names an event by its day once it has happened.
    # ... but a scheduled thing's day looks ahead in a clause that does: "braces for defeat in
    # Tuesday's vote", "coverage of Saturday's launch begins at midnight".
    R("weekday_possessive_event", "DATE", "weekday",
      r"(?P<weekday>%WEEKDAY)(?=['’]s\s+(?:[\w-]+\s+){0,3}?(?:vote|launch|election|summit|debate|game|match|final|"
      r"hearing|meeting|talks|ceremony|opening|race|session|briefing|speech|rally|parade|kick-?off|deadline|strike|"
      r"walkout|protest|march|trial|auction|concert|festival|premiere|inauguration|funeral|wedding|vigil|visit|"
      r"fixture|derby|tie|showdown|clash|budget|sentencing|ballot|primary|runoff|trip|journey|opener|outing|"
      r"departure|arrival|service|memorial|commemoration|celebration|screening|performance|address|broadcast|"
      r"appearance|presentation|episode|telecast|"
      # a report or decision due on the day: "Investors will focus on Friday's employment report"
      r"report|data|figures|release)s?\b"
      # ... or whatever is scheduled for it: "ahead of Sunday's scheduled close"
      r"|['’]s\s+(?:scheduled|planned|expected)\s)",  # (not "Thursday's storm is expected to cost")
      "UNDEF-weekday-event-{weekday}",
      (("May braces for defeat in [[Tuesday]]'s Commons vote.", "2025-02-18", "future"),
       ("Investors will focus on [[Friday]]'s employment report for November.", "2025-02-14", "future"),
       ("[[Friday]]'s jobs report showed a gain.", "2025-02-07", "past"),
       ("[[Wednesday]]'s meeting went badly.", "2025-02-12"),
       ("[[Saturday]]'s Cheshire County League match starts at 1pm.", "2025-02-15", "future"),
       ("Tully will take charge for [[Tuesday]]'s trip to Wycombe.", "2025-02-18", "future"),
       ("The president will use [[Saturday]]'s radio address to promote his plan.", "2025-02-15", "future"),
       ("No side showed signs of yielding ahead of [[Sunday]]'s scheduled close.", "2025-02-16", "future"))),
    R("weekday_possessive", "DATE", "weekday", r"(?P<weekday>%WEEKDAY)(?=['’]s\s)",
      "UNDEF-weekday-recent-{weekday}",
      (("[[Wednesday]]'s ruling", "2025-02-12"), ("They will appeal [[Friday]]'s ruling.", "2025-02-07"),
       ("[[Thursday]]'s closing price", "2025-02-13"))),
    # "The day before Tuesday's hearing": a day on from a weekday, which reads as it would alone.
    R("day_before_weekday", "DATE", "weekday",
      r"(?:the\s+)?day\s+(?P<dayrel>before|after)\s+(?:(?P<dir>last|next|this)\s+)?(?P<weekday>%WEEKDAY)"
      r"(?=['’]s\s|\s*[,.;:)]|\s*$)",
      "UNDEF-weekday-{dir}-{weekday}{dayshift}",
      (("[[The day before last Tuesday]]'s hearing, he left.", "2025-02-10"),
       ("He will fly home [[the day after Friday]]'s talks.", "2025-02-15"),
       ("They met [[the day before Wednesday]]'s vote.", "2025-02-11", "past"))),
    # "that Saturday": the first on or after the day just told of, or the Saturday told in the days
    # before it (see tagger._weekday_told; not a conjunction: see normalise).
    R("that_weekday", "DATE", "weekday", r"that\s+(?P<weekday>%WEEKDAY)(?![\w'’-])",
      "UNDEF-weekday-same-{weekday}",
      (("I took a cruise on Wednesday, March 27, and I was the only guest at dinner [[that Saturday]].", "2024-03-30"),
       ("He arrived on Friday, June 6, 2003; [[that Sunday]] he left.", "2003-06-08"))),
    # "On the Wednesday morning, Riley resigned": the definite article of a story's day, as "that
    # Wednesday" (with no day told, the weekday alone). Only closing its phrase: "the Tuesday
    # deadline", "the Friday explosions" are of a day told as news.
    R("the_weekday_part", "DATE", "weekday",
      r"(?:(?<=\bon\s)|(?<=\bby\s))the\s+(?P<weekday>%WEEKDAY)\s+(?P<part>morning|afternoon|evening|night)(?=\s*[,.;:!?]|\s*$)",
      "UNDEF-weekday-same-{weekday}T{part}",
      (("The vote was on Monday, Sept. 15. On [[the Wednesday morning]], Riley resigned.", "2025-09-17TMO"),)),
    R("the_weekday", "DATE", "weekday", r"(?:(?<=\bon\s)|(?<=\bby\s))the\s+(?P<weekday>%WEEKDAY)(?=\s*[,.;:!?\"”]|\s*$|\s+(?-i:I|he|she|we|they|it|you)\s)",
      "UNDEF-weekday-same-{weekday}",
      (("The vote was on Monday, Sept. 15, 2025. He left on [[the Friday]].", "2025-09-19"),
       ("The vote was on Monday, Sept. 15, 2025. \"On [[the Wednesday]] I was reading about my sacking.\"", "2025-09-17"))),
    # "Four hours on a Sunday is painful. On a Monday, it would have been a disaster": no Sunday in
    # particular (not "a Sunday night memorial service", a day's name before its noun).
    R("a_weekday", "DATE", "weekday", r"(?<=\bon\s)an?\s+(?P<weekday>%WEEKDAY)(?=\s*[,.;:!?]|\s+(?:is|was|it|would|when|in|and|or)\b)",
      "XXXX-WXX-{weekday}", (("Four hours on [[a Sunday]] is painful.", "XXXX-WXX-7"),
                             ("On [[a Monday]], it would have been a disaster.", "XXXX-WXX-1"))),
    # British "Monday week", "a week on Monday": a week after the coming Monday.
    R("weekday_week", "DATE", "weekday",
      r"(?P<weekday>%WEEKDAY)\s+week(?![\w'’-])|a\s+week\s+(?:on|from)\s+(?P<weekdayb>%WEEKDAY)",
      "UNDEF-weekday-future-{weekday}D+7",
      (("The trial resumes on [[Monday week]].", "2025-02-24"), ("We meet [[a week on Friday]].", "2025-02-21"))),
    # "Down 4.5% from the previous Friday": the weekday before (or after) the date just told of.
    R("weekday_ref", "DATE", "weekday", r"the\s+(?P<refdir>previous|preceding|following|next)\s+(?P<weekday>%WEEKDAY)",
      "UNDEF-weekday-{refdir}-{weekday}",
      (("Shares closed at 2082 on Feb. 7, down from [[the previous Friday]].", "2025-01-31"),
       ("He left on Feb. 7 and came back [[the following Monday]].", "2025-02-10"),
       ("the next Monday", "2025-02-17"))),
    # Not a newspaper ("The Sunday Times", "The Mail on Sunday") nor a name ("Bloody Sunday",
    # the crash of "Black Monday").
    # The courts' "Monday next" (Irish and British usage): the next Monday.
    R("weekday_next", "DATE", "weekday", r"(?P<weekday>%WEEKDAY)\s+(?P<dir>next)(?!\s+(?:week|month|year|weekend|season|time|day|to|door)\b)(?![\w-])",
      "UNDEF-weekday-{dir}-{weekday}", (("adjourned the matter to [[Monday next]], when he will decide", "2025-02-17"),)),
    R("weekday", "DATE", "weekday", r"(?:%DAYMOD)?(?:(?P<dir>last|next|this(?:\s+coming)?|coming)\s+)?"
      r"(?P<weekday>%WEEKDAY)(?<!\bMail\son\sSunday)(?<!\bIndependent\son\sSunday)(?<!\bBloody\sSunday)(?<!\bBlack\sMonday)(?!\s+(?:Times|Telegraph|Mirror|Express|Mail|Herald|Post|Morning|Star|Independent|Tribune|School|Service|League)\b)"
      r"(?!\s+(?-i:Night\s+(?:Live|Fever|Lights))\b)",
      "UNDEF-weekday-{dir}-{weekday}",
      (("Thursday", "2025-02-13"), ("Friday", "2025-02-14", "future"), ("Monday", "2025-02-10", "past"),
       ("last Monday", "2025-02-10"), ("next Monday", "2025-02-17"),
       ("this coming Sunday", "2025-02-16"), ("Monday", "2025-02-17"), ("Wednesday", "2025-02-12"),
       ("Saturday", "2025-02-15"),
       ("early Tuesday", "2025-02-11", "past"),
       ("One [[Sunday]] she sat us all down.", "XXXX-WXX-7"))),
    R("weekday_of_month", "DATE", "weekday",
      r"the\s+(?P<wdnth>first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)\s+(?P<weekday>%WEEKDAY)\s+(?:of|in)\s+"
      r"(?P<month>%MONTH)\b(?:,?\s+(?P<year>%YEAR))?",
      "{nthday}", (("I arrived on [[the last Saturday in March]], when the vines were bare.", "2024-03-30", "past"),
                   ("The board meets on [[the first Monday of October]].", "2025-10-06", "future"),
                   ("The vote was on [[the second Tuesday of November 2020]].", "2020-11-10"),
                   ("[[the fifth Sunday of March 2025]]", "2025-03-30"))),
    R("holiday", "DATE", "word",
      r"(?:(?P<dir>last|next|this)\s+)?(?P<holiday>" + alternation(V.HOLIDAY_NAMES)
      + r")(?:,?\s+(?P<year>%YEAR|[1-9]\d{1,2}(?=\s*[,.;:)]|\s+(?:AD|CE)\b))|\s+(?P<thisyear>this|last|next)\s+year)?"
      r"(?:\s+(?P<hpart>morning|afternoon|evening|night)\b|\s+weekend\b)?"
      + _HOLIDAY_THINGS,
      "{holiday}{hpart}", (("over the [[Easter weekend]]", "2025-W16-WE", "future"), ("[[Labor Day weekend]]", "2025-W35-WE", "future"),
                    ("Christmas", "2025-12-25", "future"), ("Christmas 2024", "2024-12-25"), ("Christmas Day, 1941", "1941-12-25"),
                    ("Christmas Day last year", "2024-12-25"), ("Thanksgiving next year", "2026-11-26"),
                    ("Easter this year", "2025-04-20", "past"), ("the [[Thanksgiving night]] robbery", "2024-11-28TNI", "past"),
                    ("He was crowned on [[Christmas Day 800]].", "0800-12-25"),
                    ("last Thanksgiving", "2024-11-28"), ("Thanksgiving Day", "2024-11-28", "past"),
                    ("Election Day", "2025-11-04", "future"), ("Election Day 1998", "1998-11-03"),
                    ("last Black Friday", "2024-11-29"), ("Cyber Monday 2023", "2023-11-27"),
                    ("Easter", "2025-04-20", "future"), ("Good Friday 2000", "2000-04-21"),
                    ("Memorial Day", "2025-05-26", "future"), ("Labor Day", "2024-09-02", "past"),
                    ("One [[Remembrance Day]] she talked for hours.", "XXXX-11-11"),
                    ("Diwali", "2025-10-20", "future"), ("the family gathered for [[Hanukkah last year]]", "2024-12-26"),
                    ("Passover", "2025-04-13", "future"), ("Chinese New Year", "2025-01-29", "past"),
                    ("He died on [[Rosh Hashanah 1995]].", "1995-09-25"))),
    # --- weeks, months, seasons, quarters, years relative to the DCT ----------------------
    R("this_unit", "DATE", "unit",
      r"(?:(?P<mod2>early|late)\s+|(?:earlier|later)\s+)?(?:this|the\s+current)\s+(?:fiscal\s+|business\s+|financial\s+|calendar\s+)?(?P<unit>%CAL)",
      "UNDEF-this-{unit}", (("this week", "2025-W07"), ("earlier this week", "2025-W07"), ("the current fiscal year", "2025"),
                            ("this year", "2025"), ("late this month", "2025-02"),
                            ("the current quarter", "2025-Q1"), ("profit for [[the current business year]]", "2025"))),
    # The week of the news, the whole of it: "For the week, the Dow fell 7.3 percent", "Commemorations will
    # continue throughout the week" (not "for the week ended Friday", "for the week starting Monday"). ("Throughout
    # the day" is not the news's day: it is the day of the story told before it, "clashed on Saturday. Throughout
    # the day, tear gas hung over the square".)
    R("week_through", "DATE", "unit",
      r"(?:(?<=\bfor\s)|(?<=\bthrough\s)|(?<=\bthroughout\s))the\s+(?P<unit>week)(?![\w'’-])"
      r"(?!\s+(?:of|before|after|ahead|ago|to|ended|ending|that|when|in|following|prior|leading|starting|beginning|"
      r"through|thru|on|from|%WEEKDAYS)\b)",
      "UNDEF-this-{unit}", (("For [[the week]], the Dow fell 7.3 percent.", "2025-W07"),
                            ("Commemorations will continue throughout [[the week]].", "2025-W07"))),
    # "In the new year", said late in a year, is the next one; said in its first weeks, this one.
    R("new_year_ahead", "DATE", "word",
      r"(?:(?<=\binto\s)|(?<=\buntil\s)|(?<=\btill\s)|(?<=\bto\s)|(?<=\buntil\safter\s)|(?<=\btill\safter\s))the\s+new\s+year(?![\w'’-])(?!\s+(?:holidays?|celebrations?|festivities|eve|day|party|parade)\b)",
      "UNDEF-newyear-ahead", (("In November, the sentencing was pushed into [[the new year]].", "2025"),
                              ("Several offerings had been postponed until after [[the new year]].", "2025"))),
    R("new_year", "DATE", "word", r"the\s+new\s+year(?![\w'’-])(?!\s+(?:holidays?|celebrations?|festivities|eve|day|party|parade)\b)",
      "UNDEF-newyear", (("Prices will rise in [[the new year]].", "2025"),)),
    # "Over the past decade" is the ten years up to now, "The next decade will be harder" the ten ahead
    # (not "by the next decade", nor a history's "The next decade brought the Depression"); "in the last
    # decade" stays the calendar decade before this one ("last_unit"), as does "the last century".
    R("past_decade", "DURATION", "unit",
      r"(?:(?:(?<=\bover\s)|(?<=\bfor\s)|(?<=\bthroughout\s)|(?<=\bduring\s)|(?<=\bwithin\s)|(?<=\bmost\sof\s)|(?<=\bmuch\sof\s))"
      r"the\s+(?:past|last|next|coming|following)"
      r"|(?<=\bin\s)the\s+past|(?:(?<=\bspend\s)|(?<=\bspent\s)|(?<=\bspending\s))the\s+next"
      r"|the\s+(?:next|coming)(?=\s+decade\s+(?:will|would|could|may|might|should|is|looks|promises)\b))"
      r"\s+(?P<unit>decade)(?!\s+(?:of|or)\b)",
      "P1{unit}", (("violence had become routine over [[the past decade]]", "P10Y"),
                   ("Several studies in [[the past decade]] found the same.", "P10Y"),
                   ("less likely to develop dementia over [[the following decade]]", "P10Y"),
                   ("They plan to build bases within [[the next decade]].", "P10Y"),
                   ("Warnings were ignored for most of [[the past decade]].", "P10Y"),
                   ('"[[The next decade]] will be harder than the last one," Cheng said.', "P10Y"))),
    # No calendar has fortnights: "the next fortnight" is two weeks from now, not a named one.
    R("the_fortnight", "DURATION", "unit", r"the\s+(?:past|last|next|coming|following|previous)\s+(?P<unit>fortnight)(?!\s+(?:of|or)\b)",
      "P1{unit}", (("Members will be balloted within [[the next fortnight]].", "P2W"),
                   ("Prices fell over [[the past fortnight]].", "P2W"))),
    R("the_following_unit", "DATE", "unit", r"(?:(?P<mod2>early|late)\s+)?the\s+(?P<dir>following|next|previous|preceding|prior)\s+(?P<unit>day|week|month|quarter|year|decade|century)(?:\s+or\s+so\b)?(?!\s+(?:of|or)\b)",
      "UNDEF-REFUNIT-{unit}-{sign}-1",
      (("the following year", "2026"), ("the next day", "2025-02-14"), ("the previous year", "2024"),
       ("It was signed in 1949. In [[the following decade]], France left.", "195"),
       ("It joined in May 1955. [[The following year]] it left.", "1956"),
       ("He returned in 1845, and [[early the next year]] he left.", "1846"),
       ("In March 2024 it had an offer.\n\n[[The following month]], it put itself up for sale.", "2024-04"),
       ("Two plants will be closed over [[the next year or so]], a spokesman said.", "2026"))),
    # A sports season, last or next: the year before or after (a season across two years,
    # "2022-23", is told by its year at its end as often as at its start). Only among the words
    # of sport (see normalise): not a television show's "next season".
    R("sport_season", "DATE", "unit", r"(?P<dir>last|next)\s+season(?![\w'’-])(?!\s+of\b)",
      "UNDEF-this-year-{sign}-1", (("He scored 19 goals [[last season]].", "2024"),
                                   ("The coach is already thinking about [[next season]].", "2026"))),
    # (Not "the last week of June", "the last year of the war": the part of a time.)
    R("last_unit", "DATE", "unit", r"(?:(?P<mod2>early|late)\s+|(?:earlier|later)\s+)?(?:the\s+)?(?P<dir>%LAST|%NEXT)\s+(?:fiscal\s+)?(?P<unit>%CAL)"
      r"(?!\s+or\b)(?!\s+of\s+(?:the|this|that|next|last|each|every|his|her|its|their|our|my|your|%MONTH|%SEASON|\d)\b)",
      "UNDEF-this-{unit}-{sign}-1",
      (("last year", "2024"), ("next month", "2025-03"), ("last week", "2025-W06"),
       ("The collapse [[last week]] of bank financing hurt buyouts.", "2025-W06"),
       ("the coming week", "2025-W08"), ("She will visit Baltimore [[later next week]].", "2025-W08"))),
    R("weekend", "DATE", "unit", r"(?:(?P<dir>this\s+past|this|last|next|the)\s+)(?:long\s+|holiday\s+)?weekend", "UNDEF-weekend-{dir}",
      (("the weekend", "2025-W07-WE", "future"), ("the weekend", "2025-W06-WE", "past"),
       ("this past weekend", "2025-W06-WE"),
       ("last weekend", "2025-W06-WE"), ("this weekend", "2025-W07-WE"),
       ("next weekend", "2025-W08-WE"), ("Many traders are away for [[the long weekend]].", "2025-W07-WE"))),
    # "That weekend", "the following weekend": the weekend of, or after, the day last told of.
    R("ref_weekend", "DATE", "unit", r"(?P<refrel>that|the\s+(?:following|next|previous|preceding|same))\s+(?:long\s+)?weekend"
      r"(?!\s+(?:last|a|the\s+previous)\s+year)",  # (not "down from the same weekend last year")
      "UNDEF-weekend-ref{refrel}",
      (("The fire broke out on Thursday, Nov. 8, 2018. [[That weekend]], 9,000 people fled.", "2018-W45-WE"),
       ("Bleaching was reported on Sunday, February 9, 2020, and a survey [[the following weekend]] found more.", "2020-W07-WE"),
       ("The vote was on Monday, March 2, 2020, after rallies [[the previous weekend]].", "2020-W09-WE"),
       ("The film opened on Friday, Feb. 14, 2025. [[The next weekend]] it fell by half.", "2025-W08-WE"),
       ("The storm hit on Thursday, Nov. 8, 2018.\n\n[[That weekend]], 9,000 people fled.", "2018-W45-WE"))),
    R("ago", "DATE", "unit", r"(?:(?P<mod>about|around|nearly|almost|(?:no\s+)?more\s+than|(?<!\btook\s)(?<!\btake\s)(?<!\btakes\s)(?<!\btaken\s)over|some|roughly|just\s+over|(?:no\s+)?less\s+than|only|at\s+least)\s+)?(?P<num>%NUM)(?P<half>\s+and\s+a\s+half)?\s+(?P<unit>%UNIT|%UNITS)(?:\s+or\s+so)?\s+(?P<dir>ago|from\s+(?:now|today))",
      "UNDEF-AGO-{unit}-{sign}-{num}",
      (("nearly three years ago", "2022"), ("two and a half years ago", "2022-08"), ("half a century ago", "1975"), ("a decade ago", "2015"), ("two weeks ago", "2025-W05"),
       ("three days ago", "2025-02-10"), ("a week or so ago", "2025-W06"), ("two years from now", "2027"),
       ("Villa confirmed the signing [[a fortnight ago]].", "2025-W05"),
       ("a week from today", "2025-W08"))),
    # So many years back in the DCT's month: "Ten years ago this month, the council promised ...".
    R("years_ago_this_month", "DATE", "unit",
      r"(?:(?P<mod>about|around|nearly|almost|more\s+than|over|some|roughly|exactly|just)\s+)?(?<!\band\s)(?P<num>%NUM)\s+years?\s+ago\s+this\s+month",
      "UNDEF-AGO-month-MINUS-{months}", (("He retired [[a year ago this month]].", "2024-02"),
                                          ("Ten years ago this month", "2015-02"))),
    # ... and this week so many years back: the ISO week of the DCT's day that many years before.
    R("years_ago_this_week", "DATE", "unit",
      r"(?:(?P<mod>about|around|nearly|almost|more\s+than|over|some|roughly|exactly|just)\s+)?(?<!\band\s)(?P<num>%NUM)\s+years?\s+ago\s+this\s+week",
      "UNDEF-YEARSAGO-WEEK-{num}", (("It was here, [[30 years ago this week]], that the ice broke.", "1995-W07"),)),
    R("years_ago_today", "DATE", "unit",
      r"(?:(?P<mod>about|around|nearly|almost|exactly|just)\s+)?(?<!\band\s)(?P<num>%NUM)\s+years?\s+ago\s+today\b",
      "UNDEF-YEARSAGO-DAY-{num}", (("[[Fifty years ago today]], a Saturn V rocket lifted off.", "1975-02-13"),)),
    R("quarter_century_ago", "DATE", "unit", r"(?:(?P<mod>about|nearly|almost|more\s+than|over|some)\s+)?(?:a|one)\s+quarter[- ]century\s+ago",
      "UNDEF-AGO-year-MINUS-25", (("its decision [[a quarter-century ago]]", "2000"),)),
    R("half_century_ago", "DATE", "unit", r"(?:(?P<mod>about|nearly|almost|more\s+than|over|some)\s+)?(?:a|one)\s+half[- ]century\s+ago",
      "UNDEF-AGO-year-MINUS-50", (("the war [[a half-century ago]]", "1975"),)),
    # --- relative to a dated event of the text ("Russia's 2022 invasion", see mentions.py) -----
    R("anniversary", "DATE", "word", r"the\s+(?P<ord>%ORD)\s+anniversary\s+of\s+%EVENT",
      "UNDEF-ANNIV-{event}-{ord}",
      (("Russia's 2022 invasion failed. Kyiv marked [[the third anniversary of the invasion]].", "2025"),
       ("The vote on June 5, 2020 split them. On [[the fifth anniversary of the vote]], few came.",
        "2025-06-05"))),
    # Only the distance is the expression, as in TimeBank; undated events leave it a duration.
    R("event_offset", "DATE", "unit",
      r"(?P<num>%NUM)\s+(?P<unit>%UNIT|%UNITS)(?=\s+(?P<dir>after|before)\s+%EVENT)",
      "UNDEF-EVENT-{event}-{unit}-{sign}-{num}-OR-{duration}",
      (("Russia's 2022 invasion failed. [[A year]] after the invasion, talks began.", "2023"),
       ("The invasion began on Feb. 24, 2022. [[A week]] after the invasion, talks began.", "2022-W09"))),
    R("event_day_offset", "DATE", "unit", r"the\s+(?P<unit>day|week|month|year)(?=\s+(?P<dir>after|before)\s+%EVENT)",
      "UNDEF-EVENT-{event}-{unit}-{sign}-1-OR-{unknown}",
      (("The vote was held on June 5, 2020. [[The day]] after the vote, protests began.", "2020-06-06"),
       ("They came [[the day]] after his death.", "XXXX-XX-XX"))),
    R("relative_ref", "DATE", "unit",
      r"(?P<num>%NUM)(?P<half>\s+and\s+a\s+half)?\s+(?P<unit>%UNIT|%UNITS)\s+(?P<dir>(?:later|earlier)(?!\s+(?:this|that|last|next)\s+(?:week|month|year|season|quarter)\b)|afterwards?|previously|(?:before|after)(?!\s+(?:the|a|an|his|her|its|their|this|that|he|she|it|they|we|I|[A-Z]\w*)\b)"
      r"|(?:before|after)(?=\s+that\s*[,.;:!?])|(?:before|after)(?=\s+then\b))",
      "UNDEF-REF-{unit}-{sign}-{num}",
      (("two days later", "2025-02-15"), ("a week before", "2025-W06"), ("a year earlier", "2024"),
       ("The statement is at 2 p.m.; the news conference follows [[half an hour later]].", "2025-02-13T14:30"),
       ("He was elected in 1960 and re-elected [[four years after]] that.", "1964"))),
    # ... and about then: apart from it, and only near its words (a leading optional group would
    # make the regex try it at every number and unit of the text).
    R("approx_relative_ref", "DATE", "unit",
      r"(?P<mod>about|around|nearly|almost|more\s+than|some|roughly|just\s+over|less\s+than|at\s+least)\s+"
      r"(?P<num>%NUM)(?P<half>\s+and\s+a\s+half)?\s+(?P<unit>%UNIT|%UNITS)\s+(?P<dir>(?:later|earlier)(?!\s+(?:this|that|last|next)\s+(?:week|month|year|season|quarter)\b)|afterwards?|previously|(?:before|after)(?!\s+(?:the|a|an|his|her|its|their|this|that|he|she|it|they|we|I|[A-Z]\w*)\b)"
      r"|(?:before|after)(?=\s+that\s*[,.;:!?])|(?:before|after)(?=\s+then\b))",
      "UNDEF-REF-{unit}-{sign}-{num}",
      (("It filed for bankruptcy in 1983 and emerged [[nearly three years later]].", "1986"),)),
    R("unit_before_last", "DATE", "unit", r"the\s+(?P<unit>week|month|year)\s+before\s+last\b",
      "UNDEF-this-{unit}-MINUS-2", (("It happened [[the week before last]].", "2025-W05"), ("the year before last", "2023"))),
    R("unit_after_next", "DATE", "unit", r"the\s+(?P<unit>week|month|year)\s+after\s+next\b"
      r"(?=\s*[,.;:!?)\"”]|\s*$|\s+(?:and|or|but|when|at|in|on|to|for|with|as|if)\b)",  # (not "the week after next month's election")
      "UNDEF-this-{unit}-PLUS-2", (("Alarms go off earlier starting [[the week after next]].", "2025-W09"),
                                   ("the month after next", "2025-04"))),
    # "The day before, she had packed": one unit from the date last told of (with an event named
    # after it, "the day before the vote" is event_day_offset's).
    R("the_unit_before", "DATE", "unit", r"the\s+(?P<unit>day|week|month|year)\s+(?P<dir>before|after)"
      r"(?=\s*[,.;:!?]|\s*$|\s+(?:at|in|when|while|and|but|as|with|to|showing|indicating|suggesting|after|because|amid|following)\s)",
      "UNDEF-REF-{unit}-{sign}-1", (("She left on June 3, 2019. [[The day before]], she had packed.", "2019-06-02"),
                                    ("The parade is on June 3, 2019. Balloons are filled [[the day before]] at a warehouse.", "2019-06-02"),
                                    ("The treaty was signed in 1991. [[The year after]], it was ratified.", "1992"))),
    # "The night before, residents had been told to leave": the evening or night of the day
    # before the date told; "that night" of the date told.
    R("the_night_before", "TIME", "word", r"the\s+(?P<part>night|evening)\s+before"
      r"(?=\s*[,.;:!?]|\s*$|\s+(?:at|in|when|while|and|but|as|with|because|after)\s)",
      "UNDEF-REF-day-MINUS-1T{part}", (("The storm hit on April 10, 2024. [[The night before]], all left.", "2024-04-09TNI"),
                                       ("The plane left at 6:12 p.m. on Feb. 10, 2011. The pilots had slept less than five "
                                        "hours [[the night before]] in a crew room.", "2011-02-09TNI"))),
    R("that_part", "TIME", "word", r"(?:(?:earlier|later)\s+|(?P<mod2>early|late)\s+)?(?:that|the\s+same)\s+(?P<part>night|morning|evening|afternoon)\b",
      "UNDEF-REF-dayT{part}", (("The storm hit on April 10, 2024. [[That night]] the river rose.", "2024-04-10TNI"),
                               ("He was arrested on April 10, 2024. He was charged [[later that morning]].", "2024-04-10TMO"),
                               ("Rates rose on May 3, 2024, and fell [[the same evening]].", "2024-05-03TEV"))),
    # "Earlier that day", "later that month": the day or month of the date last mentioned.
    R("that_unit", "DATE", "unit",
      r"(?:(?:earlier|later)\s+|(?P<mod>(?:early|late|the\s+(?:end|beginning|start|middle)\s+of)\s+))?"
      r"(?:that\s+(?:same\s+)?(?!year)|the\s+same\s+)(?P<unit>day|week|month|quarter|year|decade)(?![-\w])",
      "UNDEF-REF-{unit}", (("He left on June 3, 1998. [[Later that month]] he came back.", "1998-06"),
                           ("She graduated in 1937, one of few women to do so in [[that decade]].", "193"),
                           ("Talks began on Oct. 23, 1998. [[Earlier that day]], he flew in.", "1998-10-23"),
                           ("Kyiv was hit on March 3, 2024. On [[the same day]], Russia protested.", "2024-03-03"),
                           ("Profit fell in the 1988 second quarter. Results for [[that quarter]] included a charge.", "1988-Q2"))),
    # "Told reporters in the afternoon": a part of the day last told of (see tagger.py), or the DCT's.
    # ... neither followed by its day ("the afternoon of June 18", "in the early morning on Friday":
    # not the DCT's) nor a noun's modifier ("the morning session", "the early morning hours").
    R("the_part", "TIME", "word",
      r"(?:(?<=\bin\s)|(?<=\bduring\s)|(?<=\buntil\s)|(?<=\bby\s)|(?<=\bthrough\s)|(?<=\bthroughout\s))the\s+(?P<part>morning|afternoon|evening)"
      r"(?=\s*[,.;:!?)\"”]|\s+(?:to|and|but|that|when|as|with|at|on|in|before|while|until|he|she|they|it|we|I|"
      r"local\s+time)\b|\s*$)",  # not "the morning session", "the evening news", "the morning rankings"
      "UNDEF-this-dayT{part}", (("He told reporters in [[the afternoon]] that it was over.", "2025-02-13TAF"),)),
    # ... and the one spent or gone through, whatever follows ("Workers spent [[the morning]]
    # trying to dig", "Throughout [[the afternoon]] French cavalry charged").
    R("the_part_spent", "TIME", "word",
      r"(?:(?<=\bspent\s)|(?<=\bthroughout\s))the\s+(?P<part>morning|afternoon|evening)(?![\w-])" + _PART_NOT_ALONE,
      "UNDEF-this-dayT{part}", (("Residents spent [[the afternoon]] sandbagging their houses.", "2025-02-13TAF"),
                                ("Throughout [[the morning]] crowds gathered.", "2025-02-13TMO"))),
    R("mid_part", "TIME", "word", r"(?:(?<![\w-])(?P<mod>mid)-?\s*|(?:(?<=\bby\s)|(?<=\bin\s)|(?<=\buntil\s)|(?<=\bsince\s))(?:the\s+)?(?P<mod2>early|late)\s+)"
      r"(?P<part>morning|afternoon|evening)(?![\w-])(?!\s+(?:yesterday|today|tomorrow)\b)" + _PART_NOT_ALONE,
      "UNDEF-this-dayT{part}", (("By [[mid afternoon]], officials were saying it was over.", "2025-02-13TAF"),
                                ("the index was up 40 points by [[midmorning]]", "2025-02-13TMO"),
                                ("Travel will become difficult by [[late afternoon]].", "2025-02-13TAF"),
                                ("Reinforcements were arriving by [[the early afternoon]].", "2025-02-13TAF"),
                                ("More than 100,000 homes were without power by [[early evening]].", "2025-02-13TEV"))),
    # "The next morning" is that part of the day after the date last mentioned, a time as "that
    # evening" is (TimeBank's one case has the day alone; every probe writer, nine times, the part).
    R("the_following_part", "TIME", "word", r"the\s+(?P<dir>following|next|previous)\s+(?P<part>morning|afternoon|evening|night)",
      "UNDEF-REFUNIT-day-{sign}-1T{part}", (("He was arrested on Feb. 22, 2000. He appeared in court [[the next morning]].", "2000-02-23TMO"),
                                          ("They left on 9 May 1998 and came back [[the following evening]].", "1998-05-10TEV"))),
    R("month_year", "DATE", "month", r"(?:%MOD)?(?P<month>%MONTH)\.?,?\s+(?:of\s+)?(?P<year>%YEAR|%YEARW)",
      "{year}-{month}", (("February 2025", "2025-02"), ("early June 2025", "2025-06"),
       ("January nineteen ninety-seven", "1997-01"))),
    R("month_rel_year", "DATE", "month",
      # (Not across a full stop: "a dividend on 7 October. Last year it paid twice.")
      r"(?:%MOD)?(?P<month>%MONTH)(?:\.[^\S\n]+(?-i:(?=[a-z]))|(?![^\S\n]*\n[^\S\n]*\n)\s+)(?:of\s+)?(?P<thisyear>this|last|next)\s+year",
      "UNDEF-year-{dir}-{month}", (("June last year", "2024-06"), ("January this year", "2025-01"))),
    R("month", "DATE", "month", r"(?:%MOD|(?P<dir>last|next|this)\s+)?(?P<month>%MONTH)\b(?!\.?\d|%MSP\d)",
      "UNDEF-year-{dir}-{month}",
      (("June", "2025-06", "future"), ("June", "2024-06", "past"), ("January", "2025-01", "past"),
       ("last June", "2024-06"), ("mid-June", "2025-06", "future"))),
    R("season_year", "DATE", "season", r"(?:%MOD)?(?:the\s+)?(?P<season>%SEASON)\s+(?:of\s+)?(?P<year>%YEAR|%YEARW)(?:[/-](?:\d\d|%YEAR)(?!\d))?",
      "{year}-{season}", (("summer 2025", "2025-SU"), ("the spring of 1998", "1998-SP"), ("in [[the winter of 2016/17]]", "2016-WI"), ("[[the winter of 2019-2020]]", "2019-WI"),
       ("the winter of nineteen ninety-four", "1994-WI"))),
    # A season or month counted from the date told: "that summer", "the following June", "the
    # previous winter" (in news too: the year told of, not the DCT's).
    R("ref_season", "DATE", "season",
      r"(?P<refrel>that|the\s+(?:following|next|previous|preceding|prior|same))\s+(?P<season>%SEASON)\b",
      "UNDEF-REFYEAR-{refrel}-{season}",
      (("The treaty was signed in March 1891. [[That summer]], war broke out.", "1891-SU"),
       ("It was founded in May 1950. [[The following winter]] it failed.", "1950-WI"),
       ("The king died in November 1612. [[The previous spring]] he had fallen ill.", "1612-SP"))),
    R("quarter_of_that_year", "DATE", "unit",
      r"the\s+(?P<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)[- ]quarter\s+of\s+that\s+(?:same\s+)?year",
      "UNDEF-REFYEAR-same-Q{ord}",
      (("The merger was announced in January 2008. It closed in [[the third quarter of that year]].", "2008-Q3"),)),
    R("half_of_that_year", "DATE", "unit",
      r"the\s+(?P<ord>first|second|1st|2nd|last|latter)\s+half\s+of\s+that\s+(?:same\s+)?year",
      "UNDEF-REFYEAR-same-H{ord}",
      (("The war began in 1914. By [[the second half of that year]] it had stalled.", "1914-H2"),)),
    R("season_of_that_year", "DATE", "season",
      r"the\s+(?P<season>%SEASON)\s+of\s+that\s+(?:same\s+)?year",
      "UNDEF-REFYEAR-same-{season}",
      (("Daniel died in March 2004. Lorimer was charged in [[the autumn of that year]].", "2004-FA"),)),
    # ("that" as a date's word only where it is no conjunction: "rededicated that Christmas.",
    # not "Now that Christmas is over"; see normalise)
    R("ref_holiday", "DATE", "word",
      r"(?P<refrel>that|the\s+(?:following|next|previous|preceding|same))\s+(?P<holiday>"
      + alternation(V.HOLIDAY_NAMES) + r")\b" + _HOLIDAY_THINGS,
      "UNDEF-REFYEAR-{refrel}-{hrest}",
      (("The school opened in August 2001, and the church was rededicated [[that Christmas]].", "2001-12-25"),
       ("The dam broke in May 1889. [[The following Thanksgiving]] the town gave thanks.", "1889-11-28"),
       ("It airs in the autumn of 2007, with a special [[that Christmas]] bringing the saga to a close.", "2007-12-25"))),
    R("ref_month", "DATE", "month",
      r"(?P<refrel>that|the\s+(?:following|next|previous|preceding|prior|same))\s+(?P<month>%MONTH)\b(?!\.?\s*\d)",
      "UNDEF-REFYEAR-{refrel}-{month}",
      (("It was founded in October 1891. [[The following March]], it moved.", "1892-03"),
       ("The war began in 1914. [[That August]] the army marched.", "1914-08"))),
    R("month_of_that_year", "DATE", "month",
      r"(?P<month>%MONTH)\s+of\s+(?P<refrel>that|the\s+same)\s+year\b",
      "UNDEF-REFYEAR-{refrel}-{month}",
      (("The probe reached the asteroid in 2005 and tried to land in [[November of that year]].", "2005-11"),)),
    R("season", "DATE", "season", r"(?:(?:(?:earlier|later)\s+(?=this\s))?(?P<dir>last|next|this(?:\s+past)?)\s+|%MOD(?:the\s+)?|the\s+(?:(?P<mod2>early|late)\s+)?"
      # after a possessive, before its noun: "Wall Street's summer sell-off", "his spring schedule"
      # (not "fall": "the dollar's fall against the yen")
      r"|(?:(?<=['’]s\s)|(?<=\bhis\s)|(?<=\bher\s)|(?<=\bits\s)|(?<=\btheir\s)|(?<=\bour\s))(?=(?:spring|summer|autumn|winter)\s+(?-i:[a-z])|fall\s+%SEASONEVENT))(?P<season>%SEASON)(?!\s+of\b)(?!\s+(?:storms?|weather|wheat|solstice|sales?|collection|coats?|homes?|houses?|"
      r"cottages?|residence|retreat|camps?|jobs?|clothes|wardrobe|tires|tyres|uniforms?|gear|squash|flowers?|rolls?)\b)(?!\s+(?-i:Olympics|Games|Paralympics|Palace|Garden)\b)",
      "UNDEF-year-{dir}-{season}", (("last summer", "2024-SU"), ("this spring", "2025-SP"), ("this past summer", "2024-SU"),
                                     ("A feature will arrive in an update [[later this spring]].", "2025-SP"),
                                     ("It will report by [[the end of the summer]].", "2025-SU"),
                                     ("The party will fight its [[fall]] campaign on taxes.", "2025-FA"))),
    # A bare season after a deadline word is a particular one ("ready before winter"); after "in"
    # it may be any ("in summer, the town fills up"), so not there.
    R("bare_season", "DATE", "season",
      r"(?:(?<=\bbefore\s)|(?<=\bby\s)|(?<=\buntil\s)|(?<=\bsince\s)|(?<=\btill\s)|(?<=\btargeted\sfor\s)|(?<=\bscheduled\sfor\s)"
      r"|(?<=\bplanned\sfor\s)|(?<=\bslated\sfor\s)|(?<=\bset\sfor\s)|(?<=\bdue\sfor\s)"
      # the second of two: "has spent the spring and summer playing away"
      + "".join(rf"|(?<=\bthe\s{s}\sand\s)" for s in ("spring", "summer", "autumn", "winter", "fall"))
      # a season coming: "as winter approaches", "warns winter will be tough"
      + r"|(?<!\bwhen\s)(?<!\bwhenever\s)(?<!\bnuclear\s)"
      r"(?=(?:spring|summer|autumn|winter)\s+(?:approaches|arrives|nears|sets\s+in|will|is\s+coming|is\s+approaching)\b)"
      + r")(?P<season>spring|summer|autumn|winter|fall)"
      r"(?![-\w])(?!\s+(?:of|in|Olympics|Games|Paralympics|Palace|Garden|term|school|camp|session)\b)",
      "UNDEF-year-{dir}-{season}", (("Housing will be ready before [[summer]].", "2025-SU"), ("Talks have stalled since [[autumn]].", "2024-FA"),
                                     ("We expect to be back in court by [[fall]].", "2025-FA"),
                                     ("Demand will rise again as [[summer]] approaches.", "2025-SU"),
                                     ("The next flight is targeted for [[spring]].", "2025-SP"),
                                     ("The club has spent the spring and [[summer]] playing away.", "2024-SU", "past"))),
    # The timetable of a season is this year's, the coming one's whatever the tense: "its revised winter
    # timetable", "NBC unveiled its fall schedule on Monday" (in May).
    R("season_timetable", "DATE", "season",
      r"(?P<season>spring|summer|autumn|winter|fall)(?=\s+(?:timetables?|schedules?|line-?ups?)\b)",
      "UNDEF-year-this-{season}", (("The airline will publish its revised [[summer]] timetable.", "2025-SU"),
                                   ("NBC unveiled its [[fall]] schedule on Monday.", "2025-FA"),
                                   ("Universal said it would revisit its [[fall]] lineup in May.", "2025-FA"))),
    # The season being entered: "Nobody wants a strike heading into spring" (in March, this one).
    R("into_season", "DATE", "season",
      "(?:" + "|".join(rf"(?<=\b{w}\sinto\s)" for w in ("heading", "head", "heads", "going", "go", "goes", "moving", "move", "moves"))
      + r")(?P<season>spring|summer|autumn|winter|fall)"
      r"(?![-\w])(?!\s+(?:of|in|term|school|camp|session|mode|storms?|weather)\b)",
      "UNDEF-year-this-{season}", (("Nobody wants a strike heading into [[spring]].", "2025-SP"),
                                   ("Demand usually slows going into [[winter]].", "2025-WI"))),
    # One of the weather, not a thing for it: "warned a wet autumn was likely", "Farmers blamed a
    # dry summer for the poor harvest" (not "a warm winter coat", "a hot summer night").
    R("weather_season", "DATE", "season",
      "(?:" + "|".join(rf"(?<=\ba\s{w}\s)" for w in ("wet", "dry", "hot", "cold", "mild", "harsh", "warm", "cool", "snowy", "rainy"))
      # (and of trade, but not "a slow fall" of prices)
      + "".join(rf"|(?<=\ba\s{w}\s)(?!fall)" for w in ("slow", "quiet")) + r"|(?<=\ba\sbusy\s)"
      + r")(?!fall\s+(?:in|on|and|or|for|to|of)\b)(?P<season>spring|summer|autumn|winter|fall)(?=\s*[,.;:!?)]|\s+(?:was|is|were|are|had|has|have|and|or|for|in|on|to|that|which|"
      r"this|last|next|could|would|will|may|might|ahead|before|after|left|hit|hurt|cut|meant|means|led|leaves|as|when|while)\b)",
      "UNDEF-year-{dir}-{season}", (("Farmers blamed a dry [[summer]] for the poor harvest.", "2024-SU", "past"),
                                     ("Corn planted late because of a wet [[spring]] is vulnerable.", "2025-SP"),
                                     ("Suppliers are gearing up for a busy [[fall]] as the launch nears.", "2025-FA", "future"),
                                     ("Shops blamed a slow [[autumn]] for the losses.", "2024-FA", "past"))),
    R("quarter", "DATE", "unit",
      r"(?:%MOD)?(?:the\s+(?P<year>%YEAR)\s+|(?P<thisyear>this|last|next)\s+year's\s+|the\s+(?P<ago>year-ago|year-earlier)\s+|the\s+(?=\w+\s))?"
      r"(?:fiscal[- ])?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last)[- ](?:fiscal\s+)?quarter"
      r"(?:\s+of\s+(?:(?:fiscal\s+|calendar\s+)?(?P<yearb>%YEAR)|(?P<thisyearb>this|last|next)\s+year)|\s+(?P<yearc>%YEAR)(?!\s*%))?",
      "UNDEF-year-{dir}-Q{ord}{ago}",
      (("Harlan Reports [[Third-Quarter 2005]] Results", "2005-Q3"), ("the third quarter", "2024-Q3", "past"), ("the first quarter of 1998", "1998-Q1"),
       ("the fourth quarter", "2025-Q4", "future"), ("the fourth quarter", "2024-Q4"),
       ("the 1988 second quarter", "1988-Q2"), ("last year's third quarter", "2024-Q3"),
       ("the year-ago fourth quarter", "2023-Q4"), ("third-quarter", "2024-Q3"),
       ("the third quarter of fiscal 2023", "2023-Q3"), ("the fourth quarter of calendar 2012", "2012-Q4"))),
    # The quarter of a year before: "the same period last year", "the quarter a year ago".
    R("same_period_ago", "DATE", "unit",
      r"the\s+(?:(?:same|comparable|corresponding)\s+)?(?:period|quarter)\s+(?P<ago>last\s+year|a\s+year\s+(?:ago|earlier)|of\s+last\s+year)",
      "UNDEF-QREF{ago}", (("Profit fell from [[the same period last year]].", "2023-Q4"),
                          ("For [[the quarter a year ago]], it earned $1.", "2023-Q4"))),
    R("the_quarter", "DATE", "unit",
      r"the\s+(?:(?:(?:comparable|corresponding|same)\s+)?(?P<ago>year-ago|year-earlier|prior-year|prior\s+year)\s+(?:quarter|period)|(?:latest|most\s+recent|same|comparable)\s+period|(?:same|comparable)\s+quarter|quarter)"
      r"(?![- ](?:finals?|century)\b)"  # (not "the quarter-finals", "the quarter-century mark")
      r"(?!\s+(?:of|in)\s+\d{4})",  # ("the same period of 1988": only the year, as TimeBank has "comparable periods in 1988")
      "UNDEF-QREF{ago}", (("the quarter", "2024-Q4"), ("the year-ago quarter", "2023-Q4"),
                          ("Revenue surged 54% in [[the latest period]].", "2024-Q4"),
                          ("In [[the comparable year-ago quarter]], it lost $2 million.", "2023-Q4"))),
    # The latest quarter is the last one ended before the report, whatever quarter was named
    # last; "the latest period" is the one the report is about, which may be a fiscal quarter.
    R("latest_quarter", "DATE", "unit", r"the\s+(?:latest|most\s+recent|just[- ](?:ended|completed))\s+quarter",
      "UNDEF-QREF-LATEST", (("the latest quarter", "2024-Q4"), ("the most recent quarter", "2024-Q4"))),
    R("year_quarter", "DATE", "year", r"the\s+(?P<year>%YEAR)\s+(?:quarter|period)", "UNDEF-QREF-IN-{year}",
      (("the 1988 quarter", "1988-Q4"),)),
    # ... and of a year named after it: "rising 24 percent over the same quarter of 2005" (not
    # "the same period of 1988", which TimeBank gives as the year alone)
    R("quarter_of_year", "DATE", "year", r"the\s+(?:same|comparable|corresponding)\s+quarter\s+(?:of|in)\s+(?P<year>%YEAR)",
      "UNDEF-QREF-IN-{year}", (("Trade rose in the first quarter, 24 percent over [[the same quarter of 2005]].", "2005-Q1"),)),
    # Analysts' short forms: "1Q24", "Q1'24".
    R("q_short", "DATE", "digit", r"(?-i:(?P<ord>[1-4])Q['’]?(?P<year2>\d\d)|Q(?P<ordb>[1-4])['’](?P<year2b>\d\d))(?!\d)",
      "{year}-Q{ord}", (("1Q24", "2024-Q1"), ("Q3'25", "2025-Q3"))),
    # A quarter named by its months: "April-June operating profit", "the April-to-June period".
    R("month_span_quarter", "DATE", "month",
      r"(?:the\s+)?(?P<month>%MONTH)\s*(?:[-–]|-?to-?|\s+to\s+)\s*(?P<month2>%MONTH)(?:\s+(?:quarter|period)\b)?",
      "UNDEF-year-{dir}-Q{ord}", (("Toyota's [[April-June]] operating profit rose.", "2024-Q2"),
                                  ("subscribers grew in [[the April-to-June period]]", "2024-Q2"))),
    # Quarters named by their last month, as some companies do: "the December quarter" is Q4.
    R("month_quarter", "DATE", "month", r"the\s+(?P<month>%MONTH)\s+quarter", "UNDEF-year-{dir}-Q{ord}",
      (("sales in [[the December quarter]]", "2024-Q4"), ("the March quarter", "2025-Q1", "future"))),
    R("q_year", "DATE", "year", r"Q(?P<ord>[1-4])\s+(?P<year>%YEAR)", "{year}-Q{ord}", (("Q3 2025", "2025-Q3"),)),
    # "Q4" alone only where it is surely a quarter: before results, after "in" or "for" (not the Audi Q3).
    R("q_alone", "DATE", "digit",
      r"(?-i:Q)(?P<ord>[1-4])(?!\s*%YEAR|\w)(?:(?=\s+(?:%RESULTS)\b)"
      r"|(?<=\bin\sQ[1-4])|(?<=\bfor\sQ[1-4])|(?<=during\sQ[1-4]))",
      "UNDEF-year-tense-Q{ord}", (("The [[Q4]] results beat forecasts.", "2024-Q4"), ("Sales fell in [[Q3]].", "2024-Q3"),
                                  ("[[Q2]] deliveries fell 4.8%.", "2024-Q2"))),
    R("h_year", "DATE", "year", r"(?-i:H)(?P<ord>[12])\s+(?P<year>%YEAR)", "{year}-H{ord}", (("H1 2025", "2025-H1"),)),
    # "H2" alone, where it is surely a half: before results, after "in"/"for" (as "Q4" alone).
    R("h_alone", "DATE", "digit",
      r"(?-i:H)(?P<ord>[12])(?!\s*%YEAR|\w)(?:(?=\s+(?:%RESULTS)\b)|(?<=\bin\sH[12])|(?<=\bfor\sH[12]))",
      "UNDEF-year-tense-H{ord}", (("[[H2]] sales rose.", "2024-H2"), ("Margins should improve in [[H2]].", "2025-H2", "future"))),
    # "First-half profit", as "third-quarter profit".
    R("half_adjective", "DATE", "unit", r"(?P<ord>first|second)-half(?=\s+(?:%RESULTS)\b)", "UNDEF-year-tense-H{ord}",
      (("[[Second-half]] net profit rose.", "2024-H2"),)),
    R("half", "DATE", "unit",
      r"(?<!\ba\s)(?:the\s+)?(?P<ord>first|second|1st|2nd|(?:last|latter)(?=\s+half\s+of\s+(?:%YEAR|(?:this|last|next)\s+year)))\s+half"
      r"(?:\s+of\s+(?:(?:calendar\s+|fiscal\s+)?(?P<year>%YEAR)|(?P<thisyear>this\s+year|last\s+year|next\s+year|the\s+year)))?"
      r"(?![\s-]+(?:an\s+)?hour)",  # (not "in the first half hour of trading")
      "UNDEF-year-{dir}-H{ord}", (("the second half of 1998", "1998-H2"), ("the first half", "2025-H1", "future"),
                                  ("the second half of the year", "2025-H2"),
                                  ("the last half of 1989", "1989-H2"), ("in [[the first half]] of the last half hour", "2025-H1"),
                                  ("no recovery before [[the second half of calendar 2020]]", "2020-H2"),
                                  ("[[The first half of fiscal 2002]] looks weak.", "2002-H1"))),
    # Two quarters of a year named are its half: "through the first two quarters of 1990".
    R("two_quarters", "DATE", "unit",
      r"(?:the\s+)?(?P<ord>first|last)\s+two\s+quarters\s+of\s+(?:(?P<year>%YEAR)|(?P<thisyear>this\s+year|last\s+year|next\s+year))",
      "UNDEF-year-{dir}-H{ord}", (("the first two quarters of 1990", "1990-H1"), ("the last two quarters of next year", "2026-H2"))),
    # "The year" of company reports is the DCT's; "the year ended June 30" is a twelve-month span.
    R("the_year", "DATE", "unit",
      r"the\s+(?:(?:full|current|same)\s+)?(?:fiscal\s+)?(?-i:year)(?!\s+(?:ended|ending|before|after|earlier|later|ago|to|or)\b|-|\s*\d)",
      "UNDEF-this-year", (("the year", "2025"), ("the full year", "2025"), ("the same fiscal year", "2025"))),
    # "Earlier in the week", "later in the year": the unit of the news (TimeBank's "earlier in the year").
    R("in_the_unit", "DATE", "unit",
      r"(?:earlier|later)\s+in\s+the\s+(?P<unit>week|month|year)\b(?!\s+(?:before|after|of|that|when)\b|-|\s*\d)",
      "UNDEF-REF-{unit}", (("a budget score [[earlier in the week]] showed the bill cut less", "2025-W07"),
                            ("Sales fell [[earlier in the year]].", "2025"),
                            ("In 1998, Smith joined the board. [[Later in the year]], he became chairman.", "1998"))),
    R("in_the_season", "DATE", "season",
      r"(?:earlier|later)\s+in\s+the\s+(?P<season>spring|summer|autumn|winter)\b(?!\s+(?:of|before|after)\b)",
      "UNDEF-year-{dir}-{season}", (("Ministers are expected to give evidence [[later in the spring]].", "2025-SP", "future"),)),
    # "No load shedding for the rest of the week": the unit still to run, as a date (TIMEX3 has no "rest").
    R("rest_of_unit", "DATE", "unit", r"the\s+rest\s+of\s+(?:the|this)\s+(?P<unit>week|month|year|day)\b(?!-|['’]|\s+(?:before|after)\b)",
      "UNDEF-REF-{unit}", (("There will be no load shedding for [[the rest of the week]].", "2025-W07"),
                           ("In 2019 he tore a ligament in March and missed [[the rest of the year]].", "2019"))),
    R("the_year_ended", "DURATION", "unit",
      r"the\s+(?:fiscal\s+)?(?-i:year)(?=\s+(?:ended|ending)\b)", "P1Y", (("For [[the fiscal year]] ended June 30, it earned more.", "P1Y"),)),
    R("that_year", "DATE", "unit", r"(?:(?:earlier|later)\s+|(?P<mod>(?:early|late|the\s+(?:end|beginning|start|middle)\s+of)\s+))?"
      r"that\s+(?:same\s+)?(?-i:year)(?!-)", "UNDEF-REF-year",
      (("He came in June 1998 and left [[that year]].", "1998"),
       ("Hirohito died in January 1989. By [[the end of that year]] the index had climbed.", "1989"),
       ("It reopened in May 1890; the record was broken [[later that year]].", "1890"))),
    # The adjective of earnings reports: "compared with year-earlier profit of $3.8 million".
    R("year_earlier", "DATE", "unit", r"year-(?:earlier|ago)(?!\s+(?:quarter|period|nine|six|three|first|second|third|fourth))",
      "UNDEF-AGO-year-MINUS-1", (("compared with [[year-earlier]] profit", "2024"),)),
    R("end_of_unit", "DATE", "unit", r"(?P<mod>the\s+(?:end|beginning|start|middle)\s+of)\s+(?:the\s+|this\s+)(?:calendar\s+)?(?P<unit>week|month|year|decade|century)",
      "UNDEF-this-{unit}", (("the end of the year", "2025"), ("Sales will stay weak through [[the end of the calendar year]].", "2025"))),
    R("end_of_rel_unit", "DATE", "unit",
      r"(?P<mod>the\s+(?:end|beginning|start|middle)\s+of)\s+(?:the\s+(?=\w+\s+decade))?(?P<dir>next|last)\s+(?P<unit>week|month|year|decade)",
      "UNDEF-this-{unit}-{sign}-1", (("It will close by [[the end of next year]].", "2026"), ("the start of last month", "2025-01"),
                                     ("It aims to balance the books by [[the middle of the next decade]].", "203"))),
    R("fiscal_year", "DATE", "digit", r"(?:%MOD)?(?:(?:fiscal(?:\s+year)?\s+|(?-i:FY)\s?)(?P<year>%YEAR|'\d\d|\d\d(?!\d))"
      r"|calendar(?:\s+year)?\s+(?P<yearc>%YEAR))|(?P<yeard>%YEAR)[- ](?:fiscal|calendar)\s+year\b", "{year}",
      (("fiscal 1998", "1998"), ("fiscal year 2025", "2025"), ("Results for [[FY2024]] were strong.", "2024"),
       ("before the [[2013 fiscal year]] ends", "2013"),
       ("Sales rose in [[calendar 2011]].", "2011"), ("Sales won't recover before [[the end of calendar 2001]].", "2001"),
       ("FY 24", "2024"), ("savings by [[the end of fiscal 2017]]", "2017"))),
    # --- years, decades, centuries, eras ---------------------------------------------------
    R("year_bc", "DATE", "digit", r"%BCYEAR", "{bcyear}",
      (("44 BC", "BC0044"), ("500 BCE", "BC0500"))),
    # Days, months and seasons of a year BC: "15 March 44 BC", "January 49 BC", "the autumn of 45 BC".
    R("date_bc", "DATE", "month",
      r"(?:%WEEKDAY,?\s+)?(?:(?:the\s+)?(?P<day>%DAY)(?:\s+of)?\s+(?P<month>%MONTH)\.?,?|(?P<monthb>%MONTH)\.?\s+(?P<dayb>%DAY),?)\s+%BCYEAR",
      "{bcyear}-{month}-{day}", (("He was born on [[12 July 100 BC]].", "BC0100-07-12"), ("March 15, 44 BC", "BC0044-03-15"))),
    R("month_year_bc", "DATE", "month", r"(?:%MOD)?(?P<month>%MONTH)\.?,?\s+(?:of\s+)?%BCYEAR",
      "{bcyear}-{month}", (("In [[January 49 BC]] the Senate acted.", "BC0049-01"),)),
    R("season_year_bc", "DATE", "season", r"(?:%MOD)?(?:the\s+)?(?P<season>%SEASON)\s+(?:of\s+)?%BCYEAR",
      "{bcyear}-{season}", (("He returned in [[the autumn of 45 BC]].", "BC0045-FA"),)),
    R("year_ad", "DATE", "digit", r"(?:AD|A\.D\.)\s*(?P<adyear>\d{1,4})(?!\d)|(?P<adyear2>\d{1,4})\s*(?:AD|A\.D\.|CE|C\.E\.)(?!\w)",
      "{adyear}", (("AD 800", "0800"), ("800 AD", "0800"))),
    # A year of three digits only where nothing else fits: "sacked in 410.", "since 476,".
    R("year_short", "DATE", "digit",
      r"(?<=\b(?:in|In)\s)(?P<adyear>[1-9]\d\d)(?=\s*[,.;)]|\s+(?:and|to|when|until)\b)",
      "{adyear}", (("Rome fell in [[476]].", "0476"),)),
    # A season that spans the turn of a year, named by both: "the 2023/24 season", "the 2019-20
    # school year". TIMEX3 has no value for it; the year it starts in stands for it.
    R("split_year", "DATE", "year",
      r"(?:the\s+(?=\d{4}[/-]\d\d\s+(?:season|campaign|school|academic|financial|fiscal|tax)\b))?"
      r"(?P<year>%YEAR)(?P<split>[/-]\d\d)(?!\d)(?=\s+(?:season|campaign|school\s+year|academic\s+year|"
      r"financial\s+year|fiscal\s+year|tax\s+year|budget|session|term)\b)"
      r"(?:\s+(?:season|campaign|school\s+year|academic\s+year|financial\s+year|fiscal\s+year|tax\s+year))?",
      "{year}", (("City won the title in [[the 2023/24 season]].", "2023"),
                 ("[[The 2019-20 school year]] ended early.", "2019"), ("the [[2024-25]] budget", "2024"))),
    R("year_range_short", "DATE", "year", r"(?<=\d\d\d\d-)(?P<short>\d\d)(?!\d)", "{short}", ()),
    R("year", "DATE", "year", r"(?:%MOD)?(?:the\s+year\s+)?(?<!(?<!\d)\d\d\d[-.])(?P<year>%YEAR)%LABELLED(?!\s*(?:%|percent|per\s+cent|[Bb]oeing|km|miles|meters|metres|feet|tons|tonnes|barrels|GMT|UTC|hrs|hours\s+GMT)\b)%NOTMODEL"
      r"(?:(?<=\bin\s\d{4})|(?<=\bsince\s\d{4})|(?<=\buntil\s\d{4})|(?<=\bby\s\d{4})|(?!\s+(?:%COUNTED)\b))(?!\s*%)(?!-(?!(?:1\d|20|21)\d\d(?!\d))\d\d\d)"
      r"(?:\s+(?P<bound>or\s+(?:later|after|earlier|before)|and\s+beyond)(?=\s*[^\w\s]|\s*$))?",
      "{year}", (("1949", "1949"), ("early 2001", "2001"), ("the year 2000", "2000"),
                 ("1994 or later", "1994"), ("1990 and beyond", "1990"))),
    R("spelled_year", "DATE", "word", r"(?:the\s+year\s+)?(?P<year>%YEARW)", "{year}",
      (("nineteen ninety-six", "1996"), ("the year two thousand", "2000"))),
    R("apostrophe_year", "DATE", "year", r"(?<![\w'])['’](?P<year2>\d\d)(?![\ds\w])", "{year}",
      (("'98", "1998"),)),
    # "The 1800s" are a century (TimeML "18"), not the decade 1800-1809.
    R("hundreds", "DATE", "year", r"(?:%MOD|the\s+)?(?:the\s+)?(?:(?P<mod2>early|mid|late)-?\s*)?(?P<hundreds>1\d)00['’]?s",
      "{hundreds}", (("the 1800s", "18"), ("the late 1900s", "19"))),
    R("decade", "DATE", "year", r"(?:%MOD|the\s+)?(?:the\s+)?(?:(?P<mod2>early|mid|late)-?\s*)?(?P<decade>1\d\d0|20\d0)['’]?s",
      "{decade}", (("the 1990s", "199"), ("the mid-1990s", "199"), ("1940s", "194"))),
    R("decade_short", "DATE", "year", r"(?:the\s+)?(?:(?P<mod2>early|mid|late)-?\s*)?['’](?P<decade2>\d0)['’]?s",
      "UNDEF-century-{decade2}", (("the '90s", "199"), ("the mid-'90s", "199"))),
    R("decade_short2", "DATE", "digit", r"the\s+(?:(?P<mod2>early|mid|late)-?\s*)?(?P<decade2>[2-9]0)s",
      "UNDEF-century-{decade2}", (("the mid-90s", "199"), ("the 90s", "199"))),
    # (Not a temperature: "Highs will climb into the [[90s]]" is checked in normalise.py.)
    R("decade_word", "DATE", "word", r"the\s+(?:(?P<mod2>early|mid|late)-?\s*)?(?P<decadew>" + alternation(V.DECADE_WORDS) + r")\b",
      "UNDEF-century-{decade2}", (("the nineties", "199"), ("the late sixties", "196"))),
    R("century", "DATE", "unit",
      r"(?:%MOD)?the\s+(?:(?P<mod2>early|late|mid)-?\s*)?(?P<cent>%ORD|\d{1,2}(?:st|nd|rd|th))[- ]century"
      r"(?:\s+(?P<bc>BCE?|B\.C\.(?:E\.)?)(?!\w)|\s+(?:AD|A\.D\.|CE)(?!\w))?",
      "{cent}", (("the 19th century", "18"), ("the twentieth century", "19"), ("the late 18th century", "17"),
                 ("the mid-14th century", "13"), ("the 5th century BC", "BC04"), ("the 2nd century AD", "01"))),
    # "A 20th century democrat" needs no article (a pattern that starts with a digit is cheap).
    R("century_bare", "DATE", "unit", r"(?<![\w-])(?P<cent>\d{1,2}(?:st|nd|rd|th))[- ]century(?![- ]old)",
      "{cent}", (("an [[11th century]] temple", "10"),)),
    # "By year-end": the end of the DCT's year.
    R("year_end_of", "DATE", "year", r"(?:the\s+)?year(?:[- ]|['’]s\s+)(?P<mod>end)\s+(?P<year>%YEAR)", "{year}",
      (("by [[year-end 2026]]", "2026"),)),
    R("year_end", "DATE", "word", r"(?:the\s+)?year(?:[- ]|['’]s\s+)(?P<mod>end)", "UNDEF-this-year",
      (("by [[year-end]]", "2025"), ("by [[year's end]]", "2025"))),
    # --- durations --------------------------------------------------------------------------
    R("duration_range", "DURATION", "unit", r"(?P<num>\d+)\s*(?:-|to|or)\s*(?P<num2>\d+)\s+(?P<unit>%UNITS)", "P{num2}{unit}",
      ()),
    # (Not the verb: "the mission will last 10 days", "begin on Thursday and last 48 hours" are
    # durations of "10 days" and "48 hours".)
    R("duration_past", "DURATION", "unit",
      r"(?:the\s+)?(?<!\bwill\s)(?<!\bwould\s)(?<!\bcould\s)(?<!\bcan\s)(?<!\bmay\s)(?<!\bmight\s)(?<!\bmust\s)"
      r"(?<!\bshould\s)(?<!\bto\s)(?<!\bnot\s)(?<!\bdid\s)(?<!\bdoes\s)(?<!\bn't\s)(?<!\band\s)(?:%LAST|%NEXT)\s+(?P<num>%NUM)\s+(?P<unit>%UNITS)",
      "P{num}{unit}", (("the past three years", "P3Y"), ("the next five years", "P5Y"))),

    R("the_duration", "DURATION", "unit",
      r"(?:the|their)\s+(?:(?:first|last|latest|final|initial|past|next|coming|year-earlier|year-ago)\s+)?"
      r"(?P<num>%NUM)(?:\s+(?:to|or)\s+(?P<num2>%NUM))?(?:\s+(?:fiscal|financial|school|academic)(?=\s+years\b))?\s+(?P<unit>%UNITS)(?!-old|\s+old\b)%NOTWAR",
      "P{num}{unit}", (("the first nine months", "P9M"), ("the six months", "P6M"),
                       ("set aside for [[the next three financial years]]", "P3Y"),
                       ("the next 12 to 18 months", "P18M"))),
    R("duration_past_one", "DURATION", "unit", r"the\s+(?:past|last)\s+(?P<unit>%UNIT)(?!\s+(?:of|or)\b)(?<!last\sminute)",
      "P1{unit}", (("the past hour", "PT1H"),)),  # (not the idiom: "everybody waits until the last minute")
    R("quarter_century", "DURATION", "unit",
      r"(?:(?:(?P<mod>about|nearly|almost|more\s+than)\s+)?(?:a|one)|the\s+(?:past|last|next|coming|first))\s+"
      r"quarter(?:[- ]of[- ]a[- ]|[- ])century(?!\s+ago\b)",
      "P25Y", (("a quarter of a century", "P25Y"), ("the first change in [[more than a quarter-century]]", "P25Y"),
               ("ruled for [[a quarter century]]", "P25Y"), ("prices rose over [[the past quarter-century]]", "P25Y"))),
    R("duration_hundreds", "DURATION", "unit",
      r"(?:(?P<mod>about|around|nearly|almost|more\s+than|some|roughly|at\s+least|up\s+to)\s+)?(?P<num>%NUMH)\s+(?P<unit>%UNITS)"
      r"(?!\s+(?:ago|later|earlier)\b)%NOTWAR",
      "P{num}{unit}", (("three hundred years", "P300Y"), ("more than two thousand years", "P2000Y"),
                       ("for the first time in [[a hundred and forty-six years]]", "P146Y"))),
    # Geological time: "66 million years ago", "millions of years ago", only a time long past.
    R("deep_ago", "DATE", "unit",
      r"(?:(?:about|some|roughly|nearly|almost|more\s+than|at\s+least|over)\s+)?(?:\d+(?:\.\d+)?\s+(?:million|billion)|"
      r"(?:millions|billions|thousands|hundreds|tens\s+of\s+thousands)\s+of)\s+years\s+ago",
      "PAST_REF", (("The dinosaurs died out [[about 66 million years ago]].", "PAST_REF"),
                   ("The rocks formed [[millions of years ago]].", "PAST_REF"))),
    R("ago_hundreds", "DATE", "unit",
      r"(?:(?P<mod>about|around|nearly|almost|more\s+than|over|some|roughly)\s+)?(?P<num>%NUMH)\s+(?P<unit>%UNITS)\s+(?P<dir>ago)",
      "UNDEF-AGO-{unit}-{sign}-{num}", (("three hundred years ago", "1725"), ("several hundred years ago", "PAST_REF"),
                                        ("three hundred and fifty years ago", "1675"))),
    # "A weeklong break", "a decade-long war", "decades-long": a length that describes what
    # follows; TimeBank leaves the article out ("a [10-year] economic ...", "[decades-long]").
    R("unit_long", "DURATION", "unit", r"(?<![\w-])(?P<unit>hour|day|week|month|year|decade|century)-?long(?![\w-])", "P{num}{unit}",
      (("The chamber leaves Friday for a [[weeklong]] holiday break.", "P1W"), ("an [[hourlong]] speech", "PT1H"),
       ("the [[decade-long]] war", "P10Y"), ("a [[day-long]] meeting", "P1D"))),
    R("units_long", "DURATION", "unit", r"(?<![\w-])(?P<unit>hours|days|weeks|months|years|decades|centuries)-long(?![\w-])",
      "PX{unit}", (("their [[decades-long]] feud", "PXY"), ("After a [[months-long]] fight, the strike ended.", "PXM"))),
    R("duration", "DURATION", "unit",
      r"(?:(?P<mod>about|around|nearly|almost|(?:no\s+)?more\s+than|some|roughly|just\s+over|just\s+under|a\s+little\s+(?:over|under|more\s+than|less\s+than)|(?:no\s+)?less\s+than|fewer\s+than|at\s+least|up\s+to|another)\s+)?(?P<num>%NUM)(?P<halfb>\s+and\s+a\s+half)?(?:\s+(?:consecutive|straight|successive|more|additional|further|extra|(?:full|single|whole|entire)(?=\s)))?(?:\s+(?:trading|business|working)(?=\s+days?\b)|(?<![Aa])(?<![Aa]n)\s+(?:fiscal|financial|school|academic)(?=\s+years?\b))?(?:\s+|-(?!quarters))(?P<unit>%UNIT|%UNITS)(?P<half>\s+and\s+a\s+half)?(?:-?long|\s+long)?(?!-old|\s+old\b)"
      # Not a war's name, a comparison ("on a month-on-month basis"), nor a quarter of something
      # ("a quarter point", "a quarter of the shares").
      r"%NOTWAR(?!-(?:on|over|to)-|-care\b)(?!(?<=quarter)[- ](?:point|percentage|of|mile|inch|pound)\b)"
      r"(?!(?<=one-day)\s+(?:internationals?|series|cricket|matche?s?|games?|cups?|format|sides?|squads?)\b)"  # (cricket's "one-day series")
      + _NOT_ORDINAL,
      "P{num}{unit}", (("three years", "P3Y"), ("24 hours", "PT24H"), ("five-year", "P5Y"), ("above 28 dollars for [[20 consecutive trading days]]", "P20D"),
                                 ("It lost money for [[two fiscal years]].", "P2Y"), ("She was moved after [[fewer than 11 months]] in the job.", "P11M"),
                                 ("He expects to serve [[no more than a year]] in prison.", "P1Y"),
                       ("The mission will last [[10 days]].", "P10D"),
                       ("It took [[another four years]] to add 1,000 points.", "P4Y"),
                       ("The strike is due to begin on Thursday and last [[48 hours]].", "PT48H"), ("The battery didn't last [[a full day]].", "P1D"),
                       ("several months", "PXM"), ("a decade", "P10Y"), ("2 1/2 years", "P2Y6M"),
                       ("a minute and a half", "PT1M30S"), ("two and a half years", "P2Y6M"), ("three straight days", "P3D"),
                       ("two more weeks", "P2W"), ("an additional year", "P1Y"), ("at least 20 more years", "P20Y"))),
    # A stretch of unknown length up to now, as TimeBank has "the past few years".
    # "In recent years" is a time before now, not a stretch measured (TimeBank: PAST_REF four times
    # in six); shorter ones ("recent months", "recent weeks") it measures as often as not.
    R("recent_years", "DATE", "unit", r"(?:the\s+)?(?:more\s+)?(?:recent|past)\s+years(?![\w-])", "PAST_REF",
      (("The business has grown in [[recent years]].", "PAST_REF"), ("there were sell programs in [[past years]], too", "PAST_REF"))),
    R("recent_units", "DURATION", "unit", r"(?:the\s+)?(?:more\s+)?recent\s+(?P<unit>%UNITS)", "PX{unit}",
      (("recent months", "PXM"), ("the recent weeks", "PXW"))),
    R("coming_units", "DURATION", "unit", r"(?:the\s+)?(?:coming|past|(?<!\bto\s)(?<!\bcould\s)(?<!\bwill\s)(?<!\bwould\s)(?<!\bmay\s)(?<!\bmight\s)(?<!\bcan\s)(?<!\bshould\s)(?<!\bmust\s)(?<!\bnot\s)(?<!n't\s)last|next)\s+(?P<unit>%UNITS)|the\s+(?P<unitc>days|weeks|months|years)\s+ahead\b"
      r"|the\s+(?:following|ensuing|subsequent)\s+(?P<unitb>days|weeks|months|years|decades)\b", "PX{unit}",
      (("the coming months", "PXM"), ("the past weeks", "PXW"),
       ("The trial opened May 2. Over [[the following weeks]], prosecutors played 40 recordings.", "PXW"),
       ("It may have to pay departing investors in [[the weeks ahead]].", "PXW"))),
    # "For years", "the first time in years", "within weeks or months": a stretch of unknown
    # length. The word before is checked in normalise.py: a pattern that starts with its unit
    # lets the regex engine skip ahead, one that starts with a look-behind tries every position.
    # Lengths set against each other: "out for weeks, not days", "arrive in days, not weeks".
    R("units_contrast", "DURATION", "unit",
      r"(?P<unit>hours|days|weeks|months|years)(?=,?\s+not\s+(?:hours|days|weeks|months|years)\b)"
      r"|(?:" + "|".join(rf"(?<={u},\snot\s)|(?<={u}\snot\s)" for u in ("hours", "days", "weeks", "months", "years"))
      + r")(?P<unitb>hours|days|weeks|months|years)",
      "PX{unit}", (("The court should act in [[days]], not weeks.", "PXD"), ("Power could be out for weeks, not [[days]].", "PXD"))),
    R("units_after", "DURATION", "unit",
      r"(?P<unit>years|months|weeks|days|hours|minutes|decades|centuries)(?:\s+or\s+(?:years|months|weeks|days|hours))?\b"
      r"(?![-\s]+(?:old|ago|later|earlier|before|after|off)\b)(?!\s+to\s+(?:the\b|(?-i:[A-Z0-9])))",  # ("months to June": a period's end)
      "PX{unit}", (("held rallies for [[weeks]]", "PXW"), ("The committee typically takes [[months]] to complete an inquiry.", "PXM"), ("growth for the first time in [[years]]", "PXY"),
                   ("We have been clear for [[months]] that no one will lose their job.", "PXM"),
                   ("Nurses were spending [[hours]] on paperwork.", "PTXH"),
                   ("We have waited [[decades]] for this.", "PXY"),
                   ("Sterling fell 1.5 per cent within [[minutes]].", "PTXM"),
                   ("Water enters our houses and stays for [[days]].", "PXD"),
                   ("It took us [[years]] to find this.", "PXY"),
                   ('"There were [[weeks]] when we thought we would have to cancel," she said.', "PXW"),
                   ("a vote within [[weeks]]", "PXW"), ("within [[weeks or months]]", "PXW"),
                   ('"They had [[months]] to find another way," he said.', "PXM"),
                   ("NATO was prepared for a campaign lasting weeks, if not [[months]].", "PXM"),
                   ("Some shops reopened for the first time in [[days]].", "PXD"),
                   ("The city was quiet after [[weeks]] in which shells fell.", "PXW"))),
    # (Not "the early hours of Friday", "the small hours", "the early years of the republic",
    # "the opening hours of the museum", "the hours of 8 a.m. and 6 p.m.".)
    R("units_alone", "DURATION", "unit", r"(?<!\bearly\s)(?<!\bsmall\s)(?<!\bwee\s)(?<!\blate\s)(?<!\bopening\s)"
      r"(?<!\bclosing\s)(?<!\bworking\s)(?<!\bvisiting\s)(?<!\boffice\s)"
      r"(?P<unit>years|months|decades|weeks|days|hours)(?=\s+(?:of|ago|later|before|after)\b)(?!\s+of\s+\d)", "PX{unit}",
      (("The verdict ended a trial that featured [[hours]] of recorded conversations.", "PTXH"),
       ("Warplanes struck on Friday, [[hours]] after missiles hit Israel.", "PTXH"))),
    R("first_units", "DURATION", "unit",
      r"the\s+(?:first|final)\s+(?P<unit>years|months|decades|weeks|days|hours)(?=\s+(?:of|before|after)\b)", "PX{unit}",
      (("Prisoners were taken in [[the first hours]] of the ground war.", "PTXH"),)),
    # --- sets -------------------------------------------------------------------------------
    R("every_weekday_time", "SET", "weekday", r"(?:every|each)\s+(?P<weekday>%WEEKDAY)\s+at\s+(?:%TIME)%TZ",
      "XXXX-WXX-{weekday}T{time}", (("The band plays [[every Friday at 8 p.m.]]", "XXXX-WXX-5T20:00"),)),
    R("every_weekday_noon", "SET", "weekday", r"(?:every|each)\s+(?P<weekday>%WEEKDAY)\s+at\s+(?P<part>noon|midnight|midday)",
      "XXXX-WXX-{weekday}T{part}", (("The sirens are tested [[every Monday at noon]].", "XXXX-WXX-1T12:00"),)),
    R("every_weekday", "SET", "weekday", r"(?:every|each)\s+(?P<weekday>%WEEKDAY)", "XXXX-WXX-{weekday}",
      (("every Monday", "XXXX-WXX-1"),)),
    R("every_weekday_part", "SET", "weekday", r"(?:every|each)\s+(?P<weekday>%WEEKDAY)\s+(?P<part>%PART)",
      "XXXX-WXX-{weekday}T{part}", (("Story time, held [[every Wednesday morning]], is full.", "XXXX-WXX-3TMO"),)),
    R("every_holiday", "SET", "word",
      r"(?:every|each)\s+(?P<everyholiday>" + alternation(V.HOLIDAY_NAMES) + r")\b",
      "XXXX-{hmd}", (("She returns to Lagos [[every Christmas]].", "XXXX-12-25"), ("every Easter", "XXXX-XX-XX"))),
    # (A preposition is no part of a TIMEX3: "on [[Fridays]]".)
    R("weekday_plural", "SET", "weekday", r"(?P<weekday>%WEEKDAYS)s(?!\w)", "XXXX-WXX-{weekday}",
      (("Mondays", "XXXX-WXX-1"), ("The diner stays open late on [[Fridays]].", "XXXX-WXX-5"))),
    # TimeML's sets: "each July" XXXX-07, "every summer" XXXX-SU, "every weekend" XXXX-WXX-WE,
    # "every morning" XXXX-XX-XXTMO, "every other week" P2W, "twice a week" P1W.
    R("every_month", "SET", "month", r"(?:every|each)\s+(?P<month>%MONTH)\b(?!\.?\s*\d)", "XXXX-{month}",
      (("Orangemen march [[each July]].", "XXXX-07"),)),
    R("every_month_day", "SET", "month", r"(?:every|each)\s+(?P<month>%MONTH)\.?\s+(?P<day>%DAY)(?!\s*,?\s*\d)", "XXXX-{month}-{day}",
      (("The country falls silent [[each May 4]].", "XXXX-05-04"),)),
    R("every_season", "SET", "season", r"(?:every|each)\s+(?P<season>%SEASON)", "XXXX-{season}",
      (("every summer", "XXXX-SU"),)),
    R("every_weekend", "SET", "unit", r"(?:every|each)\s+weekend|(?:(?<=\bon\s)|(?<=\bat\s)|(?<=\bwork\s)|(?<=\bworks\s)|(?<=\bworked\s)|(?<=\bworking\s)|(?<=\band\s))weekends", "XXXX-WXX-WE",
      (("every weekend", "XXXX-WXX-WE"), ("The branches will close on [[weekends]].", "XXXX-WXX-WE"),
       ("Crews worked [[weekends]] through August.", "XXXX-WXX-WE"))),
    R("every_part", "SET", "word", r"(?:every|each)\s+(?P<part>%PART)", "XXXX-XX-XXT{part}",
      (("every morning", "XXXX-XX-XXTMO"), ("each night", "XXXX-XX-XXTNI"))),
    R("every_other_unit", "SET", "unit", r"every\s+(?P<alternate>other|second)\s+(?P<unit>%UNIT)", "P2{unit}",
      (("every other week", "P2W"),)),
    R("times_per_unit", "SET", "unit",
      r"(?:once|twice|thrice|(?:%NUM)(?:\s+(?:or|to)\s+(?:%NUM))?\s+times)\s+(?:a|an|per|each|every)\s+(?P<unit>%UNIT)(?![\w-])", "P1{unit}",
      (("twice a week", "P1W"), ("once a year", "P1Y"), ("three times a day", "P1D"), ("four or five times a year", "P1Y"))),
    R("every_n_units", "SET", "unit", r"(?:every|each)\s+(?P<num>%NUM)\s+(?P<unit>%UNITS)", "P{num}{unit}",
      (("every four years", "P4Y"), ("every 10 minutes", "PT10M"))),
    # ("A year after" counts from a date; "every year after that" is still every year.)
    R("every_unit", "SET", "unit", r"(?:(?P<eachone>every|each)(?:\s+single)?|per|a)\s+(?P<unit>%UNIT)(?=[\s.,;:!?\"”’)]|$)(?!\s+(?:later|earlier|ago|of))(?(eachone)|(?!\s+(?:before|after)))(?!(?<=quarter)\s+(?:point|percentage)\b)" + _NOT_ORDINAL,
      "P1{unit}", (("every year", "P1Y"), ("per month", "P1M"), ("He thought of it \"[[every single day]]\".", "P1D"),
                   # a rate of things counted (TimeBank: "over fifty thousand CDs a year"; not money,
                   # nor a bare number: "$500 million a year", "358,000 a month", left out)
                   ("The abbey now attracts about 120,000 visitors [[a year]].", "P1Y"),
                   ("Some 60,000 workers labored in three shifts [[a day]].", "P1D"),
                   ("The wage will be adjusted [[every year]] after that.", "P1Y"))),
    # Half an hour as a period: "Tours will run every half hour until 3pm" (PT30M).
    R("every_half_hour", "SET", "unit", r"(?:every|each)\s+half[- ]hour(?![\w-])",
      "PT30M", (("Tours of the classrooms will run [[every half hour]] until 3pm.", "PT30M"),
                ("Buses leave [[every half-hour]].", "PT30M"))),
    R("basis_set", "SET", "word", r"on\s+an?\s+(?P<adv>annual|yearly|monthly|weekly|daily|hourly|quarterly|nightly)\s+basis",
      "{adv}", (("Data is shared [[on a monthly basis]].", "P1M"), ("on an annual basis", "P1Y"))),
    R("adverb_set", "SET", "word", r"(?<!\bits\s)(?<!\bthe\s)(?<!\ban\s)(?<!\ba\s)(?<!\btheir\s)(?P<adv>semi-?annually|annually|yearly|monthly|fortnightly|weekly|daily|half-hourly|hourly|quarterly|nightly)(?!\s+(?-i:[A-Z]))",
      "{adv}", (("annually", "P1Y"), ("weekly", "P1W"), ("Bins will be collected [[fortnightly]].", "P2W"),
                ("[[Half-hourly]] trains will run from December.", "PT30M"))),
    # --- vague references -------------------------------------------------------------------
    R("present_ref", "DATE", "word", r"(?:right\s+)?now|currently|at\s+present|nowadays|the\s+present(?:\s+day(?=\s*[,.;:!?)]|\s*$))?(?![- ]day)(?!\s+(?:time|case|system|government|situation))|these\s+days|at\s+the\s+moment",
      "PRESENT_REF", (("now", "PRESENT_REF"), ("currently", "PRESENT_REF"))),
    # "Current" before a noun is the present (TimeBank tags it PRESENT_REF 10 times in 16), not
    # in the terms of finance and physics ("the current account deficit", "an electric current").
    R("current", "DATE", "word",
      r"(?<![\w-])(?-i:current)(?=\s+[a-z])(?!\s+(?:is|was|are|were|has|had|will|would|could|can|may|might|"
      r"carried|swept|pulled|took|runs?|ran|flows?|flowed)\b)(?!\s+(?:account|accounts|assets|liabilities|affairs|flows?|"
      r"carrying|density|intensity|sources?|year|quarter|month|week|fiscal|period|season|term|decade|century)\b)",
      "PRESENT_REF", (("his [[current]] wife", "PRESENT_REF"), ("because of [[current]] market conditions", "PRESENT_REF"))),
    R("past_ref", "DATE", "word", r"(?:the\s+)?past(?=\s*[,.;])|(?<=\bin\s)the\s+past(?!\s+(?:%NUM|%UNIT|%UNITS|%ORD|%SEASON|%MONTH|few|several|couple|fiscal|calendar|[\w-]+\s+(?:%UNITS))\b)"
      r"|(?<!\bas\s)(?<!\bmost\s)recently|formerly|lately|then[- ]current(?=\s+[a-z])",  # (not "as recently as
      # 2001": the date is; nor "most recently", the last time)
      "PAST_REF", (("recently", "PAST_REF"), ("at the [[then-current]] price", "PAST_REF"),
                   ("in [[the past]] it considered a bid", "PAST_REF"))),
    # (Not "the foreseeable future": TimeBank leaves it out, twice.)
    R("future_ref", "DATE", "word", r"the\s+(?:near\s+)?future|the\s+near\s+term",
      "FUTURE_REF", (("the future", "FUTURE_REF"), ("the near term", "FUTURE_REF"))),
)


def expand(pattern: str) -> str:
    return re.sub(r"%([A-Z]+)", lambda m: MACROS[m.group(1)], pattern)


# Words a rule cannot match without, beyond its trigger class: scan.py runs the rule only over the
# pieces of text around its triggers that hold one of them (a cheap substring test of the
# lower-cased text, against a regex pass). Every match must hold one, within its piece or in what
# its look-arounds see (tests/test_temporal.py compares with a full scan). A digit counts only
# where the pattern has it as an ASCII literal or range: `\d` is any decimal digit.
_PARTS = ("morning", "noon", "evening", "night")  # %PART: "afternoon" holds "noon", "overnight" "night"
_DAY_DIGITS = tuple("123456789")  # %DAY
_YEAR_DIGITS = ("1", "2")  # %YEAR starts with one
NEEDS = {
    "that_weekday": ("that",),
    "weekday_of_month": ("first", "second", "third", "fourth", "fifth", "last", "1st", "2nd", "3rd", "4th", "5th"),
    "ago": ("ago", "from"),
    "years_ago_this_month": ("this month", "this\nmonth", "this\tmonth", "this\xa0month"),  # (wire copy wraps)
    "years_ago_this_week": ("this week", "this\nweek", "this\tweek", "this\xa0week"),
    "years_ago_today": ("today",),
    "weekday_next": ("next",),
    "quarter_of_year": ("quarter",),
    "event_offset": ("after", "before"),
    "event_day_offset": ("after", "before"),
    "relative_ref": ("later", "earlier", "after", "previously", "before"),
    "approx_relative_ref": ("about", "around", "nearly", "almost", "more", "some", "roughly", "just", "less", "least"),
    "the_unit_before": ("before", "after"),
    "the_night_before": ("before",),
    "that_part": ("that", "following", "next", "previous", "preceding", "same"),
    "that_unit": ("that", "same"),
    "the_following_part": ("following", "next", "previous"),
    "this_unit": ("this", "current"),
    "week_through": ("for the week", "through the week", "throughout the week"),
    "past_decade": ("decade",),
    "last_unit": ("last", "past", "previous", "next", "coming", "following"),
    "sport_season": ("season",),
    "the_following_unit": ("following", "next", "previous", "preceding", "prior"),
    "weekday_ref": ("previous", "preceding", "following", "next"),
    "weekend_of": ("weekend",),
    "named_day": ("11",),
    "every_half_hour": ("half",),
    "week_of": ("week", "half"),  # (one group with week_of_month and half_of_month)
    "week_of_month": ("week", "half"),
    "edge_day_of_month": ("day",),
    "edge_day_of_year": ("day",),
    "half_of_month": ("week", "half"),
    "unit_before_last": ("later", "earlier", "after", "previously", "before"),  # (relative_ref's: one group)
    "unit_after_next": ("after",),
    "weekend": ("weekend",),
    "ref_weekend": ("weekend",),
    "end_of_unit": ("end", "beginning", "start", "middle"),
    "end_of_rel_unit": ("end", "beginning", "start", "middle"),
    "times_per_unit": ("once", "twice", "thrice", "times"),
    "every_month": ("every", "each"),
    "every_month_day": ("every", "each"),
    "every_season": ("every", "each"),
    "every_weekend": ("every", "each", "weekends"),
    "every_part": ("every", "each"),
    "every_other_unit": ("every", "each"),
    "every_n_units": ("every", "each"),
    "every_weekday": ("every", "each"),
    "every_weekday_time": ("every", "each"),
    "every_weekday_noon": ("every", "each"),
    "every_weekday_part": ("every", "each"),
    "every_holiday": ("every", "each"),
    # dates and times
    "iso_date": ("-",),
    "iso_datetime": ("-",),
    "us_numeric_date": ("/",),
    "us_numeric_date_time": ("/",),
    "month_day_year": _YEAR_DIGITS,
    "day_month_year": _YEAR_DIGITS,
    "time_dash_date": _YEAR_DIGITS,
    "time_date": _DAY_DIGITS,
    "noon_date": ("noon", "midnight", "midday"),
    "noon_day_month": ("noon", "midnight", "midday"),
    "time_day_month": _DAY_DIGITS,
    "date_time": _YEAR_DIGITS,
    "clock_weekday_part": _PARTS,
    "clock_deictic_part": ("night", "tonight", "morning", "afternoon", "evening"),
    "time_deictic_part": ("night", "tonight", "morning", "afternoon", "evening"),
    "day_month": (*_DAY_DIGITS, "of"),
    "month_year": (*_YEAR_DIGITS, "nineteen", "eighteen", "two"),
    "month_rel_year": ("year",),
    "noon_weekday": ("noon", "midnight", "midday"),
    "weekday_noon": ("noon", "midnight", "midday"),
    "noon_deictic": ("noon", "midnight", "midday"),
    "time_deictic": ("today", "tonight", "tomorrow", "yesterday"),
    "noon": ("noon", "midnight", "midday"),
    "weekday_part": _PARTS,
    "the_weekday_part": ("on the ", "by the "),  # (the words before it: "the" alone is in every window)
    "the_weekday": ("on the ", "by the "),
    "a_weekday": ("on a ", "on an "),
    "weekday_parts": _PARTS,
    "weekday_and_parts": _PARTS,
    "deictic_part": _PARTS,
    "part_deictic": ("yesterday", "today", "tomorrow"),
    "tonight": ("tonight",),
    "last_night": ("night",),
    "today": ("yesterday", "today", "tomorrow"),
    "yesterday": ("yesterday", "today", "tomorrow"),
    "day_before_yesterday": ("yesterday", "today", "tomorrow"),
    "day_after_tomorrow": ("yesterday", "today", "tomorrow"),
    "tomorrow": ("yesterday", "today", "tomorrow"),
    "weekday_possessive": ("'s", "’s"),
    "weekday_possessive_event": ("'s", "’s"),
    "day_before_weekday": ("before", "after"),
    "weekday_week": ("week",),
    "approx_clock_time": _APPROX_WORDS,
    "approx_noon": ("noon", "midnight", "midday"),
    "clock_word": ("clock",),
    "clock_past": ("past",),
    "clock_word_deictic": ("clock",),
    "clock_word_deictic_part": ("clock",),
    "approx_time_weekday": _APPROX_WORDS,
    "approx_time_date": _APPROX_WORDS,
    "approx_time_day_month": _APPROX_WORDS,
    "the_part": ("morning", "afternoon", "evening"),
    "the_part_spent": ("spent", "throughout"),
    "mid_part": ("mid", "midmorning", "midafternoon", "early", "late"),
    "new_year": ("new",),
    "new_year_ahead": ("new",),
    "weekday_plural": ("days",),
    "holiday": tuple(sorted({name.split()[0] for name in V.HOLIDAY_NAMES})),
    "anniversary": ("anniversary",),
    # quarters, halves, years, centuries
    "quarter": ("quarter",),
    "the_quarter": ("quarter", "period"),
    "latest_quarter": ("quarter",),
    "year_quarter": ("quarter", "period"),
    "q_year": ("q",),
    "q_alone": ("q",),
    "h_year": ("h",),
    "h_alone": ("h",),
    "half": ("half",),
    "q_short": ("q",),
    "month_span_quarter": ("-", "–", "to"),
    "duration_range": tuple("0123456789"),
    "time_weekday_ref": ("previous", "preceding", "following", "next"),
    "date_at_time": (" at ", "\nat ", " at\n", "\tat ", "\xa0at "),
    "unit_long": ("long",),
    "units_long": ("long",),
    "in_the_unit": ("earlier", "later"),
    "rest_of_unit": ("rest",),
    "in_the_season": ("earlier", "later"),
    "overnight_weekday": ("overnight",),
    "weather_season": ("wet", "dry", "hot", "cold", "mild", "harsh", "warm", "cool", "snowy", "rainy", "slow", "busy", "quiet"),
    "two_quarters": ("quarters",),
    "the_year": ("year",),
    "the_year_ended": ("year",),
    "that_year": ("that", "same"),
    "year_earlier": ("year-",),
    "fiscal_year": ("fiscal", "fy", "calendar"),
    "year_bc": ("bc", "b.c"),
    "date_bc": ("bc", "b.c"),
    "month_year_bc": ("bc", "b.c"),
    "season_year_bc": ("bc", "b.c"),
    "year_ad": ("ad", "a.d", "ce", "c.e"),
    "year_short": ("in",),
    "year_range_short": ("-",),
    "day_range_start": ("-", "–", "to", "thr", "til"),
    "quarter_century_ago": ("quarter-c", "quarter c"),
    "half_century_ago": ("half-c", "half c"),
    "units_contrast": ("not",),
    "day_of_month": ("0th", "1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "1th", "2th", "3th"),
    "spelled_year": ("nineteen", "eighteen", "two"),
    "apostrophe_year": ("'", "’"),
    "hundreds": ("00",),
    "decade_short": ("'", "’"),
    "decade_short2": ("0s",),
    "decade_word": ("ties",),
    "century": ("century",),
    "century_bare": ("century",),
    "year_end": ("year",),
    # durations, sets, vague references
    "duration_past": ("last", "past", "previous", "next", "coming", "following"),
    "the_duration": ("the",),
    "duration_past_one": ("last", "past", "previous", "next", "coming", "following"),
    "recent_years": ("recent", "past"),
    "the_fortnight": ("fortnight",),
    "split_year": ("season", "campaign", "school", "academic", "financial", "fiscal", "tax", "budget", "session", "term"),
    "recent_units": ("recent", "past"),
    "coming_units": ("coming", "past", "last", "next", "following", "ensuing", "subsequent", "ahead"),
    "units_after": ("years", "months", "weeks", "days", "hours", "minutes", "decades", "centuries"),
    "units_alone": ("years", "months", "decades", "weeks", "days", "hours"),
    "first_units": ("first", "final"),
    "adverb_set": ("ly",),
    "deep_ago": ("ago", "from"),
    "overnight": ("overnight",),
    "quarter_century": ("quarter",),
    "quarter_of_that_year": ("that", "same"),
    "half_of_that_year": ("that", "same"),
    "season_of_that_year": ("that", "same"),
    "same_period_ago": ("period", "quarter"),
    "ref_season": ("that", "following", "next", "previous", "preceding", "prior", "same"),
    "ref_month": ("that", "following", "next", "previous", "preceding", "prior", "same"),
    "time_next_day": ("following", "next", "previous", "preceding", "prior", "that", "same"),
    "time_that_day": ("following", "next", "previous", "preceding", "prior", "that", "same"),
    "ref_holiday": ("that", "following", "next", "previous", "preceding", "same"),
    "month_of_that_year": ("that", "following", "next", "previous", "preceding", "prior", "same"),
    "half_adjective": ("half",),
    "duration_hundreds": ("hundred", "thousand"),
    "ago_hundreds": ("hundred", "thousand"),
    "month_quarter": ("quarter",),
    "basis_set": ("basis",),
    "present_ref": ("now", "current", "present", "these", "moment"),
    "current": ("current",),
    "past_ref": ("past", "recently", "formerly", "lately", "current"),
    "future_ref": ("future", "term"),
}
RULES = tuple(Rule(**{**rule.__dict__, "needs": NEEDS.get(rule.name, ())}) for rule in RULES)
assert set(NEEDS) <= {rule.name for rule in RULES}, "NEEDS names a rule that does not exist"

# Expressions that only ever continue another: each is tried right where a match of the rule its
# `trigger` names ends, and its `span` group is the expression; or, with no `span` group, where
# that match starts, and the longer expression takes its place. A range of days written as one
# ("Nov. 25-27", "March 3 to 5, 2024") is two dates, as TimeBank tags "1992-94" and HeidelTime
# "November 19-20"; the end takes the month of the start (the normaliser reads it before the
# span) and the year the start was given.
# A length in two units, largest first ("2 hours 40 minutes"), which a third may follow.
_TWO_UNITS = (r"(?:(?P<mod>about|around|nearly|almost|more\s+than|less\s+than|just\s+over|just\s+under)\s+)?"
              r"(?P<n1>%NUM)\s+(?P<u1>years?|months?|weeks?|days?|hours?|minutes?)"
              # ("a" only after "and": "within 30 minutes a second twister hit" is no 30 minutes 1 second)
              r",?\s+(?:and\s+|(?!an?\s))(?P<n2>%NUM)\s+(?P<u2>months?|weeks?|days?|hours?|minutes?|seconds?)")
CONTINUATIONS: tuple[Rule, ...] = (
    R("day_range_end", "DATE", "month_day",
      r"(?:%DAYTO|\s+(?P<and>and|or)\s+)(?P<span>(?P<day>%DAY)(?:,?\s+(?P<year>%YEAR))?)"
      r"(?!\s*(?:[-–/:]\s*\d|\.\d|%|\$)|\s+(?:%COUNTED|%MONTH|percent|per|million|billion|of|a\.m|p\.m|am|pm|o['’]clock)\b)",
      "UNDEF-REFYEAR-same-{month}-{day}", (("The fair ran March 3-[[5, 2024]].", "2024-03-05"),
                                         ("Offices close Dec. 24-[[26]].", "2025-12-26", "future"),
                                         ("The talks run from March 3 to [[5]].", "2025-03-05", "future"),
                                         ("The talks were held on Nov. 25-[[27]].", "2024-11-27"),
                                         ("Polls open on September 14 and [[18, 2010]].", "2010-09-18"))),
    # A length in several units, largest first, read on from where a duration starts: "[[2 hours,
    # 5 minutes, 41 seconds]]", "[[three years and two months]]" (PT2H5M41S, P3Y2M).
    R("duration_compound", "DURATION", "duration",
      _TWO_UNITS + r"(?:,?\s+(?:and\s+)?(?P<n3>%NUM)\s+(?P<u3>days?|hours?|minutes?|seconds?))?",
      "{compound}", (("The course record of [[2 hours, 5 minutes, 41 seconds]] stands.", "PT2H5M41S"),
                     ("He served [[three years and two months]] in prison.", "P3Y2M"),
                     ("a [[1 hour 30 minutes]] flight", "PT1H30M"), ("[[two hours and a minute]]", "PT2H1M"))),
    # ... and in two units where a third does not go on from them ("took [[2 hours 40 minutes]],
    # 20 minutes more than last year").
    R("duration_compound_two", "DURATION", "duration", _TWO_UNITS,
      "{compound}", (("The journey took [[2 hours 40 minutes]], 20 minutes more than last year.", "PT2H40M"),)),
    # So many days of each week: "five days a week", "three nights a week" (TimeML's SET P1W).
    R("days_a_week", "SET", "duration",
      r"(?P<count>%NUM)\s+(?:days|nights|evenings|mornings)\s+(?:a|an|per|each|every)\s+(?P<unit>week|month|year)(?![\w-])",
      "P1{unit}", (("She drives to Newark [[five days a week]].", "P1W"),
                   ("He played [[three nights a week]] at the club.", "P1W"))),
)
CONTINUED = tuple((rule, re.compile(expand(rule.pattern) + r"(?![\w%])", re.IGNORECASE)) for rule in CONTINUATIONS)


def framed(rule: Rule) -> str:
    """A rule's pattern framed so it neither starts nor ends inside a word or number."""
    return r"(?<![\w$£€#@&])(?:" + expand(rule.pattern) + r")(?![\w%])"


# Each rule compiled once, with a look-ahead for its first characters (first_chars.py).
COMPILED = tuple((rule, prefiltered(framed(rule), re.IGNORECASE)) for rule in RULES)
