"""The search index beside a store: time and disk to build it from scratch, time of an update that
finds nothing new, and a few ranked queries with their latency.

    python benchmarks/search_index.py STORE.duckdb [QUERY ...]

Reads the store, writes only STORE.duckdb.search/ (rebuilt from scratch).
"""

from __future__ import annotations

import shutil
import sys
import time

from storyline.store import Store, search


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    db, queries = argv[0], argv[1:] or ["oil prices", "coffee", "Bundesbank interest rates"]
    shutil.rmtree(search.index_path(db), ignore_errors=True)
    with Store(db, read_only=True) as store:
        articles = store.count("articles")
        built = search.update(store, db)
        again = search.update(store, db)
    print(
        f"{articles:,} articles: built in {built.seconds:.1f} s, {built.bytes / 1e6:.1f} MB on disk; "
        f"an update with nothing new {again.seconds:.1f} s ({again.unchanged:,} unchanged)"
    )
    for q in queries:
        t = time.perf_counter()
        hits = search.search(db, q, limit=10)
        ms = (time.perf_counter() - t) * 1000
        print(f"  {q!r}: {len(hits or [])} hits in {ms:.0f} ms; first {hits[0][0] if hits else None}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
