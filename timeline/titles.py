"""Short extractive headlines for events: the words of the sentence, the time phrase taken out.

Two shapes cover most news sentences:
- the date belongs to a noun that names a happening ("Russia's 2022 invasion", "the June summit
  in The Hague", "the next summit scheduled for June"): the headline is that noun phrase;
- otherwise the date dates the clause it stands in: the headline is that clause's subject and
  predicate, without leading adverbials, parentheses or trailing subordinate clauses.
A headline must stand on its own: it has a verb or names a happening, it is not a first-person
aside, and it is at most about 80 characters, cut at a phrase boundary.
"""
from __future__ import annotations

import re

from .entities import TITLE_PATTERN, find_entities
from .text import squash
from .temporal.vocabulary import PAST_IRREGULAR

TITLE_MAX = 80

# Nouns that name a happening, so "the June summit" is an event by itself.
EVENT_NOUNS = ("summit", "meeting", "conference", "visit", "trip", "invasion", "annexation",
               "election", "elections", "vote", "referendum", "war", "attack", "attacks", "speech",
               "address", "talks", "agreement", "treaty", "deal", "ceasefire", "truce", "incursion",
               "incursions", "crisis", "pledge", "decision", "announcement", "launch", "strike",
               "strikes", "offensive", "inauguration", "withdrawal", "deployment", "protest",
               "protests", "merger", "acquisition", "crash", "collapse", "coup", "uprising",
               "revolution", "founding", "accession", "enlargement", "review", "hearing", "trial",
               "verdict", "ruling", "budget", "report", "assessment", "exercise", "exercises",
               "victory", "defeat", "triumph", "debut", "session", "turnaround", "reversal", "u-turn")
_NOUNS = "|".join(EVENT_NOUNS)
_PLACE = r"(?:\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)?"
# "Russia's 2022 invasion", "the June Summit meeting in The Hague"
_PREMODIFIER_BEFORE = re.compile(r"(?P<det>(?:\b[A-Z][\w.-]*(?:['’]s)?\s+)?(?:\b(?:the|a|an|its|their|his|her|this|"
                                 r"that|next|last)\s+)?|(?:\b[A-Z][\w.-]*['’]s\s+))$")
_PREMODIFIER_AFTER = re.compile(rf"^\s+(?P<np>(?-i:[A-Z][\w-]*\s+){{0,3}}(?:{_NOUNS})(?:\s+(?:meeting|talks|summit))?){_PLACE}",
                                re.IGNORECASE)
# "the next NATO summit scheduled for June in The Hague"
_POSTMODIFIER_BEFORE = re.compile(rf"(?P<np>\b(?:the|a|an|its|their|his|her)\s+(?:\w+\s+){{0,3}}?(?:{_NOUNS}))"
                                  r"\s+(?:scheduled|set|planned|slated|due|expected)\s+(?:for|in|on)\s+$",
                                  re.IGNORECASE)
# "a strike that began on Feb. 21", "the talks, which ended in March"
_RELATIVE_HAPPENING_BEFORE = re.compile(
    rf"\b(?:the|a|an|its|their|his|her)\s+(?P<np>(?:[\w-]+\s+){{0,2}}?(?:{_NOUNS}))\s*,?\s+(?:that|which)\s+"
    r"(?P<verb>began|started|ended|broke\s+out|took\s+place|happened|erupted|opened|closed|collapsed|"
    r"was\s+held|were\s+held|resumed|failed|stalled)\s+(?:on\s+|in\s+)?$", re.IGNORECASE)
# "Russia's invasion nearly three years ago", "the alliance's founding 75 years ago"
_POSSESSIVE_BEFORE = re.compile(rf"(?P<np>\b(?:the\s+)?[A-Z][\w.-]*['’]s\s+(?:\w+\s+){{0,2}}?(?:{_NOUNS})"
                                rf"(?:\s+(?:on|in|of|over)\s+(?:the\s+)?[A-Z][\w’'-]*)?)\s+(?:earlier\s+|later\s+)?$",
                                re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"\s*(?:[;:]|\s[—–-]\s|—|\(|\))\s*|,(?!\d)\s*|\s+(?=(?:when|while|where|whereas|although|though|"
                           r"because|after which|amid|as well as)\s)"
                           # "...NATO that has been the mainstay": a relative clause, not "hope that"
                           r"|\s+(?=(?:that|which|who)\s+(?:has|have|had|is|are|was|were|will|would|can)\b)")
