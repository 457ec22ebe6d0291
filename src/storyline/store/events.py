"""The events stage's queries (corpus/events.py): event mentions with their article's facts, streamed
one block at a time, and the merged events it writes."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from datetime import date
from typing import Any, NamedTuple

from .store import Store
from .tables import MERGED_EVENTS


class EventMention(NamedTuple):
    """An event mention with its article's facts, as the events stage merges it."""

    mention_id: str
    article_id: str
    type: str
    status: str
    background: bool | None
    date: date | None
    date_precision: str | None
    date_text: str | None
    date_evidence: str | None
    location: str | None
    actors: str | None  # JSON
    recipients: str | None  # JSON
    story_id: str | None
    duplicate_of: str | None
    source: str | None  # a copy's is its original's: a copy speaks with its original's voice
    published: date | None  # the article's date
    sentence_index: int
    article_precision: str | None  # the precision of the article's date
    mode: str | None


def event_blocks(store: Store, fetch: int = 20000) -> Iterator[list[EventMention]]:
    """Event mentions with their article's facts, one event type at a time (mentions of one event
    may name their parties' countries differently, or not at all: "Kim's visit", "Kim's visit to
    Russia"), streamed in type order, by mention id within a type. Read on a cursor of its own, so
    the writes the caller makes between blocks do not end the stream."""
    cur = store.con.cursor().execute(
        """
        SELECT e.mention_id, e.article_id, e.type, e.status, e.background, e.date, e.date_precision,
               e.date_text, e.date_evidence, e.location, e.actors, e.recipients, a.story_id, a.duplicate_of,
               coalesce(o.source, a.source), a.published, e.sentence_index,
               a.published_precision, e.mode
        FROM events e JOIN articles a ON a.id = e.article_id
        LEFT JOIN articles o ON o.id = a.duplicate_of  -- a copy speaks with its original's voice
        WHERE e.mention_id IS NOT NULL
        ORDER BY e.type, e.mention_id
        """
    )
    block: list[EventMention] = []
    key = None
    while True:
        rows = cur.fetchmany(fetch)
        if not rows:
            break
        for r in rows:
            m = EventMention._make(r)
            k = m.type
            if k != key and block:
                yield block
                block = []
            key = k
            block.append(m)
    if block:
        yield block


@contextlib.contextmanager
def merged_events_writer(store: Store) -> Iterator[Any]:
    """Replace merged events in one transaction: yields write(rows, {mention_id: event_id})."""

    def write(rows: list[dict], links: dict[str, str]) -> int:
        if rows:
            store.insert(MERGED_EVENTS, rows)
        if links:
            ids = sorted(links)
            with store.temporary("event_links", {"mention_id": ids, "event_id": [links[i] for i in ids]}):
                store.con.execute(
                    "UPDATE events SET event_id = l.event_id FROM event_links l WHERE events.mention_id = l.mention_id"
                )
        return len(rows)

    with store.transaction():
        store.con.execute("DELETE FROM merged_events")
        store.con.execute("UPDATE events SET event_id = NULL WHERE event_id IS NOT NULL")
        yield write
