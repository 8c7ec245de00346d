"""The Pelican plugin: one generator that renders the timeline pages from `content/`.

Pelican keeps doing what Pelican does (pages under `content/pages/`, static files, the theme);
this generator reads `content/events/*.md` and `content/sources/*.md` with our own reader, since
Pelican's `Date` cannot hold TIMEX3 values, and writes the index, period, event, source and
entity pages and the exports. Use it from `pelicanconf.py` with `PLUGINS = ["timeline.plugin"]`.

Settings (all optional):
  TIMELINE_INDEX_LIMIT   300  more events than this: the index shows each period's key events
                              and period pages (`periods/<year>.html`) hold the full lists
  TIMELINE_PAGE_SIZE     250  events per period or entity page
  TIMELINE_KEY_EVENTS      5  key events per period (ranked by independent sources)
  TIMELINE_MONTHS_AFTER   20  a year with more events than this gets month headings
  TIMELINE_GROUP_BY  "entity" TimelineJS rows: "entity", "source" or "" (none)
  TIMELINE_FEED_LIMIT    100  entries in events.atom
  TIMELINE_SINGLE_FILE  None  also write the whole timeline as one self-contained HTML file here
  TIMELINE_REUSE_FROM   None  the site this build replaces: unchanged event, period, source and
  TIMELINE_PAGE_MANIFEST None entity pages are taken from it (with the fingerprints kept here; reuse.py)
  TIMELINE_CACHE        None  a cache folder: content files unchanged since the last build are
                              neither read nor parsed again (known_files.py)
"""
from __future__ import annotations

import logging
from pathlib import Path

from markupsafe import Markup
from pelican import signals
from pelican.generators import Generator

from .. import exports
from ..content import atomic_write
from ..known_files import KnownFiles, ParsedFiles
from ..parallel import beside
from .chart import overview_chart
from .fragments import Fragments, ViewDigests
from .reuse import PageReuse
from .views import Layout, build_site_model

log = logging.getLogger(__name__)

DATA_SCRIPT = "timeline-data.js"


def filter_data(model) -> dict:
    """What the filter, search and jump-to-date script needs, as compact rows (see timeline.js)."""
    entities = {e.name: i for i, e in enumerate(model.entities)}
    sources = {s.id: i for i, s in enumerate(model.sources)}
    pages = {page: i for i, page in enumerate(dict.fromkeys(e.listing for e in model.events))}
    rows = [[e.id, e.title, e.label, e.kind, e.start, pages.get(e.listing, 0),
             [entities[x.name] for x in e.entities],
             sorted({sources[s.document] for s in e.sources if s.document in sources}), int(e.key)]
            for e in model.events]
    data = {"events": rows, "pages": list(pages), "entities": [e.name for e in model.entities],
            "sources": [s.title for s in model.sources]}
    if model.split:  # each period's count, for the list of periods on the period pages
        data["periods"] = {g.pages[0].url: len(g.events) for g in model.groups if g.pages}
    return data


def data_script(model) -> str:
    """The filter data as a script (loaded with <script src>, which works from file://)."""
    return f"window.TIMELINE_DATA={exports.script_json(filter_data(model))};\n"


def overview(model) -> Markup:
    """Bars per period, each jumping to the period (its anchor, or its page on a split index)."""
    return overview_chart([(g.label, len(g.events), g.pages[0].url if model.split else f"#{g.anchor}")
                           for g in model.groups])


