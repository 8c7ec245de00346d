"""Settings for publishing: pelicanconf.py plus the public SITEURL, taken from the environment.

`SITEURL=https://USER.github.io/REPO pelican content -s publishconf.py` writes absolute URLs under
that address (Pelican's reusable GitHub Pages workflow sets SITEURL itself); without SITEURL every
URL stays relative, which works at any sub-path and from disk.
"""
import os
import sys

sys.path.append(os.curdir)
from pelicanconf import *  # noqa: E402,F401,F403

SITEURL = os.environ.get("SITEURL", "")
RELATIVE_URLS = not SITEURL
