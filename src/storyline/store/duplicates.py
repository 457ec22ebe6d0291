"""The duplicates stage's queries (corpus/duplicates.py): candidate pairs from the MinHash signature
bands, the facts that pick a group's original, and the marks it writes."""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

import pyarrow as pa

from .store import BAND_ROWS, BANDS_PER_SIGNATURE, Store


class DuplicateCandidate(NamedTuple):
    """A pair worth checking on the texts."""

    article_id: str  # the new article
    other_id: str
    exact: bool  # the normalised texts hash alike
    jaccard: float  # the MinHash estimate


class DuplicateLink(NamedTuple):
    """A member of a stored copy group and the original it points to."""

    article_id: str
    duplicate_of: str


class DuplicateFact(NamedTuple):
    """What picks a group's original."""

    id: str
    published: date | None
    precision: str | None
    length: int | None  # letters and digits in the text; None when not asked for
    text_hash: str | None


class DuplicateUpdate(NamedTuple):
    """A decided group member: a copy points to its original; the original points nowhere."""

    id: str
    duplicate_of: str | None
    relation: str | None  # exact or near
    similarity: float | None


def duplicate_fresh_ids(store: Store) -> list[str]:
    """The articles the duplicates stage has not seen, by id."""
    rows = store.con.execute("SELECT id FROM articles WHERE duplicates_checked IS NOT TRUE ORDER BY id").fetchall()
    return [r[0] for r in rows]


def duplicate_candidates(store: Store, ids: list[str], min_jaccard: float, min_words: int) -> list[DuplicateCandidate]:
    """Pairs (new article, other article, exact?, estimated Jaccard) for these new articles: exact
    text hash matches, and signature band matches whose estimate reaches `min_jaccard` where both
    texts have at least `min_words` words. Asked a slice of new articles at a time (the pairs of
    100,000 new articles at once outgrow DuckDB's memory cap)."""
    if not ids:
        return []
    rows = store.select_for_ids(
        "fresh",
        ids,
        f"""
        WITH exact AS (SELECT a.article_id AS a, b.article_id AS b FROM article_signatures a
                  JOIN fresh f ON f.id = a.article_id
                  JOIN article_signatures b ON a.text_hash = b.text_hash AND a.article_id <> b.article_id),
        banded AS (SELECT DISTINCT a.article_id AS a, b.article_id AS b FROM article_bands a
                   JOIN fresh f ON f.id = a.article_id
                   JOIN article_bands b ON a.band = b.band AND a.hash = b.hash AND a.article_id <> b.article_id),
        pairs AS (SELECT a, b FROM exact UNION SELECT a, b FROM banded),
        scored AS (
            SELECT p.a, p.b, sa.text_hash = sb.text_hash AS exact,
                   list_sum(list_transform(range({BANDS_PER_SIGNATURE * BAND_ROWS}),
                            lambda i: (sa.minhash[i + 1] = sb.minhash[i + 1])::INTEGER))
                       / {BANDS_PER_SIGNATURE * BAND_ROWS}.0 AS jaccard
            FROM pairs p JOIN article_signatures sa ON sa.article_id = p.a
            JOIN article_signatures sb ON sb.article_id = p.b
            JOIN articles x ON x.id = p.a JOIN articles y ON y.id = p.b
            WHERE sa.text_hash = sb.text_hash
               OR (length(x.text) - length(replace(x.text, ' ', '')) >= ?
                   AND length(y.text) - length(replace(y.text, ' ', '')) >= ?)
        )
        SELECT a, b, exact, jaccard FROM scored WHERE exact OR jaccard >= ? ORDER BY a, b
        """,
        [min_words, min_words, min_jaccard],
    )
    return [DuplicateCandidate._make(r) for r in rows]


def article_texts(store: Store, ids: list[str]) -> dict[str, str]:
    if not ids:
        return {}
    with store.temporary("text_ids", {"id": ids}):
        rows = store.con.execute("SELECT a.id, a.text FROM articles a JOIN text_ids t ON t.id = a.id").fetchall()
    return dict(rows)


def duplicate_group_links(store: Store, ids: list[str]) -> list[DuplicateLink]:
    """(member, original) links of the stored copy groups these articles belong to."""
    if not ids:
        return []
    rows = store.select_for_ids(
        "group_ids",
        ids,
        """
        WITH roots AS (SELECT coalesce(a.duplicate_of, a.id) AS root FROM articles a
                       JOIN group_ids g ON g.id = a.id)
        SELECT a.id, a.duplicate_of FROM articles a
        WHERE a.duplicate_of IN (SELECT root FROM roots)
        ORDER BY a.id
        """,
    )
    return [DuplicateLink._make(r) for r in rows]


def duplicate_facts(store: Store, ids: list[str], with_length: bool = True) -> dict[str, DuplicateFact]:
    """id -> (id, published, precision, letters and digits in the text, text hash): what picks an
    original (spacing and punctuation do not make a text more complete). Asked for every member of
    every group a run touches, so it holds nothing bulky (a signature is 64 numbers). Without
    `with_length` the length is None and no text is read: checking a pair needs only the dates."""
    if not ids:
        return {}
    rows = store.select_for_ids(
        "fact_ids",
        sorted(set(ids)),
        "SELECT a.id, a.published, a.published_precision, "
        + ("length(regexp_replace(a.text, '[^[:alnum:]]', '', 'g')), " if with_length else "NULL, ")
        + "s.text_hash "
        "FROM articles a JOIN fact_ids f ON f.id = a.id LEFT JOIN article_signatures s ON s.article_id = a.id",
    )
    return {r[0]: DuplicateFact._make(r) for r in rows}


def set_duplicates(store: Store, updates: list[DuplicateUpdate]) -> None:
    """Every member of the groups decided; then mark every article seen. A copy takes its original's story."""
    with store.transaction():
        if updates:
            dups = pa.table(
                {
                    "id": [u.id for u in updates],
                    "duplicate_of": [u.duplicate_of for u in updates],
                    "relation": [u.relation for u in updates],
                    "similarity": pa.array([u.similarity for u in updates], pa.float64()),
                }
            )
            with store.temporary("dups", dups):
                store.con.execute(
                    "UPDATE articles SET duplicate_of = d.duplicate_of, relation = d.relation, "
                    "duplicate_similarity = d.similarity FROM dups d WHERE articles.id = d.id"
                )
        store.con.execute("UPDATE articles SET duplicates_checked = true WHERE duplicates_checked IS NOT TRUE")
