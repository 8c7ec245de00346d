"""What the templates see: events, sources and entities with URLs, labels and safe HTML pieces.

Every piece of article text reaching a template is either plain text (escaped by the template) or
built here with `markupsafe.escape` around each text run; nothing from an article is ever
inserted as markup. Every file name comes from `safe_slug`, so no id can leave the output folder.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from markupsafe import Markup, escape

from ..content import read_events, read_sources
from ..known_files import KnownFiles, ParsedFiles
from ..labels import (MONTH_NAMES, approximate_label, date_label, html_datetime, interval, period_year,
                      year_label)
from ..merge import order_events
from ..temporal.values import civil_from_days
from ..text import slugify, squash

KIND_LABELS = {"happened": "", "planned": "planned", "deadline": "deadline", "ongoing": "ongoing"}


@dataclass(frozen=True)
class Layout:
    """How a big timeline is cut so that no page carries more than `page_size` events' markup."""

    index_limit: int = 300  # beyond this many events the index shows key events per period only
    page_size: int = 250  # events per period page
    key_events: int = 5  # key events shown per period on a split index
    months_after: int = 20  # a year with more events than this gets month headings


@dataclass
class EntityRef:
    name: str
    url: str


@dataclass
class SourceRef:
    title: str
    url: str
    quote: str  # the sentence as the event file gives it
    timex: str
    resolved: str
    document: str
    value: str
    value_label: str

    @property
    def quote_html(self) -> Markup:
        """The quote with its time expression marked (made when a page or export needs it)."""
        return highlight(self.quote, self.timex)


@dataclass
class EventView:
    id: str
    url: str
    title: str
    date: str
    label: str
    datetime: str
    precision: str
    kind: str
    kind_label: str
    text: str
    year: int | None
    start: int | None  # interval of the date in day numbers, [start, end)
    end: int | None
    entities: list[EntityRef]
    sources: list[SourceRef]
    conflicts: list[str]
    independent: int = 0  # distinct publishers (or, when unknown, distinct sentences) reporting it
    reported: str = ""  # latest creation date among its sources
    key: bool = False  # among the key events of its period
    listing: str = ""  # the timeline page whose list holds this event
    # The event file's name and text hash, which determine every field above but those
    # `ViewDigests` hashes besides it (fragments.py); "" when not known: the whole view is hashed.
    origin: str = field(default="", repr=False, compare=False)


@dataclass
class SourceView:
    id: str
    slug: str
    url: str
    title: str
    dct: str
    dct_label: str
    dct_source: str
    dct_reason: str
    dct_confidence: str
    url_original: str
    author: str
    publisher: str
    furniture: list[str]
    events: list[EventView] = field(default_factory=list)
    article: Article | None = None  # the text and its marks, made into HTML when the page is rendered
    # The source file's name and text hash, which determine every field but `slug`, `url`, `events`
    # and the article's links (see `EventView.origin`); "" when not known.
    origin: str = field(default="", repr=False, compare=False)

    @property
    def text_html(self) -> Markup:
        """The article as HTML (see `article_html`); only source pages rendered need it."""
        return self.article.html() if self.article is not None else Markup("")


@dataclass
class Article:
    """What a source page's article text is made of: the source (its text, furniture and time
    expressions) and the events its marks link to (start -> URL)."""

    source: object
    links: dict[int, str]

    def html(self) -> Markup:
        return article_html(self.source, self.links)

    def digest(self) -> str:
        """A hash of everything `html()` reads, without making the HTML."""
        s = self.source
        digest = hashlib.sha256(s.text.encode("utf-8", "surrogatepass"))
        digest.update(repr((s.furniture, s.timexes, sorted(self.links.items()))).encode("utf-8", "surrogatepass"))
        return digest.hexdigest()


@dataclass
class Pager:
    """One page of a long list: its URL, its events and its neighbours."""

    url: str
    number: int
    events: list[EventView]
    title: str = ""
    sections: list[Section] = field(default_factory=list)
    prev: Pager | None = None
    next: Pager | None = None


