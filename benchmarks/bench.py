"""`make bench`: throughput, the cost of our stages over the spaCy parse, and peak memory.

    python benchmarks/bench.py [--quick] [--workers N] [--out bench-out]
    python benchmarks/bench.py --scale [RECORDS ...]      (`make bench-scale`: memory as the corpus grows)

Prints, and writes to bench-out/bench.json:
  1. extraction throughput (articles/s) on ../shared/corpus/reuters21578.jsonl and on the HTML dev set
  2. peak RSS of extraction on the first 2,000, 8,000 and all 21,578 Reuters stories: memory must
     stay flat as the corpus grows
  3. the language stages as a ratio to a bare `nlp.pipe` over the same texts with the same model, in
     one process and one run (our cost on top of the parse)
  4. the whole pipeline (`storyline run`, 2 workers) against a bare nlp.pipe(n_process=2) over the same
     3,000 Reuters texts in one run: the throughput ratio (the issue's goal: at least 0.8)
  5. the full pipeline (extract + parse + code + corpus stages) on Reuters: articles/s and peak RSS

Every measurement runs in a fresh subprocess so its peak RSS is its own (workers included).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
REUTERS = SHARED / "corpus" / "reuters21578.jsonl"
HTML_SET = SHARED / "eval" / "extract_html.jsonl"

RUN_JOB = """
import json, resource, sys, time
from storyline.engine.local import RunOptions, run
paths, db, events, workers = sys.argv[1], sys.argv[2], sys.argv[3] == "1", int(sys.argv[4])
t = time.perf_counter()
s = run([paths], db, RunOptions(nlp=events, workers=workers))
wall = time.perf_counter() - t
own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({"seconds": wall, "extract_seconds": s.extract_seconds, "nlp_seconds": s.nlp_seconds,
                  "articles": s.articles_added + s.articles_updated + s.articles_unchanged,
                  "coded": s.articles_coded, "events": s.events, "problems": s.problem_errors,
                  "stage_seconds": s.stage_seconds, "corpus": s.corpus,
                  "peak_rss_mb": round(own / 1024), "peak_worker_rss_mb": round(kids / 1024)}))
"""

RATIO_JOB = """
import json, sys, time
from storyline.events import ArticleCoder
from storyline.extract.debris import clean
path, n = sys.argv[1], int(sys.argv[2])
texts = []
with open(path, encoding="utf-8") as f:
    for line in f:
        text = json.loads(line).get("text") or ""
        if text.strip():
            texts.append(clean(text).text)
        if len(texts) >= n:
            break
coder = ArticleCoder()
nlp = coder.nlp
list(nlp.pipe(texts[:50]))  # warm both paths alike
rows = [(str(i), t, None, "unknown", "en") for i, t in enumerate(texts)]
coder.code_many(rows[:50])
t = time.perf_counter()
tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=32))
bare = time.perf_counter() - t
t = time.perf_counter()
events = 0
for i in range(0, len(rows), 16):
    coded, _ = coder.code_many(rows[i:i + 16])
    events += sum(len(c.events) for c in coded)
ours = time.perf_counter() - t
print(json.dumps({"articles": len(texts), "tokens": tokens, "bare_seconds": bare, "storyline_seconds": ours,
                  "ratio": ours / bare, "events": events, "model": coder.model}))
"""


# the whole pipeline against the parse it cannot avoid, in one run on one machine: `storyline run`
# (every stage, the default options, `workers` processes) over the records, then a bare
# nlp.pipe(n_process=workers) with the same model over the texts that run parsed
E2E_JOB = """
import json, resource, sys, time
from storyline.annotate.nlp import PREFERRED_MODELS
from storyline.engine.local import RunOptions, run
from storyline.store import Store
path, db, workers = sys.argv[1], sys.argv[2], int(sys.argv[3])
t = time.perf_counter()
s = run([path], db, RunOptions(workers=workers))
ours = time.perf_counter() - t
with Store(db, read_only=True) as store:
    texts = [r[0] for r in store.query("SELECT text FROM articles WHERE language = 'en' ORDER BY id").fetchall()]
import spacy
name = next(n for n in PREFERRED_MODELS if spacy.util.is_package(n))
nlp = spacy.load(name)  # the bare model: none of storyline's own components
list(nlp.pipe(texts[:20]))
t = time.perf_counter()
tokens = sum(len(doc) for doc in nlp.pipe(texts, n_process=workers, batch_size=32))
bare = time.perf_counter() - t
print(json.dumps({"articles": s.articles_added, "coded": s.articles_coded, "events": s.events, "tokens": tokens,
                  "storyline_seconds": ours, "bare_seconds": bare, "throughput_ratio": bare / ours,
                  "stage_seconds": s.stage_seconds, "extract_seconds": s.extract_seconds,
                  "nlp_seconds": s.nlp_seconds, "model": name,
                  "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
                  "peak_worker_rss_mb": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)}))
