"""What a political speaker's words do, read by a model learned from labelled sentences.

Most of what the coder misses on random news is said, not done: a minister's words that criticise a rival
without a verb of criticism ("the plans are a recipe for chaos, the shadow chancellor said"), a union's
words that demand, a party's that reject. Rules read off one set of such misses lift that set and almost
nothing else (docs/coder-errors.md, round 6): the wording is a long tail. This reader learns it instead.

One instance per statement: a speech verb, asserted, whose speaker resolves to named parties, and the
words it says (its clause, or the rest of the sentence for "'...,' he said"). Its features are the said
words' lemmas, their VADER ratings, the speaker's sector, the other named parties in what is said, the
speech verb, negation and modals in the clause, and the types the rules already found in the sentence.
Per type, a logistic model (weights in data/statements.json, trained by benchmarks/train_statements.py
on the labelled natural-mix sentences, never on the held-out, fresh or blind ones) gives the probability
that the sentence reports an event of that type. Above the type's calibrated threshold, and when the
rules found no candidate of that type in the sentence, the reader writes one: the speaker is the actor,
the other parties named in what is said are the recipients, and the rule names the model, its
probability and the words that weighed most, so every row carries its evidence. Types whose
cross-validated precision never reached the training script's floor ship without a threshold: the
model then writes nothing of them.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.lang.en.stop_words import STOP_WORDS

from ..actors.mentions import DocActors
from ..errors import DataFileError
from .candidate import Candidate
from .evaluation import _asks, _asserted, _rating
from .filters import GOVERNING_SECTORS
from .grammar import FUTURE_AUX, HYPOTHETICAL_AUX
from .ontology import TYPES
from .participants import ParticipantFinder
from .quotes import said_clauses, speech_verb

STATEMENTS_PATH = "builtin:events/data/statements.json"
# the feature set the shipped weights were trained with; training and reading share `features()`
FEATURES = "statements-1"
# the mode each type's reading is written with
MODES = {
    "ACCUSE": "criticize",
    "REQUEST": "demand",
    "REJECT": "veto",
    "SUPPORT": "praise",
    "AGREE": "promise",
    "THREATEN": None,
    "CONSULT": None,
}
# how many of the weightiest words a row names as its evidence
EVIDENCE_WORDS = 3


@dataclass(frozen=True, slots=True)
class TypeModel:
    """One type's logistic model: a bias, feature weights and the threshold it is read above (None:
    never written)."""

    bias: float
    weights: dict[str, float]
    threshold: float | None

    def probability(self, features: dict[str, float]) -> float:
        z = self.bias + sum(self.weights.get(k, 0.0) * v for k, v in features.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def evidence(self, features: dict[str, float]) -> list[str]:
        """The said words that weighed most for the type."""
        words = [(self.weights.get(k, 0.0) * v, k[2:]) for k, v in features.items() if k.startswith("w:")]
        return [w for weight, w in sorted(words, reverse=True)[:EVIDENCE_WORDS] if weight > 0]


def _checked(data: object, path: str) -> dict[str, TypeModel]:
    if not isinstance(data, dict):
        raise DataFileError(path, "", "expected a mapping with 'features' and 'types'")
    if data.get("features") != FEATURES:
        raise DataFileError(
            path, "features", f"trained with {data.get('features')!r}, this reader computes {FEATURES!r}: retrain"
        )
    types = data.get("types")
    if not isinstance(types, dict):
        raise DataFileError(path, "types", "expected a mapping of PLOVER type to its model")
    out = {}
    for name, entry in types.items():
        where = f"types.{name}"
        if name not in TYPES or name not in MODES:
            raise DataFileError(path, where, f"not a type this reader writes ({', '.join(sorted(MODES))})")
        if not isinstance(entry, dict):
            raise DataFileError(path, where, "expected a mapping with 'bias', 'threshold' and 'weights'")
        bias, threshold, weights = entry.get("bias"), entry.get("threshold"), entry.get("weights")
        if not isinstance(bias, int | float):
            raise DataFileError(path, f"{where}.bias", "expected a number")
        if threshold is not None and not (isinstance(threshold, int | float) and 0.0 < threshold < 1.0):
            raise DataFileError(path, f"{where}.threshold", "expected a probability between 0 and 1, or null")
        if not isinstance(weights, dict) or not all(
            isinstance(k, str) and isinstance(v, int | float) for k, v in weights.items()
        ):
            raise DataFileError(path, f"{where}.weights", "expected a mapping of feature name to number")
        out[name] = TypeModel(float(bias), {k: float(v) for k, v in weights.items()}, threshold)
    return out


@lru_cache(maxsize=1)
def models() -> dict[str, TypeModel]:
    """The shipped models, read and checked once per process."""
    text = resources.files("storyline.events").joinpath("data/statements.json").read_text("utf-8")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise DataFileError(STATEMENTS_PATH, f"line {e.lineno}", f"not JSON: {e.msg}") from None
    return _checked(data, STATEMENTS_PATH)


def _political(party: dict) -> bool:
    return party.get("sector") in GOVERNING_SECTORS or party.get("kind") == "country"


@dataclass(slots=True)
class Statement:
    """A speech verb, its speaker's token and parties, the words it says and the other parties named there."""

    verb: object
    speaker: object
    speakers: list[dict]
    said: list
    named: list[dict]


