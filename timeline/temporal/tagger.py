"""`tag()`: find the time expressions of a text and give each its TIMEX3 type and value.

Three steps, kept apart as in HeidelTime: recognition (every grammar rule run over the text near
its trigger words, see scan.py; overlaps settled longest-first), normalisation (words -> value
templates) and anchoring (templates -> values against the DCT, the last mentioned date or the
last mentioned quarter, in text order).
"""
from __future__ import annotations

import bisect
import dataclasses
import datetime as _dt
import re

from ..model import Timex
from .mentions import event_nouns
from .grammar import CONTINUED, expand
from .normalise import Reject, normalise
from .resolve import DEICTIC, GOVERNED_PAST, HOLIDAY, NO_TENSE_AHEAD_DAYS, PERFECT, REPORTED, Anchor, format_unit, in_year, resolve, shift
from .scan import matches
from .tense import SINCE_BEFORE, clause_tense, past_perfect_before, past_verb_before, sentence_bounds, tense
from .values import civil_from_days, days_from_civil, interval
from .vocabulary import DAY_PARTS, WEEKDAYS, ZONE_WORDS

DOC_TYPES = ("auto", "news", "narrative")
_DCT_RELATIVE = re.compile(r"UNDEF-(?:this|weekday|weekend-(?!ref)|year-(?:past|future|y0|y-1|y\+1)-)")
_EVENT_RELATIVE = ("UNDEF-EVENT", "UNDEF-ANNIV")
_ANAPHORIC = "UNDEF-REFUNIT"
# "The end of the month", "the year" are written in histories and news alike: in a clause told in
# the past after a date of the same paragraph, they are that date's. (Dates in either order,
# eras and centuries are a history's absolute dates, for telling a history from news.)
_ANAPHORIC_RULES = {"end_of_unit", "the_year"}
_ABSOLUTE_RULES = {"year", "month_year", "month_day_year", "day_month_year", "decade", "year_bc", "year_ad", "century",
                   "date_bc", "month_year_bc", "season_year_bc"}
# Counted forward from a date ("two years later"), or a season of the year told ("that summer"):
# never from the moment of writing.
_LATER = re.compile(r"UNDEF-REF-[a-z]+-PLUS-|UNDEF-REFYEAR-")
# ... and "two days earlier" a day gone by told paragraphs back: "By the morning of Aug. 29, floodwater
# had reached the hospital. [...] The decision to stay had been made two days earlier"
_EARLIER = re.compile(r"UNDEF-REF-[a-z]+-MINUS-")
# "N years later" with nothing told before it: now is the later time (an anniversary's).
_LATER_BY = re.compile(r"(UNDEF-REF-(?:year|decade|century))-PLUS-[\d.]+$")
# ... and "that day", "that night", "later that month": the day or week told, paragraphs back ("the
# afternoon of Oct. 11, 1997 ... [new paragraph] had thrown 14 passes in college before that day")
_THAT_UNIT = re.compile(r"UNDEF-REF-(?:day|week|month)(?:T[A-Z]{2})?$")
_THAT_RULES = ("that_unit", "that_part")  # (not "later in the week", "the rest of the day": the DCT's in news)
# "The following Tuesday", "the previous Friday": counted from the day told.
_WEEKDAY_FROM_DAY = re.compile(r"UNDEF-weekday-(?:before|after)-")
_SAME_WEEKDAY = "UNDEF-weekday-same-"
# ("On the afternoon of December 19, Powell raised rates ... two more increases for 2019. ... Five days
# later": from the day told, not from the year told after it)
_DAYS_LATER = re.compile(r"UNDEF-REF-day-(?:PLUS|MINUS)-")
_COMPARED_WITH = re.compile(r"\b(?:followed|after|from|than|compared\s+with|compared\s+to|versus|vs\.?|over)\s+(?:[\w'’.,%$£€-]+\s+){0,5}?"
                            r"(?:in|during|for)?\s*(?:the\s+)?$", re.IGNORECASE)
# A look back from the day told, which the story does not move on from: "On Monday, Feb. 11, the clerk
# noticed that the previous Friday's deposit was missing. [...] Two days later" (Feb. 13).
_LOOKS_BACK = re.compile(r"UNDEF-weekday-before-|UNDEF-REF-day-MINUS-1T")
_FRONTED = re.compile(r"[\s\"“‘'(]*(?:(?:on|in|at|by|during|late|early)\s+)?", re.IGNORECASE)
# A day told only as what the news is compared with: "the 554-point fall of Oct. 27, 1997".
_COMPARED_DAY = re.compile(r"\b(?:of|since|than)\s+$", re.IGNORECASE)


def _parse_dct(dct) -> Anchor | None:
    if dct is None or dct == "":
        return None
    if isinstance(dct, _dt.datetime):
        dct = dct.date()
    if isinstance(dct, _dt.date):
        return Anchor(days_from_civil(dct.year, dct.month, dct.day), "day")
    anchor = Anchor.from_value(str(dct).strip()[:10]) or Anchor.from_value(str(dct).strip())
    if anchor is None:
        raise ValueError(f"not a date: {dct!r}")
    return anchor


def recognise(text: str, dct_year: int | None = None) -> list[tuple[int, int, str, str, str, str]]:
    """Non-overlapping (start, end, rule, type, template, mod), in text order: longest first, then
    by rule order; a match is normalised only once nothing chosen overlaps it (many matches lose
    to a longer one, and need no template)."""
    candidates = sorted(matches(text), key=lambda c: (c[2] - c[3], c[0], c[2]))
    # The characters already taken by a chosen expression: an overlap test that stays linear
    # when longer and shorter expressions alternate (a sorted list with inserts in its middle
    # made 10 MB of "Open daily from 10 a.m." quadratic).
    taken = bytearray(len(text))
    chosen: list[tuple] = []
    for priority, rule, start, end, match in candidates:
        if taken.find(1, start, end) >= 0:
            continue
        if text.find("\n\n", start, end) >= 0:
            continue  # no expression runs across a paragraph (a shorter one inside it may be chosen)
        try:
            template, mod = normalise(rule, match.groupdict(), text, start, end, dct_year)
        except (Reject, KeyError, ValueError):
            continue  # (a shorter match inside it may still be chosen)
        taken[start:end] = b"\x01" * (end - start)
        chosen.append((start, end, rule, template, mod))
    chosen.sort(key=lambda c: c[0])
    return [(s, e, rule.name, rule.type, template, mod) for s, e, rule, template, mod in _continue(text, chosen, dct_year)]


# The end of a stretch of months: "between January and [April]", "the 12 months to [March]".
_PERIOD_ENDING = re.compile(expand(r"(?:\b(?:between|from)\s+(?:%MONTH)\.?\s+(?:and|to|through|thru|until)|"
                                   r"\b(?:\d{1,2}|three|six|nine|twelve)\s+months\s+(?:to|ended|ending|through|"
                                   r"that\s+ended(?:\s+(?:in|on))?))\s+$"), re.IGNORECASE)
# A change up to the moment of writing, measured from a time "ago".
_PERFECT_SINCE = re.compile(r"\b(?:has|have)\s+(?:\w+ly\s+)?(?:fallen|risen|climbed|dropped|gained|lost|slipped|"
                            r"declined|jumped|soared|tumbled|slumped|rallied|surged|grown|shrunk|doubled|halved)\b",
                            re.IGNORECASE)


def _day_before_dct(out: list[Timex], i: int, dct_day: int, since: int) -> Timex | None:
    """The last day told before the DCT's before out[i], ending after `since`."""
    for j in range(i - 1, -1, -1):
        o = out[j]
        if o.end <= since:
            return None
        if o.type in ("DATE", "TIME") and _DAY.match(o.value[:10]) and interval(o.value[:10]).start < dct_day:
            return o
    return None


def _continue(text: str, chosen: list[tuple], dct_year: int | None) -> list[tuple]:
    """`chosen` (in text order) with what continues a chosen expression (grammar.CONTINUATIONS):
    an expression after it, its `span` group ("Nov. 25-[[27]]"), or, with no such group, a
    longer one from its start ("[[2 hours, 5 minutes, 41 seconds]]") in its place. What a
    continuation holds gives way to it ("2024" of "5, 2024"). One pass: a text of many ranges
    must not shift the list for each."""
    out: list[tuple] = []
    i = 0
    while i < len(chosen):
        start, end, rule = chosen[i][:3]
        added = None
        for after, regex in CONTINUED:
            if after.trigger != rule.name:
                continue
            extends = "span" not in regex.groupindex
            m = regex.match(text, start if extends else end)
            if not m or m.end() <= end:
                continue
            inside = i + 1
            while inside < len(chosen) and chosen[inside][1] <= m.end():
                inside += 1
            if inside < len(chosen) and chosen[inside][0] < m.end():
                continue
            span_start = start if extends else m.start("span")
            try:
                template, mod = normalise(after, m.groupdict(), text, span_start, m.end(), dct_year)
            except (Reject, KeyError, ValueError):
                continue
            added = (extends, inside, (span_start, m.end(), after, template, mod))
            break
        if added is None:
            out.append(chosen[i])
            i += 1
            continue
        extends, inside, item = added
        if not extends:
            out.append(chosen[i])
        out.append(item)
        i = inside
    return out


def _day_told_in_paragraph(text: str, found, k: int) -> bool:
    """Whether a day (a date with its day of the month, or a weekday) is told before found[k]
    in its paragraph."""
    start = found[k][0]
    for f in reversed(found[max(0, k - 6):k]):
        if text.find("\n\n", f[1], start) >= 0:
            return False
        if _DAY_TEMPLATE.search(f[4]):
            return True
    return False


_DAY_TEMPLATE = re.compile(r"\d\d-\d\d(?:T|$)|-weekday-")


def _for_this_weekend(text: str, found, i: int, dct: Anchor | None) -> bool:
    """Told from a Friday to a Sunday, "for the weekend" is this one, whatever the tense: "Senate
    Democrats have left town for the weekend", "traders already gone for the long weekend" (not
    after a day told in its sentence: "reported missing on Sunday after his family went camping
    for the weekend"). So, looking ahead, is "for the weekend" from a Thursday ("had scheduled extra
    clinics for the weekend"), "through the weekend" from a Friday ("were willing to keep
    negotiating through the weekend") and "before the weekend" from a Monday to a Friday ("a
    resolution was unlikely before the weekend"); not what was done then ("Stores were closed for
    the weekend", "Crews worked through the weekend", "struck just before the weekend")."""
    start, end = found[i][:2]
    m = _WEEKEND_PREPOSITION.search(text, max(0, start - 12), start)
    if dct is None or dct.precision != "day" or m is None:
        return False
    weekday, word = (dct.day + 3) % 7, m.group(1).lower()  # (Monday 0)
    left = sentence_bounds(text, start, end)[0]
    if not (word == "for" and weekday >= 4) and not (
            weekday in _WEEKEND_AHEAD_DAYS[word] and _LOOKING_AHEAD.search(text, max(left, start - 60), m.start())):
        return False
    return not any(_DAY_TEMPLATE.search(f[4]) and f[0] >= left for f in found[max(0, i - 4):i])


_WEEKEND_PREPOSITION = re.compile(r"\b(for|through|throughout|before)\s+$", re.IGNORECASE)
# the days of the week (Monday 0) from which each, with a word that looks ahead, is the weekend to come
_WEEKEND_AHEAD_DAYS = {"for": (3,), "through": (4, 5, 6), "throughout": (4, 5, 6), "before": (0, 1, 2, 3, 4)}
_LOOKING_AHEAD = re.compile(r"\b(?:(?:un)?likely|expected|scheduled|planned|willing|hopes?|hoped|plans?|due|would|will|"
                            r"could|might|ready|prepared|intends?|keep|continue)\b|['’]ll\b", re.IGNORECASE)


def detect_doc_type(found, dct: Anchor | None, text: str = "") -> str:
    """Narrative when the text is full of absolute dates and none is told from the DCT, or one
    ("Today, the brooch is in the museum") among five or more absolute dates: wire news with a
    weekday and three background dates stays news. Clock times do not count, nor does a part of
    the day alone after a day told in its paragraph ("On Friday, May 31 ... Workers spent the
    morning"): both are of the day told. ("Shares fell in the morning" is today's.)
    A date without its year that something "will" happen on is told from the DCT too: a history
    looks ahead only from its own past ("would be home by Christmas"), a feature from today ("The
    pool will open on Saturday 7 March")."""
    if dct is None:
        return "narrative"
    relative = sum(1 for k, f in enumerate(found) if _DCT_RELATIVE.match(f[4]) and f[2] not in _ANAPHORIC_RULES
                   and f[2] not in _CLOCK_RULES  # (a clock time is of the day told, in a history as in news)
                   and not (f[2] in _PART_ALONE_RULES and _day_told_in_paragraph(text, found, k)))
    absolute = sum(1 for f in found if f[2] in _ABSOLUTE_RULES)
    if absolute < 3 or relative > NARRATIVE_RELATIVE:
        return "news"
    if text:
        relative += sum(1 for f in found if f[4].startswith("UNDEF-year-")
                        and _WILL.search(text, sentence_bounds(text, f[0], f[1])[0], f[0]))
    few_relative = relative == 0 or (relative <= NARRATIVE_RELATIVE and absolute >= NARRATIVE_ABSOLUTE)
    return "narrative" if few_relative else "news"


# A quarter or half whose results are told of: "fourth-quarter results", "first-half profit",
# "GDP data for the fourth quarter".
# "This month" and "the end of this month" count from the DCT, not from a date told.
_DEICTIC_WORD = re.compile(r"\b(?:this|the\s+current)\b", re.IGNORECASE)
# "will meet again in two weeks", "would be redeemed in five years" (not "not going to solve
# everything in one day", "its first show in five years").
# "the biggest in two years", "its highest in 40 years": a length back to a record, no date ahead.
_SUPERLATIVE_IN = re.compile(r"\b(?:[a-z]{2,}est|most|least|first|best|worst|only)\s+(?:[\w'’-]+\s+){0,3}in\s$", re.IGNORECASE)
_NOT = re.compile(r"\bnot\b|n['’]t\b|\bnever\b", re.IGNORECASE)
_IN_AHEAD = re.compile(r"\b(?:will|would|shall|'ll|to)\s+(?!not\b)(?:[a-z]+\s+){1,3}in\s$", re.IGNORECASE)
_WHOLE_UNITS = re.compile(r"P(\d+)([DWMY])$")


