"""Key terms of an article: the handful of words that say what it is about.

Computed per article in the extract stage (no corpus needed) and stored, so corpus stages can
find similar articles with a join in the store instead of holding every text in memory.
Names weigh double (they carry who and where); title words count again.
"""

from __future__ import annotations

import re
from collections import Counter

from .debris import stopwords

_TOKEN = re.compile(r"[^\W\d_][\w'’-]*[^\W_]|[^\W\d_]{3,}", re.UNICODE)
_EXTRA_STOP = frozenset(
    [
        "said",
        "says",
        "say",
        "told",
        "would",
        "could",
        "also",
        "one",
        "two",
        "three",
        "new",
        "year",
        "years",
        "week",
        "month",
        "time",
        "people",
        "mr",
        "mrs",
        "ms",
        "first",
        "last",
        "many",
        "much",
        "like",
        "just",
        "still",
        "since",
        "however",
        "including",
        "according",
        "percent",
        "per",
        "cent",
    ]
)


def key_terms(text: str, title: str | None = None, n: int = 40) -> list[tuple[str, float]]:
    """Up to `n` (term, weight) pairs, weights summing to 1."""
    stop = stopwords() | _EXTRA_STOP
    counts: Counter[str] = Counter()
    for source, boost in ((text[:20000], 1.0), (title or "", 2.0)):
        for m in _TOKEN.finditer(source):
            word = m.group(0)
            low = word.lower().replace("’", "'")
            if len(low) < 3 or low in stop:
                continue
            if low.endswith("'s"):
                low = low[:-2]
            counts[low] += boost * (2.0 if word[0].isupper() and m.start() > 0 else 1.0)
    if not counts:
        return []
    top = counts.most_common(n)
    total = sum(w for _, w in top)
    return [(t, round(w / total, 5)) for t, w in top]
