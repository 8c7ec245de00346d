"""Normalisation: a grammar match -> a TIMEX3 value template, still unanchored.

Only what the words themselves say is decided here ("June" is month 06, "last" points back);
which June is left as `UNDEF-...` for `resolve.py`, which knows the DCT, the reference time and
the tense. A normaliser may also reject a match the grammar could not rule out by itself, such as
"may" the verb or a lower-case weekday.
"""
from __future__ import annotations

import calendar
import re

from . import vocabulary as V
from .grammar import Rule, expand
from .resolve import HOLIDAY, holiday
from .values import format_year, interval

# Words after which a bare "May" or "March" is the month, not the verb or the name.
_MONTH_CUES = re.compile(
    r"(?:\b(?:in|of|since|until|till|by|during|from|through|to|before|after|early|late|mid|"
    r"last|next|this|that|each|every|since|between|and|or|on|until|for|"
    r"(?:early|late|recently|soon|back|ago|well|same)\s+as|as\s+of)\s+|mid-"
    r")$", re.IGNORECASE)  # ("as early as May", "as of March")
# ... or a month before it in a list that goes on after it: "stoppages followed in February, March and
# earlier this month" (not "Since July, May has faced a series of rebellions")
# ... and "into", "throughout": the month when "into" is "well into" or the word is "March" ("could last well
# into March"; not "Corbyn tore into May"), and "throughout" not before a possessive ("throughout May's premiership").
_INTO = re.compile(r"\b(?:(?P<well>well\s+)?into|(?P<throughout>throughout))\s+$", re.IGNORECASE)
_POSSESSIVE_AFTER = re.compile(r"['’]s\b")


def _into_the_month(text: str, start: int, end: int, word: str) -> bool:
    """Whether "into" or "throughout" before the word makes it the month (see _INTO)."""
    m = _INTO.search(text, max(0, start - 16), start)
    if m is None:
        return False
    if m.group("throughout"):
        return not _POSSESSIVE_AFTER.match(text, end)
    return bool(m.group("well")) or word.lower() in ("march", "mar")
_MONTH_LISTED = re.compile(r"(?:january|february|april|june|july|august|september|october|november|december),\s+$",
                           re.IGNORECASE)
_LIST_GOES_ON = re.compile(r"\s*,|\s+(?:and|or)\b")
_ABBREVIATIONS = {w for w in V.MONTHS if len(w) <= 4} - {"may", "june", "july"}
# A finite verb right after "May" makes it a person, unless "in", "since" ... make it the month.
_PERSON_VERB = re.compile(r"\s+(?:said|says|told|tells|insisted|[a-z]{3,}ed)\b(?!\s+(?:by|to)\b)")
_MODAL_MAY = re.compile(r"\s+(?:be|have|not|also|well|still|never|soon|already|need|take|face|see|get|come|go|"
                        r"become|help|lead|cause|allow|require|make|include)\b", re.IGNORECASE)
_IN_MONTH = re.compile(r"\b(?:in|of|since|until|till|by|during|from|through|last|next|this|early|late|mid)\s+$",
                       re.IGNORECASE)
_FIRST_NAME = re.compile(r"\s+[A-Z][a-z]")
_FIRST_NAMES = {"april", "may", "june", "july", "august"}
_ARTICLE = re.compile(r"\b(?:the|a|an|its|his|her|their|our|[A-Z][\w.]*['’]s)\s+"
                      r"(?:(?P<adjective>weak|strong|soft|solid|robust|dismal|disappointing|surprising|upbeat|revised|"
                      r"preliminary|final|latest|better|worse)\s+)?$", re.IGNORECASE)
# What a month's figures come in: "a weak May jobs report" (not "the weak May government").
_REPORT_AFTER = re.compile(r"\s+(?:jobs|payrolls?|employment|unemployment|inflation|retail|sales|housing|trade|"
                           r"consumer|producer|factory|manufacturing|CPI|PPI|GDP|data|figures?|numbers?|report|"
                           r"reading|survey|index|exports|imports|output|auction|projections?|forecasts?|estimates?)\b")
_FIGURES_AFTER = re.compile(r"\s+(?:jobs|payrolls?|employment|unemployment|inflation|sales|retail\s+sales|"
                            r"housing\s+starts|(?:producer|consumer)\s+prices|CPI|PPI|figures)\b")  # ("said March sales rose")
_AT_LEAST = re.compile(r"\b(?:until|till|by|through|before|since)\s+at\s+(?:least|the\s+latest|the\s+earliest)\s+$",
                       re.IGNORECASE)  # "to persist until at least May"
_COPULA_AFTER = re.compile(r"\s+(?:was|is|has\s+been|had\s+been|will\s+be)\b")
_NOUN_AFTER = re.compile(r"\s+(?!(?:for|of|on|to|in|at|and|against|from|with)\b)[a-z]")  # not "the March for Life"
_AMBIGUOUS_MONTHS = {"may", "march", "jan", "mar", "dec", "sun", "sat", "wed"}
_UNIT_LETTERS = {"S": "S", "MI": "M", "H": "H"}
_ORDINAL_DIGITS = re.compile(r"(\d+)(?:st|nd|rd|th)$", re.IGNORECASE)
_SETS = {"annually": "P1Y", "yearly": "P1Y", "monthly": "P1M", "weekly": "P1W", "daily": "P1D",
         "hourly": "PT1H", "half-hourly": "PT30M", "quarterly": "P3M", "fortnightly": "P2W", "nightly": "P1D", "annual": "P1Y", "semiannually": "P6M",
         "semi-annually": "P6M"}
_MOD_WORDS = {"early": "START", "mid": "MID", "mid-": "MID", "late": "END", "beginning": "START",
              "start": "START", "middle": "MID", "end": "END", "about": "APPROX",
              "around": "APPROX", "roughly": "APPROX", "approximately": "APPROX", "some": "APPROX", "nearly": "LESS_THAN",
              "almost": "LESS_THAN", "less": "LESS_THAN", "fewer": "LESS_THAN", "only": "", "more": "MORE_THAN",
              "over": "MORE_THAN", "just": "MORE_THAN", "at": "EQUAL_OR_MORE", "up": "EQUAL_OR_LESS"}


class Reject(Exception):
    """The match is not a time expression after all."""


_SCALES = {"hundred": 100, "thousand": 1000}


