"""Train the default word reader (events/word_reader.py), and choose its thresholds.

    python benchmarks/train_word_reader.py                 # train; write src/storyline/events/data/word_reader/
    python benchmarks/train_word_reader.py --thresholds tune,tune2,tune3,tune4
                                                           # the installed reader's vetoes and additions, by pair
                                                           # of thresholds, then its rows alone, then its rows
                                                           # beside a rules row, on splits it never learned from
    python benchmarks/train_word_reader.py --ap tune,tune2,tune3,tune4   # how well it ranks (sentence, type) there

Training needs `pip install 'storyline[words-train]'` (scikit-learn) and `../shared/corpus`. The reader itself
runs in numpy.

What it learns, one logistic model per PLOVER type over the features of `word_reader.features` (TF-IDF): the read
splits of the natural mix our coders labelled (`natural_mix.READ_SPLITS`, the MiniLM reader's training data), a type
only one coder gave masked, each type's positives weighed as all its negatives. Every sentence is parsed alone by
the coder's spaCy model, as the coder's features come from its parse. C and the features were chosen on the tuning
splits' average precision over (sentence, type): words 0.505, lemmas with names as their kind 0.507, with the
verbs' and nouns' roles 0.521 (C 10; C 3 0.522). Tried and dropped: learning from the MiniLM reader's
probabilities on 23,628 unlabelled sentences (distillation) lowered it to 0.497, 0.489 and 0.483 as they weighed
half, as much as and twice a labelled one; word pairs of three, 0.469 (words alone). Round 28 added the 3,343
sentences of the fresh splits read since round 17 (`fresh7`-`fresh18` but `fresh6`, a third of them political
news): average precision on the tuning splits 0.521 -> 0.520, on the five unread splits 0.515 -> 0.521, and the coder
there 0.510 -> 0.507 (tuning 0.525 -> 0.525); more of the same labels does not move this model, and it was not kept.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

C = 10.0  # inverse regularisation of each logistic model (chosen on the tuning splits' average precision)
MIN_DF = 2  # a feature must be seen in two sentences


def parse(texts: list[str]) -> list[list[str]]:
    """The word reader's features of each text, parsed alone by the coder's spaCy model."""
    from storyline.annotate.nlp import load_model
    from storyline.events.word_reader import features

    nlp = load_model(None)
    return [features(doc) for doc in nlp.pipe(texts, batch_size=256)]


def train():
    """Fit the models; returns (vocabulary, idf, weights, bias, what it was trained on, types)."""
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    import natural_mix
    from storyline.events import ontology
    from train_meaning import sentences

    types = sorted(ontology.TYPES)
    rows = sentences()
    started = time.time()
    vectoriser = TfidfVectorizer(analyzer=lambda x: x, min_df=MIN_DF, sublinear_tf=True)
    x = vectoriser.fit_transform(parse([r["text"] for r in rows])).tocsr()
    print(f"{len(rows)} sentences parsed: {time.time() - started:.0f} s", file=sys.stderr)
    y = np.zeros((len(rows), len(types)))
    mask = np.ones_like(y)
    for k, r in enumerate(rows):
        for t in r["gold"]:
            y[k, types.index(t)] = 1
        for t in r["also"]:
            mask[k, types.index(t)] = 0
    weights, bias = [], []
    for j in range(len(types)):
        balance = (len(rows) - y[:, j].sum()) / max(y[:, j].sum(), 1.0)
        weight = mask[:, j] * np.where(y[:, j] > 0, balance, 1.0)
        model = LogisticRegression(C=C, max_iter=3000).fit(x, y[:, j], sample_weight=weight)
        weights.append(model.coef_[0])
        bias.append(model.intercept_[0])
    print(f"trained: {time.time() - started:.0f} s", file=sys.stderr)
    trained = {"sentences": len(rows), "splits": list(natural_mix.READ_SPLITS), "C": C, "min_df": MIN_DF}
    vocabulary = vectoriser.get_feature_names_out().tolist()
    return vocabulary, vectoriser.idf_, np.stack(weights, 1), np.array(bias), trained, types


def save(vocabulary, idf, weights, bias, trained, types) -> Path:
    import numpy as np

    folder = ROOT / "src" / "storyline" / "events" / "data" / "word_reader"
    folder.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        folder / "word_reader.npz",
        vocabulary=np.array(vocabulary),
        idf=idf.astype(np.float32),
        weights=weights.astype(np.float16),  # half precision: a logit moves by less than 0.001
        bias=bias.astype(np.float32),
    )
    about = {"types": types, "features": len(vocabulary), "trained": trained}
    (folder / "word_reader.json").write_text(json.dumps(about, indent=2) + "\n", encoding="utf-8")
    return folder


def readings(rows: list[dict]) -> dict[str, dict[str, float]]:
    """The installed word reader's probabilities for each row, its sentence parsed alone."""
    from storyline.annotate.nlp import load_model
    from storyline.events.word_reader import WordReader

    reader, nlp = WordReader(), load_model(None)
    docs = nlp.pipe([r["text"] for r in rows], batch_size=256)
    return {r["id"]: reader.read_one(doc) for r, doc in zip(rows, docs, strict=True)}


