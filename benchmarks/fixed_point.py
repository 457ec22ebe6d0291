"""The same answer twice, on a real undated pile: a second run over unchanged input changes no table,
and a run stopped by Ctrl-C during coding, then resumed, equals an uninterrupted one.

    python benchmarks/fixed_point.py [--n 300] [--workers 2] [--stop-at code:3]

Takes the first n/2 politics and n/2 business articles of BBC 2225 (no dates given: every date comes
from the text or the pile), builds three stores in a scratch folder and prints one JSON line: for each
exported table, whether the second run changed it and whether the resumed store differs from the
uninterrupted one.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BBC = ROOT.parent / "shared" / "corpus" / "bbc2225.jsonl"
VOLATILE = {"run_id", "logged_at", "seen_at", "added_at"}

# a run in a child process that stops itself with a Ctrl-C at (stage, batch)
STOPPED_RUN = """
import os, signal, sys
from storyline.engine.local import RunOptions, run
pile, db, workers, stage, n = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4], int(sys.argv[5])
signal.signal(signal.SIGINT, signal.default_int_handler)

def hook(s, k):
    if s == stage and k == n:
        os.killpg(0, signal.SIGINT)

try:
    run([pile], db, RunOptions(workers=workers, code_page=50, on_batch=hook))  # pages of 50: a stop mid-coding
except KeyboardInterrupt:
    sys.exit(130)
"""


def snapshot(db: Path) -> dict[str, list[str]]:
    from storyline.store import Store
    from storyline.store.export import WHATS, rows

    out = {}
    with Store(db, read_only=True) as store:
        for what in WHATS:
            out[what] = sorted(
                json.dumps({k: v for k, v in r.items() if k not in VOLATILE}, sort_keys=True, default=str)
                for r in rows(store, what, everything=True)
            )
    return out


def cli_run(pile: Path, db: Path, workers: int) -> None:
    subprocess.run(
        [sys.executable, "-m", "storyline.cli", "run", str(pile), "--db", str(db), "--workers", str(workers), "-q"],
        check=True,
        capture_output=True,
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--stop-at", default="code:3", help="STAGE:BATCH where the interrupted run gets its Ctrl-C")
    args = ap.parse_args()
    rows = [json.loads(line) for line in BBC.open(encoding="utf-8")]
    pick = [r for r in rows if r["id"].startswith("bbc-politics")][: args.n // 2]
    pick += [r for r in rows if r["id"].startswith("bbc-business")][: args.n // 2]
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        pile = tmp_path / "pile.jsonl"
        pile.write_text("".join(json.dumps({k: r[k] for k in ("id", "title", "text")}) + "\n" for r in pick))
        once, stopped = tmp_path / "once.duckdb", tmp_path / "stopped.duckdb"
        cli_run(pile, once, args.workers)
        first = snapshot(once)
        cli_run(pile, once, args.workers)
        second = snapshot(once)
        stage, n = args.stop_at.split(":")
        script = tmp_path / "stopped.py"
        script.write_text(STOPPED_RUN)
        done = subprocess.run(
            [sys.executable, str(script), str(pile), str(stopped), str(args.workers), stage, n],
            capture_output=True,
            start_new_session=True,
            env={**os.environ, "PYTHONWARNINGS": "ignore"},
        )
        cli_run(pile, stopped, args.workers)
        resumed = snapshot(stopped)
    if done.returncode != 130:
        print(f"the interrupted run was not stopped at {args.stop_at} (exit {done.returncode})", file=sys.stderr)
        return 2
    result = {
        "articles": len(pick),
        "stopped_at": args.stop_at,
        "rows": {t: len(first[t]) for t in first},
        "changed_by_second_run": [t for t in first if first[t] != second[t]],
        "resumed_differs": [t for t in first if first[t] != resumed[t]],
    }
    print(json.dumps(result))
    return 0 if not result["changed_by_second_run"] and not result["resumed_differs"] else 1


if __name__ == "__main__":
    sys.exit(main())
