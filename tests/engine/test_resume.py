"""A killed or interrupted run resumes to the same store; two clean runs give the same store; workers
die with their parent; a store held by a run gives readers a one-line answer, not a traceback."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from storyline.store import Store
from storyline.store.export import WHATS, rows

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples" / "corpus"
VOLATILE = {"run_id", "logged_at", "seen_at", "added_at"}
TABLES = ("articles", "problems", "inputs", "entities", "entity_mentions", "mentions", "quotes")
EVERY_TABLE = WHATS  # what a user can export: the fixed-point tests compare all of it

# the driver of a run in a child process: stops itself at (stage, batch) by SIGKILL or by a Ctrl-C
DRIVER = """
import json, multiprocessing, os, signal, sys
from storyline.engine.local import RunOptions, run
stage, n, action, db, pidfile = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]
# a job in a terminal's foreground gets Ctrl-C; a background job (how CI may start us) ignores it,
# and that disposition is inherited: restore the foreground one
signal.signal(signal.SIGINT, signal.default_int_handler)
paths = sys.argv[6:]

def record_children():
    with open(pidfile, "w") as f:
        json.dump([p.pid for p in multiprocessing.active_children()], f)

def hook(s, k):
    if s == stage and k == n:
        if action == "kill":
            record_children()
            os.kill(os.getpid(), signal.SIGKILL)
        elif action == "interrupt-now":  # Ctrl-C at a terminal reaches the whole process group
            record_children()
            os.killpg(0, signal.SIGINT)

options = RunOptions(workers=2, batch_size=7, code_page=12, code_batch=3, on_batch=hook)
if action == "cli":
    # the CLI as a user runs it, with small store pages so that coding spans several of them
    import storyline.api as api
    def small_pages(**kwargs):
        kwargs["on_batch"] = hook
        return RunOptions(batch_size=7, code_page=12, code_batch=3, **kwargs)
    api.RunOptions = small_pages
    action = "interrupt-now"
    from storyline.cli import main
    sys.exit(main(["run", *paths, "--db", db, "--workers", "2", "--quiet"]))
