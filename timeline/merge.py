"""One event per happening: merge the same event told by several sources, then order the timeline.

Two candidates are the same event when their dates are compatible (equal, or one period holds
the other: "June" and "24 June"), they name an entity in common (or the same figure on the same
day), and the words saying what happened agree (see `same_event`). The merged event takes the
most precise compatible date; a headline from a source that tells it as it turned out; and,
when sources clearly tell the same thing with clashing dates, a flagged conflict. Candidates
of the same day that tell different things stay apart. Only candidates that share a block
(`_blocks`) are compared, so merging stays near linear in the number of events.
"""
from __future__ import annotations

import hashlib
import pickle
import re
from dataclasses import dataclass
from functools import lru_cache

from .entities import names_of
from .model import Event
from .titles import VERB
from .temporal.values import PRECISION_RANK, civil_from_days, interval, sort_key

_STOP = set("""a an the of to in on at by for with from and or but as is are was were be been has
have had will would that this these those it its their his her they them he she we our you your
not no than then so such which who whom whose what when where while after before since until
into over about also more most new said says say set up out all any some one two three last next
year years month week day during per""".split())
# When sources differ on the kind, the first here wins: a later report that the summit took place
# outranks the earlier announcement of it.
KIND_ORDER = ("happened", "deadline", "ongoing", "planned")


# Words (as stemmed below) that name the same kind of happening: "the Russia-Ukraine conflict"
# is "Russia's invasion" is "the war"; an "inaugural visit" is a "first meeting".
SYNONYMS = {
    "conflict": "war", "invasion": "war", "offensive": "war", "fight": "war",
    "summit": "summit", "meet": "meeting", "talks": "meeting", "visit": "meeting", "trip": "meeting",
    "arriv": "meeting", "arrive": "meeting", "inaugural": "first", "debut": "first",
    "addres": "speech", "remark": "speech",
    "walkout": "strike", "began": "begin", "start": "begin", "negotiation": "meeting",
    "agreement": "deal", "accord": "deal", "pact": "deal", "appoint": "name", "named": "name",
    "approv": "approve", "accept": "approve",
}
# Irregular forms of one verb ("wrote to Reno" is "had written to Reno").
SYNONYMS.update({form: base for base, forms in {
    "write": "wrote written", "speak": "spoke spoken", "take": "took taken", "give": "gave given",
    "break": "broke broken", "choose": "chose chosen", "rise": "rose risen", "fall": "fell fallen",
    "fly": "flew flown", "grow": "grew grown", "know": "knew known", "throw": "threw thrown",
    "go": "went gone", "come": "came", "see": "saw seen", "win": "won", "lose": "lost", "hold": "held",
    "sell": "sold", "buy": "bought", "tell": "told", "send": "sent", "spend": "spent", "build": "built",
    "lead": "led", "leave": "left",
}.items() for form in forms.split()})


_WORD = re.compile(r"[a-z][a-z'-]+")
_SUFFIX = re.compile(r"(?:ing|ed|es|s)$")
# Each word as `_fold` gives it ("" for none), remembered: merging and dating fold every title and
# article of the corpus, and a corpus says the same words again and again.
_FOLDED: dict[str, str] = {}


def _fold(w: str) -> str:
    w = w.strip("'-")
    if w in _STOP or len(w) < 3:
        return ""
    w = _SUFFIX.sub("", w) if len(w) > 5 else w
    return SYNONYMS.get(w, w)


def content_words(text: str) -> set[str]:
    """Lower-cased content words, crudely stemmed so "joined"/"joining"/"joins" agree, with
    synonyms folded."""
    words, folded = set(), _FOLDED
    for raw in set(_WORD.findall(text.lower())):  # an article says its words again and again
        w = folded.get(raw)
        if w is None:
            w = folded[raw] = _fold(raw)
        if w:
            words.add(w)
    return words


def compatible(a: str, b: str) -> bool:
    ia, ib = interval(a), interval(b)
    if ia is None or ib is None:
        return a == b
    return ia.contains(ib) or ib.contains(ia)


# Words of people's titles say who, not what: "Defense Secretary" in two titles is no evidence
# that they tell the same happening.
ROLE_WORDS = set("""secretary minister president vice prime general chancellor ambassador
director chairman chief commander spokesman spokeswoman spokesperson defense defence foreign
treasury state new former current""".split())


