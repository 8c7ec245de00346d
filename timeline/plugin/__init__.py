"""The Pelican plugin: one generator that renders the timeline pages from `content/`.

Pelican keeps doing what Pelican does (pages under `content/pages/`, static files, the theme);
this generator reads `content/events/*.md` and `content/sources/*.md` with our own reader, since
Pelican's `Date` cannot hold TIMEX3 values, and writes the index, event, source and entity pages.
Use it from `pelicanconf.py` with `PLUGINS = ["timeline.plugin"]`.
"""
from __future__ import annotations

import logging
from pathlib import Path

from pelican import signals
from pelican.generators import Generator

from .views import build_site_model

log = logging.getLogger(__name__)


class TimelineGenerator(Generator):
    """generate_context(): read the event and source files; generate_output(): write the pages."""

    def generate_context(self):
        content = Path(self.path)
        self.model, problems = build_site_model(content / "events", content / "sources")
        for problem in problems:
            log.warning("timeline: %s", problem)
        self.context["timeline"] = self.model

    def generate_output(self, writer):
        # Article text is untrusted: every page of ours renders with autoescaping on.
        env = self.env.overlay(autoescape=True)
        relative = self.settings.get("RELATIVE_URLS", False)
        model = self.model

        def write(name: str, template: str, **page):
            writer.write_file(name, env.get_template(template), self.context,
                              relative_urls=relative, override_output=True, **page)

        write("index.html", "timeline.html", page_name="index")
        for event in model.events:
            write(event.url, "event.html", event=event, page_name="event")
        write("sources/index.html", "sources.html", page_name="sources")
        for source in model.sources:
            write(source.url, "source.html", source=source, page_name="source")
        write("entities/index.html", "entities.html", page_name="entities")
        for entity in model.entities:
            write(entity.url, "entity.html", entity=entity, page_name="entity")


def get_generators(pelican_object):
    return TimelineGenerator


def register():
    signals.get_generators.connect(get_generators)


def render_site(content: Path, output: Path, settings_file: str | None = None,
                siteurl: str | None = None) -> list[str]:
    """Run Pelican on `content` into `output` with our settings; return the problems it logged."""
    from .site import run_pelican

    return run_pelican(content, output, settings_file, siteurl)
