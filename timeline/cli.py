"""The `timeline` command: tag, extract, build, publish, serve. Nothing else lives here.

Exit status: 0 success; 1 some input failed while the rest was processed; 2 usage error.
"""
from __future__ import annotations

import argparse
import gc
import importlib.util
import json
import os
import shutil
import sys
from pathlib import Path

from . import __version__
from .parallel import EXECUTORS

EXIT_OK, EXIT_INPUT, EXIT_USAGE = 0, 1, 2
TRASH = "trash"  # in the cache folder: replaced sites, being removed (publish.render_atomically)


def _dct_pair(value: str) -> tuple[str, str]:
    name, sep, date = value.rpartition("=")
    if not sep or not name or not date:
        raise argparse.ArgumentTypeError(f"expected FILE=YYYY-MM-DD, got {value!r}")
    return name, date


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {value!r}")
    return number


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="timeline",
        description="Turn a folder of news articles into a dated, sourced timeline website.")
    parser.add_argument("--version", action="version", version=f"timeline {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("tag", help="print the time expressions of a file",
                       description="Print FILE's time expressions with TimeML TIMEX3 types and values.")
    p.add_argument("file", metavar="FILE", help="a text, Markdown or HTML file (its decoded text is tagged as is)")
    p.add_argument("--dct", metavar="YYYY-MM-DD", help="document creation time to anchor relative dates "
                   "(default: none; relative dates keep X's)")
    p.add_argument("--doc-type", choices=("auto", "news", "narrative"), default="auto",
                   help="anchor to the DCT (news) or the last mentioned date (narrative); default: auto")
    p.add_argument("--format", choices=("json", "text", "timeml"), default="json",
                   help="json: a list of {start, end, text, type, value}; text: one per line; "
                        "timeml: the text with inline TIMEX3 tags (default: json)")

    def add_extraction_options(p: argparse.ArgumentParser) -> None:
        p.add_argument("--dct", metavar="FILE=DATE", action="append", type=_dct_pair, default=[],
                       help="set the creation date of one file (its path, name or id); repeatable")
        p.add_argument("--doc-type", choices=("auto", "news", "narrative"), default="auto",
                       help="how relative dates are anchored (default: auto, decided per document)")
        p.add_argument("--force", action="store_true",
                       help="regenerate every event file, overwriting people's edits and deletions")
        p.add_argument("--jobs", metavar="N", type=_positive,
                       help="extract with N processes (default: 1; with --executor: one per core); "
                            "the output is the same as a serial run's")
        p.add_argument("--executor", choices=EXECUTORS,
                       help="where extraction runs: serial (this process), processes (--jobs local "
                            "processes) or dask (a dask.distributed cluster; needs timeline[dask])")
        p.add_argument("--scheduler", metavar="ADDRESS",
                       help="with --executor dask: the scheduler to use, e.g. tcp://10.0.0.5:8786 "
                            "(default: a local cluster of --jobs workers on 127.0.0.1)")

    p = sub.add_parser("extract", help="extract the timeline of a corpus",
                       description="Read articles and print their timeline, or write it as content files.")
    p.add_argument("sources", nargs="*", metavar="SOURCES", default=None,
                   help="files or folders of articles (.txt, .md, .markdown, .html; default: seeds/)")
    p.add_argument("--format", choices=("json", "markdown"), default="json",
                   help="json: documents and events on stdout (or DIR/timeline.json with -o); "
                        "markdown: event and source files under DIR (default: json)")
    p.add_argument("-o", "--output", metavar="DIR", help="where to write (markdown default: content/)")
    add_extraction_options(p)

    def add_cache_option(p: argparse.ArgumentParser) -> None:
        p.add_argument("--cache", metavar="DIR", default=".timeline-cache",
                       help="per-article results and build records (default: .timeline-cache/)")

    def add_build_options(p: argparse.ArgumentParser) -> None:
        p.add_argument("--seeds", metavar="DIR", default="seeds", help="articles to read (default: seeds/)")
        p.add_argument("--content", metavar="DIR", default="content",
                       help="Pelican content folder (default: content/)")
        p.add_argument("--output", metavar="DIR", default="output",
                       help="where the site is written (default: output/)")
        p.add_argument("--settings", metavar="FILE",
                       help="Pelican settings file (default: pelicanconf.py if present)")
        p.add_argument("--siteurl", metavar="URL",
                       help="absolute site URL (default: $SITEURL, else relative URLs)")
        p.add_argument("--single-file", metavar="FILE", help="also write the whole timeline as one self-contained "
                                                             "HTML file (CSS, script and data inlined)")
        add_cache_option(p)
        add_extraction_options(p)

    p = sub.add_parser("build", help="extract, write content and render the site",
                       description="Extract the timeline of --seeds, write it into --content and render "
                                   "the website into --output with Pelican and the theme. The site is "
                                   "rendered beside --output and swapped in when finished, so a failed "
                                   "build leaves the previous site intact. Articles unchanged since the "
                                   "last build are taken from --cache.")
    add_build_options(p)

    p = sub.add_parser("publish", help="publish the built site to a git branch (GitHub Pages)",
                       description="Commit exactly the files of --output, plus .nojekyll (and CNAME with "
                                   "--cname), to --branch with ghp-import and push it to --remote. Run it "
                                   "in the project's git checkout. Refuses a missing or empty site, or one "
                                   "whose last `timeline build` failed.")
    p.add_argument("--output", metavar="DIR", default="output", help="the built site (default: output/)")
    p.add_argument("--remote", metavar="R", default="origin", help="git remote to push to (default: origin)")
    p.add_argument("--branch", metavar="BRANCH", default="gh-pages",
                   help="branch to publish to (default: gh-pages)")
    p.add_argument("--cname", metavar="DOMAIN", help="custom domain: writes a CNAME file into the branch")
    p.add_argument("--message", metavar="MSG", default="Publish the timeline site",
                   help="commit message (default: %(default)r)")
    add_cache_option(p)

    p = sub.add_parser("serve", help="build, serve the site locally and rebuild on change",
                       description="Build as `timeline build` does, serve --output with Pelican's "
                                   "development server, and build again whenever an article, a content "
                                   "file, the theme or the settings change. Ctrl-C stops.")
    add_build_options(p)
    p.add_argument("--bind", metavar="ADDRESS", default="127.0.0.1",
                   help="address to listen on (default: 127.0.0.1, this machine only)")
    p.add_argument("--port", metavar="N", type=int, default=8000,
                   help="port (default: 8000; 0 picks a free one)")
    return parser


