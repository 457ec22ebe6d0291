"""Dates from similar articles: the corpus stage for articles their own text cannot date.

Articles in one pile that tell the same story were mostly written around the same time. An article
with no trustworthy date of its own takes the year that its most similar dated articles vote for,
weighted by similarity. One weak neighbour or a split vote leaves the date unknown; never a day
(similar is not simultaneous), except for a wire dateline that waited only for its year.

Only articles dated by their own evidence vote (a container's date, a header stamp, a dateline
with its year...): a date found from neighbours is never passed on to theirs.

A guess goes to an article only where the article's own evidence agrees (`extract.dating` notes
it in the article's evidence):
  lower bound  the latest past date it mentions ("dates mentioned up to 2012-04") is not its date
               but it cannot have been written before: an earlier year is refused;
  month        a topic's articles span months, so neighbours give a month only when the article
               names a day of that month itself ("the week ended March 12", no year), early enough
               in the month that the article is likely of the same month, or the latest date it
               mentions is of that month: two independent signs of one time.
The evidence names the neighbours, so every date can be checked.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from ..store import Store
from ..store import dating as queries
from ..store.dating import CorpusDate, DateNeighbour

MIN_SIMILARITY = 0.1  # cosine of tf-idf key terms
TOP = 5  # neighbours that vote
MIN_WEIGHT = 0.25  # total similarity behind the winning year
AGREEMENT = 0.6  # share of the vote the winning year needs
STRONG = 0.4  # one neighbour this similar may vote alone
CLOSE = 0.6  # only neighbours nearly as similar as the closest one vote: one topic spans years, one story does not
VOTE_WEIGHT = {"day": 1.0, "month": 1.0, "year": 0.5}  # a year-only neighbour counts half
MONTH_AGREEMENT = 0.7  # share of the vote the winning month needs
SAME_STORY = 0.4  # neighbours this similar tell the same story (a rewrite, a follow-up) ...
SAME_STORY_DAYS = 3  # ... when they were written within days of each other: two such give a month
EARLY_IN_MONTH = 20  # a day named up to this one is most likely of the article's own month
# the article may lie a little outside the time its voters span; when that reaches into another
# year, the year is not known (a story of Jan-Sep 2011 may have begun in December 2010, and one
# whose voters are from late 2011 and early 2012 may be of either)
MARGIN = timedelta(days=30)


@dataclass(slots=True)
class OwnEvidence:
    """What an undated article's own text says of its date without dating it (from its evidence)."""

    dateline: tuple[int, int] | None  # (month, day) of a wire dateline with no year
    lower: tuple[int, int] | None  # (year, month) of the latest past date it mentions
    named_day: tuple[int, int] | None  # (month, day) of the latest past day it names without a year

    @classmethod
    def read(cls, note: str | None) -> OwnEvidence:
        return cls(store_dateline(note), _pair(_LOWER, note), _pair(_NAMED_DAY, note))

    def note(self) -> str:
        """The article's own evidence, said again in the evidence a corpus date replaces (a later run
        reads it from there)."""
        parts = []
        if self.lower is not None:
            parts.append(f"dates mentioned up to {self.lower[0]:04d}-{self.lower[1]:02d}")
        if self.named_day is not None:
            parts.append(f"days named without a year, latest {self.named_day[0]:02d}-{self.named_day[1]:02d}")
        return "; ".join(parts)

    def allows(self, year: int) -> bool:
        return self.lower is None or year >= self.lower[0]

    def month_agrees(self, year: int, month: int) -> bool:
        if self.lower is not None and (year, month) < self.lower:
            return False
        if self.named_day is not None and self.named_day[0] == month and self.named_day[1] <= EARLY_IN_MONTH:
            return True
        return self.lower == (year, month)


def date_from_neighbours(store: Store, min_similarity: float = MIN_SIMILARITY) -> int:
    """Date the undated articles of the store from their neighbours; return how many changed."""
    by_article: dict[str, list[DateNeighbour]] = defaultdict(list)
    for row in queries.date_neighbours(store, min_similarity, TOP):
        if row.neighbour_published is not None:
            by_article[row.article_id].append(row)
    updates = []
    for article_id, rows in by_article.items():
        found = _vote(rows)
        if found is not None:
            when, precision, evidence = found
            own = OwnEvidence.read(rows[0].published_evidence).note()
            updates.append(CorpusDate(article_id, when, precision, f"{evidence}; {own}" if own else evidence))
    return queries.set_corpus_dates(store, updates)