"""


def sub(code: str, *args: str) -> dict:
    result = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def head(src: Path, n: int, dest: Path) -> Path:
    with open(src, encoding="utf-8") as f, open(dest, "w", encoding="utf-8") as g:
        for i, line in enumerate(f):
            if i >= n:
                break
            g.write(line)
    return dest


def run_job(path: Path, events: bool, workers: int, db: Path | None = None) -> dict:
    if db is not None:
        return sub(RUN_JOB, str(path), str(db), "1" if events else "0", str(workers))
    with tempfile.TemporaryDirectory() as tmp:
        return sub(RUN_JOB, str(path), str(Path(tmp) / "b.duckdb"), "1" if events else "0", str(workers))


def new_stories(src: Path, n: int, dest: Path) -> Path:
    """`n` Reuters stories under new ids with a light edit: what a day's new articles look like."""
    with open(src, encoding="utf-8") as f, open(dest, "w", encoding="utf-8") as g:
        for line in f:
            rec = json.loads(line)
            if not rec.get("text", "").strip():
                continue
            rec["id"] = "new-" + rec["id"]
            rec["text"] = rec["text"].replace(" said ", " told reporters ", 1)
            g.write(json.dumps(rec) + "\n")
            n -= 1
            if n == 0:
                break
    return dest


def grown_corpus(src: Path, copies: int, dest: Path) -> Path:
    """The Reuters corpus `copies` times over, one copy after the other as a crawl grows: each copy under
    new ids, with a light edit (a reporting verb changed, a week later), so copies are near duplicates
    of the first and the corpus stages see a realistic pile of repeats."""
    with open(dest, "w", encoding="utf-8") as g:
        for k in range(copies):
            with open(src, encoding="utf-8") as f:
                for line in f:
                    rec = json.loads(line)
                    if k:
                        rec["id"] = f"copy{k}-{rec['id']}"
                        if rec.get("text"):
                            rec["text"] = rec["text"].replace(" said ", (" told reporters ", " stated ")[k % 2], k)
                    g.write(json.dumps(rec) + "\n")
    return dest


def scale(out: Path, workers: int, sizes: list[int]) -> int:
    """Peak memory and time of `storyline run --no-events` as the corpus grows (records of the grown
    Reuters corpus): memory must stay flat, time near-linear."""
    report = []
    with tempfile.TemporaryDirectory() as tmp:
        grown = grown_corpus(REUTERS, 6, Path(tmp) / "grown.jsonl")
        for n in sizes:
            path = head(grown, n, Path(tmp) / f"grown-{n}.jsonl")
            r = run_job(path, events=False, workers=workers)
            r["records"] = n
            report.append(r)
            print(
                f"scale    {n:>7} records -> {r['articles']:>7} articles: {r['seconds']:6.0f}s "
                f"({r['articles'] / r['seconds']:.0f} articles/s), peak RSS {r['peak_rss_mb']} MB, largest worker "
                f"{r['peak_worker_rss_mb']} MB; stages: {stages(r)}",
                flush=True,
            )
    (out / "scale.json").write_text(json.dumps(report, indent=2))
    print(f"wrote {out / 'scale.json'}")
    return 0


