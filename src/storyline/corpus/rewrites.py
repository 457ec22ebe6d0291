"""Rewrites: the same article reworded, reordered or edited by another outlet.

A near-copy (corpus/duplicates.py) shares its wording; a rewrite shares its *facts*, sentence by
sentence, while the wording may move entirely: an outlet republishes wire copy with its paragraphs
reordered, every sentence paraphrased, a caption added, sentences trimmed. Independent coverage of
the same event shares the headline facts (the names, the toll) but tells the rest its own way, with
its own details, quotes and sources. So a pair is a rewrite when, within one story:

    facts      the names, numbers and quotations of each overlap (Jaccard >= FACTS), at least
               MIN_SHARED of them (their order is free: a rewrite may reorder the paragraphs), and
               the numbers alone overlap too (>= NUMBERS): the same template with other figures is
               another story;
    sentences  most sentences of each (>= COVERAGE; >= COVERAGE_WITH_FACTS when the facts overlap
               by STRONG_FACTS) have a counterpart in the other that tells the same facts: the same
               quotation; or two or more of its names, numbers and event tuples (who did what to
               whom, from the coder) and some of its content; or one fact and much of its content;
               or, for a sentence without facts, a good part of its content words (Jaccard >=
               SENTENCE_OVERLAP). Content words are compared by their stems, so "sued" and "suing",
               "warnings" and "warned" match; a paraphrase keeps the facts and the key words, an
               independent report keeps the facts of the lede and tells the rest itself;
    quotes     each side quoting statements the other lacks is independent reporting (a rewrite
               may drop a quotation, it does not bring its own);
    time       both appeared within MAX_DAYS of each other (a follow-up two days on is another
               article of the story, not a rewrite); when either lacks a day date, time cannot
               tell, and COVERAGE_UNDATED of the sentences must have a counterpart.

Exact and near copies never reach this stage (the duplicates stage marks them first).

Incremental: each article is checked once, against the earlier originals of its story; the earliest
(then the longest) of a pair is the original, and the rewrite points to it with relation `rewrite`.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Sequence
from datetime import date
from typing import NamedTuple

from ..extract.debris import stopwords
from ..store import Store
from ..store import rewrites as queries
from ..store.rewrites import RewriteMark, RewriteMember
from ..text.numbers import NUMBER_WORDS

FACTS = 0.4
MIN_SHARED = 5
KEPT = 0.8  # ... or the facts of the shorter are this much in the longer (a trimmed copy)
NUMBERS = 0.5  # a rewrite keeps the figures: the numbers of both overlap at least this much (Jaccard)
COVERAGE = 0.6
COVERAGE_WITH_FACTS = 0.5  # fewer sentences need a counterpart when more facts are shared ...
STRONG_FACTS = 0.55  # ... this many (Jaccard)
COVERAGE_COPY = 0.7  # a rewrite adds nothing of its own: nearly all of one side has a counterpart
OWN_FACTS = 0.25  # ... and brings few names and numbers of its own (its own sources, its own details)
COVERAGE_UNDATED = 0.75  # without two day dates, time cannot tell a follow-up from a rewrite: ask more
SENTENCE_OVERLAP = 0.35  # content words two sentences without shared facts must share (Jaccard)
FACT_CONTENT = 2  # stems besides the facts two sentences sharing two or more facts must share
MANY_FACTS = 4  # ... unless they share this many facts, when one stem besides them will do
ONE_FACT_CONTENT = 0.25  # ... and sentences sharing one fact (Jaccard of stems, at least 3 of them)
QUOTE_OVERLAP = 0.6  # words two quotations share to be one statement (Jaccard)
MIN_QUOTE_WORDS = 4  # a shorter quotation is a phrase ("special military operation"), not a statement
STEM = 5  # letters of a content word compared: "suing"/"sued" differ, "warnings"/"warned" match
MAX_DAYS = 1
MIN_CONTENT_WORDS = 5  # sentences with fewer content words and no fact are not compared
WRITE_EVERY = 20000  # articles whose marks are written in one transaction
MAX_COMPARED = 200  # originals of its story an article is compared with (the nearest in time first)
_WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)
# a sentence ends at . ! or ? before a capital or a quotation mark, or at a line break; "Mr. Kim" and
# "$1.5bn" do not end one
_SENTENCE_END = re.compile(r"(?<=[.!?])([\"”’)]?)\s+(?=[\"“‘(]?[A-Z0-9])|\n+")
_ABBREVIATION = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Sgt|Gov|Sen|Rep|Jr|Sr|Prof|No|Co|Corp|Inc|[A-Z])\.$")
_CONTRACTION = re.compile(r"'(?:ll|ve|re|d|m)$|n't$")
_NAME = re.compile(r"\b([A-Z][\w'’-]*[\w])")
_DIGITS = re.compile(r"(?<![\w.])(\d[\d,]*(?:\.\d+)?)")
_QUOTED = re.compile(r"[\"“”«»]([^\"“”«»\n]{0,600})[\"“”«»]")
# words that attribute or link rather than tell: "X said", "according to", "after"
_NOT_CONTENT = frozenset(
    [
        "said",
        "says",
        "say",
        "told",
        "tell",
        "telling",
        "added",
        "according",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "statement",
        "reporters",
        "after",
        "before",
        "near",
        "off",
        "also",
        "while",
        "would",
        "could",
        "will",
    ]
) | frozenset(w for w in NUMBER_WORDS if " " not in w)
# the day of a date ("Oct 19", "19 October") is when, not a figure; "one" is rarely a figure either
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DAY_OF_MONTH = re.compile(r"\b" + _MONTH + r"\s+(\d{1,2})\b|\b(\d{1,2})\s+" + _MONTH)
_NUMBER_WORD = {w: n for w, n in NUMBER_WORDS.items() if " " not in w and w not in ("a", "an")}


def sentences(text: str) -> list[tuple[int, str]]:
    """(start, sentence) of each sentence of a text."""
    out: list[tuple[int, str]] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        end = m.start() + len(m.group(1) or "")  # a closing quotation mark ends the sentence it closes
        if m.group(0).strip() and _ABBREVIATION.search(text[start : m.start()]):
            continue  # "Mr. Kim": not an end
        if text[start:end].strip():
            out.append((start, text[start:end]))
        start = m.end()
    if text[start:].strip():
        out.append((start, text[start:]))
    return out


@functools.cache
def _stop() -> frozenset[str]:
    return stopwords()


def _names(sentence: str, known: frozenset[str]) -> list[str]:
    """Capitalised words of a sentence; its first word only when the text capitalises it elsewhere
    too (then it is a name, not a sentence opening)."""
    out = []
    first = _WORD.search(sentence)
    for m in _NAME.finditer(sentence):
        word = re.sub(r"'s$", "", m.group(1).replace("’", "'")).lower()
        if _CONTRACTION.search(word):
            continue  # "I'll", "We're": a pronoun, not a name
        if (first and m.start(1) == first.start() and word not in known) or word in _stop():
            continue  # a sentence's opening word, or a function word capitalised ("These", "It")
        out.append(word)
    return out


def _known_names(text: str) -> frozenset[str]:
    """Words the text capitalises where no sentence opens: its names."""
    found = set()
    for _, sentence in sentences(text):
        first = _WORD.search(sentence)
        for m in _NAME.finditer(sentence):
            if not (first and m.start(1) == first.start()):
                found.add(re.sub(r"'s$", "", m.group(1).replace("’", "'")).lower())
    return frozenset(found)


def _numbers(sentence: str) -> list[str]:
    """Numbers in digits or words, one spelling: "three" and "3" are one fact; "2,500" and "2500" too."""
    dates = {m.start(1) for m in _DAY_OF_MONTH.finditer(sentence)} | {
        m.start(2) for m in _DAY_OF_MONTH.finditer(sentence)
    }
    out = [
        "#" + m.group(1).replace(",", "").rstrip(".")
        for m in _DIGITS.finditer(sentence)
        if m.start(1) not in dates and m.group(1) not in ("0", "1")
    ]
    out += ["#" + str(_NUMBER_WORD[w.lower()]) for w in _WORD.findall(sentence) if _NUMBER_WORD.get(w.lower(), 0) > 1]
    return out


def facts(text: str) -> list[str]:
    """Names and numbers in order of first mention (sentence-initial capitals are names only when
    the text capitalises them elsewhere)."""
    known = _known_names(text)
    seen: dict[str, None] = {}
    for _, sentence in sentences(text):
        for f in _names(sentence, known) + _numbers(sentence):
            seen.setdefault(f, None)
    return list(seen)


class Sentence(NamedTuple):
    """What a sentence tells, as two texts are aligned: its facts, its content stems (facts aside),
    its quotations."""

    facts: frozenset[str]
    stems: frozenset[str]
    quotes: tuple[frozenset[str], ...]


def read_sentences(text: str, tuples: Sequence[tuple[int, str]] = ()) -> list[Sentence]:
    """The sentences of a text worth aligning. tuples: (offset, "who did what to whom") of the
    events the coder found, each added to the facts of the sentence it starts in."""
    stop = _stop()
    known = _known_names(text)
    spans = sentences(text)
    out = []
    for k, (start, sentence) in enumerate(spans):
        end = spans[k + 1][0] if k + 1 < len(spans) else len(text) + 1
        quoted = (frozenset(w.lower() for w in _WORD.findall(m.group(1))) - stop for m in _QUOTED.finditer(sentence))
        quotes = tuple(q for q in quoted if len(q) >= MIN_QUOTE_WORDS)
        narration = _QUOTED.sub(" ", sentence)
        names = set(_names(narration, known))
        found = names | set(_numbers(narration)) | {t for at, t in tuples if start <= at < end}
        words = {w.lower() for w in _WORD.findall(narration)} - stop - names - _NOT_CONTENT
        stems = frozenset(w[:STEM] for w in words)
        if found or quotes or len(words) >= MIN_CONTENT_WORDS:
            out.append(Sentence(frozenset(found), stems, quotes))
    return out


def event_tuples(events: Sequence[tuple]) -> list[tuple[int, str]]:
    """(offset, "who did what to whom") of an article's coded events that name someone on a side:
    "sued" and "took to court" are one tuple when the coder reads them alike."""

    def side(raw: str | None) -> str:
        parties = json.loads(raw or "[]") if isinstance(raw, str) else (raw or [])
        return "+".join(sorted({(p.get("name") or p.get("text") or "").lower() for p in parties} - {""}))

    out = []
    for start, type_, actors, recipients in events:
        who, whom = side(actors), side(recipients)
        if who or whom:
            out.append((start or 0, f"@{type_}:{who}>{whom}"))
    return out


def content_sentences(text: str) -> list[frozenset[str]]:
    """Content stems of each sentence, quotations left out."""
    return [s.stems for s in read_sentences(text)]


def _same_quote(a: Sentence, b: Sentence) -> bool:
    return any(len(x & y) / len(x | y) >= QUOTE_OVERLAP for x in a.quotes for y in b.quotes)


def counterpart(x: Sentence, y: Sentence) -> bool:
    """y tells what x tells: the same statement quoted, the same facts with some of the same
    content, or (without facts) much of the same content."""
    if x.quotes and y.quotes and _same_quote(x, y):
        return True
    shared = len(x.facts & y.facts)
    common = len(x.stems & y.stems)
    union = len(x.stems | y.stems) or 1
    fewest = min(len(x.facts), len(y.facts))
    if shared >= 2 and 2 * shared >= fewest and common >= (1 if shared >= MANY_FACTS else FACT_CONTENT):
        return True
    if shared >= 2 and shared == fewest and common >= 1:
        return True  # every fact of the shorter one, and something of what it says about them
    if shared >= 1 and common >= 3 and common / union >= ONE_FACT_CONTENT:
        return True
    return common / union >= SENTENCE_OVERLAP and common >= 3


def coverage(a: list[Sentence], b: list[Sentence]) -> float:
    """Share of a's sentences with a counterpart in b."""
    if not a or not b:
        return 0.0
    return sum(1 for x in a if any(counterpart(x, y) for y in b)) / len(a)