def _ahead_by(duration: str, anchor: Anchor) -> str | None:
    """The date a whole number of days, weeks, months or years after the DCT, at that unit's
    precision ("in two weeks" from a Wednesday of week 29: 2020-W31); None for other lengths."""
    m = _WHOLE_UNITS.match(duration)
    if m is None:
        return None
    unit = {"D": "day", "W": "week", "M": "month", "Y": "year"}[m[2]]
    if int(m[1]) > _AHEAD_MAX[unit]:
        return None  # ("in 100000 years" is no date anyone plans for)
    return format_unit(shift(anchor.day, unit, int(m[1])), unit)


_AHEAD_MAX = {"day": 3650, "week": 520, "month": 1200, "year": 1000}


# The templates whose value depends on the tense (resolve.py), and the rules whose date told
# before them counts only in the past (the anaphoric ones, clock times).
_FROM_EVENT = ("UNDEF-EVENT", "UNDEF-ANNIV")
_APPOSITION = re.compile(r",\s*")
_ON_AFTER = re.compile(r"\s+on\s+")
_TENSED = re.compile(r"UNDEF-(?:year-|weekday-|weekend-|REFYEAR-|WEEKOF-|WEEKENDOF-|newyear|dom-)")
_PERIOD = re.compile(r"UNDEF-year-tense-(?:[QH]\d|\d\d)$")  # (and a month: "the index for June is due out Thursday")
_POSTED = re.compile(expand(r"\b(?<!\bto\s)(?:reported|posted|recorded|booked)\s+(?:[\w$.,%-]+\s+){0,4}?(?:%RESULTS)\s+(?:in|for)\s+$"),
                     re.IGNORECASE)
_RESULTS_BEFORE = re.compile(expand(r"\b(?:%RESULTS|data|statistics|index|report|reading|survey)\s+for\s+$"), re.IGNORECASE)
_RESULTS_AFTER = re.compile(expand(r"(?:\s+(?:net|operating|pretax|pre-tax|core|wholesale|retail|factory|industrial|consumer|economic))?\s+(?:%RESULTS)\b"), re.IGNORECASE)


PARTS_REFRESHES = 8  # how often a text's parts of the day may be found again in the recount pass
_WEEK_OF_TEMPLATE = re.compile(r"UNDEF-WEEK(?:END)?OF-")
# What a month's figures are of, right after it ("March unemployment", "October producer prices"),
# in a report's (not a forecast's: "expects October sales to be strong" is October ahead).
_REPORT_ON = re.compile(r"\b(?:reports?|data|figures|numbers|release|reading|estimates?|survey)\s+(?:on|of|for)\s+$", re.IGNORECASE)
_FIGURES_OF = re.compile(r"\s+(?:jobs|payrolls?|employment|unemployment|inflation|sales|retail\s+sales|housing\s+starts|"
                         r"(?:producer|consumer|import|export)\s+prices|CPI|PPI|data|figures|numbers|output|exports|imports)\b")
_WILL = re.compile(r"\b(?:will|(?:is|are)\s+due\s+to|plans?\s+to)\b", re.IGNORECASE)


NARRATIVE_RELATIVE = 1  # dates told from the DCT a history may have: "Today, the museum ..." ...
NARRATIVE_ABSOLUTE = 5  # ... when it tells this many absolute dates (wire news tells three or four)


