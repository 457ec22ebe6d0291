"""The domain of a sentence and its article: politics, business (markets, company results), sport,
entertainment or science.

Most news is not political: a bond "yields", a company "offers" shares and "agrees" a merger, a
side "attacks". In those domains a verb of the lexicon is an event only when a political or social
actor does it (coder filters read `Domain.outside_politics`). The signal is multinomial naive Bayes
over words, trained by benchmarks/train_domain.py on BBC 2225's categories and Reuters-21578's
topics and shipped as word log-probabilities in data/domain.json: a dictionary lookup per word, no
model to download. A sentence is judged with its article's words as the prior, so one sentence of
a company report about a strike reads as business, and one about the army in a sports story as
politics only if its own words say so strongly.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..errors import DataFileError

DOMAIN_PATH = "builtin:events/data/domain.json"
WORD = re.compile(r"[a-z][a-z'-]*|\d[\d.,/-]*")
# how much an article's words weigh against the sentence's own, in words of the sentence: an article is
# many sentences, and a sentence keeps the last word on what it is about
ARTICLE_WORDS = 20
# how sure the signal must be before a sentence counts as outside politics
SURE = 0.9
# all but certain: in a sentence this sure of sport a country is a team whatever else it says (a sentence of
# states that merely leans to sport reads so at 0.95: "Brazil threw its weight behind Argentina")
CERTAIN = 0.99
# how sure before a sentence leans outside politics: there an act nobody political takes part in, done by
# no one or by a firm, is business as usual ("a company may not want to encourage use of a system")
LEANING = 0.5


def words(text: str) -> list[str]:
    """Lower-cased words, every number one token ("<num>"): figures say business as much as any word."""
    return ["<num>" if m[0].isdigit() else m for m in WORD.findall(text.lower())]


@dataclass(frozen=True, slots=True)
class Domain:
    """The domain a sentence is read in: the likeliest class and how sure the signal is of it."""

    label: str
    probability: float
    political: bool

    @property
    def outside_politics(self) -> bool:
        """Markets, company results, sport, entertainment or science, and sure of it."""
        return not self.political and self.probability >= SURE

    @property
    def surely_sport(self) -> bool:
        """All but certain it is sport: there a country or a city is a team's, whatever else the sentence says."""
        return self.label == "sport" and self.outside_politics and self.probability >= CERTAIN

    @property
    def leaning_outside(self) -> bool:
        """More likely markets, firms, sport, entertainment or science than politics, though not sure."""
        return not self.political and self.probability >= LEANING


class DomainModel:
    """Naive Bayes over words with equal class priors; `data` is domain.json's mapping."""

    def __init__(self, data: object, path: str = DOMAIN_PATH):
        self.classes, self.political, self.table, self.unknown = _checked(data, path)

    def log_likelihood(self, text: str) -> list[float]:
        scores = [0.0] * len(self.classes)
        for w in words(text):
            row = self.table.get(w)
            if row is None:
                continue  # a word the model never saw says nothing either way
            for k, v in enumerate(row):
                scores[k] += v
        return scores

    def context(self, text: str) -> list[float]:
        """An article's words as a prior for its sentences: their mean log-likelihood, worth ARTICLE_WORDS
        words, so a long article weighs no more than a short one."""
        n = sum(1 for w in words(text) if w in self.table)
        return [s / n * ARTICLE_WORDS for s in self.log_likelihood(text)] if n else [0.0] * len(self.classes)

    def posterior(self, text: str, context: list[float] | None = None) -> list[float]:
        scores = self.log_likelihood(text)
        if context is not None:
            scores = [s + c for s, c in zip(scores, context, strict=True)]
        top = max(scores)
        exp = [math.exp(s - top) for s in scores]
        total = sum(exp)
        return [e / total for e in exp]

    def best(self, text: str, context: list[float] | None = None) -> tuple[str, float]:
        post = self.posterior(text, context)
        k = max(range(len(post)), key=post.__getitem__)
        return self.classes[k], post[k]

    def domain(self, text: str, context: list[float] | None = None) -> Domain:
        label, probability = self.best(text, context)
        return Domain(label, probability, label in self.political)


def _checked(data: object, path: str) -> tuple[list[str], frozenset[str], dict[str, list[float]], list[float]]:
    if not isinstance(data, dict):
        raise DataFileError(path, "", "expected a mapping with classes, political, unknown and words")
    missing = {"classes", "political", "unknown", "words"} - set(data)
    if missing:
        raise DataFileError(path, "top level", f"missing key(s) {', '.join(sorted(missing))}")
    classes = data["classes"]
    if not isinstance(classes, list) or len(classes) < 2 or not all(isinstance(c, str) for c in classes):
        raise DataFileError(path, "classes", "must list two or more class names")
    political = data["political"]
    if not isinstance(political, list) or not set(political) <= set(classes) or not political:
        raise DataFileError(path, "political", f"must name classes among {', '.join(classes)}")
    unknown = data["unknown"]
    if not isinstance(unknown, dict) or set(unknown) != set(classes):
        raise DataFileError(path, "unknown", "must give one log-probability per class")
    table = data["words"]
    if not isinstance(table, dict):
        raise DataFileError(path, "words", "must map words to log-probabilities")
    for word, row in table.items():
        if not isinstance(row, list) or len(row) != len(classes) or not all(isinstance(v, int | float) for v in row):
            raise DataFileError(path, f"words.{word}", f"needs {len(classes)} log-probabilities, one per class")
        if any(v > 0 for v in row):
            raise DataFileError(path, f"words.{word}", "a log-probability is never above 0")
    return classes, frozenset(political), table, [float(unknown[c]) for c in classes]


@lru_cache(maxsize=1)
def model() -> DomainModel:
    """The built-in model (data/domain.json), loaded once per process."""
    text = resources.files("storyline.events").joinpath("data/domain.json").read_text("utf-8")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        raise DataFileError(DOMAIN_PATH, f"line {err.lineno}", f"not valid JSON ({err.msg})") from err
    return DomainModel(data)