def number(word: str) -> str:
    """"three" -> "3", "1.5" -> "1.5", "several" -> "X", "twenty-five" -> "25", "a hundred and six" -> "106"."""
    word = re.sub(r"\s+", " ", word.lower().strip())
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", word):
        word = word.replace(",", "")  # "80,000"
    if re.fullmatch(r"\d+\s+1/2", word):
        return word.split()[0] + ".5"
    if re.fullmatch(r"\d+(?:\.\d+)?", word):
        return str(int(float(word))) if float(word).is_integer() else word
    if word in V.NUMBERS:
        value = V.NUMBERS[word]
        return "X" if value == "X" else (str(value) if value != 0.5 else "0.5")
    hundreds, joined, rest = word.partition(" and ")
    if joined and rest and hundreds.endswith(("hundred", "thousand")):  # "a hundred and forty-six"
        left, right = number(hundreds), number(rest)
        return "X" if "X" in (left, right) else str(int(float(left)) + int(float(right)))
    count, _, scale = word.rpartition(" ") if " " in word else word.rpartition("-")
    if scale in _SCALES and count:
        n = number(count)
        return "X" if n == "X" else str(int(float(n) * _SCALES[scale]))
    parts = re.split(r"[- ]", word)
    if len(parts) == 2 and all(p in V.NUMBERS for p in parts):
        return str(V.NUMBERS[parts[0]] + V.NUMBERS[parts[1]])
    raise Reject(word)


