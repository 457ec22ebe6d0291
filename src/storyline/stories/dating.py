"""Dates from similar articles: the corpus stage for articles their own text cannot date.

Articles in one pile that tell the same story were mostly written around the same time. An article
with no trustworthy date of its own takes the year (or the month) that its most similar dated
articles agree on, but only when several of them agree and they are really similar: one
neighbour, or a split vote, leaves the date unknown. Never a day: similar is not simultaneous.
The evidence names the neighbours, so the date can be checked.
"""

from __future__ import annotations

from collections import defaultdict

from ..store import Store

MIN_SIMILARITY = 0.2
MIN_NEIGHBOURS = 2
AGREEMENT = 0.7


def date_from_neighbours(store: Store, min_similarity: float = MIN_SIMILARITY) -> int:
    """Date the undated articles of the store from their neighbours; return how many changed."""
    by_article: dict[str, list[tuple]] = defaultdict(list)
    own: dict[str, tuple] = {}
    for a, precision, published, b, sim, b_date, b_precision in store.date_neighbours(min_similarity):
        by_article[a].append((b, sim, b_date, b_precision))
        own[a] = (precision, published)
    updates = []
    for article_id, neighbours in by_article.items():
        if len(neighbours) < MIN_NEIGHBOURS:
            continue
        precision, published = own[article_id]
        years: dict[int, float] = defaultdict(float)
        months: dict[tuple[int, int], float] = defaultdict(float)
        for _, sim, when, _ in neighbours:
            years[when.year] += sim
            months[(when.year, when.month)] += sim
        total = sum(years.values())
        year, weight = max(years.items(), key=lambda kv: kv[1])
        if weight / total < AGREEMENT:
            continue
        if precision == "year" and published is not None and published.year != year:
            continue  # the text itself names another year: trust the text
        (my, mm), mweight = max(months.items(), key=lambda kv: kv[1])
        voters = sum(1 for _, _, when, _ in neighbours if (when.year, when.month) == (my, mm))
        names = ", ".join(n[0] for n in neighbours[:3])
        if my == year and mweight / total >= AGREEMENT and voters >= MIN_NEIGHBOURS:
            updates.append((article_id, f"{my:04d}-{mm:02d}-01", "month",
                            f"{voters} similar dated articles in {my}-{mm:02d} ({names})"))
        elif precision != "year":
            updates.append((article_id, f"{year:04d}-01-01", "year",
                            f"similar dated articles mostly from {year} ({names})"))
    return store.set_corpus_dates(updates)
