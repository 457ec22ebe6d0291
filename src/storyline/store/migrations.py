"""Numbered schema migrations, so a store written by an older storyline still opens.

A new store is created in the current shape straight from the column specs (tables.py). An older
store is brought forward one numbered step at a time, in one transaction; a test checks that a
migrated store has exactly the columns of a new one. A store newer than this storyline is refused.
"""

from __future__ import annotations

SCHEMA_VERSION = 6

# version -> the statements that bring a store of version - 1 to it
MIGRATIONS: dict[int, list[str]] = {
    2: [
        # the extract stage's version, so a changed extractor or debris list re-reads the input
        "ALTER TABLE inputs ADD COLUMN IF NOT EXISTS extract_version VARCHAR",
    ],
    3: [
        # copies and stories (the new tables are created from their specs after the steps)
        "ALTER TABLE articles ADD COLUMN IF NOT EXISTS story_id VARCHAR",
        "ALTER TABLE articles ADD COLUMN IF NOT EXISTS duplicate_of VARCHAR",
        "ALTER TABLE articles ADD COLUMN IF NOT EXISTS relation VARCHAR",
        "ALTER TABLE articles ADD COLUMN IF NOT EXISTS duplicate_similarity DOUBLE",
        "ALTER TABLE articles ADD COLUMN IF NOT EXISTS duplicates_checked BOOLEAN",
    ],
    4: [
        # merged events and dates by cross-reference
        "ALTER TABLE events ADD COLUMN IF NOT EXISTS mention_id VARCHAR",
        "ALTER TABLE events ADD COLUMN IF NOT EXISTS event_id VARCHAR",
        "ALTER TABLE events ADD COLUMN IF NOT EXISTS date_evidence VARCHAR",
        "ALTER TABLE articles ADD COLUMN IF NOT EXISTS rewrites_checked BOOLEAN",
        # stories exists from version 3 on; an older store gets it whole from its spec after the steps
        "ALTER TABLE IF EXISTS stories ADD COLUMN IF NOT EXISTS conflicts_checked BOOLEAN",
        "UPDATE events SET mention_id = n.article_id || '#' || n.k FROM (SELECT rowid AS r, article_id, "
        "row_number() OVER (PARTITION BY article_id ORDER BY sentence_index, trigger_start) - 1 AS k FROM events) n "
        "WHERE events.rowid = n.r",
    ],
    # 5: actor_changes, created from its spec; an older store's actors are rebuilt whole once (the
    # actors stage finds no 'actors_built' in meta)
    6: [
        # articles that name no outlet, counted apart from num_sources (merged events are rebuilt each run)
        "ALTER TABLE IF EXISTS merged_events ADD COLUMN IF NOT EXISTS num_unsourced INTEGER",
    ],
}