_LEAD_WORDS = re.compile(r"^(?:(?:and|but|or|so|then|with|as|when|while|where|whereas|although|though|because|"
                         r"that|which|who|whom|whose|after|before|since|in|on|at|by|during|from|until|of|"
                         r"also|however|meanwhile|moreover|furthermore|indeed|yet|even|still|now|"
                         r"additionally|following this|in the interim|in conclusion)\b[\s,]*)+", re.IGNORECASE)
_TRAILING_WORDS = re.compile(r"(?:\s+(?:the|a|an|of|to|and|or|in|on|at|for|with|by|from|as|that|"
                             r"which|its|their|his|her|is|are|was|were|be|will|would|has|have|had|"
                             r"than|into|over|about|while|when|since|until|after|before|during|amid|"
                             r"this|these|those|such|s|both|also|not|no|more|most|only|up|out|"
                             # what is left when the time phrase after it goes: "compared (with a year earlier)"
                             r"compared|according|due|prior|ahead|because|between|through))+$", re.IGNORECASE)
# A date used as an adjective before the name of a period's results: "a 54% drop in
# third-quarter profit", "depressed by overnight losses" keep their preposition.
_ADJECTIVE_USE = re.compile(r"\s+(?:net\s+|operating\s+|pretax\s+|pre-tax\s+)?(?:profits?|income|earnings|sales|"
                            r"revenues?|losses|loss|gains?|results|trading|output|growth|deliveries|shipments)\b")
_PREPOSITION_BEFORE = re.compile(r"(?:\b(?:in|on|at|by|since|during|from|until|till|of|as\s+of|"
                                 r"for|through|throughout|before|after|around|about|early|late|"
                                 r"earlier|later|between|post|pre)[\s-]+)+$", re.IGNORECASE)
_COORDINATED = re.compile(r"^\s*(?:and|or|to|-|–)\s+(?:on\s+)?[A-Z]?[a-z]*day\b")
VERB = re.compile(r"\b(?:[A-Za-z][a-z]{2,}ed|is|are|was|were|has|have|had|will|would|can|could|may|"
                   r"says|aims|plans|wants|seeks|calls|faces|remains|looks|takes|makes|gives|shows|"
                   r"leads|holds|meets|visits|joins|expects|urges|warns|argues|believes|hopes|needs|"
                   r"continues|begins|ends|agrees|rejects|announces|launches|signs|votes|wins|loses|"
                   r"foresees|sees|tells|insists|comes|goes|becomes|stands|runs|plays|pays|"
                   r"done|been|gone|seen|taken|given|shown|known|flown|"
                   r"might|must|should|said|told|set|" + "|".join(PAST_IRREGULAR) + r")\b")
_FIRST_PERSON = re.compile(r"(?:^|\s)(?:I|my|My|me|we|We|our|Our)\b")
_PRONOUN_SUBJECT = re.compile(r"^(?:He|She)\b")
_PLURAL_SUBJECT = re.compile(r"^They\b")
_DANGLING_PARTICIPLE = re.compile(r"^(?:[A-Z][a-z]+ing)\b(?!\s+(?:of|in|at|on)\b)")  # "Affirming that ..."
_NO_SUBJECT = re.compile(r"^(?:That|This|It|There|These|Those|Least|Such|So)\b")
# "U.S. Secretary of Defense Pete Hegseth" -> "Pete Hegseth": the headline needs the who, not the rank.
_ROLE_BEFORE_NAME = re.compile(rf"(?:\b(?:the\s+)?(?:(?:U\.S\.|US|U\.N\.|UN|NATO|EU|new|former|newly-appointed|"
                               rf"[A-Z][a-z]+(?:an|ian|ish|ese|ch|i|ine)|Foreign|Defen[cs]e|Interior|Finance|Deputy|"
                               rf"Trade|Environment|Attorney|Health|Justice|Education|Economy|Energy|Transport|"
                               rf"Labou?r|Agriculture|Culture|Home|Treasury|Commerce|Industry|Immigration)\s+)*"
                               rf"{TITLE_PATTERN}\s+)(?=[A-Z][\w.]*\s+[A-Z])")
_PLURAL_NP = re.compile(r"\b((?:NATO|European|EU|Western|[A-Z][a-z]+)\s+(?:members|allies|countries|nations|states|"
                        r"leaders|officials|governments|ministers))\b")


