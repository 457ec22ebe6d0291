"""Copies: exact and near duplicates, grouped, each group pointing to its original.

An exact copy has the same normalised text (spacing, case and punctuation aside); a near copy shares
most of its wording (Jaccard similarity of word 5-shingles at least NEAR, or nearly all of the
shorter text inside the longer; MinHash bands find the candidates, the texts decide):
an edited copy, one with a debris line added, a dropped last paragraph or a new title. Two outlets
that cover one event in their own words share far less wording than that: they are one story
(corpus/stories.py), not copies.

Incremental: only articles the stage has not seen are matched, against every stored article,
through the signature bands in the store (a join, not a scan). A new article that matches an
existing group joins it; the group's original is re-decided (earliest, then the most complete).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from ..extract.fingerprint import SHINGLE
from ..store import Store
from ..store import duplicates as queries
from ..store.duplicates import DuplicateFact, DuplicateUpdate

NEAR = 0.7  # share of word 5-shingles (Jaccard) that makes two texts one text edited
CONTAINED = 0.9  # or: this share of the shorter text's shingles is in the longer (a cut copy) ...
CONTAINED_JACCARD = 0.5  # ... and they still share this much overall
CANDIDATE = 0.4  # MinHash estimate that makes a pair worth checking on the texts (64 values: +-0.06)
MIN_WORDS = 25  # shorter texts are copies only when exact: a few shared phrases are no evidence
SLICE = 1000  # new articles matched per query: bounds the stage's memory (100,000 new: 768 MB; 915 MB at 5,000)
RECURRING_DAYS = 3  # near-identical texts with other figures, this many days apart: a recurring report
_NUMBER = re.compile(r"\d+(?:[.,/-]\d+)*")
_WORD_RUN = re.compile(r"\w+")


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def groups(self) -> Iterable[list[str]]:
        out: dict[str, list[str]] = {}
        for x in self.parent:
            out.setdefault(self.find(x), []).append(x)
        return out.values()


def _original_key(fact: DuplicateFact) -> tuple:
    """Earliest first (undated last), then the most complete text, then the id: one answer every run."""
    return (fact.published is None, fact.published or 0, -fact.length, fact.id)


def shingles(text: str) -> set[tuple[str, ...]]:
    """The text's word 5-grams (all its words as one, when it has fewer), as tuples: built by zip in
    C, several times faster than joining each 5-gram into a string, and the same sets."""
    words = _WORD_RUN.findall(text.lower())  # the words of normalise(text), read in one pass
    if len(words) < SHINGLE:
        return {tuple(words)}
    return set(zip(*(words[i:] for i in range(SHINGLE))))


def overlap(a: str | set, b: str | set) -> tuple[float, float]:
    """(Jaccard, containment of the smaller) of two texts' word 5-shingles (texts, or their shingles):
    the exact figures the MinHash estimate only approximates."""
    sa = shingles(a) if isinstance(a, str) else a
    sb = shingles(b) if isinstance(b, str) else b
    common = len(sa & sb)
    return common / max(1, len(sa) + len(sb) - common), common / max(1, min(len(sa), len(sb)))


def is_near_copy(a: str | set, b: str | set) -> tuple[bool, float]:
    jaccard, contained = overlap(a, b)
    return jaccard >= NEAR or (contained >= CONTAINED and jaccard >= CONTAINED_JACCARD), jaccard


class _Shingled(dict):
    """Article id -> its shingles, computed once: a wire story with five copies is in ten candidate
    pairs, and shingling is the cost of checking a pair."""

    def __init__(self, texts: dict[str, str]):
        super().__init__()
        self.texts = texts

    def __missing__(self, article_id: str) -> set[tuple[str, ...]]:
        value = self[article_id] = shingles(self.texts[article_id])
        return value


def recurring(text_a: str, text_b: str, fact_a: DuplicateFact, fact_b: DuplicateFact) -> bool:
    """A template filled in on different days ("Federal funds were trading at 6-3/16 pct" on March 2,
    "at 6-5/16 pct" on March 11) is a new report each day, not a copy: the texts differ in their figures
    and were published more than RECURRING_DAYS apart."""
    day_a, precision_a, day_b, precision_b = fact_a.published, fact_a.precision, fact_b.published, fact_b.precision
    if precision_a != "day" or precision_b != "day" or abs((day_a - day_b).days) <= RECURRING_DAYS:
        return False
    return Counter(_NUMBER.findall(text_a)) != Counter(_NUMBER.findall(text_b))


def find_duplicates(store: Store) -> int:
    """Match the articles this stage has not seen; return how many articles are now marked as copies."""
    fresh = queries.duplicate_fresh_ids(store)
    uf = _UnionFind()
    for i in range(0, len(fresh), SLICE):  # a slice of new articles at a time: memory follows the slice
        candidates = queries.duplicate_candidates(store, fresh[i : i + SLICE], CANDIDATE, MIN_WORDS)
        ids = sorted({x for c in candidates for x in (c.article_id, c.other_id)})
        texts = queries.article_texts(store, ids)
        shingled = _Shingled(texts)
        pair_facts = queries.duplicate_facts(store, ids, with_length=False)
        for c in candidates:
            a, b = c.article_id, c.other_id
            if c.exact or (
                is_near_copy(shingled[a], shingled[b])[0]
                and not recurring(texts[a], texts[b], pair_facts[a], pair_facts[b])
            ):
                uf.union(a, b)
    touched = [x for group in uf.groups() for x in group]
    # existing groups the new matches reach: their members take part in choosing the original
    for link in queries.duplicate_group_links(store, touched):
        uf.union(link.article_id, link.duplicate_of)
    facts = queries.duplicate_facts(store, [x for group in uf.groups() for x in group])
    decided = []  # (members, original first): the texts of many groups are then read in one query
    for group in uf.groups():
        members = sorted((facts[x] for x in group if x in facts), key=_original_key)
        if len(members) >= 2:
            decided.append(members)
    updates = []
    for i in range(0, len(decided), SLICE):
        part = decided[i : i + SLICE]
        shingled = _Shingled(
            queries.article_texts(
                store,
                sorted(
                    {m.id for members in part for m in members if m.text_hash != members[0].text_hash}
                    | {members[0].id for members in part}
                ),
            )
        )
        for members in part:
            original = members[0]
            for m in members[1:]:
                exact = m.text_hash == original.text_hash
                similarity = 1.0 if exact else overlap(shingled[m.id], shingled[original.id])[0]
                updates.append(DuplicateUpdate(m.id, original.id, "exact" if exact else "near", round(similarity, 3)))
            updates.append(DuplicateUpdate(original.id, None, None, None))
    queries.set_duplicates(store, updates)
    return sum(1 for u in updates if u.duplicate_of is not None)
