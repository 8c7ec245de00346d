"""The tense of the clause around a time expression, from cue words (no part-of-speech tagger).

"The summit scheduled for June" looks ahead; "the summit in June agreed" looks back. A past verb
governing the expression decides first ("met on Monday", "told reporters Tuesday that"), then
a fronted date's main verb, then the cue nearest to the expression inside its clause; without
one the tense is unknown ("").
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from .grammar import alternation, expand
from .scan import lowered
from .vocabulary import PAST_IRREGULAR, ZONE_WORDS

_FUTURE = (
    "will", "'ll", "shall", "won't", "going to", "set to", "scheduled", "expected to", "is to", "are to", "plan to",
    "plans to", "planned", "planning", "upcoming", "is due", "are due", "due to be", "ahead of", "intend to", "intends to",
    "aim to", "aims to", "forthcoming", "anticipated", "slated", "to be held", "penciled in", "pencilled in",
    "would", "might", "may", "set to", "as soon as", "as early as", "effective", "was to", "were to",
    # The present of a timetable: "the trial begins Monday", "the offer expires Nov. 9".
    "begins", "starts", "opens", "expires", "takes effect", "resumes", "convenes", "ends", "closes",
    # ... and of debts: "notes that come due in June", "bonds that mature in 2030".
    "come due", "comes due", "fall due", "falls due", "mature", "matures", "expire",
    # ... and in the plural, right before its date: "The Rio Games open on August 5".
    "open on", "begin on", "start on", "close on", "end on", "resume on", "take effect on",
    # Intentions: "hopes to travel to Kyiv on Monday".
    "hopes to", "hope to", "wants to", "want to", "seeks to", "seek to", "vows to", "pledges to",
    # ... and preparations: "is preparing to shut the app down on Sunday", "is poised to open on Monday"
    # (not told in the past: "He was preparing to leave on Sunday when police arrested him").
    "is preparing to", "are preparing to", "prepares to", "is poised to", "are poised to",
    # Forecasts: "the company expects profit to grow in the second half" (not "expects to report a
    # third-quarter loss": the quarter reported on is past; "forecasts" is mostly a noun), and
    # what should be: "the deal should close in the second quarter".
    "expects", "expect", "predicts", "forecast", "projected", "guided", "should", "could", "couldn't",
    # ... and what is likely: "none is likely to go to trial before the Nov. 5 election", and a forecast's
    # what may be, right before its date: "storms were possible across the Plains on Friday".
    "likely to", "unlikely to", "possible on", "likely on",
)
# "ago" looks back by itself, as do "recently" and "previously"; "set up" is a past only with its
# particle ("set" alone may be ahead).
_PAST_IRREGULAR = (*PAST_IRREGULAR, "ago", "set up", "agreed", "joined", "annexed", "been", "recently", "previously",
                   # participles that are no "-ed" word: "a bridge loan taken out in November"
                   "taken", "given", "written", "chosen", "stolen", "begun", "driven", "born", "spoken", "broken")
_REPORTING = {"reported", "announced", "added", "noted", "stated", "explained", "declared",
              "confirmed", "claimed", "insisted", "warned", "predicted", "estimated", "indicated",
              "disclosed", "revealed", "acknowledged", "suggested", "argued", "replied"}
_PAST_WORDS = set(_PAST_IRREGULAR) - {"ago", "set up", "been", "recently", "previously"} | {"said", "told"}
# Participles that usually look ahead in news ("the scheduled summit", "the expected vote").
_NOT_PAST = {"scheduled", "expected", "planned", "proposed", "anticipated", "slated", "needed", "penciled", "pencilled",
             "required", "based", "called", "united", "red", "bed", "need", "speed", "feed",
             "shed", "seed", "embed", "bred", "indeed", "hundred", "related", "limited",
             "interested", "concerned", "advanced", "detailed", "skilled", "sophisticated",
             "armed", "allied", "supposed", "used", "hired",
             # Base forms that merely end in "-eed" ("will succeed Mr. Davison Feb. 1").
             "succeed", "proceed", "exceed", "bleed", "breed", "heed", "greed", "steed", "weed",
             # Four letters ending in "-ed" that are no past ("died", "sued" are).
             "deed", "reed", "sled", "aged",
             # Reporting verbs date the report, not what it reports ("said it would close Friday"),
             # unless the expression follows them ("said Friday").
             *_REPORTING}

# A participle after "be" is passive, and the auxiliary before it decides: "will be held" looks
# ahead, "is expected to be signed" too; "was held" looks back through "was".
_AFTER_BE = re.compile(r"\b(?:be|is|are|am|being)\s+$", re.IGNORECASE)
# The verb right before an expression governs it: "said Friday", "met on Monday".
# After "be" it is a passive whose auxiliary decides ("will be released on Dec. 24"), after "is"
# a present one ("when the case is heard in May"); a particle
# may stand between ("took place in May", "set up in June").
_GOVERNING = re.compile(r"(?:^|\s)(?<!\bbe\s)(?<!\bis\s)(?<!\bare\s)(?<!\bam\s)(?<!\bbeing\s)(?P<verb>[a-z]+)\s+(?:(?:place|up|out|off|down|back|over)\s+)?"
                        r"(?:on\s+|in\s+|late\s+|early\s+|at\s+(?:about\s+|around\s+)?)?$")
# "Next" looks ahead, except in "next to" (a place); so does a date "set for" ("the judge set
# sentencing for September 17").
# The progressive of an arrangement looks ahead too: "the president is meeting Putin on Tuesday"
# (but "is continuing to try" is no arrangement: only verbs of meetings and journeys).
_ARRANGED = ("meeting", "visiting", "travelling", "traveling", "flying", "heading", "going", "coming",
             "leaving", "arriving", "returning", "hosting", "holding", "attending", "signing", "voting",
             "launching", "releasing", "opening", "presenting", "unveiling", "announcing")
# Matched on the lower-cased text (`_lowered`), where the regex engine skips an alternative by its
# first letter, which it cannot while ignoring case: a third of the time. The words are lower case.
_CUES = re.compile(rf"\b(?:(?P<future>{alternation(_FUTURE)}|next(?!\s+to\b)|(?<!originally\s)(?<!initially\s)(?<!previously\s)set(?!\s+(?:aside|up|off|out|about|back|down|in|forth|records?|an?\s+(?:new\s+|all-time\s+|world\s+)?record)\b)(?=\s+(?:[\w'’-]+\s+){{0,3}}?for\b)"
                   rf"|(?:is|are|am|(?<!day)'s|'re)\s+(?:{alternation(_ARRANGED)}))"  # (not "Wednesday's meeting")
                   rf"|(?P<past>{alternation(_PAST_IRREGULAR)})"
                   r"|(?P<ed>[a-z]{2,}ed))\b")
# A full stop after an initial or a common abbreviation ("U.S.", "Mr.") ends no sentence.
# The punctuation is matched first and the abbreviations looked back at after it, so the
# look-behinds run only at punctuation, not at every character; as one character class, it also
# lets the regex engine skip ahead to the next punctuation or line break.
_SENTENCE_END = re.compile(r"[.!?;\n](?:(?<=\n)|(?<!\b[A-Z].)(?<!\bU\.S.)(?<!\bU\.K.)(?<!\bU\.N.)(?<!\bMr.)(?<!\bMs.)"
                           r"(?<!\bDr.)(?<!\bSt.)(?<!\bGen.)(?<!\bSen.)(?<!\bRep.)(?<!\bGov.)(?<!\bNo.)(?<!\bvs.)(?<!\bMrs.)"
                           r"(?<!\bProf.)(?<!\bCol.)(?<!\bLt.)(?<!\bSgt.)(?<!\bCapt.)(?<!\bRev.)"
                           # (not "5 p.m. Friday", "2 p.m. Eastern on", "5 p.m. New York time", "10:35 a.m.
                           # (0735 GMT)": one clause)
                           rf"(?!(?<=[ap]\.m\.)\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|[A-Z]{{2,4}}\b|{ZONE_WORDS}|\())"
                           r"\s+(?=[A-Z\"“‘'(`]))")


@lru_cache(maxsize=4)
def _lowered(text: str) -> str:
    return lowered(text)


@lru_cache(maxsize=4)
def _sentence_ends(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """(starts, ends) of every sentence break of a text, found once per text: a text's time
    expressions all ask for their sentence, and scanning back for each one cost more than the
    rest of the tagger together."""
    found = [(m.start(), m.end()) for m in _SENTENCE_END.finditer(text)]
    datelines, at = [], 0
    while at < DATELINE_REACH:  # (only at the starts of the opening's lines)
        m = _DATELINE.match(text, at, DATELINE_REACH)
        if m:
            datelines.append(m.span())
        at = text.find("\n", at, DATELINE_REACH) + 1
        if not at:
            break
    if datelines:  # (the full stops inside one, "ALBANY, Ga. (AP) _", break nothing)
        found = sorted({*(f for f in found if f[0] >= DATELINE_REACH or not any(a <= f[0] < b for a, b in datelines)),
                        *datelines})
    return tuple(s for s, _ in found), tuple(e for _, e in found)


# A dateline ends where its story's first sentence starts: "DENVER, Dec. 8 -- Until Thanksgiving,
# executives ... were still telling", "ALBANY, Ga. (AP) _ The river ...", "NEW YORK (Reuters) -
# Stocks ...". Looked for in a text's opening only (one pattern tried at every character of every
# text would cost more than all the sentence breaks together).
_DATELINE = re.compile(r"[A-Z][A-Z.'’ -]{1,40}(?:,[^\n—–_]{1,40}?)?\s*(?:\([^()\n]{1,30}\)\s*(?:--|—|–|_|-)|--|—|–|_)"
                       r"\s+(?=[A-Z\"“])")
DATELINE_REACH = 1000


def after_dateline(text: str, at: int) -> int:
    """Where the story starts if a dateline opens a line at `at` ("BRUSSELS (AP) — A single ..."),
    else `at`: asked for the tense at a sentence's start, the dateline is a sentence of its own."""
    m = _DATELINE.match(text, at, DATELINE_REACH) if at < DATELINE_REACH and (not at or text[at - 1] == "\n") else None
    return m.end() if m else at


def sentence_bounds(text: str, start: int, end: int, reach: int = 400) -> tuple[int, int]:
    """The sentence around [start, end), looked for within `reach` characters either side."""
    starts, ends = _sentence_ends(text)
    lo = max(0, start - reach)
    i = bisect.bisect_right(ends, start) - 1  # the last break ending at or before `start`
    left = ends[i] if i >= 0 and ends[i] >= lo and starts[i] >= lo else lo
    # the first break starting at or after `end`, or at its last character: the full stop of
    # "at 4:10 p.m." may end the sentence too
    j = bisect.bisect_left(starts, end - 1 if end and text[end - 1] == "." else end)
    hi = min(len(text), end + reach)
    right = starts[j] + 1 if j < len(starts) and ends[j] <= hi else hi
    return left, right


