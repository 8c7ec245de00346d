"""Entities as tags: people, countries, organisations and places named in an event's sentence.

A gazetteer (data, with aliases normalised: "U.S." = "US" = "United States"), aliases a text
establishes itself ("the International Institute for Strategic Studies (IISS)"; "the Alliance"
for NATO in a text about NATO), and two capitalisation rules: a title followed by a name is a
person ("Secretary General Mark Rutte"), capitalised words ending in an organisation word are an
organisation ("the Ukraine Defense Contact Group", "Munich Security Conference").
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from .text import read_table

# canonical name -> (kind, aliases)
GAZETTEER = {
    "United States": ("country", ("United States", "U.S.", "US", "USA", "U.S.A.", "America", "American", "Americans", "Washington")),
    "United Kingdom": ("country", ("United Kingdom", "U.K.", "UK", "Britain", "British", "Great Britain")),
    "Russia": ("country", ("Russia", "Russian", "Russians", "Moscow", "Kremlin")),
    "Ukraine": ("country", ("Ukraine", "Ukrainian", "Ukrainians", "Kyiv", "Kiev")),
    "China": ("country", ("China", "Chinese", "Beijing")),
    "France": ("country", ("France", "French", "Paris")),
    "Germany": ("country", ("Germany", "German", "Berlin")),
    "Poland": ("country", ("Poland", "Polish", "Warsaw")),
    "Sweden": ("country", ("Sweden", "Swedish", "Stockholm")),
    "Finland": ("country", ("Finland", "Finnish", "Helsinki")),
    "Estonia": ("country", ("Estonia", "Estonian")),
    "Latvia": ("country", ("Latvia", "Latvian")), "Lithuania": ("country", ("Lithuania", "Lithuanian")),
    "Italy": ("country", ("Italy", "Italian", "Rome")), "Spain": ("country", ("Spain", "Spanish", "Madrid")),
    "Canada": ("country", ("Canada", "Canadian", "Ottawa")),
    "Netherlands": ("country", ("Netherlands", "Dutch", "The Hague", "Amsterdam")),
    "Belgium": ("country", ("Belgium", "Belgian", "Brussels", "Mons")),
    "Turkey": ("country", ("Turkey", "Türkiye", "Turkish", "Ankara")),
    "Japan": ("country", ("Japan", "Japanese", "Tokyo")),
    "South Korea": ("country", ("South Korea", "South Korean", "Seoul")),
    "North Korea": ("country", ("North Korea", "North Korean", "Pyongyang")),
    "Australia": ("country", ("Australia", "Australian")), "New Zealand": ("country", ("New Zealand",)),
    "India": ("country", ("India", "Indian", "New Delhi")), "Iran": ("country", ("Iran", "Iranian", "Tehran")),
    "Israel": ("country", ("Israel", "Israeli")), "Denmark": ("country", ("Denmark", "Danish", "Copenhagen")),
    "Norway": ("country", ("Norway", "Norwegian", "Oslo")), "Greece": ("country", ("Greece", "Greek", "Athens")),
    "Hungary": ("country", ("Hungary", "Hungarian", "Budapest")), "Romania": ("country", ("Romania", "Romanian")),
    "Thailand": ("country", ("Thailand", "Thai", "Bangkok")), "Crimea": ("place", ("Crimea", "Crimean", "Crimean Peninsula")),
    "Europe": ("place", ("Europe", "European", "Europeans")), "Arctic": ("place", ("Arctic",)),
    "Munich": ("place", ("Munich",)), "Indo-Pacific": ("place", ("Indo-Pacific",)),
    "NATO": ("organisation", ("NATO", "North Atlantic Treaty Organization", "Atlantic Alliance")),
    "European Union": ("organisation", ("European Union", "EU", "E.U.")),
    "United Nations": ("organisation", ("United Nations", "UN", "U.N.")),
    "Pentagon": ("organisation", ("Pentagon", "Department of Defense")),
    "Ukraine Defense Contact Group": ("organisation", ("Ukraine Defense Contact Group", "contact group", "Contact Group")),
    "IISS": ("organisation", ("International Institute for Strategic Studies", "IISS")),
    "Reuters": ("organisation", ("Reuters",)), "Associated Press": ("organisation", ("Associated Press", "AP")),
}



def _add_countries() -> None:
    """The world's countries from data/countries.tsv (name, then "|"-separated aliases: other
    names, demonyms, capitals). The entries above win: an alias they already give is skipped."""
    taken = {alias for _, aliases in GAZETTEER.values() for alias in aliases}
    for name, aliases in read_table("countries.tsv"):
        new = tuple(a for a in (name, *aliases) if a and a not in taken)
        kind, known = GAZETTEER.get(name, ("country", ()))
        GAZETTEER[name] = (kind, known + tuple(a for a in new if a not in known))
        taken.update(new)


_add_countries()

TITLE_PATTERN = (r"(?:Vice\s+President|President|Secretary(?:[\s-]+General)?|"
           r"Minister(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][a-z]+(?:\s+Affairs)?)?|Prime\s+Minister|Chancellor|Ambassador|"
           r"Gen\.|General|Admiral|Senator|Sen\.|Rep\.|Gov\.|Governor|Mayor|King|Queen|Pope|"
           r"Commissioner|Chairman|Director|Defense\s+Secretary|Treasury\s+Secretary|"
           r"Secretary\s+of\s+(?:Defense|State)|Mr\.|Mrs\.|Ms\.|Dr\.)")
# Roles that introduce a person but stay in a headline, where what comes before them ("White
# House spokesman", "Sinn Fein leader") would be left dangling without them.
_NEWSROOM_ROLES = (r"(?:[Cc]hief\s+[Ee]xecutive(?:\s+[Oo]fficer)?|CEO|[Ss]pokes(?:man|woman|person)|"
                   r"[Cc]hair(?:man|woman)|[Ll]eader|[Ff]ounder)")
# Name words: "Hegseth", "McCurry", "O'Brien", "Jean-Claude" — never a possessive "Hegseth’s".
_NAME_WORD = r"[A-Z][a-zà-ÿ]+(?:[A-Z][a-zà-ÿ]+)?(?:[-'’][A-Z][a-zà-ÿ]+)?(?![\w'’-])"
_NAME = rf"(?:(?:[A-Z]\.[ ]?){{1,3}}[ ]?{_NAME_WORD}|{_NAME_WORD})(?:\s+(?:[A-Z]\.\s+)?{_NAME_WORD}){{0,2}}"
_PERSON = re.compile(rf"\b(?:{TITLE_PATTERN}|{_NEWSROOM_ROLES})\s+(?:[A-Z][a-z]+\s+)*?(?P<name>{_NAME})")
_ALIASES = sorted(((alias, name) for name, (_, aliases) in GAZETTEER.items() for alias in aliases),
                  key=lambda a: -len(a[0]))


def _trie_pattern(words) -> str:
    """One regex for many literal words, factored by common prefixes ("Ire(?:land|lan(?:d|ds))"):
    a flat alternation of 900 aliases tries every one of them at every position of a text.
    Longer continuations come first, so the longest alias that fits wins, as before."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        if len(branches) == 1 and "" not in node:
            return branches[0]
        return "(?:" + "|".join(branches) + ")" + ("?" if "" in node else "")
    return build(trie)


