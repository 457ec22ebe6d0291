"""The local engine: stage functions in a pool of worker processes on one machine.

The driver (base.py) reads, writes and walks the registry; this engine only maps a stage's function
over items, in order, in `workers` processes that each set the stage up once (a spaCy model per
process). Workers ignore Ctrl-C (the driver stops them) and die with their parent, even when the
parent is killed with SIGKILL, so a killed run leaves no process behind still working.
"""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing as mp
import os
import signal
import sys
import threading
import time
from collections.abc import Iterable, Iterator
from typing import Any

from ..options import RunOptions
from ..pipeline import Stage
from .base import Mapper, RunSummary
from .base import run as _drive

_STATE: Any = None
_APPLY: Any = None
PR_SET_PDEATHSIG = 1


def _die_with_parent(parent: int) -> None:
    """Make this worker exit when the process that started it is gone: the kernel's parent-death
    signal where there is one (Linux), and a watchdog thread everywhere."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL("libc.so.6", use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)

    def watch() -> None:
        while True:
            if os.getppid() != parent:
                os._exit(1)
            time.sleep(0.5)

    if os.getppid() != parent:  # the parent died before the signal was armed
        os._exit(1)
    threading.Thread(target=watch, name="storyline-parent-watch", daemon=True).start()


def _init_worker(stage: Stage, options: RunOptions, parent: int, inherited: bool) -> None:
    global _STATE, _APPLY
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the driver's to handle
    _die_with_parent(parent)
    if not inherited:
        _STATE = stage.setup(options) if stage.setup else None
    _APPLY = stage.apply


def _apply(item: Any) -> Any:
    return _APPLY(_STATE, item)


TASK_CHARS = 32_000  # characters of input records sent to an extraction worker in one task
MAX_TASK_RECORDS = 32


def _chunksize(stage: Stage, items: Iterable[Any]) -> int:
    """Records per task: as many as make about TASK_CHARS (up to MAX_TASK_RECORDS), so that short
    records (wire stories of a few hundred words) do not cost the driver a message, a pickle and a
    switch of threads each few records, while long pages (a web page is tens of kilobytes of HTML, and
    slow to read) go a few at a time and the workers end a chunk together. Article stages send jobs
    already batched: one per task."""
    if stage.kind != "record":
        return 1
    if not isinstance(items, list) or not items:
        return 8
    chars = sum(len(getattr(item, "content", "") or "") for item in items) / len(items)
    return max(1, min(MAX_TASK_RECORDS, int(TASK_CHARS // max(chars, 1.0))))


class LocalEngine:
    """Stage functions in `options.n_workers()` processes (fork where the platform has it).

    A stage is set up once, in the driver, and the forked workers inherit it: loading the model in
    every worker would cost each of them seconds of CPU (imports, weights, gazetteer) that the parse
    needs, where a fork shares the loaded pages. The driver may set it up ahead (`prepare`), while
    the workers of an earlier stage keep both cores busy, instead of with a core idle before the
    stage's own workers start."""

    def __init__(self) -> None:
        self._prepared: dict[str, Any] = {}  # stage name -> its state, set up ahead for its mapper

    def prepare(self, stage: Stage, options: RunOptions) -> None:
        """Set `stage` up now, in the driver, for the next mapper of it to take (and then forget)."""
        if stage.setup and stage.name not in self._prepared and hasattr(os, "fork"):
            self._prepared[stage.name] = stage.setup(options)

    def release(self, stage: Stage) -> None:
        """Forget a state prepared for a stage that turned out to have nothing to do."""
        self._prepared.pop(stage.name, None)

    def _state(self, stage: Stage, options: RunOptions) -> Any:
        if stage.name in self._prepared:
            return self._prepared.pop(stage.name)
        return stage.setup(options) if stage.setup else None

    @contextlib.contextmanager
    def mapper(self, stage: Stage, options: RunOptions, size: int | None = None) -> Iterator[Mapper]:
        workers = options.n_workers()
        if size is not None:  # a handful of articles is not worth starting every worker (and model)
            workers = min(workers, max(1, size // 16))
        if workers <= 1:
            state = self._state(stage, options)
            yield lambda items: (stage.apply(state, item) for item in items)
            return
        global _STATE
        forked = hasattr(os, "fork")
        ctx = mp.get_context("fork" if forked else "spawn")
        if forked:
            _STATE = self._state(stage, options)
        pool = ctx.Pool(workers, initializer=_init_worker, initargs=(stage, options, os.getpid(), forked))

        def mapped(items: Iterable[Any]) -> Iterator[Any]:
            return pool.imap(_apply, items, chunksize=_chunksize(stage, items))

        try:
            yield mapped
        except BaseException:
            pool.terminate()  # Ctrl-C or a failed write: stop the workers now, do not wait for them
            pool.join()
            raise
        finally:
            _STATE = None  # the driver keeps no stage state past its stage
        pool.close()
        pool.join()


def run(
    paths: list[str], db: str, options: RunOptions | None = None, progress=None, command: str = "run"
) -> RunSummary:
    """Run every stage over `paths` into the store at `db` on this machine; return the summary."""
    return _drive(paths, db, LocalEngine(), options, progress, command)


__all__ = ["LocalEngine", "RunOptions", "RunSummary", "run"]