# A deadline looks ahead: "must be returned by Jan. 14", "talks supposed to conclude by May".
# Not "through": "prices rose 2.6% in the 12 months through June" is mostly the end of a period
# reported on (tried: two business probes and a TBAQ value lost, one article probe gained).
_DEADLINE = re.compile(r"(?:^|\s)(?:by|until|till)\s+(?:at\s+least\s+)?$", re.IGNORECASE)
_CLAUSE_ENDS = re.compile(r"\s*(?:[.;:!?]|,\s+(?:and|but|or)\b|$)")
_OPENS_CLAUSE = re.compile(r"(?:^|[,;(\"“]\s*(?:(?:and|but|then)\s*)?|\b(?:and|but)\s*)$|^\s*$", re.IGNORECASE)
# ... unless its clause is told in the past perfect: "159 members had filed reports by Wednesday",
# or a simple past of lasting leads to it: "the lockdown lasted until December" (not one of
# putting off: "officials postponed until Tuesday" still looks ahead).
# (An active past: after be, was or is the participle is a passive, which may look ahead: "was
# suspended until Monday", "must be accepted by Dec. 1".)
_NOT_UNTIL = re.compile(r"\b(?:was|were|did|had)(?:\s+not|n['’]t|\s+never)\s+(?:(?!(?:and|but|that|which|who|will|would|"
                        # (not what was not looked for until then: "was not expected until Friday")
                        r"expect|expected|plan|planned|intend|intended|want|wanted|schedule|scheduled|due|set|"
                        r"anticipate|anticipated|think|thought|need|needed|have\s+to|to|"
                        # nor what was not being done until then: "was not resuming flights until Tuesday"
                        r"[a-z]+ing)\s)[\w'’-]+\s+){0,6}$",
                        re.IGNORECASE)
_PAST_BEFORE_DEADLINE = re.compile(r"(?<!\bbe\s)(?<!\bbeen\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bis\s)(?<!\bare\s)"
                                   r"\b(?:lasted|remained|stayed|continued|served|worked|lived|persisted|reigned|ruled|"
                                   r"governed|waited|existed|endured|ran|held|stood|kept|fought)\s+"
                                   # its object may stand between: "worked for a company until"
                                   r"(?:(?!(?:to|will|would|that)\s)[\w'’-]+\s+){0,6}$"
                                   # or a past denied up to it: "did not report it to the WHO until February"
                                   r"|\b(?:did\s+not|didn['’]t|had\s+not|hadn['’]t)"
                                   r"\s+(?:(?!(?:will|would|that)\s)[\w'’-]+\s+){0,8}$", re.IGNORECASE)
_PERFECT = re.compile(r"\bhad\b", re.IGNORECASE)
_IF_CLAUSE = re.compile(r"\b(?:if|unless)\b[^,;]*$", re.IGNORECASE)  # ("if no agreement was reached by Friday")
# A simple past passive before "by" and a date (not a plan: "was scheduled for completion by June").
_DONE_BY = re.compile(r"\b(?:was|were)\s+(?:[a-z]+ly\s+)?(?!(?:expected|scheduled|planned|set|slated|required|ordered|told|"
                      r"asked|supposed|due|urged|needed|designed|intended|forecast|projected|meant)\b)"
                      r"(?:[a-z]{3,}ed|taken|done|made|given|built|sold|paid|held|found|brought|sent|shut|put|left|kept|"
                      r"lost|won|begun|written|driven|shown|drawn|broken|chosen|cut|hit)\s+"
                      # (no infinitive or modal between: "were warned to evacuate by Friday" looks ahead; "to
                      # hospitals" is a place)
                      r"(?:(?!(?:will|would|must|should|shall|can|could|may|might|that|and|but|which|who)\s)"
                      r"(?!to\s+(?!(?:the|a|an|his|her|their|its|our|hospitals?|court|jail|prison|safety)\b)[a-z]+\b)"
                      r"[\w'’-]+\s+){0,6}$", re.IGNORECASE)
# A plan told in the past perfect is past: "the offer had been scheduled to expire Friday".
_HAD = re.compile(r"\bhad\s+(?:been\s+)?$", re.IGNORECASE)
# A plan's participle after these adverbs tells how or when the plan was made ("the hastily
# planned trip", "as previously planned"), not that what it plans lies ahead.
_ADVERB = re.compile(r"\b(?:previously|hastily|carefully|meticulously|long|originally|initially)\s+$", re.IGNORECASE)
# "Was"/"were" before a plan is the plan's auxiliary, not a past of its own.
_PLAN_AFTER_AUX = re.compile(r"\s+(?:planning|expected|scheduled|slated|set|due|going|about)\s+to\b", re.IGNORECASE)
_ADJECTIVAL = re.compile(r"\b(?:a|an|the|its|his|her|their|our|my|your|every)\s+(?:[a-z]+ly\s+|(?:still|yet|as\s+yet)\s+|much-|long-|well-)?$"
                         r"|\b(?:at|to|from|with|against|of|for|by)\s+(?-i:[a-z]+ly)\s+$", re.IGNORECASE)  # "at newly promoted Fulham"
# A round number before a participle and its noun: "a thousand oversized foam dominoes" (not a
# verb with its subject: "A million signed the petition", "a hundred died in the floods").
_ROUND_NUMBER = re.compile(r"\ba\s+(?:hundred|thousand|dozen|million)\s+$", re.IGNORECASE)
_NOUN_NEXT = re.compile(r"\s+(?!(?:the|a|an|in|on|at|to|for|of|from|with|by|and|or|but|as|that|this|his|her|its|their|"
                        r"our|my|your|after|before|during|over|into|outside|near)\b)[a-z]")
_PREPOSITION_BEFORE = re.compile(r"\b(?:on|in|at|from|with|against|of|for|into|onto|over|under|about|through|without)\s+$",
                                 re.IGNORECASE)
_DETERMINER = re.compile(r"\b(?:a|an|the|its|their|his|her|our|analysts['’]?)\s+$", re.IGNORECASE)
# Pasts that are also nouns, a noun after an article or another noun: "a rate cut", "a big hit".
# A reporting verb's object makes it an act ("declared a cease-fire"), not a report.
_ACT_OBJECT = re.compile(r"\s+(?:a|an|the|its|his|her|their)\s+(?!(?:loss|profit|gain|drop|rise|decline|increase|fall|jump|deficit|surplus)\b)",
                         re.IGNORECASE)  # (not a result reported: "reported a loss in the first quarter")
# "called" as a call made has a person after it; as naming, an indefinite noun or "is" before it.
_CALLED_WHOM = re.compile(r"\s+(?:(?-i:[A-Z][a-z]+)|him|her|them|it|me|us|police|officials|911|999)\b(?!\s+(?-i:[A-Z]))", re.IGNORECASE)
_NAMING_BEFORE = re.compile(r"(?:\b(?:a|an|one|something|is|are|am|be|being|so)\s+(?:[\w-]+\s+)?|so-|what['’]s\s+|,\s*)$",
                            re.IGNORECASE)  # (", called Pulse," names in apposition)
_NOUN_PASTS = {"cut", "hit", "put", "shut", "quit", "cost", "set", "bid", "bet", "spread", "split", "shot", "run", "lead"}
_NOUN_BEFORE = re.compile(r"\b(?:a|an|the|rate|tax|price|job|spending|budget|interest|big|further|another|first)\s+$",
                          re.IGNORECASE)
_NOT_AFTER = re.compile(r"(?:\s+not\b|\s+never\b|n['’]t\b)", re.IGNORECASE)
# Pasts that are also base forms: "the storm will hit the coast on Friday".
_BASE_PASTS = {"hit", "cut", "put", "shut", "set", "quit", "cost", "spread", "split", "bet", "bid", "let", "read",
               "hurt", "burst", "cast", "beat", "run", "come", "become"}
_MODALS = "will|would|can|could|should|might|must|shall"
_MODAL_BEFORE = re.compile(rf"\b(?:{_MODALS}|to|may|'ll|not|n't|cannot|does|do|did)"
                           r"\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE)
# (Modals only, not "to": "A vote to impeach failed in the Senate on Tuesday" is past.)
_MODAL_VERB_BEFORE = re.compile(rf"\b(?:{_MODALS}|(?-i:may)|['’]ll)\s+"
                                r"(?!(?:have|has|had|be|been|being|get|got|become|seem|remain|stay|feel|look|appear|"
                                r"that|which|who|and|or|but|the|a|an)\b)[a-z]+\s+$",
                                re.IGNORECASE)
_HAVE_RIGHT_BEFORE = re.compile(r"\b(?:have|has|had)\s+$", re.IGNORECASE)
_HAVE_GOT = re.compile(r"(?:['’]ve|\bhave|['’]s|\bhas)\s+$", re.IGNORECASE)
_STAY_BEFORE = re.compile(r"\b(?:stay|stays|remain|remains|keep|keeps|be|been)\s+$", re.IGNORECASE)
_BE_AFTER = re.compile(r"\s+(?:be|also|only|still|easily|well|already)\b", re.IGNORECASE)
_HAVE_AFTER = re.compile(r"\s+(?:not\s+)?have\b(?!\s+to\b)", re.IGNORECASE)  # (not "may have to": a need ahead)
# ... and a perfect: "would have killed us" (not "would have the report ready by Friday")
_HAVE_DONE_AFTER = re.compile(r"\s+(?:not\s+)?have\s+(?:been|had|got|gotten|made|done|gone|come|seen|taken|given|won|lost|"
                              r"felt|left|kept|paid|sold|run|hit|put|cut|met|known|shown|grown|thrown|written|driven|"
                              r"broken|chosen|spoken|fallen|beaten|forgotten|risen|drawn|flown|"
                              # (not "would have seven stages", "would have a hundred", "would have need of")
                              r"(?!(?:need|seed|feed|speed|indeed|hundred)\b)[a-z]{2,}ed)\b", re.IGNORECASE)
_TO_REPORT = re.compile(r"\s+to\s+(?:report|post|show|record|book)\s+(?:a|an|its|their)\s+(?:[\w-]+\s+)?"
                        r"(?:first|second|third|fourth)-quarter\b", re.IGNORECASE)
_TO = re.compile(r"\s+to\b")
_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been)\s+$", re.IGNORECASE)
_PLAN_PARTICIPLES = {"planned", "scheduled", "anticipated", "slated"}
_PLAN_VERBS = {"proposed", "planned", "scheduled", "expected", "anticipated"}
_ASKED_TO = {"asked", "urged", "ordered", "told", "advised", "instructed", "invited", "called", "encouraged",
             "warned", "allowed", "authorized", "authorised", "required", "forced", "persuaded", "permitted",
             "compelled"}