_GAZ = re.compile(r"(?<![\w.])" + _trie_pattern(a for a, _ in _ALIASES) + r"(?![\w])")
_CANONICAL = {alias: name for alias, name in _ALIASES}


# Aliases that mean an entity only in a text that names it: "the Alliance" is NATO in an article
# about NATO, and nothing in one about a wedding.
CONTEXT_ALIASES = {"the Alliance": "NATO", "the alliance": "NATO", "the bloc": "European Union"}
_ORG_WORDS = ("Institute", "Group", "Council", "Ministry", "Party", "Committee", "Agency", "Organization",
              "Organisation", "Union", "Bank", "Fund", "Conference", "Commission", "Court", "Parliament",
              "Assembly", "Forum", "Coalition", "Association", "Department", "Foundation", "University",
              "Company", "Corporation", "Mission", "Command", "Office", "Service", "Board")
_NOT_NAME_START = r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|" \
                  r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|A|An|This|That)\b)"
_ORG = re.compile(rf"\b{_NOT_NAME_START}(?:[A-Z][\w’'-]+[ ]+(?:(?:of|for|and|on)[ ]+(?:the[ ]+)?)?){{1,5}}"
                  rf"(?:{'|'.join(_ORG_WORDS)})\b")
_DEFINED = re.compile(r"\b(?P<full>(?:[A-Z][\w’'-]+[ ]+(?:(?:of|for|and|on|the)[ ]+)*){1,7}[A-Z][\w’'-]+)[ ]+\((?P<abbr>[A-Z]{2,6})\)")