def stages(r: dict) -> str:
    return ", ".join(f"{k} {v:.1f}s" for k, v in r.get("stage_seconds", {}).items())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller samples (minutes instead of ten)")
    parser.add_argument("--workers", type=int, default=0, help="processes (default: one per core)")
    parser.add_argument("--out", default=str(ROOT / "bench-out"))
    parser.add_argument(
        "--scale",
        nargs="*",
        type=int,
        metavar="RECORDS",
        help="only the growth benchmark: peak memory and time without events at these sizes of the Reuters "
        "corpus six times over (default 22700 113500, about 20,000 and 100,000 articles)",
    )
    args = parser.parse_args()
    if not REUTERS.exists():
        print(f"no corpus at {REUTERS}", file=sys.stderr)
        return 1
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    if args.scale is not None:
        return scale(out, args.workers, args.scale or [22700, 113500])
    report: dict = {"cpus": os.cpu_count(), "workers": args.workers or os.cpu_count(), "python": sys.version.split()[0]}
    print(f"storyline bench: {report['cpus']} CPUs, {report['workers']} workers", flush=True)

    with tempfile.TemporaryDirectory() as tmp:
        sizes = [2000, 8000] if args.quick else [2000, 8000, 21578]
        memory = []
        for n in sizes:
            path = head(REUTERS, n, Path(tmp) / f"reuters-{n}.jsonl") if n < 21578 else REUTERS
            db = Path(tmp) / f"extract-{n}.duckdb"
            r = run_job(path, events=False, workers=args.workers, db=db)
            r["records"] = n
            memory.append(r)
            print(
                f"extract  reuters {n:>6} records: {r['articles'] / r['extract_seconds']:7.0f} articles/s, "
                f"peak RSS {r['peak_rss_mb']} MB (largest worker {r['peak_worker_rss_mb']} MB); "
                f"{r['seconds']:.0f}s with corpus stages ({stages(r)}); "
                f"{r['corpus'].get('duplicates', 0)} copies, {r['corpus'].get('stories', 0)} articles placed",
                flush=True,
            )
        report["extract_reuters"] = memory
        # incremental: 200 new stories added to the largest stored corpus
        added = run_job(new_stories(REUTERS, 200, Path(tmp) / "new-200.jsonl"), False, args.workers, db=db)
        report["incremental_200"] = added
        print(
            f"adding   200 new stories to the stored {sizes[-1]}: {added['seconds']:.1f}s ({stages(added)}) "
            f"against {memory[-1]['seconds']:.0f}s for the first run",
            flush=True,
        )
        r = run_job(HTML_SET, events=False, workers=args.workers)
        report["extract_html"] = r
        print(
            f"extract  HTML dev set ({r['articles']} pages): {r['articles'] / r['extract_seconds']:.1f} articles/s",
            flush=True,
        )

        n = 300 if args.quick else 1500
        ratio = sub(RATIO_JOB, str(REUTERS), str(n))
        report["language_stages_ratio"] = ratio
        print(
            f"coding   {ratio['articles']} Reuters stories, {ratio['tokens']} tokens, one process: bare nlp.pipe "
            f"{ratio['bare_seconds']:.1f}s, storyline parse+code {ratio['storyline_seconds']:.1f}s -> ratio "
            f"{ratio['ratio']:.2f} ({ratio['model']})",
            flush=True,
        )

        n = 1000 if args.quick else 3000
        workers = args.workers or 2
        e2e = sub(E2E_JOB, str(head(REUTERS, n, Path(tmp) / "e2e.jsonl")), str(Path(tmp) / "e2e.duckdb"), str(workers))
        report["end_to_end_ratio"] = e2e
        print(
            f"ratio    {n} Reuters records, {e2e['articles']} articles, {workers} workers: storyline run (every stage) "
            f"{e2e['storyline_seconds']:.1f}s, bare nlp.pipe(n_process={workers}) over the same texts "
            f"{e2e['bare_seconds']:.1f}s -> throughput ratio {e2e['throughput_ratio']:.2f} "
            f"({e2e['articles'] / e2e['storyline_seconds']:.1f} articles/s; peak RSS {e2e['peak_rss_mb']} MB, "
            f"largest worker {e2e['peak_worker_rss_mb']} MB); stages: {stages(e2e)}",
            flush=True,
        )

        n = 3000 if args.quick else 21578
        path = head(REUTERS, n, Path(tmp) / "full.jsonl") if n < 21578 else REUTERS
        started = time.perf_counter()
        full_db = Path(tmp) / "full.duckdb"
        r = run_job(path, events=True, workers=args.workers, db=full_db)
        r["records"] = n
        report["full_pipeline"] = r
        print(
            f"pipeline reuters {n} records -> {r['articles']} articles, {r['events']} events in {r['seconds']:.0f}s: "
            f"{r['articles'] / r['seconds']:.1f} articles/s end to end "
            f"({r['coded'] / max(r['nlp_seconds'], 1e-9):.1f} articles/s parsing+coding), "
            f"peak RSS {r['peak_rss_mb']} MB, largest worker {r['peak_worker_rss_mb']} MB "
            f"[{time.perf_counter() - started:.0f}s]; stages: {stages(r)}",
            flush=True,
        )
        # incremental with every stage: 1% new stories added to that store
        added = run_job(
            new_stories(REUTERS, max(1, r["articles"] // 100), Path(tmp) / "new-1pc.jsonl"), True, 0, full_db
        )
        report["incremental_1pc_events"] = added
        print(
            f"adding   {added['articles']} new stories (1%) to that store, every stage: {added['seconds']:.1f}s, "
            f"{100 * added['seconds'] / r['seconds']:.1f}% of the first run ({stages(added)})",
            flush=True,
        )
    (out / "bench.json").write_text(json.dumps(report, indent=2))
    print(f"wrote {out / 'bench.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
