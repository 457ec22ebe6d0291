"""Dates from similar articles: the corpus stage for articles their own text cannot date.

Articles in one pile that tell the same story were mostly written around the same time. An article
with no trustworthy date of its own takes the year (and, when they agree closely, the month) that
its most similar dated articles vote for, weighted by similarity. One weak neighbour or a split
vote leaves the date unknown; never a day: similar is not simultaneous.

A year read from the text itself (the latest date it mentions) is a lower bound, not an estimate:
an article about a 2011 trial mentions the 2009 death it is about. So neighbours may move such a
year later, never earlier. The evidence names the neighbours, so every date can be checked.
"""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date

from ..store import Store
from ..store import dating as queries
from ..store.dating import CorpusDate

MIN_SIMILARITY = 0.1  # cosine of tf-idf key terms
TOP = 5  # neighbours that vote
MIN_WEIGHT = 0.25  # total similarity behind the winning year
AGREEMENT = 0.6  # share of the vote the winning year needs
STRONG = 0.4  # one neighbour this similar may vote alone
CLOSE = 0.6  # only neighbours nearly as similar as the closest one vote: one topic spans years, one story does not
VOTE_WEIGHT = {"day": 1.0, "month": 1.0, "year": 0.5}  # a year-only neighbour counts half


def date_from_neighbours(store: Store, min_similarity: float = MIN_SIMILARITY) -> int:
    """Date the undated articles of the store from their neighbours; return how many changed."""
    by_article: dict[str, list[tuple]] = defaultdict(list)
    own: dict[str, tuple] = {}
    evidence: dict[str, str] = {}
    for row in queries.date_neighbours(store, min_similarity, TOP):
        a = row.article_id
        vote = row.similarity * VOTE_WEIGHT.get(row.neighbour_precision, 0.0)
        by_article[a].append((row.neighbour_id, vote, row.neighbour_published, row.neighbour_precision))
        own[a] = (row.precision, row.published, row.published_from)
        evidence[a] = row.published_evidence or ""
    updates = []
    for article_id, neighbours in by_article.items():
        _precision, published, origin = own[article_id]
        top = max(n[1] for n in neighbours)
        neighbours = [n for n in neighbours if n[1] >= CLOSE * top]
        years: dict[int, float] = defaultdict(float)
        months: dict[tuple[int, int], float] = defaultdict(float)
        for _, weight, when, b_precision in neighbours:
            years[when.year] += weight
            if b_precision in ("day", "month"):
                months[(when.year, when.month)] += weight
        total = sum(years.values())
        if not total:
            continue
        year, weight = max(years.items(), key=lambda kv: kv[1])
        voters = [n for n in neighbours if n[2].year == year]
        if weight < MIN_WEIGHT or weight / total < AGREEMENT:
            continue
        if len(voters) < 2 and max(n[1] for n in voters) < STRONG:
            continue
        if origin == "content" and published is not None and year < published.year:
            continue  # the text names a later date than the neighbours: trust the text
        names = ", ".join(n[0] for n in voters[:3])
        dateline = store_dateline(evidence.get(article_id))
        if dateline:  # a wire dateline waited for its year: now the day is known
            try:
                day = date(year, *dateline)
                updates.append(
                    CorpusDate(
                        article_id,
                        day.isoformat(),
                        "day",
                        f"dateline {dateline[0]:02d}-{dateline[1]:02d}, year from similar articles ({names})",
                    )
                )
                continue
            except ValueError:
                pass
        month_vote = max(months.items(), key=lambda kv: kv[1]) if months else None
        if (
            month_vote
            and month_vote[0][0] == year
            and month_vote[1] / total >= 0.7
            and sum(1 for n in voters if (n[2].year, n[2].month) == month_vote[0]) >= 2
        ):
            (my, mm), _ = month_vote
            updates.append(
                CorpusDate(
                    article_id, f"{my:04d}-{mm:02d}-01", "month", f"similar dated articles from {my}-{mm:02d} ({names})"
                )
            )
        else:
            updates.append(
                CorpusDate(
                    article_id, f"{year:04d}-01-01", "year", f"similar dated articles mostly from {year} ({names})"
                )
            )
    return queries.set_corpus_dates(store, updates)


_PENDING = re.compile(r"dateline (\d\d)-(\d\d) without a year")


def store_dateline(note: str | None) -> tuple[int, int] | None:
    """The (month, day) of a wire dateline the article's own text could not give a year to."""
    m = _PENDING.search(note or "")
    return (int(m.group(1)), int(m.group(2))) if m else None