def noun_phrase_title(sentence: str, start: int, end: int) -> str:
    """The happening a date modifies, when it modifies a noun: "Russia's invasion"."""
    after = _PREMODIFIER_AFTER.match(sentence[end:])
    if after:
        det = _PREMODIFIER_BEFORE.search(sentence[max(0, start - 40):start])
        prefix = det.group(0) if det else ""
        prefix = re.sub(r"^(?:the|a|an)\s+", "", prefix.strip() + " ", flags=re.IGNORECASE).strip()
        return tidy(f"{prefix} {sentence[end:end + after.end()].strip()}")
    possessive = _POSSESSIVE_BEFORE.search(sentence[max(0, start - 60):start])
    if possessive:  # "since Russia's invasion nearly three years ago"
        return tidy(possessive.group("np"))
    relative = _RELATIVE_HAPPENING_BEFORE.search(sentence[max(0, start - 80):start])
    if relative:  # "ending a strike that began on Feb. 21": the strike began
        return tidy(f"The {relative['np']} {relative['verb']}")
    before = _POSTMODIFIER_BEFORE.search(sentence[max(0, start - 80):start])
    if before:
        place = re.match(_PLACE, sentence[end:])
        return tidy(before.group("np") + (place.group(0) if place else ""))
    return ""


def clause_title(sentence: str, start: int, end: int, other_times: tuple = ()) -> str:
    """The clause around text[start:end] as a headline, the time phrases removed."""
    complement = _complement(sentence, start, other_times)
    if complement:
        text, offset = complement
        return clause_title(text, start + offset, end + offset, other_times)
    return _without_times(_clause_title(sentence, start, end, other_times), other_times)


# A verb right before a time phrase, with its preposition: "voted on Monday", "said Friday".
_VERB_BEFORE = re.compile(r"(?P<verb>[A-Za-z]+)\s+(?:(?:on|in|at|during|early|late)\s+)?$")
# A present after a relative pronoun is a verb, whatever VERB lists: "a budget that raises ...".
_RELATIVE_VERB = re.compile(r"\b(?:that|which|who)\s+[a-z]{3,}s\b")
_INFINITIVE = re.compile(r"to\s+[a-z]{2,}\b")
_COMPLEMENTIZER = re.compile(r"\s*,?\s*(?:that\s+)?")
# Verbs whose complement tells another happening than theirs, by the kind of complement.
_SAYING = {"said", "says", "announced", "announces", "reported", "confirmed", "warned", "predicted",
           "declared", "stated", "added", "noted", "claimed", "insisted", "estimated", "told",
           "forecast", "projected", "disclosed", "revealed", "indicated", "signalled", "signaled"}
_WILLING = {"voted", "agreed", "decided", "promised", "pledged", "vowed", "threatened", "planned",
            "plans", "hopes", "hoped", "aims", "aimed", "sought", "seeks", "expects", "expected",
            "intends", "intended", "wants", "wanted", "offered", "refused", "chose", "moved", "resolved",
            "prepared", "agrees", "decides", "promises", "pledges", "vows", "threatens"}
_ADOPTING = {"approved", "adopted", "passed", "unveiled", "presented", "proposed", "signed", "launched",
             "introduced", "published", "released", "backed", "endorsed", "ratified"}
# A relative clause inside the object: "a draft budget that raises spending ... by 2026".
_RELATIVE_BEFORE = re.compile(r"\b(?:that|which)\s")
_DETERMINER = re.compile(r"(?:a|an|the|its|their|his|her|new)\s", re.IGNORECASE)


def _complement(sentence: str, start: int, other_times: tuple) -> tuple[str, int] | None:
    """When another date dates the verb the expression's clause hangs on ("voted on Monday to
    strike from March 18", "said on Monday the harbour would reopen next week", "approved on
    Tuesday a budget that raises spending by 2026"), the expression dates the complement: that
    clause alone ("the harbour would reopen"), with the main subject before an infinitive
    ("Dock workers will strike"). Returns (text, how far offsets move) or None."""
    last = None
    for other in other_times:
        at = sentence.rfind(other, 0, start)
        if at >= 0 and at + len(other) <= start and (last is None or at > last[0]):
            last = (at, at + len(other))
    if last is None:
        return _reported(sentence, start)
    verb = _VERB_BEFORE.search(sentence, max(0, last[0] - 40), last[0])
    word = verb["verb"].lower() if verb else ""
    rest_at = _COMPLEMENTIZER.match(sentence, last[1]).end()
    if _CLAUSE_BREAK.search(sentence, rest_at, start):
        return _reported(sentence, start)  # "voted on Thursday to accept a deal, ending a strike that began on Feb. 21"
    rest = sentence[rest_at:]
    if word in _SAYING:
        return rest, -rest_at
    if word in _WILLING and _INFINITIVE.match(rest):
        subject = _subject(sentence[:last[0]].strip())
        if not subject:
            return None
        rest = f"{subject} will {rest[3:]}"  # what was voted or agreed to is to come
        return rest, len(subject) + 6 - 3 - rest_at
    if word in _ADOPTING and _DETERMINER.match(rest) and _RELATIVE_BEFORE.search(sentence, rest_at, start):
        return rest, -rest_at
    return _reported(sentence, start)


