"""Key terms of an article: the handful of words that say what it is about.

Computed per article in the extract stage (no corpus needed) and stored, so corpus stages can
find similar articles with a join in the store instead of holding every text in memory.
Names weigh double (they carry who and where); title words count again.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache

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


@lru_cache(maxsize=1)
def _stop() -> frozenset[str]:
    return stopwords() | _EXTRA_STOP


@lru_cache(maxsize=4)
def _terms_in(source: str) -> tuple[tuple[str, bool], ...]:
    """(term, named?) for every word of `source` that can be a term: lower case, straight apostrophe,
    no possessive; named: capitalised and not the first word. Cached: key_terms and story_terms read
    the same text one after the other."""
    out = []
    for m in _TOKEN.finditer(source):
        word = m.group(0)
        low = _term(word)
        if low is not None:
            out.append((low, word[0].isupper() and m.start() > 0))
    return tuple(out)


def _term(word: str) -> str | None:
    """The term a word stands for (lower case, straight apostrophe, no possessive), or None for a
    stop word or a word under three letters."""
    low = word.lower().replace("’", "'")
    if len(low) < 3 or low in _stop():
        return None
    return low[:-2] if low.endswith("'s") else low


def distinct_terms(text: str) -> set[str]:
    """The terms story_terms reads in `text` (its first 20,000 characters), each once and unweighted:
    what a caller that only asks whether a word is used pays, without counting and ranking them.
    Each distinct word is read once, as _terms_in reads every word."""
    found = (_term(word) for word in set(_TOKEN.findall(text[:20000])))
    return {term for term in found if term is not None}


def key_terms(text: str, title: str | None = None, n: int = 40) -> list[tuple[str, float]]:
    """Up to `n` (term, weight) pairs, weights summing to 1."""
    counts: Counter[str] = Counter()
    for source, boost in ((text[:20000], 1.0), (title or "", 2.0)):
        for low, named in _terms_in(source):
            counts[low] += boost * (2.0 if named else 1.0)
    if not counts:
        return []
    top = counts.most_common(n)
    total = sum(w for _, w in top)
    return [(t, round(w / total, 5)) for t, w in top]


STORY_TERMS = 80  # terms kept per article for story clustering
TITLE_WEIGHT = 8.0  # a headline word counts as much as eight body mentions: the title names the event


# words of page titles that name a site or a section, not an event ("World news - RT International")
_SITE_TITLE_WORDS = frozenset(
    {"news", "world", "international", "search", "home", "homepage", "latest", "breaking", "live", "video"}
    | {"online", "today", "daily", "page", "edition", "the", "and", "of", "com", "org", "net", "www"}
)


def is_site_title(title: str | None, site: str | None = None) -> bool:
    """A title that only names the site or a section (the page's <title> of a scraped index page):
    every word is the site's own name or a section word. It says nothing about the event."""
    if not title:
        return True
    words = {w.lower() for w in re.findall(r"[^\W\d_]+", title)}
    site_text = (site or "").lower()
    return not words or all(w in _SITE_TITLE_WORDS or (len(w) >= 2 and w in site_text) for w in words)


def story_terms(
    text: str, title: str | None = None, n: int = STORY_TERMS, site: str | None = None
) -> list[tuple[str, float]]:
    """The terms story clustering compares articles by: up to `n` (term, weight) pairs summing to 1.

    Unlike key_terms (which the dating stage is calibrated on), term frequency is sublinear
    (1 + ln tf: a word said ten times is not ten times the topic), names get no extra weight, and the
    headline counts eight times: it names the event (two outlets' bodies share the background, their
    headlines the news). Calibrated with the story threshold on the stories dev set (corpus/stories.py)."""
    counts: Counter[str] = Counter()
    if is_site_title(title, site):
        title = None
    for source, boost in ((text[:20000], 1.0), (title or "", TITLE_WEIGHT)):
        for low, _ in _terms_in(source):
            counts[low] += boost
    if not counts:
        return []
    weights = {t: 1.0 + math.log(c) for t, c in counts.items()}
    top = sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))[:n]
    total = sum(w for _, w in top)
    return [(t, round(w / total, 5)) for t, w in top]