_RESOLVED_TO = {"agreed", "decided", "voted", "promised", "pledged", "vowed", "undertook", "resolved", "committed"}
# (not a preposition left at the clause's end: "the rules he agreed to in January")
_TO_VERB = re.compile(r"\s+to\s+(?!(?:the|a|an|his|her|its|their|this|that|be\s+\w+ed|in|on|at|by|during|last|earlier)\b)[a-z]+\b")


_FRAME_VERBS = alternation(["said", "told", "announced", "stated", "declared", "testified", "wrote", "reported",
                            "disclosed", "revealed", "confirmed"])
# A report's own frame: "told reporters Tuesday that ...", "said in a statement on Friday,
# ...": a reporting verb a few words before, the date, then what was reported.
_FRAME_BEFORE = re.compile(r"(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)"
                           r"(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)"  # (not "a confirmed contamination at its session on April 21")
                           rf"\b(?:{_FRAME_VERBS})\s+"
                           r"(?:(?!(?:that|which|who|and|but|it|he|she|they|we|I|you|there|this|would|will|could|may|might|should|can|"
                           r"to|is|are|was|were|has|have|had|the\s+\w+\s+(?:of|for))\b)[\w.'’-]+\s+){1,4}(?:on\s+)?$",
                           re.IGNORECASE)
# (A quick look for the verb first: the full pattern, tried at each position, costs more.)
_FRAME_VERB = re.compile(rf"\b(?:{_FRAME_VERBS})\b")
_VERB_AFTER = re.compile(r"\s+(?P<verb>[a-z]+)\b")
_NOUN_MODIFIER = re.compile(r"\b(?:due|maturing|expiring|ending|starting|beginning|dated|delivery)\s+(?:on\s+|in\s+)?$",
                            re.IGNORECASE)
_FRAME_AFTER = re.compile(r"\s*(?:,|that\b|\.\s|\.$|$)", re.IGNORECASE)


def governed_by_past(text: str, start: int, end: int | None = None) -> bool:
    """Whether the verb right before text[start:] is a simple past: "met on Monday", "said in
    March", "took place in May"; or, when `end` is given, whether the expression dates a report
    ("told a news conference on Tuesday that ..."). The surest cue there is: nothing may
    overrule it."""
    left, _ = sentence_bounds(text, start, start)
    governing = _GOVERNING.search(text, max(left, start - 30), start)
    if governing and _past_form(governing["verb"]) and governing["verb"].lower() != "set" \
            and not _not_a_past(text, governing.start("verb"), governing["verb"], left):
        # (a date right after "set" is the date set: "Dunkin' has set Nov. 10 as the deadline")
        return True
    if end is not None and not _NOUN_MODIFIER.search(text, max(left, start - 16), start):
        # "President Bush on Tuesday said ...", "Authorities on Monday confirmed ..." (not "the
        # bill maturing Oct. 24 rose": the date is of the noun, not of the verb after it)
        after = _VERB_AFTER.match(text, end)
        if after and _past_form(after["verb"]):
            return True
    return end is not None and bool(_FRAME_AFTER.match(text, end)) \
        and bool(_FRAME_VERB.search(_lowered(text), max(left, start - 60), start)) \
        and bool(_FRAME_BEFORE.search(text, max(left, start - 60), start))


# The wire's "Police arrested two men Tuesday", "The leaders announced the reductions Tuesday at
# the White House": a weekday after a past verb and its short object is the day of that past.
_WEEKDAY_ALONE = re.compile(r"(?:(?:early|late)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day"
                            r"(?:\s+(?:morning|afternoon|evening|night))?", re.IGNORECASE)
# ... and a clock time on a weekday: "told supporters at a hotel at about 11pm on Saturday".
_CLOCK_WEEKDAY = re.compile(r"(?:(?:about|around|roughly|just\s+(?:before|after))\s+)?\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?\s?m\.?)?"
                            r"\s+(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day", re.IGNORECASE)
# So is a day of a month: "a side that lost 3-0 at Burnley on 12 August" (in a story of May).
_DAY_OF_MONTH = re.compile(r"\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
                           r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}"
                           # and a month: "Rovers lost three of their first four games in August"
                           r"|(?:(?:early|late|mid-?)\s*)?(?:january|february|march|april|june|july|august|september|"
                           r"october|november|december)", re.IGNORECASE)
_AHEAD_BEFORE = re.compile(r"\b(?:will|would|to|shall|could|may|might|should|must|plans?|expects?|'ll)\b", re.IGNORECASE)
_AUXILIARY_AFTER = re.compile(r"\s+(?:would|will|could|can|may|might|should|must|is|are|was|were|has|have|had)\b",
                              re.IGNORECASE)
_WORD_BEFORE = re.compile(r"[\w'’$%.,-]+\s+$")
_AMOUNT_FIRST = set("0123456789$£€")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d)")
_NOT_IN_OBJECT = re.compile(r"(?:that|to|will|would|and|but|or|which|who|when|where|if|is|are|be|was|were|"
                            r"until|till|through|thru|by|since|before|after|ahead|for|in|on|beginning|starting|effective|"
                            # a verb of its own, or its subject: "sources said it could come on Wednesday"
                            r"could|can|may|might|must|should|shall|do|does|did|has|have|had|been|he|she|they|we|"
                            # a plan, whose date it is: "discussed the planned summit in June"
                            r"planned|scheduled|upcoming|proposed|forthcoming|expected|coming|next)$"
                            r"|.*[,;:\"“”]", re.IGNORECASE)


def _past_with_object(text: str, start: int, end: int) -> bool:
    weekday = _WEEKDAY_ALONE.fullmatch(text, start, end) is not None or _CLOCK_WEEKDAY.fullmatch(text, start, end) is not None
    if not (weekday or _DAY_OF_MONTH.fullmatch(text, start, end)) or _AUXILIARY_AFTER.match(text, end):
        return False  # ("He said the vote on Tuesday would be close": the weekday is in what was said)
    left, _ = sentence_bounds(text, start, start)
    at = start
    if text[max(left, start - 3):start].lower() in ("on ", "in "):
        at -= 3
    after = ""  # the word read before, nearer the date
    for n in range(7):  # the verb, then up to six words of its object, read back from the date
        word = _WORD_BEFORE.search(text, max(left, at - 30), at)
        if word is None:
            return False
        verb = word.group().strip()
        if n and _past_form(verb) and not _not_a_past(text, word.start(), verb, left) \
                and not _AFTER_BE.search(text, max(left, word.start() - 8), word.start()) \
                and not _ADJECTIVAL.search(text, max(left, word.start() - 30), word.start()):
            # (not "a reduced flight schedule", nor "will be held at 11 a.m. Saturday")
            # (A date of the month only when nothing looks ahead before the verb: "will redeem
            # the preferred shares on Oct. 31".)
            return weekday or not _AHEAD_BEFORE.search(text, left, word.start())
        if n == 0 and verb.lower() == "from":
            return False  # the start of a stretch: "issued a warning from 6 p.m. Tuesday until noon Wednesday"
        if _NOT_IN_OBJECT.match(_THOUSANDS.sub("", verb)) \
                and not (verb.lower() in ("to", "from") and (after[:1] in _AMOUNT_FIRST or after[:1].isupper()
                                                             and _past_right_before(text, word.start(), left))):
            return False  # ("reported 5,106 new cases on Tuesday"; "fell to 3.9% in April" and
            # "traveled to Washington on Jan. 5" go on, not "confirmed a visit to Washington on April 2")
        at, after = word.start(), verb
    return False


def _past_right_before(text: str, at: int, left: int) -> bool:
    """Whether the word before `at` is a past verb: "traveled | to Washington"."""
    word = _WORD_BEFORE.search(text, max(left, at - 30), at)
    return word is not None and _past_form(word.group().strip()) and not _not_a_past(text, word.start(), word.group().strip(), left)


def _not_a_past(text: str, at: int, word: str, left: int) -> bool:
    """A word of past form at `at` that is no past here: a noun ("a rate cut"), a base form after
    a modal or "to" ("will hit", "expected to cut"), a participle after stay or remain ("will
    stay closed")."""
    word = word.lower()
    if word == "fed" and text.startswith("Fed", at):
        return True  # the Federal Reserve: "Fed policymakers meet on Tuesday"
    if word in _NOUN_PASTS and _NOUN_BEFORE.search(text, max(left, at - 12), at):
        return True
    if word in _BASE_PASTS and _MODAL_BEFORE.search(text, max(left, at - 24), at):
        return True
    if word in ("set", "cast") and not _SET_OBJECT.match(text, at + len(word)):
        return True  # a noun: "a new set of rules takes effect", "the film's cast arrives"
    if word == "left" and _WHAT_IS_LEFT.search(text, max(left, at - 12), at) and _LEFT_ALONE.match(text, at + 4):
        return True  # what remains: "With two days left before the new year"
    if word == "got" and _HAVE_GOT.search(text, max(left, at - 8), at):
        return True  # "We've got the weekend to figure it out": what one has now
    if word == "beat" and (_GET_BEFORE.search(text, max(left, at - 12), at) or _DETERMINER.search(text, max(left, at - 12), at)
                           or _ASKED_OR_IF.search(text, max(left, at - 40), at)):
        return True  # a participle, a noun, a base form: "getting beat up", "the beat", "Can they beat", "If the Rams beat"
    if word.endswith("ed") and _ADJECTIVAL.search(text, max(left, at - 30), at):
        return True  # a participle before its noun: "will publish its revised winter timetable"
    return (word.endswith("ed") or word in _BASE_PASTS) and _STAY_BEFORE.search(text, max(left, at - 16), at) is not None


_WHAT_IS_LEFT = re.compile(r"\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|time|nothing|little|much|"
                           r"games?|matches|races?|laps?)\s+$", re.IGNORECASE)
_LEFT_ALONE = re.compile(r"\s*(?:[,.;:!?]|$)|\s+(?:before|until|till|in|to|for|on|and|but|or|of)\b", re.IGNORECASE)  # (not
# the verb with its object: "the storms of the last few days left roads impassable")
_ASKED_OR_IF = re.compile(r"\b(?:can|could|should|would|will|shall|must|might|may|do|does|to|if|unless|can['’]t)\b[^.?!,;:]*$",
                          re.IGNORECASE)
