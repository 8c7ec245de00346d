"""Running one function over many documents: in this process, over local processes, or on Dask.

Extraction is a pure function of one dated document (`pipeline.process_document`), so it can run
anywhere; only dating and merging look across the corpus and stay in the calling process. Every
executor has the same one method, `map(function, items) -> list`, returning results in the order
of `items`, so the merged timeline does not depend on how (or where) the work was done.

- `Serial`: in this process, one after another. The default, and the reference for the others.
- `Processes(jobs)`: a local process pool, for one machine's cores.
- `Dask(scheduler, jobs)`: a dask.distributed cluster, for corpora beyond one machine; without a
  scheduler address it starts a local cluster listening on 127.0.0.1 only, for the duration of
  the call. Workers of a remote cluster need this package installed (`pip install timeline[dask]`).
"""
from __future__ import annotations

import os
import signal
import sys
from dataclasses import dataclass
from typing import Callable, Protocol, Sequence, TypeVar

T = TypeVar("T")
R = TypeVar("R")

EXECUTORS = ("serial", "processes", "dask")


class Executor(Protocol):
    def map(self, function: Callable[[T], R], items: Sequence[T]) -> list[R]:
        """`[function(item) for item in items]`, wherever it runs; an exception in one call is raised."""


class Serial:
    def map(self, function: Callable[[T], R], items: Sequence[T]) -> list[R]:
        return [function(item) for item in items]


@dataclass(frozen=True)
class Processes:
    jobs: int

    def map(self, function: Callable[[T], R], items: Sequence[T]) -> list[R]:
        # A pool costs a few hundred milliseconds to start: not worth it for one or two documents.
        if self.jobs <= 1 or len(items) <= 1:
            return Serial().map(function, items)
        workers = min(self.jobs, len(items))
        # Several documents per task: sending one article at a time costs more than tagging it.
        chunksize = max(1, len(items) // (workers * 8))
        from concurrent.futures import ProcessPoolExecutor  # here: a serial build need not load it

        with ProcessPoolExecutor(max_workers=workers) as pool:
            return list(pool.map(function, items, chunksize=chunksize))


@dataclass(frozen=True)
class Dask:
    scheduler: str | None = None
    jobs: int | None = None

    def map(self, function: Callable[[T], R], items: Sequence[T]) -> list[R]:
        from distributed import Client, LocalCluster

        if not items:
            return []
        if self.scheduler:
            with Client(self.scheduler) as client:
                return self._run(client, function, items)
        with LocalCluster(n_workers=self.jobs or os.cpu_count() or 1, threads_per_worker=1, processes=True,
                          host="127.0.0.1", dashboard_address=None) as cluster, Client(cluster) as client:
            return self._run(client, function, items)

    @staticmethod
    def _run(client, function: Callable[[T], R], items: Sequence[T]) -> list[R]:
        # pure=False: two equal documents are still two tasks, so results line up with `items`.
        return client.gather(client.map(function, list(items), pure=False))


def make_executor(name: str | None = None, jobs: int | None = None, scheduler: str | None = None) -> Executor:
    """The executor the command line asks for: `--jobs N` alone means N local processes; `--executor`
    names one; `jobs` unset means one per core."""
    if name == "dask":
        return Dask(scheduler, jobs)
    if name == "processes" or (name is None and (jobs or 1) > 1):
        return Processes(jobs or os.cpu_count() or 1)
    if name in (None, "serial"):
        return Serial()
    raise ValueError(f"unknown executor {name!r}; expected one of {', '.join(EXECUTORS)}")


INTERRUPTED = 130  # the exit status of a child that Ctrl-C stopped (`beside`)


def beside(work: Callable[[], None]) -> Callable[[], None]:
    """Start `work()` in a forked copy of this process and return a function that waits for it,
    raising RuntimeError (with the child's traceback) if it failed. Two independent halves of a
    build then use two cores. Without `os.fork` (or where forking a running interpreter is not
    safe: only Linux is trusted), `work()` runs here and now. The child shares nothing written
    after the fork: `work` must only write files. A child stopped by Ctrl-C (which reaches the
    whole process group) makes the wait raise KeyboardInterrupt."""
    if not hasattr(os, "fork") or not sys.platform.startswith("linux"):
        work()
        return lambda: None
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: do the work, report a failure, and never return into the caller
        code = 1
        try:
            os.close(read)
            work()
            code = 0
        except KeyboardInterrupt:  # Ctrl-C reaches the whole group: the parent stops too
            code = INTERRUPTED
        except BaseException:  # noqa: BLE001 - everything is reported to the parent
            import traceback
            try:
                os.write(write, traceback.format_exc().encode("utf-8", "replace"))
            except OSError:
                pass
        finally:
            os._exit(code)
    os.close(write)

    def wait() -> None:
        with os.fdopen(read, "rb") as pipe:
            report = pipe.read().decode("utf-8", "replace")
        _, status = os.waitpid(pid, 0)
        code = os.waitstatus_to_exitcode(status)
        if code in (INTERRUPTED, -signal.SIGINT):  # an interrupt, not a failure to report
            raise KeyboardInterrupt
        if code != 0:
            raise RuntimeError(report.strip().splitlines()[-1] if report.strip() else
                               f"the process beside this one ended with status {status}")

    return wait
