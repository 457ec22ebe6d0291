"""The references stage's queries (corpus/references.py): the event mentions it matches, the events
of the articles it dates, and the dates it writes. Which date each event takes is the stage's
decision; here the UPDATEs it asks for are run, in one transaction."""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from .store import Store


class ReferenceEvent(NamedTuple):
    """An event mention with its article's date, as dating by cross-reference reads it."""

    article_id: str
    row: int  # rowid of the events row
    sentence_index: int
    sentence: str | None
    sentence_start: int | None
    trigger_start: int | None
    type: str
    status: str
    date: date | None
    date_precision: str | None
    date_text: str | None
    actors: str | None  # JSON
    recipients: str | None  # JSON
    published: date | None  # the article's date
    published_precision: str | None
    published_from: str | None
    undated: bool  # the article has no day or month date of its own


class ArticleEvent(NamedTuple):
    """An event mention of an article being dated: what re-dating it against the new date needs."""

    article_id: str
    row: int  # rowid of the events row
    date_text: str | None
    status: str


class ReferenceDate(NamedTuple):
    """A date to write, with its evidence (None: the event is dated by its article or its own text)."""

    date: date | str
    precision: str
    evidence: str | None


def reference_events(store: Store) -> list[ReferenceEvent]:
    """Event mentions for dating by cross-reference: every mention of an article without a day
    or month date of its own, and the dated mentions of the same types in articles dated by
    their own text (or by an earlier reference), with their article's date."""
    rows = store.con.execute(
        """
        WITH arts AS (SELECT id, published, published_precision, published_from,
                             published_precision IN ('unknown', 'year') AND published_from <> 'reference'
                             AS undated FROM articles),
        wanted AS (SELECT DISTINCT e.type FROM events e JOIN arts a ON a.id = e.article_id WHERE a.undated)
        SELECT e.article_id, e.rowid, e.sentence_index, e.sentence, e.sentence_start, e.trigger_start, e.type,
               e.status, e.date, e.date_precision, e.date_text, e.actors, e.recipients,
               a.published, a.published_precision, a.published_from, a.undated
        FROM events e JOIN arts a ON a.id = e.article_id JOIN wanted w ON w.type = e.type
        WHERE a.undated OR (e.date_precision IN ('day', 'month') AND a.published_from <> 'corpus'
                            AND a.published_precision IN ('day', 'month'))
        ORDER BY e.article_id, e.sentence_index, e.trigger_start
        """
    ).fetchall()
    return [ReferenceEvent._make(r) for r in rows]


def article_events(store: Store, article_ids: list[str]) -> list[ArticleEvent]:
    """Every event mention of these articles."""
    if not article_ids:
        return []
    rows = store.select_for_ids(
        "dated_ids",
        article_ids,
        "SELECT e.article_id, e.rowid, e.date_text, e.status "
        "FROM events e JOIN dated_ids d ON d.id = e.article_id ORDER BY e.article_id, e.rowid",
    )
    return [ArticleEvent._make(r) for r in rows]


def set_reference_dates(store: Store, articles: dict[str, ReferenceDate], events: dict[int, ReferenceDate]) -> int:
    """Write, in one transaction, the dates of articles (id -> date) and of event mentions (rowid ->
    date); the actors of the newly dated articles are marked changed (an actor's latest role is
    chosen by its articles' dates). Returns articles dated."""
    with store.transaction():
        for row, d in events.items():
            store.con.execute(
                "UPDATE events SET date = ?, date_precision = ?, date_evidence = ? WHERE rowid = ?",
                [d.date, d.precision, d.evidence, row],
            )
        if articles:
            with store.temporary("redated", {"id": sorted(articles)}):
                store.con.execute(
                    "INSERT OR IGNORE INTO actor_changes SELECT DISTINCT key FROM entity_mentions "
                    "WHERE article_id IN (SELECT id FROM redated)"
                )
        for article_id, d in articles.items():
            store.con.execute(
                "UPDATE articles SET published = ?, published_precision = ?, published_from = 'reference', "
                "published_evidence = ? WHERE id = ?",
                [d.date, d.precision, d.evidence, article_id],
            )
    return len(articles)
