"""Pelican settings for the timeline site: `pelican content -s pelicanconf.py` builds it as-is."""

AUTHOR = "Timeline Builder"
SITENAME = "NATO under pressure: a timeline"
SITESUBTITLE = "What the articles say happened, and when — every date linked to its source sentence."
SITEURL = ""
PATH = "content"
OUTPUT_PATH = "output"
THEME = "theme"
PLUGINS = ["timeline.plugin"]
TIMEZONE = "UTC"
DEFAULT_LANG = "en"

# Works from file:// and under any sub-path: every link is relative.
RELATIVE_URLS = True

# Events and sources are read by the timeline plugin, not as Pelican articles.
ARTICLE_EXCLUDES = ["events", "sources"]
PAGE_PATHS = ["pages"]
PAGE_EXCLUDES = ["events", "sources"]
PAGE_URL = "pages/{slug}.html"
PAGE_SAVE_AS = "pages/{slug}.html"
STATIC_PATHS = ["images"]
DIRECT_TEMPLATES = []

# No feeds with build timestamps: the same input builds the same bytes.
FEED_ALL_ATOM = None
CATEGORY_FEED_ATOM = None
TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None
DELETE_OUTPUT_DIRECTORY = False