def aliases_of(text: str) -> dict[str, str]:
    """Alias -> canonical name, as this text establishes them."""
    aliases = {}
    for m in _DEFINED.finditer(text):
        full = re.sub(r"^(?:The|the)\s+", "", m.group("full"))
        full = _CANONICAL.get(full, full)
        aliases[m.group("abbr")] = full
        aliases[m.group("full")] = full
    named = {_CANONICAL[m.group()] for m in _GAZ.finditer(text)}
    for alias, name in CONTEXT_ALIASES.items():
        if name in named:
            aliases[alias] = name
    return aliases


def find_entities(text: str, known_people: dict[str, str] | None = None,
                  aliases: dict[str, str] | None = None) -> list[str]:
    """Canonical entity names in `text`, in order of first mention, without repeats."""
    found: list[tuple[int, str]] = []
    for m in _GAZ.finditer(text):
        found.append((m.start(), _CANONICAL[m.group()]))
    for m in _PERSON.finditer(text):
        name = _trim_name(m.group("name"))
        if name:
            found.append((m.start("name"), name))
    for m in _ORG.finditer(text):
        if m.group() in _CANONICAL:
            continue
        # "Munich Security Conference" is one organisation, not also the city inside it.
        found = [(s, n) for s, n in found if not m.start() <= s < m.end()]
        found.append((m.start(), m.group()))
    for short, full in {**(aliases or {}), **(known_people or {})}.items():
        flags = re.IGNORECASE if short.lower().startswith("the ") else 0
        for m in re.finditer(rf"(?<![\w-]){re.escape(short)}(?![\w-])", text, flags):
            found.append((m.start(), full))
    seen, out = set(), []
    for _, name in sorted(found):
        if name not in seen:
            seen.add(name)
            out.append(name)
    return out


# "Donald Trump won ...": two or three name words opening a sentence, then a verb of the past.
_SUBJECT_NAME = re.compile(r"(?P<name>[A-Z][a-zà-ÿ'’-]+(?:\s+[A-Z][a-zà-ÿ'’-]+){1,2})\s+(?P<verb>[a-z]+)\b")


def subject_person(sentence: str) -> str:
    """The surname of the person a sentence opens with ("Donald Trump won ..." -> "Trump"), when
    the opening words look like a person's name: no place, organisation or title among them and
    a past verb after them. "" otherwise. A following "He" most often means this person."""
    m = _SUBJECT_NAME.match(sentence.lstrip(" \"“‘'("))
    if not m:
        return ""
    words = m["name"].split()
    if any(w in _CANONICAL or w in _NOT_NAMES or w in _ORG_WORDS for w in words) or m["name"] in _CANONICAL:
        return ""
    verb = m["verb"]
    if not (verb.endswith("ed") or verb in _PAST_VERBS):
        return ""
    return words[-1]