def tag(text: str, dct=None, doc_type: str = "auto") -> list[Timex]:
    """Time expressions of `text` with TIMEX3 values anchored to `dct` (a date or ISO string).

    `doc_type` is "news" (anchor to the DCT), "narrative" (anchor to the last mentioned date) or
    "auto" (decide from the text). Never raises on any string.
    """
    if not isinstance(text, str):
        raise TypeError("tag() takes a str")
    if doc_type not in DOC_TYPES:
        raise ValueError(f"doc_type must be one of {', '.join(DOC_TYPES)}")
    anchor = _parse_dct(dct)
    dct_year = civil_from_days(anchor.day)[0] if anchor else None
    found = recognise(text, dct_year)
    if doc_type == "auto":
        doc_type = detect_doc_type(found, anchor, text)
    narrative = doc_type == "narrative"
    ref, ref_start, ref_end, quarter, told, told_year, fine, decade = None, 0, 0, None, None, None, None, None
    # (A clock time alone is the reference of "two hours later", but its day is found only after
    # this pass: "two days later" after it is counted again from its day then.)
    clock_ref, clock_at, recount = False, 0, []
    told_day = None  # the last day or week told, as `told` is the last date told
    report_back = None  # (the story's day told before, the report's day, where the report's sentence ends)
    days = _DaysTold(anchor.day if anchor is not None else None)  # every day told (gone by or ahead)
    years_told: dict[int, None] = {}  # the years of the absolute dates told, the latest last
    coarse = None  # (value, end) of the last decade or century told: no Anchor holds one
    # (The dates of event nouns are looked for only in a text that counts from one: "a year after
    # the invasion", "the third anniversary of the war".)
    uses_events = any(f[4].startswith(_FROM_EVENT) for f in found)
    events = _dated_events(text, found) if uses_events else {}
    out = []
    days_told: dict[str, str] = {}  # the year given to each day of the month first told with no year
    history = None  # in news, (last date, its end, dates told) of a history it retells (see _in_history)
    untensed = []  # (index, value a year on) of dates taken as past for want of a tense cue
    # (where the lines break: whether one lies between the last date and this one is asked for
    # each expression, and slicing from a first date long before made that quadratic)
    breaks = [m.start() for m in _NEWLINE.finditer(text)] if not narrative else []
    for i, (start, end, rule, type_, template, mod) in enumerate(found):
        if not narrative and bisect.bisect_left(breaks, ref_end) < bisect.bisect_left(breaks, start):
            # in news, "a week before" leans on a date of the same paragraph only ...
            kept = told_year if told_year is not None and told_year[0].precision == "day" \
                and start - told_year[1] <= TOLD_DAY_REACH else None  # (... but "On Feb. 21" after a story's
            # "On the morning of Monday, Feb. 11, 2008" of the paragraph before is 2008's: see _in_told_year)
            ref = told_year = fine = decade = coarse = None
            told_year = kept
        if report_back is not None and start >= report_back[2]:
            if told is report_back[1]:
                told = report_back[0]
            if ref is report_back[1]:
                ref = report_back[0]
            report_back = None
        if template == "UNDEF-weekend-tense" and not narrative and _for_this_weekend(text, found, i, anchor):
            template = "UNDEF-weekend-this"
        from_told = ref is None and (template.startswith(_ANAPHORIC) or _LATER.match(template)
                                     or template.startswith("UNDEF-weekend-ref")
                                     or (rule in _THAT_RULES and _THAT_UNIT.match(template) is not None
                                         # (of a day or week told only: "trades made that day" is no year's)
                                         and told is not None and told.precision in ("day", "week"))
                                     or (_EARLIER.match(template) and told is not None and told.precision == "day"
                                         and anchor is not None and told.day < anchor.day
                                         # (not a comparison: "down from 3.9% a year earlier")
                                         and not _COMPARED_WITH.search(text, max(0, start - 40), start)))
        if from_told:
            ref = told  # ... but "the following month", "two years later", "that weekend" follow a date told of
        elif ref is None and template.startswith(_SAME_WEEKDAY) and days.last is not None:
            ref = days.last  # ... and "that Friday", "on the Wednesday morning" the last day told
        if template.startswith(_SAME_WEEKDAY) and ref is not None and ref.precision == "day":
            # ... or the day of that name told in the days just before it: "On Saturday 8 January ... Four
            # days later he was gone. 'We'd had the best day in the club's history on the Saturday'"
            wd = (int(template[len(_SAME_WEEKDAY)]) + 3) % 7  # (ISO weekday -> day number mod 7)
            ref = days.in_days_before(ref.day, wd) or ref
        if _WEEKDAY_FROM_DAY.match(template) and (ref is None or ref.precision != "day") \
                and told_day is not None and told_day.precision == "day":
            ref = told_day  # ... and "the following Tuesday" the day told of: "at 1am on Sunday, March 13
            # [...] since April. [...] Ashby was arrested the following Tuesday"
        kind = "absolute" if not template.startswith("UNDEF") else (
            "reference" if narrative or (template.startswith("UNDEF-REF") and ref)
            or template.startswith(_EVENT_RELATIVE) else "dct")
        # (The tense is read only where something uses it: "last year" and "two weeks ago" are
        # what they are in any tense, and reading it is a fifth of the tagger's time.)
        needs_tense = kind != "absolute" and (narrative or rule in _TENSE_RULES or _TENSED.match(template) is not None)
        verb_tense, governed = clause_tense(text, start, end) if needs_tense else ("", False)
        if rule == "month" and verb_tense != "past" and _FIGURES_OF.match(text, end) \
                and _REPORT_ON.search(text, max(0, start - 24), start):
            verb_tense = "past"  # a month's figures are out once it is (nearly) over: "the government's report on
            # March unemployment, due out Friday" (in April), "Thursday's report on October producer prices"
        if template.startswith(_SAME_WEEKDAY) and rule != "that_weekday" and verb_tense == "future":
            # "He will appear before magistrates on the Monday": the Monday ahead, not the story's
            template = "UNDEF-weekday-future-" + template[len(_SAME_WEEKDAY):]
        if governed:
            verb_tense = GOVERNED_PAST
        elif verb_tense == "future" and _PERIOD.match(template) and _POSTED.search(text, max(0, start - 60), start):
            verb_tense = "past"  # "reported a loss in the first quarter and ... may scale back": results posted
        elif verb_tense == "future" and _PERIOD.match(template) and (
                _RESULTS_AFTER.match(text, end) or _RESULTS_BEFORE.search(text, max(0, start - 40), start)):
            verb_tense = REPORTED
        base = anchor
        # In a sentence that tells an older date in full, its year is the story's whatever the
        # tense: "On Oct. 17, 2008, managers said the mill would close by the end of the year."
        story = told_year is not None and told_year[1] >= sentence_bounds(text, start, end)[0]
        # "... open on Saturday 7 March, with free entry until the end of the month": the month
        # of the day just told, in its sentence, whatever the tense.
        story = story or (template == "UNDEF-this-month" and ref is not None and ref.precision == "day"
                          and ref_end >= sentence_bounds(text, start, end)[0])
        if rule in _ANAPHORIC_RULES and ref is not None and (verb_tense in ("past", GOVERNED_PAST) or story) \
                and not _DEICTIC_WORD.search(text, start, end) \
                and not (anchor is not None and not story and ref.day > anchor.day):
            # (not a date ahead for a past: "Crude for February delivery rose ... up 40 percent since
            # the start of the year" is this year's start, not next year's)
            base = ref  # "The floods began on March 14 ... By the end of the month, damage had reached ..."
            if anchor is not None and _COARSER.get(template) and ref.precision in _COARSER[template]:
                told_at = interval(format_unit(ref.day, ref.precision))
                if told_at is not None and told_at.start <= anchor.day < told_at.end:
                    base = anchor  # ("up 40% so far this year and 12% since the start of the month": this month)
                elif not narrative and template == "UNDEF-this-week":
                    base = anchor  # (in news, no week of a year told: "signed Medicare into law in 1965, and
                    # promised to send Congress his own plan by the end of the week" is this week's end)
        used = ref
        # (a day before or after a month is of the day last told, even paragraphs back: "parade ...
        # at 8:45 a.m. Thanksgiving Day. [...] Preparations began in January. The balloons will
        # be inflated the day before")
        day_told = told_day if from_told or _SHIFTED_DAYS.match(template) else fine
        if day_told is not None and ref is not None and _BY_DAYS.match(template) and ref.precision not in ("day", "week") \
                and (ref.day <= day_told.day or (template == "UNDEF-REF-day" or _DAYS_LATER.match(template))
                     and ref.precision in ("year", "decade", "century")):
            # (not once the story has moved on past it: "20 March ... in June"; but "the same day"
            # is no year's: "an update on Nov. 15, and council will table its 2018 budget the same day")
            used = day_told  # "On Oct. 17 ... by the end of the year. The following week": the week after the day told
        recounted = clock_ref and (_DAYS_ON.match(template) is not None or _LATER.match(template) is not None
                                   or (rule in _THAT_RULES and _THAT_UNIT.match(template) is not None))
        if recounted:
            # counted from a clock time alone, whose day is found after this pass: counted again then
            # (and so is what is counted from it in turn: "at 6:15 a.m. ... two days later ... the
            # following week")
            recount.append((len(out), clock_at, (template, base, verb_tense, narrative, quarter, events)))
        compared = quarter
        if rule in ("ago", "relative_ref") and quarter is not None and out and _QUARTER_VALUE.fullmatch(out[-1].value) \
                and out[-1].value != format_unit(quarter.day, "quarter") \
                and out[-1].end >= sentence_bounds(text, start, end)[0]:
            # the quarter of its own sentence, not the last one reported on: "expects first-quarter
            # sales to fall 25% to 30% from a year ago"
            compared = Anchor.from_value(out[-1].value)
        if rule == "ago" and quarter is not None and _PERFECT_SINCE.search(text, sentence_bounds(text, start, end)[0], start):
            compared = None  # a change up to now, not the quarter's: "Shares have fallen 18% from a year ago"
        if rule == "relative_ref" and quarter is not None and used is not None and used.precision == "month" \
                and 0 <= start - ref_end <= 40 and ("," not in text[ref_end:start] or _UP_FROM.fullmatch(text, ref_end, start)
                                                    and not _QUARTER_WORD.search(text, sentence_bounds(text, start, end)[0], ref_start)) \
                and _IN_OR_FOR.search(text, max(0, ref_start - 5), ref_start):
            # a month measured just before, not the quarter: "rose 3.4% in April from a year
            # earlier" (not the month of a report: "reported first-quarter net income last month",
            # nor one of another clause: "which went public in March, said revenue rose ...")
            compared = None
        if rule == "relative_ref" and template == "UNDEF-REF-year-MINUS-1" and used is not None and ref is used \
                and used.precision in ("month", "day") and _PERIOD_ENDING.search(text, max(0, ref_start - 40), ref_start):
            # the same stretch of months a year back, a year: "sales between January and April
            # were 11% lower than a year earlier", "the nine months ended Oct. 2, 2004 ... up 10%
            # from a year earlier" (2003; not the month or quarter the stretch ends in)
            used, compared = Anchor(used.day, "year"), None
        if from_told and ref is None and coarse is None and not narrative and _LATER_BY.match(template) \
                and clause_tense(text, start, end)[0] != "future":  # ("Five years later, the plant will be ...")
            template = _LATER_BY.match(template).group(1)  # "Twenty-five years later, the Miracle at Briar
            # Field still echoes", with nothing told before: now is the later time, not 25 years on
        told_tense = PERFECT if narrative and template.startswith("UNDEF-year-tense-") \
            and past_perfect_before(text, start) else verb_tense  # ("had largely stopped by March 14")
        value = resolve(template, base, used, told_tense, narrative, compared, events)
        if rule in _PERIOD_RULES and out and _PERIOD_TOLD.match(template) and out[-1].anchor == "absolute" \
                and _PERIOD_VALUE.match(out[-1].value) \
                and dct_year is not None and int(out[-1].value[:4]) > dct_year \
                and out[-1].end >= sentence_bounds(text, start, end)[0]:
            # a later quarter or half of a year ahead just told with its quarter: "a fall in the
            # first quarter of 2011 ..., before a gradual recovery in the second half" is 2011's
            # (not after a year gone: "not this weak since the first quarter of 2023, but the
            # company expects a strong fourth quarter")
            later = out[-1].value[:5] + template[-2:]
            if interval(later).start > interval(out[-1].value).start:
                value = later
        if rule == "quarter" and anchor is not None and not narrative and _FISCAL_QUARTER.match(template) \
                and verb_tense != "future" and "fiscal" in text[start:end].lower() \
                and not _EARLIER_ONE.search(text, max(0, start - 16), start) and not _YEAR_BACK.match(text, end):
            # A fiscal quarter reported on takes the DCT's year, as TimeBank writes "the fiscal
            # first quarter" of Oct. 1989 1989-Q1 and a probe Disney's "fiscal first-quarter" of
            # Feb. 2024 2024-Q1: in July "the fiscal fourth quarter" is this year's, not the last
            # calendar fourth quarter's. Only a fourth reported in the first quarter is last year's.
            # (The year-ago one is a year before that; another quarter a year back is left as it
            # is: "the previous fiscal fourth quarter", "its fiscal fourth quarter last year".)
            year, month, _ = civil_from_days(anchor.day)
            year -= (template[-1] == "4" or template.endswith("Q4-MINUS-1")) and month <= 3
            value = f"{year - template.endswith('-MINUS-1'):04d}{value[4:]}"  # (the year-ago one: a year back)
        if rule == "the_year" and quarter is not None and anchor is not None and verb_tense in ("past", GOVERNED_PAST) \
                and civil_from_days(quarter.day)[0] < civil_from_days(anchor.day)[0]:
            # "reported a fourth-quarter loss ... For the year, Merriam earned $31 million" (in
            # January): the year of the quarter reported on
            value = format_unit(quarter.day, "year")
        if template == "UNDEF-this-decade" and rule in _ANAPHORIC_RULES and decade is not None \
                and verb_tense in ("past", GOVERNED_PAST):
            value = decade  # "In the early 1920s, ... by the end of the decade unemployment was rising"
        later = _COARSE_LATER.match(template)
        if later and coarse is not None and (ref is None or coarse[1] >= ref_end) \
                and len(coarse[0]) == (3 if later["decade"] else 2):
            # "founded in the late 1800s and went public a century later": the 1900s
            steps = int(later["n"]) * (1 if later["sign"] == "PLUS" else -1)
            value = f"{int(coarse[0]) + steps:0{len(coarse[0])}d}" if int(coarse[0]) + steps >= 0 else value
        if ref is not None and ref.precision == "half" and template == "UNDEF-year-tense-H2" \
                and format_unit(ref.day, "half").endswith("H1"):
            value = format_unit(ref.day, "year") + "-H2"  # "the first half of the year ... the second half"
        carried = None
        if not narrative and told_year is not None and anchor is not None:
            across = bisect.bisect_left(breaks, told_year[1]) < bisect.bisect_left(breaks, start)  # (told paragraphs back)
            carried = _in_told_year(text, start, template, told_year, anchor, verb_tense, across)
            week_of = _WEEK_OF_TEMPLATE.match(template)
            if week_of:  # "the final week of February", "the weekend of August 4-5": of the day's year too
                day = _in_told_year(text, start, template[week_of.end():], told_year, anchor, verb_tense, across)
                day_at = interval(day) if day else None
                if day_at is not None:
                    carried = format_unit(day_at.start, "week") + ("-WE" if "WEEKEND" in week_of.group() else "")
        if carried is None and not narrative and history is not None and history[2] >= HISTORY_DATES \
                and start - history[1] <= CLOCK_REACH and verb_tense in ("past", GOVERNED_PAST):
            carried = _in_history(template, history[0])
        if carried is not None:
            value = carried
            moved = Anchor.from_value(carried)
            if told_year is not None and moved is not None and moved.day > told_year[0].day:
                # the story moves on: "February 1815 ... on 20 March ... in June" is 1815's June
                told_year = (Anchor(moved.day, told_year[0].precision), told_year[1])
        past = verb_tense in ("past", GOVERNED_PAST)
        if rule in _CLOCK_RULES and ref is not None and ref.precision == "day" and _DAY.match(value[:10]) \
                and not _BOUND.search(text, max(0, ref_start - 12), ref_start) \
                and not (past and anchor is not None and ref.day > anchor.day) \
                and (past or ref_end >= sentence_bounds(text, start, end)[0]) \
                and not (anchor is not None and ref.day < anchor.day and _TIMETABLE_BEFORE.search(text, max(0, start - 24), start)):
            # "On 14 October 1971, at about 2 a.m., she rowed out ... the following spring": the day
            # told, here already, so that what counts from the clock time counts from that day
            # (the pass over clock times below settles the rest). Told in the past, not a day ahead.
            value = format_unit(ref.day, "day") + value[10:]
        if rule in ("noon", "approx_noon") and kind == "dct" and anchor is not None and value.endswith("T24:00") \
                and value[:10] == format_unit(anchor.day, "day") and verb_tense in ("past", GOVERNED_PAST) \
                and not SINCE_BEFORE.search(text, max(0, start - 20), start) \
                and not _RANGE_FROM.search(text, max(0, start - 20), start) \
                and not _AHEAD_IN_CLAUSE.search(text, max(sentence_bounds(text, start, end)[0], start - 40), start):
            # a midnight gone by is the one that began the day, the end of the day before: "it reached
            # Raleigh around midnight. By Friday morning it had weakened" (not tonight's)
            value = format_unit(anchor.day - 1, "day") + "T24:00"
        if rule == "holiday" and _DAY.match(value) and text[start:end].lower().endswith("weekend"):
            value = _holiday_weekend(value)
        if template.startswith("UNDEF-year-") and _DAY.match(value):
            value = _on_its_weekday(text[start:end], value, dct_year, narrative and kind != "absolute", years_told)
        written_day = rule != "holiday" and template.startswith("UNDEF-year-tense-") and _MONTH_DAY.search(template) \
            and _DAY.match(value[:10]) is not None
        if written_day and verb_tense != "future":
            # A day of the month told again with no year is the day told before with none: "attacked
            # police on Jan. 6 ... at about 2:30 p.m. on Jan. 6" (whatever the tense of the second
            # clause makes of it alone). (Not one told with its year: "stormed the Capitol on Jan. 6,
            # 2021 ... Congress met on Jan. 6" may be a later one.)
            value = days_told.get(value[4:10], value[:4]) + value[4:]
        if ref is not None and ref.precision == "month" and _DAY.match(value) and template.startswith("UNDEF-year-tense-") \
                and value[:7] != format_unit(ref.day, "month") and value[5:7] == format_unit(ref.day, "month")[5:] \
                and ref_end >= sentence_bounds(text, start, end)[0] \
                and anchor is not None and interval(value).start > anchor.day >= ref.day \
                and verb_tense in ("past", GOVERNED_PAST):
            # a day ahead of the month told just before in its sentence, told in the past: that month's
            # ("January began with a deadly earthquake on New Year's Day", in a story of December 30)
            value = format_unit(ref.day, "month")[:4] + value[4:]
        if template == "UNDEF-QREF" and quarter is not None and tense(text, start, end) == "future":
            # Looking ahead, "the quarter" is the forecast's last named, not the one reported on:
            # "expects third-quarter revenue to rise ... It plans to fly 94% of its 2019 capacity in the quarter".
            named = next((o for o in reversed(out) if _QUARTER_VALUE.match(o.value)), None)
            if named is not None and named.value > format_unit(quarter.day, "quarter"):
                value = named.value
        if template == "UNDEF-QREF" and quarter is None and i + 1 < len(found):
            # Once a (fiscal) quarter is named, "the quarter ended Sept. 29" is that one.
            value = _quarter_ended(text, end, found[i + 1], anchor, ref, narrative, events) or value
        if rule in ("relative_ref", "approx_relative_ref") and out and _restates(text, out[-1], start, template):
            value = out[-1].value
        if rule == "duration" and anchor is not None and not narrative and not mod \
                and _IN_AHEAD.search(text, max(0, start - 40), start) and not _NOT.search(text, max(0, start - 40), start) \
                and not _SUPERLATIVE_IN.search(text, max(0, start - 40), start):
            ahead = _ahead_by(value, anchor)
            if ahead is not None and clause_tense(text, start, end) == ("future", False):
                type_, value, kind = "DATE", ahead, "dct"  # "will meet again in two weeks": a date, the week after next
        if rule == "clock_time" and _BARE_CLOCK.fullmatch(text, start, end) and text[start] != "0" and out and out[-1].type == "TIME" \
                and _CLOCK_VALUE.search(out[-1].value) and _CLOCK_VALUE.search(value) \
                and out[-1].end >= start - CLOCK_PM_REACH and "\n" not in text[out[-1].end:start]:
            # a bare "5:40" after "about 5 p.m." is of the same afternoon: "home about 5 p.m. when her
            # phone buzzed with a warning. By 5:40, she and her sons were in a bathtub"
            before, hour = int(out[-1].value[-5:-3]), int(value[-5:-3])
            if 1 <= hour < 12 and before >= 12 and hour + 12 >= before >= hour + 6:  # (later the same afternoon or evening)
                value = f"{value[:-5]}{hour + 12:02d}{value[-3:]}"
        if template.startswith(_SAME_WEEKDAY) and anchor is not None and _DAY.match(value[:10]) \
                and verb_tense != "future" and interval(value[:10]).start > anchor.day:
            # "that Sunday" with no such Sunday before the DCT after the day last told is the first
            # after a day told before: "the tornado crossed into the city on May 22, 2011 [a Sunday].
            # [...] On Monday night, Obama told ... Kathy Ramirez remembers every detail of that Sunday";
            # "at 11.20pm on Saturday 8 March. [...] On Tuesday, a jury convicted ... opened at 12.07am on the Sunday"
            wd = interval(value[:10]).start % 7
            same = days.first_weekday_by_dct(wd)
            if same is not None:
                value = format_unit(same, "day") + value[10:]
        if rule == "event_day_offset" and value.startswith("X") and out and _DAY.match(out[-1].value) \
                and _APPOSITION.fullmatch(text, out[-1].end, start):
            value = out[-1].value  # "on Tuesday, the day before the hearing": the hearing undated, Tuesday told
        if template.startswith("UNDEF-EVENT") and value.startswith("P"):
            type_ = "DURATION"  # "a year after the invasion", while the invasion is undated
        if type_ == "DATE" and _CLOCK_VALUE.search(value) and rule in ("relative_ref", "approx_relative_ref"):
            type_ = "TIME"  # "two hours later", counted from a clock time
        elif type_ == "TIME" and "T" not in value:
            type_ = "DATE"  # "that night" of a year told: only the year is known
        if type_ == "DATE" and kind != "absolute" and uses_events:
            _remember(events, text, start, end, value)
        if type_ == "DATE" and _DECADE.match(value):
            decade = value
        if type_ == "DATE" and _DECADE_OR_CENTURY.match(value):
            coarse = (value, end)
        if type_ in ("DATE", "TIME") and not (narrative and kind != "absolute" and verb_tense == "future") \
                and not (not narrative and SINCE_BEFORE.search(text, max(0, start - 16), start)) \
                and not (rule in _PART_ALONE_RULES and kind == "dct") \
                and not (_LOOKS_BACK.match(template) and not _FRONTED.fullmatch(text, sentence_bounds(text, start, end)[0], start)):
                # (its day is found later; a look back inside a clause is no new day of the story, one that
                # opens its sentence is: "On the previous Friday, police had searched the house. Later that day")
            # (In a history, a date looked forward to does not move the story on: "they would be home
            # by Christmas. Instead, ... in September" is the September after the date told before.
            # Nor, in news, does where a stretch up to now began: "unchanged since September.
            # Services inflation eased from 4.0% a month earlier" is a month before the story's.)
            new_ref = Anchor.from_value(value)
            if new_ref is not None and told is not None and told.precision == "day" and new_ref.precision == "day" \
                    and told.day < new_ref.day and _REPORTED_ON.search(text, max(0, start - 40), start):
                # the day a story was told of is not a day of it past its own sentence: "on Saturday morning.
                # [...] Kessler said Sunday. [...] a card she had written the night before" is Friday's night
                # (in its sentence it is: "Officials said Sunday that 12 people had died a day earlier")
                report_back = (told, new_ref, sentence_bounds(text, start, end)[1])
            if new_ref is not None:
                ref, ref_start, ref_end, told = new_ref, start, end, new_ref
                clock_ref, clock_at = rule in _CLOCK_RULES or rule == "that_part" or recounted, len(out)
                if new_ref.precision in ("day", "week"):
                    fine = new_ref
                    if rule not in _CLOCK_RULES:  # (a clock time alone is on the DCT's day until later)
                        told_day = new_ref
                        if new_ref.precision == "day":
                            days.add(new_ref)
                if kind == "absolute":
                    # (an older year only: "a contract until June 2027" tells no story of 2027)
                    older = dct_year is not None and civil_from_days(new_ref.day)[0] < dct_year
                    told_year = (new_ref, end) if older else None
                elif dct_year is not None and civil_from_days(new_ref.day)[0] < dct_year and _WHEN.match(text, end):
                    told_year = (new_ref, end)  # "a loss a year earlier, when the March 11 earthquake shut ..."
                elif new_ref.precision == "year" and dct_year is not None \
                        and civil_from_days(new_ref.day)[0] < dct_year \
                        and _OPENING_YEAR.fullmatch(text, sentence_bounds(text, start, end)[0], end):
                    told_year = (new_ref, end)  # "Last year, the monsoon arrived on June 7": 2008's
                elif template.startswith("UNDEF-REFYEAR-same-") and new_ref.precision == "month" and dct_year is not None \
                        and civil_from_days(new_ref.day)[0] < dct_year and not text.endswith("and ", max(0, start - 4), start):
                    # (not a "that" of what was said: "It said January had been the wettest since 1910, and that
                    # December and January combined ...")
                    told_year = (new_ref, end)  # "submitted a rough cut that September. In late November, the
                    # festival turned it down": the story's year goes on
                elif told_year is not None and value[:4] != format_unit(told_year[0].day, "year"):
                    told_year = None  # ("three weeks after the invasion" of 1939 is still 1939's story)
                if new_ref.precision == "quarter" and "-MINUS-" not in template and "-IN-" not in template \
                        and (anchor is None or (quarter is None or anchor.day - OLD_QUARTER_DAYS < new_ref.day)
                             and (interval(value).end <= anchor.day or quarter is None and new_ref.day <= anchor.day)) \
                        and not (quarter is not None and new_ref.day < quarter.day and _COMPARED_WITH.search(text, max(0, start - 40), start)):
                    # The quarter reported on; one not yet begun is a forecast's, and so is one not
                    # yet over after a quarter that is ("third-quarter profit rose ... and it
                    # forecast further gains in the fourth quarter. Net income for the quarter ...").
                    # Nor, once one is, is one years back, a comparison's ("swung to a profit in the
                    # second quarter ... 9% above the level of the second quarter of 2019, before the
                    # pandemic. ... 94% of its 2019 capacity in the quarter").
                    # Nor one before it that it is compared with ("grew 3.3% in the third quarter ... and
                    # followed a weak 1.8% pace in the second quarter. Spending rose 4.1% in the quarter").
                    quarter = new_ref
        if not verb_tense and anchor is not None and not narrative and template.startswith("UNDEF-year-tense-") \
                and _MONTH_OR_DAY.match(value):
            ahead, taken = _a_year_later(template, value), interval(value)
            later = interval(ahead)  # (not `told`, the last date told, which a paragraph break falls back on)
            if later is not None and taken is not None and taken.start <= anchor.day < later.start - NO_TENSE_AHEAD_DAYS:
                untensed.append((len(out), ahead))  # taken as past for want of a cue (see _months_told_ahead)
        out.append(Timex(start, end, text[start:end], type_, value, mod, kind, rule))
        if kind == "absolute" and value[:4].isdigit():
            years_told.pop(int(value[:4]), None)  # (the latest told last; a few kept, so looking stays cheap)
            years_told[int(value[:4])] = None
            if len(years_told) > YEARS_KEPT:
                del years_told[next(iter(years_told))]
        if dct_year is not None and type_ in ("DATE", "TIME") and _PAST_YEAR.match(value):
            # the history a news story retells: its last date told, years before the DCT's, until
            # a date of the story's own time is told
            if int(value[:4]) <= dct_year - HISTORY_YEARS:
                told_at = Anchor.from_value(value)
                if told_at is not None and not _NO_STORY_BEFORE.search(text, max(0, start - 16), start) \
                        and ((kind == "absolute" and told_at.precision == "day") or history is not None):
                    history = (told_at, end, history[2] + 1 if history else 1)
            elif history is not None and (kind == "absolute" or template.startswith(DEICTIC)) \
                    and rule not in _CLOCK_RULES and rule not in _PART_ALONE_RULES:
                history = None  # (not a bare date the DCT's year was only guessed for, nor a clock
                # time or part of the day alone, whose day is found later)
        if written_day:
            days_told.setdefault(value[4:10], value[:4])
    latest = anchor.day if anchor is not None else None
    out = _months_told_ahead(_restated_after(text, _weekdays_in_the_week_told(text, out)), untensed, latest)
    on_their_day = _live_stamps(text, _clock_times_on_their_day(text, _hours_after_noon(text, out), latest, not narrative), latest)
    # ("that morning" after a clock time has its day from the days told, found again once a recount
    # before it has moved one; a few times a text at most, so that it stays linear)
    parts, refreshes = None, PARTS_REFRESHES
    for i, at, (template, base, verb_tense, narrative, quarter, events) in recount:
        if out[at].rule == "that_part":
            if parts is None and refreshes:
                parts, refreshes = _parts_of_the_day_told(text, _holidays_told(text, on_their_day), latest), refreshes - 1
            if parts is not None:
                on_their_day[at] = parts[at]
        clock = Anchor.from_value(on_their_day[at].value)
        if on_their_day[at].value[:10] != out[at].value[:10] and clock is not None \
                and not (i == at + 1 and out[i].start - out[at].end <= 2):
            # (not where the clock time took its day from this very date: "sank at noon two days later")
            # "robbed it on March 17th, 2000 ... at about 9.40pm ... was arrested two days later"
            value = resolve(template, base, clock, verb_tense, narrative, quarter, events)
            if value != on_their_day[i].value:
                on_their_day[i] = dataclasses.replace(on_their_day[i], value=value)
                parts = None  # (the days told have moved)
    out = _ranges_in_order(text, found, _parts_of_the_day_told(text, _holidays_told(text, on_their_day), latest), latest)
    out = _today_as_nowadays(text, out, dct_year)
    return [_possible(t) for t in _anniversaries_dated(text, _weekday_told(out))]


