"""Simulate the partitioned plan of the stories stage on a stored corpus (docs/scaling.md).

    python benchmarks/partition.py STORE.duckdb [--by week|month] [--halo DAYS] [--out FILE.json]

Past one machine the stories stage runs per time window, each window on its own node. This script
plays that plan on one machine: each window's articles (with their story terms, lead events and
actor keys), plus a halo of the `--halo` days before it, are copied into a store of their own and
the stories stage runs there alone. An article in two windows (its own and the next one's halo)
joins the stories it got in both, so a story that crosses a border is one story again. The result
is compared with the stage run over the whole store (already in STORE): B-cubed agreement, taking
the whole-store stories as the reference, and the time of each window (the slowest is the
makespan of a cluster with one node per window).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from storyline.corpus.stories import assign_stories
from storyline.store import Store

WINDOW_SQL = {"week": "strftime(published, '%G-W%V')", "month": "strftime(published, '%Y-%m')"}
WINDOW_START = {"week": "date_trunc('week', published)::DATE", "month": "date_trunc('month', published)::DATE"}
COPIED = ("story_terms", "events", "entity_mentions")  # the per-article tables the stage reads


def bcubed(pred: dict[str, str], ref: dict[str, str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of `pred` against `ref` over the ids of `ref`."""
    pc, rc = defaultdict(set), defaultdict(set)
    for i in ref:
        pc[pred[i]].add(i)
        rc[ref[i]].add(i)
    p = sum(len(pc[pred[i]] & rc[ref[i]]) / len(pc[pred[i]]) for i in ref) / len(ref)
    r = sum(len(pc[pred[i]] & rc[ref[i]]) / len(rc[ref[i]]) for i in ref) / len(ref)
    return round(p, 4), round(r, 4), round(2 * p * r / (p + r), 4)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("store")
    parser.add_argument("--by", choices=sorted(WINDOW_SQL), default="week")
    parser.add_argument("--halo", type=int, default=0, help="days before each window also given to it")
    parser.add_argument("--out", default=None)
    args = parser.parse_args()
    with Store(args.store, read_only=True) as whole:
        windows = [
            r[0]
            for r in whole.query(
                f"SELECT DISTINCT {WINDOW_SQL[args.by]} FROM articles WHERE published IS NOT NULL ORDER BY 1"
            ).fetchall()
        ]
        reference = dict(
            whole.query(
                "SELECT id, story_id FROM articles WHERE published IS NOT NULL AND story_id IS NOT NULL"
            ).fetchall()
        )
    home: dict[str, str] = {}  # article -> its story in its own window (window-qualified)
    parent: dict[str, str] = {}  # union-find over window-qualified story ids

    def root(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    seen_in: dict[str, str] = {}  # article -> a window-qualified story it got (to join across windows)
    timings: dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for window in windows:
            path = str(Path(tmp) / f"{window}.duckdb")
            with Store(path) as part:
                part.con.execute(f"ATTACH '{args.store}' AS g (READ_ONLY)")
                part.con.execute(
                    f"INSERT INTO articles SELECT * FROM g.articles WHERE {WINDOW_SQL[args.by]} = ? OR "
                    f"(published < (SELECT min({WINDOW_START[args.by]}) FROM g.articles "
                    f"WHERE {WINDOW_SQL[args.by]} = ?) AND published >= (SELECT min({WINDOW_START[args.by]}) "
                    f"FROM g.articles WHERE {WINDOW_SQL[args.by]} = ?) - ?::INTEGER)",
                    [window, window, window, args.halo],
                )
                part.con.execute("UPDATE articles SET story_id = NULL")
                part.con.execute("DELETE FROM stories")
                for table in COPIED:
                    part.con.execute(
                        f"INSERT INTO {table} SELECT t.* FROM g.{table} t JOIN articles a ON a.id = t.article_id"
                    )
                part.con.execute("INSERT INTO actor_keys SELECT * FROM g.actor_keys")
                part.con.execute("DETACH g")
                started = time.perf_counter()
                placed = assign_stories(part)
                seconds = time.perf_counter() - started
                rows = part.query(f"SELECT id, story_id, {WINDOW_SQL[args.by]} = ? FROM articles", [window]).fetchall()
            for article, story, own in rows:
                qualified = f"{window}/{story}"
                if own:
                    home[article] = qualified
                if article in seen_in:  # in an earlier window's story too: one story across the border
                    parent[root(qualified)] = root(seen_in[article])
                seen_in[article] = qualified
            timings[window] = {"articles": placed, "seconds": round(seconds, 2)}
            print(f"{window}: {placed} articles, stories in {seconds:.1f}s", flush=True)
    pred = {article: root(story) for article, story in home.items()}
    common = {i: s for i, s in reference.items() if i in pred}
    p, r, f1 = bcubed(pred, common)
    slowest = max(timings.values(), key=lambda t: t["seconds"])
    result = {
        "windows": len(windows),
        "by": args.by,
        "halo_days": args.halo,
        "articles": len(common),
        "sum_seconds": round(sum(t["seconds"] for t in timings.values()), 1),
        "makespan_seconds": slowest["seconds"],
        "largest_window_articles": max(t["articles"] for t in timings.values()),
        "agreement_with_whole_store": {"precision": p, "recall": r, "f1": f1},
        "per_window": timings,
    }
    print(json.dumps({k: v for k, v in result.items() if k != "per_window"}))
    if args.out:
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        Path(args.out).write_text(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
