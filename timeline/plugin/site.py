"""Running Pelican on the content folder with the timeline theme and plugin."""
from __future__ import annotations

import logging
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]

# What a site needs when no pelicanconf.py is given; pelicanconf.py in the repository says the same.
DEFAULTS = {
    "SITENAME": "Timeline",
    "THEME": str(REPO_ROOT / "theme"),
    "PLUGINS": ["timeline.plugin"],
    "RELATIVE_URLS": True,
    "ARTICLE_EXCLUDES": ["events", "sources"],
    "PAGE_PATHS": ["pages"],
    "PAGE_EXCLUDES": ["events", "sources"],
    "STATIC_PATHS": ["images"],
    "DIRECT_TEMPLATES": [],
    "FEED_ALL_ATOM": None, "CATEGORY_FEED_ATOM": None, "TRANSLATION_FEED_ATOM": None,
    "AUTHOR_FEED_ATOM": None, "AUTHOR_FEED_RSS": None,
    "PAGE_URL": "pages/{slug}.html", "PAGE_SAVE_AS": "pages/{slug}.html",
    "TIMEZONE": "UTC", "DEFAULT_LANG": "en",
    "DELETE_OUTPUT_DIRECTORY": False,
}


class _Collect(logging.Handler):
    def __init__(self):
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record):
        self.messages.append(record.getMessage())


def run_pelican(content: Path, output: Path, settings_file: str | None = None,
                siteurl: str | None = None, single_file: Path | None = None,
                reuse: tuple[Path, Path] | None = None, cache: Path | None = None) -> list[str]:
    """Render `content` into `output` (and the one-file timeline into `single_file` when given);
    return the warnings and errors Pelican logged."""
    from pelican import Pelican
    from pelican.settings import read_settings

    override = {"PATH": str(content.resolve()), "OUTPUT_PATH": str(output.resolve())}
    if siteurl:
        override.update({"SITEURL": siteurl.rstrip("/"), "RELATIVE_URLS": False})
    if single_file:
        override["TIMELINE_SINGLE_FILE"] = str(Path(single_file).resolve())
    if reuse:
        override["TIMELINE_REUSE_FROM"] = str(reuse[0].resolve())
        override["TIMELINE_PAGE_MANIFEST"] = str(reuse[1].resolve())
    if cache:
        override["TIMELINE_CACHE"] = str(Path(cache).resolve())
    if settings_file:
        settings = read_settings(settings_file, override=override)
    else:
        settings = read_settings(None, override={**DEFAULTS, **override})
    handler = _Collect()
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        Pelican(settings).run()
    finally:
        root.removeHandler(handler)
    return handler.messages