def ordinal(word: str) -> int:
    word = word.lower().rstrip(".")
    if word.isdigit():
        return int(word)
    m = _ORDINAL_DIGITS.match(word)
    if m:
        return int(m.group(1))
    if word in V.ORDINALS:
        return V.ORDINALS[word]
    raise Reject(word)


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _year(text: str, dct_year: int | None) -> str:
    """"1998", "'98" (the century closest to the DCT), "nineteen ninety-eight"."""
    if text[:1].isalpha():
        return _spelled_year(text)
    digits = text.strip("'’")
    if len(digits) == 4:
        return digits
    if len(digits) == 3:  # "Christmas Day 800"
        return format_year(int(digits))
    yy = int(digits)
    pivot = (dct_year or 2000) % 100 + 10
    century = ((dct_year or 2000) // 100) * 100
    return format_year(century + yy if yy <= pivot else century - 100 + yy)


def _spelled_year(text: str) -> str:
    words = [w for w in re.split(r"[\s-]+", text.lower()) if w not in ("and", "hundred")]
    if words[:2] == ["two", "thousand"]:
        return f"{2000 + sum(V.NUMBERS[w] for w in words[2:]):04d}"
    return f"{V.NUMBERS[words[0]] * 100 + sum(V.NUMBERS[w] for w in words[1:]):04d}"


# A half of a unit, in the next smaller one: "2 1/2 years" is P2Y6M.
_HALVES = {"Y": ("M", 6), "M": ("D", 15), "D": ("TH", 12), "H": ("M", 30), "MI": ("S", 30)}


def _duration(num: str, unit: str) -> str:
    code = V.UNITS[unit.lower()]
    if num.endswith(".5") and code in _HALVES:
        whole = _duration(num[:-2], unit) if num[:-2] not in ("", "0") else ("PT" if code in _UNIT_LETTERS else "P")
        smaller, amount = _HALVES[code]
        if smaller.startswith("T"):
            return f"{whole}T{amount}{smaller[1:]}"
        return f"{whole}{amount}{smaller}"
    if code in _UNIT_LETTERS:
        return f"PT{num}{_UNIT_LETTERS[code]}"
    if code == "WE":
        return f"P{num}WE" if num == "X" else f"P{int(float(num)) * 2}D"
    if code == "DE":
        return "PXY" if num == "X" else f"P{_scale(num, 10)}Y"
    if code == "CE":
        return "PXY" if num == "X" else f"P{_scale(num, 100)}Y"
    if code == "ML":
        return "PXY" if num == "X" else f"P{_scale(num, 1000)}Y"
    if code == "2W":
        return "PXW" if num == "X" else f"P{_scale(num, 2)}W"
    if code == "6M":
        return "PXM" if num == "X" else f"P{_scale(num, 6)}M"
    return f"P{num}{code}"


_COMPOUND_ORDER = ("Y", "M", "W", "D", "H", "MI", "S")


def _compound(g: dict, words: str) -> str:
    """"2 hours, 5 minutes, 41 seconds" -> PT2H5M41S: whole numbers of units, largest first."""
    parts = [(number(g[f"n{i}"]), V.UNITS[g[f"u{i}"].lower()]) for i in (1, 2, 3) if f"n{i}" in g]
    ranks = [_COMPOUND_ORDER.index(code) for _, code in parts]
    if ranks != sorted(set(ranks)) or not all(n.isdigit() for n, _ in parts):
        raise Reject(words)  # ("5 minutes, 2 hours": a list, not one length)
    if any(code == "W" for _, code in parts) and any(code == "D" for _, code in parts):
        days = sum(int(n) * (7 if code == "W" else 1) for n, code in parts if code in ("W", "D"))
        parts = [(n, code) for n, code in parts if code not in ("W", "D")] + [(str(days), "D")]
        parts.sort(key=lambda p: _COMPOUND_ORDER.index(p[1]))  # (ISO 8601 counts no weeks beside days)
    date = "".join(f"{n}{code}" for n, code in parts if code not in _UNIT_LETTERS)
    time = "".join(f"{n}{_UNIT_LETTERS[code]}" for n, code in parts if code in _UNIT_LETTERS)
    return "P" + date + ("T" + time if time else "")


def _scale(num: str, factor: int) -> str:
    value = float(num) * factor
    return str(int(value)) if value.is_integer() else str(value)


def _unit_name(unit: str) -> str:
    """Calendar granularity for anchoring: "years" -> "year", "fortnight" -> "week"."""
    code = V.UNITS[unit.lower()]
    return {"S": "minute", "MI": "minute", "H": "hour", "D": "day", "W": "week", "2W": "week",
            "WE": "weekend", "M": "month", "6M": "month", "Q": "quarter", "Y": "year",
            "DE": "decade", "CE": "century", "ML": "century"}[code]


def _time(g: dict) -> str:
    if g.get("hour24") is not None and g.get("part24"):  # "5:40 in the afternoon": as "5:40 Thursday afternoon"
        g = {**g, "hour24": None, "hourp": g["hour24"], "minutep": g["minute24"], "parth": g["part24"]}
    if g.get("hour24") is not None:
        return f"{int(g['hour24']):02d}:{g['minute24']}"
    if g.get("hourw") is not None:
        return f"{int(g['hourw']):02d}:{g['minutew']}"
    if g.get("hourc") is not None or g.get("hourb") is not None or g.get("hourp") is not None:
        # "10 o'clock", "at 4 in the morning", "9:30 Thursday night"
        hour = int(number(g.get("hourc") or g.get("hourb") or g["hourp"]))  # (or in words: "six o'clock")
        part = (g.get("ocpart") or g.get("ocpart2") or g.get("parth") or g.get("reld") or g.get("rel") or "").lower().split()
        tonight = bool(part) and part[-1] == "tonight"
        part = part[-1].replace("tonight", "night") if part else ""
        if (part in ("afternoon", "evening") or (part == "night" and hour >= (5 if tonight else 6))) and hour < 12:
            hour += 12  # ("five o'clock tonight" is 17:00; "5 at night" may be before dawn)
        elif part == "night" and hour == 12 and not g.get("minutep"):
            hour = 24  # "twelve o'clock tonight": the midnight that ends the day (not "12:30 ... night")
        elif part in ("morning", "night") and hour == 12:
            hour = 0
        minute = g.get("minutep") or "00"
        if g.get("pastmin"):  # "half past seven", "a quarter past six"
            minutes = {"half": 30, "quarter": 15}.get(g["pastmin"].lower().split()[-1]) or int(number(g["pastmin"]))
            minute = f"{minutes:02d}"
            hour %= 24  # ("half past twelve at night" is 00:30, not 24:30)
        return f"{hour:02d}:{minute}"
    hour = int(g["hour"])
    minute = g.get("minute") or "00"
    pm = g["ampm"].lower().startswith("p")
    if hour > 12:
        raise Reject(g["hour"])
    if pm and hour < 12:
        hour += 12
    if not pm and hour == 12:
        hour = 0
    return f"{hour:02d}:{minute}"


def _mod(g: dict) -> str:
    if "bound" in g:  # "1994 or later"
        return "ON_OR_BEFORE" if re.search(r"earlier|before", g["bound"], re.IGNORECASE) else "ON_OR_AFTER"
    word = (g.get("mod") or g.get("mod2") or "").lower().split()
    if word[:1] == ["no"] and word[1:2] in (["more"], ["less"]):  # "no more than a year": at most
        return "EQUAL_OR_LESS" if word[1] == "more" else "EQUAL_OR_MORE"
    for w in word:
        w = w.strip("-")
        if w in _MOD_WORDS and w not in ("the", "of"):
            return _MOD_WORDS[w]
    return ""


def _direction(word: str | None) -> str:
    """How to choose among the candidate dates: by tense, or forced by "last"/"next"/"this"."""
    if not word:
        return "tense"
    word = word.lower().split()[-1]
    return {"last": "past", "past": "past", "previous": "past", "next": "future",
            "coming": "future", "this": "this", "the": "tense"}.get(word, "tense")


_UNKNOWN = {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX"}


def _sign(word: str) -> str:
    word = word.lower()
    if word in ("later", "after", "afterward", "afterwards", "next", "coming", "upcoming",
                "following", "now", "today"):  # "two years from now"
        return "PLUS"
    return "MINUS"


_UNITS_AFTER = re.compile(r"\b(for|in|within|be|been|is|are|was|were|spen[dt]|spends|spending|wait|waits|waited|waiting|took|take|takes|taking|"
                          r"after|had|has|have|(?<=if\s)not|"  # ("after weeks in which shells fell", "They had months to",
                          # "weeks, if not months")
                          r"(?:(?<=to\s)|(?<=could\s)|(?<=would\s)|(?<=will\s)|(?<=may\s)|(?<=might\s)|(?<=can\s)|"
                          r"(?<=should\s)|(?<=must\s)|(?<=not\s)|(?<=n't\s))last|lasts|lasted|lasting)"
                          r"(?:\s+(?:us|them|him|her|me|you|it))?\s$",
                          re.IGNORECASE)


_GAME = re.compile(r"\b(?:scored|scoring|goals?|tries|try|touchdowns?|half-?time|kick-?off|penalty|penalties|"
                   r"minutes?\s+(?:left|remaining|to\s+play)|\d+(?:st|nd|rd|th)\s+minute|whistle|striker|"
                   r"quarterback|innings|sin-binned|points?\s+in\s+the|header|equali[sz](?:er|ed)|"
                   r"on\s+the\s+pitch|substitute|came\s+off\s+the\s+bench|(?:high|late|dangerous|illegal)\s+tackle|"
                   r"sin\s+bin|\d{1,2}:\d\d\s+(?:left|remaining|to\s+play|in\s+the\s+(?:first|second)\s+half)"
                   r"|\d-\d{1,2}\s+to\s+\d-\d{1,2}"  # (a hurling or Gaelic football score: "1-8 to 0-9")
                   r"|play(?:s|ed|ing)?\s+like|(?:four|five|six|seven|eight|nine|ten|\d+)\s+games)\b",  # ("If we play like we
                   re.IGNORECASE)  # did in the second half, we can win all six", of "five weeks and six games")
# ... and for a quarter, only words of play no business story has ("penalty" and "points" it has,
# "tackle" as a verb, "a 5-4 win for activists").
_QUARTER_OF_PLAY = re.compile(r"\b(?:touchdowns?|quarterback|interceptions?|field\s+goals?|\d+-yard|end\s+zone|"
                              r"\d{1,3}-\d{1,3}\s+(?:win|loss|victory|defeat|rout)\s+(?:over|against|to|at)\b|"
                              r"(?:lost|won|beat|trailed|led)\s+\d{1,2}-\d{1,2}\s+(?:to|against|over|at)\b|"
                              r"\d{1,2}:\d\d\s+(?:left|remaining|to\s+play)\b)",
                              re.IGNORECASE)
_SPORT = re.compile(r"\b(?:scor(?:ed|es|ing)|goals?|games?|matches|league|club|coach|manager|players?|team|squad|"
                    r"championship|playoffs?|title|fixtures?|crowds?|fans|wickets|innings|tournament|cup|signed|transfer|"
                    r"points)\b", re.IGNORECASE)
_TITLE_CLOCK = re.compile(r"O['’]Clock")
_GAME_CLOCK = re.compile(r"\s+(?:(?:(?:of|into)|(?:left|remaining|to\s+play|gone)\s+in)\s+(?:the\s+)?"
                         r"(?:first|second|third|fourth|fifth|final|opening|\d+(?:st|nd|rd|th))?\s*"
                         r"|in\s+(?:the\s+)?(?:first|second|third|fourth|fifth|final|opening|\d+(?:st|nd|rd|th))\s+)"
                         r"(?:period|half(?![\s-]*hour)|quarter|overtime|extra\s+time|inning)\b", re.IGNORECASE)
# ... a title when a name goes on after it ("Twelve O'Clock High"), not a headline's time ("Polls
# Close at Eight O'Clock Tonight").
_TITLE_WORD_AFTER = re.compile(r"\s+(?!(?:Tonight|Today|Tomorrow|Yesterday|Sharp|In|On|At|This|Last|Next|Each|Every|"
                               r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b)[A-Z]")
_HEAT = re.compile(r"\b(?:temperatures?|degrees|highs?|lows?|fahrenheit|celsius|heat\s+index|thermometers?|"
                   r"mercury|forecasters?)\b|°", re.IGNORECASE)
_THAN = re.compile(r"\s+than\b", re.IGNORECASE)
_FOR_BEFORE = re.compile(r"\bfor\s+(?:(?:about|almost|nearly|more\s+than|over|some|roughly|at\s+least)\s+)?$", re.IGNORECASE)


# An amount right before "a year": a rate, which TimeBank leaves untagged ("$1.76 a year", "200 miles an hour").
# Things counted, right before a rate's "a year": "120,000 visitors", "five or six tropical cyclones".
_COUNTED_BEFORE = re.compile(r"(?<![$£€¥\d,.])\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                             r"fifteen|twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|million|millions|"
                             r"billion|dozen|dozens|several)(?:\s+(?:or|to)\s+\S+)?(?:\s+(?!(?:a|an|the|of|for|in|per)\b)"
                             r"[\w-]+){0,2}?\s+(?!(?:is|was|has|its|this|takes|lasts|runs|costs|requires|needs|means|seems|remains|gets|makes|"
                             r"spends|earns|pays|grows|rises|falls|loses|gains|works|stays|cents|"
                             r"dollars|pounds|euros|percent|points)\b)(?:[a-z]+s|people|children|men|women)\s+$",
                             re.IGNORECASE)
_PLURAL_END = ("s ", "people ", "children ", "men ", "women ")


def _counted_before(text: str, start: int) -> bool:
    """Whether things counted stand right before `start` (a plural noun first, as most words
    before a rate are none: the pattern is tried only then), or of something ("600,000 tonnes
    of pulp a year")."""
    of = _OF_THING.search(text, max(0, start - 24), start)
    at = of.start() + 1 if of else start
    return text.endswith(_PLURAL_END, max(0, at - 9), at) and \
        _COUNTED_BEFORE.search(text, max(0, at - 60), at) is not None


_OF_THING = re.compile(r"\s+of\s+[a-z][\w-]*\s+$")


_AMOUNT_BEFORE = re.compile(r"(?:\d(?:[\d,.]*\d)?(?:%|bn|m|k)?|million|billion|trillion|percent|per\s+cent|points|cents|dollars|pounds|euros|"
                            r"yen|pence|crore|lakh|(?:million|billion|trillion|bn)\s+of\s+[a-z][\w-]*|"
                            r"miles|kilometers|kilometres|km|feet|meters|metres|knots)\s+$",
                            re.IGNORECASE)


_ONE_BEFORE = re.compile(r"(?:\bone|(?:^|[.!?\n]\s*|[\"“])One)\s+$")  # (not "Game One Sunday")
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?:\n])\s*[\"“‘'(]*$")
_MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_FULL_DATE = re.compile(r"\d{4}-\d\d-\d\d")
# "That Christmas, ..." opening a sentence, "on that Christmas", or "that Christmas." ending a clause.
# What may follow "that weekend" as a date, not as a modifier: a clause's end, a name, a number,
# a pronoun or an article ("That weekend, 9,000 people fled", "that weekend they married").
_WEEKEND_ALONE = re.compile(r"\s*[,.;:!?)\"”]|\s+(?:[A-Z\d]|(?:the|a|an|he|she|they|we|it|I|you|his|her|their|about|"
                            r"more|some|many|most|all|police|officials)\b)|\s*$")
