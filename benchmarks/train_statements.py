"""Train the statement reader (events/statements.py): per type, a logistic model of what a political
speaker's words do, written to events/data/statements.json.

    python benchmarks/train_statements.py [--out src/storyline/events/data/statements.json] [--check]

Trained on the natural-mix sentences labelled by two coders whose splits are read or made for training
(`TRAIN_SPLITS`: dev, dev2, dev3, politics, politics_reuters, politics2, statements), never on `held`, `fresh`,
`statements_held` or the blind
`events_random`, which are what decide whether it generalises. Each sentence is coded by the coder of
this checkout with the reader writing nothing; every statement the reader sees is an instance, labelled
with the sentence's gold types (both coders; a type only one gave is left out of that type's training).
A type is learned only where the rules found nothing of it in the sentence, since that is where the
reader writes.

The threshold of each type is chosen by five-fold cross-validation over sentences: the lowest probability
at which the rows it would write (one per sentence, at its surest statement) are right at least
`PRECISION_FLOOR` of the time, with at least `MIN_RIGHT` right rows; a type that never gets there ships
with no threshold and writes nothing. Only weights ship, no text. `--check` trains and prints the
cross-validated table without writing.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import natural_mix

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "storyline" / "events" / "data" / "statements.json"
TRAIN_SPLITS = ("dev", "dev2", "dev3", "politics", "politics_reuters", "politics2", "statements")
# calibrated together on cross-validation (see the docstring); a row of the reader must be right this often
PRECISION_FLOOR = 0.65
MIN_RIGHT = 4
THRESHOLDS = (0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95)
L2 = 3.0  # ridge strength, in examples: with a few dozen positives, words seen twice must not decide alone
MIN_DF = 2  # a feature seen in fewer training statements is dropped
STEPS, RATE = 400, 0.5
FOLDS = 5


def instances() -> list[dict]:
    """Every statement of every training sentence: its sentence id, features, the types the rules found,
    and the sentence's gold and also-ok types."""
    from storyline.events import ArticleCoder
    from storyline.events.statements import StatementReader

    coder = ArticleCoder()
    finder = coder.coder.candidates
    seen: list[tuple[dict, list[str]]] = []

    class Recording(StatementReader):
        def read(self, sent, actors, cands):
            seen.extend((feats, found) for _, feats, found in self.instances(sent, actors, cands))
            return []

    finder.statements = Recording(coder.coder.participants, learned={})
    out = []
    for split in TRAIN_SPLITS:
        for row in natural_mix.labelled(split):
            seen.clear()
            coder.code_records([{"id": row["id"], "text": row["text"]}], published=None)
            one, two = natural_mix.coded(row)
            for feats, found in seen:
                out.append(
                    {"sentence": row["id"], "features": feats, "found": found, "gold": one & two, "ok": one ^ two}
                )
    return out


def fit(rows: list[dict], y: np.ndarray) -> tuple[float, dict[str, float]]:
    """Class-balanced logistic regression with a ridge, by gradient descent."""
    df = Counter(k for r in rows for k in r["features"] if k != "bias")
    vocab = {k: i for i, k in enumerate(sorted(k for k, n in df.items() if n >= MIN_DF))}
    x = np.zeros((len(rows), len(vocab) + 1))
    x[:, -1] = 1.0
    for i, r in enumerate(rows):
        for k, v in r["features"].items():
            if k in vocab:
                x[i, vocab[k]] = v
    pos = max(y.mean(), 1e-6)
    weight = np.where(y > 0, 0.5 / pos, 0.5 / max(1 - pos, 1e-6))
    w = np.zeros(x.shape[1])
    ridge = np.full(x.shape[1], L2)
    ridge[-1] = 0.0
    for _ in range(STEPS):
        p = 1 / (1 + np.exp(-(x @ w)))
        w -= RATE * (x.T @ ((p - y) * weight) + ridge * w) / len(y)
    return float(w[-1]), {k: float(w[i]) for k, i in vocab.items() if abs(w[i]) >= 1e-3}


def probability(bias: float, weights: dict[str, float], features: dict[str, float]) -> float:
    z = bias + sum(weights.get(k, 0.0) * v for k, v in features.items() if k != "bias")
    return 1 / (1 + np.exp(-np.clip(z, -30, 30)))


def learn(kind: str, rows: list[dict]) -> dict:
    """One type's model, its cross-validated table and the threshold it ships with."""
    usable = [r for r in rows if kind not in r["ok"] and kind not in r["found"]]
    y = np.array([kind in r["gold"] for r in usable], dtype=float)
    sentences = sorted({r["sentence"] for r in usable})
    random.Random(7).shuffle(sentences)
    fold = {s: i % FOLDS for i, s in enumerate(sentences)}
    best: dict[str, tuple[float, bool]] = {}  # sentence -> (surest probability, gold)
    for k in range(FOLDS):
        train = [i for i, r in enumerate(usable) if fold[r["sentence"]] != k]
        bias, weights = fit([usable[i] for i in train], y[train])
        for i, r in enumerate(usable):
            if fold[r["sentence"]] == k:
                p = probability(bias, weights, r["features"])
                if p > best.get(r["sentence"], (-1.0, False))[0]:
                    best[r["sentence"]] = (p, bool(y[i]))
    positives = sum(1 for _, g in best.values() if g)
    table, threshold = [], None
    for t in THRESHOLDS:
        written = [g for p, g in best.values() if p >= t]
        right = sum(written)
        precision = right / len(written) if written else 0.0
        table.append({"threshold": t, "rows": len(written), "right": right, "precision": round(precision, 3)})
        if threshold is None and right >= MIN_RIGHT and precision >= PRECISION_FLOOR:
            threshold = t
    bias, weights = fit(usable, y)
    return {
        "bias": round(bias, 4),
        "threshold": threshold,
        "cross_validated": {"sentences": len(best), "missed_by_rules": positives, "table": table},
        "weights": {k: round(v, 4) for k, v in sorted(weights.items())},
    }


def main() -> int:
    from storyline.events.statements import FEATURES, MODES

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(OUT))
    parser.add_argument("--check", action="store_true", help="print the cross-validated table, write nothing")
    args = parser.parse_args()
    rows = instances()
    print(f"{len(rows)} statements in {len({r['sentence'] for r in rows})} sentences", file=sys.stderr)
    types = {}
    for kind in MODES:
        model = learn(kind, rows)
        cv = model["cross_validated"]
        print(f"{kind}: threshold {model['threshold']}, {cv['missed_by_rules']} missed by the rules", file=sys.stderr)
        for line in cv["table"]:
            print(f"    {line}", file=sys.stderr)
        types[kind] = model
    if not args.check:
        data = {
            "features": FEATURES,
            "trained_on": f"natural-mix splits {', '.join(TRAIN_SPLITS)} (benchmarks/data/natural_mix.labels.jsonl)",
            "precision_floor": PRECISION_FLOOR,
            "types": types,
        }
        Path(args.out).write_text(json.dumps(data, indent=1, sort_keys=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