@lru_cache(maxsize=None)
def _name_words(entity: str) -> frozenset:
    """The content words of every way of writing an entity (asked for each event naming it)."""
    return frozenset(w for name in names_of(entity) for w in content_words(name))


def _what_words(event: Event) -> set[str]:
    """Title words that say what happened: no entity names, no role words."""
    names = set().union(*map(_name_words, event.entities))
    return {w for w in content_words(event.title) if w not in names and w not in ROLE_WORDS}


@dataclass(frozen=True)
class _Traits:
    """What merging compares, computed once per event."""

    what: frozenset
    entities: frozenset
    figures: frozenset
    agents: frozenset  # the entities the headline names before its verb: who did it
    relatives: frozenset  # relation words before that verb: "the president's son"


def _traits(event: Event) -> _Traits:
    return _Traits(frozenset(_what_words(event)), frozenset(event.entities), frozenset(_figures(event.title)),
                   frozenset(_agents(event)), _relatives(event.title))


def _agents(event: Event) -> set[str]:
    """"Iran condemned the bombing" and "Cuba condemned the bombing" are two happenings."""
    verb = VERB.search(event.title)
    if not verb:
        return set()
    before = content_words(event.title[:verb.start()])
    return {e for e in event.entities if _name_words(e) & before}


def similarity(a: _Traits, b: _Traits) -> tuple[float, int]:
    """(share of the shorter title's "what" words in common, how many)."""
    if not a.what or not b.what:
        return 0.0, 0
    shared = len(a.what & b.what)
    return shared / min(len(a.what), len(b.what)), shared


_FIGURE = re.compile(r"(?<![\w.])(?:[$€£]\s?)?\d[\d,.]*(?:\s?%| percent| billion| million)?(?![\w])")


def _figures(title: str) -> set[str]:
    """Counts and amounts in a headline ("23", "$968 billion", "60%"); years are dates, not figures."""
    return {m.group().strip() for m in _FIGURE.finditer(title)
            if not re.fullmatch(r"(?:1\d|20)\d\d", m.group().strip())}


def same_event(a: Event, b: Event, ta: _Traits, tb: _Traits) -> bool:
    """Whether two candidates tell the same happening.

    Dates must be compatible, and the words saying what happened agree: with an entity in common,
    half the shorter headline's words; the same figure on the same day ("23 countries ... the
    target") with one word. Without a shared entity or figure nothing merges: "the two
    governments signed the agreement" in two articles may be any two governments, unless the
    two articles tell it in the very same sentence (a syndicated story). Nearly the same
    words and entities with dates that clash by up to a year also merge, and the clash is flagged."""
    ratio, shared = similarity(ta, tb)
    if shared == 0:
        return False
    if (a.text.lower() == b.text.lower() and a.sources[0].document != b.sources[0].document
            and compatible(a.date, b.date)):
        return True  # the same sentence in two articles: a syndicated story
    if ta.agents and tb.agents and not ta.agents & tb.agents:
        return False  # done by different actors
    if ta.relatives != tb.relatives:
        return False  # "the president himself met X", "the president's son met X"
    common = ta.entities & tb.entities
    if ratio >= 0.8 and shared >= 2 and common and _near(a.date, b.date):
        return True
    if not compatible(a.date, b.date):
        return False
    if a.date == b.date and ta.figures & tb.figures:
        return True
    return bool(common) and ratio >= 0.5


# Words that make someone else of the person named before them: "the president's son".
_RELATIVE_WORDS = frozenset("""son sons daughter daughters wife husband father mother brother sister
brothers sisters widow aide aides lawyer lawyers spokesman spokeswoman deputy envoy rival""".split())


def _relatives(title: str) -> frozenset:
    """The relation words among the words before a headline's verb (who did it)."""
    verb = VERB.search(title)
    return frozenset(w for w in title[:verb.start() if verb else 0].lower().split() if w in _RELATIVE_WORDS)


CLASH_DAYS = 366  # sources that clash on a date are off by days or a year, not by years


def _near(a: str, b: str) -> bool:
    """Whether two dates lie within a year of each other: how far sources that tell the same
    happening may clash ("people were killed in a bombing" in 1995 and in 1998 are two)."""
    ia, ib = interval(a), interval(b)
    if ia is None or ib is None:
        return False
    return max(ia.start, ib.start) - min(ia.end, ib.end) <= CLASH_DAYS


