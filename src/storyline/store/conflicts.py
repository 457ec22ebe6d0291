"""The conflicts stage's queries (corpus/conflicts.py): what merged events and the texts of stories
say, streamed one event or one story at a time, and the conflicts it writes."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import NamedTuple

from .store import Store, grouped
from .tables import CONFLICTS


class TriggerContext(NamedTuple):
    """A mention of a merged event that two or more independent articles report."""

    article_id: str
    original: str  # the article it copies, else itself
    source: str | None
    published: date | None
    sentence: str | None
    sentence_start: int | None
    trigger: str | None
    trigger_start: int | None
    before: str | None  # the 30 characters before the trigger
    precision: str | None  # of `published`
    actors: str | None  # JSON, the mention's own
    recipients: str | None  # JSON


class StoryEventFact(NamedTuple):
    """An asserted merged event of a story, as its best mention tells it."""

    event_id: str
    type: str
    mode: str | None
    date: date | None
    date_precision: str | None
    location: str | None
    actors: str | None  # JSON
    recipients: str | None  # JSON
    article_id: str
    original: str  # the article it copies, else itself
    source: str | None  # a copy's is its original's
    sentence: str | None
    sentence_start: int | None
    trigger_start: int | None
    trigger_end: int | None
    quad_class: int | None


class StoryText(NamedTuple):
    """An original of a story, as the conflicts stage reads its text."""

    article_id: str
    original: str
    source: str | None
    published: date | None
    text: str | None
    people: list[tuple[int, str]]  # (start, canonical id) of the people it names, in order
    precision: str | None = None  # of `published`: day, month, year (None: a day, as tests write it)


def event_trigger_contexts(store: Store) -> Iterator[tuple[str, str | None, list[TriggerContext]]]:
    """For each merged event reported by two or more independent articles: (event id, story id,
    its mentions)."""
    cur = store.con.cursor().execute(
        """
        SELECT m.event_id, m.story_id, e.article_id, coalesce(a.duplicate_of, a.id), a.source, a.published,
               e.sentence, e.sentence_start, e.trigger, e.trigger_start,
               substr(a.text, greatest(1, e.trigger_start - 29), least(30, e.trigger_start)),
               a.published_precision, e.actors, e.recipients
        FROM merged_events m JOIN events e USING (event_id) JOIN articles a ON a.id = e.article_id
        WHERE m.num_originals >= 2
        ORDER BY m.event_id, e.mention_id
        """
    )
    yield from grouped(cur, 0, lambda r: (r[0], r[1]), lambda r: TriggerContext._make(r[2:]))


def story_event_facts(store: Store) -> Iterator[tuple[str, list[StoryEventFact]]]:
    """For each story with two or more originals, its asserted merged events that their texts
    date: (story id, [events])."""
    cur = store.con.cursor().execute(
        """
        SELECT m.story_id, m.event_id, e.type, e.mode, m.date, m.date_precision, e.location, e.actors,
               e.recipients, e.article_id, coalesce(a.duplicate_of, a.id), coalesce(o.source, a.source),
               e.sentence, e.sentence_start, e.trigger_start, e.trigger_end, e.quad_class
        FROM merged_events m JOIN events e ON e.mention_id = m.best_mention
        JOIN articles a ON a.id = e.article_id LEFT JOIN articles o ON o.id = a.duplicate_of
        JOIN stories s ON s.story_id = m.story_id
        WHERE s.originals >= 2 AND m.date_from = 'text' AND m.status IN ('happened', 'ongoing')
          AND NOT m.background_only
        ORDER BY m.story_id, m.event_id
        """
    )
    for (story_id,), rows in grouped(cur, 0, lambda r: (r[0],), lambda r: StoryEventFact._make(r[1:])):
        yield story_id, rows


def story_texts(store: Store) -> Iterator[tuple[str, list[StoryText]]]:
    """For each story with two or more originals not read for conflicts since it last changed:
    (story id, [its originals], earliest first)."""
    cur = store.con.cursor().execute(
        """
        WITH people AS (
            SELECT m.article_id, list((m.start, coalesce(k.entity_id, m.key)) ORDER BY m.start) AS people
            FROM entity_mentions m LEFT JOIN actor_keys k USING (key)
            WHERE m.kind = 'person' GROUP BY 1)
        SELECT a.story_id, a.id, coalesce(a.duplicate_of, a.id), a.source, a.published, a.text,
               coalesce(p.people, []), a.published_precision
        FROM articles a JOIN stories s USING (story_id) LEFT JOIN people p ON p.article_id = a.id
        WHERE s.originals >= 2 AND a.duplicate_of IS NULL AND NOT coalesce(s.conflicts_checked, false)
        ORDER BY a.story_id, a.published NULLS LAST, a.id
        """
    )
    for (story_id,), rows in grouped(cur, 0, lambda r: (r[0],), lambda r: StoryText._make(r[1:])):
        yield story_id, rows


def forget_read_stories(store: Store, version: str) -> None:
    """When the conflicts stage's rules changed since the store last ran it, every story's texts are
    read again (what an older version found in them is not kept)."""
    if store.meta_value("conflicts_version") == version:
        return
    with store.transaction():
        store.con.execute("UPDATE stories SET conflicts_checked = false")
        store.set_meta_value("conflicts_version", version)


def kept_story_conflicts(store: Store) -> list[dict]:
    """Conflicts read from the texts of stories that have not changed since: they stand."""
    cur = store.con.execute(
        f"SELECT {', '.join('c.' + n for n in CONFLICTS.names)} FROM conflicts c JOIN stories s USING (story_id) "
        "WHERE c.event_id IS NULL AND c.attribute IN ('quantity', 'duration') AND s.conflicts_checked"
    )
    return [dict(zip(CONFLICTS.names, r)) for r in cur.fetchall()]


def replace_conflicts(store: Store, rows: list[dict]) -> None:
    """Write the conflicts table whole and mark every story as read for conflicts."""
    with store.transaction():
        store.con.execute("DELETE FROM conflicts")
        store.insert(CONFLICTS, rows)
        store.con.execute("UPDATE stories SET conflicts_checked = true WHERE NOT coalesce(conflicts_checked, false)")