run(paths, db, options)
"""

pytestmark = pytest.mark.slow


def snapshot(db: Path, tables: tuple[str, ...] = TABLES) -> dict[str, list[str]]:
    """Every exported table as sorted JSON rows, volatile columns left out."""
    out = {}
    with Store(db, read_only=True) as store:
        for table in tables:
            lines = []
            for row in rows(store, table, everything=True):
                lines.append(
                    json.dumps({k: v for k, v in row.items() if k not in VOLATILE}, sort_keys=True, default=str)
                )
            out[table] = sorted(lines)
    return out


def drive(
    tmp_path: Path, db: Path, stage: str, n: int, action: str, paths: list[str], **env
) -> subprocess.CompletedProcess:
    script = tmp_path / "driver.py"
    script.write_text(DRIVER)
    pidfile = tmp_path / f"children-{stage}-{n}.json"
    return subprocess.run(
        [sys.executable, str(script), stage, str(n), action, str(db), str(pidfile), *paths],
        capture_output=True,
        text=True,
        timeout=600,
        start_new_session=True,  # its own process group, like a terminal job
        env={**os.environ, "PYTHONWARNINGS": "ignore", **env},
    )


def alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split()[2] != "Z"
    except FileNotFoundError:
        return False


def assert_children_gone(tmp_path: Path, stage: str, n: int) -> None:
    pids = json.loads((tmp_path / f"children-{stage}-{n}.json").read_text())
    deadline = time.time() + 10
    while time.time() < deadline and any(alive(p) for p in pids):
        time.sleep(0.1)
    assert not [p for p in pids if alive(p)], "worker processes outlived their parent"


def count(db: Path, sql: str) -> int:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchone()[0]
    finally:
        con.close()


PLACES = ["the northern port", "the capital", "the border town", "the river delta", "the mountain pass", "the coast"]
ACTS = [
    "Police arrested {n} protesters in {p} on {d}, officials said.",
    "The foreign minister met his counterpart in {p} on {d} and agreed to expand trade.",
    "Rebels attacked an army convoy near {p} on {d}, killing {n} soldiers.",
    "The government sent {n} tonnes of aid to {p} on {d} after the floods.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


@pytest.fixture(scope="module")
def pile(tmp_path_factory) -> list[str]:
    """The sample corpus plus 48 short wire stories of our own: enough articles that coding runs in a
    pool of two workers over several store pages."""
    folder = tmp_path_factory.mktemp("pile")
    with open(folder / "extra-wire.jsonl", "w") as f:
        for i in range(48):
            text = " ".join(
                ACTS[(i + k) % 4].format(n=10 + i + k, p=PLACES[(i * 7 + k) % 6], d=DAYS[(i + k) % 5]) for k in range(3)
            )
            f.write(json.dumps({"id": f"extra-{i:02d}", "text": text, "published": f"2024-04-{1 + i % 28:02d}"}) + "\n")
    return [str(EXAMPLES), str(folder / "extra-wire.jsonl")]


@pytest.fixture(scope="module")
def reference(tmp_path_factory, pile) -> dict[str, list[str]]:
    """An uninterrupted run of the pile, with the options the interrupted runs use."""
    tmp = tmp_path_factory.mktemp("clean")
    db = tmp / "clean.duckdb"
    done = drive(tmp, db, "never", 0, "none", pile)
    assert done.returncode == 0, done.stderr[-2000:]
    return snapshot(db)


def test_two_clean_runs_give_identical_tables(tmp_path, reference, pile):
    db = tmp_path / "again.duckdb"
    assert drive(tmp_path, db, "never", 0, "none", pile).returncode == 0
    again = snapshot(db)
    for table in TABLES:
        assert again[table] == reference[table], f"{table} differs between two clean runs"


@pytest.mark.parametrize(
    ("stage", "n", "partial"),
    [
        ("extract", 2, "SELECT count(*) < 77 FROM articles"),
        ("code", 2, "SELECT count(*) FILTER (WHERE nlp_version IS NULL) > 0 FROM articles"),
        ("actors", 0, "SELECT count(*) = 0 FROM entities"),
    ],
)
def test_kill_9_then_rerun_equals_an_uninterrupted_run(tmp_path, reference, pile, stage, n, partial):
    db = tmp_path / "killed.duckdb"
    killed = drive(tmp_path, db, stage, n, "kill", pile)
    assert killed.returncode == -signal.SIGKILL
    assert_children_gone(tmp_path, stage, n)
    assert count(db, partial), "the kill landed after the work it was meant to interrupt"
    resumed = drive(tmp_path, db, "never", 0, "none", pile)
    assert resumed.returncode == 0, resumed.stderr[-2000:]
    after = snapshot(db)
    for table in TABLES:
        assert after[table] == reference[table], f"{table} differs after a kill during {stage}"


def test_one_ctrl_c_during_coding_stops_cleanly_and_a_rerun_completes(tmp_path, reference, pile):
    db = tmp_path / "ctrl-c.duckdb"
    stopped = drive(tmp_path, db, "code", 2, "cli", pile)
    assert stopped.returncode == 130, stopped.stderr[-2000:]
    lines = [line for line in stopped.stderr.splitlines() if line.strip()]
    assert lines == [
        "storyline: interrupted; the store keeps every finished batch: run the same command again to complete it"
    ]
    assert_children_gone(tmp_path, "code", 2)
    assert count(db, "SELECT count(*) FILTER (WHERE nlp_version IS NULL) > 0 FROM articles")
    resumed = drive(tmp_path, db, "never", 0, "none", pile)
    assert resumed.returncode == 0, resumed.stderr[-2000:]
    assert snapshot(db) == reference


def test_readers_and_a_second_run_say_who_holds_the_store(tmp_path):
    import storyline
    from storyline.store import StoreBusy

    db = tmp_path / "held.duckdb"
    with Store(db):
        pass  # a valid, empty store
    # another process holds the store open for writing, as a running `storyline run` does
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); print('held', flush=True); time.sleep(120)",
            str(db),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout.readline().strip() == "held"
    try:
        for args in (
            ["export", "--db", str(db), "--what", "articles"],
            ["report", "--db", str(db)],
            ["run", str(EXAMPLES / "wires"), "--db", str(db), "--quiet"],
        ):
            result = subprocess.run(
                [sys.executable, "-m", "storyline.cli", *args], capture_output=True, text=True, timeout=120
            )
            assert result.returncode == 2, (args, result.stderr)
            assert "Traceback" not in result.stderr
            lines = result.stderr.strip().splitlines()
            assert len(lines) == 1 and "in use by another process" in lines[0] and f"PID {holder.pid}" in lines[0]
        with pytest.raises(StoreBusy, match="in use by another process"):
            storyline.open(db)
    finally:
        holder.kill()
        holder.wait()
    with storyline.open(db) as corpus:
        assert corpus.articles().empty


def test_a_full_disk_is_reported_in_one_line_and_the_store_recovers(tmp_path):
    """A small tmpfs where the machine allows mounting one; the simulated failure test covers the rest."""
    mount = tmp_path / "small"
    mount.mkdir()
    ok = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=24m", "tmpfs", str(mount)], capture_output=True)
    if ok.returncode != 0:
        pytest.skip("cannot mount a tmpfs here; test_a_failed_write_is_reported_and_the_store_recovers covers it")
    try:
        ballast = mount / "ballast"
        free = os.statvfs(mount).f_bavail * os.statvfs(mount).f_frsize
        ballast.write_bytes(b"\0" * (free - 1_500_000))
        db = mount / "s.duckdb"
        full = drive(tmp_path, db, "never", 0, "none", [str(EXAMPLES)])
        assert full.returncode != 0
        ballast.unlink()
        cli = subprocess.run(
            [sys.executable, "-m", "storyline.cli", "run", str(EXAMPLES), "--db", str(db), "--quiet"],
            capture_output=True,
            text=True,
            timeout=600,
        )
        assert cli.returncode == 0, cli.stderr[-2000:]
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True)


def test_a_failed_write_is_reported_and_the_store_recovers(tmp_path, monkeypatch):
    """A write that fails mid-run (as on a full disk) ends the run with the real cause, and the store
    is consistent: a later run completes it."""
    from storyline.engine.local import RunOptions, run
    from storyline.store import StoreError
    from storyline.store import store as store_module

    db = tmp_path / "s.duckdb"
    calls = {"n": 0}
    original = store_module.Store.insert

    def failing(self, table, rows_):
        calls["n"] += table.name == "articles"
        if calls["n"] == 2 and table.name == "article_signatures":  # mid-way through the second batch
            raise duckdb.IOException('IO Error: Could not write file "s.duckdb.wal": No space left on device')
        return original(self, table, rows_)

    monkeypatch.setattr(store_module.Store, "insert", failing)
    options = RunOptions(workers=1, batch_size=5, nlp=False)
    with pytest.raises(StoreError, match="No space left on device") as err:
        run([str(EXAMPLES)], str(db), options)
    assert "rollback" not in str(err.value).lower()
    monkeypatch.setattr(store_module.Store, "insert", original)
    clean = tmp_path / "clean.duckdb"
    run([str(EXAMPLES)], str(clean), options)  # what an uninterrupted run stores
    articles = count(clean, "SELECT count(*) FROM articles")
    partial = count(db, "SELECT count(*) FROM articles")
    assert 0 < partial < articles
    run([str(EXAMPLES)], str(db), options)
    assert count(db, "SELECT count(*) FROM articles") == articles
    assert count(db, "SELECT count(*) FROM inputs WHERE status = 'done'") == count(
        clean, "SELECT count(*) FROM inputs WHERE status = 'done'"
    )


# ---- an undated pile: dates come from the pile itself, so the order in which evidence arrives matters ----

TOPICS = [
    ("Harbour workers", "the port authority", "Lindqvist", "wages", "harbour"),
    ("Rail unions", "the transport ministry", "Okafor", "pensions", "rail"),
    ("Farmers", "the agriculture ministry", "Moreau", "subsidies", "grain"),
    ("Nurses", "the health ministry", "Varga", "staffing", "hospital"),
    ("Miners", "the mining company", "Haddad", "safety", "mine"),
    ("Teachers", "the education ministry", "Castellanos", "class sizes", "school"),
]
FOLLOW_UPS = [
    "{who} and {whom} met again on {day} to discuss {topic}, and {person} said the talks had been useful.",
    "{person}, who speaks for {who_l}, said on {day} that {whom} had offered a new deal on {topic}.",
    "Talks on {topic} resumed on {day}; {whom} said it would answer the {place} demands within a week.",
    "{who} rejected the offer on {day} and said the {place} dispute over {topic} would go on, {person} said.",
]


@pytest.fixture(scope="module")
def undated_pile(tmp_path_factory) -> list[str]:
    """Six disputes of our own: one dated wire story each, then undated follow-ups whose only date
    evidence is their likeness to the dated story or to each other (a chain: each follow-up shares
    most words with the one before it), plus the sample corpus's undated pages."""
    folder = tmp_path_factory.mktemp("undated")
    with open(folder / "wire.jsonl", "w") as wire, open(folder / "pages.jsonl", "w") as pages:
        for t, (who, whom, person, topic, place) in enumerate(TOPICS):
            lead = (
                f"{who} walked out on Monday in a dispute with {whom} over {topic} at the {place}. "
                f"{person}, a union leader, said {who.lower()} would not return until {whom} agreed to talks. "
                f"{whom.capitalize()} said it regretted the strike and invited the union to meet on Wednesday."
            )
            wire.write(json.dumps({"id": f"wire-{t}", "text": lead, "published": f"2024-0{t + 1}-1{t}"}) + "\n")
            for k in range(4):
                text = " ".join(
                    FOLLOW_UPS[(k + j) % 4].format(
                        who=who, who_l=who.lower(), whom=whom, person=person, topic=topic, place=place, day=DAYS[j % 5]
                    )
                    for j in range(k, k + 3)
                )
                pages.write(json.dumps({"id": f"page-{t}-{k}", "text": f"{lead.split('. ')[0]}. {text}"}) + "\n")
    return [str(EXAMPLES), str(folder / "wire.jsonl"), str(folder / "pages.jsonl")]