def _hours_after_noon(text: str, out: list[Timex]) -> list[Timex]:
    """An hour told with no a.m. or p.m. after a time past noon, in the same paragraph, is of
    the afternoon too: "shortly before noon, the delegation agreed ..., and by 3 o'clock the
    three leaders were sitting at one table" (15:00, not 03:00)."""
    out = list(out)
    for i in range(1, len(out)):
        t, before = out[i], out[i - 1]
        m, b = _BARE_HOUR.search(t.value), _BARE_HOUR.search(before.value)
        if m is None or b is None or not _OCLOCK.search(t.text) or "\n\n" in text[before.end:t.start]:
            continue
        hour, earlier = int(m["hour"]), int(b["hour"])
        if earlier == 12 and hour > 6:
            continue  # (after noon, "at 10 o'clock" may be the morning's: "The funeral is at noon. Mourners
            # began arriving at 10 o'clock")
        if hour < 12 and earlier >= 12 and hour + 12 >= earlier and t.value[:10] == before.value[:10]:
            out[i] = dataclasses.replace(t, value=f"{t.value[:m.start('hour')]}{hour + 12:02d}{t.value[m.end('hour'):]}")
    return out


_BARE_HOUR = re.compile(r"T(?P<hour>\d\d):\d\d$")
_OCLOCK = re.compile(r"o['’]clock$", re.IGNORECASE)  # (an hour in words or digits, no a.m. or p.m. after it)


def _weekday_told(out: list[Timex]) -> list[Timex]:
    """"that Saturday" is the Saturday already told in the week before it, if one was ("I arrived
    on the last Saturday in March ... took a cruise on March 27 ... the only guest at dinner that
    Saturday"); else the first on or after the day told, as resolved."""
    out = list(out)
    for i, t in enumerate(out):
        if t.rule != "that_weekday" or not _DAY.match(t.value):
            continue
        day = _day_number(t.value)
        for o in reversed(out[max(0, i - 12):i]):
            if _DAY.match(o.value[:10]) and day - _day_number(o.value) == 7:  # (that weekday, the week before)
                out[i] = dataclasses.replace(t, value=o.value[:10], anchor=o.anchor)
                break
    return out


def _anniversaries_dated(text: str, out: list[Timex]) -> list[Timex]:
    """An anniversary of an event dated nowhere in the text takes the day it is said to fall on
    ("marked the third anniversary of the invasion on Monday", "On Sunday, the fifth anniversary
    of the storm"); with none, it is no date at all ("the 70th anniversary of the end [of the
    occupation]": TimeBank tags no such phrase). Last, so that every list of the passes before
    still matches the grammar's list expression for expression."""
    kept = []
    for i, t in enumerate(out):
        if t.rule != "anniversary" or not t.value.startswith("X"):
            kept.append(t)
            continue
        after = out[i + 1] if i + 1 < len(out) else None
        before = out[i - 1] if i else None
        if after is not None and _DAY.match(after.value) and _ON_AFTER.fullmatch(text, t.end, after.start):
            kept.append(dataclasses.replace(t, value=after.value, anchor=after.anchor))
        elif before is not None and _DAY.match(before.value) and _APPOSITION.fullmatch(text, before.end, t.start):
            kept.append(dataclasses.replace(t, value=before.value, anchor=before.anchor))
    return kept


def _restated_after(text: str, found: list[Timex]) -> list[Timex]:
    """A count set off by a comma before a date says the same time twice; the one told better
    wins. A date told with its year, or a count from the DCT, gives the count its value ("will
    cast their ballots a day earlier, on November 28th", "died six years later, on 5 May 1821").
    A count from a date told gives its year to a date told without one ("lifted off on July 16,
    1969 ... Four days later, at 4:17 p.m. on July 20", in a story of 2009; "elected in 2008. Four
    years later, in November"), and its day to a weekday ("March 1. A week later, on Friday")."""
    out = list(found)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.rule not in ("relative_ref", "approx_relative_ref") or not _CALENDAR.match(a.value) \
                or not _CALENDAR.match(b.value[:10]) or len(b.value[:10]) < len(a.value) \
                or not _RESTATED.fullmatch(text, a.end, b.start):
            continue
        if a.anchor != "reference" or _PAST_YEAR.search(b.text):
            out[i] = dataclasses.replace(a, value=b.value[:len(a.value)])
        elif len(a.value) == 10 and b.value[4:10] != a.value[4:] and not any(c.isdigit() for c in b.text):
            if _DAY.match(b.value[:10]) and (_day_number(b.value) - _day_number(a.value)) % 7 == 0:
                out[i + 1] = dataclasses.replace(b, value=a.value + b.value[10:])  # a weekday: the count's day
        elif len(a.value) == 10 and any(c.isdigit() for c in b.text):
            out[i] = dataclasses.replace(a, value=a.value[:4] + b.value[4:10])  # a day written out: its day,
            out[i + 1] = dataclasses.replace(b, value=a.value[:4] + b.value[4:])  # in the count's year
        elif b.value[4:len(a.value)] == a.value[4:]:
            out[i + 1] = dataclasses.replace(b, value=a.value[:4] + b.value[4:])  # a month or day of the count's year
    return out


_RESTATED = re.compile(r",\s*(?:(?:on|in|at)\s+)?")
_CALENDAR = re.compile(r"\d{4}(?:-\d\d(?:-\d\d)?)?$")


_MONTH_DAY = re.compile(r"-\d\d-\d\d(?:T|$)")
_CALENDAR_DAY = re.compile(r"(BC\d{4}|\d{4})-(\d\d)-(\d\d)(.*)$")


def _possible(t: Timex) -> Timex:
    """A day that its year does not have ("Feb. 29" put in 1999) keeps its month and day only."""
    m = _CALENDAR_DAY.match(t.value)
    if m and interval(f"{m[1]}-{m[2]}-{m[3]}") is None:
        return dataclasses.replace(t, value=f"XXXX-{m[2]}-{m[3]}{m[4]}")
    return t


def _restates(text: str, told: Timex, start: int, template: str) -> bool:
    """Whether a count set off by a comma right after a date of its unit says again when that
    date is: "The Western half fell in 476, eighty-one years later" (not after a coarser date:
    "until the 1940s, fifteen years later")."""
    m = _LATER_OR_EARLIER.match(template)
    told_at = interval(told.value)
    return (m is not None and told.anchor == "absolute" and told.type == "DATE" and told_at is not None
            and told_at.precision == m["unit"] and _APPOSITION.fullmatch(text, told.end, start) is not None)


def _holiday_weekend(day_value: str) -> str:
    """The weekend a holiday gives its name to: the one before a Monday or Tuesday holiday
    ("Labor Day weekend"), else the one of its week ("Easter weekend", "the Fourth of July weekend")."""
    day = interval(day_value).start
    weekday = (day + 3) % 7 + 1
    return format_unit(day - 7 if weekday <= 2 else day, "weekend")


_CLOCK_RULES = ("clock_time", "approx_clock_time", "noon", "approx_noon", "clock_word", "clock_past")  # a clock time alone, its day still to find
# (nor one of a clause of its own ahead: "said the curfew begins at midnight", "were ordered to close at midnight")
_AHEAD_IN_CLAUSE = re.compile(r"\b(?:to|will|would|shall|can|may|must|should|is|are|begins?|starts?|opens?|closes?|ends?|"
                              r"runs?|expires?|takes?\s+effect)\b", re.IGNORECASE)
_RANGE_FROM = re.compile(r"\b(?:between|from)\s+$", re.IGNORECASE)  # ("between midnight and 6am": a range's start)
_BARE_CLOCK = re.compile(r"\d{1,2}:\d\d")  # ("5:40", with no a.m. or p.m.)
CLOCK_PM_REACH = 200  # characters: how far back a p.m. clock time still tells a bare one's half of the day
_DAYS_ON = re.compile(r"UNDEF-REF(?:UNIT)?-(?:day|week|weekend|month|quarter|year|decade)-")
_TENSE_RULES = {*_ANAPHORIC_RULES, *_CLOCK_RULES}
# The precisions too coarse to hold a week or a month: "the start of the month" cannot be found in
# a year told, only the DCT's month when that year holds the DCT.
_COARSER = {"UNDEF-this-month": ("year", "half", "quarter", "season", "decade", "century"),
            "UNDEF-this-week": ("year", "half", "quarter", "season", "month", "decade", "century")}
