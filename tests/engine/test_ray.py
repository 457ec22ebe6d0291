"""The Ray engine gives the same store as the local engine, and loses nothing when an actor dies.

One Ray instance for the whole test session (2 CPUs, no dashboard, a small object store), as the
Makefile installs Ray with the other extras; where Ray cannot be installed these tests skip."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time

import pytest

ray = pytest.importorskip("ray", reason="Ray is not installed: pip install 'storyline[ray]' runs these tests")

from conftest import EXAMPLES  # noqa: E402
from storyline.engine.base import run as drive  # noqa: E402
from storyline.engine.local import RunOptions  # noqa: E402
from storyline.engine.local import run as local_run  # noqa: E402
from storyline.engine.ray_engine import RayEngine  # noqa: E402
from storyline.engine.ray_engine import run as ray_run  # noqa: E402
from storyline.pipeline import Stage  # noqa: E402
from storyline.store import Store, export  # noqa: E402

TABLES = ("articles", "problems", "stories", "duplicates", "entities", "mentions", "events", "conflicts", "quotes")
VOLATILE = {"run_id", "added_at", "logged_at", "seen_at"}  # when, not what


@pytest.fixture(scope="module", autouse=True)
def ray_session():
    if not ray.is_initialized():
        ray.init(num_cpus=2, include_dashboard=False, object_store_memory=200 * 1024 * 1024, log_to_driver=False)
    yield
    ray.shutdown()


def _tables(db: str) -> dict[str, list[str]]:
    out = {}
    with Store(db, read_only=True) as store:
        for what in TABLES:
            buf = io.StringIO()
            export(store, what, "jsonl", buf)
            rows = [
                {k: v for k, v in json.loads(line).items() if k not in VOLATILE} for line in buf.getvalue().splitlines()
            ]
            out[what] = sorted(json.dumps(r, sort_keys=True) for r in rows)
    return out


@pytest.fixture(scope="module")
def local_tables(tmp_path_factory) -> dict[str, list[str]]:
    db = tmp_path_factory.mktemp("local") / "local.duckdb"
    local_run([str(EXAMPLES)], str(db), RunOptions(workers=2))
    return _tables(str(db))


def test_the_ray_engine_makes_the_same_tables(tmp_path, local_tables):
    db = tmp_path / "ray.duckdb"
    summary = ray_run([str(EXAMPLES)], str(db), RunOptions(workers=2))
    assert summary.articles_added == 30 and summary.articles_coded == 29
    mine = _tables(str(db))
    for what in TABLES:
        assert mine[what] == local_tables[what], what


def _dies_once(marker: str, item: int) -> int:
    """A stage function whose process dies the first time it runs anywhere (the marker says so)."""
    import os

    if not os.path.exists(marker):
        open(marker, "w").close()
        os._exit(1)
    return item * 2


def test_an_actor_that_dies_mid_batch_loses_no_record(tmp_path):
    import sys

    ray.cloudpickle.register_pickle_by_value(sys.modules[__name__])  # the workers cannot import a test module
    marker = str(tmp_path / "died")
    stage = Stage(
        name="dies-once",
        kind="record",
        doc="test",
        version=lambda options: "1",
        apply=lambda state, item: _dies_once(marker, item),
    )
    engine = RayEngine()
    with engine.mapper(stage, RunOptions(workers=2)) as mapped:
        results = list(mapped(range(500)))
    assert (tmp_path / "died").exists()  # an actor did die, with its batch in flight
    assert results == [i * 2 for i in range(500)]  # retried on the restarted actor, in order, none twice


def test_a_run_whose_actor_died_equals_an_undisturbed_one(tmp_path, local_tables):
    engine = RayEngine()
    killed = []

    def kill_one(stage: str, n: int) -> None:  # after the first stored page of the code stage
        if stage == "code" and not killed and engine.actors:
            ray.kill(engine.actors[0], no_restart=False)  # Ray restarts it; later pages use it again
            killed.append(n)

    db = tmp_path / "killed.duckdb"
    drive([str(EXAMPLES)], str(db), engine, RunOptions(workers=2, code_page=8, on_batch=kill_one))
    assert killed, "no actor was killed: the test would test nothing"
    assert _tables(str(db)) == local_tables


def test_the_cli_says_how_to_get_ray_when_it_is_missing(tmp_path, monkeypatch):
    import builtins

    from storyline.engine import ray_engine

    real_import = builtins.__import__

    def no_ray(name, *args, **kwargs):
        if name == "ray":
            raise ImportError("No module named 'ray'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_ray)
    with pytest.raises(ray_engine.RayMissing, match=r"pip install 'storyline\[ray\]'"):
        ray_engine.run([str(EXAMPLES)], str(tmp_path / "x.duckdb"), RunOptions(workers=1))


KILLED_DRIVER = """
import json, os, signal, sys
from storyline.engine.ray_engine import run
from storyline.options import RunOptions
db, pidfile, corpus = sys.argv[1], sys.argv[2], sys.argv[3]

def hook(stage, n):
    if stage == "code" and n == 1:
        import ray
        node = ray._private.worker._global_node
        pids = [p.pid for _, p in node.live_processes()]
        with open(pidfile, "w") as f:
            json.dump(pids, f)
        os.kill(os.getpid(), signal.SIGKILL)

run([corpus], db, RunOptions(workers=2, code_page=8, on_batch=hook))
"""


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(not os.path.isdir("/proc"), reason="the watchdog reads /proc")
def test_a_driver_killed_with_sigkill_leaves_no_ray_process(tmp_path):
    """The local Ray a run starts is stopped by the watchdog when the driver dies without cleanup."""
    script = tmp_path / "driver.py"
    script.write_text(KILLED_DRIVER)
    pidfile = tmp_path / "ray-pids.json"
    env = {k: v for k, v in os.environ.items() if not k.startswith("RAY_")}
    done = subprocess.run(
        [sys.executable, str(script), str(tmp_path / "k.duckdb"), str(pidfile), str(EXAMPLES)],
        capture_output=True,
        text=True,
        timeout=300,
        start_new_session=True,
        env={**env, "PYTHONWARNINGS": "ignore"},
    )
    assert done.returncode == -signal.SIGKILL, done.stderr[-2000:]
    pids = json.loads(pidfile.read_text())
    assert pids, "the driver saw no Ray process to record"
    deadline = time.time() + 30
    while time.time() < deadline and any(_alive(p) for p in pids):
        time.sleep(0.2)
    assert not [p for p in pids if _alive(p)], "Ray processes outlived the killed driver"