# "said the company would open three data centres next year": what was said, with its own subject.
_SAID_THAT = re.compile(r"\b(?:said|says|announced|told\s+\w+)\s+(?:that\s+)?(?=(?:the|a|an|its|their|his|her)\s|[A-Z])")


_OWNER = re.compile(r"(?:its|their|his|her)\s+")
REPORTED_REACH = 70  # characters from "said" to the date


def _reported(sentence: str, start: int) -> tuple[str, int] | None:
    """The complement of an undated saying verb before the expression, when it is a clause with
    a subject of its own and nothing breaks it before the expression: what was said to happen
    then is the event, not the saying."""
    found = None
    for m in _SAID_THAT.finditer(sentence, 0, start):
        found = m
    if found is None or _CLAUSE_BREAK.search(sentence, found.end(), start) or start - found.end() > REPORTED_REACH:
        return None  # (far from its verb, a date may date a noun: "hampered by problems tied to ... in April")
    rest = sentence[found.end():]
    words = rest[:start - found.end()].split()
    if not any(VERB.fullmatch(w) for w in words[1:6]):
        return None  # no clause of its own: "said the June summit", "told reporters in May"
    owner = _OWNER.match(rest)
    if owner:  # "Compaq said its net income rose": Compaq's net income rose
        speaker = re.sub(r"\s+(?:also|now|then|later|however|meanwhile|separately)$", "",
                         _subject(sentence[:found.end()].split(",")[-1].strip()))
        if not speaker:
            return None
        rest = f"{speaker}'s {rest[owner.end():]}"
        return rest, len(speaker) + 3 - owner.end() - found.end()
    return rest[0].upper() + rest[1:], -found.end()


def _without_times(title: str, other_times: tuple) -> str:
    """The other dates of the sentence, with their prepositions, are no part of this headline:
    "voted to strike (from March 18)" for the vote of Monday."""
    title = _strip_times(title, other_times)
    return tidy(title) if title else title


def _strip_times(text: str, other_times: tuple) -> str:
    for other in other_times:
        if other and other in text:
            text = re.sub(rf"\s*(?:\b(?:on|in|at|by|from|since|until|during|of|for|ended|ending)\s+)?(?<![\w-]){re.escape(other)}(?![\w-])(?:\s+(?:ended|ending)\b)?",
                          "", text)
    return text