_PARTICIPLE_AFTER = re.compile(r"\s+[a-z]{2,}ing\b")
_THAT_AS_DATE = re.compile(r"(?:^|[.!?\n]\s*[\"“]?|[,;]\s*|\b(?:on|of|in|by|until|since|before|after|during|over|around|through|for)\s+)$",
                           re.IGNORECASE)
_CLAUSE_END = re.compile(r"\s*(?:[,.;:!?)]|$)")
_ORDINAL_THINGS = re.compile(r"\b(?:holes?|bogey|birdie|eagle|par|greens?|tee|fairway|innings?|laps?|floors?|"
                             r"storey|story|stories|rounds?|places?|minutes?|streets?|avenues?|district|precinct|"
                             r"grade|amendment|century|centuries|time|times|anniversary|birthday|percentile)\b",
                             re.IGNORECASE)
_DAY_PREPOSITION = re.compile(r"\b(?:on|by|until|before|after|since|from|till|through)\s+$", re.IGNORECASE)
# The start of a range of days whose end names no month: "Dec. [[24-]]26".
_RANGE_START = re.compile(expand(r"(?P<month>%MONTH)%MSP(?P<day>%DAY)(?:%DAYTO|\s+(?:and|or)\s+)$"), re.IGNORECASE)
_CLAUSE_GOES_ON = re.compile(r",?\s+(?:in|at|on|and|when|while|with|for|as|but|before|after)\b", re.IGNORECASE)
_YEAR_OR_STOP = re.compile(r",?\s+\d{4}\b|\s*(?:[.,;:)]|$)")
_UNION_LOCAL = re.compile(r"\bLocal\s+$")
_ORDINAL_USE = re.compile(r",?\s+(?!(?:later|earlier|ago|after|before|or|and|to|of|in|for|longer)\b)[a-z]")
_BY_A_FRACTION = re.compile(r"\b(?:by|than|to)\s+(?:(?:nearly|about|almost|roughly|more\s+than|less\s+than|over|"
                            r"just\s+over|just\s+under|around)\s+)?$", re.IGNORECASE)