_GET_BEFORE = re.compile(r"\b(?:get|gets|getting|got|be|been|being|is|are|was|were)\s+$", re.IGNORECASE)
# "set" and "cast" are verbs before an object or a particle: "set records", "cast their ballots".
_SET_OBJECT = re.compile(r"\s+(?:a|an|the|their|his|her|its|our|new|records?|votes?|ballots?|\d[\d,.]*|up|out|off|aside|"
                         r"fire|sail|foot|free|about|forth|in|on|down|back|doubt|aside)\b", re.IGNORECASE)


_WORD = re.compile(r"[A-Za-z]+")


# "had" and a participle, then no end of a clause, up to the day told ("had been at sea for four days when
# lookouts spotted an iceberg on April 14": the day is the clause's after "when").
_FLASHBACK = re.compile(r"\bhad\s+(?:(?:already|just|only|first|earlier|never|not|[a-z]+ly)\s+)?([a-z]+)\b"
                        r"(?:(?!\b(?:when|before|after|until|while|as|and|but|then|so|because)\b)[^.;!?,\n])*$", re.IGNORECASE)
FLASHBACK_REACH = 80  # characters back from the day told
_PARTICIPLE_END = re.compile(r"[a-z]{2,}(?:ed|en|wn)|done|gone|seen")
_PARTICIPLES = frozenset(PAST_IRREGULAR) - {"was", "were", "had", "did"}


def past_perfect_before(text: str, at: int) -> bool:
    """Whether what is told at `at` is in a clause in the past perfect ("had left ... the day before")."""
    m = _FLASHBACK.search(text, max(0, at - FLASHBACK_REACH), at)
    if m is None:
        return False
    word = m.group(1).lower()
    return word in _PARTICIPLES or _PARTICIPLE_END.fullmatch(word) is not None


def past_verb_before(text: str, start: int) -> bool:
    """Whether a past verb comes before `start` in its sentence ("She thanked supporters at a
    downtown hotel just before 2 a.m."): what the cues miss when an object stands between."""
    left, _ = sentence_bounds(text, start, start)
    return any(_past_form(w.group()) and not _not_a_past(text, w.start(), w.group(), left)
               and not _AFTER_BE.search(text, max(left, w.start() - 8), w.start())  # ("will be fired at noon")
               and not _FOLLOWED_BY.match(text, w.start())
               for w in _WORD.finditer(text, left, start))


def tense(text: str, start: int, end: int) -> str:
    """"past", "future" or "" for the clause around text[start:end]."""
    return clause_tense(text, start, end)[0]


def clause_tense(text: str, start: int, end: int) -> tuple[str, bool]:
    """(tense, whether a past verb governs the expression): `tense` and `governed_by_past` in
    one pass over the sentence."""
    lower = _lowered(text)
    put_off = _PUT_OFF.search(text, max(0, start - 90), start) if _ends_with_any(lower, start, _PUT_OFF_ENDS) else None
    if put_off and (put_off["to"].lower() not in ("through", "thru")
                    or _EXTENDABLE.search(text, max(0, put_off.start() - 40), start)):
        return "future", False  # a new date: "the vote was postponed to this Friday"
    if _holds_any(lower, max(0, start - 40), start, _CALLED_OFF_WORDS) and _CALLED_OFF.search(text, max(0, start - 40), start):
        return "", False  # what is called off was planned for a date either side: "have canceled Fourth of July fireworks"
    if text.endswith("from ", max(0, start - 5), start) and _WEEKDAY_ALONE.fullmatch(text, start, end) \
            and _CLAUSE_ENDS_HERE.match(text, end) and not _RANGE_GOES_ON.match(text, end) \
            and not _PERFECT_BEFORE.search(text, max(0, start - 60), start) \
            and not _PASSIVE_PAST.search(text, max(0, start - 60), start) \
            and not _CHANGE_FROM.search(text, max(0, start - 40), start):
        return "future", False  # a start: "announced a 15% cut in water supply from Monday"
    # (The words the rarer readings below need, looked for once: most dates have none of them near.)
    rare = {m.group() for m in _RARE_WORDS.finditer(lower, max(0, start - 80), start)}
    if rare & {"if", "unless"} and _IF_PRESENT.search(text, max(0, start - 80), start):
        return "future", False  # a condition in the present: "if no agreement is reached over the weekend"
    if rare & {"when", "once"} and _WHEN_REPORTS.search(text, max(0, start - 80), start):
        return "future", False  # "another cut when the company reports third-quarter results in October"
    if rare & _TIME_CLAUSE_WORDS and _holds_any(lower, max(0, start - 80), start, (" is ", " are ")) \
            and _WHEN_PRESENT.search(text, max(0, start - 80), start):
        return "future", False  # a time clause in the present: "should have waited until the state budget
        # is finalized in June"
    if "by" in rare and _DONE_BY_ON.search(text, max(0, start - 60), start):
        return "past", True  # "The state of emergency declared by the NSW Premier on Thursday will remain ..."
    notice = _NOTICE_FOR.search(text, max(0, start - 80), start) if rare & _NOTICE_WORDS else None
    if notice and not _TOLD_AS_PAST.search(text, max(0, notice.start() - 40), notice.start()) \
            and not _WAS_AFTER.match(text, end):
        # "declared a total fire ban for the metropolitan district for Saturday" (not one told
        # of as past: "had issued a flood warning for Sunday", "The alert for Saturday was lifted")
        return "future", False
    if _holds_any(lower, max(0, start - 24), start, ("forecast",)) and _FORECAST_FOR.search(text, max(0, start - 24), start) \
            and _WEEKDAY_ALONE.fullmatch(text, start, end):  # (a weekday or its part: "Friday morning")
        return "future", False  # what a forecast is for lies ahead of it: "the forecast for Friday morning was good"
    if _FROM_NOW.search(text, max(0, start - 30), start):
        return "future", False  # "cannot register players between now and the summer"
    if text.endswith(" a ", max(0, start - 3), start) and _DEADLINE_AFTER.match(text, end) \
            and _WEEKDAY_ALONE.fullmatch(text, start, end) and _DEADLINE_AHEAD.search(text, max(0, start - 24), start):
        return "future", False  # a deadline ahead: "struggled to agree ... before a Thursday deadline" (not
        # "missed a Friday deadline", nor "after a Friday deadline passed")
    if text.endswith(("a ", "an "), max(0, start - 3), start) and _SET_A.search(text, max(0, start - 24), start) \
            and _A_DATE_FOR.match(text, end) and not _past_after(text, end):
        return "future", False  # a date set for what is to come: "yesterday set a Sept. 13 trial date",
        # "scheduled a Thursday hearing" (not one that was: "missed a June 30 deadline", nor one told as
        # gone by after it: "set a May 3 hearing, at which the defendant pleaded guilty")
    if _MONTH_ALONE.fullmatch(text, start, end) and _OWN_DOCUMENT_AFTER.match(text, end) \
            and _OWNER_BEFORE.search(text, max(0, start - 40), start) \
            and not _TO_COME.search(text, sentence_bounds(text, start, end)[0], _clause_end(text, end)):
        return "past", True  # a document its owner already made: "down from two in their June projections"
    if governed_by_past(text, start, end) or SINCE_BEFORE.search(text, max(0, start - 20), start) \
            or "than" in rare and _than_forecast(text, start) \
            or "since" in rare and _SINCE_EVENT.search(text, max(0, start - 50), start) \
            or _past_with_object(text, start, end) or _market_close(text, start) \
            or (_WEEKDAY_ALONE.fullmatch(text, start, end) and _CLOSE_AFTER.match(text, end)):
        return "past", True
    fronted = _fronted_tense(text, start, end)
    if fronted:
        return fronted, fronted == "past"
    if _COPULA.search(text, max(0, start - 12), start) or _SET_FOR.search(text, max(0, start - 60), start):
        return "future", False
    if rare & {"which", "who"} and _WHO_PRESENT.search(text, max(0, start - 40), start):
        return "future", False  # a relative clause's timetable: "The rocket, which launches on Friday, was rolled out"
    cue = _cue_tense(text, start, end)
    if cue == "future" and text.startswith(",", end) and _WHEN_AFTER_COMMA.match(text, end) and _past_after(text, end) \
            and _MONTH_ALONE.fullmatch(text, start, end):
        return "past", False  # a month looked back to: "Some will point to September, when Keegan walked out"
    if not cue and _PRESENT_S.search(text, max(0, start - 24), start) \
            and not _NOT_PRESENT_S.search(text, max(0, start - 24), start):
        return "future", False  # a timetable in the present, and no cue against it: "Parliament votes Thursday"
    return cue, False


def _past_after(text: str, end: int) -> bool:
    """Whether a relative clause set off by a comma after `end` tells a past ("..., which Britain
    missed", "..., at which the defendant pleaded guilty"; not a verb of saying: "..., prosecutors
    said"). (With "that" too it cost an unseen probe set one: a restrictive clause may tell how the
    date came about.)"""
    _, right = sentence_bounds(text, end, end)
    clause = _WHICH_AFTER.search(text, end, right)
    return clause is not None and any(_past_form(w.group()) and w.group().lower() not in _SAYING
                                      for w in _WORD.finditer(text, clause.end(), right))


def _holds_any(lower: str, lo: int, hi: int, words: tuple[str, ...]) -> bool:
    """A cheap test before a regex: whether lower[lo:hi] holds one of `words`."""
    return any(lower.find(w, lo, hi) >= 0 for w in words)


def _ends_with_any(lower: str, end: int, words: tuple[str, ...]) -> bool:
    return _holds_any(lower, max(0, end - 14), end, words)


_FROM_NOW = re.compile(r"\b(?:between\s+now\s+and|from\s+now\s+(?:until|till|to|through))\s+$", re.IGNORECASE)
_PUT_OFF_ENDS = ("to ", "until ", "till ", "through ", "thru ", "next ", "this ", "to\n", "to\t")
_CALLED_OFF_WORDS = ("cancel", "called off", "scrap", "scrub")
# What is put off or brought forward is put to a date not yet come, whatever the tense.
_PUT_OFF = re.compile(r"\b(?:postponed|delayed|deferred|adjourned|rescheduled|moved|pushed\s+back|put\s+off|"
                      r"(?:was|were|been|be)\s+(?:(?:first|then|later|since|again|already|\w+ly)\s+)?pushed|pulled\s+forward|"  # ("It was pushed to Dec. 16", not "pushed prices to March levels")
                      r"brought\s+forward|extended|extends|kicks?\s+the\s+can|kicked\s+the\s+can|"
                      # what a vote is pushed to: "pushing a floor vote to Thursday" (not "pushed prices to March levels")
                      r"push(?:ing|es)?\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+)?(?:vote|votes|hearing|meeting|decision|deadline|"
                      r"election|trial|talks|debate|launch|release|date|session|summit))\s+(?:(?:\$?\d(?:[\d.,]*\d)?|[\w'’\"“”&-]+)\s+){0,10}?"
                      r"(?P<to>to|until|till|through|thru)\s+(?:next\s+|this\s+)?$", re.IGNORECASE)