_APPOSITION = re.compile(r",\s*")
_LATER_OR_EARLIER = re.compile(r"UNDEF-REF-(?P<unit>[a-z]+)-(?:PLUS|MINUS)-")
_DECADE = re.compile(r"\d{3}$")
_DECADE_OR_CENTURY = re.compile(r"\d{2,3}$")
_COARSE_LATER = re.compile(r"UNDEF-REF-(?:(?P<decade>decade)|century)-(?P<sign>PLUS|MINUS)-(?P<n>\d+)$")
_BY_DAYS = re.compile(r"UNDEF-REF(?:UNIT)?-(?:day|week)\b")
_SHIFTED_DAYS = re.compile(r"UNDEF-REF(?:UNIT)?-day-(?:MINUS|PLUS)-")
_NEWLINE = re.compile("\n")
_IN_TRADING = re.compile(r"\s+(?:\w+\s+)?(?:in|on)\s+(?:[\w.&'’-]+\s+){0,5}?(?:composite\s+)?trading\b", re.IGNORECASE)
# ... and so is a price "trading 36% higher at 1130 GMT"
_TRADING_AT = re.compile(r"\btrading\s+(?:(?:[\w.%$€£,-]+\s+){0,3}?(?:higher|lower|up|down|flat|unchanged|steady)\s+"
                         r"(?:[\w.%$€£,-]+\s+){0,3}?|at\s+[$€£¥]?\d[\d.,]*\s+(?:[\w.%$€£,-]+\s+){0,2}?)"
                         r"at\s+(?:about\s+|around\s+)?$", re.IGNORECASE)  # (a move or a price, then the time)
_BARE = re.compile(r"UNDEF-year-tense-(?P<rest>(?:0[1-9]|1[0-2])(?:-\d\d(?:T\d\d:\d\d)?)?|Q[1-4]|H[12]|SP|SU|FA|WI"
                   + "|" + HOLIDAY + r"[a-z0-9_'’.-]+(?:T[A-Z]{2})?)$")
YEARS_KEPT = 20  # how many of the years told a weekday's date may take its year from
TOLD_DAY_REACH = 600  # characters: how far into the next paragraph a day told with its year still gives a bare one its year
HISTORY_YEARS = 10  # how many years before the DCT's a date must be to belong to a history retold
HISTORY_DATES = 2  # ... and how many such dates in a row make one (not one birth or founding date)
# Old dates that begin no history: "its highest level since Oct. 9, 2007", "born on May 4, 1950".
_NO_STORY_BEFORE = re.compile(r"\b(?:since|born|founded|established)\s+(?:on\s+|in\s+)?$", re.IGNORECASE)


def _in_history(template: str, history: Anchor) -> str | None:
    """A bare day of the month told in the past while news retells a history begun by a day told in
    full, with no date of the story's own time told since: the first one after the history's last
    date ("Edward died on January 5, 1066, and Harold was crowned the following day. [...] On
    September 25 he defeated Hardrada")."""
    m = _BARE.match(template)
    if m is None or "-" not in m["rest"]:
        return None  # (not a month: "charged in the Dec. 21, 1988, bombing ... agreed in April" is news)
    year = civil_from_days(history.day)[0]
    for y in (year, year + 1):
        candidate = in_year(m["rest"], y)
        at = Anchor.from_value(candidate)
        if at is not None and at.day >= history.day - TOLD_BEFORE_DAYS:
            return candidate
    return None


TOLD_DAYS = 92  # how far past a date told in full a bare date of the same paragraph may still be its year's
TOLD_BEFORE_DAYS = 31  # ... and how far before it: "on 8 November 2014 ... arrested him on 7 November"


def _in_told_year(text: str, start: int, template: str, told_year, dct: Anchor, verb_tense: str = "",
                  across: bool = False) -> str | None:
    """A bare month, day, quarter or half just after a date told in full of a year before the
    DCT's, in news: "The fraud unravelled in March 2021. An auditor flagged discrepancies on
    March 8" is 2021's March 8; so is "in 2003, when a fire burned for five days in late August".
    `verb_tense` is its clause's: a date of the weeks ahead that a clause looks forward to is the
    DCT's year's ("The trial will begin on March 3"). `across`: the day was told in a paragraph before,
    which carries only a past that is not of the DCT's last weeks ("... Feb. 11, 2008, the clerk noticed
    ... [new paragraph] On Feb. 21, investigators searched", not "... 1983 [new paragraph] died on March 6")."""
    m = _BARE.match(template)
    if m is None:
        return None
    told, told_end = told_year
    year = civil_from_days(told.day)[0]
    if year < 1:
        return None  # (a year before Christ: "44 BC, March 15" keeps what it was given)
    value = in_year(m["rest"], year)
    if told.precision == "year":  # a year: only for the clause it introduces, "in 2003, when ...",
        # or in apposition to it: "in 1988, the summer that Hansen warned the Senate"
        # or, opening the sentence, for the rest of it: "In 2000, Bush and Gore met three times in October"
        if _WHEN.fullmatch(text, told_end, start) or _APPOSITION.fullmatch(text, told_end, start):
            return value
        left, _ = sentence_bounds(text, start, start)
        if left <= told_end:
            return value if _OPENING_YEAR.fullmatch(text, left, told_end) else None
        # ... and, told in the past, for a next sentence that goes on with its story: "In 1990,
        # nurses at the hospital struck for 23 days. That strike, which began on Valentine's Day,
        # ended in early March" (not "In 2017, Theresa May lost her majority. Mr Johnson replaced
        # her as prime minister in July")
        opened, _ = sentence_bounds(text, told_end, told_end)
        return value if verb_tense in ("past", GOVERNED_PAST) and "\n" not in text[told_end:start] \
            and _OPENING_YEAR.fullmatch(text, opened, told_end) and _GOES_ON.match(text, left) else None
    if told.precision not in ("month", "day"):
        return None
    last_day = told.day if told.precision == "day" else shift(told.day, "month", 1) - 1  # (a month told: its last)
    for candidate in (value, in_year(m["rest"], year + 1)):  # "16 December 1944 ... by late January" is 1945's
        first = Anchor.from_value(candidate)
        if first is not None and told.day - TOLD_BEFORE_DAYS <= first.day <= last_day + TOLD_DAYS:
            value = candidate
            break
    else:
        return None
    if _WHEN.fullmatch(text, told_end, start):
        return value  # the clause it introduces: "a year earlier, when the March 11 earthquake ..."
    # News is mostly of its last weeks: a date that recent is the DCT's year whatever was told
    # before; so is one of the weeks ahead, unless told in the past or the present of a timeline
    # ("Late March 2022: Russian forces withdraw; they are gone by early April").
    if text.startswith(":", told_end) and "\n" not in text[told_end:start]:
        return value  # a timeline's entry: "Late March 2022: ...; they are gone by early April."
    ours = Anchor.from_value(in_year(m["rest"], civil_from_days(dct.day)[0]))
    if ours is None:
        return None
    candidate = Anchor.from_value(value)
    if across and (verb_tense not in ("past", GOVERNED_PAST) or 0 <= dct.day - ours.day <= RECENT_DAYS
                   or told.precision != "day" or not _DAY.match(value)):
        return None  # (a day, only: not "founded on Jan. 5, 2010 ... [new paragraph] Shares fell in February")
    if verb_tense == "future" and candidate is not None and candidate.day < dct.day:
        return None  # what a clause looks forward to is no day of a year gone: "founded on Dec. 25, 2010.
        # Stores will close on Christmas."
    if ours.day > dct.day:
        return value if verb_tense != "future" or ours.day - dct.day > RECENT_DAYS else None
    if year <= civil_from_days(dct.day)[0] - HISTORY_YEARS and verb_tense in ("past", GOVERNED_PAST):
        return value  # (not in a history retold, told in the past: an anniversary's "shipped east in
        # late September 1903 ... tried first on December 14", told on Dec. 15, 2023)
    latest = ours.day
    if candidate is not None and candidate.day < told.day and _AND_IN.fullmatch(text, told_end, start):
        # one before the date told, whose own year's is over only lately, is that one: "activated a
        # buffer in February 2013 and in January raised it" (in March 2014), not one going back
        ours_at = interval(format_unit(ours.day, ours.precision))
        latest = ours_at.end - 1 if ours_at is not None else latest
    return value if dct.day - latest > RECENT_DAYS else None


_AND_IN = re.compile(r"\s*,?\s+and\s+(?:then\s+|later\s+)?(?:in|on|by)\s+(?:early\s+|late\s+|mid-?)?", re.IGNORECASE)
_OPENING_YEAR = re.compile(r"\s*(?:(?:In|By|During|Throughout|Back\s+in)\s+(?:early\s+|late\s+|mid-?)?\d{4}"
                           r"|(?:Last|Early\s+last|Late\s+last|Earlier\s+last)\s+year|\w+\s+years\s+ago)")
_WHEN = re.compile(r",\s+when\b[^.;!?]*", re.IGNORECASE)
_GOES_ON = re.compile(r"[\s\"“]*(?:That|This|Those|These|The\s+same)\s+[a-z]+\b")  # (a sentence that refers
# back to what was told: "That strike"; not "It", which may be of now: "In 2000 the company moved. It grew in March.")
RECENT_DAYS = 60


_WEEKDAY_WORD = re.compile(r"\b(" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")\b", re.IGNORECASE)


class _DaysTold:
    """The days a text tells, kept so that looking back among them costs the same however many
    there are (a text of thousands of "that Friday"s must stay linear)."""

    def __init__(self, dct_day: int | None):
        self.dct_day = dct_day
        self.last: Anchor | None = None
        self.count = 0
        self.by_day: dict[int, tuple[int, Anchor]] = {}  # day number -> (order told, the last told of it)
        self.old: tuple[int, Anchor] | None = None  # the last told six days or more before the DCT

    def add(self, day: Anchor) -> None:
        self.count += 1
        self.last = day
        self.by_day[day.day] = (self.count, day)
        if self.dct_day is not None and day.day <= self.dct_day - 6:
            self.old = (self.count, day)

    def in_days_before(self, ref_day: int, wd: int) -> Anchor | None:
        """The day of weekday `wd` (day number mod 7) told in the six days before `ref_day`."""
        back = (ref_day - wd) % 7
        told = self.by_day.get(ref_day - back) if back else None
        return told[1] if told else None

    def first_weekday_by_dct(self, wd: int) -> int | None:
        """The first day of weekday `wd` on or after the latest day told whose first such day is
        no later than the DCT: any day six or more before it, or one of the days just before."""
        best = self.old
        for day in range(self.dct_day - 5, self.dct_day + 1):
            told = self.by_day.get(day)
            if told and day + (wd - day) % 7 <= self.dct_day and (best is None or told[0] > best[0]):
                best = told
        return None if best is None else best[1].day + (wd - best[1].day) % 7


def _on_its_weekday(words: str, value: str, dct_year: int | None, story: bool = False,
                    told: dict[int, None] | None = None) -> str:
    """"Monday, Oct. 5" is the Oct. 5 that falls on a Monday: of the year chosen and the years
    around the DCT's, the one whose weekday agrees (a date repeats its weekday every 5-11 years).
    In a history (`story`) the years after the one told come first: "In 1879 the club bought the
    dam ... On Friday, May 31, the lake rose" is 1889's. Failing those, the years of the absolute
    dates `told` before it, the latest first: "On Saturday 8 January 2005 ... The replay was played on Tuesday 18 January" (in 2025)."""
    m = _WEEKDAY_WORD.search(words)
    if not m:
        return value
    wanted = WEEKDAYS[m.group(1).lower()]
    year, month, day = int(value[:4]), int(value[5:7]), int(value[8:10])
    if story:
        candidates = list(range(year, year + 12))
    else:
        around = (dct_year - 1, dct_year, dct_year + 1) if dct_year is not None else (year - 1, year + 1)
        candidates = sorted({year, *around}, key=lambda y: abs(y - year))
    for candidate in (*candidates, *reversed(list(told or ()))):
        days = days_from_civil(candidate, month, day)
        if civil_from_days(days)[1:] == (month, day) and (days + 3) % 7 + 1 == wanted:
            return f"{candidate:04d}{value[4:]}"
    return value


TOLD_AHEAD_DAYS = 45  # how near a date told far ahead must be to carry an untensed one along


def _a_year_later(template: str, value: str) -> str:
    """The date of `template` (UNDEF-year-tense-...) in the year after `value`'s: a holiday's day
    moves with the year (Thanksgiving was 2010-11-25, and is 2011-11-24)."""
    rest = template[len("UNDEF-year-tense-"):]
    return in_year(rest, int(value[:4]) + 1) if rest.startswith(HOLIDAY) else f"{int(value[:4]) + 1:04d}{value[4:]}"


def _months_told_ahead(out: list[Timex], untensed: list[tuple[int, str]], latest: int | None) -> list[Timex]:
    """A date with no tense cue more than a quarter ahead is taken as past; but where the text
    tells of that month ahead elsewhere, it is that month's: a tour announced in February
    "kicking off July 12", "will headline the festival on July 27", "includes stops ... on July 20"."""
    if not untensed or latest is None:
        return out
    moved = {i for i, _ in untensed}
    # (the dates the text tells of more than a quarter ahead, by the days they start on)
    year = f"{civil_from_days(latest)[0]:04d}"  # (no date of a year before the DCT's can be ahead: not looked at)
    told_ahead = sorted(iv.start for i, o in enumerate(out) if o.value[:4] >= year and i not in moved
                        and _MONTH_OR_DAY.match(o.value)
                        for iv in (interval(o.value),) if iv is not None and iv.start > latest + NO_TENSE_AHEAD_DAYS)
    out = list(out)
    for i, ahead in untensed:
        start = interval(ahead).start
        at = bisect.bisect_left(told_ahead, start - TOLD_AHEAD_DAYS)
        if at < len(told_ahead) and told_ahead[at] <= start + TOLD_AHEAD_DAYS:
            out[i] = dataclasses.replace(out[i], value=ahead)
    return out