def _vote(rows: list[DateNeighbour]) -> tuple[str, str, str] | None:
    """(date, precision, evidence) the neighbours agree on and the article's own evidence allows."""
    own = OwnEvidence.read(rows[0].published_evidence)
    weights = [(r, r.similarity * VOTE_WEIGHT.get(r.neighbour_precision or "", 0.0)) for r in rows]
    top = max(w for _, w in weights)
    if top <= 0:
        return None
    voters = [(r, w) for r, w in weights if w >= CLOSE * top]
    years: dict[int, float] = defaultdict(float)
    months: dict[tuple[int, int], float] = defaultdict(float)
    for r, w in voters:
        assert r.neighbour_published is not None
        years[r.neighbour_published.year] += w
        if r.neighbour_precision in ("day", "month"):
            months[(r.neighbour_published.year, r.neighbour_published.month)] += w
    total = sum(years.values())
    year, weight = max(years.items(), key=lambda kv: (kv[1], -kv[0]))
    behind = [r for r, _ in voters if r.neighbour_published and r.neighbour_published.year == year]
    if weight < MIN_WEIGHT or weight / total < AGREEMENT:
        return None
    if len(behind) < 2 and max(r.similarity for r in behind) < STRONG:
        return None
    # the time the voters span, but for a minority years away (another visit of the same people)
    spanned = [
        r.neighbour_published
        for r, _ in voters
        if r.neighbour_published and abs(r.neighbour_published.year - year) <= 1
    ]
    if (min(spanned) - MARGIN).year != year or (max(spanned) + MARGIN).year != year:
        return None
    names = ", ".join(r.neighbour_id for r in behind[:3])
    if not own.allows(year):
        return None  # the article names a later date than its neighbours' year: they tell another time
    if own.dateline:  # a wire dateline waited for its year: now the day is known
        try:
            day = date(year, *own.dateline)
        except ValueError:
            day = None
        if day is not None and own.allows(day.year) and (own.lower is None or (day.year, day.month) >= own.lower):
            month, dom = own.dateline
            return day.isoformat(), "day", f"dateline {month:02d}-{dom:02d}, year from similar articles ({names})"
    month_vote = max(months.items(), key=lambda kv: kv[1]) if months else None
    if (
        month_vote
        and month_vote[0][0] == year
        and month_vote[1] / total >= MONTH_AGREEMENT
        and sum(1 for r in behind if (r.neighbour_published.year, r.neighbour_published.month) == month_vote[0]) >= 2
        and (own.month_agrees(*month_vote[0]) or _same_story(voters, month_vote[0]))
    ):
        (my, mm), _ = month_vote
        why = "they tell the same story" if not own.month_agrees(my, mm) else _why(own)
        return f"{my:04d}-{mm:02d}-01", "month", f"similar dated articles from {my}-{mm:02d} ({names}); {why}"
    return f"{year:04d}-01-01", "year", f"similar dated articles mostly from {year} ({names})"


def _same_story(voters: list[tuple[DateNeighbour, float]], month: tuple[int, int]) -> bool:
    """Two or more neighbours so similar they tell the same story, and told within days of each
    other (a report and its rewrite, two outlets on one event): the article is of their month. A
    topic's articles, or one template's briefs, are similar too but spread over weeks."""
    close = [r.neighbour_published for r, _ in voters if r.similarity >= SAME_STORY and r.neighbour_published]
    return (
        len(close) >= 2
        and all((d.year, d.month) == month for d in close)
        and (max(close) - min(close)).days <= SAME_STORY_DAYS
    )


def _why(own: OwnEvidence) -> str:
    if own.named_day is not None and own.named_day[1] <= EARLY_IN_MONTH:
        return f"the text names {own.named_day[0]:02d}-{own.named_day[1]:02d} itself"
    return "the latest date the text mentions is of that month"


_PENDING = re.compile(r"dateline (\d\d)-(\d\d) without a year")
_LOWER = re.compile(r"dates mentioned up to (\d{4})-(\d\d)")
_NAMED_DAY = re.compile(r"days named without a year, latest (\d\d)-(\d\d)")


def _pair(pattern: re.Pattern[str], note: str | None) -> tuple[int, int] | None:
    m = pattern.search(note or "")
    return (int(m.group(1)), int(m.group(2))) if m else None


def store_dateline(note: str | None) -> tuple[int, int] | None:
    """The (month, day) of a wire dateline the article's own text could not give a year to."""
    return _pair(_PENDING, note)