# "Through" puts off only what has a term: "extended an excessive heat warning ... through Thursday"
# (not "Stocks extended their rally through Friday").
_EXTENDABLE = re.compile(r"\b(?:warnings?|watch|advisory|deadline|ban|closures?|order|lockdown|emergency|curfew|loans?|credit|"
                         r"restrictions|offer|contract|moratorium|suspension|freeze|program|programme|measures|"
                         r"mandate|waiver|lease|permit|evacuation|shutdown)\b", re.IGNORECASE)
_CALLED_OFF = re.compile(r"\b(?:cancell?ed|called\s+off|scrapped|scrubbed)\s+(?:(?:the|their|its|his|her|this|next|"
                         r"all|planned|scheduled|many)\s+){0,2}$", re.IGNORECASE)
# A price at a close is one already known: "a premium of 31 percent over the closing price on
# Tuesday", "at the close of business Thursday" (not the verb: "is scheduled to close Monday").
_MARKET_CLOSE = re.compile(r"\b(?:closing\s+(?:price|prices|level|bell|value)|close\s+of\s+(?:business|trading)|the\s+close)"
                           r"\s+(?:on\s+)?$", re.IGNORECASE)
# A weekday after "from" with no end after it is when something starts (not "from Monday to
# Friday", nor "had been closed from Monday"; "From Monday, ..." opening a sentence is its
# verb's).
_RANGE_GOES_ON = re.compile(r"\s*(?:-|–|to|until|till|through|thru|and)\b", re.IGNORECASE)
_PERFECT_BEFORE = re.compile(r"\b(?:had|has|have)\s+(?:been\s+)?\w+", re.IGNORECASE)
# (... and only where its clause ends: not the source of "Data from Monday showed sales fell",
# "video from Tuesday of the arrest"; nor after a past passive: "The road was closed from Monday.")
_CLAUSE_ENDS_HERE = re.compile(r"\s*(?:[.,;:!?)\n]|$)")
_PASSIVE_PAST = re.compile(r"\b(?:was|were)\s+(?:\w+ly\s+)?\w+(?:ed|en)\b", re.IGNORECASE)
# (... nor a change measured from a day before: "settled at $21.52, down 31 cents from Tuesday")
_CHANGE_FROM = re.compile(r"\b(?:up|down|higher|lower|off|rose|fell|gained|lost|rising|falling|climbed|dropped|slipped|"
                          r"jumped|increased|decreased|changed|unchanged)\s+(?:[\w$%.,-]+\s+){0,4}from\s+$", re.IGNORECASE)
# (But a close set as a time limit is still to come: "the deadline is the close of business on
# Friday", "bids are due by the close of trading Monday".)
_CLOSE_AS_LIMIT = re.compile(r"\b(?:by|until|till|before|deadline\s+(?:is|was|of)|due)\s+(?:the\s+)?$", re.IGNORECASE)


# ... and so is a day's close named after the day: "a premium of 31% over its Wednesday close".
_CLOSE_AFTER = re.compile(r"\s+(?:close|closing\s+(?:price|level|value))\b(?!\s+(?:of|on)\b)", re.IGNORECASE)


def _market_close(text: str, start: int) -> bool:
    close = _MARKET_CLOSE.search(text, max(0, start - 40), start)
    return close is not None and not _CLOSE_AS_LIMIT.search(text, max(0, close.start() - 20), close.start())


# What has gone on "since March" began before the moment of writing.
SINCE_BEFORE = re.compile(r"\bsince\s+(?:(?:early|late|mid-?|the|last)\s+)?$", re.IGNORECASE)


# A verb in the present right before a date ("meets Monday", "votes Thursday", or a plural noun:
# "go to the polls Sunday", the same timetable): only as a last resort, with no cue at all.
_PRESENT_S = re.compile(r"\b[a-z]{2,}[^s'’\W]s\s+(?:(?:office|effect|power|charge|theaters|cinemas|on\s+sale)\s+)?"
                        r"(?:(?:on|from|place\s+from|place\s+on)\s+)?$")  # ("He takes office on May 20")
_NOT_PRESENT_S = re.compile(r"\b(?:this|its|his|hers|ours|yours|theirs|was|has|does|news|series|means|always|"
                            r"perhaps|sometimes|afterwards|towards|thus|plus|whereas|earnings|results|sales|"
                            r"shares|stocks|prices|markets|trading)\s+(?:on\s+)?$"
                            # a plural noun after a preposition: "said on a call with analysts on Tuesday"
                            r"|\b(?:with|to|for|from|by|among|of|about|at)\s+[a-z]+s\s+(?:on\s+)?$", re.IGNORECASE)


# A month that names one of its owner's documents: "its April projection", "their June
# forecasts", "the government's September dossier" were made already, whatever the clause's tense
# ("cut its forecast ... down from its April projection"; not a meeting, which may lie ahead;
# nor one still to come: "will publish its December projections", "its December projections
# could show").
_MONTH_ALONE = re.compile(expand(r"(?:%MONTH)\.?"), re.IGNORECASE)  # (the grammar's month names)
_OWNER_BEFORE = re.compile(r"\b(?:its|their|his|her|our|my|(?-i:[A-Z])[\w.&-]*['’]s?)\s+$", re.IGNORECASE)
_TO_COME = re.compile(r"\b(?:will|shall|['’]ll|would|could|(?-i:may)|might|should|going\s+to|(?:is|are|due|set|scheduled|expected)\s+to)\b",
                      re.IGNORECASE)
_OWN_DOCUMENT_AFTER = re.compile(r"\s+(?:projections?|forecasts?|estimates?|outlook|guidance|dossier|statement|"
                                 r"survey|report|assessment|predictions?)\b", re.IGNORECASE)
_CLAUSE_STOP = re.compile(r"[,;.!?]")


def _clause_end(text: str, end: int) -> int:
    """Where the clause after text[end] ends: the next comma, semicolon or full stop."""
    m = _CLAUSE_STOP.search(text, end, end + 200)
    return m.start() if m else min(len(text), end + 200)


# A date set for what is to come: "set a Sept. 13 trial date" (see clause_tense).
_SAYING = _REPORTING | {"said", "told"}
_WHEN_AFTER_COMMA = re.compile(r",\s+when\s", re.IGNORECASE)
_WHICH_AFTER = re.compile(r",\s+(?:at\s+which|which|when)\s", re.IGNORECASE)
_SET_A = re.compile(r"\b(?:set|sets|scheduled|schedules|fixed|fixes|picked|picks|chose|chooses|gave|gives|imposed|imposes)"
                    r"(?:\s+(?:the\s+)?[\w'’-]+)?\s+an?\s+$", re.IGNORECASE)
_A_DATE_FOR = re.compile(r"\s+(?:trial(?:\s+date)?|hearing|deadline|court\s+date|date|vote|election|sentencing|"
                         r"launch|release(?:\s+date)?|start(?:\s+date)?|meeting|summit|target|cutoff|referendum)\b",
                         re.IGNORECASE)
# A deadline brought in as news, ahead: "before a Thursday deadline" (not "missed a Friday deadline").
_DEADLINE_AHEAD = re.compile(r"\b(?:before|ahead\s+of|faces?|facing|approaching|meet|beat)\s+a\s+$", re.IGNORECASE)
_DEADLINE_AFTER = re.compile(r"\s+(?:deadline|cutoff|cut-off)\b", re.IGNORECASE)


# A subject whose present would be "forecasts", or a perfect: "forecast" after it is a past.
_SINGULAR_BEFORE = re.compile(r"\b(?:it|he|she|which|who|had|has|have)\s+$", re.IGNORECASE)
_COMMA_ONLY = re.compile(r",\s*")
_WHEN_MADE_FULL = re.compile(r"\s+(?:in|on|last|earlier\s+(?:in|on))\s+(?:the\s+)?", re.IGNORECASE)
_WHEN_MADE = re.compile(r"\s+(?:in|on|last|earlier|at)\b", re.IGNORECASE)
# When a forecast that a figure is compared with was made: "£11.6bn lower than forecast in March".
_THAN_FORECAST = re.compile(r"\bthan\s+(?:(?:previously|originally|initially|first)\s+)?(?:forecast|predicted|"
                            r"estimated|projected|budgeted|announced|reported)\s+(?:in|on|at)\s+$", re.IGNORECASE)
# ... or when someone expected it: "has been harder than we expected in the summer" (not "better
# than expected in June", the month of what is better; nor after a clause that looks ahead: "Growth
# will be slower than we expected in the second half")
_THAN_THEY_EXPECTED = re.compile(r"\bthan\s+(?:we|they|he|she|I|you|analysts|economists|investors|many|most|anyone)\s+"
                                 r"(?:had\s+)?(?:expected|anticipated|thought|feared|hoped|forecast|predicted)\s+(?:in|on|at)\s+$",
                                 re.IGNORECASE)
_LOOKS_AHEAD = re.compile(r"\b(?:will|would|shall|['’]ll|going\s+to|expects?|forecasts?|sees)\b", re.IGNORECASE)


def _than_forecast(text: str, start: int) -> bool:
    """Whether the date is when a forecast or an expectation compared with was made (a past)."""
    if _THAN_FORECAST.search(text, max(0, start - 50), start):
        return True
    m = _THAN_THEY_EXPECTED.search(text, max(0, start - 50), start)
    return m is not None and not _LOOKS_AHEAD.search(text, sentence_bounds(text, m.start(), m.start())[0], m.start())
# The date of what a stretch up to now began with: "held in jail since his arrest in October".
# (Not "since" giving a cause: "Since the vote is on Tuesday", "since the school reopens in September".)
_SINCE_EVENT = re.compile(r"\bsince\s+(?:(?:his|her|their|its|the|a|an|our|my)\s+)?(?:[\w'’-]+\s+)?"
                          r"(?!(?:is|was|were|are|be|been|will|would)\s)[a-z]+(?<!s)\s+(?:in|on)\s+$", re.IGNORECASE)
