"""Extraction over processes or a Dask cluster gives exactly what a serial run gives."""
from __future__ import annotations

import json
import sys

import pytest

from timeline.cache import Cache
from timeline.parallel import Dask, Processes, Serial, make_executor
from timeline.pipeline import extract
from conftest import SEEDS, run_cli


def snapshot(timeline):
    """Everything a run produces that later stages read: documents, events and every time expression."""
    return json.dumps([timeline.to_json(), {k: [t.to_json() for t in v] for k, v in timeline.timexes.items()}])


@pytest.fixture(scope="module")
def serial():
    return snapshot(extract([SEEDS]))


def test_processes_keep_input_order():
    items = list(range(-200, 200)) + [7, 7, 7]
    assert Processes(2).map(abs, items) == Serial().map(abs, items) == [abs(i) for i in items]


def test_processes_give_the_serial_timeline(serial):
    assert snapshot(extract([SEEDS], executor=Processes(2))) == serial


def test_a_parallel_run_fills_and_reads_the_cache(serial, tmp_path):
    first, second = Cache(tmp_path / "cache"), Cache(tmp_path / "cache")
    assert snapshot(extract([SEEDS], cache=first, executor=Processes(2))) == serial
    assert first.misses["extractions"] == 5 and first.hits["extractions"] == 0
    assert snapshot(extract([SEEDS], cache=second, executor=Processes(2))) == serial
    assert second.misses["extractions"] == 0 and second.hits["extractions"] == 5


@pytest.mark.parametrize("name,jobs,scheduler,expected", [
    (None, None, None, Serial), (None, 1, None, Serial), (None, 3, None, Processes), ("serial", None, None, Serial),
    ("processes", 2, None, Processes), ("dask", 2, "tcp://127.0.0.1:1", Dask)])
def test_the_command_line_choice_of_executor(name, jobs, scheduler, expected):
    assert type(make_executor(name, jobs, scheduler)) is expected


def test_jobs_on_the_command_line_print_the_serial_output():
    serial_run, parallel_run = run_cli("extract", SEEDS), run_cli("extract", SEEDS, "--jobs", "2")
    assert serial_run.returncode == parallel_run.returncode == 0, parallel_run.stderr
    assert parallel_run.stdout == serial_run.stdout


@pytest.mark.parametrize("args", [["--jobs", "0"], ["--jobs", "two"], ["--scheduler", "tcp://127.0.0.1:8786"],
                                  ["--executor", "threads"]])
def test_bad_parallel_options_are_usage_errors(args):
    result = run_cli("extract", SEEDS, *args)
    assert result.returncode == 2 and "--" in result.stderr


@pytest.fixture(scope="module")
def dask_scheduler():
    """A local Dask cluster (scheduler and one worker process), on 127.0.0.1 only, for this module."""
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None) as cluster:
        yield cluster.scheduler_address


def test_dask_keeps_input_order_and_equal_items_apart(dask_scheduler):
    items = ["bb", "a", "a", "ccc", "a"]
    assert Dask(dask_scheduler).map(len, items) == [2, 1, 1, 3, 1]


def test_dask_on_the_command_line_prints_the_serial_output(dask_scheduler):
    serial_run = run_cli("extract", SEEDS)
    dask_run = run_cli("extract", SEEDS, "--executor", "dask", "--scheduler", dask_scheduler)
    assert dask_run.returncode == 0, dask_run.stderr
    assert dask_run.stdout == serial_run.stdout


def test_work_beside_this_process_writes_its_files_and_reports_its_failure(tmp_path):
    from timeline.parallel import beside

    marker = tmp_path / "written"
    wait = beside(lambda: marker.write_text("done", encoding="utf-8"))
    wait()
    assert marker.read_text(encoding="utf-8") == "done"

    def broken():
        raise ValueError("the disk is full")

    wait = beside(broken)
    with pytest.raises(RuntimeError, match="ValueError: the disk is full"):
        wait()


def test_exports_that_fail_beside_the_pages_fail_the_build_and_keep_the_site(tmp_path, monkeypatch):
    """The export files are written by a forked copy of the build; its failure is the build's."""
    from timeline.plugin import TimelineGenerator
    from timeline.plugin.site import run_pelican

    content = tmp_path / "content"
    (content / "events").mkdir(parents=True)
    (content / "events" / "x.md").write_text("Title: X\nEvent-Date: 2024-05-01\n\nX happened.\n", encoding="utf-8")
    run_pelican(content, tmp_path / "output")
    assert (tmp_path / "output" / "events.csv").exists()

    def failing(self, *args, **kwargs):
        raise OSError("no space left")

    monkeypatch.setattr(TimelineGenerator, "write_exports", failing)
    with pytest.raises(RuntimeError, match="no space left"):
        run_pelican(content, tmp_path / "again")


def test_ctrl_c_while_work_runs_beside_stays_an_interrupt(tmp_path):
    """Ctrl-C reaches the whole process group, the forked child too: waiting for the child must
    give the KeyboardInterrupt back, not a RuntimeError that the build reports as a failed render
    (exit status 1; and `timeline serve` would carry on instead of stopping). Found by sending
    SIGINT to a build's group while the exports were being written."""
    import os
    import signal
    import time

    from timeline.parallel import beside

    marker, started = tmp_path / "pid", time.monotonic()

    def slow():
        signal.signal(signal.SIGINT, signal.default_int_handler)  # as in `timeline build` (a test
        marker.write_text(str(os.getpid()), encoding="utf-8")  # before may have left it ignored)
        while time.monotonic() - started < 10:
            time.sleep(0.01)

    wait = beside(lambda: slow() if sys.platform.startswith("linux") else None)
    if not sys.platform.startswith("linux"):
        pytest.skip("the work runs in this process where forking is not trusted")
    while not marker.exists() and time.monotonic() - started < 5:
        time.sleep(0.01)
    child = int(marker.read_text(encoding="utf-8"))
    assert child != os.getpid()
    os.kill(child, signal.SIGINT)  # what the terminal does on Ctrl-C: the child gets it as well
    with pytest.raises(KeyboardInterrupt):
        wait()
    assert time.monotonic() - started < 5


def test_a_failure_of_the_work_here_is_not_hidden_by_the_work_beside(tmp_path):
    """The pages fail (or Ctrl-C stops them) while the exports are written beside: the error
    the build reports is the pages', not the child's."""
    from timeline.plugin import TimelineGenerator
    from timeline.plugin.site import run_pelican

    content = tmp_path / "content"
    (content / "events").mkdir(parents=True)
    (content / "events" / "x.md").write_text("Title: X\nEvent-Date: 2024-05-01\n\nX happened.\n", encoding="utf-8")

    def pages_fail(self, *args, **kwargs):
        raise ValueError("a template is broken")

    def exports_fail(self, *args, **kwargs):
        raise OSError("no space left")

    import pytest as _pytest
    with _pytest.MonkeyPatch.context() as patch:
        patch.setattr(TimelineGenerator, "write_pages", pages_fail)
        patch.setattr(TimelineGenerator, "write_exports", exports_fail)
        with pytest.raises(ValueError, match="a template is broken"):
            run_pelican(content, tmp_path / "output")