def _clause_title(sentence: str, start: int, end: int, other_times: tuple = ()) -> str:
    after = sentence[end:]
    coordinated = _COORDINATED.match(after)  # "on Wednesday and Thursday"
    if not coordinated:  # "between 1982 and 1992": the other end of the range goes too
        coordinated = next(filter(None, (re.match(rf"\s*(?:and|or|to|through|until|-|–)\s+{re.escape(other)}", after)
                                         for other in other_times if other[:1].isupper() or any(c.isdigit() for c in other))),
                           None)  # not "and now are poised"
    if coordinated:
        end += coordinated.end()
    zone = _ZONE_AFTER.match(sentence, end)  # "at 3:42 a.m. local time (0642 GMT)": all of it goes
    if zone:
        end = zone.end()
    possessive = re.match(r"['’]s\b", sentence[end:])
    if possessive:  # "raised in Saturday's debate": raised in the debate
        before = re.sub(r"\b(?:the|a|an|this|last|next)\s+$", "", sentence[:start], flags=re.IGNORECASE) + "the"
        end += possessive.end()
    elif _ADJECTIVE_USE.match(sentence, end):  # "a drop in third-quarter profit": the profit keeps its "in"
        before = sentence[:start]
    else:
        before = _PREPOSITION_BEFORE.sub("", sentence[:start])
        if _PERIOD_NOUN_END.search(sentence, start, end):  # "for its (fourth quarter)": the period's owner goes too
            before = _OWNED_PERIOD_BEFORE.sub("", before)
    text = before + " " + sentence[end:]
    shift = len(before) + 1 - start  # where the old start now is, roughly
    pos = max(0, start + shift - 1)
    breaks = [(m.start(), m.end()) for m in _CLAUSE_BREAK.finditer(text)]
    bounds = [(0, 0)] + breaks + [(len(text), len(text))]
    segments = [(bounds[i][1], bounds[i + 1][0]) for i in range(len(bounds) - 1)]
    # The segment holding the gap the time phrase left (or nearest to it: the gap may fall
    # exactly on a clause break).
    index = min(range(len(segments)),
                key=lambda i: 0 if segments[i][0] <= pos <= segments[i][1]
                else min(abs(pos - segments[i][0]), abs(pos - segments[i][1])))
    # A segment with no verb leans on the next one (a lead-in: "In 2023, they agreed"), else on
    # the one before ("X will travel to Munich, ... amid a conference on Friday").
    if _COMPARISON.match(text[segments[index][0]:segments[index][1]]):
        return ""  # "up from only three a decade ago": a baseline for comparison, not an event
    verbal = [i for i, (s, e) in enumerate(segments)
              if VERB.search(text[s:e]) or (i == index and _RELATIVE_VERB.match(text, s, e))]  # "which raises"
    if verbal and index not in verbal:
        later = [i for i in verbal if i > index]
        earlier = [i for i in verbal if i < index]
        adjunct = _ADJUNCT.match(text[segments[index][0]:segments[index][1]])
        lowercase = text[segments[index][0]:segments[index][1]].strip()[:1].islower()
        subordinate = later and _SUBORDINATE.match(text[segments[later[0]][0]:segments[later[0]][1]])
        if later and not (subordinate and earlier and lowercase):
            index = later[0]
        elif earlier and (adjunct or lowercase) and not any(
                p in text[segments[earlier[-1]][0]:segments[earlier[-1]][1]] for p in other_times):
            index = earlier[-1]  # unless that clause has a date of its own
    clause = text[segments[index][0]:segments[index][1]]
    # "Poland, Hungary and the Czech Republic joined": the list before the last item is the subject too.
    first = index
    while (first > 0 and text[breaks[first - 1][0]:breaks[first - 1][1]].strip() == ","
           and _LIST_ITEM.fullmatch(text[segments[first - 1][0]:segments[first - 1][1]])):
        first -= 1
    verb = VERB.search(clause)
    if first < index and verb and re.search(r"\sand\s", clause[:verb.start()]) and clause.strip()[:1].isupper():
        items = ", ".join(text[s:e].strip() for s, e in segments[first:index]) + ", "
        if len(items) + verb.end() - (len(clause) - len(clause.lstrip())) < TITLE_MAX - 20:
            clause = items + clause.strip()  # (a list so long that the headline would lose its verb stays out)
    if _REPORTING_ONLY.match(clause.strip(" .")) and segments[index][0] > 0:
        # "NATO has decided to admit Poland, an official said on Wednesday": the news is what
        # was said, unless it has a date of its own (then it is that date's event).
        reported = text[:segments[index][0]]
        if any(p in reported for p in other_times):
            return ""
        clause = re.split(r"\s*,\s*(?:[a-z]+\s+)?(?:(?:said|told|added|noted)\b)", reported)[0]
    # "Nashua Corp., based in Nashua, said it bought ...": a clause that starts with its verb takes
    # the sentence's opening noun phrase as its subject.
    bare = _LEAD_WORDS.sub("", clause.strip(" ,;:-—–_\"“”'’.`"))
    if bare[:1].islower() and VERB.match(bare.split()[0]) and index > 0:
        opening = _DATELINE.sub("", text[segments[0][0]:segments[0][1]].strip())
        if (opening[:1].isupper() and not VERB.search(opening) and len(opening.split()) <= 6
                and not _LEAD_WORDS.match(opening) and not _NOT_A_SUBJECT.match(opening)):
            clause = f"{opening} {bare}"
    # "Established in 1949 ..., NATO has expanded": the participle's subject is the next clause's.
    if _PARTICIPLE.match(clause.strip()) and index + 1 < len(segments):
        subject = _subject(text[segments[index + 1][0]:segments[index + 1][1]])
        if subject:
            clause = f"{subject} {clause.strip()[0].lower()}{clause.strip()[1:]}"
    # A relative clause ("..., which has been the mainstay since the 1940s") takes its antecedent.
    elif re.match(r"\s*(?:that|which|who)\s", clause) and index > 0:
        antecedent = text[segments[index - 1][0]:segments[index - 1][1]].split()[-5:]
        # The noun phrase only: "(gains came in) the construction industry, which added ..."
        # (a verb and its preposition go; "the most wanted list" keeps its participle).
        verbs = [i for i, w in enumerate(antecedent[:-1])
                 if VERB.fullmatch(w) and (_NOT_ANTECEDENT.fullmatch(antecedent[i + 1])
                                           or _DETERMINER.fullmatch(antecedent[i + 1] + " "))]
        if verbs:
            antecedent = antecedent[verbs[-1] + 1:]
            while antecedent and _NOT_ANTECEDENT.fullmatch(antecedent[0]):
                antecedent = antecedent[1:]
        clause = " ".join(antecedent) + " " + re.sub(r"^\s*(?:that|which|who)\s+", "", clause)
    return tidy(_strip_times(clause, other_times))  # before tidy cuts it to length


