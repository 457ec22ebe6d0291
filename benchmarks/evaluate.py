"""Run storyline on every dev gold set in ../shared/eval and print the official scores.

    python benchmarks/evaluate.py [--sets extract_html,dating,...] [--out eval-out] [--workers N] [--model NAME]
                                  [--vectors]

`--model` runs the language stages with another installed spaCy pipeline (en_core_web_md, _lg...)
to see what a bigger parser changes; the default is the small model storyline installs.

Each set is run exactly as a user would: `storyline run SET.jsonl --db ...`, then exported with
`storyline export`, then scored by ../shared/eval/score.py (the metric's own code, unchanged).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# ../shared/eval next to the checkout, or next to any folder above it (a worktree sits one level deeper)
EVAL = next(
    (parent / "shared" / "eval" for parent in ROOT.parents if (parent / "shared" / "eval").exists()),
    ROOT.parent / "shared" / "eval",
)
SETS = {
    # set name: (score.py task, export table, needs events, how to turn export rows into prediction rows)
    "extract_html": ("extract", "articles", False),
    "extract_text": ("extract", "articles", False),
    "dating": ("dating", "articles", True),  # dates by cross-reference read events
    # the same set with each article dated by its own text only: what the corpus stages add
    "dating_alone": ("dating", "articles", True),
    "stories": ("stories", "articles", True),  # stories read events (the news of each lead)
    "events": ("events", "mentions", True),
    "events_news": ("events", "mentions", True),
    "events_news2": ("events", "mentions", True),
    # the natural mix (30 of 300 report an event): blind, scored only at the start and the end of a round
    "events_random": ("events", "mentions", True),
}


def half(record_id: str) -> str:
    """The dev split: ids whose md5 starts with an odd byte are held out while tuning."""
    return "held" if hashlib.md5(record_id.encode("utf-8")).digest()[0] % 2 else "tune"


def _filtered(path: Path, keep: str, out: Path) -> Path:
    """A copy of a prediction or gold file with only the rows of one half of the split."""
    with open(path, encoding="utf-8") as f, open(out, "w", encoding="utf-8") as g:
        for line in f:
            row = json.loads(line)
            if half(str(row.get("id", row.get("article_id", "")))) == keep:
                g.write(line)
    return out


def score(task: str, pred: Path, gold: Path) -> dict:
    result = subprocess.run(
        [sys.executable, str(EVAL / "score.py"), task, str(pred), str(gold)],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(result.stdout)


def per_type(pred: Path, gold: Path) -> dict[str, dict[str, float | int]]:
    """Precision and recall of each event type, counted as score.py counts them (also_ok neither way)."""
    predicted: dict[str, set[str]] = {}
    with open(pred, encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            types = row.get("types") or ([row["type"]] if row.get("type") else [])
            predicted.setdefault(str(row.get("article_id", row.get("id"))), set()).update(t.upper() for t in types)
    counts: dict[str, list[int]] = {}
    with open(gold, encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            truth = set(row["types"])
            got = predicted.get(str(row["id"]), set()) - (set(row.get("also_ok", ())) - truth)
            for kind in truth | got:
                c = counts.setdefault(kind, [0, 0, 0])
                c[0 if kind in truth and kind in got else 1 if kind in got else 2] += 1
    return {
        kind: {
            "p": round(tp / (tp + fp), 2) if tp + fp else 0.0,
            "r": round(tp / (tp + fn), 2) if tp + fn else 0.0,
            "gold": tp + fn,
            "pred": tp + fp,
        }
        for kind, (tp, fp, fn) in sorted(counts.items())
    }


# words that name what a party is, not which: "the Hungarian government" and "Hungary" match on "hungarian"/"hungary"
# only through the name; "government" alone says nothing of whose
PARTY_GENERIC = frozenset(
    {
        "government", "minister", "ministers", "leader", "leaders", "officials", "official", "president", "forces",
        "army", "party", "the", "of", "and", "prime", "foreign", "state", "group", "sides", "side", "people",
    }
)  # fmt: skip


def _party_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z][a-z.\-]{2,}", text.lower()) if w not in PARTY_GENERIC}


def _names(row: dict, side: str) -> list[str]:
    """What a row calls its actors or recipients: the resolved names and the words of the sentence they stand on."""
    sentence = row.get("sentence") or ""
    return [str(x).lower() for x in row.get(side) or () if x] + [
        sentence[a:b].lower() for a, b in row.get(f"{side}_spans") or ()
    ]


def _same_party(gold: list[str], named: list[str]) -> bool:
    """A gold party ("Romanian officials", "U.N.") and a row's names match when one holds the other or they share
    a word of a name (lenient, as a reader would be: "Hungarian" matches "Hungary government" by its span)."""
    return any(g.lower() in n or n in g.lower() or _party_words(g) & _party_words(n) for g in gold for n in named if n)


def parties(mentions: Path, gold: Path) -> dict[str, float | int]:
    """Who did what to whom, where the gold names the parties (the textbook set `events`): of the gold types the
    coder finds, how often a row of that type names the gold actor, and, where the gold names a recipient, how often
    it names one at all and the gold one. Asserted rows only, as the type score counts them."""
    found: dict[str, list[dict]] = {}
    with open(mentions, encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            if row.get("status") not in ("hypothetical", "negated") and not row.get("background"):
                found.setdefault(str(row["article_id"]), []).append(row)
    n = actor = with_recipient = recipient_named = recipient_right = both = 0
    with open(gold, encoding="utf-8") as f:
        for line in f:
            truth = json.loads(line)
            if "actors" not in truth:
                return {}
            for kind in truth["types"]:
                got = [r for r in found.get(str(truth["id"]), []) if r["type"] == kind]
                if not got:
                    continue
                n += 1
                actor_ok = any(_same_party(truth["actors"], _names(r, "actor")) for r in got)
                recipient_ok = True
                if truth.get("recipients"):
                    with_recipient += 1
                    recipient_named += any(r.get("recipient") for r in got)
                    recipient_ok = any(_same_party(truth["recipients"], _names(r, "recipient")) for r in got)
                    recipient_right += recipient_ok
                actor += actor_ok
                both += actor_ok and recipient_ok
    return {
        "rows": n,
        "actor_right": round(actor / max(n, 1), 3),
        "with_gold_recipient": with_recipient,
        "recipient_named": round(recipient_named / max(with_recipient, 1), 3),
        "recipient_right": round(recipient_right / max(with_recipient, 1), 3),
        "both_right": round(both / max(n, 1), 3),
    }


def run_set(
    name: str,
    out: Path,
    workers: int,
    model: str | None = None,
    vectors: bool = False,
    meaning: bool = False,
    rules_only: bool = False,
) -> dict:
    task, table, events = SETS[name]
    source = "dating" if name == "dating_alone" else name
    db = out / f"{name}.duckdb"
    for stale in (db, Path(str(db) + ".wal")):
        stale.unlink(missing_ok=True)
    started = time.perf_counter()
    cmd = [
        sys.executable,
        "-m",
        "storyline.cli",
        "run",
        str(EVAL / f"{source}.jsonl"),
        "--db",
        str(db),
        "--quiet",
        "--workers",
        str(workers),
    ]
    if not events:
        cmd.append("--no-events")
    if model:
        cmd += ["--model", model]
    if vectors:
        cmd.append("--vectors")
    if meaning:
        cmd.append("--meaning")
    if rules_only and events:
        cmd.append("--rules-only")
    if name == "dating_alone":
        cmd.append("--no-corpus")
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    seconds = time.perf_counter() - started
    export = out / f"{name}.{table}.jsonl"
    subprocess.run(
        [sys.executable, "-m", "storyline.cli", "export", "--db", str(db), "--what", table, "-o", str(export)],
        check=True,
        stderr=subprocess.DEVNULL,
    )
    pred = export
    keep = {"stories": "story_id", "extract": "text"}.get(task)
    if keep:  # the scorer reads {"id", field} rows: keep only that field of each exported article
        pred = out / f"{name}.pred.jsonl"
        with open(export, encoding="utf-8") as f, open(pred, "w", encoding="utf-8") as g:
            for line in f:
                row = json.loads(line)
                g.write(json.dumps({"id": row["id"], keep: row[keep]}) + "\n")
    gold = EVAL / f"{source}.gold.jsonl"
    result = {"all": score(task, pred, gold)}
    for part in ("tune", "held"):
        result[part] = score(
            task, _filtered(pred, part, out / f"{name}.{part}.pred"), _filtered(gold, part, out / f"{name}.{part}.gold")
        )
    if task == "events":
        result["types"] = per_type(pred, gold)
        who = parties(pred, gold)
        if who:
            result["parties"] = who
            for part in ("tune", "held"):
                pred_part = _filtered(pred, part, out / f"{name}.{part}.pred")
                result["parties_" + part] = parties(pred_part, _filtered(gold, part, out / f"{name}.{part}.gold"))
    result["seconds"] = round(seconds, 1)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default=",".join(name for name in SETS if name != "events_random"))
    parser.add_argument("--out", default=str(ROOT / "eval-out"))
    parser.add_argument("--workers", type=int, default=0)
    parser.add_argument("--model", default=None, help="an installed spaCy pipeline to use instead of the default")
    parser.add_argument("--vectors", action="store_true", help="with the optional vector step (storyline[vectors])")
    parser.add_argument("--meaning", action="store_true", help="with the optional reader (storyline[meaning])")
    parser.add_argument("--rules-only", action="store_true", help="the rules alone, without the default word reader")
    args = parser.parse_args()
    if not EVAL.exists():
        print(f"no dev sets at {EVAL}", file=sys.stderr)
        return 1
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for name in args.sets.split(","):
        result = run_set(name, out, args.workers, args.model, args.vectors, args.meaning, args.rules_only)
        print(f"{name:<13} {json.dumps(result)}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