def _own_quotes(a: list[Sentence], b: list[Sentence]) -> bool:
    """a quotes a statement b nowhere quotes."""
    return any(
        not any(len(q & r) / len(q | r) >= QUOTE_OVERLAP for y in b for r in y.quotes) for x in a for q in x.quotes
    )


def is_rewrite(
    text_a: str,
    text_b: str,
    date_a: date | None = None,
    date_b: date | None = None,
    tuples_a: Sequence[tuple[int, str]] = (),
    tuples_b: Sequence[tuple[int, str]] = (),
) -> float | None:
    """The pair's sentence coverage (the lower side) when b rewrites a (or a b), else None."""
    if date_a and date_b and abs((date_a - date_b).days) > MAX_DAYS:
        return None
    return _score(_Read(text_a, tuples_a), _Read(text_b, tuples_b), dated=bool(date_a and date_b))


class _Read:
    """What the comparison reads of one text, each part computed once and only when asked: most
    pairs fail on their facts, and never need their sentences split."""

    __slots__ = ("_facts", "_sentences", "text", "tuples")

    def __init__(self, text: str, tuples: Sequence[tuple[int, str]] = ()):
        self.text = text
        self.tuples = tuples
        self._facts: tuple[list[str], set[str]] | None = None
        self._sentences: list[Sentence] | None = None

    @property
    def facts(self) -> list[str]:
        return self._fact_pair()[0]

    @property
    def fact_set(self) -> set[str]:
        return self._fact_pair()[1]

    def _fact_pair(self) -> tuple[list[str], set[str]]:
        if self._facts is None:
            found = facts(self.text) + [t for _, t in self.tuples]
            self._facts = (found, set(found))
        return self._facts

    @property
    def sentences(self) -> list[Sentence]:
        if self._sentences is None:
            self._sentences = read_sentences(self.text, self.tuples)
        return self._sentences