def _print_errors(errors: list[str]) -> None:
    for line in errors:
        print(f"timeline: {line.removeprefix('timeline: ')}", file=sys.stderr)


def cmd_tag(args) -> int:
    from .documents import decode
    from .temporal import tag
    from .timeml import to_timeml

    path = Path(args.file)
    try:
        text = decode(path.read_bytes())
    except (OSError, ValueError) as exc:
        _print_errors([f"{path}: {getattr(exc, 'strerror', None) or exc}"])
        return EXIT_INPUT
    try:
        found = tag(text, dct=args.dct, doc_type=args.doc_type)
    except ValueError as exc:
        _print_errors([f"--dct: {exc}"])
        return EXIT_USAGE
    if args.format == "json":
        json.dump([t.to_json() for t in found], sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    elif args.format == "text":
        for t in found:
            print(f"{t.start}\t{t.end}\t{t.type}\t{t.value}\t{t.text}")
    else:
        sys.stdout.write(to_timeml(text, found, args.dct))
    return EXIT_OK


def _extract(sources, args, cache=None):
    from .parallel import make_executor
    from .pipeline import extract

    executor = make_executor(args.executor, args.jobs, args.scheduler)
    return extract([Path(s) for s in sources], dict(args.dct), args.doc_type, cache, executor)


def cmd_extract(args) -> int:
    from .pipeline import write_content

    timeline = _extract(args.sources or ["seeds"], args)
    _print_errors(timeline.errors + timeline.notices)
    if args.format == "json":
        text = json.dumps(timeline.to_json(), ensure_ascii=False, indent=1) + "\n"
        if args.output:
            from .content import atomic_write
            atomic_write(Path(args.output) / "timeline.json", text)
        else:
            sys.stdout.write(text)
    else:
        report = write_content(timeline, Path(args.output or "content"), force=args.force)
        print(f"{len(timeline.events)} events: {report.written} written, {report.unchanged} unchanged, "
              f"{report.kept_edited} kept as edited, {report.skipped_deleted} left deleted, "
              f"{report.removed} removed", file=sys.stderr)
    return EXIT_INPUT if timeline.errors else EXIT_OK


def _settings_file(args) -> str | None:
    return args.settings or ("pelicanconf.py" if Path("pelicanconf.py").exists() else None)


def cmd_build(args) -> int:
    """`_build` with the cyclic garbage collector paused: a build holds hundreds of thousands of
    long-lived objects (documents, events, page data) and makes almost no cycles, so the
    collector's passes over them cost up to a second of an incremental rebuild and free nothing.
    Its steps share the index of the content files (known_files.one_build). When the process
    ends right after (`_exit_now`), the collector stays paused: turned on, its first pass would
    walk every object the build made (none was ever collected), for a tenth of a second."""
    from .known_files import one_build

    enabled = gc.isenabled()
    gc.disable()
    try:
        with one_build():
            return _build(args)
    finally:
        if enabled and not getattr(args, "exit_after", False):
            gc.enable()


def _build(args) -> int:
    from .cache import Cache
    from .publish import PublishError, check_layout

    output, cache = Path(args.output), Cache(Path(args.cache))
    try:
        check_layout(Path(args.seeds), Path(args.content), output, cache.folder)
    except PublishError as exc:
        _print_errors([str(exc)])
        return EXIT_USAGE
    with _one_build_at_a_time(cache.folder):
        return _build_locked(args, output, cache)


def _one_build_at_a_time(folder: Path):
    """An exclusive lock on the cache folder for the whole build: two builds at once would
    interleave their page manifests and swaps. A second build waits for the first (and says so).
    Where there is no `fcntl` (Windows), no lock."""
    import contextlib

    try:
        import fcntl
    except ImportError:
        return contextlib.nullcontext()
    folder.mkdir(parents=True, exist_ok=True)
    handle = open(folder / "build.lock", "a")  # noqa: SIM115 - closed by the context below

    @contextlib.contextmanager
    def held():
        with handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                print(f"timeline: waiting for the build already running with {folder}/ ...", file=sys.stderr)
                fcntl.flock(handle, fcntl.LOCK_EX)
            yield  # the lock goes with the file when it is closed

    return held()


def _build_locked(args, output: Path, cache) -> int:
    from .plugin.reuse import Prelink, page_manifest
    from .publish import empty_trash, staging_folder

    # Pages whose inputs did not change are taken from the site being replaced (reuse.py): the new
    # folder is made now, so that linking them there runs while the articles are read.
    manifest = page_manifest(cache.folder, output)
    manifest.with_suffix(".json").unlink(missing_ok=True)  # the manifest before it was a pickle
    if args.force:  # regenerate everything: no page is taken from the previous site
        manifest.unlink(missing_ok=True)
    staging = staging_folder(output)
    linking = Prelink(output, staging, manifest)
    empty_trash(cache.folder / TRASH)
    try:
        return _build_into(args, output, cache, manifest, staging, linking)
    finally:
        linking.finish()
        shutil.rmtree(staging, ignore_errors=True)


def _build_into(args, output: Path, cache, manifest: Path, staging: Path, linking) -> int:
    from .known_files import KnownFiles
    from .pipeline import write_content
    from .plugin import render_site
    from .plugin.reuse import forget, promote
    from .publish import BuildRecord, render_atomically, write_build_record

    def failed(reason: str, kept: str) -> int:
        _print_errors([f"{reason}; {kept} left as it was"])
        write_build_record(cache.folder, output, BuildRecord(False, reason))
        return EXIT_INPUT

    # Until the build finishes, the record says it did not: an interrupted build is a failed one.
    write_build_record(cache.folder, output, BuildRecord(False, "the build did not finish"))
    timeline = _extract([args.seeds], args, cache)
    _print_errors(timeline.errors + timeline.notices)
    if not timeline.documents:
        return failed(f"no article could be read from {args.seeds}/", f"{args.content}/ and {args.output}/ are")
    content = Path(args.content)
    write_content(timeline, content, force=args.force, cache=cache)
    siteurl = args.siteurl if args.siteurl is not None else os.environ.get("SITEURL")
    single = Path(args.single_file) if args.single_file else None
    problems: list[str] = []

    def render(folder: Path) -> None:
        problems.extend(render_site(content, folder, _settings_file(args), siteurl, single, (output, manifest),
                                    cache.folder))
        linking.finish()  # the previous pages this build has none of

    try:
        render_atomically(output, render, staging, trash=cache.folder / TRASH)
    except Exception as exc:  # noqa: BLE001 - whatever broke the theme or Pelican, keep the old site
        forget(manifest)
        return failed(f"rendering the site failed: {type(exc).__name__}: {exc}", f"{args.output}/ is")
    promote(manifest)
    # Content files written by this build are trusted by their signature once they have aged.
    known = KnownFiles.for_folder(cache.folder, content)
    known.settle()
    known.save(keep_unseen=True)
    _print_errors(problems)
    cache.prune()
    write_build_record(cache.folder, output, BuildRecord(True, problems=len(timeline.errors) + len(problems)))
    print(f"{len(timeline.documents)} documents ({cache.misses['documents']} read and "
          f"{cache.misses['extractions']} extracted anew, the rest from {cache.folder}/), "
          f"{len(timeline.events)} events -> {args.output}/ ({linking.reused} pages unchanged)", file=sys.stderr)
    return EXIT_INPUT if timeline.errors or problems else EXIT_OK


def cmd_publish(args) -> int:
    from .publish import PublishError, check_publishable, publish, read_build_record

    output = Path(args.output)
    record = read_build_record(Path(args.cache), output)
    try:
        check_publishable(output, record)
        publish(output, args.remote, args.branch, args.cname, args.message)
    except PublishError as exc:
        _print_errors([f"not published: {exc}"])
        return EXIT_INPUT
    if record is not None and record.problems:
        print(f"note: the build reported {record.problems} problem(s); the rest of the site was published",
              file=sys.stderr)
    print(f"published {output}/ to {args.remote} {args.branch}", file=sys.stderr)
    return EXIT_OK


def _watched(args) -> list[Path]:
    """What a rebuild depends on: the articles, the content folder, the theme and the settings."""
    from .plugin.site import DEFAULTS

    settings = _settings_file(args)
    if not settings:
        return [Path(args.seeds), Path(args.content), Path(DEFAULTS["THEME"])]
    from pelican.settings import read_settings

    theme = read_settings(settings)["THEME"]
    return [Path(args.seeds), Path(args.content), Path(theme), Path(settings)]


def cmd_serve(args) -> int:
    from .publish import serve_in_background, wait_for_changes

    cmd_build(args)
    try:
        server = serve_in_background(Path(args.output), args.bind, args.port)
    except OSError as exc:
        _print_errors([f"cannot listen on {args.bind}:{args.port}: {exc.strerror or exc}"])
        return EXIT_USAGE
    print(f"Serving {args.output}/ at http://{args.bind}:{server.server_port}/ ; Ctrl-C stops",
          file=sys.stderr, flush=True)
    try:
        # Every build rewrites sources/: watching it would rebuild forever.
        while changed := wait_for_changes(_watched(args), ignore=[Path(args.content) / "sources"]):
            print(f"changed: {', '.join(sorted(changed))}; building again", file=sys.stderr, flush=True)
            cmd_build(args)
    except KeyboardInterrupt:
        pass
    finally:
        server.shutdown()
        server.server_close()
    return EXIT_OK


def main(argv=None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return EXIT_USAGE
    if getattr(args, "scheduler", None) and args.executor != "dask":
        parser.error("--scheduler needs --executor dask")
    if getattr(args, "executor", None) == "dask" and importlib.util.find_spec("distributed") is None:
        parser.error("--executor dask needs dask.distributed: pip install 'timeline[dask]'")
    handler = {"tag": cmd_tag, "extract": cmd_extract, "build": cmd_build, "publish": cmd_publish,
               "serve": cmd_serve}[args.command]
    args.exit_after = argv is None and args.command == "build"  # the program itself, not a caller in Python
    code = handler(args)
    if args.exit_after:
        _exit_now(code)
    return code


def _exit_now(code: int) -> None:
    """End the process without the interpreter's teardown, which frees a build's million objects
    one by one (a tenth of a second of an incremental rebuild). Every file is written and closed
    by now; exit functions still run and output is flushed. A normal exit while another thread
    that is not a daemon still runs."""
    import atexit
    import threading

    run_exit_functions = getattr(atexit, "_run_exitfuncs", None)  # CPython's; elsewhere exit normally
    if run_exit_functions is None or any(
            t.is_alive() and not t.daemon for t in threading.enumerate() if t is not threading.main_thread()):
        return
    run_exit_functions()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # closed or gone (a closed pipe): nothing more can be said
            pass
    os._exit(code)


if __name__ == "__main__":
    sys.exit(main())