@pytest.fixture(scope="module")
def undated_reference(tmp_path_factory, undated_pile) -> dict[str, list[str]]:
    tmp = tmp_path_factory.mktemp("undated-clean")
    db = tmp / "clean.duckdb"
    done = drive(tmp, db, "never", 0, "none", undated_pile)
    assert done.returncode == 0, done.stderr[-2000:]
    return snapshot(db, EVERY_TABLE)


def test_a_second_run_over_an_unchanged_undated_pile_changes_no_table(tmp_path, undated_pile):
    db = tmp_path / "twice.duckdb"
    assert drive(tmp_path, db, "never", 0, "none", undated_pile).returncode == 0
    first = snapshot(db, EVERY_TABLE)
    assert any('"published_from": "corpus"' in row for row in first["articles"]), "the pile dated nothing from itself"
    assert drive(tmp_path, db, "never", 0, "none", undated_pile).returncode == 0
    second = snapshot(db, EVERY_TABLE)
    for table in EVERY_TABLE:
        assert second[table] == first[table], f"{table} changed in a second run over unchanged input"


@pytest.mark.parametrize(("stage", "n", "action"), [("code", 2, "kill"), ("stories", 0, "kill"), ("code", 3, "cli")])
def test_an_interrupted_undated_pile_resumes_to_the_uninterrupted_store(
    tmp_path, undated_reference, undated_pile, stage, n, action
):
    db = tmp_path / "stopped.duckdb"
    stopped = drive(tmp_path, db, stage, n, action, undated_pile)
    assert stopped.returncode in (-signal.SIGKILL, 130), stopped.stderr[-2000:]
    resumed = drive(tmp_path, db, "never", 0, "none", undated_pile)
    assert resumed.returncode == 0, resumed.stderr[-2000:]
    after = snapshot(db, EVERY_TABLE)
    for table in EVERY_TABLE:
        assert after[table] == undated_reference[table], f"{table} differs after a stop at {stage} {n} ({action})"
