"""The dating stage's queries (corpus/dating.py): each undated article's most similar dated articles,
and the dates it writes."""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

import pyarrow as pa

from .store import Store, _date


class DateNeighbour(NamedTuple):
    """An undated article and one of its most similar dated articles."""

    article_id: str
    precision: str | None  # the undated article's
    published: date | None  # the undated article's (a year read from its text, or none)
    neighbour_id: str
    similarity: float
    neighbour_published: date | None
    neighbour_precision: str | None
    published_from: str | None  # where the undated article's date came from
    published_evidence: str | None


class CorpusDate(NamedTuple):
    """A date found for an article from similar articles."""

    id: str
    date: str  # ISO
    precision: str
    evidence: str


def date_neighbours(store: Store, min_similarity: float, top: int = 8) -> list[DateNeighbour]:
    """For each article without a day or month date, its most similar dated articles.

    Similarity is the cosine of tf-idf weighted key terms, computed by a join on shared terms, so
    only article pairs that share a term are ever compared; weights and norms come from every
    article's terms, so a pair's similarity is the same whatever else is undated.
    """
    undated = store.con.execute(
        "SELECT count(*) FROM articles WHERE published_precision IN ('unknown', 'year') "
        "AND published_from IN ('none', 'content', 'corpus')"
    ).fetchone()
    if not undated or not undated[0]:
        return []
    rows = store.con.execute(
        """
        WITH n AS (SELECT count(*)::DOUBLE AS n FROM articles),
        undated_ids AS (SELECT id FROM articles WHERE published_precision IN ('unknown', 'year')
                          AND published_from IN ('none', 'content', 'corpus')),
        -- idf and norms over every term, so a similarity does not depend on which articles are undated
        df AS (SELECT term, ln((SELECT n FROM n) / count(*)) AS idf FROM article_terms
               GROUP BY term HAVING count(*) >= 2 AND count(*) < 0.5 * (SELECT n FROM n)),
        w AS (SELECT article_id, term, weight * idf AS w FROM article_terms JOIN df USING (term)),
        norm AS (SELECT article_id, sqrt(sum(w * w)) AS nrm FROM w GROUP BY article_id),
        undated AS (SELECT w.* FROM w JOIN undated_ids u ON u.id = w.article_id),
        dated AS (SELECT w.* FROM w JOIN articles a ON a.id = w.article_id
                  WHERE a.published_precision IN ('day', 'month', 'year')
                    -- only a date of the article's own evidence votes: none found from neighbours or
                    -- read from what an older version took from the dates a text mentions
                    AND a.published_from NOT IN ('corpus', 'reference', 'content')),
        pairs AS (SELECT u.article_id AS a, d.article_id AS b, sum(u.w * d.w) AS dot
                  FROM undated u JOIN dated d USING (term) GROUP BY 1, 2),
        -- a sum of doubles in parallel depends on the threads' order in its last bits: rounded, the
        -- same store always gives the same similarities, ranks (ties by id) and votes
        sims AS (SELECT a, b, round(dot / (na.nrm * nb.nrm), 9) AS sim
                 FROM pairs JOIN norm na ON na.article_id = a JOIN norm nb ON nb.article_id = b),
        scored AS (SELECT a, b, sim, row_number() OVER (PARTITION BY a ORDER BY sim DESC, b) AS rk FROM sims)
        SELECT s.a, x.published_precision, x.published, s.b, s.sim, y.published, y.published_precision,
               x.published_from, x.published_evidence
        FROM scored s JOIN articles x ON x.id = s.a JOIN articles y ON y.id = s.b
        WHERE s.sim >= ? AND s.rk <= ? AND s.a <> s.b
        ORDER BY s.a, s.sim DESC, s.b
        """,
        [min_similarity, top],
    ).fetchall()
    return [DateNeighbour._make(r) for r in rows]


def set_corpus_dates(store: Store, updates: list[CorpusDate]) -> int:
    """Dates for articles dated from similar articles; return how many changed. A changed date
    invalidates the article's coded events (their dates hang on it)."""
    if not updates:
        return 0
    table = pa.table(
        {
            "id": [u.id for u in updates],
            "published": pa.array([_date(u.date) for u in updates], pa.date32()),
            "precision": [u.precision for u in updates],
            "evidence": [u.evidence for u in updates],
        }
    )
    with store.temporary("corpus_dates", table):
        changed = store.con.execute(
            "SELECT count(*) FROM articles a JOIN corpus_dates c ON a.id = c.id "
            "WHERE a.published IS DISTINCT FROM c.published OR a.published_precision <> c.precision"
        ).fetchone()
        store.con.execute(
            "UPDATE articles SET published = c.published, published_precision = c.precision, "
            "published_from = 'corpus', published_evidence = c.evidence, nlp_version = NULL FROM corpus_dates c "
            "WHERE articles.id = c.id AND (articles.published IS DISTINCT FROM c.published "
            "OR articles.published_precision <> c.precision)"
        )
    return int(changed[0]) if changed else 0
