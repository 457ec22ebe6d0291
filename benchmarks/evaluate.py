"""Run storyline on every dev gold set in ../shared/eval and print the official scores.

    python benchmarks/evaluate.py [--sets extract_html,dating,...] [--out eval-out] [--workers N]

Each set is run exactly as a user would: `storyline run SET.jsonl --db ...`, then exported with
`storyline export`, then scored by ../shared/eval/score.py (the metric's own code, unchanged).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
SETS = {
    # set name: (score.py task, export table, needs events, how to turn export rows into prediction rows)
    "extract_html": ("extract", "articles", False),
    "extract_text": ("extract", "articles", False),
    "dating": ("dating", "articles", False),
    "events": ("events", "mentions", True),
    "events_news": ("events", "mentions", True),
}


def run_set(name: str, out: Path, workers: int) -> dict:
    task, table, events = SETS[name]
    db = out / f"{name}.duckdb"
    for stale in (db, Path(str(db) + ".wal")):
        stale.unlink(missing_ok=True)
    started = time.perf_counter()
    cmd = [
        sys.executable,
        "-m",
        "storyline.cli",
        "run",
        str(EVAL / f"{name}.jsonl"),
        "--db",
        str(db),
        "--quiet",
        "--workers",
        str(workers),
    ]
    if not events:
        cmd.append("--no-events")
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    seconds = time.perf_counter() - started
    export = out / f"{name}.{table}.jsonl"
    subprocess.run(
        [sys.executable, "-m", "storyline.cli", "export", "--db", str(db), "--what", table, "-o", str(export)],
        check=True,
        stderr=subprocess.DEVNULL,
    )
    pred = export
    if task == "extract":
        pred = out / f"{name}.pred.jsonl"
        with open(export, encoding="utf-8") as f, open(pred, "w", encoding="utf-8") as g:
            for line in f:
                row = json.loads(line)
                g.write(json.dumps({"id": row["id"], "text": row["text"]}) + "\n")
    result = subprocess.run(
        [sys.executable, str(EVAL / "score.py"), task, str(pred), str(EVAL / f"{name}.gold.jsonl")],
        check=True,
        capture_output=True,
        text=True,
    )
    score = json.loads(result.stdout)
    score["seconds"] = round(seconds, 1)
    return score


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default=",".join(SETS))
    parser.add_argument("--out", default=str(ROOT / "eval-out"))
    parser.add_argument("--workers", type=int, default=0)
    args = parser.parse_args()
    if not EVAL.exists():
        print(f"no dev sets at {EVAL}", file=sys.stderr)
        return 1
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for name in args.sets.split(","):
        score = run_set(name, out, args.workers)
        print(f"{name:<13} {json.dumps(score)}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
