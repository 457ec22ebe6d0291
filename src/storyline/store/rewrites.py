"""The rewrites stage's queries (corpus/rewrites.py): the originals of the stories with an article
not yet checked, and the marks it writes."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import NamedTuple

from .store import Store, grouped


class RewriteMember(NamedTuple):
    """An original of a story, as the rewrites stage compares it."""

    id: str
    published: date | None
    precision: str | None
    text: str | None
    checked: bool  # compared with its story's originals before
    events: list[tuple[int, str, str | None, str | None]]  # (sentence start, type, actors, recipients JSON)


class RewriteMark(NamedTuple):
    """A rewrite and the original it rewrites."""

    original: str
    coverage: float  # the pair's sentence coverage


def rewrite_candidates(store: Store) -> Iterator[tuple[str, list[RewriteMember]]]:
    """Stories with an original not yet checked for rewrites and at least two originals: (story id,
    [members]), in date order (undated last)."""
    cur = store.con.cursor().execute(
        """
        WITH todo AS (SELECT story_id FROM articles WHERE story_id IS NOT NULL AND duplicate_of IS NULL
                      GROUP BY story_id
                      HAVING count(*) >= 2 AND count(*) FILTER (WHERE NOT coalesce(rewrites_checked, false)) > 0)
        , coded AS (SELECT e.article_id, list((e.sentence_start, e.type, e.actors, e.recipients)
                                              ORDER BY e.sentence_start) AS events
                    FROM events e JOIN articles a ON a.id = e.article_id JOIN todo USING (story_id)
                    WHERE a.duplicate_of IS NULL GROUP BY 1)
        SELECT a.story_id, a.id, a.published, a.published_precision, a.text, coalesce(a.rewrites_checked, false),
               coalesce(c.events, [])
        FROM articles a JOIN todo USING (story_id) LEFT JOIN coded c ON c.article_id = a.id
        WHERE a.duplicate_of IS NULL
        ORDER BY a.story_id, a.published NULLS LAST, a.id
        """
    )
    for (story_id,), rows in grouped(cur, 0, lambda r: (r[0],), lambda r: RewriteMember._make(r[1:])):
        yield story_id, rows


def set_rewrites(store: Store, marks: dict[str, RewriteMark], checked: list[str]) -> None:
    """Mark rewrites (id -> (original, sentence coverage)); copies of a rewrite follow it to its
    original; every id in `checked` is marked checked."""
    if not marks and not checked:
        return
    with store.transaction():
        if marks:
            copies = sorted(marks)
            rewrite_marks = {
                "id": copies,
                "original": [marks[c].original for c in copies],
                "score": [round(marks[c].coverage, 3) for c in copies],
            }
            with store.temporary("rewrite_marks", rewrite_marks):
                store.con.execute(
                    "UPDATE articles SET duplicate_of = m.original, relation = 'rewrite', "
                    "duplicate_similarity = m.score FROM rewrite_marks m WHERE articles.id = m.id"
                )
                # copies of a rewrite follow it to its original
                store.con.execute(
                    "UPDATE articles SET duplicate_of = m.original FROM rewrite_marks m "
                    "WHERE articles.duplicate_of = m.id AND articles.relation <> 'rewrite'"
                )
        if checked:
            store.select_for_ids(
                "checked_ids",
                checked,
                "UPDATE articles SET rewrites_checked = true WHERE id IN (SELECT id FROM checked_ids)",
            )
