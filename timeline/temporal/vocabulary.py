"""English temporal vocabulary: words and their normalised values, kept apart from the rules.

Each table maps a lower-cased surface form to its TIMEX3 piece. The grammar turns each table into
a regular-expression alternation (`%name` in a rule) and uses the same table to normalise the match.
"""
from __future__ import annotations

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}

WEEKDAYS = {
    "monday": 1, "mon": 1, "tuesday": 2, "tue": 2, "tues": 2, "wednesday": 3, "wed": 3,
    "thursday": 4, "thu": 4, "thur": 4, "thurs": 4, "friday": 5, "fri": 5, "saturday": 6,
    "sat": 6, "sunday": 7, "sun": 7,
}

SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
# Events a season names as one of its own ("its fall term", "the party's fall campaign"): after a possessive,
# "fall" before one of them is the season, not a drop ("the dollar's fall against the yen"). (A season's
# timetables are this year's: grammar's season_timetable.)
SEASON_EVENTS = ("recess", "election", "elections", "session", "sitting", "offensive", "campaign", "tour", "break",
                 "term", "semester", "budget", "meeting", "summit", "season")

# Parts of the day as TIMEX3 time-of-day codes.
DAY_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
             "midday": "12:00", "noon": "12:00", "midnight": "24:00"}

NUMBERS = {
    "a": 1, "an": 1, "another": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100,
    "a couple of": 2, "a couple": 2, "couple of": 2, "half a": 0.5, "half an": 0.5, "a half": 0.5,
    "a dozen": 12, "dozen": 12, "a few": "X", "few": "X", "several": "X", "many": "X",
    "some": "X", "a number of": "X", "numerous": "X",
}

ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty-second": 22, "twenty-third": 23,
    "twenty-fourth": 24, "twenty-fifth": 25, "twenty-sixth": 26, "twenty-seventh": 27,
    "twenty-eighth": 28, "twenty-ninth": 29, "thirtieth": 30, "thirty-first": 31, "last": -1,
    "final": -1,
}

# Calendar units: the TIMEX3 duration letter and the anchoring granularity.
UNITS = {
    "second": "S", "seconds": "S", "minute": "MI", "minutes": "MI", "hour": "H", "hours": "H",
    "day": "D", "days": "D", "night": "D", "nights": "D", "week": "W", "weeks": "W",
    "weekend": "WE", "weekends": "WE", "month": "M", "months": "M", "quarter": "Q",
    "quarters": "Q", "year": "Y", "years": "Y", "decade": "DE", "decades": "DE",
    "century": "CE", "centuries": "CE", "millennium": "ML", "millennia": "ML",
    "fortnight": "2W", "semester": "6M",
}

# Holidays with a fixed month and day.
HOLIDAYS = {
    "new year's day": "01-01", "new year's eve": "12-31", "christmas": "12-25",
    "christmas day": "12-25", "christmas eve": "12-24", "independence day": "07-04", "fourth of july": "07-04",
    "ides of march": "03-15",
    "valentine's day": "02-14", "halloween": "10-31", "boxing day": "12-26", "groundhog day": "02-02",
    "bastille day": "07-14", "may day": "05-01",
    # of other English-speaking countries
    "canada day": "07-01", "australia day": "01-26", "anzac day": "04-25", "st patrick's day": "03-17",
    "st. patrick's day": "03-17", "saint patrick's day": "03-17", "remembrance day": "11-11",
    "armistice day": "11-11", "veterans day": "11-11", "veterans' day": "11-11", "juneteenth": "06-19",
    "guy fawkes night": "11-05", "bonfire night": "11-05", "waitangi day": "02-06",
    # of the church year, fixed
    "all saints' day": "11-01", "all souls' day": "11-02", "epiphany": "01-06", "candlemas": "02-02",
    "hogmanay": "12-31", "leap day": "02-29",
}

# ... of them, the ones written in lower case: "It's leap day".
LOWER_CASE_HOLIDAYS = {"leap day"}

# Holidays on the n-th weekday of a month: (month, ISO weekday, n, first day it may fall on), n = -1
# for the last. US Election Day is the Tuesday after the first Monday of November: from the 2nd on.
WEEKDAY_HOLIDAYS = {
    "thanksgiving": (11, 4, 4, 1), "thanksgiving day": (11, 4, 4, 1), "election day": (11, 2, 1, 2),
    "memorial day": (5, 1, -1, 1), "labor day": (9, 1, 1, 1), "columbus day": (10, 1, 2, 1),
    "martin luther king day": (1, 1, 3, 1), "martin luther king jr. day": (1, 1, 3, 1),
    "martin luther king jr day": (1, 1, 3, 1), "mlk day": (1, 1, 3, 1), "presidents' day": (2, 1, 3, 1),
    "presidents day": (2, 1, 3, 1), "mother's day": (5, 7, 2, 1), "father's day": (6, 7, 3, 1),
    # the day after Thanksgiving (the 4th Thursday falls on Nov. 22-28), and the Monday after it
    "black friday": (11, 5, 1, 23), "cyber monday": (11, 1, 1, 26),
    # Canada's Victoria Day: the Monday before May 25 (May 18-24); Canadian Thanksgiving is not here
    # (the same name as the American one)
    "victoria day": (5, 1, 1, 18), "labour day": (9, 1, 1, 1),
    # Britain's Remembrance Sunday: the second Sunday of November
    "remembrance sunday": (11, 7, 1, 8),
}
# Holidays that fell on a fixed day before a given year: Memorial Day was May 30 until the
# Uniform Monday Holiday Act of 1968 took effect in 1971 ("Memorial Day 1889" was a Thursday).
FIXED_BEFORE = {"memorial day": (1971, "05-30"), "columbus day": (1971, "10-12")}

