"""The Ray engine: the same driver (base.py), with stage functions in a pool of Ray actors.

Each actor sets its stage up once in `__init__` (the spaCy model for the code stage) and maps
batches of items; the driver keeps a bounded number of batches in flight and takes results back in
order, so it stays the store's single writer and the store, exports, report and app are the same as
with the local engine. Ray is an optional extra (`pip install 'storyline[ray]'`): nothing here
imports it until a run asks for it.

Settings, and why:
* actors ask for ACTOR_CPUS (a fraction of a CPU): on a two-core machine two actors and Ray's own
  work still fit (Ray Data's known hang when actors take every CPU, ray-project/ray#44687, cannot
  arise while something is left over);
* `object_store_memory` is set (OBJECT_STORE_BYTES) rather than Ray's default share of memory,
  which on a small container can exceed /dev/shm; Ray falls back to the temp folder with a warning;
* a batch whose actor dies is retried on the restarted actor (max_restarts, max_task_retries):
  no record is lost, and the driver writes results only once it has them, so nothing is doubled;
* no dashboard; worker logs stay out of the user's terminal;
* a local Ray started for the run is guarded by a watchdog (`orphans.guard`): a driver killed with
  SIGKILL leaves no GCS, raylet or worker behind.
"""

from __future__ import annotations

import contextlib
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

from ..options import RunOptions
from ..pipeline import Stage
from .base import Mapper, RunSummary
from .base import run as _drive
from .orphans import guard

ACTOR_CPUS = 0.5  # per actor: fractional, so the pool never takes every CPU of a small machine
OBJECT_STORE_BYTES = 256 * 1024 * 1024
RECORD_BATCH = 64  # sources per task: one task per source would cost more in Ray than the work
IN_FLIGHT = 2  # batches queued per actor: enough to keep it busy, bounded so memory is
RESTARTS = 3  # an actor that dies is started again this many times, its batch retried


class RayMissing(ImportError):
    """`--engine ray` without Ray installed."""


def _local_ray_pids(ray: Any) -> list[int]:
    """The processes of the Ray this driver started (GCS, raylet, ...): Ray's own interface to its
    node, read defensively since it is not a public API."""
    try:
        node = ray._private.worker._global_node
        procs = [getattr(proc, "process", proc) for _, proc in node.live_processes()]
        return [p.pid for p in procs if getattr(p, "pid", None)]
    except Exception:
        return []


def _ray() -> Any:
    try:
        import ray
    except ImportError as err:
        raise RayMissing("the Ray engine needs Ray: pip install 'storyline[ray]'") from err
    return ray


class _StageWorker:
    """A Ray actor holding one stage's per-process state (made remote in RayEngine.mapper)."""

    def __init__(self, stage: Stage, options: RunOptions):
        self.stage = stage
        self.state = stage.setup(options) if stage.setup else None

    def map(self, items: list[Any]) -> list[Any]:
        return [self.stage.apply(self.state, item) for item in items]


class RayEngine:
    """Stage functions in Ray actors: on this machine (a local Ray started for the run, or one already
    running) or on a cluster (`address`: "auto" or "HOST:PORT")."""

    def __init__(self, address: str | None = None):
        self.address = address
        self.actors: list[Any] = []  # the current stage's actors (tests kill one to check retries)
        self._started = False
        self._watchdog: Any = None  # stops the local Ray's processes if this driver is killed

    def _init(self, options: RunOptions) -> Any:
        ray = _ray()
        if not ray.is_initialized():
            if self.address:
                ray.init(address=self.address, include_dashboard=False, log_to_driver=False)
            else:
                ray.init(
                    address="local",  # a Ray of its own for the run, which the watchdog may stop
                    num_cpus=options.n_workers(),
                    include_dashboard=False,
                    object_store_memory=OBJECT_STORE_BYTES,
                    log_to_driver=False,
                )
                self._watchdog = guard(_local_ray_pids(ray))
            self._started = True
        return ray

    def shutdown(self) -> None:
        """Stop the Ray this engine started (not one it joined)."""
        if self._started:
            _ray().shutdown()
            self._started = False

    @contextlib.contextmanager
    def mapper(self, stage: Stage, options: RunOptions, size: int | None = None) -> Iterator[Mapper]:
        ray = self._init(options)
        workers = options.n_workers() if not self.address else max(1, int(ray.cluster_resources().get("CPU", 1)))
        if size is not None:  # a handful of articles is not worth starting every actor (and model)
            workers = min(workers, max(1, size // 16))
        remote = ray.remote(_StageWorker).options(num_cpus=ACTOR_CPUS, max_restarts=RESTARTS, max_task_retries=RESTARTS)
        self.actors = [remote.remote(stage, options) for _ in range(workers)]
        batch = RECORD_BATCH if stage.kind == "record" else 1

        def mapped(items: Iterable[Any]) -> Iterator[Any]:
            pending: deque = deque()
            it = iter(items)
            turn = 0

            def fill() -> None:
                nonlocal turn
                while len(pending) < IN_FLIGHT * len(self.actors):
                    chunk = list(islice(it, batch))
                    if not chunk:
                        return
                    pending.append(self.actors[turn % len(self.actors)].map.remote(chunk))
                    turn += 1

            def results() -> Iterator[Any]:
                while pending:
                    done = ray.get(pending.popleft())
                    fill()
                    yield from done

            fill()  # the first batches start now, not at the first result asked for: the driver hands
            # the next page over before it writes this one, and the actors work while it writes
            return results()

        try:
            yield mapped
        finally:
            for actor in self.actors:
                with contextlib.suppress(Exception):
                    ray.kill(actor)
            self.actors = []


def run(
    paths: list[str],
    db: str,
    options: RunOptions | None = None,
    progress=None,
    command: str = "run",
    address: str | None = None,
) -> RunSummary:
    """Run every stage over `paths` into the store at `db`, the per-record and per-article stages on
    Ray; return the summary. Starts a local Ray for the run unless one is running or `address` names
    a cluster."""
    engine = RayEngine(address)
    try:
        return _drive(paths, db, engine, options, progress, command)
    finally:
        engine.shutdown()


__all__ = ["RayEngine", "RayMissing", "run"]
