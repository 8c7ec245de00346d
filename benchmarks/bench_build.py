"""Full site build against plain Pelican, and an incremental rebuild after one changed article.

Why: the goal is a site build no slower than Pelican building the same number of short Markdown
articles with its default theme (ratio <= 1.0): our generator renders events in bulk and need not
pay Pelican's per-article cost. Both builds run in the same invocation, each in a fresh subprocess
(wall time and that process's peak memory, `ru_maxrss`), so the ratio compares like with like on
this machine. It prints figures and never asserts: timings depend on the machine.

    python benchmarks/bench_build.py [--sizes 1000,10000] [--articles 100]

- **Full build**: N events (bench_site.py's synthetic event and source files, one article per 20
  events) rendered by Pelican with the timeline plugin and theme, against `pelican` on N one-
  paragraph Markdown articles with the default theme and default settings.
- **Incremental rebuild**: `timeline build` of `--articles` generated news articles (bench_scale.py),
  one article changed, `timeline build` again: only that article is read and extracted anew, but
  dating, merging and rendering run on the whole corpus.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # run from anywhere without PYTHONPATH

from bench_scale import write_corpus as write_articles  # noqa: E402
from bench_site import write_corpus as write_events  # noqa: E402

PLAIN_SETTINGS = 'TIMEZONE = "UTC"\nDEFAULT_LANG = "en"\nSITENAME = "Plain"\n'
OUR_BUILD = "import sys; from timeline.plugin.site import run_pelican; from pathlib import Path; " \
            "run_pelican(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3])"


def timed(command: list[str], cwd: Path | None = None) -> tuple[float, float]:
    """(seconds, peak MiB) of one command in its own process; it must succeed."""
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(command)}\n{process.stderr.read().decode()}")
    return seconds, usage.ru_maxrss / 1024


def plain_pelican(root: Path, n: int) -> tuple[float, float]:
    """Pelican's own default: n short dated Markdown articles, the default theme and settings."""
    content = root / "plain"
    content.mkdir()
    for i in range(n):
        (content / f"article-{i:05d}.md").write_text(
            f"Title: Something numbered {i} happened\nDate: {1985 + i % 40}-{i % 12 + 1:02d}-{i % 28 + 1:02d}\n"
            f"Category: news\n\nSomething numbered {i} happened in the capital, officials said.\n", encoding="utf-8")
    (root / "plainconf.py").write_text(PLAIN_SETTINGS, encoding="utf-8")
    return timed([sys.executable, "-m", "pelican", str(content), "-o", str(root / "plain-output"),
                  "-s", str(root / "plainconf.py"), "-q"])


def our_build(root: Path, n: int) -> tuple[float, float]:
    write_events(root / "content", n, max(1, n // 20))
    return timed([sys.executable, "-c", OUR_BUILD, str(root / "content"), str(root / "output"),
                  str(REPO / "pelicanconf.py")], cwd=REPO)


def incremental(root: Path, n_articles: int) -> tuple[float, float, int]:
    """(first build, rebuild after one article changed) in seconds, with the build cache, and the
    number of events."""
    write_articles(root / "articles", n_articles)
    build = [sys.executable, "-m", "timeline.cli", "build", "--seeds", str(root / "articles"),
             "--content", str(root / "content"), "--output", str(root / "output"),
             "--cache", str(root / "cache"), "--settings", str(REPO / "pelicanconf.py")]
    first, _ = timed(build, cwd=REPO)
    article = sorted((root / "articles").glob("news-*.txt"))[0]
    article.write_text(article.read_text(encoding="utf-8") + "\nThe ministers meet again on 3 March 2031.\n",
                       encoding="utf-8")
    again, _ = timed(build, cwd=REPO)
    events = sum(1 for _ in (root / "content" / "events").glob("*.md"))
    return first, again, events


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1000,10000", help="comma-separated numbers of events")
    parser.add_argument("--articles", type=int, default=100, help="articles for the incremental rebuild")
    args = parser.parse_args()
    print("full build: timeline (events) vs plain Pelican (Markdown articles, default theme)")
    print(f"{'N':>7} {'ours s':>7} {'plain s':>8} {'ratio':>6} {'ours MiB':>9} {'plain MiB':>10} {'MiB ratio':>10}")
    for n in (int(s) for s in args.sizes.split(",")):
        with tempfile.TemporaryDirectory() as tmp:
            ours_s, ours_mib = our_build(Path(tmp), n)
            plain_s, plain_mib = plain_pelican(Path(tmp), n)
        print(f"{n:>7} {ours_s:>7.1f} {plain_s:>8.1f} {ours_s / plain_s:>6.2f} {ours_mib:>9.0f} {plain_mib:>10.0f} "
              f"{ours_mib / plain_mib:>10.2f}", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        first, again, events = incremental(Path(tmp), args.articles)
    print(f"incremental: {args.articles} articles ({events} events) built in {first:.1f} s; after one article "
          f"changed, rebuilt in {again:.1f} s (goal: under 2 s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
