"""Code random sentences of BBC 2225 and Reuters-21578 that nobody chose, for judging by hand.

    python benchmarks/random_sentences.py --seed 1 --n 100 [--skip-seeds 0] > round.txt

One sentence per article, articles drawn with a fixed seed. Articles that hold a sentence of the blind
set `events_random` are never drawn (matched by text, not read), and `--skip-seeds` leaves out the
articles earlier seeds drew, so each round reads text its author has not read before. Prints each
sentence with the rows the coder makes of it (type, status, actor, recipient, rule) for a judge to mark.
The sentences stay outside the repository: they are third-party text.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = next((p / "shared" for p in ROOT.parents if (p / "shared" / "corpus").exists()), ROOT.parent / "shared")
CORPORA = ("bbc2225.jsonl", "reuters21578.jsonl")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'])")


def blind_texts() -> list[str]:
    """The blind set's sentences, only to keep their articles out of every sample and training set."""
    path = SHARED / "eval" / "events_random.jsonl"
    if not path.exists():
        return []
    with open(path, encoding="utf-8") as f:
        return [" ".join(json.loads(line)["text"].split()) for line in f if line.strip()]


def articles() -> Iterator[dict]:
    for name in CORPORA:
        with open(SHARED / "corpus" / name, encoding="utf-8") as f:
            for line in f:
                row = json.loads(line)
                if (row.get("text") or "").strip():
                    yield row


def clean_articles() -> list[dict]:
    """Every article with text, less those the blind set took a sentence from."""
    blind = blind_texts()
    out = []
    for row in articles():
        flat = " ".join(row["text"].split())
        if any(b and b[:80] in flat for b in blind):
            continue
        out.append(row)
    return out


def sentences(text: str) -> list[str]:
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n|\n {3,}", text)]
    return [s for p in paragraphs for s in SENTENCE_END.split(p) if 30 <= len(s) <= 400]


def draw(pool: list[dict], seed: int, n: int) -> list[dict]:
    rng = random.Random(seed)
    order = list(range(len(pool)))
    rng.shuffle(order)
    out = []
    for i in order:
        found = sentences(pool[i]["text"])
        if found:
            out.append({**pool[i], "sentence": rng.choice(found)})
            if len(out) == n:
                break
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--n", type=int, default=100)
    parser.add_argument("--skip-seeds", default="", help="comma-separated seeds whose articles to leave out")
    args = parser.parse_args()
    pool = clean_articles()
    used: set[str] = set()
    for s in filter(None, args.skip_seeds.split(",")):
        used |= {r["id"] for r in draw(pool, int(s), args.n)}
    sample = draw([r for r in pool if r["id"] not in used], args.seed, args.n)

    from storyline.events import ArticleCoder

    coder = ArticleCoder()
    for n, row in enumerate(sample, 1):
        events = coder.code_records([{"id": row["id"], "text": row["sentence"]}], published=row.get("published"))
        print(f"[{n}] {row['id']} :: {row['sentence']}")
        for e in events:
            print(
                f"    -> {e['type']} {e['status']}{' bg' if e.get('background') else ''} "
                f"A={e['actor']} R={e['recipient']} rule={e['rule']}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