@dataclass
class EntityView:
    name: str
    slug: str
    url: str
    events: list[EventView] = field(default_factory=list)
    pages: list[Pager] = field(default_factory=list)


@dataclass
class Section:
    """A run of events under one heading: a month of a dense year, or the whole year."""

    label: str
    anchor: str
    events: list[EventView]


@dataclass
class YearGroup:
    year: int | None
    label: str
    anchor: str
    events: list[EventView]
    dense: bool = False
    sections: list[Section] = field(default_factory=list)
    key_events: list[EventView] = field(default_factory=list)
    pages: list[Pager] = field(default_factory=list)


@dataclass
class SiteModel:
    events: list[EventView]
    sources: list[SourceView]
    entities: list[EntityView]
    groups: list[YearGroup]
    split: bool = False  # True when the index shows key events and period pages hold the rest
    latest: str = ""  # the latest article creation date: the site's "updated" time

    @property
    def periods(self) -> list[Pager]:
        return [page for group in self.groups for page in group.pages]


_PLAIN_SLUG = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]*")


def safe_slug(value: str) -> str:
    """The value when it is already a plain file-name slug, else its slugified form."""
    return value if _PLAIN_SLUG.fullmatch(value) else slugify(value)


def unique(slug: str, taken: set[str]) -> str:
    """`slug`, or `slug-2`, `slug-3`... so two names never write the same file."""
    candidate, n = slug, 1
    while candidate in taken:
        n += 1
        candidate = f"{slug}-{n}"
    taken.add(candidate)
    return candidate


def highlight(quote: str, timex: str) -> Markup:
    """The quote, escaped, with its time expression in <mark>."""
    quote, timex = squash(quote), squash(timex)
    at = quote.find(timex) if timex else -1
    if at < 0:
        return escape(quote)
    return Markup(f'{escape(quote[:at])}<mark class="timex">{escape(timex)}</mark>'
                  f'{escape(quote[at + len(timex):])}')


def article_html(source, links: dict[int, str]) -> Markup:
    """The article text with time expressions marked (and linked to their events) and page
    furniture folded away in <details>, so a reader sees what was set aside and why."""
    spans = [(s, e, "furniture", label) for s, e, label in source.furniture]
    spans += [(s, e, "timex", f"{type_} {value}") for s, e, type_, value in source.timexes
              if not any(fs <= s < fe for fs, fe, _ in source.furniture)]
    spans.sort()
    # Built as plain strings from escaped pieces (Markup.format costs ten times as much, and an
    # article has hundreds of spans); every piece of the text goes through `escape`.
    text, out, pos = source.text, [], 0
    for start, end, what, info in spans:
        if start < pos or end > len(text):
            continue
        out.append(escape(text[pos:start]))
        piece = escape(text[start:end])
        if what == "furniture":
            out.append(f'<details class="furniture"><summary>Set aside: {escape(info)}</summary>'
                       f'<div class="furniture-text">{piece}</div></details>')
        else:
            href = links.get(start)
            inner = f'<a href="{escape(href)}">{piece}</a>' if href else piece
            out.append(f'<mark class="timex" id="t-{start}" title="{escape(info)}">{inner}</mark>')
        pos = end
    out.append(escape(text[pos:]))
    return Markup("".join(out))


def paginate(events: list[EventView], size: int, url) -> list[Pager]:
    """Pages of at most `size` events, linked both ways; `url(n)` names page n (from 1)."""
    pages = [Pager(url(n), n, events[i:i + size]) for n, i in enumerate(range(0, len(events), size), 1)]
    for before, after in zip(pages, pages[1:]):
        before.next, after.prev = after, before
    return pages or [Pager(url(1), 1, [])]


def page_url(base: str, n: int) -> str:
    """`base.html` for the first page, `base.page2.html` after (a dot never occurs in slugs)."""
    return f"{base}.html" if n == 1 else f"{base}.page{n}.html"


