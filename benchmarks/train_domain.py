"""Train the coder's domain signal: multinomial naive Bayes over words, written to events/data/domain.json.

    python benchmarks/train_domain.py [--out src/storyline/events/data/domain.json]

Labels are the corpora's own: BBC 2225's `category` (politics, business, sport, entertainment, tech)
and Reuters-21578's original TOPICS (../shared/corpus/reuters21578.topics.jsonl, joined by id), all of
which are economic: a Reuters story with a topic is business, except `trade` and `ship` (tariffs,
trade wars, tankers attacked in the Gulf are politics as often as not), which are left out, as are
stories without a topic. Articles that hold a sentence of the blind set are never trained on.
Classes get equal priors (Reuters would otherwise make everything business), and one article counts
at most its first 300 words. Only counts are shipped, as log-probabilities of the most telling words;
no text leaves the corpus. Prints accuracy on a held-out tenth of the articles, and on single
sentences of them, since the coder asks about one sentence at a time.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from random_sentences import SHARED, clean_articles, sentences

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "storyline" / "events" / "data" / "domain.json"
LEFT_OUT_TOPICS = {"trade", "ship"}
BBC = {"politics": "politics", "business": "business", "sport": "sport", "entertainment": "entertainment"}
BBC["tech"] = "science"
MAX_WORDS = 300
VOCABULARY = 6000
MIN_COUNT = 4


def labelled() -> list[tuple[str, str]]:
    topics = {}
    with open(SHARED / "corpus" / "reuters21578.topics.jsonl", encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            topics[row["id"]] = set(row["topics"])
    out = []
    for row in clean_articles():
        text = f"{row.get('title') or ''}\n{row['text']}"
        if row.get("category"):
            out.append((BBC[row["category"]], text))
        elif topics.get(row["id"]) and not topics[row["id"]] & LEFT_OUT_TOPICS:
            out.append(("business", text))
    return out


def train(rows: list[tuple[str, str]]) -> dict:
    from storyline.events.domain import words

    counts: dict[str, Counter] = {}
    for label, text in rows:
        counts.setdefault(label, Counter()).update(words(text)[:MAX_WORDS])
    total = Counter()
    for c in counts.values():
        total.update(c)
    classes = sorted(counts)
    vocab = [w for w, n in total.items() if n >= MIN_COUNT]
    sizes = {k: sum(counts[k].values()) for k in classes}

    def logp(k: str, w: str) -> float:
        return math.log((counts[k][w] + 1) / (sizes[k] + len(vocab)))

    # the most telling words: those whose probability differs most between classes
    def spread(w: str) -> float:
        values = [logp(k, w) for k in classes]
        return (max(values) - min(values)) * math.log(total[w])

    kept = sorted(sorted(vocab, key=spread, reverse=True)[:VOCABULARY])
    return {
        "version": 1,
        "classes": classes,
        "political": ["politics"],
        "unknown": {k: round(math.log(1 / (sizes[k] + len(vocab))), 3) for k in classes},
        "words": {w: [round(logp(k, w), 3) for k in classes] for w in kept},
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(OUT))
    args = parser.parse_args()
    rows = labelled()
    random.Random(7).shuffle(rows)
    cut = len(rows) // 10
    print(f"{len(rows)} articles: {Counter(k for k, _ in rows)}", file=sys.stderr)

    from storyline.events.domain import DomainModel

    trial = DomainModel(train(rows[cut:]))
    right = sum(trial.best(text)[0] == label for label, text in rows[:cut])
    pairs = [(label, s) for label, text in rows[:cut] for s in sentences(text)[:3]]
    sure = [(label, trial.best(s)) for label, s in pairs]
    confident = [(label, best) for label, best in sure if best[1] >= 0.9]
    print(f"held-out articles: accuracy {right / cut:.3f} ({cut})", file=sys.stderr)
    print(
        f"held-out sentences: accuracy {sum(label == b[0] for label, b in sure) / len(sure):.3f} ({len(sure)}); "
        f"at p>=0.9: {len(confident) / len(sure):.2f} of them, accuracy "
        f"{sum(label == b[0] for label, b in confident) / max(1, len(confident)):.3f}; "
        f"politics called something else at p>=0.9: "
        f"{sum(label == 'politics' and b[0] != 'politics' for label, b in confident)}"
        f"/{sum(label == 'politics' for label, _ in sure)}",
        file=sys.stderr,
    )
    model = train(rows)
    Path(args.out).write_text(json.dumps(model, separators=(",", ":"), sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {args.out}: {len(model['words'])} words, classes {model['classes']}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