# A quarter or half of the year told, and one named without a year after it.
_PERIOD_RULES = {"quarter", "half"}
_PERIOD_TOLD = re.compile(r"UNDEF-year-tense-[QH][1-4]$")
_PERIOD_VALUE = re.compile(r"\d{4}-[QH][1-4]$")
_QUARTER_WORD = re.compile(r"quarter", re.IGNORECASE)
_UP_FROM = re.compile(r",\s+(?:up|down|rising|falling|compared)\s+(?:from|with)\b(?:[^,;.]|\.(?=\d))*", re.IGNORECASE)
_IN_OR_FOR = re.compile(r"\b(?:in|for)\s+$", re.IGNORECASE)
# A present verb of a timetable right before a clock time: "the transfer window closes at 11 p.m.".
_TIMETABLE_BEFORE = re.compile(r"\b(?:closes|opens|starts|begins|ends|expires|kicks\s+off|resumes|reopens|departs|"
                               r"leaves|arrives|lands|launches|airs)\s+(?:at\s+)?$", re.IGNORECASE)
_QUARTER_VALUE = re.compile(r"\d{4}-Q[1-4]$")
_FISCAL_QUARTER = re.compile(r"UNDEF-year-tense-Q[1-4](?:-MINUS-1)?$")
_EARLIER_ONE = re.compile(r"\b(?:previous|prior|preceding|comparable|same|year-ago|year-earlier)\s+$", re.IGNORECASE)
_YEAR_BACK = re.compile(r"\s+(?:of\s+)?(?:last\s+year|the\s+previous\s+year|a\s+year\s+(?:ago|earlier))\b", re.IGNORECASE)
# "The quarter ended Sept. 30", "the quarter that ended in June".
_ENDED = re.compile(r",?\s+(?:that\s+|which\s+)?(?:ended|ending|ends|closed|to)\s+(?:on\s+|in\s+)?")


def _quarter_ended(text: str, end: int, following, dct, ref, narrative: bool, events) -> str | None:
    """The quarter named by its last day: the three months ending then, as a calendar quarter
    (a fiscal quarter ended July 31 is mostly the second); None when no end date follows."""
    start, _, _, type_, template, _ = following
    if type_ != "DATE" or not _ENDED.fullmatch(text, end, start):
        return None
    last = Anchor.from_value(resolve(template, dct, ref, tense(text, start, following[1]), narrative, None, events))
    if last is None or last.precision not in ("day", "month"):
        return None
    if last.precision == "month":  # the quarter that ended in June: June's last day
        last = Anchor(shift(last.day, "month", 1) - 1, "day")
    return format_unit(last.day - 45, "quarter")


# What may stand between a clock time and the day it is on: "10:35 a.m. (0735 GMT) Friday",
# "Friday at about 10:35 a.m."; a comma or a full stop ends the clause.
_SAME_CLAUSE = re.compile(
    rf"[^\S\n]*\n?[^\S\n]*(?:(?:{ZONE_WORDS}),?\s*)?"
    r"(?:\([^()\n]{0,20}\)\s*)?(?:(?:briefing|meeting|news\s+conference|press\s+conference|deadline|session|"
    r"vote|launch|service|flight|kick-?off|start|speech)\s+)?"  # "at a 10 a.m. briefing Thursday"
    r"(?:(?:on|at|about|around|of)\s+){0,2}")
_DAY = re.compile(r"\d{4}-\d\d-\d\d$")
# The clock times with a day of their own that a clock time before them may share:
# "between 2 a.m. and 4 a.m. Tuesday", "from 4 p.m. to 7 p.m. March 19".
_CLOCK_ON_A_DAY = (*_CLOCK_RULES, "time_weekday", "weekday_time", "approx_time_weekday", "time_date", "time_day_month",
                   "noon_weekday", "weekday_noon", "noon_date")
_HOUR = re.compile(r"[0-2]\d:[0-5]\d")
# A count or an anaphor opening a sentence: "Four days later", "The next day", "That night".
_COUNT_OPENING = re.compile(r"[A-Z][\w-]*(?:\s+[\w-]+){0,3}\s+(?:later|earlier|afterwards?)|(?:The|That|Later|Earlier)\s.+")
_DAY_OR_PART = re.compile(r"\d{4}-\d\d-\d\d(?:T(?:MO|AF|EV|NI)|T\d\d:\d\d)?$")  # "3 p.m. on Saturday afternoon"
# A clock time joined to the next, which has its day: "between 2 a.m. and 4 a.m. Tuesday", "7am to 10pm on Thursday".
_NEXT_CLOCK = re.compile(r"\s*(?:and|to|until|till|through|-|–)\s+(?:again\s+)?(?:at\s+)?", re.IGNORECASE)
# "12:30 p.m. - Here is what we know", "Update, 3:40 PM: Orbis says": a live page's time stamp.
_STAMP = re.compile(r"\s+[-–—]\s|:\s")
# What will be done, the surest sign of a time ahead in its sentence.
_WILL_DO = re.compile(r"\b(?:will|shall)\b|['’]ll\b", re.IGNORECASE)
CLOCK_REACH = 600  # characters: how far back the day of a clock time is looked for (about two sentences)


OLD_QUARTER_DAYS = 456  # a quarter begun five quarters back or more does not take over from the one reported on
NEWS_DAYS = 14  # how far before the DCT the day of a news story's clock time may be


def _clock_times_on_their_day(text: str, found: list[Timex], latest: int | None = None,
                              news: bool = False) -> list[Timex]:
    """A clock time alone is read on the DCT's day; beside a day-level date of its clause it is
    on that date instead, and without one but told in the past, on the day last told of (not one
    after `latest`, the DCT's day number). A time in brackets that restates the one before it
    in another zone ("10:35 a.m. (0735 GMT) Friday") is on that one's day, and does not stand
    between it and its own."""
    restated = {k for k in range(1, len(found)) if found[k].rule in _CLOCK_RULES and found[k - 1].rule in _CLOCK_RULES
                and _BRACKET_OPEN.fullmatch(text, found[k - 1].end, found[k].start) and text.startswith(")", found[k].end)}
    if restated:
        dated = iter(_clock_times_on_their_day(text, [t for k, t in enumerate(found) if k not in restated], latest, news))
        out = []
        for k, t in enumerate(found):
            if k not in restated:
                out.append(next(dated))
                continue
            local = out[-1].value
            if local.startswith("XXXX-XX-XX"):
                out.append(dataclasses.replace(t, value=local[:10] + _time_part(t.value)))  # (a time of every day)
            elif _DAY.match(local[:10]) and _HOUR.fullmatch(local[11:16]) and _HOUR.fullmatch(t.value[11:16]):
                # the same moment in another zone may fall on the day before or after: "5:46 a.m.
                # (2046 GMT) on Tuesday" is Monday evening in GMT, "8 p.m. EST (0100 GMT)" Wednesday
                shift = int(t.value[11:13]) - int(local[11:13])
                day = interval(local[:10]).start + (-1 if shift > 12 else 1 if shift < -12 else 0)
                out.append(dataclasses.replace(t, value=format_unit(day, "day") + _time_part(t.value), anchor=out[-1].anchor))
            else:
                out.append(t)
        return out
    out = list(found)
    alone = []
    sets = [o for o in out if o.type == "SET" and _DAILY_OR_WEEKLY.match(o.value)
            and not (o.rule == "adverb_set" and _NOUN_AFTER_SET.match(text, o.end))]  # (not "daily shelling")
    daily = [o.start for o in sets]
    days = [o.start for o in out if o.rule not in _CLOCK_RULES and _DAY_OR_PART.match(o.value)] if daily else []
    for i in range(len(out) - 1, -1, -1):  # from the end: "2 a.m. and 4 a.m. Tuesday" takes the second's day
        t = out[i]
        if t.rule not in _CLOCK_RULES or t.anchor == "absolute":
            continue
        if daily:
            left, right = sentence_bounds(text, t.start, t.end)
            if _set_beside(text, sets, daily, t) and not _any_within(days, left, right):
                # "Stalls open daily from 10 a.m. until 9 p.m.", "ascents at 6 a.m. and 6 p.m. each day":
                # with no day told in its sentence, a time of every such day, not of one
                out[i] = dataclasses.replace(t, value="XXXX-XX-XX" + _time_part(t.value))
                continue
        for j in (i + 1, i - 1):
            if not 0 <= j < len(out) or not _DAY_OR_PART.match(out[j].value):
                continue
            if alone and alone[-1] == j:
                continue  # a clock time whose day is still to find: "Polls will be open from 6:30 a.m.
                # to 7:30 p.m." (of Tuesday's primary, told before) is not on the DCT's day it holds till then
            lo, hi = (t.end, out[j].start) if j > i else (out[j].end, t.start)
            if j > i and t.text.endswith(".") and not text[lo:hi].strip() and _COUNT_OPENING.fullmatch(out[j].text):
                continue  # "lifted off at 9:32 a.m. Four days later, ...": the full stop ends a sentence too
                # (not "at 7 a.m. Election Day")
            joined = j > i and out[j].rule in _CLOCK_ON_A_DAY and _NEXT_CLOCK.fullmatch(text, lo, hi)
            if _SAME_CLAUSE.fullmatch(text, lo, hi) or joined:
                value = out[j].value[:10] + _time_part(t.value)
                later = out[j].value[11:16]
                if joined and _HOUR.fullmatch(later) and _HOUR.fullmatch(value[11:16]):
                    if value.endswith("T24:00"):
                        value = value[:10] + "T00:00"  # "between midnight and 6 a.m. Wednesday": its start
                    elif value[11:16] > later and out[j].rule not in _CLOCK_RULES:
                        # "from 10 p.m. to 2 a.m. March 19": the evening before the date told
                        day = interval(value[:10])
                        if day is not None:
                            value = format_unit(day.start - 1, "day") + value[10:]
                out[i] = dataclasses.replace(t, value=value, anchor=out[j].anchor)
                break
        else:
            alone.append(i)
    for i in reversed(alone):  # from the start: "The gates open at 7 a.m. and the show starts at noon"
        t = out[i]
        # "Arsenal host Chelsea on Sunday, with kick-off at 4:30 p.m.": the one day of its
        # sentence, told before it.
        left, _ = sentence_bounds(text, t.start, t.end)
        in_sentence = _day_told_before(out, i, left)
        if news and latest is not None and (_IN_TRADING.match(text, t.end)
                                            or _TRADING_AT.search(text, max(0, t.start - 60), t.start)) \
                and in_sentence is None and tense(text, t.start, t.end) != "future":
            # a price is of the trading day reported, with no day in its sentence: "Moody's affirmed
            # the ratings on Monday. [...] rose 41 cents to $48.17 at 4 p.m. in New York Stock
            # Exchange composite trading" (not "On July 4, 2023, shares were trading 5% higher at
            # 11 a.m.", nor "will begin trading at 11 a.m.")
            out[i] = dataclasses.replace(t, value=format_unit(latest, "day") + _time_part(t.value), anchor="dct")
            continue
        if news and latest is not None and SINCE_BEFORE.search(text, max(0, t.start - 20), t.start) \
                and _PRESENT_PERFECT.search(text, max(left, t.start - 60), t.start) and not t.value.endswith("T24:00"):
            # "We've been standing here since six o'clock": the hours up to now, of today
            out[i] = dataclasses.replace(t, value=format_unit(latest, "day") + _time_part(t.value), anchor="dct")
            continue
        # A timetable in the present is no past day's: "completed the move on Tuesday evening hours
        # before the transfer window closes at 11 p.m." (a day ahead's it may be: "on Saturday ...
        # The concert, which begins at 19:30").
        timetable = latest is not None and _TIMETABLE_BEFORE.search(text, max(0, t.start - 24), t.start) is not None
        earlier = in_sentence
        if timetable and earlier is not None and _day_number(earlier.value) < latest:
            continue
        if earlier is not None and not (latest is not None and _day_number(earlier.value) > latest
                                        and past_verb_before(text, t.start) and not _WILL_DO.search(text, left, t.start)):
            # (told in the past, not on a day ahead: "the bill maturing Oct. 24 rose ... as of 4:22 p.m.")
            out[i] = dataclasses.replace(t, value=_on_day_of(earlier.value, t.value), anchor=earlier.anchor)
            continue
        # "A quake struck early on Tuesday. ... It hit at 3:42 a.m.": told in the past, a clock
        # time with no day of its own is on the day last told of, not the DCT's.
        # (Not a bound: "the three months to March 31", "funded through September 30".)
        at = _day_index_before(out, i, t.start - CLOCK_REACH, text)
        earlier = None if at is None else out[at]
        if timetable and earlier is not None and _day_number(earlier.value) < latest:
            continue
        if earlier is not None and latest is not None and news \
                and (earlier.anchor != "absolute" or (text.find("\n\n", earlier.end, t.start) >= 0
                                                      and _COMPARED_DAY.search(text, max(0, earlier.start - 8), earlier.start))) \
                and earlier.type == "DATE" and latest - 366 < _day_number(earlier.value) < latest - NEWS_DAYS:
            # (... nor, told with its year in another paragraph, one compared with: "exceeded only by the
            # 554-point fall of Oct. 27, 1997 ... [new paragraph] the selling accelerated after 3 p.m.")
            # News: a day weeks before the DCT, its year not told, is background ("had been due
            # to leave on March 29. Sterling ... trading at $1.2860 at 1700 GMT"); a day of the
            # news may be told before it. Not a day told with its year ("On October 14, 1066
            # ... The fighting began at about 9 a.m."), or that took a history's year ("on 18
            # June"), nor one told with its hour, which starts a story told hour by hour ("began
            # about 9:15 p.m. on Jan. 20 ... until after midnight").
            at = _day_index_before(out, i, t.start - CLOCK_REACH, text, deictic=True)
            earlier = None if at is None else out[at]
        if t.value.endswith("T24:00") and latest is not None and _day_number(t.value) == latest \
                and SINCE_BEFORE.search(text, max(0, t.start - 20), t.start) \
                and (earlier is None or _day_number(earlier.value) >= latest):
            # "plows had been out since midnight", of the news's day: the midnight it began with,
            # not its end (after a day told, it may be either: "The storm hit on Sunday evening.
            # Crews had been working since midnight")
            out[i] = dataclasses.replace(t, value=t.value[:10] + "T00:00")
            continue
        if earlier is None or _on_day_of(earlier.value, t.value) == t.value:
            continue
        ahead = latest is not None and _day_number(earlier.value) > latest
        # "... on Wednesday for Canada Day. The gates open at 7 a.m.": a timetable of the day
        # ahead last told of, not of the DCT's.
        told_past = tense(text, t.start, t.end) == "past" or (
            # the future of a past report: "told MPs that duty would fall from 1800 GMT"
            _WOULD_BEFORE.search(text, max(left, t.start - 80), t.start) is not None and past_verb_before(text, t.start))
        if told_past and ahead and news:
            # told in the past, of the day last told before the ones ahead: "voted 7-4 late Thursday
            # [...] The base fare will rise on July 1 [...] The meeting, which began at 6 p.m."
            earlier = _past_day_told_before(out, at, t.start - CLOCK_REACH, text, latest)
            if earlier is None or _on_day_of(earlier.value, t.value) == t.value:
                continue
            ahead = False
        if told_past != ahead \
                and not (ahead and (past_verb_before(text, t.start) and not _WILL_DO.search(text, left, t.start)
                                    or _STAMP.match(text, t.end))):
            # ("a barbecue lunch will be served from 12.30pm": no past, whatever participle came before)
            out[i] = dataclasses.replace(t, value=_on_day_of(earlier.value, t.value), anchor="reference")
    return out


