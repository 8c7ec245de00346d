"""One event per happening: merge the same event told by several sources, then order the timeline.

Two candidates are the same event when their dates are compatible (equal, or one period holds
the other: "June" and "24 June") and their words agree (title overlap, or shared entities plus a
shared content word). The merged event takes the most precise compatible date. Candidates of
the same day that tell different things stay apart.
"""
from __future__ import annotations

import re

from .entities import names_of
from .model import Event
from .temporal.values import PRECISION_RANK, interval, sort_key

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
}


def content_words(text: str) -> set[str]:
    """Lower-cased content words, crudely stemmed so "joined"/"joining"/"joins" agree, with
    synonyms folded."""
    words = set()
    for w in re.findall(r"[a-z][a-z'-]+", text.lower()):
        w = w.strip("'-")
        if w in _STOP or len(w) < 3:
            continue
        w = re.sub(r"(?:ing|ed|es|s)$", "", w) if len(w) > 5 else w
        words.add(SYNONYMS.get(w, w))
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


def _what_words(event: Event) -> set[str]:
    """Title words that say what happened: no entity names, no role words."""
    names = {w for entity in event.entities for name in names_of(entity) for w in content_words(name)}
    return {w for w in content_words(event.title) if w not in names and w not in ROLE_WORDS}


def similarity(a: Event, b: Event) -> tuple[float, int]:
    """(share of the shorter title's "what" words in common, how many)."""
    wa, wb = _what_words(a), _what_words(b)
    if not wa or not wb:
        return 0.0, 0
    shared = len(wa & wb)
    return shared / min(len(wa), len(wb)), shared


_FIGURE = re.compile(r"(?<![\w.])(?:[$€£]\s?)?\d[\d,.]*(?:\s?%| percent| billion| million)?(?![\w])")


def _figures(title: str) -> set[str]:
    """Counts and amounts in a headline ("23", "$968 billion", "60%"); years are dates, not figures."""
    return {m.group().strip() for m in _FIGURE.finditer(title)
            if not re.fullmatch(r"(?:1\d|20)\d\d", m.group().strip())}


def similar(a: Event, b: Event) -> bool:
    ratio, shared = similarity(a, b)
    # The same figure on the same date ("23 countries ... the target") tells the same fact.
    if a.date == b.date and shared >= 1 and _figures(a.title) & _figures(b.title):
        return True
    entities = set(a.entities) & set(b.entities)
    if not set(a.entities) or not set(b.entities):
        return ratio >= 0.75 and shared >= 2
    return bool(entities) and ratio >= 0.5 and shared >= 1


def same_but_dated_apart(a: Event, b: Event) -> bool:
    """Clearly the same happening (nearly the same words and entities) with clashing dates."""
    ratio, shared = similarity(a, b)
    return ratio >= 0.8 and shared >= 2 and bool(set(a.entities) & set(b.entities))


def merge_events(candidates: list[Event]) -> list[Event]:
    """Union of the candidates that tell the same happening; sources kept in input order."""
    parent = list(range(len(candidates)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, a in enumerate(candidates):
        for j in range(i + 1, len(candidates)):
            b = candidates[j]
            if find(i) == find(j):
                continue
            same_sentence = a.sources[0].document == b.sources[0].document and a.sources[0].start == b.sources[0].start
            if same_sentence:
                continue  # two events one date phrase dates are told apart on purpose
            if (compatible(a.date, b.date) and similar(a, b)) or same_but_dated_apart(a, b):
                parent[find(j)] = find(i)
    groups: dict[int, list[Event]] = {}
    for i, event in enumerate(candidates):
        groups.setdefault(find(i), []).append(event)
    return [_combine(group) for group in groups.values()]


def _combine(group: list[Event]) -> Event:
    if len(group) == 1:
        return group[0]
    best = max(group, key=lambda e: (PRECISION_RANK.get(e.precision, 0), -group.index(e)))
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
    told = max((e for e in group if e.kind == kind),
               key=lambda e: (PRECISION_RANK.get(e.precision, 0), -group.index(e)))
    return Event(first.id, best.date, best.precision, told.title, told.text, kind, sources,
                 entities, _conflicts(group), "" if any(not e.mod for e in group) else best.mod)


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