def normalise(rule: Rule, groups: dict, text: str, start: int, end: int,
              dct_year: int | None) -> tuple[str, str]:
    """(value template, mod) of text[start:end], matched by `rule` with `groups`.

    Raises Reject when the match is not temporal after all.
    """
    if _title_inside_sentence(text, start, end):
        raise Reject(text[start:end])
    if rule.name == "weekday" and start and text[start - 1] in "\"“'‘" and _NAME_IN_QUOTES.match(text, end):
        raise Reject(text[start:end])  # a nickname: the "Sunday Bandit" (not "'Sunday,' he said")
    g = {k: v for k, v in groups.items() if v is not None}
    if rule.name in ("ref_season", "ref_month") and g.get("refrel", "").lower() == "that" \
            and _SAID_THAT.search(text, max(0, start - 24), start):
        raise Reject(text[start:end])  # "that" opens what was said: "projected that summer sea ice would not disappear"
    if rule.name == "duration" and g.get("num", "").lower() in ("a", "an") and _LONG_END.search(text, start, end):
        raise Reject(text[start:end])  # "a weeklong break": the length without its article (rule unit_long)
    if rule.type == "DURATION" and g.get("unit", "a")[0].isupper():
        counted = _DIGIT.search(text, start, end) or _NUMBER_BEFORE.search(text, max(0, start - 12), start)
        at = counted.start() if counted else start if g.get("num", "a")[0].isupper() else None  # ("the Ninth Five-Year Plan")
        if at is not None and _title_inside_sentence(text, at, end, lone=True):
            raise Reject(text[start:end])  # a title: CBS's "60 Minutes", "the 24 Hours of Le Mans"
            # (not "An Hour-Long Special", nor a headline)
    if rule.name == "year" and _UNION_LOCAL.search(text, max(0, start - 8), start):
        raise Reject(text[start:end])  # "Members of Local 1241": a union branch's number (not "the local 1998 vote")
    if g.get("unit", "").lower() == "second" and text[start:end].lower().split()[0] in ("a", "one") \
            and _ORDINAL_USE.match(text, end):
        raise Reject(text[start:end])  # "building a second, larger lander", "a second term": the ordinal
    if g.get("unit", "").lower() == "quarter" and _BY_A_FRACTION.search(text, max(0, start - 24), start):
        raise Reject(text[start:end])  # "the population fell by nearly a quarter": a share, not a time
    fields: dict[str, str] = {}
    template = rule.value
    if (rule.name == "ago" and g["dir"].lower().startswith("from") or rule.name == "weekday_week" and "weekdayb" in g) \
            and _FOR_BEFORE.search(text, max(0, start - 30), start):
        raise Reject(text[start:end])  # "will run for a week from Saturday": how long, and from when
    if rule.name in ("relative_ref", "approx_relative_ref") \
            and (_FOR_BEFORE.search(text, max(0, start - 30), start) or _THAN.match(text, end)):
        raise Reject(text[start:end])  # "for almost a year afterward", "two weeks earlier than": how long

    if (rule.name == "half" and _GAME.search(text, max(0, start - 160), min(len(text), end + 160))) \
            or (rule.name == "quarter" and _QUARTER_OF_PLAY.search(text, max(0, start - 160), min(len(text), end + 160))):
        raise Reject(text[start:end])  # a game's half: "scored twice in the first half", "hurt in the
        # third quarter of last week's 17-7 win"

    if rule.name in ("decade_short", "decade_short2", "decade_word") \
            and _HEAT.search(text, max(0, start - 80), min(len(text), end + 40)):
        raise Reject(text[start:end])  # a temperature: "highs will climb into the 90s"

    if rule.name == "split_year" and int(g["split"][1:]) != (int(g["year"]) + 1) % 100:
        raise Reject(text[start:end])  # "2023/11" is no season's name

    if rule.name == "units_after":  # "for years", "within weeks"; not "the years that followed"
        before = _UNITS_AFTER.search(text, max(0, start - 16), start)
        word = before.group(1).lower() if before else ""
        if not before or (word == "in" and g["unit"] in ("days", "hours", "minutes")
                          and not text.endswith("time in ", max(0, start - 8), start)) \
                or (word == "in" and text.startswith(" that", end)):
            raise Reject(text[start:end])  # "in days" is rarely a stretch of time, "in years that" a set

    first = g["num"] if rule.name == "duration" else text[start:end].split(None, 1)[0] if rule.name == "every_unit" else ""
    if first.lower() in ("a", "an", "per") and _AMOUNT_BEFORE.search(text, max(0, start - 30), start):
        raise Reject(text[start:end])  # a rate: "$500 million a year", "358,000 a month" (not "N2,500 every day")
    if rule.name == "duration" and g.get("num", "").lower() in ("a", "an") and not g.get("mod") \
            and _counted_before(text, start):
        raise Reject(text[start:end])  # a rate of things counted, a set (every_unit): "120,000 visitors a year"
    if rule.name == "every_unit" and g.get("eachone") is None and text[start:end].split(None, 1)[0].lower() == "a" \
            and not _counted_before(text, start):
        raise Reject(text[start:end])  # "a year" alone is a length ("for a year"), not a rate
    if rule.name == "duration" and g.get("num", "").lower() in ("a", "an") and g.get("unit", "").lower().endswith("s"):
        raise Reject(text[start:end])  # "a months-long fight": the article is the fight's

    if rule.name in ("noon", "adverb_set") and text[start].isupper() and not text[start:end].isupper() \
            and not _OPENS_SENTENCE.search(text, max(0, start - 6), start):
        raise Reject(text[start:end])  # a name: 'His first album, "Midnight on Vine Street,"', "High Noon", "the People's Daily"
    if rule.name.startswith("clock_word") and _TITLE_CLOCK.search(text, start, end) and not text[start:end].isupper() \
            and _TITLE_WORD_AFTER.match(text, end):
        raise Reject(text[start:end])  # a title: "Twelve O'Clock High", "The Six O'Clock Show"
    if rule.name in ("clock_time", "approx_clock_time") and _GAME_CLOCK.match(text, end) and not g.get("ampm"):
        raise Reject(text[start:end])  # a game's clock: "scored at 8:14 of the second overtime", "with 2:30 left in the half"
    if rule.name == "sport_season" and not _SPORT.search(text, max(0, start - 300), min(len(text), end + 300)):
        raise Reject(text[start:end])  # "The show's next season starts in May"
    if rule.name == "ref_weekend" and g["refrel"].lower() == "that" and not _WEEKEND_ALONE.match(text, end):
        raise Reject(text[start:end])  # "He said that weekend trading volumes were thin": "weekend" modifies a noun
    if (rule.name == "that_weekday" or rule.name in ("ref_holiday", "ref_weekend") and g["refrel"].lower() == "that") \
            and not _THAT_AS_DATE.search(text, max(0, start - 12), start) \
            and not _CLAUSE_END.match(text, end) and not _PARTICIPLE_AFTER.match(text, end):
        raise Reject(text[start:end])  # "Now that Christmas is over", "wrote that Easter was early": a conjunction
        # (not before a participle, which no clause after "that" could begin with: "a special that
        # Christmas bringing the saga to a close")
    if rule.name == "day_of_month" and (not _DAY_PREPOSITION.search(text, max(0, start - 8), start)
                                        or _ORDINAL_THINGS.search(text, max(0, start - 120), min(len(text), end + 40))):
        # "the 11th Circuit", "the 3rd time": no day without "on", "by", ...; nor where holes,
        # floors, laps or innings are counted: "a bogey on the 17th", "on the 2nd and 3rd floors"
        raise Reject(text[start:end])
    if rule.name == "day_range_end":
        first = _RANGE_START.search(text, max(0, start - 40), start)
        worded = first is not None and (g.get("and") or not any(dash in first.group() for dash in "-–"))
        if not first or ordinal(first.group("day")) >= ordinal(g["day"]) \
                or (worded and not (_YEAR_OR_STOP.match(text, end) or _CLAUSE_GOES_ON.match(text, end))):
            raise Reject(text[start:end])  # no month before it, or no range: "Jan. 3-1" is a score,
            # "on March 3 and 5 others", "on Jan. 5 to 20 customers" a count
        g["month"] = first.group("month")
        if "year" in g:
            template = "{year}-{month}-{day}"
    if rule.name in ("duration_compound", "duration_compound_two"):
        fields["compound"] = _compound(g, text[start:end])
    if "monthw" in g:
        g["month"], g["day"] = g.pop("monthw"), g.pop("dayw")
        if "yearw" in g:
            g["year"] = g.pop("yearw")
    if "monthb" in g:  # the other order of the same date: "March 15, 44 BC"
        g["month"], g["day"] = g.pop("monthb"), g.pop("dayb")
    if "month" in g:
        word = g["month"].rstrip(".")
        if word.isdigit():
            fields["month"] = f"{int(word):02d}"
        else:
            if not _capitalised(word) or (word.isupper() and len(word) > 3 and not text[start:end].isupper()):
                raise Reject(word)
            if rule.name == "month" and word.lower() in _AMBIGUOUS_MONTHS and not g.get("mod") and not g.get("dir"):
                if not _MONTH_CUES.search(text[max(0, start - 12):start]) \
                        and not (_MONTH_LISTED.search(text, max(0, start - 12), start) and _LIST_GOES_ON.match(text, end)) \
                        and not _into_the_month(text, start, end, word) \
                        and not _AT_LEAST.search(text, max(0, start - 24), start) \
                        and not ((a := _ARTICLE.search(text[max(0, start - 24):start])) and _NOUN_AFTER.match(text, end)
                                 and (not a.group("adjective") or _REPORT_AFTER.match(text, end))) \
                        and not (word.lower() == "march" and _COPULA_AFTER.match(text, end)) \
                        and not _FIGURES_AFTER.match(text, end):  # (the word is capitalised: checked above)
                    raise Reject(word)  # (but "the May jobs report", "a weak May jobs report": a month
                    # before its noun; "March was bad": the verb has no "was" after it)
            fields["month"] = f"{V.MONTHS[word.lower()]:02d}"
        bare = not (g.get("mod") or g.get("dir"))
        if rule.name == "month" and bare and word.lower() == "may" and _MODAL_MAY.match(text, end):
            raise Reject(word)  # "AND MAY BE IMPOSSIBLE" in a bulletin written in capitals: the modal
        if rule.name == "month" and bare and word.lower() == "may" and _PERSON_VERB.match(text, end) \
                and not _IN_MONTH.search(text[max(0, start - 12):start]):
            raise Reject(word)  # "five weeks after May pulled an earlier vote": Theresa May
        if rule.name == "month" and bare and start > 1 and _previous_word_is_name(text, start):
            raise Reject(word)
        if rule.name == "month" and _FIRST_NAME.match(text, end) and word.lower() in _ABBREVIATIONS:
            raise Reject(word)  # "Jan Kavan": an abbreviation wants its full stop, a name does not
        if rule.name == "month" and bare and word.lower() in _FIRST_NAMES and _FIRST_NAME.match(text, end) \
                and not _MONTH_CUES.search(text[max(0, start - 12):start]) \
                and not _ARTICLE.search(text[max(0, start - 6):start]):
            raise Reject(word)  # "April Ryan asked": a first name before a surname (not "the June Summit")
    if rule.name == "month_quarter":
        fields["ord"] = str((int(fields["month"]) - 1) // 3 + 1)
    if rule.name == "month_span_quarter":  # three months of one calendar quarter, or no quarter at all
        first, last = int(fields["month"]), V.MONTHS.get(g["month2"].rstrip(".").lower())
        if last != first + 2 or first % 3 != 1:
            raise Reject(g["month2"])
        fields["ord"] = str(last // 3)
    if "ordb" in g:  # "Q1'24"
        g["ord"], g["year2"] = g.pop("ordb"), g.pop("year2b")
    if "unitb" in g:
        g["unit"] = g.pop("unitb")
    if "unitc" in g:
        g["unit"] = g.pop("unitc")
    if "weekdayb" in g:
        g["weekday"] = g.pop("weekdayb")
    if "weekday" in g:
        word = g["weekday"]
        if not _capitalised(word):
            raise Reject(word)
        fields["weekday"] = str(V.WEEKDAYS[word.lower()])
        if rule.name == "weekday" and not g.get("dir") and _ONE_BEFORE.search(text, max(0, start - 8), start):
            template = "XXXX-WXX-{weekday}"  # "One Sunday she sat us all down": some Sunday
    if "refrel" in g:
        word = g["refrel"].split()[-1].lower()
        fields["refrel"] = ("same" if word in ("that", "same")
                            else "prev" if word in ("previous", "preceding", "prior") else "next")
    if "refdir" in g:
        fields["refdir"] = "before" if g["refdir"].lower() in ("previous", "preceding") else "after"
    if "day" in g:
        fields["day"] = f"{ordinal(g['day']):02d}"
    if "edge" in g:  # "the last day of February 2024"
        first = g["edge"].lower() == "first"
        if "month" in fields:
            month = int(fields["month"])
            year = int(g["year"]) if "year" in g else 2001  # (a year unknown: February's 28th)
            fields["day"] = "01" if first else f"{calendar.monthrange(year, month)[1]:02d}"
        else:
            fields["md"] = "01-01" if first else "12-31"
    if "wom" in g:  # "the first week of March": the ISO week of its middle day
        n = ordinal(g["wom"])
        fields["day"] = f"{_MONTH_DAYS[int(fields['month']) - 1] - 3 if n == -1 else 7 * n - 3:02d}"
    for key in ("year", "yearb", "yearc", "yeard", "year2"):
        if key in g:
            fields["year"] = _year(g[key], dct_year)
    if "bcyear" in g:
        fields["bcyear"] = f"BC{int(g['bcyear']):04d}"
        if int(g["bcyear"]) == 0:
            raise Reject(g["bcyear"])
    if "adyear" in g or "adyear2" in g:
        fields["adyear"] = f"{int(g.get('adyear') or g['adyear2']):04d}"
    if "short" in g:
        # "1992-94": the second year of a range takes the century of the first.
        first = text[max(0, start - 5):start - 1]
        if not re.fullmatch(r"(?:1\d|20|21)\d\d", first[-4:]):
            raise Reject(g["short"])
        fields["short"] = first[-4:-2] + g["short"]
    if "decade" in g:
        fields["decade"] = g["decade"][:3]
    if "hundreds" in g:
        fields["hundreds"] = g["hundreds"]
    if "decade2" in g:
        fields["decade2"] = g["decade2"][0]
    if "decadew" in g:
        fields["decade2"] = V.DECADE_WORDS[g["decadew"].lower()]
    if "cent" in g:
        fields["cent"] = ("BC" if "bc" in g else "") + f"{ordinal(g['cent']) - 1:02d}"  # the 5th century BC: BC04
    if "season" in g:
        if rule.name in ("bare_season", "weather_season") and g["season"][0].isupper() and start > 1 \
                and _previous_word_is_name(text, start):
            raise Reject(g["season"])  # a name: "Donna Summer will be inducted", "the Arab Spring will be undone"
        fields["season"] = V.SEASONS[g["season"].lower()]
    if "part" in g:
        fields["part"] = V.DAY_PARTS[g["part"].lower()]
    if any(k in g for k in ("hour", "hour24", "hourw", "hourc", "hourb", "hourp")):
        fields["time"] = _time(g)
    if "ord" in g:
        n = ordinal(g["ord"])
        fields["ord"] = str(4 if n == -1 and "Q" in template else 2 if n == -1 else n)
    if "num" in g:
        fields["num"] = number(g["num"])
        if g.get("half") and rule.type == "DATE" and fields["num"] != "X":
            fields["num"] += ".5"  # "two and a half years ago"
        if fields["num"] != "X":
            fields["months"] = f"{float(fields['num']) * 12:g}"  # "ten years ago this month": 120 months back
    if "named" in g:
        if dct_year is not None and dct_year <= 2001:  # (in 2001 the month and day read alone give it anyway)
            raise Reject(g["named"])  # (before it happened, another September 11)
        fields["named"] = "2001-09-11"
    if "holiday" in g:
        name = re.sub(r"\s+", " ", g["holiday"].lower()).replace("’", "'")
        if not _capitalised(g["holiday"]) and name not in V.LOWER_CASE_HOLIDAYS:
            raise Reject(name)  # "may day", "election day" in another country (not "leap day")
        if name in V.LOWER_CASE_HOLIDAYS and (_ANY_ONE_BEFORE.search(text, max(0, start - 8), start)
                                               or _NOUN_AFTER.match(text, end)):
            raise Reject(name)  # any one: "babies born on a leap day", "leap day birthdays"
        if name in V.HOLIDAYS:
            month_day = V.HOLIDAYS[name]
        elif "year" in fields:
            month_day = holiday(name, int(fields["year"]))
        else:
            month_day = HOLIDAY + name.replace(" ", "_")
        direction = ({"this": "y0", "last": "y-1", "next": "y+1"}[g["thisyear"].lower()] if "thisyear" in g
                     else _direction(g.get("dir")))  # "Christmas Day last year" is in last year
        fields["holiday"] = (f"{fields['year']}-{month_day}" if "year" in fields
                             else f"UNDEF-year-{direction}-{month_day}")
        fields["hrest"] = month_day  # "that Christmas": of the year told
        if rule.name == "holiday" and "year" not in fields and "thisyear" not in g and not g.get("dir") \
                and _ONE_BEFORE.search(text, max(0, start - 8), start):
            fields["holiday"] = "XXXX-XX-XX" if month_day.startswith(HOLIDAY) else f"XXXX-{month_day}"  # "One Christmas, ..."
    if "wdnth" in g:  # "the last Saturday in March": a day that moves like a holiday
        n = ordinal(g["wdnth"])
        name = f"nth {fields['month']} {fields['weekday']} {'last' if n == -1 else n}"
        if n > 5 or (n == 5 and "year" not in fields):
            raise Reject(text[start:end])  # (a fifth one is in some months only)
        if "year" in fields and not holiday(name, int(fields["year"])).startswith(fields["month"]):
            raise Reject(text[start:end])  # no fifth Monday that month
        fields["nthday"] = (f"{fields['year']}-{holiday(name, int(fields['year']))}" if "year" in fields
                            else f"UNDEF-year-tense-{HOLIDAY}{name.replace(' ', '_')}")
    if "holiday" in g or "hpart" in g:
        fields["hpart"] = "T" + V.DAY_PARTS[g["hpart"].lower()] if "hpart" in g else ""  # "Thanksgiving night"
    if "everyholiday" in g:  # "every Christmas"; a moving holiday has no fixed day
        fields["hmd"] = V.HOLIDAYS.get(re.sub(r"\s+", " ", g["everyholiday"].lower()).replace("’", "'"), "XX-XX")
    if "dayrel" in g:  # "the day before Tuesday"
        fields["dayshift"] = "D-1" if g["dayrel"].lower() == "before" else "D+1"
    if "adv" in g:
        fields["adv"] = _SETS[g["adv"].lower()]
    if "event" in g:
        fields["event"] = g["event"].lower()
    if "reld" in g:  # "9:30 last night", "10:15 this morning"
        fields["rel"] = "-MINUS-1" if g["reld"].lower().startswith(("last", "yesterday")) else ""
    if "rel" in g:
        fields["rel"] = {"this": "", "today": "", "tonight": "", "yesterday": "-MINUS-1", "tomorrow": "-PLUS-1"}[g["rel"].lower()]

    if "unit" in g:
        if rule.type in ("DURATION", "SET") and "{unit}" in template:
            num = "2" if "alternate" in g else fields.get("num", "1")  # "every other week"
            if template.startswith("PX"):
                num = "X"
            elif "num2" in g:
                num = number(g["num2"])
            if "half" in g or "halfb" in g:
                num = f"{num}.5"
            template = _duration(num, g["unit"])
        else:
            fields["unit"] = _unit_name(g["unit"])
            fields["unknown"] = _UNKNOWN.get(fields["unit"], "XXXX")  # "the day after" an undated event
            fields["duration"] = _duration(fields.get("num", "1"), g["unit"])
            if V.UNITS[g["unit"].lower()] == "2W" and fields.get("num", "X") != "X":
                fields["num"] = _scale(fields["num"], 2)  # "a fortnight ago" is two weeks back
    fields["dir"] = _direction(g.get("dir"))
    if (g.get("dir") or "").lower() == "the" and "weekday" in g:
        fields["dir"] = "same"  # "at 12.07am on the Sunday": the story's Sunday, as "that Sunday"
    if rule.name == "weekday" and (g.get("dir") or "").lower() == "next":
        fields["dir"] = "next"  # "next Wednesday" told on a Tuesday: not tomorrow (see resolve._weekday)
    this_year = g.get("thisyear") or g.get("thisyearb")
    if this_year:
        fields["dir"] = {"this": "y0", "the": "y0", "last": "y-1", "next": "y+1"}[this_year.split()[0].lower()]
    fields["ago"] = "-MINUS-1" if "ago" in g else ""
    if "dir" in g:
        fields["sign"] = _sign(g["dir"].split()[-1])
    if "year" in fields:
        template = template.replace("UNDEF-year-{dir}-", "{year}-")
    if "month" in fields and "day" in fields and int(fields["day"]) > _MONTH_DAYS[int(fields["month"]) - 1]:
        raise Reject(text[start:end])  # no such day in any year: "Feb. 30", "Nov. 28-31"
    value = template.format(**fields) if "{" in template else template
    if _FULL_DATE.match(value) and interval(value[:10]) is None:
        raise Reject(text[start:end])  # no such day: "Feb. 30, 2024", "Nov. 28-31"
    return value, rule.mod or _mod(g)


_WORDS = re.compile(r"[^\W\d_]+")
_PROPER = {*V.MONTHS, *V.WEEKDAYS,  # (the words as _WORDS reads them: "saints" of "All Saints' Day")
           *(w for h in V.HOLIDAY_NAMES for w in _WORDS.findall(h))}
_DIGIT = re.compile(r"\d")
_NUMBER_BEFORE = re.compile(r"\d+\s+$")
_LONG_END = re.compile(r"(?<!\s)long$", re.IGNORECASE)
_SAID_THAT = re.compile(r"\b(?:said|says|say|projected|projects|predicted|predicts|warned|warns|"
                        r"believed?|believes|expected|expects|suggested|suggests|argued|argues|noted|notes|estimated|"
                        r"concluded|concludes|thinks?|thought|knew|knows)\s+$", re.IGNORECASE)
_NAME_IN_QUOTES = re.compile(r"\s+(?-i:[A-Z][a-z]+)[\"”'’]")
_OPENING_ARTICLE = re.compile(r"(?:^|[.!?:\n]\s*)(?:A|An|The)$")


_ANY_ONE_BEFORE = re.compile(r"\b(?:a|every|each|any)\s+$", re.IGNORECASE)


def _title_inside_sentence(text: str, start: int, end: int, lone: bool = False) -> bool:
    """"This Week with Ivo Daalder" is a name: common words in Title Case that do not open a
    sentence ("Every Friday, ..." may; all-capital headlines are no titles). With `lone`, so is
    one such word after a number: "60 Minutes", "the 24 Hours of Le Mans"."""
    words = _WORDS.findall(text, start, end)
    if not lone and (len(words) < 2 or _DIGIT.search(text, start, end)):
        return False  # (with a number it is a date in a headline: "Reports Third-Quarter 2005 Results")
    if not words or not all(w[0].isupper() for w in words) \
            or not any(not w.isupper() and w.lower() not in _PROPER for w in words[0 if lone else 1:]):
        return False
    before = text[max(0, start - 20):start].rstrip(" \t\"'“‘«")
    if _OPENING_ARTICLE.search(before):
        return False  # an article opens the sentence: "An Hour-Long Special airs tonight"
    return bool(before) and before[-1].isalnum() and not _headline(text, start)


# (Not what an apostrophe leaves, the "s" of "China's": a headline with a possessive would then
# let "CBS's 60 Minutes Wins Another Emmy" through as a length.)
_SMALL_WORDS = {"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "by", "with", "as", "from", "vs"}


def _headline(text: str, at: int) -> bool:
    """Whether `at` lies in a line set in Title Case, a headline ("Harlan Industries Net Rose 18%
    in Third Quarter"), where every word is capitalised and none is a name for it."""
    lo = text.rfind("\n", max(0, at - 161), at)
    hi = text.find("\n", at, at + 161)
    if (lo < 0 and at > 161) or (hi < 0 and len(text) - at > 161):
        return False  # (a line longer than a headline; looked for near `at` only, so linear)
    line = text[lo + 1:hi if hi >= 0 else len(text)].strip()
    if len(line) > 160 or line.endswith((".", ",")):
        return False
    words = [w for w in _WORDS.findall(line) if w.lower() not in _SMALL_WORDS]
    return len(words) >= 4 and all(w[0].isupper() for w in words)


def _previous_word_is_name(text: str, start: int) -> bool:
    """"Theresa May", "Operation June": a capitalised word right before a bare month is a name."""
    if _HONORIFIC.search(text, max(0, start - 8), start):
        return True  # "Mr. March was not available for comment"
    m = re.search(r"([A-Z][a-z]+)(['’]s)?\s+$", text[max(0, start - 30):start])
    if m and m.group(2):  # a possessive is a month's owner ("Germany's March exports"), but the
        return m.group(1) in ("Women", "Woman")  # Women's March is a name
    return bool(m) and m.group(1).lower() not in _FUNCTION_WORDS


_HONORIFIC = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof|Rev)\.?\s+$")
_FUNCTION_WORDS = {"in", "since", "by", "until", "from", "during", "on", "last", "next", "this",
                   "early", "late", "mid", "before", "after", "through", "till", "that", "each",
                   "every", "the", "a", "an", "of", "and", "or", "but", "for", "at", "to", "as",
                   "its", "their", "his", "her", "our", "whose", "between", "starting", "ending",
                   "late", "around", "about"}
