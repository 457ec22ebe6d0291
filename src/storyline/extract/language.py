"""Language identification, offline (py3langid ships its model inside the package).

Only the first few thousand characters are classified: language is a property of the article,
and a long article costs the same as a short one this way.
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect(text: str, sample: int = 3000) -> tuple[str | None, float]:
    """(ISO 639-1 code, probability) of `text`, or (None, 0.0) when there is too little text."""
    snippet = text[:sample]
    if sum(c.isalpha() for c in snippet) < 20:
        return None, 0.0
    code, prob = _identifier().classify(snippet)
    return code, round(float(prob), 3)