def sections(group: YearGroup, events: list[EventView]) -> list[Section]:
    """Month headings for a dense year; one untitled section otherwise."""
    if not group.dense:
        return [Section("", "", events)]
    out: list[Section] = []
    for event in events:
        if event.precision in ("month", "week", "day", "time") and event.start is not None:
            year, month, _ = civil_from_days(event.start)
            label, anchor = f"{MONTH_NAMES[month - 1]} {year_label(year)}", f"m{year}-{month:02d}"
        else:
            label, anchor = event.label, f"m{slugify(event.label)}"
        if not out or out[-1].label != label:
            out.append(Section(label, anchor, []))
        out[-1].events.append(event)
    return out


def rank_key_events(group: YearGroup, count: int) -> None:
    """Mark the `count` events most widely reported (by independent sources) in the period."""
    ranked = {e.id for e in sorted(group.events, key=lambda e: -e.independent)[:count]}
    group.key_events = [e for e in group.events if e.id in ranked]
    for event in group.key_events:
        event.key = True


def group_by_period(views: list[EventView]) -> list[YearGroup]:
    groups: list[YearGroup] = []
    for view in views:
        # Decades and centuries head their own group ("1940s"); finer dates group by year.
        label = view.label if view.precision in ("millennium", "century", "decade") else (
            year_label(view.year) if view.year is not None else "Undated")
        if not groups or groups[-1].label != label:
            groups.append(YearGroup(view.year, label, f"y{slugify(label)}", []))
        groups[-1].events.append(view)
    return groups


def lay_out(groups: list[YearGroup], views: list[EventView], layout: Layout) -> bool:
    """Decide which page lists each event; return whether the index is split into periods."""
    split = len(views) > layout.index_limit
    periods: list[Pager] = []
    for group in groups:
        group.dense = len(group.events) > layout.months_after
        rank_key_events(group, layout.key_events)
        if not split:
            group.sections = sections(group, group.events)
            for event in group.events:
                event.listing = "index.html"
            continue
        base = f"periods/{group.anchor[1:]}"
        group.pages = paginate(group.events, layout.page_size, lambda n: page_url(base, n))
        for page in group.pages:
            first, last = page.events[0].label, page.events[-1].label
            page.title = group.label if len(group.pages) == 1 else f"{group.label}: {first} – {last}"
            page.sections = sections(group, page.events)
            for event in page.events:
                event.listing = page.url
        periods += group.pages
    # Period pages read as one sequence: "next" runs on into the following year.
    for before, after in zip(periods, periods[1:]):
        before.next, after.prev = after, before
    return split


def _marked_at(marks: dict[int, str], src) -> int | None:
    """Where the source page marks the time expression of `src` (`marks`: start -> words of each
    mark): at its offset, or, for an event file kept as a person edited it while the article
    changed since, at the nearest mark with the same words; None when the article lost them."""
    if marks.get(src.start) == src.timex:
        return src.start
    found = [start for start, words in marks.items() if words == src.timex]
    return min(found, key=lambda start: abs(start - src.start)) if found else None


