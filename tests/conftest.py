"""Shared fixtures: the embedded seed corpus and a built site, made once per session."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"


def run_cli(*args, cwd=None):
    """Run the installed `timeline` command in a subprocess, as a user would."""
    return subprocess.run([sys.executable, "-m", "timeline.cli", *map(str, args)], cwd=cwd or REPO,
                          capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="session")
def built_site(tmp_path_factory):
    """The seeds built into a temporary content/ and output/ by `timeline build`."""
    root = tmp_path_factory.mktemp("site")
    result = run_cli("build", "--seeds", SEEDS, "--content", root / "content", "--output", root / "output",
                     "--settings", REPO / "pelicanconf.py", "--cache", root / "cache")
    assert result.returncode == 0, result.stderr
    return root


@pytest.fixture
def corpus(tmp_path):
    """A writable copy of the seeds."""
    target = tmp_path / "seeds"
    shutil.copytree(SEEDS, target)
    return target


@pytest.fixture(scope="module")
def browser():
    """Debian's headless Chromium driven by Playwright (no browser download); the flags keep it
    off the network, which this machine does not have."""
    from playwright.sync_api import sync_playwright

    executable = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    with sync_playwright() as p:
        instance = p.chromium.launch(executable_path=executable, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--no-first-run", "--disable-sync"])
        yield instance
        instance.close()