_PAST_VERBS = {"was", "won", "lost", "said", "told", "met", "made", "took", "left", "became", "gave", "led",
               "ran", "spoke", "wrote", "went", "came", "held", "had", "has", "is", "will", "would"}


def people_of(text: str) -> dict[str, str]:
    """Surname -> full name for the people a document introduces with a title ("Pete Hegseth")."""
    people = {}
    for m in _PERSON.finditer(text):
        name = _trim_name(m.group("name"))
        if name:
            people.setdefault(name.split()[-1], name)
            people.setdefault(name, name)
    return people


_MID_SENTENCE_NAME = re.compile(r"(?<=[a-z,;:] )(?:[A-Z][a-zà-ÿ]{2,}(?:[ ][A-Z][a-zà-ÿ]+){0,2})\b(?![-‐’'])")
_NOT_NAMES = set("""I The A An This That These Those He She It We They His Her Their Our Its Mr Mrs Ms Dr
January February March April May June July August September October November December Monday
Tuesday Wednesday Thursday Friday Saturday Sunday Prime President Secretary Minister General
Ambassador Chancellor Vice Defense Defence Treasury State Army Gen Sen Rep Gov Article Section
Chapter Part Summit Group Council Alliance""".split())


def unknown_names(text: str) -> dict[str, str]:
    """Capitalised names the gazetteer does not know, found mid-sentence at least twice in a
    text ("Kalormi", "Volodymyr Zelensky"): names repeat, capitalised common words rarely do."""
    counts: dict[str, int] = {}
    for m in _MID_SENTENCE_NAME.finditer(text):
        if m.group() in _CANONICAL:
            continue
        words = m.group().split()
        while words and (words[0] in _NOT_NAMES or words[0] in _CANONICAL):
            words.pop(0)
        while words and (words[-1] in _NOT_NAMES or words[-1] in _CANONICAL or words[-1] in _ORG_WORDS):
            words.pop()
        if words and " ".join(words) not in _CANONICAL and not any(w in _CANONICAL for w in words):
            name = " ".join(words)
            counts[name] = counts.get(name, 0) + 1
    return {name: name for name, n in sorted(counts.items()) if n >= 2}


def _trim_name(name: str) -> str:
    """A person's name without trailing gazetteer words or dates ("Pete Hegseth European" -> "Pete Hegseth");
    "" when fewer than two name words remain."""
    parts = name.split()
    while parts and (parts[-1] in _CANONICAL or parts[-1] in _NOT_NAMES):  # "Bill Clinton Thursday"
        parts.pop()
    if len(parts) < 2 or parts[0] in _CANONICAL:
        return ""
    return " ".join(parts)


def names_of(name: str) -> tuple[str, ...]:
    """Every way the gazetteer writes an entity ("Belgium": "Brussels", "Belgian", ...)."""
    return GAZETTEER[name][1] if name in GAZETTEER else (name,)


def entity_kind(name: str) -> str:
    if name in GAZETTEER:
        return GAZETTEER[name][0]
    return "organisation" if name.split()[-1] in _ORG_WORDS or name.isupper() else "person"


def unify_names(entity_lists: list[list[str]], texts: list[str],
                people: list[Iterable[str]] | None = None) -> list[list[str]]:
    """A surname alone ("Trump", in an article that never gives the full name) becomes the full
    name an article of the corpus gives ("Donald Trump"), when only one full name ends so.
    `people`: the full names `people_of` finds in each text, when already known."""
    full: dict[str, set[str]] = {}
    for names in people if people is not None else (set(people_of(text).values()) for text in texts):
        for name in names:
            full.setdefault(name.split()[-1], set()).add(name)
    unique = {last: min(names) for last, names in full.items() if len(names) == 1}
    out = []
    for entities in entity_lists:
        renamed = []
        for name in entities:
            name = unique.get(name, name)
            if name not in renamed:
                renamed.append(name)
        out.append(renamed)
    return out
