"""Rewrites: the same article reworded, reordered or edited by another outlet.

A near-copy (corpus/duplicates.py) shares its wording; a rewrite shares its *facts* and its
*sentences' content* while the wording moves: an outlet republishes wire copy with its paragraphs
reordered, a photo caption added, sentences trimmed or reworded. Independent coverage of the same
event shares the facts too (the names, the death toll), but not the sentences: each outlet tells it
its own way, with its own quotes and details. So a pair is a rewrite when, within one story:

    facts      the names and numbers of each overlap (Jaccard >= FACTS), at least MIN_SHARED of
               them (their order is free: a rewrite may reorder the paragraphs), and the numbers
               alone overlap too (>= NUMBERS): the same template with other figures is another story;
    sentences  most sentences of each (>= COVERAGE; >= COVERAGE_WITH_FACTS when the facts overlap
               by STRONG_FACTS) have a counterpart in the other that shares a good part of its
               content words (Jaccard >= SENTENCE_OVERLAP), quotations left out (independent
               reports quote the same statement);
    time       both appeared within MAX_DAYS of each other (a follow-up two days on is another
               article of the story, not a rewrite); when either lacks a day date, time cannot
               tell, and COVERAGE_UNDATED of the sentences must have a counterpart ("Levy tipped
               for prize" and "Levy takes prize" share most facts and a good part of their text).

Calibrated on the stories dev set, where outlets republishing one wire story with edits pass and
five outlets covering one event independently (NewsWCL50) stay apart (their sentence coverage is
0.1-0.25). Heavily spun text that replaces most words keeps its facts but loses the sentence
overlap; it is left as independent coverage rather than risk calling independent reports copies.

Incremental: each article is checked once, against the earlier originals of its story; the earliest
(then the longest) of a pair is the original, and the rewrite points to it with relation `rewrite`.
"""

from __future__ import annotations

import re
from datetime import date

from ..extract.debris import stopwords
from ..store import Store
from ..store import rewrites as queries
from ..store.rewrites import RewriteMark

FACTS = 0.4
MIN_SHARED = 5
NUMBERS = 0.5  # a rewrite keeps the figures: the numbers of both overlap at least this much (Jaccard)
COVERAGE = 0.6
COVERAGE_WITH_FACTS = 0.5  # fewer sentences need a counterpart when more facts are shared ...
STRONG_FACTS = 0.55  # ... this many (Jaccard)
COVERAGE_UNDATED = 0.75  # without two day dates, time cannot tell a follow-up from a rewrite: ask more
SENTENCE_OVERLAP = 0.35
MAX_DAYS = 1
MIN_CONTENT_WORDS = 5  # sentences shorter than this are not compared
WRITE_EVERY = 20000  # articles whose marks are written in one transaction
MAX_COMPARED = 200  # originals of its story an article is compared with (the nearest in time first)
_WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)")
# a name: a capitalised word that does not open a sentence; a number: digits
_FACT = re.compile(r"(?<![.!?\n]\s)(?<![.!?\n])\b([A-Z][\w'’-]+)|\b(\d[\d,.]*\d|\d)\b")


def facts(text: str) -> list[str]:
    """Names and numbers in order of first mention (sentence-initial capitals are not names)."""
    seen: dict[str, None] = {}
    for sm in _SENTENCE.finditer(text):
        sentence = sm.group(0).lstrip()
        first = _WORD.search(sentence)
        for m in _FACT.finditer(sentence):
            if m.group(1):
                if first and m.start(1) == first.start():
                    continue
                seen.setdefault(m.group(1).lower(), None)
            else:
                seen.setdefault("#" + m.group(2).replace(",", ""), None)
    return list(seen)


_QUOTED = re.compile(r"[\"“”«»][^\"“”«»\n]{0,600}[\"“”«»]")


def content_sentences(text: str) -> list[frozenset[str]]:
    """Content words of each sentence, quotations left out: independent reports quote the same
    words (a tweet, a statement), a rewrite shares the narration around them."""
    stop = stopwords()
    out = []
    for sm in _SENTENCE.finditer(_QUOTED.sub(" ", text)):
        words = frozenset(w.lower() for w in _WORD.findall(sm.group(0))) - stop
        if len(words) >= MIN_CONTENT_WORDS:
            out.append(words)
    return out


def coverage(a: list[frozenset[str]], b: list[frozenset[str]]) -> float:
    """Share of a's sentences with a counterpart in b."""
    if not a or not b:
        return 0.0
    hits = 0
    for x in a:
        if any(len(x & y) / len(x | y) >= SENTENCE_OVERLAP for y in b):
            hits += 1
    return hits / len(a)