class TimelineGenerator(Generator):
    """generate_context(): read the event and source files; generate_output(): write the pages."""

    def generate_context(self):
        content = Path(self.path)
        s = self.settings
        layout = Layout(s.get("TIMELINE_INDEX_LIMIT", 300), s.get("TIMELINE_PAGE_SIZE", 250),
                        s.get("TIMELINE_KEY_EVENTS", 5), s.get("TIMELINE_MONTHS_AFTER", 20))
        cache = s.get("TIMELINE_CACHE")
        index = KnownFiles.for_folder(Path(cache), content) if cache else None
        parsed = ParsedFiles.for_folder(Path(cache), content) if cache else None
        self.model, problems = build_site_model(content / "events", content / "sources", layout, index, parsed)
        if cache:
            index.save(deferred=True)
            parsed.save()
        for problem in problems:
            log.warning("timeline: %s", problem)
        self.context["timeline"] = self.model
        self.context["overview"] = overview(self.model)

    def generate_output(self, writer):
        # Article text is untrusted: every page of ours renders with autoescaping on.
        env = self.env.overlay(autoescape=True)
        cache = self.settings.get("TIMELINE_CACHE")
        if cache:
            env.bytecode_cache = template_cache(env, self.settings, Path(cache))
        relative = self.settings.get("RELATIVE_URLS", False)
        output_path = Path(self.output_path)
        model = self.model
        siteurl = "" if relative else self.settings.get("SITEURL", "")
        sources_by_id = {s.id: s for s in model.sources}

        digests = ViewDigests()
        for event in model.events:  # before the fork: the pages and the exports both need them
            digests(event)
        reuse = self._reuse(digests, output_path)

        def write(name: str, template: str, reusable: bool = False, derived=None, depends=None, **page):
            """Render a page (or take it unchanged from the previous build). `derived` computes
            values that follow from `page`, so they are only computed for pages rendered;
            `depends` is what else they read, for the page's fingerprint."""
            if reuse:
                if reusable and reuse.take(name, template, page, output_path, depends):
                    return
                reuse.release(name)
            writer.write_file(name, env.get_template(template), self.context,
                              relative_urls=relative, override_output=True,
                              **page, **(derived() if derived else {}))

        # The exports need the model only: written by a copy of this process on the other core.
        exported = beside(lambda: self.write_exports(output_path, siteurl, digests))
        try:
            self.write_pages(write, model, sources_by_id, siteurl, reuse)
            # The filter data here: the pages take less time than the other exports.
            atomic_write(output_path / DATA_SCRIPT, data_script(model))
        except BaseException:
            try:  # the child is waited for, but the failure (or Ctrl-C) to report is this one
                exported()
            except Exception:  # noqa: BLE001
                pass
            raise
        exported()
        single = self.settings.get("TIMELINE_SINGLE_FILE")
        if single:
            self.write_single_file(env, Path(single))

    def write_pages(self, write, model, sources_by_id: dict, siteurl: str, reuse: PageReuse | None) -> None:
        def published(event) -> list[str]:
            """The creation dates of an event's articles (its JSON-LD's `datePublished`)."""
            return [getattr(sources_by_id.get(s.document), "dct", None) for s in event.sources]

        write("index.html", "timeline.html", page_name="index", filters=True)
        # A period page lists the periods but not their counts (timeline.js adds them from the
        # filter data), so it only changes with its own events and neighbours.
        years = [(group.label, group.pages[0].url) for group in model.groups if group.pages]
        for period in model.periods:
            write(period.url, "period.html", True, period=period, years=years, page_name="period", filters=True)
        for event in model.events:
            write(event.url, "event.html", True, event=event, page_name="event", depends=published(event),
                  derived=lambda event=event: {"jsonld": Markup(exports.event_jsonld(event, sources_by_id, siteurl))})
        write("sources/index.html", "sources.html", page_name="sources")
        for source in model.sources:
            write(source.url, "source.html", True, source=source, page_name="source")
        write("entities/index.html", "entities.html", page_name="entities")
        for entity in model.entities:
            for pager in entity.pages:
                write(pager.url, "entity.html", True, entity=entity, pager=pager, page_name="entity")
        if reuse:
            reuse.save()
            log.info("timeline: %d pages taken unchanged from the previous build", reuse.reused)

    def _reuse(self, digests: ViewDigests, output: Path) -> PageReuse | None:
        """Page reuse when the build names the site it replaces and where fingerprints live."""
        previous, manifest = (self.settings.get("TIMELINE_REUSE_FROM"),
                              self.settings.get("TIMELINE_PAGE_MANIFEST"))
        if not previous or not manifest:
            return None
        return PageReuse(Path(previous), Path(manifest), Path(self.theme), self.context, digests, output)

    def write_exports(self, output: Path, siteurl: str, digests: ViewDigests | None = None) -> None:
        """The export files but the filter data (written with the pages); each event's piece of
        them comes from the last build when its data is unchanged (fragments.py), given a cache
        folder."""
        model, s = self.model, self.settings
        title, events = s.get("SITENAME", "Timeline"), self.model.events
        cache = s.get("TIMELINE_CACHE")
        pieces = Fragments.for_cache(Path(cache) if cache else None, digests)
        files = {
            "timeline.json": exports.timelinejs_json(events, title, s.get("SITESUBTITLE", ""),
                                                     s.get("TIMELINE_GROUP_BY", "entity"), pieces),
            "events.csv": exports.events_csv(events, siteurl, pieces),
            "events.ics": exports.events_ics(events, title, model.latest, siteurl, pieces),
            "events.atom": exports.atom_feed(events, title, model.latest, siteurl,
                                             s.get("TIMELINE_FEED_LIMIT", 100)),
        }
        for name, text in files.items():
            atomic_write(output / name, text)
        pieces.save()

    def write_single_file(self, env, path: Path) -> None:
        """The whole timeline in one HTML file: CSS, script and data inlined, no other file needed."""
        static = Path(self.theme) / "static"
        page = env.get_template("single.html").render(
            self.context, SITEURL=".", page_name="single", single=True,
            inline_css=Markup((static / "css" / "timeline.css").read_text(encoding="utf-8")),
            inline_js=Markup((static / "js" / "timeline.js").read_text(encoding="utf-8")),
            inline_data=Markup(data_script(self.model)))
        atomic_write(path, page)


