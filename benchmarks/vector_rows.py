"""What the optional vector step (`--vectors`) changes on random BBC 2225 and Reuters-21578 sentences.

    python benchmarks/vector_rows.py [--seed 20] [--n 2000] [--skip-seeds 11,12,13,14,15,16] [--sample 30]
    python benchmarks/vector_rows.py --cost 500 [--repeats 3]

Draws sentences as random_sentences.py does (half from each corpus, one per article, the blind set's
articles never), codes them with the step off and on, and prints every row the step adds or removes,
with its sentence, for a judge to mark; then a random sample of the added rows and the counts. The
sentences stay outside the repository: they are third-party text.

`--cost N` times instead a bare `nlp.pipe` over N random articles (cleaned, half from each corpus)
and the coder over the same articles with the step off and on, alternating, best of `--repeats`, in
CPU seconds of this process (on a shared machine wall time mostly measures the neighbours): the
coder must stay within 1.3x the bare parse.
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


def cost(n: int, repeats: int, seed: int) -> int:
    """Best-of-`repeats` seconds: bare nlp.pipe, the coder without and with the vector step."""
    from storyline.events import ArticleCoder
    from storyline.extract.debris import clean

    pool = clean_articles()
    texts = [clean(r["text"]).text for r in draw_balanced(pool, seed, n)]
    rows = [(str(i), t, None, "unknown", "en") for i, t in enumerate(texts)]
    coders = {False: ArticleCoder(), True: ArticleCoder(vectors=True)}
    nlp = coders[False].nlp
    for coder in coders.values():
        coder.code_many(rows[:20])  # warm both alike (the vector matrix is built on first use)
    best = {"bare": float("inf"), False: float("inf"), True: float("inf")}
    for _ in range(repeats):
        started = time.process_time()
        for _doc in nlp.pipe(texts, batch_size=32):
            pass
        best["bare"] = min(best["bare"], time.process_time() - started)
        for vectors, coder in coders.items():
            started = time.process_time()
            for i in range(0, len(rows), 16):
                coder.code_many(rows[i : i + 16])
            best[vectors] = min(best[vectors], time.process_time() - started)
    print(
        f"{len(texts)} articles: bare nlp.pipe {best['bare']:.1f} s; coder off {best[False]:.1f} s "
        f"({best[False] / best['bare']:.2f}x), on {best[True]:.1f} s ({best[True] / best['bare']:.2f}x)"
    )
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=20)
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--skip-seeds", default="11,12,13,14,15,16", help="rounds of 100 whose articles to leave out")
    parser.add_argument("--sample", type=int, default=30, help="added rows drawn for judging")
    parser.add_argument("--cost", type=int, default=0, metavar="N", help="time N articles instead (see above)")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    if args.cost:
        return cost(args.cost, args.repeats, args.seed)
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
        started = time.process_time()
        events = coder.code_records(items)
        found[vectors] = ({_row(e): e for e in events}, time.process_time() - started)
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