def _live_stamps(text: str, found: list[Timex], latest: int | None) -> list[Timex]:
    """A clock time alone on its line, an entry's text on the next ("\n\n05:02\nConservatives
    secure majority"), is the time stamp of a live page's entry: of the DCT's day (or of the day
    an "Updated ..." line gives), not of a day its entries tell of; where three or more stamps run
    back across midnight ("00:05", then "22:00" further down a newest-first page), of the day
    before, forward across it, of the day after."""
    if latest is None:
        return found
    out = list(found)
    stamps = [i for i, t in enumerate(out) if t.rule in _CLOCK_RULES and _HOUR.fullmatch(t.value[11:16] or "")
              and _opens_its_line(text, t.start) and _ENTRY_AFTER.match(text, t.end)]
    if len(stamps) < 2:
        return out  # (one clock time on its line may be anything: a caption, a list)
    hours = [out[i].value[11:16] for i in stamps]
    # (The order of the page: each step the shorter way round the clock, "23:30" to "01:40"
    # forward; with one step only, or as many each way, none is known.)
    minutes = [int(h[:2]) * 60 + int(h[3:]) for h in hours]
    forward = sum((b - a) % 1440 < 720 for a, b in zip(minutes, minutes[1:]))
    steps = len(minutes) - 1
    order = 0 if steps < 2 or forward * 2 == steps else 1 if forward * 2 > steps else -1
    day = latest
    updated = next((t for t in reversed(out[:stamps[0]]) if t.anchor == "absolute" and _DAY.match(t.value[:10])
                    and _UPDATED.search(text, _line_start(text, t.start), t.start)), None)
    if updated is not None:  # "Updated 12:15 a.m. ET, Wed November 7, 2018"
        day = _day_number(updated.value)
        if order < 0 and _HOUR.fullmatch(updated.value[11:16]) and hours[0] > updated.value[11:16]:
            day -= 1  # (the newest entry is no later than the update)
    for n, i in enumerate(stamps):
        if n and order and (hours[n] > hours[n - 1] if order < 0 else hours[n] < hours[n - 1]):
            day += order  # across midnight
        out[i] = dataclasses.replace(out[i], value=format_unit(day, "day") + out[i].value[10:], anchor="dct")
    return out


def _opens_its_line(text: str, at: int) -> bool:
    """Whether only blanks stand between `at` and the start of its line (looked at near `at`)."""
    j = at
    while j > 0 and at - j < 16 and text[j - 1] in " \t":
        j -= 1
    return j == 0 or text[j - 1] == "\n"


def _line_start(text: str, at: int) -> int:
    return text.rfind("\n", max(0, at - 200), at) + 1


# After a stamp: its entry, on the line after ("05:02\nConservatives secure majority"; not a
# timetable's next time, "06:15\n18:40") or after a dash or colon ("12:30 p.m. - Here is what we know").
_ENTRY_AFTER = re.compile(r"[^\S\n]*(?:\n[^\S\n]*(?![\d\s])|" + _STAMP.pattern + ")")
_UPDATED = re.compile(r"\b(?:Updated|Posted|Published|Last\s+updated)\b[^\n]{0,20}$", re.IGNORECASE)


def _today_as_nowadays(text: str, found: list[Timex], dct_year: int | None) -> list[Timex]:
    """"Today" opening a sentence told in the present, after the past of its paragraph or the
    one before ("Ten years ago we had one conservator. Today, we have six"), is the present of
    a contrast, PRESENT_REF, as TimeML has "nowadays"; with a past or future verb ("Today,
    hundreds began to arrive") it is the DCT's day."""
    out = list(found)
    for i, t in enumerate(out):
        if t.rule != "today" or t.text != "Today" or dct_year is None:
            continue
        left, right = sentence_bounds(text, t.start, t.end)
        if text[left:t.start].strip(" \t\n\"“'‘") or clause_tense(text, t.start, t.end)[0] \
                or _PROGRESSIVE.search(text, t.end, right):
            continue  # ("Today we're walking out of Wembley with a trophy": today's own news)
        inner = text.rfind("\n\n", 0, t.start)
        lo = text.rfind("\n\n", 0, inner) if inner > 0 else -1  # this paragraph and the one before
        if any(o.end <= t.start and o.start > lo and _PAST_YEAR.match(o.value) and int(o.value[:4]) < dct_year
               for o in out[:i]):
            out[i] = dataclasses.replace(t, value="PRESENT_REF")
    return out


_PAST_YEAR = re.compile(r"\d{4}")
_PROGRESSIVE = re.compile(r"(?:\b(?:is|are|am|was|were)\s+|['’](?:re|s|m)\s+)\w+ing\b", re.IGNORECASE)


def _holidays_told(text: str, found: list[Timex]) -> list[Timex]:
    """A holiday takes the year of the date set beside it: "on St Patrick's Day, March 17th,
    2000" is 2000's, whatever the tense made of the holiday alone. "The day after
    Thanksgiving" is one date, the day after it."""
    out = list(found)
    for i in range(len(out)):
        a = out[i]
        if a.rule != "holiday":
            continue
        b = out[i + 1] if i + 1 < len(out) else None
        if b is not None and _APPOSITION.fullmatch(text, a.end, b.start) and _DAY_VALUE.match(b.value) \
                and _DAY_VALUE.match(a.value) and a.value[4:10] == b.value[4:10] and a.value[:4] != b.value[:4]:
            a = out[i] = dataclasses.replace(a, value=b.value[:4] + a.value[4:])
        shift = _DAY_BEFORE_AFTER.search(text, max(0, a.start - 20), a.start)
        if shift and _DAY_VALUE.match(a.value) and (i == 0 or out[i - 1].end <= shift.start()):
            try:
                day = _dt.date.fromisoformat(a.value[:10]) + _dt.timedelta(days=1 if shift["rel"].lower() == "after" else -1)
            except (ValueError, OverflowError):
                continue  # (no day before 1 January of year 1, nor after 9999)
            out[i] = dataclasses.replace(a, start=shift.start(), text=text[shift.start():a.end], value=day.isoformat())
    return out


_DAY_BEFORE_AFTER = re.compile(r"\b(?:[Tt]he\s+)?day\s+(?P<rel>before|after)\s+$", re.IGNORECASE)


def _on_day_of(told: str, clock: str) -> str:
    """A clock time on the day told, or, told after a night, a morning hour on the day after it:
    "Fans queued overnight; tickets went on sale at 9am", "on Friday night ... at 2 a.m.", "locked
    the building at midnight and did not reopen it until 6 a.m."."""
    hour = int(clock[11:13]) if clock[11:13].isdigit() else None
    day = interval(told[:10])
    if day is not None and hour is not None and ((told.endswith(("TNI", "T24:00")) and hour < 12)
                                                 or (_LATE_CLOCK.search(told) and hour < 6)):
        # (and an hour after midnight after a late one: "at 10 pm ... until about 12:30 am")
        return format_unit(day.start + 1, "day") + _time_part(clock)
    return told[:10] + _time_part(clock)


def _time_part(value: str) -> str:
    """"T02:00" of "1999-02-28T02:00" or of "BC2024-04-29T02:00" (a day told in another era)."""
    at = value.find("T")
    return value[at:] if at >= 0 else ""


def _day_number(value: str) -> int:
    """The day number of a value's day, or -1 for none (never later than any day)."""
    day = interval(value[:10])
    return day.start if day is not None else -1


_WOULD_BEFORE = re.compile(r"\bwould\b", re.IGNORECASE)
_LATE_CLOCK = re.compile(r"T(?:2[0-3]|19|18):\d\d$")
_BARE_WEEKDAY_RULES = {"weekday", "weekday_part", "time_weekday", "weekday_time", "noon_weekday", "weekday_noon"}
_WEEK_WORDS = re.compile(r"(?:last|next|this|that|the\s+(?:previous|following))\s+week$", re.IGNORECASE)


def _weekdays_in_the_week_told(text: str, out: list[Timex]) -> list[Timex]:
    """A weekday after "last week" or "next week" in its sentence is a day of that week: "she
    said last week, sitting by the window on a grey Tuesday afternoon". Not one before it: "The
    newspaper said Sunday that his comments last week ..." dates the report and the comments
    apart."""
    weeks = [t for t in out if t.type == "DATE" and _WEEK_WORDS.search(t.text) and interval(t.value)
             and interval(t.value).precision == "week"]
    if not weeks:
        return out
    out = list(out)
    for i, t in enumerate(out):
        if t.rule not in _BARE_WEEKDAY_RULES or not _DAY.match(t.value[:10]) or _WEEKDAY_DIR.search(t.text):
            continue
        left, right = sentence_bounds(text, t.start, t.end)
        week = next((w for w in reversed(weeks) if left <= w.start and w.end <= t.start), None)
        if week is None or _VERB_BETWEEN.search(text, week.end, t.start):
            continue  # ("pushed it to 75% last week, raised it to 500% on Wednesday": another act, another day)
        y, m, d = (int(x) for x in t.value[:10].split("-"))
        day = interval(week.value).start + (days_from_civil(y, m, d) + 3) % 7
        out[i] = dataclasses.replace(t, value=format_unit(day, "day") + t.value[10:], anchor=week.anchor)
    return out


_VERB_BETWEEN = re.compile(r"\b(?:said|told|says|[a-z]{3,}ed|was|were|is|are|will|would|has|had|rose|fell|made|took|"
                           r"met|held|began|won|lost|left|came|went|gave|sent|spent)\b", re.IGNORECASE)
_WEEKDAY_DIR = re.compile(r"\b(?:last|next|this|coming)\s", re.IGNORECASE)


_EARLIER_OR_HAD = re.compile(r"\b(?:earlier|before|had)\b", re.IGNORECASE)
_PART_ALONE_RULES = ("the_part", "the_part_spent", "mid_part")


def _parts_of_the_day_told(text: str, out: list[Timex], latest: int | None = None) -> list[Timex]:
    """"That night" is on the last day told of, once clock times have their days ("on Friday,
    January 3 ... By 7 a.m. ... confirmed the attack that evening"); a year told since does not
    count ("rebels swept into Damascus on December 8. Assad, who succeeded his father in 2000,
    fled that night"). "In the afternoon", "by mid-morning" told in the past are on the story's
    day; otherwise they keep the DCT's."""
    for i, t in enumerate(out):
        label = _line_label(text, out, i) if t.rule in _PART_ALONE_RULES else None
        if t.rule == "that_part":
            earlier = _day_told_before(out, i, t.start - CLOCK_REACH)
            if latest is not None and (earlier is None or _day_number(earlier.value) == latest) \
                    and t.text[:4].lower() == "that" and tense(text, t.start, t.end) == "past":
                # "that night" told in the past is not tonight: "Ivan hit on September 7th ... This
                # morning I met Marcia Joseph ... sleeping under a plastic tarp since that night"
                earlier = _day_before_dct(out, i, latest, t.start - 2000) or earlier
        elif label is not None:
            earlier = label  # "Saturday: Snow showers, heaviest in the morning."
        elif t.rule in _PART_ALONE_RULES and i and out[i - 1].value.endswith("TNI") and _DAY.match(out[i - 1].value[:10]) \
                and t.start - out[i - 1].end <= CLOCK_REACH and _PART_WORD.search(t.text.lower()).group() == "morning" \
                and tense(text, t.start, t.end) == "past" \
                and not _EARLIER_OR_HAD.search(text, sentence_bounds(text, t.start, t.end)[0], min(len(text), t.end + 60)):
            # the morning after the night just told: "... since that night. [...] We just held on to
            # each other and prayed. In the morning we walked down to my sister's place" (not one
            # told as before it: "Earlier, in the morning, protesters had gathered")
            day = interval(out[i - 1].value[:10]).start + 1
            out[i] = dataclasses.replace(t, type="TIME", value=f"{format_unit(day, 'day')}TMO", anchor="reference")
            continue
        elif t.rule in _PART_ALONE_RULES and tense(text, t.start, t.end) == "past":
            # "Archer told reporters in the afternoon": of the story's day, the last weekday or
            # "yesterday" told (not a date ahead, nor one of the background).
            earlier = _day_told_before(out, i, t.start - CLOCK_REACH, text, deictic=True)
            if earlier is not None and latest is not None and _day_number(earlier.value) > latest:
                earlier = None  # (told in the past, not of a day ahead: "will resign on Saturday. ... accepted
                # responsibility at a news conference in the afternoon")
        else:
            continue
        if earlier is not None:
            part = DAY_PARTS[_PART_WORD.search(t.text.lower()).group()]
            out[i] = dataclasses.replace(t, type="TIME", value=f"{earlier.value[:10]}T{part}", anchor="reference")
    return out


# (Not "not until": "It was not until Dec. 8 that a cutter got close" is when it did.)
_BOUND = re.compile(r"\b(?:to|through|(?<!not\s)(?<!n['’]t\s)(?:until|till)|by|ended|ending|ends|expires?|expiring)\s+(?:on\s+)?$",
                    re.IGNORECASE)
_PRESENT_PERFECT = re.compile(r"\b(?:have|has|['’]ve)\s+(?:been|stayed|waited|worked|kept)\b", re.IGNORECASE)
_BRACKET_OPEN = re.compile(r"(?:\s+" + ZONE_WORDS + r")?\s*\(\s*")  # ("10 a.m. local time (0800 GMT)")
_DAILY_OR_WEEKLY = re.compile(r"P1[DW]$|XXXX-WXX-\d$|XXXX-XX-XXT")
_LABEL_AFTER = re.compile(r"[^\S\n]*(?:\([^)\n]{0,40}\)[^\S\n]*)?(?::|\.\.\.)")  # (the Weather Service's ".WEDNESDAY...SNOW")