def template_cache(env, settings: dict, cache: Path):
    """Jinja's compiled templates kept in the cache folder (compiling the theme's templates took a
    tenth of a second of every build). Jinja checks each entry against the template's source and
    its own version; the folder is named by everything else the compiled code depends on: the
    environment's settings and how each filter and test takes its arguments (a custom filter
    described by its address changes the name every run, so it only costs the reuse)."""
    import hashlib

    import jinja2
    from jinja2.bccache import FileSystemBytecodeCache

    try:
        from jinja2.utils import _PassArg

        def calling(functions: dict) -> list:
            return sorted((name, repr(_PassArg.from_obj(f))) for name, f in functions.items())

        environment = settings.get("JINJA_ENVIRONMENT", {})
        about = repr((jinja2.__version__, sorted((k, repr(v)) for k, v in environment.items()),
                      env.autoescape, env.optimized, env.is_async, env.sandboxed, sorted(env.extensions),
                      calling(env.filters), calling(env.tests), env.finalize and repr(_PassArg.from_obj(env.finalize)),
                      sorted(getattr(env, "intercepted_binops", ())), sorted(getattr(env, "intercepted_unops", ())),
                      type(env).__qualname__, env.code_generator_class.__qualname__))
        folder = cache / "templates" / hashlib.sha256(about.encode("utf-8")).hexdigest()[:16]
        folder.mkdir(parents=True, exist_ok=True)
    except Exception:  # noqa: BLE001 - another Jinja, an unwritable folder: compiled every build, as before
        return None
    return FileSystemBytecodeCache(str(folder))


def get_generators(pelican_object):
    return TimelineGenerator


def register():
    signals.get_generators.connect(get_generators)


def render_site(content: Path, output: Path, settings_file: str | None = None,
                siteurl: str | None = None, single_file: Path | None = None,
                reuse: tuple[Path, Path] | None = None, cache: Path | None = None) -> list[str]:
    """Run Pelican on `content` into `output` with our settings; return the problems it logged.
    `reuse`: (the site this build replaces, the page fingerprint manifest), see reuse.py;
    `cache`: the cache folder (TIMELINE_CACHE)."""
    from .site import run_pelican

    return run_pelican(content, output, settings_file, siteurl, single_file, reuse, cache)