COARSE_MONTHS = 24  # dates spanning more (decades, centuries) are compared apart, see merge_events


def _months(event: Event) -> range | None:
    """The calendar months an event's date touches (events with compatible dates share one);
    None for a date too coarse to list its months."""
    iv = interval(event.date)
    if iv is None:
        return range(0)
    y1, m1, _ = civil_from_days(iv.start)
    y2, m2, _ = civil_from_days(iv.end - 1)
    first, last = y1 * 12 + m1 - 1, y2 * 12 + m2 - 1
    return range(first, last + 1) if last - first < COARSE_MONTHS else None


def _blocks(events: list[Event], traits: list[_Traits]) -> tuple[dict[tuple, list[int]], list[int]]:
    """Candidates that can only merge if they share a key, and the coarse events.

    Every rule needs a "what" word in common; with compatible dates they share a month, and an
    entity or a figure; dated apart, they share an entity and two words. Comparing within these blocks instead of all pairs keeps merging near linear in the
    number of events."""
    blocks: dict[tuple, list[int]] = {}
    coarse = []
    for i, (event, t) in enumerate(zip(events, traits)):
        # No key repeats within an event (entities, figures and words are sets), so a list will do.
        keys = []
        months = _months(event)
        if months is None:
            coarse.append(i)
        else:
            pairs = [("entity", e, w) for e in t.entities for w in t.what]
            pairs += [("figure", f, w) for f in t.figures for w in t.what]
            keys += [(kind, m, x, w) for m in months for kind, x, w in pairs]
        words = sorted(t.what)
        keys += [("apart", e, w1, w2) for e in t.entities for n, w1 in enumerate(words) for w2 in words[n + 1:]]
        keys.append(("sentence", event.text.lower()))
        for key in keys:
            members = blocks.get(key)
            if members is None:
                blocks[key] = [i]
            else:
                members.append(i)
    return blocks, coarse


def _linked(a: Event, b: Event, ta: _Traits, tb: _Traits) -> bool:
    """Whether two candidates merge when compared (symmetric, and a function of the two alone)."""
    sa, sb = a.sources[0], b.sources[0]
    if sa.document == sb.document and (sa.start == sb.start or (
            sa.quote_start == sb.quote_start and not compatible(a.date, b.date))):
        # The events one date phrase dates are told apart on purpose; two dates that clash in
        # one sentence date two happenings ("fighters of the revolution that brought Castro
        # to power 42 years ago gathered Wednesday night").
        return False
    return same_event(a, b, ta, tb)


