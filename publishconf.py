"""Settings for publishing: pelicanconf.py plus the public SITEURL taken from the environment."""
import os
import sys

sys.path.append(os.curdir)
from pelicanconf import *  # noqa: E402,F401,F403

SITEURL = os.environ.get("SITEURL", "")
RELATIVE_URLS = not SITEURL