# A notice for a time, issued ahead of it: "a total fire ban for Saturday", "a flood warning for Sunday".
_NOTICE_WORDS = {"ban", "warning", "warnings", "watch", "advisory", "alert", "curfew"}
_TIME_CLAUSE_WORDS = {"until", "till", "once", "when", "before", "after"}
_RARE_WORDS = re.compile(r"\b(?:" + "|".join(("if", "unless", "by", "than", "since", "which", "who", *_NOTICE_WORDS,
                                              *sorted(_TIME_CLAUSE_WORDS))) + r")\b")
_NOTICE_FOR = re.compile(r"\b(?:fire\s+ban|total\s+ban|warnings?|watch|advisory|alert|curfew)(?:\s+[\w'’-]+){0,6}?"
                         r"\s+for\s+(?:(?:[\w'’-]+\s+){0,4}?(?:rain|snow|wind|winds|gales|storms?|thunderstorms?|"
                         r"fog|ice|heat|flooding|showers)\s+(?:[\w'’-]+\s+){0,3}?on\s+)?$", re.IGNORECASE)
# ("an amber warning for heavy rain and gales on Wednesday": the weather warned of, on a day ahead)
_IF_PRESENT = re.compile(r"\b(?:if|unless)\s+(?:(?!(?:and|but|that|which|who|when|was|were|had)\b)[\w'’-]+\s+){0,4}?"
                         r"(?:is|are|isn['’]t|aren['’]t|does\s+not|do\s+not|doesn['’]t|don['’]t)\s+"
                         r"(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
# ... and a report in the present when it comes ("when the company reports results in October").
_WHEN_REPORTS = re.compile(r"\b(?:when|once)\s+(?:the\s+|it\s+|its\s+)?(?:[\w'’-]+\s+){0,3}?(?:reports|publishes|releases|"
                           r"announces|posts|unveils|presents)\s+(?:[\w'’-]+\s+){0,4}?(?:in|on|at)\s+$", re.IGNORECASE)
_WHEN_PRESENT = re.compile(r"\b(?:until|till|once|when|before|after)\s+(?:(?!(?:and|but|that|which|who|when|was|were|had|"
                           r"has|have|is|are)\b)[\w'’-]+\s+){1,4}?(?:is|are)\s+(?:[a-z]+ed|held|made|done|paid|set|"
                           r"signed|sworn|taken|given|known|seen|heard|built|sold|cut)\s+(?:in|on|by|at)\s+$", re.IGNORECASE)
# A participle, its agent and the day it was done: "declared by the NSW Premier on Thursday".
_DONE_BY_ON = re.compile(r"(?<!\bbe\s)\b(?!(?:scheduled|expected|planned|due|set)\b)[a-z]+ed\s+by\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,4}on\s+$")
_TOLD_AS_PAST = re.compile(r"\b(?:had|was|were)\b[^.;!?]*$", re.IGNORECASE)
_WAS_AFTER = re.compile(r"\s+(?:was|were|had)\b", re.IGNORECASE)
# A present copula right before a date is a timetable: "the election is on November 4", "the
# deadline is Dec. 31"; so is a date set for: "the judge set sentencing for September 17".
_COPULA = re.compile(r"\b(?:is|are)\s+(?:(?:on|in|set\s+for|slated\s+for)\s+)?$")
_SET_FOR = re.compile(r"(?<!originally\s)(?<!initially\s)(?<!previously\s)\bset\s+(?!(?:aside|up|off|out|about|back|down|in|forth)\b)(?:[\w'’-]+\s+){0,3}?for\s+$"
                      # ... or booked for: "has booked hotel rooms near the control center for the weekend"
                      r"|\b(?:booked|reserved|rented)\s+(?:[\w'’-]+\s+){0,6}?for\s+(?:the\s+)?$"
                      # ... or fixed for: "The semi-final is provisionally fixed for the weekend of August 4-5"
                      r"|\b(?:is|are|be|(?:has|have)\s+been)\s+(?:[a-z]+ly\s+)?(?:fixed|pencil+ed\s+in|earmarked|"
                      r"tentatively\s+set)\s+for\s+(?:the\s+)?$",
                      re.IGNORECASE)


# What is "effective" or "starting" on a date mostly comes into force ahead of the report:
# "rolling blackouts, starting at 8 a.m. Thursday", "a pact effective June 1". A cue like the
# others, so that a nearer verb still wins: "The strike, starting on Monday, lasted four days".
_STARTING = re.compile(r"\b(?P<word>starting|beginning|effective)\s+(?:(?:on|from|at|as\s+of)\s+)?"
                       r"(?:(?:\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?)?|noon|midnight)\s+(?:on\s+)?)?$", re.IGNORECASE)


# An expression that opens its sentence and is set off by a comma dates the main clause after
# it: "In September, it announced plans to buy ..." is September past, whatever "plans" says.
_FRONTED_BEFORE = re.compile(r"[\s\"“‘'(]*(?:(?:in|on|at|during|over|throughout|early|late|earlier|later|also|from|as\s+of|"
                             r"starting|beginning|since|until|till|after|before|by|up)\s+)*(?:the\s+)?",
                             re.IGNORECASE)
_FRONTED_AFTER = re.compile(r"\s*,")
# ... or, opening the sentence, with no comma before its subject: "On Thursday her practice confirmed ..."
_FRONTED_SUBJECT = re.compile(r"\s+(?=(?:the|a|an|her|his|its|their|our|my|this|these|those|(?-i:[A-Z]))\w*\b)",
                              re.IGNORECASE)
# A speech set off by commas dates what is said next, like an opening date: "In an interview
# Tuesday, she said ...", "The minister, speaking on Monday, said ...".
_SPEECH_FRAME = re.compile(
    r"(?:^|[,\"“(]|(?<=[.!?]\s)|(?<=\n))\s*(?:(?:in|at|during)\s+(?:an?|the|his|her|their|its)\s+(?:[\w-]+\s+)?"
    r"(?:interview|statement|speech|briefing|address|news\s+conference|press\s+conference|meeting|rally|hearing|"
    r"ceremony|vigil|gathering|session)|speaking)"
    r"\s+(?:(?:to|with|at|in|before)\s+(?:the\s+)?[\w.'’-]+\s+){0,2}(?:on\s+)?$", re.IGNORECASE)
_SAID = re.compile(r"\b(?:said|told)\b", re.IGNORECASE)
_QUOTE_OPEN = re.compile(r"(?:^|(?<=\s))[\"“]")
_QUOTE_CLOSE = re.compile(r"[^\s\"“][\"”]")


def _fronted_tense(text: str, start: int, end: int) -> str:
    """The tense of the first verb after a sentence-opening "In March, ...": reporting verbs
    count, as the expression dates the report itself ("On Friday, officials said ...")."""
    comma = _FRONTED_AFTER.match(text, end)
    left, right = sentence_bounds(text, start, end)
    if not comma:
        comma = _FRONTED_SUBJECT.match(text, end)
        if not comma or not text[left:start].strip() or not (
                _FRONTED_BEFORE.fullmatch(text, left, start) or _SPEECH_FRAME.search(text, max(left, start - 80), start)):
            return ""  # (only "On Thursday her ..." or "At a news conference on Sunday he ...", not "Thursday the ...")
    elif not _FRONTED_BEFORE.fullmatch(text, left, start) \
            and not _SPEECH_FRAME.search(text, max(left, start - 80), start):
        return ""
    said = _SAID.search(text, comma.end(), right)
    after = comma.end()
    if said and (_WAS_BEFORE.search(text, max(left, said.start() - 8), said.start()) or text.startswith(",", said.end())) \
            and text[left:start].lstrip(" \"“‘'(").lower().startswith("by"):
        after, said = said.end(), None  # an aside dates nothing a deadline opens: "By May, I was told, they
        # would be green", "By Friday, officials said, the dam would be repaired"
    if said and _QUOTE_CLOSE.search(text, comma.end(), said.start()) and _QUOTE_OPEN.search(text, left, start):
        said = None  # "'After Sunday, I rest,' he said": the speaker's words, not the report, are dated
    asides = [a.span() for a in _ASIDE.finditer(text, comma.end(), right)]
    for m in _CUES.finditer(_lowered(text), after, said.start() if said else right):
        if any(lo < m.start() < hi for lo, hi in asides):
            continue  # "On Tuesday, the company behind Tilden Bay Wind — a project planned for the
            # waters off Rhode Island — asked regulators ...": the aside's verb is not the sentence's
        if m.group("ed") and m.group().lower() == "dated":
            continue  # "On Friday and Saturday, tickets dated 2 November could be used": a thing's date
        kind = _cue_kind(text, m, left, reporting=True)
        if kind == "future" and (m.group() in _RESOLVED_TO or m.group() in _ASKED_TO):
            return "past"  # the date opening the sentence is the asking's: "On Tuesday, the company asked
            # regulators to extend its lease" (what was asked for is ahead only when dated after it)
        if kind:
            return kind
    return "past" if said else ""


# An aside between dashes or in brackets.
_WAS_BEFORE = re.compile(r"\b(?:was|were|am|is|are|been)\s+$", re.IGNORECASE)
_ASIDE = re.compile(r"\s(?:—|–|--)\s[^—–\n]*?\s(?:—|–|--)\s|\([^()\n]*\)")


def _cue_kind(text: str, m: re.Match, left: int, reporting: bool = False) -> str:
    """"future", "past" or "" (no cue after all) for a match of `_CUES` in a sentence starting
    at `left`. A participle that looks ahead ("the scheduled summit") is no past, nor one after
    "be" (its auxiliary decides); a reporting verb is a past only when `reporting`; a plan in the
    past perfect ("had been scheduled") is past."""
    past, ed, future = m.group("past", "ed", "future")
    at, after = m.start(), m.end()
    if (past or ed) and at > 0 and text[at - 1] == "-":
        return ""  # an adjective: "the worst-hit areas", "a long-awaited report"
    if ed:
        word = ed.lower()
        if word in ("expected", "planned", "scheduled") and _OBJECT_TO.match(text, after) \
                and not _HAD.search(text, max(left, at - 12), at):
            return "future"  # "said it expected the transaction to close in the third quarter"
        if word == "expected" and _WHEN_AFTER.match(text, after) and not _AS_BEFORE.search(text, max(left, at - 12), at):
            return "future"  # "with 300 more expected over the weekend", "results expected on Friday"
        if reporting and word in _PLAN_VERBS and not _TO.match(text, after) \
                and not _ADJECTIVAL.search(text, max(left, at - 30), at) \
                and not _AFTER_BE.search(text, max(left, at - 8), at):
            return "past"  # the main verb after "On Friday, the councillor proposed ..."
        if word in _REPORTING and _HAVE_RIGHT_BEFORE.search(text, max(left, at - 8), at):
            return "past"  # a perfect, no report: "expect employers to have added 225,000 jobs in August"
        if word == "called" and _CALLED_WHOM.match(text, after) and not _NAMING_BEFORE.search(text, max(left, at - 30), at):
            return "past"  # a call made: "Obama called Boehner late Tuesday" (not a name: "a firm called Acme")
        if word in _REPORTING and not reporting and _ACT_OBJECT.match(text, after):
            return "past"  # an act, not a report: "declared a unilateral cease-fire in Kosovo on Tuesday"
        if word in _NOT_PAST and not (reporting and word in _REPORTING):
            return ""
        if _ADJECTIVAL.search(text, max(left, at - 30), at) or _PREPOSITION_BEFORE.search(text, max(left, at - 9), at) \
                or (_ROUND_NUMBER.search(text, max(left, at - 16), at) and _NOUN_NEXT.match(text, after)):
            return ""  # "a closely watched election", "on untreated roads": a participle before its noun
        if _MODAL_VERB_BEFORE.search(text, max(left, at - 30), at):
            return ""  # "will visit affected areas": no past right after a verb a modal governs
    if not future and text.endswith("be ", max(left, at - 3), at) and _TO_BE_BEFORE.search(text, max(left, at - 40), at) \
            and not _PAST_PLAN_TO_BE.search(text, max(left, at - 40), at):
        return "future"  # an infinitive passive is still to be done: "with the draw to be made ... on Tuesday
        # night" (not a plan told in the past: "had been due to be replaced before the end of the year")
    if not future and _AFTER_BE.search(text, max(left, at - 8), at):
        return ""
    if future and future.endswith(" on") and (_BE_BEFORE.search(text, max(left, at - 8), at)
                                               or _DETERMINER.search(text, max(left, at - 12), at)):
        return ""  # "the shops were open on Sunday": an adjective after "be", no timetable; "the close on
        # Tuesday": a noun
    if future == "expire" and (text.endswith("to ", max(left, at - 3), at) or _LET_BEFORE.search(text, max(left, at - 40), at)):
        return ""  # the infinitive tells nothing of its own: "It had been due to expire Friday evening"
    if m.group().lower() == "previously" and _PLAN_AFTER.match(text, after):
        return ""  # a plan that was: "previously set for Friday, is now set for Monday" (its main clause decides)
    if future == "may" and (text[at].isupper() or _HAVE_AFTER.match(text, after)):
        return ""  # the month, not the modal; "may have been" looks back
    if future in ("could", "couldn't"):  # the past of "can" as often as a possibility ahead in news
        if future == "couldn't" or _NOT_AFTER.match(text, after):
            return "past"  # "could not be reached ... Friday"
        # "could have" looks back and "could be located Wednesday" may be either; otherwise a
        # possibility ahead: "Prices could rise in May"
        return "" if _HAVE_AFTER.match(text, after) or _BE_AFTER.match(text, after) else "future"
    if future == "would" and _HAVE_DONE_AFTER.match(text, after):
        return "past"  # what would have been, had things gone otherwise: "If they'd done this in July, it
        # would have killed us"
    if future == "should" and (_HAVE_AFTER.match(text, after) or _NOT_AFTER.match(text, after)):
        return ""  # "should have known", "should not": no look ahead
    if future == "forecast" and _SINGULAR_BEFORE.search(text, max(left, at - 8), at) and _WHEN_MADE.match(text, after):
        return "past"  # "the $4.90 to $5.10 it forecast in January": "it forecasts" is the present
        # (not "it forecast rain for Friday": a forecast of a time ahead)
    if future in ("forecast", "projected") and (_DETERMINER.search(text, max(left, at - 12), at)
                                                           or _OF_OR_FOR.match(text, after)):
        return ""  # "beat the forecast", "the projected deficit", "its growth forecast of 3%": a noun or an adjective
    if past or ed:
        if _not_a_past(text, at, m.group(), left):
            return ""  # "a rate cut in September", "the storm will hit", "will stay closed": no past
        word = m.group().lower()
        if word == "followed" and _FOLLOWED_BY.match(text, at):
            return ""  # "at noon, followed by a 62-gun salute at 13:00": "and then", no verb of the clause
        if ed and text[max(left, at - 3):at].lower() == "to ":
            return ""  # "will look on Friday to revised GDP data": after "to", an adjective
        if _holds_any(_lowered(text), max(left, at - 40), at, ("if ", "unless ")) \
                and _IF_BEFORE.search(text, max(left, at - 40), at):
            return ""  # "would publish a schedule on Thursday if the strike went ahead": a condition, not a past
        if past and _PLAN_AFTER_AUX.match(text, after):
            return ""  # "were planning to drive", "was expected to": the plan after it speaks
        if word in _RESOLVED_TO and _TO_VERB.match(text, after):
            return "future"  # "agreed to hold a hearing in the spring": what was resolved on is still to come
        if word in _ASKED_TO and _OBJECT_TO.match(text, after) and not _HAD.search(text, max(left, at - 12), at):
            return "future"  # "asked airlines to cut flights on Wednesday": what was asked for is still to come
    elif future in ("expects", "expect") and _TO_REPORT.match(text, after):
        return ""  # "expects to report a third-quarter loss": the quarter reported on is (mostly) past

    if reporting and future == "planned" and _TO.match(text, after) \
            and not _PASSIVE.search(text, max(left, at - 8), at):
        return "past"  # the main verb of "On Friday, the government planned to ..."
    if future and _ADVERB.search(text, max(left, at - 16), at) \
            and text[at:after].lower() in _PLAN_PARTICIPLES:
        return ""  # "the hastily planned trip", "as previously planned": when the plan was made says nothing
    if future and not _HAD.search(text, max(left, at - 12), at):
        return "future"
    return "past"


# (A break only where a subject follows the conjunction, not "..., and partly responsible for".)
_CLAUSE_BREAK = re.compile(r"[,;]\s+(?:and|but|while|whereas)\s+(?=(?:the|a|an|its|his|her|their|he|she|it|they|we|I|"
                           r"(?-i:[A-Z])\w*|\w+s\s+(?!of\b)\w+)\b)|;\s+"
                           # (and a verb phrase of its own whose modal tells no time: "was moving west
                           # on Monday night and could strike the coast early Wednesday")
                           r"|\s+and\s+(?=(?:could|may|might|can)\s)", re.IGNORECASE)


_QUOTE_MARK = re.compile(r"[\"“”]|``|''")


def _quotes(span: str) -> int:
    """The quotation marks in `span`: ", “, ”, and the wire's `` and ''."""
    return span.count('"') + span.count("“") + span.count("”") + span.count("``") + span.count("''")


def _cue_tense(text: str, start: int, end: int) -> str:
    left, right = sentence_bounds(text, start, end)
    deadline = _DEADLINE.search(text, max(left, start - 18), start)
    if deadline and _OPENS_CLAUSE.search(text, max(left, deadline.start() - 12), deadline.start()) \
            and not (text[max(left, deadline.start() - 3):deadline.start() + 1].rstrip().endswith(",")
                     and _CLAUSE_ENDS.match(text, end)):
        # "By 1920 the city was ...", "and by the end of the decade unemployment was rising": its verb
        # decides (not a bound after a comma that ends its clause: "would close plants in Wichita,
        # Kan., by the end of the third quarter, and ...")
        deadline = None
    if deadline and not _PERFECT.search(text, max(left, start - 50), end) \
            and not _PAST_BEFORE_DEADLINE.search(text, max(left, deadline.start() - 60), deadline.start() + 1):
        if deadline.group().split()[0].lower() in ("until", "till") \
                and _NOT_UNTIL.search(text, max(left, deadline.start() - 60), deadline.start() + 1):
            return "past"  # what did not happen until then happened then: "He was not found until Friday"
        if deadline.group().split()[0].lower() == "by" \
                and _DONE_BY.search(text, max(left, deadline.start() - 60), deadline.start() + 1) \
                and not _IF_CLAUSE.search(text, max(left, deadline.start() - 60), deadline.start() + 1):
            return "past"  # what was done by then: "The injured were taken to hospitals by about 9 a.m."
        return "future"
    # Coordinated clauses have their own tenses: "priced its IPO on Wednesday, and shares begin
    # trading Thursday".
    for b in _CLAUSE_BREAK.finditer(text, left, start):
        left = b.end()
    b = _CLAUSE_BREAK.search(text, end, right)
    if b:
        right = b.start()
    quoted = _QUOTE_MARK.search(text, left, right) is not None
    starting = _STARTING.search(text, max(left, start - 40), start)
    if starting and _PERFECT.search(text, left, starting.start()):
        starting = None  # a start told in the past perfect: "Jurors had deliberated for 11 hours, beginning Monday morning"
    best: tuple[int, str] | None = (start - starting.end("word"), "future") if starting else None
    that_next = _THAT_NEXT.match(text, end) is not None
    for m in _CUES.finditer(_lowered(text), left, right):
        if start <= m.start() < end:
            continue  # words of the expression itself ("next", "ago") speak for themselves
        if best is not None and m.start() >= end and m.start() - end >= best[0]:
            break  # (a cue further after it is further away, and penalties only add)
        if quoted and _quotes(text[m.end():start] if m.start() < start else text[end:m.start()]) % 2:
            continue  # a cue inside a quotation, the date outside it: '"... will ever be the same," said
            # a mechanic picketing on Thursday night' (or the other way round)
        if m.group("ed") and m.group().lower() == "dated" \
                and not (m.end() <= start and text[m.end():start].strip().lower() in ("", "on")):
            continue  # the date of a thing, only for the date it names: "tickets dated 2 November could be used on Friday"
        if m.start() >= end and m.group("ed") and _COMMA_ONLY.fullmatch(text, end, m.start()) \
                and text.find(",", left, start) < 0:
            continue  # a participle right after the date and its comma modifies a noun: "would open a
            # recovery center on Monday, staffed daily" (not the verb after an aside: "The strike,
            # starting on Monday, lasted four days")
        if m.start() >= end and (m.group("future") or "").lower().endswith("ing") and _COMMA_ONLY.fullmatch(text, end, m.start()) \
                and text.find(",", left, start) < 0:
            continue  # nor does one of a plan: "left the club about 1 p.m. Saturday, planning to sail for
            # two hours" (the plan is the subject's then; the main verb tells when)
        if m.start() >= end and not m.group("future") and text.endswith("be ", max(left, m.start() - 3), m.start()) \
                and _TO_BE.search(text, max(left, m.start() - 8), m.start()):
            continue  # an infinitive passive after the date tells what was planned for then: "pledged an
            # extra $100 million in January, to be spent over five years"
        kind = _cue_kind(text, m, left)
        if m.group("future") in ("forecast", "projected") and _FOR_THEN.fullmatch(text, m.end(), start):
            kind = "future"  # "if heavy rain forecast for Friday night materializes": forecast for a time ahead
        elif that_next and m.group("future") in ("forecast", "projected") and _WHEN_MADE_FULL.fullmatch(text, m.end(), start):
            kind = "past"  # the forecast made then, of what follows "that": "The Treasury forecast in March that
            # the economy would grow"
        if kind == "future" and m.start() >= end and m.group("future") == "forecast" \
                and text.endswith("and ", max(left, m.start() - 4), m.start()):
            continue  # a past verb joined after the date: "reported a jump in profit on Tuesday and forecast revenue"
        if not kind:
            continue
        if m.start() >= end and m.group("future") and " ".join(m.group("future").split()) in _AHEAD_ONLY_BEFORE:
            continue  # "Damage from the March floods is likely to exceed $1 billion": of the subject's
            # date nothing; "none is likely to go to trial before the Nov. 5 election" looks ahead
        if kind == "past" and m.start() >= end and m.group("ed") and _AGENT_BY.match(text, m.end()) \
                and not _AUXILIARY_BEFORE.search(text, max(left, m.start() - 24), m.start()):
            continue  # "gather on Thursday and Friday for talks dominated by one question": a participle
            # after its noun, later in the sentence, tells nothing of the date before it
        if kind == "past" and m.start() >= end and text.find(",", end, m.start()) >= 0 \
                and m.group().lower() not in _SAYING \
                and _ITS_NOUN_BEFORE.search(text, max(left, m.start() - 40), m.start()) and _ITS_TIME_AFTER.match(text, m.end()):
            continue  # a participle after its noun, past the date's comma: "after 6 p.m. Saturday,
            # nearly 7 feet above the record set in 1925" (a phrase of its own, not the clause's verb)
        if m.end() <= start and m.group("ed") and _COMMA_BEFORE.search(text, max(left, m.start() - 3), m.start()) \
                and text.find(",", m.end(), start) >= 0 and _ASIDE_SUBJECT.fullmatch(text, left, m.start()):
            continue  # a participle's aside after the subject, closed before the date: "The gathering,
            # organized by the Model T Ford Club, runs from Monday to Friday"
        if kind == "future" and m.start() >= end and m.group().lower() in _RESOLVED_TO:
            kind = "past"  # (a resolve is past; only what follows it is still to come)
        distance = m.start() - end if m.start() >= end else start - m.end()
        if m.start() >= end and text.find(",", end, m.start()) >= 0:
            if _APPOSITIVE.search(text, max(left, start - 60), start):
                distance += _ACROSS_COMMA  # "The deal, approved by both boards late Sunday, is expected to ..."
            if _WHO_CLAUSE.search(text, max(left, start - 160), start):
                distance += 1000  # "O'Neill, who will also remain manager for the play-offs in March, was appointed"
        if m.group("future") in _PLAN_ADJECTIVES and _DETERMINER.search(text, max(left, m.start() - 12), m.start()) \
                and (m.start() >= end or _PERFECT.search(text, left, right)):
            distance += 60  # "had been told of the planned release at 11 p.m. Sunday": a plan of a past told;
            # "took a loss in the third quarter because of the planned sale": a plan's noun after the date
        if that_next and m.start() >= end and not m.group("past") and not m.group("ed"):
            continue  # what is said after "that" has a time of its own: "said in a letter on Wednesday that
            # the tariffs would hit ..." (the saying's date is told by a past cue before it, if any)
        if m.start() >= end and (_RELATIVE_CLAUSE.search(text, end, m.start()) or _WHO_NEXT.match(text, end, m.start())):
            continue  # "in the fourth quarter," which the CEO clarified means ...", "will find out in
            # January who managed it well": another clause's time
        if m.end() <= start and text.find(",", m.end(), start) >= 0 and _INSIDE_RELATIVE.search(text, left, m.start()):
            continue  # "Manchester United, who finished sixth in May, host Brighton on Sunday": the
            # relative clause, closed before the date, has a time of its own
        if m.start() >= end and _COORDINATED.search(text, end, m.start()):
            # "plans to present a budget in March and has promised ...": the next verb has its own
            # time, and what a next verb reports none ("reported a fall in first-half profits and
            # warned that the fallout will weigh on earnings")
            if _THAT.search(text, end, m.start()) or _SUBORDINATE.search(text, end, m.start()):
                continue  # (nor does a subordinate clause after a comma: "on Thursday, even as a
                # handful of lawmakers threatened to defect")
            distance += 1000
        if best is None or distance < best[0]:
            best = (distance, kind)
    return best[1] if best else ""


# (So does a verb after a comma and a subordinating word: "will publish its estimate on Thursday,
# after output shrank in the first quarter".)
# An expression in a participle's phrase or a relative clause set off by commas is theirs: a cue
# after the closing comma is the main clause's.
_COMMA_BEFORE = re.compile(r",\s*$")
_ASIDE_SUBJECT = re.compile(r"[\s\"“]*(?:The|A|An|This|That|Its|His|Her|Their)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+,\s*")
_APPOSITIVE = re.compile(r",\s+(?:[a-z]+ed|which|who)\s+[^,]*$")
_WHO_CLAUSE = re.compile(r",\s+(?:which|who)\s+[^,]*$")
_WHO_PRESENT = re.compile(r",\s+(?:which|who)\s+(?:[a-z]+ly\s+)?[a-z]{2,}[^s'’\W]s\s+(?:\d+\s+)?(?:on\s+|from\s+|in\s+)?$")  # ("who turns 65 on")
_OBJECT_TO = re.compile(r"\s+(?:(?!(?:to|that|and|but|which|who)\b)[\w'’-]+\s+){1,4}to\s+(?!(?:the|a|an|be\s+\w+ed)\b)[a-z]+\b",
                        re.IGNORECASE)
_FOLLOWED_BY = re.compile(r"(?<=,\s)followed\s+by\b|(?<=,)followed\s+by\b", re.IGNORECASE)
_BE_BEFORE = re.compile(r"\b(?:be|is|are|was|were|been|being|am|stay|stays|stayed|remain|remained|remains)\s+$", re.IGNORECASE)
_WHEN_AFTER = re.compile(r"\s+(?:over|on|in|by|at|during|within|next|this|later|early|late|before)\b", re.IGNORECASE)
_AS_BEFORE = re.compile(r"\b(?:as|than|had|had\s+been)\s+$", re.IGNORECASE)
_IF_BEFORE = re.compile(r"\b(?:if|unless)\s+(?:(?!(?:and|but|that|which|who|when)\b)[\w'’-]+\s+){0,3}$", re.IGNORECASE)
# "By" and an agent after a participle (not an amount: "sales increased by 3 percent").
_AGENT_BY = re.compile(r"\s+by\s+(?:the|a|an|one|his|her|its|their|[A-Z][a-z]*)\b")
_AUXILIARY_BEFORE = re.compile(r"\b(?:was|were|had|has|have|been|be|is|are|being|got|get|gets|and|or)\s+(?:[a-z]+ly\s+)?$",
                               re.IGNORECASE)
_FOR_THEN = re.compile(r"\s+for\s+(?:the\s+)?")
_ITS_TIME_AFTER = re.compile(r"\s+(?:in|on|at|during|since|last|earlier|this|before|after)\b")  # (its own time)
_ITS_NOUN_BEFORE = re.compile(r"[,\s](?:the|a|an|its|their|his|her)\s+(?:[a-z][\w-]*\s+)?[a-z][\w-]*\s+$")
_ACROSS_COMMA = 40
_OF_OR_FOR = re.compile(r"\s+(?:of|for)\b", re.IGNORECASE)
_PLAN_ADJECTIVES = {"planned", "scheduled", "upcoming", "forthcoming", "anticipated", "slated"}
_RELATIVE_CLAUSE = re.compile(r",[\"”’']?\s*(?:which|who|whose)\b", re.IGNORECASE)
# (a subordinate clause still open at the cue: not "Police on Tuesday, because of the crowds, closed the road")
_SUBORDINATE = re.compile(r",\s*(?:even\s+)?(?:although|though|while|whereas|as|because|even\s+if)\s[^,;]*$", re.IGNORECASE)
_FORECAST_FOR = re.compile(r"\bthe\s+(?:weather\s+)?forecast\s+for\s+(?:the\s+)?$", re.IGNORECASE)
_PLAN_AFTER = re.compile(r"\s+(?:set|scheduled|planned|slated|due|expected)\b", re.IGNORECASE)
_LET_BEFORE = re.compile(r"\blet\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)  # ("let the ban expire in September")
_TO_BE = re.compile(r"\bto\s+be\s+$", re.IGNORECASE)
_TO_BE_BEFORE = re.compile(r"(?:\bwith\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?[\w'’-]+(?:\s+[\w'’-]+)?|\b(?:is|are|yet|still))"
                           r"\s+to\s+be\s+$", re.IGNORECASE)  # (not "the first woman to be elected on Monday",
# nor "believed to be abducted on Monday")
_PAST_PLAN_TO_BE = re.compile(r"\b(?:had\s+been|was|were)\s+(?:[a-z]+\s+)?to\s+be\s+$", re.IGNORECASE)
_AHEAD_ONLY_BEFORE = {"likely to", "unlikely to", "ahead of"}  # ("closed higher on Thursday ahead of the results")
_THAT_NEXT = re.compile(r"\s+that\s+(?!(?:is|are|was|were|will|would|has|have|had|could|can|may|might|should|must|shall)\b)",
                        re.IGNORECASE)
_WHO_NEXT = re.compile(r"\s+(?:who|which|whose)\b", re.IGNORECASE)
_INSIDE_RELATIVE = re.compile(r",\s*(?:which|who|whose)\b[^,;:.]*$", re.IGNORECASE)
_THAT = re.compile(r"\bthat\b", re.IGNORECASE)
_COORDINATED = re.compile(r"\s(?:and|but|or)\s|,\s*(?:even\s+)?(?:after|before|because|although|though|while|whereas|as|when|"
                          r"since|until|unless|if|with)\s", re.IGNORECASE)  # (", with schools closed": no past)


def _past_form(word: str) -> bool:
    """A simple past that governs what follows it, reporting verbs included ("said Friday")."""
    word = word.lower()
    return word in _PAST_WORDS or (word.endswith("ed") and len(word) >= 4
                                   and word not in _NOT_PAST - _REPORTING)