# A clause that hangs on another: "..., most recently on March 3, before the government ...".
_SUBORDINATE = re.compile(r"\s*(?:before|after|until|because|although|though)\s", re.IGNORECASE)
_LIST_ITEM = re.compile(r"\s*(?:the\s+)?(?!(?:In|On|At|By|For|From|During|After|Before|Since|Until|Under|With|As|But|And)\b)[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*")  # "Poland", "the Czech Republic"
_ZONE_AFTER = re.compile(r"(?:\s+local\s+time)?(?:\s*\(\s*\d{1,2}:?\d\d\s*(?:GMT|UTC|EST|EDT|ET|CET|BST)\s*\))?"
                         r"(?:\s+(?:GMT|UTC|EST|EDT|ET|CET|BST)\b)?")
_PERIOD_NOUN_END = re.compile(r"(?:quarter|year|half|period|month|week)$", re.IGNORECASE)
_OWNED_PERIOD_BEFORE = re.compile(r"\b(?:in|for|of|during|from|through)\s+(?:its|their|his|her)\s+$", re.IGNORECASE)
_NOT_ANTECEDENT = re.compile(r"in|on|at|for|with|by|from|to|into", re.IGNORECASE)  # after a verb
# Openings that are adverbials, not subjects: "At the same time, ...", "Separately, ...".
_NOT_A_SUBJECT = re.compile(r"(?:under|once|despite|separately|similarly|another|according|asked|at|"
                            r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b", re.IGNORECASE)
# A wire dateline: "BONN, Germany (AP)_ ", "BRUSSELS (Reuters) - ".
_DATELINE = re.compile(r"^[A-Z][\w .'’-]*(?:,\s*[A-Z][\w .'’-]*)?\s*\((?:AP|Reuters|AFP|UPI|Xinhua|dpa|Bloomberg)\)"
                       r"\s*[_—–:-]*\s*|^[^_]{0,40}?\s_\s+")  # or what is left of one: "N.J. _ "
# A clause that only says who said it: "an official from the organization said", "police said".
_REPORTING_ONLY = re.compile(r"^(?:[\w.’'-]+\s+){1,8}?(?:said|says|told\s+\w+|announced|reported|added|noted|"
                             r"stated|confirmed)$")
_COMPARISON = re.compile(r"\s*(?:up|down)\s+from\b|\s*compared\s+(?:with|to)\b|\s*(?:versus|than)\b", re.IGNORECASE)
# A segment that hangs on the clause before it: "..., amid a security conference on Friday".
_ADJUNCT = re.compile(r"\s*(?:amid|on|at|in|during|ahead\s+of|after|before|following)\b", re.IGNORECASE)
_PARTICIPLE = re.compile(r"(?:[A-Z][a-z]+ed|Founded|Built|Born|Made|Held|Signed|Set up|Launched|Formed|Created)\b")


def _subject(clause: str) -> str:
    """The words before the first verb of a clause, when they look like a short subject."""
    words = clause.split()
    for i, word in enumerate(words[:6]):
        if VERB.fullmatch(word.strip(",;")) and i > 0:
            subject = " ".join(words[:i])
            return subject if subject[:1].isupper() else ""
    return ""


_IS_DUE = re.compile(r"\b(?:is|are|was|were)\s+due$")
_PARTICLE_END = re.compile(r"\b(?P<verb>[a-z]+)\s+(?:over|out|up|off|down|back|in|away)$")


def tidy(clause: str) -> str:
    """Trim connectives, dangling words and length; "" when no headline is left."""
    clause = _DATELINE.sub("", squash(clause))
    clause = re.sub(r"^['’]s\s+", "", clause)  # "This week's World Review" without "This week"
    clause = _ROLE_BEFORE_NAME.sub("", clause)
    clause = re.sub(r"\s+([,.;:!?%])", r"\1", clause)
    clause = re.sub(r"\(\s*\)", "", clause)
    clause = _LEAD_WORDS.sub("", clause).strip(" ,;:-—–_\"“”'’.`")
    if len(clause) > TITLE_MAX:
        cut = clause[:TITLE_MAX + 1]
        # Prefer to stop before a phrase that can go ("amid ...", "with ..."), not after a verb
        # that then lacks its object ("... aims").
        soft = [m.start() for m in re.finditer(r"\s(?:to|amid|with|while|as|after|before|for|in|on|by)\s", cut)
                if m.start() > 35 and not VERB.fullmatch(cut[:m.start()].rsplit(" ", 1)[-1])]
        clause = cut[:soft[-1]] if soft else cut.rsplit(" ", 1)[0]
    particle = _PARTICLE_END.search(clause)
    if not _IS_DUE.search(clause) and not (particle and VERB.fullmatch(particle["verb"])):
        # (not "A review of safety rules is due (by September)", "Maria Lopez took over (in January)")
        clause = _TRAILING_WORDS.sub("", clause)
    clause = clause.strip(" ,;:-—–\"“”'’`")
    if len(re.findall(r"[\w’'-]+", clause)) < 2:
        return ""
    if clause[0].islower() and VERB.match(clause.split()[0]):
        return ""  # "said that ...", "announced a loss": the subject is in another clause
    return clause[0].upper() + clause[1:]


def make_title(sentence: str, start: int, end: int, last_person: str = "", before: str = "",
               other_times: tuple = ()) -> str:
    """The headline of the event dated by sentence[start:end]; "" when none stands on its own.

    `last_person` stands in for a leading "He"/"She"; `before` (the preceding sentences) is
    searched for the group a leading "They" means ("NATO members"); `other_times` are the other
    time phrases of the sentence, whose clauses belong to their own events."""
    title = noun_phrase_title(sentence, start, end)
    if not title:
        title = clause_title(sentence, start, end, other_times)
        if not VERB.search(re.sub(r"\b(?:ended|ending)$", "", title)) and not _RELATIVE_VERB.search(title) \
                and _relative_verb(sentence, start, end) not in title.split():
            return ""  # no verb but the "ended" of "the quarter ended Sept. 30"
    if _IT_DOES.match(title):  # "France withdrew ...; it returned in 2009": France returned
        subject = _antecedent_subject(before + " " + sentence[:start])
        if subject:
            title = subject + title[2:]
    if not stands_alone(title):
        return ""
    if _PRONOUN_SUBJECT.match(title):
        if not last_person:
            return ""
        title = _PRONOUN_SUBJECT.sub(last_person, title, count=1)
    title = _finite(title)
    if _DO_SO.search(title):
        action = _antecedent_action(before)
        if not action:
            return ""
        title = _DO_SO.sub(lambda m: f"{m.group(1)} {action}", title, count=1)
    if _PLURAL_SUBJECT.match(title):
        groups = _PLURAL_NP.findall(before)
        if not groups:
            return ""
        title = _PLURAL_SUBJECT.sub(groups[-1], title, count=1)
    return title


def _relative_verb(sentence: str, start: int, end: int) -> str | None:
    """The present verb of the relative clause the date stands in, if it dates that verb: "the
    agreement, which raises wages by 6% this year" (not "the 1956 uprising", a noun's date, nor
    "the decree that broke up the Bell system in 1984", another verb's)."""
    found = list(_RELATIVE_VERB.finditer(sentence, 0, start))
    if not found or _PREMODIFIER_AFTER.match(sentence[end:]):
        return None
    between = sentence[found[-1].end():start]
    if VERB.search(between) or _CLAUSE_BREAK.search(between):
        return None
    return found[-1].group(0).split()[-1]


# "It" doing something (not "It was", "It is" ...: those are no subject one can name).
_IT_DOES = re.compile(r"It\s+(?!(?:was|is|has\s+been|had\s+been|will\s+be|would\s+be|could\s+be|may|might|"
                      r"remains|remained|seems|seemed|appears|appeared|takes|took|made|makes|means|meant)\b)[a-z]")
# A clause that opens with who did it: "France withdrew", "the alliance fought", "NATO has".
_CLAUSE_SUBJECT = re.compile(r"(?P<np>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}|the\s+[a-z]{3,})\s+(?P<verb>[a-z]+)")
_PRONOUNS = re.compile(r"(?:It|He|She|They|We|I|You|This|That|There|These|Those)$")


def _antecedent_subject(text: str) -> str:
    """What a following "it" surely is: the subject of the clause right before, when that clause
    opens with a name or "the <noun>" and its verb; "" otherwise (an "it" further away is a guess)."""
    clauses = [c for c in re.split(r"[.;:!?]\s+|,\s*|\n", text[-400:]) if c.strip()]
    if len(clauses) < 2:
        return ""
    m = _CLAUSE_SUBJECT.match(_LEAD_WORDS.sub("", clauses[-2].strip(" \"“”'’`(")))
    if m and VERB.fullmatch(m["verb"]) and not _PRONOUNS.match(m["np"]) and not _NOT_A_SUBJECT.match(m["np"]):
        return m["np"][0].upper() + m["np"][1:]
    return ""


def stands_alone(title: str) -> bool:
    """Not "I share my impressions", "That was the case", "This is Pamela McCall in the BBC
    news room": a first-person aside or a headline whose subject is elsewhere is no news."""
    return not (_FIRST_PERSON.search(title) or _NO_SUBJECT.match(title) or _DANGLING_PARTICIPLE.match(title))


_IRREGULAR_PAST = {"leaving": "left", "making": "made", "taking": "took", "giving": "gave",
                   "coming": "came", "going": "went", "becoming": "became", "holding": "held",
                   "meeting": "met", "sending": "sent", "winning": "won", "losing": "lost",
                   "running": "ran", "beginning": "began", "saying": "said", "paying": "paid"}
_GERUND_HEAD = re.compile(r"^(?P<subject>(?:[A-Z][\w’'.-]*\s+){1,3})(?P<verb>[a-z]{3,}ing)\b")


def _finite(title: str) -> str:
    """"Sweden joining in response to ..." (from "with Sweden joining last year") reads as a
    headline in the past: "Sweden joined in response to ..."."""
    m = _GERUND_HEAD.match(title)
    if not m or m.group("verb").lower() in EVENT_NOUNS or not find_entities(m.group("subject")):
        return title
    verb = m.group("verb")
    past = _IRREGULAR_PAST.get(verb)
    if past is None:
        stem = verb[:-3]
        if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lsz":
            stem = stem[:-1]  # "stopping" -> "stopp" -> "stop"
        past = stem + ("d" if stem.endswith("e") else "ed")
    return m.group("subject") + past + title[m.end():]


_DO_SO = re.compile(r"\b(will|would|to|can|could|must|should|may|might)\s+do\s+so\b")
# The last "to/will ... <verb> <object>" of the preceding text: what "do so" stands for.
_ACTION = re.compile(r"\b(?:to|will|would|must|should|can|could)\s+(?P<verb>[a-z]{3,})\s+"
                     r"(?P<object>(?:the|a|an|their|its|this|that)\s+[\w%.$-]+(?:\s+[\w%.$-]+)?)\b")
_BASE_FORMS = {"making": "make", "taking": "take", "giving": "give", "having": "have",
               "raising": "raise", "using": "use", "increasing": "increase", "reducing": "reduce",
               "providing": "provide", "achieving": "achieve", "leaving": "leave", "moving": "move",
               "securing": "secure", "ensuring": "ensure", "closing": "close", "producing": "produce"}


def _antecedent_action(before: str) -> str:
    """"meet the target" from "... are all committed to meeting the target." for a following
    "Poland and Estonia will do so"."""
    matches = list(_ACTION.finditer(before[-300:]))
    if not matches:
        return ""
    verb, obj = matches[-1].group("verb"), matches[-1].group("object")
    if verb.endswith("ing") and len(verb) > 5:
        base = _BASE_FORMS.get(verb)
        if base is None:
            base = verb[:-3]
            if len(base) > 2 and base[-1] == base[-2] and base[-1] not in "lsz":
                base = base[:-1]  # "hitting" -> "hit"
        verb = base
    return f"{verb} {obj}"