class StatementReader:
    """Reads the parse, the article's actors and the candidates found so far; writes new candidates
    (trigger, type, mode, rule, subject, actors, recipients) of the types the model is sure of and the
    rules did not find. Built with the participant finder: `parties`, `speaker_pronoun`."""

    def __init__(self, participants: ParticipantFinder, learned: dict[str, TypeModel] | None = None):
        self.parties = participants.parties
        self.speaker_pronoun = participants.speaker_pronoun
        self._learned = learned

    @property
    def learned(self) -> dict[str, TypeModel]:
        if self._learned is None:
            self._learned = models()
        return self._learned

    def statements(self, sent, actors: DocActors) -> list[Statement]:
        """Every asserted statement of the sentence whose speaker the article names."""
        out: list[Statement] = []
        question = None
        for tok in sent:
            if not speech_verb(tok):
                continue
            if question is None:
                question = _asks(sent)
            if not _asserted(tok, question):
                continue
            subj = next((ch for ch in tok.children if ch.dep_ == "nsubj"), None)
            if subj is None:
                continue
            speakers = self.parties(subj, actors)
            if not speakers and subj.pos_ == "PRON":
                speakers = self.speaker_pronoun(tok, actors)
            if not speakers:
                continue
            said = [t for clause in said_clauses(tok) for t in clause.subtree]
            if not said:  # "'The plan is a shambles,' he said": what is said is the rest of the sentence
                own = {t.i for t in subj.subtree} | {tok.i}
                said = [t for t in sent if t.i not in own]
            keys = {p["key"] for p in speakers}
            named: list[dict] = []
            for t in said:
                if t.pos_ in ("PROPN", "NOUN") and t.dep_ != "compound":
                    for p in self.parties(t, actors):
                        key = str(p.get("key", ""))
                        if key.startswith("unresolved:") or key in keys or key in {q["key"] for q in named}:
                            continue
                        named.append(p)
            out.append(Statement(tok, subj, speakers, said, named))
        return out

    def instances(self, sent, actors: DocActors, cands: list[Candidate]) -> list[tuple[Statement, dict, list[str]]]:
        """Each statement with its features, and the types the rules found in the sentence."""
        found = sorted({c.type for c in cands if not c.suppressed})
        return [(s, features(s, found), found) for s in self.statements(sent, actors)]

    def read(self, sent, actors: DocActors, cands: list[Candidate]) -> list[Candidate]:
        learned = {t: m for t, m in self.learned.items() if m.threshold is not None}
        if not learned:
            return []
        best: dict[str, tuple[float, Statement, list[str]]] = {}
        for s, feats, found in self.instances(sent, actors, cands):
            for kind, model in learned.items():
                if kind in found:
                    continue  # the rules found it: their row has its trigger and its parties
                p = model.probability(feats)
                if p >= model.threshold and p > best.get(kind, (0.0,))[0]:
                    best[kind] = (p, s, model.evidence(feats))
        out = []
        for kind, (p, s, evidence) in best.items():
            head = next((t for t in s.said if t.head.i == s.verb.i), s.verb)
            words = f" [{', '.join(evidence)}]" if evidence else ""
            c = Candidate(head, kind, MODES[kind], f"clause:learned {kind.lower()} p={p:.2f}{words}")
            c.subject, c.actors = s.speaker, s.speakers
            c.recipients = [r for r in s.named if _political(r)]
            c.actor_optional = False
            out.append(c)
        return out


def features(s: Statement, found: list[str]) -> dict[str, float]:
    """The features of one statement, shared by the reader and benchmarks/train_statements.py."""
    f: dict[str, float] = {"bias": 1.0, f"v:{s.verb.lemma_.lower()}": 1.0}
    ratings = []
    for t in s.said:
        if not t.is_alpha:
            continue
        lemma = t.lemma_.lower()
        if lemma not in STOP_WORDS and len(lemma) > 1:
            f[f"w:{lemma}"] = 1.0
        r = _rating(t)
        if r:
            ratings.append(r)
        if t.dep_ == "neg":
            f["negation"] = 1.0
        if t.dep_ == "aux" and t.lower_ in HYPOTHETICAL_AUX | FUTURE_AUX:
            f["modal"] = 1.0
    bad = [r for r in ratings if r < 0]
    good = [r for r in ratings if r > 0]
    f["bad_words"] = min(len(bad), 3) / 3
    f["worst"] = -min(bad, default=0.0) / 4
    f["good_words"] = min(len(good), 3) / 3
    f["speaker_political"] = float(any(_political(p) for p in s.speakers))
    for p in s.speakers:
        f[f"sector:{p.get('sector') or p.get('kind') or 'none'}"] = 1.0
    f["named"] = min(len(s.named), 2) / 2
    f["named_political"] = min(sum(_political(p) for p in s.named), 2) / 2
    for kind in found:
        f[f"found:{kind}"] = 1.0
    return f