def _own_facts(x: _Read, y: _Read) -> float:
    """Share of x's names and numbers that y never states: the details and sources x brings."""
    told = {f for f in x.fact_set if not f.startswith("@")}
    return len(told - y.fact_set) / len(told) if told else 0.0


def _score(a: _Read, b: _Read, dated: bool = True) -> float | None:
    shared = a.fact_set & b.fact_set
    if len(shared) < MIN_SHARED:
        return None
    # the facts of both overlap, or a trimmed copy's facts are nearly all the other's
    if (
        len(shared) / len(a.fact_set | b.fact_set) < FACTS
        and len(shared) / min(len(a.fact_set), len(b.fact_set)) < KEPT
    ):
        return None
    numbers_a = {f for f in a.fact_set if f.startswith("#")}
    numbers_b = {f for f in b.fact_set if f.startswith("#")}
    if numbers_a and numbers_b and len(numbers_a & numbers_b) / len(numbers_a | numbers_b) < NUMBERS:
        return None  # a template filled with other figures (another fund's payout, a later total)
    sides = (coverage(a.sentences, b.sentences), coverage(b.sentences, a.sentences))
    low = min(sides)
    strong = len(shared) / len(a.fact_set | b.fact_set) >= STRONG_FACTS
    revised = strong and low >= COVERAGE_COPY  # one story revised: a quotation swapped, the rest kept
    if _own_quotes(a.sentences, b.sentences) and _own_quotes(b.sentences, a.sentences) and not revised:
        return None  # each quotes someone the other does not: two reporters, two sets of sources
    copies = [
        side >= COVERAGE_COPY and _own_facts(x, y) < OWN_FACTS for side, x, y in ((sides[0], a, b), (sides[1], b, a))
    ]
    if not any(copies):
        return None  # each tells something the other does not: independent coverage, not a rewrite
    if not dated:
        return low if low >= COVERAGE_UNDATED else None
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

        def reading(member: RewriteMember, read: dict[str, _Read] = read) -> _Read:
            if member.id not in read:
                read[member.id] = _Read(member.text or "", event_tuples(member.events))
            return read[member.id]

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
                score = _score(reading(o), reading(member), dated=bool(when and o_when))
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
