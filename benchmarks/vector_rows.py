"""What the optional vector step (`--vectors`) changes on random BBC 2225 and Reuters-21578 sentences.

    python benchmarks/vector_rows.py [--seed 20] [--n 2000] [--skip-seeds 11,12,13,14,15,16] [--sample 30]

Draws sentences as random_sentences.py does (half from each corpus, one per article, the blind set's
articles never), codes them with the step off and on, and prints every row the step adds or removes,
with its sentence, for a judge to mark; then a random sample of the added rows and the counts. The
sentences stay outside the repository: they are third-party text.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from random_sentences import POOLED_ROUNDS, clean_articles, draw, draw_balanced


def _row(e: dict) -> tuple:
    return (e["article_id"], e["sentence_index"], e["type"], e["status"], tuple(e["actor"]), tuple(e["recipient"]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=20)
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--skip-seeds", default="11,12,13,14,15,16", help="rounds of 100 whose articles to leave out")
    parser.add_argument("--sample", type=int, default=30, help="added rows drawn for judging")
    args = parser.parse_args()
    pool = clean_articles()
    used: set[str] = set()
    for s in POOLED_ROUNDS:
        used |= {r["id"] for r in draw(pool, s, 100)}
    for s in filter(None, args.skip_seeds.split(",")):
        used |= {r["id"] for r in draw_balanced(pool, int(s), 100)}
    rows = draw_balanced([r for r in pool if r["id"] not in used], args.seed, args.n)
    items = [{"id": r["id"], "text": r["sentence"]} for r in rows]
    sentence = {r["id"]: r["sentence"] for r in rows}

    from storyline.events import ArticleCoder

    found = {}
    for vectors in (False, True):
        coder = ArticleCoder(vectors=vectors)
        coder.code_records(items[:20])  # warm up alike
        started = time.perf_counter()
        events = coder.code_records(items)
        found[vectors] = ({_row(e): e for e in events}, time.perf_counter() - started)
    (off, off_s), (on, on_s) = found[False], found[True]
    added = [on[k] for k in on.keys() - off.keys()]
    removed = [off[k] for k in off.keys() - on.keys()]
    for label, changed in (("ADDED", added), ("REMOVED", removed)):
        for e in sorted(changed, key=lambda e: e["article_id"]):
            print(f"{label} {e['article_id']} :: {sentence[e['article_id']]}")
            print(f"    -> {e['type']} {e['status']} A={e['actor']} R={e['recipient']} rule={e['rule']}")
    rng = random.Random(args.seed)
    print(f"\nSAMPLE of {min(args.sample, len(added))} added rows (seed {args.seed}):")
    for e in rng.sample(added, min(args.sample, len(added))):
        print(f"  {e['article_id']} {e['type']} {e['status']} A={e['actor']} R={e['recipient']} rule={e['rule']}")
        print(f"      {sentence[e['article_id']]}")
    print(
        f"\n{len(rows)} sentences: {len(off)} rows off, {len(on)} on; {len(added)} added, {len(removed)} removed; "
        f"coding {off_s:.1f} s off, {on_s:.1f} s on"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