def average_precision(splits: tuple[str, ...]) -> None:
    from sklearn.metrics import average_precision_score

    from storyline.events import meaning
    from train_meaning import sentences

    rows = sentences(splits)
    probs = readings(rows)
    truth, scores = [], []
    for r in rows:
        for t in meaning.TYPES:
            if t not in r["also"]:
                truth.append(t in r["gold"])
                scores.append(probs[r["id"]][t])
    print(f"{'+'.join(splits)}: {len(rows)} sentences; average precision {average_precision_score(truth, scores):.3f}")


def thresholds_on(splits: tuple[str, ...]) -> None:
    """The coder itself, with the rules alone (`rules_only`) and with the installed word reader at each pair of
    thresholds (its additions, its vetoes in quiet sentences), on labelled splits neither the reader nor the rules
    were fitted to: P, R and F1 of each, counted as `natural_mix.py` counts them (a type only one coder gave neither
    way)."""
    from storyline.events import ArticleCoder
    from train_meaning import sentences

    rows = sentences(splits)
    print(f"{'+'.join(splits)}: {len(rows)} sentences, {sum(bool(r['gold']) for r in rows)} with a gold type")

    def score(coder) -> str:
        right = found_n = gold_n = 0
        for r in rows:
            gold, also = set(r["gold"]), set(r["also"])
            events = coder.code_records([{"id": r["id"], "text": r["text"]}])
            reported = [e for e in events if e["status"] not in ("hypothetical", "negated") and not e["background"]]
            found = {e["type"] for e in reported} - also
            right, found_n, gold_n = right + len(found & gold), found_n + len(found), gold_n + len(gold - also)
        precision, recall = right / max(found_n, 1), right / max(gold_n, 1)
        f1 = 2 * precision * recall / max(precision + recall, 1e-9)
        return f"P {precision:.3f} R {recall:.3f} F1 {f1:.3f} ({found_n} rows)"

    print(f"rules alone: {score(ArticleCoder(rules_only=True))}", flush=True)
    coder = ArticleCoder()
    reader = coder.coder.reader
    shipped = reader.add, reader.veto
    shipped_alone, shipped_beside = reader.alone_threshold, reader.beside
    reader.alone_threshold = lambda _type: 1.1  # no rows of its own while its other two say is chosen
    reader.beside = None
    for add in GRID["add"]:
        for veto in GRID["veto"]:
            reader.add, reader.veto = add, veto
            print(f"add >= {add}, veto < {veto} (quiet sentences), no rows alone: {score(coder)}", flush=True)
    reader.add, reader.veto = shipped
    for alone in GRID["alone"]:
        reader.alone_threshold = lambda _type, at=alone: at
        print(f"add >= {shipped[0]}, veto < {shipped[1]}, rows alone >= {alone}: {score(coder)}", flush=True)
    reader.alone_threshold = shipped_alone
    for beside in GRID["beside"]:
        reader.beside = beside
        print(f"the shipped additions, vetoes and rows alone, beside a row >= {beside}: {score(coder)}", flush=True)
    reader.beside = shipped_beside


# 1.1: no additions, no rows alone; 0.0: no vetoes; None: no rows beside a rules row. Its rows alone are chosen at the
# shipped additions and vetoes (none beside), its rows beside a row at the shipped three (round 21).
GRID = {
    "add": (0.7, 0.8, 0.9, 1.1),
    "veto": (0.0, 0.05, 0.1),
    "alone": (0.8, 0.9, 0.97, 1.1),
    "beside": (None, 0.98, 0.95, 0.9),
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--thresholds", metavar="SPLITS", help="the grid of vetoes and additions on these splits")
    parser.add_argument("--ap", metavar="SPLITS", help="average precision over (sentence, type) on these splits")
    args = parser.parse_args()
    if args.thresholds:
        thresholds_on(tuple(args.thresholds.split(",")))
        return 0
    if args.ap:
        average_precision(tuple(args.ap.split(",")))
        return 0
    if importlib.util.find_spec("sklearn") is None:
        raise SystemExit("training needs scikit-learn: pip install 'storyline[words-train]'")
    print(f"wrote {save(*train())}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