def build_site_model(events_dir: Path, sources_dir: Path, layout: Layout = Layout(),
                     index: KnownFiles | None = None, parsed: ParsedFiles | None = None
                     ) -> tuple[SiteModel, list[str]]:
    """The site's view of the content files; `index` and `parsed` spare reading and parsing the
    files unchanged since the last build (known_files.py)."""
    origins: dict[int, str] = {}
    events, problems = read_events(events_dir, index, parsed, origins) if events_dir.exists() else ([], [])
    sources = read_sources(sources_dir, index, parsed, origins) if sources_dir.exists() else []
    by_doc = {s.id: s for s in sources}
    order = {s.id: i for i, s in enumerate(sources)}
    events = order_events(events, order)

    entity_views: dict[str, EntityView] = {}
    source_views: dict[str, SourceView] = {}
    taken_sources: set[str] = {"index"}  # sources/index.html is the list of sources
    for s in sources:
        slug = unique(safe_slug(s.slug), taken_sources)
        source_views[s.id] = SourceView(
            s.id, slug, f"sources/{slug}.html", s.title, s.dct, date_label(s.dct) if s.dct else "unknown",
            s.dct_source, s.dct_reason, s.dct_confidence, s.url, s.author, s.publisher,
            [label for _, _, label in s.furniture], origin=origins.get(id(s), ""))

    views: list[EventView] = []
    links: dict[str, dict[int, str]] = {}
    marks: dict[str, dict[int, str]] = {}  # document -> start -> words of each marked expression
    taken_events: set[str] = set()
    taken_entities: set[str] = {"index"}  # entities/index.html is the list of entities
    # Labels and intervals by date value: thousands of events and quotes share their dates.
    labels: dict[str, str] = {}
    dates: dict[tuple[str, str], tuple] = {}
    dct_order: dict[str, int] = {}  # _date_order of each article date
    for e in events:
        event_id = unique(safe_slug(e.id), taken_events)
        entity_refs = []
        for name in e.entities:
            if name not in entity_views:
                slug = unique(slugify(name), taken_entities)
                entity_views[name] = EntityView(name, slug, f"entities/{slug}.html")
            entity_refs.append(EntityRef(name, entity_views[name].url))
        refs, publishers, dcts = [], set(), []
        for src in e.sources:
            doc = by_doc.get(src.document)
            if doc is None:
                problems.append(f"event {e.id}: unknown source document {src.document!r}")
                url, title = "", src.document
            else:
                view = source_views[doc.id]
                if doc.id not in marks:
                    marks[doc.id] = {s: doc.text[s:e] for s, e, _, _ in doc.timexes}
                start = _marked_at(marks[doc.id], src) if src.timex else None
                if start is not None:  # the time expression is marked on the source page: link to it
                    url = f"{view.url}#t-{start}"
                    links.setdefault(doc.id, {}).setdefault(start, f"../events/{event_id}.html")
                else:  # dated by the article's own date, or no longer in the article as it now reads
                    url = view.url
                title = doc.title
                dcts.append(doc.dct)
                if doc.dct not in dct_order:
                    dct_order[doc.dct] = _date_order(doc.dct)
            # Who told it: the publisher; unknown, the sentence, as two copies of one wire story
            # (the same sentence in two files) are one report, not two independent ones.
            publishers.add((doc.publisher if doc else "") or " ".join(src.quote.lower().split()) or src.document)
            label = labels.get(src.value)
            if label is None:
                label = labels[src.value] = date_label(src.value) if src.value else ""
            refs.append(SourceRef(title, url, src.quote, src.timex, src.anchor, src.document, src.value, label))
        date = dates.get((e.date, e.mod))
        if date is None:
            iv = interval(e.date)
            date = dates[e.date, e.mod] = (approximate_label(e.date, e.mod), html_datetime(e.date),
                                           period_year(e.date), iv.start if iv else None, iv.end if iv else None)
        approximate, datetime, year, start, end = date
        view = EventView(event_id, f"events/{event_id}.html", e.title, e.date, approximate, datetime, e.precision,
                         e.kind, KIND_LABELS.get(e.kind, e.kind), e.text, year, start, end,
                         entity_refs, refs, e.conflicts, len(publishers),
                         max(dcts, key=dct_order.__getitem__, default=""), origin=origins.get(id(e), ""))
        views.append(view)
        for ref in entity_refs:
            entity_views[ref.name].events.append(view)
        # Once per source page, however many quotes it gave (by document: comparing views field by
        # field is costly, and every view is distinct by its unique id anyway).
        for document in dict.fromkeys(src.document for src in e.sources):
            if document in source_views:
                source_views[document].events.append(view)

    for s in sources:
        source_views[s.id].article = Article(s, links.get(s.id, {}))

    groups = group_by_period(views)
    split = lay_out(groups, views, layout)
    entities = sorted(entity_views.values(), key=lambda v: (-len(v.events), v.name))
    for entity in entities:
        base = f"entities/{entity.slug}"
        entity.pages = paginate(entity.events, layout.page_size, lambda n: page_url(base, n))
    latest = max((s.dct for s in sources if s.dct), key=_date_order, default="")
    return SiteModel(views, list(source_views.values()), entities, groups, split, latest), problems


def _date_order(value: str) -> int:
    iv = interval(value)
    return iv.end if iv else -(10 ** 9)
