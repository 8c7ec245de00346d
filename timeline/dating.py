"""Dating undated articles from their own clues and from the rest of the corpus.

An article with no metadata, dateline or dated file name still says when it was written: it
speaks of "last year" next to a year it tells in the past tense, of "the third anniversary" of
something dated, of "the June summit" that another article announced, of a meeting "this week"
that another article dates. Each clue gives an interval the creation time (DCT) must lie in, with
a weight and a sentence a reader can check; the intervals are intersected (dropping the weakest
clue while they contradict), and the result is kept only as precise as the clues allow: a day,
a week, a month, half a year, a year.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from .entities import entity_kind, find_entities
from .furniture import in_furniture
from .merge import content_words
from .model import Document
from .temporal import tag
from .temporal.resolve import format_unit, shift
from .temporal.tense import after_dateline, tense
from .temporal.values import civil_from_days, days_from_civil, interval
from .text import sentence_at, sentences, squash
from .titles import EVENT_NOUNS

_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
             "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "twentieth": 20, "fiftieth": 50,
             "hundredth": 100}
_NUMBER_WORDS = {"one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                 "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_ANNIVERSARY = re.compile(r"\b(?P<ord>\w+)\s+anniversary\s+of\s+(?P<what>[^,.;:]+)", re.IGNORECASE)
_AGO = re.compile(r"(?P<what>(?:\S+\s+){1,6}?)(?P<approx>nearly\s+|almost\s+|about\s+|some\s+|more\s+than\s+)?"
                  r"(?P<num>\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|an)\s+years?\s+ago",
                  re.IGNORECASE)
_ENTER_YEAR = re.compile(r"(?P<what>(?:\S+\s+){1,5}?)(?:soon\s+)?(?:to\s+)?enter(?:s|ing)?\s+its\s+"
                         r"(?P<ord>\w+)\s+year", re.IGNORECASE)
NEWS_WINDOW = 7  # days: how far apart two reports of the same fresh news are written
_APPROX = {"nearly": (6, 0), "almost": (6, 0), "about": (6, 6), "some": (6, 6), "more": (0, 12)}
_THIS_WEEK = re.compile(r"\b(?:earlier\s+|later\s+)?this\s+week\b", re.IGNORECASE)
_THIS_YEAR = re.compile(r"\b(?:earlier\s+|later\s+)?this\s+year\b", re.IGNORECASE)
_LAST_YEAR = re.compile(r"\blast\s+year\b", re.IGNORECASE)


@dataclass(frozen=True)
class Clue:
    """The DCT lies in [lo, hi) (day numbers; None = open), says `reason`, this strongly."""

    lo: int | None
    hi: int | None
    weight: float
    reason: str
    leaning: str = ""  # "late": written shortly before hi; "early": shortly after lo
    bound_only: bool = False  # a lower bound that says nothing of how long after it was written
    # Refines a date other clues give, but dates nothing alone: "last year" beside the latest year
    # told in the past is right only when that year is not the article's own (2 of 5 on TBAQ).
    supporting: bool = False


@dataclass
class Mention:
    """A dated happening somewhere in the corpus, with the words that describe it."""

    document: str
    start: int  # day numbers of the dated period
    end: int
    precision: str
    words: frozenset
    entities: frozenset
    quote: str
    is_lede: bool = False  # the article's own news rather than a dated phrase in it


def _key_words(text: str) -> frozenset:
    """Content words, hyphenated compounds split ("Russia-Ukraine"), synonyms folded."""
    return frozenset(content_words(re.sub(r"[-‐–]", " ", text)))


def _year_start(year: int) -> int:
    return days_from_civil(year, 1, 1)


def _quote(text: str) -> str:
    text = squash(text)
    return text if len(text) <= 120 else text[:117].rsplit(" ", 1)[0] + "…"


def mentions_of(doc: Document) -> list[Mention]:
    """The dated happenings of a dated document: each dated phrase with its clause, and the
    document itself, whose upcoming and just-past happenings are dated by its DCT."""
    dct = interval(doc.dct) if doc.dct else None
    if dct is None:
        return []
    found = []
    for t in tag(doc.text, dct=doc.dct, doc_type="news"):
        iv = interval(t.value)
        if iv is None or in_furniture(doc.furniture, t.start, t.end):
            continue
        s, e = sentence_at(doc.text, t.start)
        window = _window(doc.text, max(s, t.start - 60), min(e, t.end + 60))
        found.append(Mention(doc.id, iv.start, iv.end, iv.precision, _key_words(window),
                             frozenset(find_entities(window)), f"…{squash(window)}…"))
    # The article's own news, told in its headline and lede, happens around its DCT, when that
    # is known to the day or week (a year says nothing about when the news broke).
    if dct.precision not in ("day", "time", "week"):
        return found
    lede = " ".join([doc.title] + [doc.text[s:e] for s, e in _body_sentences(doc)[:4]
                                    if doc.text[s:e].strip() != doc.title])
    found.append(Mention(doc.id, dct.start, dct.end, dct.precision, _key_words(lede),
                         frozenset(find_entities(lede)), _quote(lede), is_lede=True))
    return found


def _window(text: str, start: int, end: int) -> str:
    """text[start:end] widened to whole words."""
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum():
        end += 1
    return text[start:end]


def _body_sentences(doc: Document) -> list[tuple[int, int]]:
    return [(s, e) for s, e in sentences(doc.text) if not in_furniture(doc.furniture, s, e)]


class MentionIndex:
    """Dated mentions, indexed so a phrase is compared only with mentions it could match: by
    entity (every match needs one in common), by person for ledes, by rare word for sentences.
    Without it, dating an archive would compare every sentence with every dated phrase."""

    def __init__(self, rare: frozenset = frozenset()):
        self.rare = rare
        self.mentions: list[Mention] = []
        self.by_entity: dict[str, list[int]] = {}
        self.by_rare_word: dict[str, list[int]] = {}
        # Every entity and word asked about (see `DatingState`).
        self.asked_entities: set[str] = set()
        self.asked_words: set[str] = set()

    def extend(self, mentions: list[Mention]) -> None:
        for m in mentions:
            n = len(self.mentions)
            self.mentions.append(m)
            for e in m.entities:
                self.by_entity.setdefault(e, []).append(n)
            for w in m.words & self.rare:
                self.by_rare_word.setdefault(w, []).append(n)

    def candidates(self, words: frozenset, entities: frozenset, short: bool) -> list[Mention]:
        self.asked_entities.update(entities)
        self.asked_words.update(words)
        if short:  # a short phrase matches a dated phrase through an entity
            found = {n for e in entities for n in self.by_entity.get(e, ()) if not self.mentions[n].is_lede}
        else:  # a sentence matches a lede through a person, a dated phrase through a rare word
            found = {n for e in entities if entity_kind(e) == "person"
                     for n in self.by_entity.get(e, ()) if self.mentions[n].is_lede}
            found |= {n for w in words & self.rare for n in self.by_rare_word.get(w, ())}
        return [self.mentions[n] for n in sorted(found)]


def _match(phrase: str, index: MentionIndex, exclude: str, short: bool = False) -> Mention | None:
    """The mention that tells the same happening as `phrase`, if one clearly does.

    A short phrase ("the Russia-Ukraine conflict") needs an entity and half its words in
    common with a dated phrase. A sentence needs an entity and, with a dated phrase, four words
    or half its words, one of them rare in the corpus (in a corpus about NATO, "NATO" and
    "defence" tell nothing apart; "summit" and "Hague" do); with an article's lede, a person and
    four words (the person makes the news; the words, the story).
    """
    return _match_words(_key_words(phrase), frozenset(find_entities(phrase)), index, exclude, short)


def _match_words(words: frozenset, entities: frozenset, index: MentionIndex, exclude: str,
                 short: bool = False) -> Mention | None:
    """`_match` of a phrase with these key words and entities."""
    best, best_score = None, 0.0
    for m in index.candidates(words, entities, short):
        common = entities & m.entities
        if m.document == exclude or not common:
            continue
        shared = len(words & m.words)
        ratio = shared / max(1, len(words))
        if short:
            ok = shared >= 1 and ratio >= 0.5
        elif m.is_lede:
            ok = shared >= 4 and any(entity_kind(e) == "person" for e in common)
        else:
            # Two rare words: one is chance ("leave ... as soon as" in a Gulf story and an Elian one).
            ok = (shared >= 4 or (shared >= 2 and ratio >= 0.5)) and len(words & m.words & index.rare) >= 2
        if ok and shared + ratio > best_score:
            best, best_score = m, shared + ratio
    return best


def _names_happening(phrase: str) -> bool:
    """"Russia's invasion", "the Russia-Ukraine conflict": an anniversary or an "ago" counts from
    a happening, not from "14 Canadian cents a share, a year ago"."""
    return any(w in EVENT_NOUNS or w in ("conflict", "fighting", "independence") or re.search(r"(?:ion|ment)$", w)
               for w in re.findall(r"[a-z]+", phrase.lower()))


def _number(word: str) -> int | None:
    word = word.lower()
    if word.isdigit():
        return int(word)
    return _ORDINALS.get(word) or _NUMBER_WORDS.get(word)


_NOT_TOLD_PAST = re.compile(r"\b(?:due|by|until|till|through|since|before|from|to|fiscal|maturing|matures|"
                            r"expires?|expiring)\s+(?:in\s+)?$", re.IGNORECASE)


def _in_question(text: str, at: int) -> bool:
    s, e = sentence_at(text, at)
    return text[s:e].rstrip().endswith("?")


def text_clues(doc: Document, timexes) -> list[Clue]:
    """Clues the article gives by itself: years told in the past, "last year" beside them."""
    clues = []
    past_years = []
    for t in timexes:
        iv = interval(t.value)
        if iv is None or t.anchor != "absolute" or in_furniture(doc.furniture, t.start, t.end):
            continue
        if iv.precision in ("century", "decade"):
            continue
        if _NOT_TOLD_PAST.search(doc.text, max(0, t.start - 16), t.start):
            continue  # "bonds due 2011", "since 1980", "by 1995": not a past the article tells
        if tense(doc.text, t.start, t.end) == "past" and not _in_question(doc.text, t.start):
            past_years.append((civil_from_days(iv.start)[0], t))
    if past_years:
        year, t = max(past_years, key=lambda p: p[0])
        s, e = sentence_at(doc.text, t.start)
        clues.append(Clue(_year_start(year), None, 1.0,
                          f"it tells of {year} in the past tense: “{_quote(doc.text[s:e])}”", bound_only=True))
        last = next((m for m in _LAST_YEAR.finditer(doc.text)
                     if not in_furniture(doc.furniture, m.start(), m.end())), None)
        # A year the article also dates to the month or the quarter ("the 1989 third quarter")
        # may be its own: then "last year" is the year before it, not it.
        finer = {civil_from_days(iv.start)[0] for iv in map(lambda t: interval(t.value), timexes)
                 if iv is not None and iv.precision not in ("year", "decade", "century")}
        if last and year not in finer:
            s2, e2 = sentence_at(doc.text, last.start())
            clues.append(Clue(_year_start(year + 1), _year_start(year + 2), 2.0,
                              f"“last year” (“{_quote(doc.text[s2:e2])}”) beside {year}, the latest "
                              f"year it tells in the past tense → written in {year + 1}", supporting=True))
    return clues


@dataclass(frozen=True)
class Phrases:
    """What `corpus_clues` matches against the corpus, found in the article's text alone: its
    counted happenings ("the third anniversary of ...", "... three years ago", "... entering its
    fifth year"), each with its number, and its body sentences, each with its tense and words."""

    anniversaries: tuple  # (n, ordinal, what, words, entities)
    agos: tuple  # (n, approx, phrase, words, entities)
    entering: tuple  # (n, phrase, words, entities)
    sentences: tuple  # (sentence, tense, "this week", "this year", words, entities)


def phrases_of(doc: Document) -> Phrases:
    """The article's `Phrases` (a function of its text and furniture, so it can be cached)."""
    text = doc.text

    def described(what: str) -> tuple[frozenset, frozenset]:
        return _key_words(what), frozenset(find_entities(what))

    anniversaries, agos, entering = [], [], []
    for m in _ANNIVERSARY.finditer(text):
        n, what = _number(m.group("ord")), m.group("what")
        if n and _names_happening(what):
            anniversaries.append((n, m.group("ord"), what, *described(what)))
    for m in _AGO.finditer(text):
        n, what = _number(m.group("num")), m.group("what")
        if n and _names_happening(what):
            agos.append((n, m.group("approx"), m.group(0), *described(what)))
    for m in _ENTER_YEAR.finditer(text):
        n, what = _number(m.group("ord")), m.group("what")
        if n and _names_happening(what):
            entering.append((n, m.group(0), *described(what)))
    sentences_ = []
    for s, e in _body_sentences(doc):
        sentence = text[s:e]
        # The first verb cue of the sentence: its main clause, mostly.
        at = after_dateline(text, s)
        sentences_.append((sentence, tense(text, at, at), bool(_THIS_WEEK.search(sentence)),
                           bool(_THIS_YEAR.search(sentence)), *described(sentence)))
    return Phrases(tuple(anniversaries), tuple(agos), tuple(entering), tuple(sentences_))


def corpus_clues(doc: Document, index: MentionIndex, phrases: Phrases | None = None) -> list[Clue]:
    """Clues that tie the article to happenings dated elsewhere in the corpus (`phrases`: the
    article's `phrases_of`, when known)."""
    clues = []
    phrases = phrases or phrases_of(doc)
    for n, ordinal, what, words, entities in phrases.anniversaries:
        anchor = _match_words(words, entities, index, doc.id, short=True)
        if anchor:
            lo = shift(anchor.start, "year", n)
            hi = shift(anchor.end, "year", n)
            clues.append(Clue(lo, hi + 31, 3.0,
                              f"“the {ordinal} anniversary of {squash(what)}”, which {anchor.document} "
                              f"dates to {format_unit(anchor.start, anchor.precision)}: “{_quote(anchor.quote)}”"))
    for n, approx, phrase, words, entities in phrases.agos:
        anchor = _match_words(words, entities, index, doc.id, short=True)
        if anchor:
            # "nearly three years" is two and a half to three; "about three", either side.
            before, after = _APPROX.get(approx.split()[0].lower() if approx else "", (0, 0))
            lo = shift(anchor.start, "month", 12 * n - before)
            hi = shift(anchor.end, "month", 12 * n + after)
            clues.append(Clue(lo, hi, 2.0,
                              f"“{squash(phrase)}”, and {anchor.document} dates that to "
                              f"{format_unit(anchor.start, anchor.precision)}"))
    for n, phrase, words, entities in phrases.entering:
        anchor = _match_words(words, entities, index, doc.id, short=True)
        if anchor:
            clues.append(Clue(shift(anchor.start, "year", n - 2), shift(anchor.end, "year", n - 1), 1.5,
                              f"“{squash(phrase)}”: {anchor.document} dates it to "
                              f"{format_unit(anchor.start, anchor.precision)}"))
    for sentence, when, this_week, this_year, words, entities in phrases.sentences:
        anchor = _match_words(words, entities, index, doc.id)
        if anchor is None:
            continue
        label = format_unit(anchor.start, anchor.precision)
        where = f"{anchor.document} dates “{_quote(anchor.quote)}” to {label}"
        if this_week and anchor.precision in ("day", "time", "week"):
            monday = anchor.start - (anchor.start + 3) % 7
            lo = anchor.start if when == "past" else monday
            clues.append(Clue(lo, monday + 7, 2.5, f"“{_quote(sentence)}” this week; {where}", "early"))
        elif this_year:
            year = civil_from_days(anchor.start)[0]
            clues.append(Clue(max(anchor.start, _year_start(year)), _year_start(year + 1), 1.5,
                              f"“{_quote(sentence)}” this year; {where}"))
        elif when == "future":
            # Two articles announcing the same happening are written days apart, before it.
            lo = anchor.start - NEWS_WINDOW if anchor.is_lede else None
            clues.append(Clue(lo, anchor.end, 1.5 if anchor.is_lede else 1.0,
                              f"tells as still to come “{_quote(sentence)}”; {where}", "late"))
        elif when == "past" and anchor.precision not in ("century", "decade", "year"):
            hi = anchor.end + 4 * NEWS_WINDOW if anchor.is_lede else None
            clues.append(Clue(anchor.start, hi, 1.0, f"tells as done “{_quote(sentence)}”; {where}", "early"))
    return clues


def combine(clues: list[Clue]) -> tuple[int | None, int | None, list[Clue], str] | None:
    """The interval all kept clues agree on, and which way it leans; the weakest clues are
    dropped while they contradict."""
    kept = sorted(clues, key=lambda c: -c.weight)
    while kept:
        lows = [c for c in kept if c.lo is not None]
        highs = [c for c in kept if c.hi is not None]
        lo_clue = max(lows, key=lambda c: c.lo, default=None)
        hi_clue = min(highs, key=lambda c: c.hi, default=None)
        lo = lo_clue.lo if lo_clue else None
        hi = hi_clue.hi if hi_clue else None
        if lo is None or hi is None or lo < hi:
            leaning = (hi_clue.leaning if hi_clue and hi_clue.leaning == "late" else
                       lo_clue.leaning if lo_clue and lo_clue.leaning == "early" else "")
            return lo, hi, kept, leaning
        kept = kept[:-1]
    return None


def value_of(lo: int, hi: int, leaning: str) -> tuple[str, float]:
    """The DCT value for an interval: a day when the clues pin it down, else the period that
    holds the interval (a week, a month, half a year, a year)."""
    width = hi - lo
    if width <= 3 or (leaning and width <= 2 * NEWS_WINDOW):
        day = hi - 1 if leaning == "late" else lo + 1 if leaning == "early" and width > 1 else lo + (width - 1) // 2
        return format_unit(day, "day"), 0.75 if width <= 3 else 0.6
    for unit, confidence in (("week", 0.6), ("month", 0.5)):
        value = format_unit(lo, unit)
        iv = interval(value)
        if iv and iv.start <= lo and hi <= iv.end:
            return value, confidence
    if width <= 45:  # straddles two months: the month of its middle
        return format_unit(lo + width // 2, "month"), 0.4
    for unit, confidence in (("half", 0.35), ("year", 0.3)):
        value = format_unit(lo, unit)
        iv = interval(value)
        if iv and iv.start <= lo and hi <= iv.end:
            return value, confidence
    return format_unit(lo + width // 2, "year"), 0.2


def infer_dct(doc: Document, index: MentionIndex, timexes=None, phrases: Phrases | None = None) -> bool:
    """Date `doc` from its clues; True when a DCT was found. `timexes` (its time expressions
    tagged without a DCT) and `phrases` (its `phrases_of`) are found when not given."""
    if timexes is None:
        timexes = undated_timexes(doc)
    result = combine(text_clues(doc, timexes) + corpus_clues(doc, index, phrases))
    if result is None or result[0] is None:
        return False
    lo, hi, kept, leaning = result
    if all(c.bound_only or c.supporting for c in kept):
        return False  # only the article's own weak clues: no date is better than a wrong one
    if hi is None:
        # Only "not before". The year of a happening of the corpus the article tells as done
        # is a fair guess (news is told soon after); the latest year an article mentions in the
        # past tense is not: a 1989 story tells of 1987 as readily as of 1989.
        if all(c.bound_only for c in kept if c.lo == lo):
            return False
        hi = _year_start(civil_from_days(lo)[0] + 1)
    value, confidence = value_of(lo, hi, leaning)
    doc.dct, doc.dct_source = value, "inferred"
    doc.dct_confidence = min(0.9, confidence + 0.05 * (len(kept) - 1))
    doc.dct_reason = "; ".join(c.reason for c in kept[:3])
    return True


def document_words(doc: Document) -> frozenset:
    """The key words of an article's title and text (what `rare_words` counts)."""
    return _key_words(doc.title + " " + doc.text)


def rare_words(documents: list[Document], words: Callable[[Document], frozenset] = document_words) -> frozenset:
    """Words few documents use: the ones that tell one happening from another (`words`: each
    document's `document_words`)."""
    counts: dict[str, int] = {}
    for doc in documents:
        for word in words(doc):
            counts[word] = counts.get(word, 0) + 1
    # A third of a small corpus; in an archive, no more than about the square root of its size.
    limit = max(2, min(len(documents) // 3, round(len(documents) ** 0.5)))
    return frozenset(w for w, n in counts.items() if n <= limit)


def undated_timexes(doc: Document):
    """The article's time expressions as tagged without a creation time (what `text_clues` reads)."""
    return tag(doc.text, dct=None, doc_type="news")


def clue_texts(doc: Document):
    """What dating an undated article reads of its text alone: its time expressions tagged
    without a DCT and its `phrases_of`; the pipeline caches it."""
    return undated_timexes(doc), phrases_of(doc)


@dataclass
class DatingState:
    """What `infer_corpus_dcts` keeps of a run, to give the same dates again without matching
    anything when no input it read changed.

    Dating reads the undated articles; of the rare words of the corpus, whether the words it
    asks the index about (`words`) are rare; and of the dated articles' mentions, only those
    that name an entity it asks about (`asked`: a match needs an entity in common). With the
    same undated articles, no asked word become rare or common, and no mention naming an asked
    entity among those of dated articles that changed, came or went, every match is the same, so
    every round is, and so are the dates."""

    undated: list[tuple[str, bytes]]  # each undated document's id and key, in order
    rare: frozenset
    words: frozenset
    asked: frozenset
    dated: dict[str, tuple[bytes, bool]]  # dated document -> (its key, whether a mention names an asked entity)
    results: list[tuple[str, str, float, str]]  # each undated document's dct, source, confidence, reason


def _asks(mentions: list[Mention], asked: frozenset) -> bool:
    return any(m.entities & asked for m in mentions)


def _reuse(previous: DatingState, documents: list[Document], undated: list[Document], rare: frozenset,
           keys: dict[str, bytes], mentions: Callable[[Document], list[Mention]]) -> DatingState | None:
    """`previous` brought up to date when its dates hold for `documents` (see `DatingState`)."""
    if previous.undated != [(doc.id, keys[doc.id]) for doc in undated] or (previous.rare ^ rare) & previous.words:
        return None
    dated, place, last = {}, {doc: n for n, doc in enumerate(previous.dated)}, -1
    for doc in documents:
        if not doc.dct:
            continue
        key = keys[doc.id]
        before = previous.dated.get(doc.id)
        if before is not None and before[0] == key:
            if place[doc.id] < last:  # the index would hand out mentions in another order
                return None
            last = place[doc.id]
            dated[doc.id] = before
            continue
        if (before is not None and before[1]) or _asks(mentions(doc), previous.asked):
            return None
        dated[doc.id] = (key, False)
    if any(asks for doc, (_, asks) in previous.dated.items() if doc not in dated):
        return None
    return DatingState(previous.undated, rare, previous.words, previous.asked, dated, previous.results)


def infer_corpus_dcts(documents: list[Document],
                      mentions: Callable[[Document], list[Mention]] = mentions_of,
                      texts: Callable[[Document], tuple] = clue_texts,
                      words: Callable[[Document], frozenset] = document_words,
                      previous: DatingState | None = None,
                      keys: dict[str, bytes] | None = None) -> DatingState | None:
    """Date every undated document, letting newly dated ones inform the rest.

    Rounds: each round tries every undated document against what is dated so far and keeps the
    best-supported results (within 0.1 of the best); their mentions then serve the next round.
    The best-supported go first because their dates are the ones worth leaning on. `mentions`
    gives a dated document's mentions, `texts` an undated one's `clue_texts`, `words` any one's
    `document_words` (the pipeline passes cached ones).

    With `keys` (each document's, as it is before dating: equal keys, equal documents), the
    state to pass as `previous` to the next run, which then gives the same dates without
    matching when nothing they depend on changed (see `DatingState`)."""
    undated = [d for d in documents if not d.dct]
    if not undated:
        return None
    rare = rare_words(documents, words)
    if previous is not None and keys is not None:
        state = _reuse(previous, documents, undated, rare, keys, mentions)
        if state is not None:
            for doc, (dct, source, confidence, reason) in zip(undated, state.results):
                doc.dct, doc.dct_source, doc.dct_confidence, doc.dct_reason = dct, source, confidence, reason
            return state
    before = [(doc.id, keys[doc.id]) for doc in undated] if keys is not None else []
    initially_undated = list(undated)
    index = MentionIndex(rare)
    dated = {d.id: mentions(d) for d in documents if d.dct}
    index.extend([m for found in dated.values() for m in found])
    read = {doc.id: texts(doc) for doc in undated}
    while undated:
        trials = []
        for doc in undated:
            trial = Document(doc.id, doc.path, doc.title, doc.text, furniture=doc.furniture)
            if infer_dct(trial, index, *read[doc.id]):
                trials.append((doc, trial))
        if not trials:
            break
        best = max(trial.dct_confidence for _, trial in trials)
        for doc, trial in trials:
            if trial.dct_confidence >= best - 0.1:
                doc.dct, doc.dct_source = trial.dct, trial.dct_source
                doc.dct_confidence, doc.dct_reason = trial.dct_confidence, trial.dct_reason
                undated.remove(doc)
                index.extend(mentions(doc))
    for doc in undated:
        doc.dct_source, doc.dct_reason = "default", "no clue in the article or the corpus dates it"
    if keys is None:
        return None
    asked = frozenset(index.asked_entities)
    return DatingState(before, rare, frozenset(index.asked_words), asked,
                       {doc: (keys[doc], _asks(found, asked)) for doc, found in dated.items()},
                       [(d.dct, d.dct_source, d.dct_confidence, d.dct_reason) for d in initially_undated])