def _partition(candidates: list[Event]) -> list[list[int]]:
    """The groups of candidates that tell the same happening, as lists of indices in input order,
    in the order of their first candidate: the connected components of `_linked` over the pairs
    that share a block."""
    parent = list(range(len(candidates)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def compare(i: int, j: int) -> None:
        if find(i) == find(j):
            return
        if _linked(candidates[i], candidates[j], traits[i], traits[j]):
            parent[max(find(i), find(j))] = min(find(i), find(j))

    traits = [_traits(e) for e in candidates]
    blocks, coarse = _blocks(candidates, traits)
    for key, members in blocks.items():
        for x, i in enumerate(members):
            for j in members[x + 1:]:
                compare(i, j)
    # Decades and centuries: few, each compared with every event sharing a word with it.
    by_word: dict[str, list[int]] = {}
    for i, t in enumerate(traits):
        for w in t.what:
            by_word.setdefault(w, []).append(i)
    for i in coarse:
        for j in sorted({j for w in traits[i].what for j in by_word[w]} - {i}):
            compare(i, j)
    groups: dict[int, list[int]] = {}
    for i in range(len(candidates)):
        groups.setdefault(find(i), []).append(i)
    return list(groups.values())


def merge_events(candidates: list[Event]) -> list[Event]:
    """Union of the candidates that tell the same happening; sources kept in input order."""
    return [_combine([candidates[i] for i in group]) for group in _partition(candidates)]


# --- merging again after some documents changed ----------------------------------------------

@dataclass
class MergeState:
    """What `merge_incremental` keeps of one merge for the next: each document that has
    candidates, in input order, with the key of its candidates and how many there are; and for
    each candidate, the index of the first candidate of its group."""

    documents: list[tuple[str, bytes, int]]
    leaders: list[int]


def _compared(a: Event, b: Event, ta: _Traits, tb: _Traits, ma: range | None, mb: range | None) -> bool:
    """Whether `_partition` compares two candidates that share a "what" word (no others ever
    merge): they share a key of `_blocks`, or one of them is coarse."""
    what = ta.what & tb.what
    if not what:
        return False
    if ma is None or mb is None or a.text.lower() == b.text.lower():
        return True
    entities = ta.entities & tb.entities
    if entities and len(what) >= 2:  # an "apart" key
        return True
    return bool(entities or ta.figures & tb.figures) and max(ma.start, mb.start) < min(ma.stop, mb.stop)


def _runs(candidates: list[Event]) -> list[tuple[str, int, int]] | None:
    """(document, start, end) of each document's run of candidates; None when a document's
    candidates are not all together."""
    runs: list[tuple[str, int, int]] = []
    seen = set()
    for i, event in enumerate(candidates):
        document = event.sources[0].document
        if runs and runs[-1][0] == document:
            continue
        if document in seen:
            return None
        seen.add(document)
        if runs:
            runs[-1] = (runs[-1][0], runs[-1][1], i)
        runs.append((document, i, len(candidates)))
    return runs


def candidates_key(events: list[Event]) -> bytes:
    """A key of a document's candidates: equal keys, equal candidates."""
    return hashlib.blake2b(pickle.dumps(events, protocol=pickle.HIGHEST_PROTOCOL), digest_size=20).digest()


def merge_incremental(candidates: list[Event], previous: MergeState | None = None,
                      keys: dict[str, bytes] | None = None) -> tuple[list[Event], MergeState | None]:
    """`merge_events(candidates)`, exactly, reusing the groups of the last merge (`previous`)
    that no changed document can touch; and the state to pass to the next merge.

    A document's candidates are unchanged when their key is (`keys[document]`: the caller's,
    which must differ whenever the candidates do; otherwise `candidates_key`). Whether two
    candidates merge depends on the two alone, so the groups are the connected components of a
    graph whose edges between unchanged candidates are as before. Merged again are the
    candidates of changed or new documents, with every group of the last merge that held a
    changed or removed document's candidate (it may fall apart) or that one of the new
    candidates merges with (it may join others); every other group is kept as it was.
    """
    runs = _runs(candidates)
    if runs is None:  # a document in two places: not the pipeline's order, merge it all
        return merge_events(candidates), None
    documents = [(doc, keys[doc] if keys is not None and doc in keys else candidates_key(candidates[start:end]),
                  end - start) for doc, start, end in runs]
    groups = _regroup(candidates, runs, documents, previous) if previous is not None else None
    if groups is None:
        groups = _partition(candidates)
    leaders = [0] * len(candidates)
    for group in groups:
        for i in group:
            leaders[i] = group[0]
    return ([_combine([candidates[i] for i in group]) for group in groups],
            MergeState(documents, leaders))


def group_keys(state: MergeState) -> list[bytes]:
    """A key of each merged event of the merge that gave `state`, in its order: the keys of its
    candidates' documents and their places in them. Equal keys, equal merged events (but for
    the id `assign_ids` gives them), as long as the code is the same."""
    members: dict[int, list[bytes]] = {}
    i = 0
    for _, key, count in state.documents:
        for k in range(count):
            members.setdefault(state.leaders[i], []).append(key + k.to_bytes(4, "big"))
            i += 1
    return [hashlib.blake2b(b"".join(group), digest_size=16).digest() for group in members.values()]


def _regroup(candidates: list[Event], runs: list[tuple[str, int, int]], documents: list[tuple[str, bytes, int]],
             previous: MergeState) -> list[list[int]] | None:
    """The groups of `_partition(candidates)`, from those of the last merge (see `merge_incremental`);
    None when the last merge cannot serve (the unchanged documents came in another order)."""
    before, start = {}, 0
    for doc, key, count in previous.documents:
        before[doc] = (key, start, count)
        start += count
    if start != len(previous.leaders):
        return None
    old_index = [-1] * len(candidates)  # an unchanged candidate's index in the last merge
    fresh: list[int] = []  # the candidates of changed and new documents
    unchanged, last = set(), -1
    for (doc, start, end), (_, key, count) in zip(runs, documents):
        old = before.get(doc)
        if old is not None and old[0] == key and old[2] == count:
            if old[1] < last:
                return None
            last = old[1]
            old_index[start:end] = range(old[1], old[1] + count)
            unchanged.add(doc)
        else:
            fresh.extend(range(start, end))
    leaders = previous.leaders
    affected = set()  # groups of the last merge (by their first candidate) merged again
    for doc, (key, start, count) in before.items():
        if doc not in unchanged:
            affected.update(leaders[start:start + count])
    if fresh:
        new = [(candidates[i], _traits(candidates[i]), _months(candidates[i])) for i in fresh]
        entities = {x for event, _, _ in new for x in event.entities}
        dates = {event.date for event, _, _ in new}
        texts = {event.text.lower() for event, _, _ in new}
        for i, old in enumerate(old_index):
            if old < 0 or leaders[old] in affected:
                continue
            event = candidates[i]
            # Merging needs an entity in common, the same date (and figure) or the same sentence.
            if (event.date in dates or any(x in entities for x in event.entities)
                    or event.text.lower() in texts):
                traits, months = _traits(event), _months(event)
                if any(_compared(other, event, t, traits, m, months) and _linked(other, event, t, traits)
                       for other, t, m in new):
                    affected.add(leaders[old])
    again = sorted(fresh + [i for i, old in enumerate(old_index) if old >= 0 and leaders[old] in affected])
    kept: dict[int, list[int]] = {}
    for i, old in enumerate(old_index):
        if old >= 0 and leaders[old] not in affected:
            kept.setdefault(leaders[old], []).append(i)
    groups = list(kept.values())
    groups += [[again[k] for k in group] for group in _partition([candidates[i] for i in again])]
    groups.sort(key=lambda group: group[0])
    return groups


def _combine(group: list[Event]) -> Event:
    if len(group) == 1:
        return group[0]
    best = _most_precise(enumerate(group))
    first = group[0]
    sources, seen = [], set()
    for event in group:
        for source in event.sources:
            key = (source.document, source.start, source.end)
            if key not in seen:
                seen.add(key)
                sources.append(source)
    entities = []
    for event in group:
        entities += [e for e in event.entities if e not in entities]
    kind = min((e.kind for e in group), key=KIND_ORDER.index)
    # The headline of a source that tells it as it turned out ("the summit in The Hague agreed"
    # rather than "the next summit"), the most precise of those.
    told = _most_precise((n, e) for n, e in enumerate(group) if e.kind == kind)
    return Event(first.id, best.date, best.precision, told.title, told.text, kind, sources,
                 entities, _conflicts(group), "" if any(not e.mod for e in group) else best.mod)


def _most_precise(numbered) -> Event:
    """The most precise event of (position, event) pairs; a tie goes to the earlier position
    (not `group.index`, which compares whole events field by field)."""
    return max(numbered, key=lambda n_e: (PRECISION_RANK.get(n_e[1].precision, 0), -n_e[0]))[1]


def _conflicts(group: list[Event]) -> list[str]:
    """Dates given by sources for the same event that do not fit inside each other."""
    values = []
    for event in group:
        for source in event.sources:
            if source.value and source.value not in values:
                values.append(source.value)
    clashes = []
    for i, a in enumerate(values):
        for b in values[i + 1:]:
            if not compatible(a, b):
                clashes.append(f"sources disagree on the date: {a} vs {b}")
    return clashes


def order_events(events: list[Event], document_order: dict[str, int]) -> list[Event]:
    """Chronological by interval start; coarser precision first; ties by source order."""
    def key(event: Event):
        first = event.sources[0] if event.sources else None
        return (sort_key(event.date),
                document_order.get(first.document, 0) if first else 0,
                first.start if first else 0, event.title)
    return sorted(events, key=key)


def assign_ids(events: list[Event]) -> None:
    """Stable, unique slugs: the date and title, numbered only when two would collide."""
    seen: dict[str, int] = {}
    for event in events:
        base = event.id
        count = seen.get(base, 0)
        seen[base] = count + 1
        if count:
            event.id = f"{base}-{count + 1}"