_NOUN_AFTER_SET = re.compile(r"\s+(?!(?:from|at|until|till|to|between|except|and|or|through|in|on|since|before|after|"
                             r"during|for|with|but|only|around|about|starting|beginning|noon|midnight|including|"
                             r"year-round|apart)\b)[a-z]")
# What may stand between a clock time and its set: 60 characters at most, no end of a sentence
# or clause but the full stops of "a.m." and "p.m." ("from 10 a.m. until 9 p.m. daily").
_SET_GAP = re.compile(r"(?:[^.;!?\n]|(?<=[apAP])\.(?=[mM]\.)|(?<=[apAP]\.[mM])\.(?!\s+[A-Z]))*")
_RELATIVE_OPEN = re.compile(r",\s*(?:who|which|that)\b[^,]*$", re.IGNORECASE)


def _set_beside(text: str, sets: list[Timex], starts: list[int], t: Timex) -> bool:
    """Whether a daily or weekly set stands beside clock time `t` in its clause ("open daily from
    10 a.m.", "at 6 a.m. and 6 p.m. each day"), not in a relative clause of its own ("who ran
    daily, collapsed at 7 a.m.")."""
    k = bisect.bisect_left(starts, t.start)
    for o in sets[max(0, k - 1):k + 1]:
        lo, hi = (o.end, t.start) if o.end <= t.start else (t.end, o.start)
        first = min(o.start, t.start)
        if 0 <= hi - lo <= 60 and _SET_GAP.fullmatch(text, lo, hi) \
                and not ("," in text[lo:hi] and _RELATIVE_OPEN.search(text, max(0, first - 60), first)):
            return True  # (a relative clause closed between them: "who ran daily, collapsed at 7 a.m.")
    return False


def _any_within(starts: list[int], lo: int, hi: int) -> bool:
    """Whether one of `starts` (in order) lies in [lo, hi)."""
    k = bisect.bisect_left(starts, lo)
    return k < len(starts) and starts[k] < hi


def _line_label(text: str, out: list[Timex], i: int) -> Timex | None:
    """The day that opens out[i]'s line as its label, as in a forecast or a programme
    ("Tuesday (Christmas Eve): Rain, mainly in the morning.", ".WEDNESDAY...SNOW ENDING IN THE
    AFTERNOON.")."""
    at = out[i].start
    line = _line_start(text, at)
    if not line and at > 200:
        return None  # (no line start near: no label; and no walk back through a long text)
    for j in range(i - 1, -1, -1):
        o = out[j]
        if o.start < line:
            return None
        if text[line:o.start].strip() in ("", ".") and _DAY.match(o.value[:10]) and _LABEL_AFTER.match(text, o.end):
            return o
    return None


def _day_told_before(out: list[Timex], i: int, since: int, text: str | None = None,
                     deictic: bool = False) -> Timex | None:
    """The last day-level date or time before out[i] that ends after `since` (walked back in
    place: a text of many clock times must not copy the list for each); with `text`, not one
    that bounds a period ("until Friday") nor one of a report ("said Thursday"); with
    `deictic`, only a weekday, "today", "yesterday" or a clock time given its day."""
    j = _day_index_before(out, i, since, text, deictic)
    return None if j is None else out[j]


def _day_index_before(out: list[Timex], i: int, since: int, text: str | None = None,
                      deictic: bool = False) -> int | None:
    """Where in `out` _day_told_before's day is (an index: looking a Timex up by equality
    would walk the list again, and an equal one may stand elsewhere)."""
    for j in range(i - 1, -1, -1):
        o = out[j]
        if o.end <= since:
            return None
        if text and o.rule in _CLOCK_RULES and _opens_its_line(text, o.start) and _ENTRY_AFTER.match(text, o.end):
            return None  # a live page's time stamp, whose day is the page's (see _live_stamps), told of
            # nothing, opens an entry of its own: a day told in an entry before is not this one's
        if text and o.anchor == "absolute" and o.type == "DATE" and not _DAY.match(o.value[:10]) \
                and _OPENS_SENTENCE.search(text, max(0, o.start - 6), o.start):
            return None  # "In 1944, Stauffenberg left a bomb ... It exploded at 12:42 p.m.": a new story
            # (not a duration: "About 25 minutes into the flight, ... At 6:41 p.m., the plane stalled")
        if o.rule == "the_night_before" or (o.type == "TIME" and o.rule in ("relative_ref", "approx_relative_ref")):
            continue  # a look back, not the story's day: "had slept little the night before. At 6:41 p.m., the plane
            # stalled"; nor "Two minutes later", on the day of the clock time it counts from, told before it
        if o.type in ("DATE", "TIME") and _DAY.match(o.value[:10]) \
                and not (text and _BOUND.search(text, max(0, o.start - 12), o.start)) \
                and not (text and _REPORTED_ON.search(text, max(0, o.start - 40), o.start)) \
                and not (deictic and o.rule not in _STORY_DAY_RULES and o.rule not in _CLOCK_RULES):
            # (a clock time alone has the day the story is on: "began at about 9 a.m. ... By late afternoon")
            if text and _in_flashback(text, o.start):
                continue  # a day told in the past perfect is a look back from the story, not its day: "In the
                # late afternoon of May 20, 1932 [...] She had left New Jersey the day before [...] At 7:12 p.m.
                # she took off"; "Lindbergh had taken off for Paris on May 20, 1927"; "had been on their feet
                # since 6am on Thursday" (but a clause after "when" has its own tense: "had been at sea for four
                # days when lookouts spotted an iceberg on April 14")
            return j
    return None


def _past_day_told_before(out: list[Timex], k: int, since: int, text: str, latest: int) -> Timex | None:
    """The last day of the story told before out[k] (a weekday, "yesterday", a clock time given
    its day; see _day_told_before), not after the DCT's day `latest`: one walk back."""
    j = _day_index_before(out, k, since, text, deictic=True)
    while j is not None and _day_number(out[j].value) > latest:
        j = _day_index_before(out, j, since, text, deictic=True)
    return None if j is None else out[j]


_BOUND_BEFORE = re.compile(r"\b(?:before|until|till|by)\s+$", re.IGNORECASE)


def _in_flashback(text: str, at: int) -> bool:
    """Whether the day told at `at` is in a clause in the past perfect, not as its bound ("had thrown
    14 passes before that day" is told from the story's day)."""
    return past_perfect_before(text, at) and not _BOUND_BEFORE.search(text, max(0, at - 8), at)


# The day of a report, not of the story: "killing at least 11 people, officials said Thursday".
_REPORTED_ON = re.compile(r"\b(?:said|told\s+[\w.]+|reported|announced|confirmed|testified|added|stated)"
                          r"(?:\s+(?:by\s+(?:tele)?phone|in\s+an?\s+(?:interview|statement)))?\s+(?:on\s+)?$", re.IGNORECASE)
_PART_WORD = re.compile(r"morning|afternoon|evening|night")
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?\n]\s*(?:(?:In|By|During|Since)\s+)?)$")
_STORY_DAY_RULES = {"weekday", "weekday_part", "time_weekday", "weekday_time", "noon_weekday", "weekday_noon", "today",
                    "yesterday", "deictic_part", "part_deictic"}


# "from March to June", "between December and February", "March-June".
_RANGE = re.compile(r"\s*(?:-|–|—|to|until|till|through|thru|and)\s*", re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_UNTIL = re.compile(r",?\s*(?:until|till|through|thru)\s*", re.IGNORECASE)
_RANGE_END = re.compile(r",?\s*(?:-|–|—|to|until|till|through|thru)\s*", re.IGNORECASE)
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d(?:T|$)")
_YEAR_TOLD = re.compile(r"UNDEF-year-y(?:0|-1|\+1)-")
_FROM = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)
_CLOCK_VALUE = re.compile(r"T\d\d:\d\d$")
_MONTH_OR_DAY = re.compile(r"(\d{4})(-\d\d(?:-\d\d)?)$")


def _ranges_in_order(text: str, found, out: list[Timex], latest: int | None = None) -> list[Timex]:
    """The two ends of a range of months or days, read one by one, may come out reversed ("from
    March to June" in February: March ahead, June behind). A year-less end takes the year that
    puts it on the right side of the other: "from March to June 2026" is March 2026. A range of
    weekdays told with no tense that ends by the DCT (`latest`, its day number) is past."""
    out = list(out)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if b.start - a.end > 12:
            continue  # (no "to", "until", "through" or dash between them: no range; most pairs)
        if found[i + 1][4].startswith("UNDEF-weekday-tense-") and not found[i][4].startswith("UNDEF-weekday-") \
                and _DAY_VALUE.match(a.value) \
                and _DAY_VALUE.match(b.value) and _FROM.search(text, max(0, a.start - 9), a.start) \
                and _RANGE_END.fullmatch(text, a.end, b.start) and b.value[:10] < a.value[:10]:
            # "from 6pm on Thursday, August 8th, until midnight on Monday": not a Monday before
            # the start, but the first after it (not "bought from Sept. 14 to Thursday")
            first, last = _dt.date.fromisoformat(a.value[:10]), _dt.date.fromisoformat(b.value[:10])
            last = first + _dt.timedelta(days=(last.weekday() - first.weekday()) % 7 or 7)
            out[i + 1] = dataclasses.replace(b, value=last.isoformat() + b.value[10:])
            continue
        if all(f[4].startswith("UNDEF-weekday-tense-") for f in found[i:i + 2]) and _DAY_VALUE.match(a.value) \
                and _DAY_VALUE.match(b.value) and _FROM.search(text, max(0, a.start - 6), a.start) \
                and _UNTIL.fullmatch(text, a.end, b.start):
            first, last = _dt.date.fromisoformat(a.value[:10]), _dt.date.fromisoformat(b.value[:10])
            if (last - first).days >= 7:
                # "a warning from 6 p.m. Tuesday until noon Wednesday": its start is of the week
                # of its end, whatever the tense made of it alone
                first = last - _dt.timedelta(days=(last.weekday() - first.weekday()) % 7)
                out[i] = dataclasses.replace(a, value=first.isoformat() + a.value[10:])
                continue
        ma, mb = _MONTH_OR_DAY.match(a.value), _MONTH_OR_DAY.match(b.value)
        m = _RANGE.fullmatch(text, a.end, b.start)
        if not (ma and mb and m and a.type == b.type == "DATE"):
            continue
        weekdays = all(f[4].startswith("UNDEF-weekday-tense-") for f in found[i:i + 2])
        if "and" in m.group().lower() and not _BETWEEN.search(text, max(0, a.start - 9), a.start) and not weekdays:
            continue
        # (A year-less end, not one with its year told: "July 19 next year".)
        open_a, open_b = (f[4].startswith("UNDEF-year-") and not _YEAR_TOLD.match(f[4]) for f in (found[i], found[i + 1]))
        joined = "and" in m.group().lower() and not _FROM.search(text, max(0, a.start - 9), a.start)
        if weekdays and (_FROM.search(text, max(0, a.start - 6), a.start) or joined):
            if b.value < a.value:  # "runs from Monday to Friday": the Friday after that Monday ...
                if joined and tense(text, a.start, a.end) == "past":
                    continue  # ("statements made Friday and Thursday": two past days, in any order)
                told = tense(text, a.start, a.end)
                if told == "past" or (not told and latest is not None and 0 <= _day_number(b.value) <= latest
                                      and past_verb_before(text, a.start)):
                    # ... "ran": the Monday before that Friday; so too "incidents reported from Friday
                    # through early Sunday", told on that Sunday (not "The museum is open from
                    # Thursday to Monday", told on a Monday)
                    earlier = _dt.date.fromisoformat(a.value[:10]) - _dt.timedelta(days=7)
                    out[i] = dataclasses.replace(a, value=earlier.isoformat() + a.value[10:])
                else:
                    later = _dt.date.fromisoformat(b.value[:10]) + _dt.timedelta(days=7)
                    out[i + 1] = dataclasses.replace(b, value=later.isoformat() + b.value[10:])
            continue
        if any(not f[4].startswith("UNDEF-year-") and f[4].startswith("UNDEF") for f in found[i:i + 2]):
            continue  # "a revision Friday to December's figures": a weekday is no end of a range
        if _MOVED_FROM.search(text, max(0, a.start - 80), a.start):
            continue  # a move, no range: "moved the film from July 17 to Oct. 2" (in April)
        if open_a and not open_b:
            year = int(mb[1]) - (ma[2] > mb[2][:len(ma[2])])
            out[i] = dataclasses.replace(a, value=f"{year:04d}{ma[2]}")
        elif open_b:  # the first one after the start: "between July 20 and November 12" (not a year on)
            year = int(ma[1]) + (mb[2] < ma[2][:len(mb[2])])
            if year != int(mb[1]):
                out[i + 1] = dataclasses.replace(b, value=f"{year:04d}{mb[2]}")
    return out


# (the verb of this "from", no comma between: not "The show, which moved from London to Paris, runs from Dec. 1")
_MOVED_FROM = re.compile(r"\b(?:moved|moves|move|moving|pushed|postponed|delayed|deferred|adjourned|rescheduled|shifted|"
                         r"brought\s+forward|pulled\s+forward)\b[^.;:!?\n,]*\bfrom\s+$", re.IGNORECASE)


def _remember(events: dict[str, Anchor], text: str, start: int, end: int, value: str) -> None:
    """Note the date of the event nouns that text[start:end] dates, unless one is known."""
    anchor = None
    for noun in event_nouns(text, start, end):
        if noun not in events:
            anchor = anchor or Anchor.from_value(value)
            if anchor is None:
                return
            events[noun] = anchor


def _dated_events(text: str, found) -> dict[str, Anchor]:
    """Event nouns dated by absolute dates, wherever they are: a headline may name the
    anniversary before the body dates the event."""
    events: dict[str, Anchor] = {}
    for start, end, _, type_, template, _ in found:
        if type_ == "DATE" and not template.startswith("UNDEF"):
            _remember(events, text, start, end, template)
    return events