def is_rewrite(text_a: str, text_b: str, date_a: date | None = None, date_b: date | None = None) -> float | None:
    """The pair's sentence coverage (the lower side) when b rewrites a (or a b), else None."""
    if date_a and date_b and abs((date_a - date_b).days) > MAX_DAYS:
        return None
    return _score(_Read(text_a), _Read(text_b), dated=bool(date_a and date_b))


class _Read:
    """What the comparison reads of one text, each part computed once and only when asked: most
    pairs fail on their facts, and never need their sentences split."""

    __slots__ = ("_facts", "_sentences", "text")

    def __init__(self, text: str):
        self.text = text
        self._facts: tuple[list[str], set[str]] | None = None
        self._sentences: list[frozenset[str]] | None = None

    @property
    def facts(self) -> list[str]:
        return self._fact_pair()[0]

    @property
    def fact_set(self) -> set[str]:
        return self._fact_pair()[1]

    def _fact_pair(self) -> tuple[list[str], set[str]]:
        if self._facts is None:
            found = facts(self.text)
            self._facts = (found, set(found))
        return self._facts

    @property
    def sentences(self) -> list[frozenset[str]]:
        if self._sentences is None:
            self._sentences = content_sentences(self.text)
        return self._sentences


def _score(a: _Read, b: _Read, dated: bool = True) -> float | None:
    shared = a.fact_set & b.fact_set
    if len(shared) < MIN_SHARED or len(shared) / len(a.fact_set | b.fact_set) < FACTS:
        return None
    numbers_a = {f for f in a.fact_set if f.startswith("#")}
    numbers_b = {f for f in b.fact_set if f.startswith("#")}
    if numbers_a and numbers_b and len(numbers_a & numbers_b) / len(numbers_a | numbers_b) < NUMBERS:
        return None  # a template filled with other figures (another fund's payout, a later total)
    low = min(coverage(a.sentences, b.sentences), coverage(b.sentences, a.sentences))
    if not dated:
        return low if low >= COVERAGE_UNDATED else None
    strong = len(shared) / len(a.fact_set | b.fact_set) >= STRONG_FACTS
    return low if low >= COVERAGE or (strong and low >= COVERAGE_WITH_FACTS) else None


def find_rewrites(store: Store) -> int:
    """Check every article not yet checked against the earlier originals of its story; return how
    many were found to be rewrites."""
    from .stories import rebuild_stories

    found = 0
    touched: list[str] = []
    pending_marks: dict[str, RewriteMark] = {}
    pending_checked: list[str] = []
    for story_id, members in queries.rewrite_candidates(store):
        # members: earliest first; originals only
        marks: dict[str, RewriteMark] = {}
        read: dict[str, _Read] = {}

        def reading(article_id: str, text: str | None, read: dict[str, _Read] = read) -> _Read:
            if article_id not in read:
                read[article_id] = _Read(text or "")
            return read[article_id]

        for i, member in enumerate(members):
            aid, published, text = member.id, member.published, member.text
            if member.checked or aid in marks:
                continue
            when = published if member.precision == "day" else None
            compared = 0
            for o in members[:i] + members[i + 1 :]:
                other, o_pub, o_text = o.id, o.published, o.text
                if other in marks:
                    continue
                o_when = o_pub if o.precision == "day" else None
                if when and o_when and abs((when - o_when).days) > MAX_DAYS:
                    continue
                compared += 1
                if compared > MAX_COMPARED:
                    break
                score = _score(reading(other, o_text), reading(aid, text), dated=bool(when and o_when))
                if score is None:
                    continue
                original, copy = _order((other, o_pub, o_text), (aid, published, text))
                marks[copy] = RewriteMark(original, score)
                break
        pending_marks.update(marks)
        pending_checked.extend(m.id for m in members if not m.checked)
        found += len(marks)
        if marks:
            touched.append(story_id)
        if len(pending_checked) >= WRITE_EVERY:  # one transaction per batch of stories, not per story
            queries.set_rewrites(store, pending_marks, pending_checked)
            pending_marks, pending_checked = {}, []
    queries.set_rewrites(store, pending_marks, pending_checked)
    rebuild_stories(store, touched)  # a story's count of originals changed
    return found


def _order(a: tuple, b: tuple) -> tuple[str, str]:
    """(original, rewrite): the earlier, then the longer, then the smaller id is the original."""

    def key(x: tuple) -> tuple:
        return (x[1] or date.max, -len(x[2] or ""), x[0])

    first, second = sorted([a, b], key=key)
    return first[0], second[0]