# A time zone named in words after a clock time: "local time", "New York time", "Eastern".
ZONE_WORDS = r"(?-i:(?:local|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+[Tt]ime|Eastern|Central|Pacific|Mountain)"

# Holidays as days from Easter Sunday, which the Gregorian computus dates.
EASTER_HOLIDAYS = {"easter": 0, "easter sunday": 0, "easter monday": 1, "easter saturday": -1, "holy saturday": -1,
                   "good friday": -2, "maundy thursday": -3, "holy thursday": -3,
                   "palm sunday": -7, "ash wednesday": -46, "shrove tuesday": -47,
                   "ascension day": 39, "pentecost": 49, "whit sunday": 49, "whitsunday": 49, "whit monday": 50}

# ... and days from the Orthodox churches' Easter, which the Julian computus dates.
ORTHODOX_HOLIDAYS = {"orthodox easter": 0, "orthodox easter sunday": 0, "orthodox easter monday": 1,
                     "orthodox good friday": -2}

# Holidays of the Hebrew calendar and of the new moon, dated by calendars.py: name -> its date's name there.
LUNAR_HOLIDAYS = {
    "rosh hashanah": "rosh_hashanah", "rosh hashana": "rosh_hashanah", "yom kippur": "yom_kippur",
    "passover": "passover", "purim": "purim", "hanukkah": "hanukkah", "chanukah": "hanukkah",
    "chinese new year": "chinese_new_year", "lunar new year": "chinese_new_year",
    "chinese new year's eve": "chinese_new_years_eve", "lunar new year's eve": "chinese_new_years_eve",
    "diwali": "diwali", "deepavali": "diwali",
}

# Every holiday named by its name.
HOLIDAY_NAMES = (*HOLIDAYS, *WEEKDAY_HOLIDAYS, *EASTER_HOLIDAYS, *ORTHODOX_HOLIDAYS, *LUNAR_HOLIDAYS)

# Words that the rules matching no month, weekday, season, unit or digit are built around: a
# rule of the "word" trigger class only runs near one of them (see scan.py).
# "The nineties": the decade's digit within its century.
DECADE_WORDS = {"twenties": "2", "thirties": "3", "forties": "4", "fifties": "5", "sixties": "6",
                "seventies": "7", "eighties": "8", "nineties": "9"}

KEYWORDS = (
    "today", "yesterday", "tomorrow", "tonight", "night", "noon", "midnight", "midday", "morning",
    "afternoon", "evening", "overnight", "midmorning", "midafternoon", "now", "current", "present", "nowadays", "these days",
    "moment", "past", "recent", "formerly", "lately", "future", "near term", "annual", "semiannual", "yearly", "monthly", "fortnightly", "weekly", "daily", "hourly",
    "quarterly", "nightly", "nineteen", "eighteen", "two thousand", "anniversary", *HOLIDAY_NAMES,
    "year-end", "year end", "year's end", "o'clock", *DECADE_WORDS,
)

# Simple pasts that do not end in -ed, for the tense of a clause and for telling a clause that has
# a verb. Forms that are as often nouns or base forms in news ("cost", "read", "ground", "let")
# are left out; "said" and "told" are reporting verbs, handled apart.
PAST_IRREGULAR = (
    "was", "were", "had", "did", "met", "held", "took", "made", "came", "went", "saw", "began",
    "won", "lost", "left", "gave", "became", "fell", "rose", "sent", "spent", "brought", "thought",
    "found", "led", "ran", "paid", "sold", "built", "bought", "wrote", "spoke", "struck", "grew",
    "knew", "got", "put", "hit", "quit", "cut", "beat", "chose", "drew", "flew", "fought", "froze", "hid",
    "kept", "laid", "meant", "overtook", "sat", "shot", "shut", "stood", "stole", "swore", "taught",
    "threw", "understood", "withdrew", "woke", "wore", "arose", "awoke", "blew", "broke", "caught",
    "clung", "crept", "dealt", "dug", "drank", "drove", "ate", "fed", "fled", "flung", "forbade",
    "forgot", "forgave", "heard", "hung", "knelt", "leapt", "lent", "rode", "rang", "sought",
    "shook", "shone", "slept", "slid", "sang", "sank", "sped", "spun", "sprang", "stuck", "stung",
    "strove", "swept", "swam", "swung", "tore", "undertook", "oversaw", "upheld", "withheld",
    "wept", "foresaw", "mistook", "misled", "overcame", "overthrew", "rebuilt", "retook",
    "shrank", "stank", "bore", "bit", "slew", "strode", "felt", "lit", "dwelt", "wove", "wrung",
    "underwent", "cast", "set", "withstood", "outran", "outgrew", "outsold", "overran", "overheard", "overrode",
    "befell", "beheld", "forsook", "burst", "spread", "split", "hurt",
)
