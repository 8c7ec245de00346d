"""What the templates see: events, sources and entities with URLs, labels and safe HTML pieces.

Every piece of article text reaching a template is either plain text (escaped by the template) or
built here with `markupsafe.escape` around each text run; nothing from an article is ever
inserted as markup.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from markupsafe import Markup, escape

from ..content import read_events, read_sources
from ..labels import date_label, html_datetime, period_year, year_label
from ..merge import order_events
from ..text import slugify, squash

KIND_LABELS = {"happened": "", "planned": "planned", "deadline": "deadline", "ongoing": "ongoing"}


@dataclass
class EntityRef:
    name: str
    url: str


@dataclass
class SourceRef:
    title: str
    url: str
    quote_html: Markup
    timex: str
    resolved: str
    document: str


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
    entities: list[EntityRef]
    sources: list[SourceRef]
    conflicts: list[str]


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
    text_html: Markup
    furniture: list[str]
    events: list[EventView] = field(default_factory=list)


@dataclass
class EntityView:
    name: str
    slug: str
    url: str
    events: list[EventView] = field(default_factory=list)


@dataclass
class YearGroup:
    year: int | None
    label: str
    anchor: str
    events: list[EventView]


@dataclass
class SiteModel:
    events: list[EventView]
    sources: list[SourceView]
    entities: list[EntityView]
    groups: list[YearGroup]


def highlight(quote: str, timex: str) -> Markup:
    """The quote, escaped, with its time expression in <mark>."""
    quote, timex = squash(quote), squash(timex)
    at = quote.find(timex) if timex else -1
    if at < 0:
        return escape(quote)
    return (escape(quote[:at]) + Markup('<mark class="timex">') + escape(timex) + Markup("</mark>")
            + escape(quote[at + len(timex):]))


def article_html(source, links: dict[int, str]) -> Markup:
    """The article text with time expressions marked (and linked to their events) and page
    furniture folded away in <details>, so a reader sees what was set aside and why."""
    spans = [(s, e, "furniture", label) for s, e, label in source.furniture]
    spans += [(s, e, "timex", f"{type_} {value}") for s, e, type_, value in source.timexes
              if not any(fs <= s < fe for fs, fe, _ in source.furniture)]
    spans.sort()
    text, out, pos = source.text, [], 0
    for start, end, what, info in spans:
        if start < pos or end > len(text):
            continue
        out.append(escape(text[pos:start]))
        piece = escape(text[start:end])
        if what == "furniture":
            out.append(Markup('<details class="furniture"><summary>Set aside: {}</summary>'
                              '<div class="furniture-text">{}</div></details>').format(info, piece))
        else:
            href = links.get(start)
            inner = Markup('<a href="{}">{}</a>').format(href, piece) if href else piece
            out.append(Markup('<mark class="timex" id="t-{}" title="{}">{}</mark>').format(start, info, inner))
        pos = end
    out.append(escape(text[pos:]))
    return Markup("").join(out)


def build_site_model(events_dir: Path, sources_dir: Path) -> tuple[SiteModel, list[str]]:
    events, problems = read_events(events_dir) if events_dir.exists() else ([], [])
    sources = read_sources(sources_dir) if sources_dir.exists() else []
    by_doc = {s.id: s for s in sources}
    order = {s.id: i for i, s in enumerate(sources)}
    events = order_events(events, order)

    entity_views: dict[str, EntityView] = {}
    source_views: dict[str, SourceView] = {}
    for s in sources:
        source_views[s.id] = SourceView(
            s.id, s.slug, f"sources/{s.slug}.html", s.title, s.dct, date_label(s.dct) if s.dct else "unknown",
            s.dct_source, s.dct_reason, s.dct_confidence, s.url, s.author, s.publisher, Markup(""),
            [label for _, _, label in s.furniture])

    views: list[EventView] = []
    links: dict[str, dict[int, str]] = {}
    for e in events:
        entity_refs = []
        for name in e.entities:
            slug = slugify(name)
            entity = entity_views.setdefault(name, EntityView(name, slug, f"entities/{slug}.html"))
            entity_refs.append(EntityRef(name, entity.url))
        refs = []
        for src in e.sources:
            doc = by_doc.get(src.document)
            if doc is None:
                problems.append(f"event {e.id}: unknown source document {src.document!r}")
                url, title = "", src.document
            else:
                url = f"sources/{doc.slug}.html#t-{src.start}"
                title = doc.title
                links.setdefault(doc.id, {}).setdefault(src.start, f"../events/{e.id}.html")
            refs.append(SourceRef(title, url, highlight(src.quote, src.timex), src.timex, src.anchor,
                                  src.document))
        view = EventView(e.id, f"events/{e.id}.html", e.title, e.date, date_label(e.date),
                         html_datetime(e.date), e.precision, e.kind, KIND_LABELS.get(e.kind, e.kind),
                         e.text, period_year(e.date), entity_refs, refs, e.conflicts)
        views.append(view)
        for ref in entity_refs:
            entity_views[ref.name].events.append(view)
        for src in e.sources:
            if src.document in source_views and view not in source_views[src.document].events:
                source_views[src.document].events.append(view)

    for s in sources:
        source_views[s.id].text_html = article_html(s, links.get(s.id, {}))

    groups: list[YearGroup] = []
    for view in views:
        # Decades and centuries head their own group ("1940s"); finer dates group by year.
        label = view.label if view.precision in ("century", "decade") else (
            year_label(view.year) if view.year is not None else "Undated")
        if not groups or groups[-1].label != label:
            groups.append(YearGroup(view.year, label, f"y{slugify(label)}", []))
        groups[-1].events.append(view)
    entities = sorted(entity_views.values(), key=lambda v: (-len(v.events), v.name))
    return SiteModel(views, list(source_views.values()), entities, groups), problems
