"""A link checker over the whole built site, in headless Chromium (Debian's).

The site must work at a sub-path (https://USER.github.io/REPO/) and from disk. So the seeds are
built twice, with relative URLs and with `--siteurl http://127.0.0.1:PORT/REPO`, each served under
/REPO/ by a local server, and the relative build is also opened from file://. Every HTML page in
output/ is opened (starting from index.html and following links, then any page no link reached);
every link, stylesheet, script and image must resolve to a file of the build (with its #fragment
on the page), and no request may leave the site.
"""
from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections import deque
from contextlib import contextmanager
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urldefrag, urlsplit

import pytest

from conftest import REPO, SEEDS

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"no Chromium at {CHROMIUM}")]

SUB_PATH = "REPO"
# Attributes resolved against the page by hand: SVG elements have no string `.href`.
LINKS = """() => {
  const resolve = (e, name) => new URL(e.getAttribute(name), document.baseURI).href;
  return {
    ids: Array.from(document.querySelectorAll('[id], a[name]'), e => e.id || e.getAttribute('name')),
    links: Array.from(document.querySelectorAll('[href]'), e => resolve(e, 'href')),
    assets: Array.from(document.querySelectorAll('[src]'), e => resolve(e, 'src')),
  };
}"""


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@contextmanager
def serve(root: Path):
    """`root` over HTTP on 127.0.0.1 at a free port, for the duration of the block."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_QuietHandler, directory=str(root)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def build(output: Path, siteurl: str | None = None) -> Path:
    env = {k: v for k, v in os.environ.items() if k != "SITEURL"}
    args = ["--siteurl", siteurl] if siteurl else []
    result = subprocess.run(
        [sys.executable, "-m", "timeline.cli", "build", "--seeds", str(SEEDS), "--content", str(output.parent / "content"),
         "--output", str(output), "--cache", str(output.parent / "cache"), "--settings", str(REPO / "pelicanconf.py"),
         *args], cwd=REPO, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    return output


@pytest.fixture(scope="module")
def relative_site(tmp_path_factory):
    return build(tmp_path_factory.mktemp("relative") / "www" / SUB_PATH)


def crawl(browser, base: str, output: Path) -> list[str]:
    """Open every HTML page of `output` at `base` (ending in "/"); return every problem found."""
    pages = {p.relative_to(output).as_posix() for p in output.rglob("*.html")}
    problems: list[str] = []
    current = [""]
    context = browser.new_context()

    def request(req):
        if not req.url.startswith((base, "data:")):
            problems.append(f"{current[0]}: requests {req.url}, outside the site")

    def response(resp):
        if resp.status >= 400:
            problems.append(f"{current[0]}: {resp.url} answered {resp.status}")

    def failed(req):
        problems.append(f"{current[0]}: {req.url} failed ({req.failure})")

    context.on("request", request)
    context.on("response", response)
    context.on("requestfailed", failed)
    tab = context.new_page()
    ids, links = {}, []
    queue, seen = deque(["index.html"]), {"index.html"}
    while queue or pages - seen:
        if not queue:  # no link leads there: report it, and check its links all the same
            orphan = min(pages - seen)
            problems.append(f"{orphan}: no link from index.html leads to it")
            queue.append(orphan)
            seen.add(orphan)
        current[0] = queue.popleft()
        tab.goto(base + current[0], wait_until="load")
        found = tab.evaluate(LINKS)
        ids[current[0]] = set(found["ids"])
        for url in found["links"] + found["assets"]:
            target = _target(current[0], url, base, output, problems)
            links.append((current[0], url, target))
            if target and target[0] in pages and target[0] not in seen:
                seen.add(target[0])
                queue.append(target[0])
    context.close()
    for page, url, target in links:
        if target and target[1] and target[1] not in ids.get(target[0], ()):
            problems.append(f"{page}: links to {url}, but #{target[1]} is not on that page")
    return problems


def _target(page: str, url: str, base: str, output: Path, problems: list[str]) -> tuple[str, str] | None:
    """The file of the build `url` points to and its fragment; None (and a problem if broken)
    when it points nowhere in the build. Links to other sites are fine: they are not requested."""
    if urlsplit(url).scheme in ("mailto", "tel", "data"):
        return None
    address, fragment = urldefrag(url)
    if not address.startswith(base):
        here = urlsplit(base)
        there = urlsplit(address)
        if there.scheme == "file" or (there.scheme, there.netloc) == (here.scheme, here.netloc):
            problems.append(f"{page}: links to {url}, outside the site")
        return None
    path = unquote(urlsplit(address[len(base):]).path)
    if path == "" or path.endswith("/"):
        if base.startswith("file:"):
            problems.append(f"{page}: links to the folder {url}, which does not open from disk")
            return None
        path += "index.html"
    if not (output / path).is_file():
        problems.append(f"{page}: links to {url}, which is not in the build")
        return None
    return path, unquote(fragment)


def test_every_page_works_under_a_sub_path_with_relative_urls(browser, relative_site):
    with serve(relative_site.parent) as origin:
        assert crawl(browser, f"{origin}/{SUB_PATH}/", relative_site) == []


def test_every_page_works_under_a_sub_path_with_an_absolute_siteurl(browser, tmp_path):
    root = tmp_path / "www"
    root.mkdir()
    with serve(root) as origin:
        output = build(root / SUB_PATH, siteurl=f"{origin}/{SUB_PATH}")
        assert f'{origin}/{SUB_PATH}/' in (output / "index.html").read_text(encoding="utf-8")
        assert crawl(browser, f"{origin}/{SUB_PATH}/", output) == []


def test_every_page_works_from_disk(browser, relative_site):
    assert crawl(browser, relative_site.as_uri() + "/", relative_site) == []
