"""Language identification, offline (py3langid ships its model inside the package).

A language identifier trained on Wikipedia and the web reads wire copy badly: an earnings table
("Shr 45 cts vs 58 cts Net 1.1 mln") comes out as Nigerian Pidgin, Volapük or "no language", and
the English-only stages would skip it. Three rules of news keep that from happening:

1. The candidates are the languages news is published in (NEWS_LANGUAGES), not the 140 a general
   identifier knows: constructed, classical and regional languages are never the answer.
2. A text the identifier is unsure of that is mostly figures (tables, tickers) or a handful of
   words has no language to decide: it is marked undecided (None), and the English-only stages
   read it, as they read any English.
3. A text that is English by its function words ("the", "of", "said", ...) is English, whatever
   the character n-grams say: the stages that read English read it well.

Only the first few thousand characters are classified: language is a property of the article,
and a long article costs the same as a short one this way.
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np

# languages with a real press that py3langid knows; one list, documented, a user may not need more
NEWS_LANGUAGES = [
    "af",
    "ar",
    "az",
    "be",
    "bg",
    "bn",
    "bs",
    "ca",
    "cs",
    "cy",
    "da",
    "de",
    "el",
    "en",
    "es",
    "et",
    "eu",
    "fa",
    "fi",
    "fr",
    "ga",
    "gl",
    "gu",
    "he",
    "hi",
    "hr",
    "hu",
    "hy",
    "id",
    "is",
    "it",
    "ja",
    "ka",
    "kk",
    "km",
    "kn",
    "ko",
    "lt",
    "lv",
    "mk",
    "ml",
    "mn",
    "mr",
    "ms",
    "mt",
    "my",
    "ne",
    "nl",
    "no",
    "pa",
    "pl",
    "ps",
    "pt",
    "ro",
    "ru",
    "si",
    "sk",
    "sl",
    "so",
    "sq",
    "sr",
    "sv",
    "sw",
    "ta",
    "te",
    "th",
    "tl",
    "tr",
    "uk",
    "ur",
    "uz",
    "vi",
    "zh",
]

# function words that are English and (almost) no other news language's
_ENGLISH_FUNCTION_WORDS = frozenset(
    [
        "the",
        "of",
        "and",
        "to",
        "is",
        "was",
        "were",
        "for",
        "with",
        "that",
        "this",
        "by",
        "from",
        "have",
        "has",
        "had",
        "said",
        "says",
        "will",
        "would",
        "it",
        "its",
        "which",
        "who",
        "been",
        "are",
        "their",
        "they",
        "he",
        "she",
        "his",
        "her",
        "not",
        "but",
        "also",
        "after",
        "than",
        "about",
    ]
)
_WORD = re.compile(r"[^\W\d_]{2,}", re.UNICODE)
MIN_WORDS = 12  # fewer words than this, and an unsure identifier: no language is decided
SURE = 0.5  # the identifier's probability above which its answer stands on its own
FIGURE_SHARE = 0.25  # share of tokens holding digits that makes a text a table of figures
ENGLISH_SHARE = 0.15  # share of English function words that makes a text English


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(NEWS_LANGUAGES)
    # the news languages' columns, picked out of the full model, come back column-major: each
    # article's feature rows are then gathered a stride apart. A row-major copy holds the same
    # numbers, so every score is the same to the bit, and classifying costs a tenth less
    identifier.nb_ptc = np.ascontiguousarray(identifier.nb_ptc)
    return identifier


def english_share(words: list[str]) -> float:
    """Share of the words that are English function words."""
    return sum(w.lower() in _ENGLISH_FUNCTION_WORDS for w in words) / len(words) if words else 0.0


def detect(text: str, sample: int = 3000) -> tuple[str | None, float]:
    """(ISO 639-1 code, probability) of `text`, or (None, 0.0) when there is too little text to say."""
    snippet = text[:sample]
    if sum(map(str.isalpha, snippet)) < 20:
        return None, 0.0
    code, prob = _identifier().classify(snippet)
    if code == "en":
        return code, round(float(prob), 3)
    words = _WORD.findall(snippet)
    share = english_share(words)
    if share >= ENGLISH_SHARE:
        return "en", round(max(share * 2, 0.5), 3)
    if prob < SURE and (_figure_share(snippet) >= FIGURE_SHARE or len(words) < MIN_WORDS):
        return None, 0.0  # a table of figures, or a few words the identifier is unsure of
    return code, round(float(prob), 3)


def _figure_share(text: str) -> float:
    tokens = text.split()
    return sum(any(c.isdigit() for c in t) for t in tokens) / len(tokens) if tokens else 0.0
