"""The actors stage's queries (corpus/actors.py): per-key statistics aggregated in the database, the
keys whose mentions changed, and the entities and actor_keys it writes. canonical_keys is what the
later corpus stages read of its result."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from datetime import date
from typing import Any, NamedTuple

from .store import Store
from .tables import ENTITIES


class KeyStat(NamedTuple):
    """One actor key's mentions, aggregated: the most frequent country and sector, the latest role
    stated, the 12 most used spellings."""

    key: str
    kind: str | None
    mentions: int
    articles: int
    country: str | None
    sector: str | None
    role: str | None
    role_date: date | None  # the date of the article that stated the role
    role_article: str | None
    role_sentence: str | None  # the evidence of the role
    names: list[str] | None


def canonical_keys(store: Store) -> dict[str, str]:
    """Per-article actor key -> canonical entity id."""
    return dict(store.con.execute("SELECT key, entity_id FROM actor_keys").fetchall())


def key_stats(store: Store, keys: list[str] | None = None) -> Iterator[KeyStat]:
    """One row per actor key (every key, or these), aggregated in the database so memory does not
    grow with mentions."""
    cur = store.con.cursor()  # its own cursor: entities are written while these rows stream
    mentions = "(SELECT * FROM entity_mentions)"
    wanted: Any = contextlib.nullcontext()
    if keys is not None:
        wanted = store.temporary("wanted_keys", {"key": keys}, con=cur)
        mentions = '(SELECT * FROM entity_mentions WHERE "key" IN (SELECT "key" FROM wanted_keys))'
    with wanted:
        cur.execute(
            f"""
            WITH em AS {mentions},
            m AS (SELECT m.*, a.published FROM em m JOIN articles a ON a.id = m.article_id),
            names AS (SELECT key, text, count(*) AS c FROM em GROUP BY key, text),
            top AS (SELECT key, list(text ORDER BY c DESC, text)[1:12] AS names FROM names GROUP BY key),
            countries AS (SELECT key, country, count(*) AS c FROM em WHERE country IS NOT NULL
                          GROUP BY key, country),
            country AS (SELECT key, arg_min(country, (-c, country)) AS country FROM countries GROUP BY key),
            sectors AS (SELECT key, sector, count(*) AS c FROM em WHERE sector IS NOT NULL
                        GROUP BY key, sector),
            sector AS (SELECT key, arg_min(sector, (-c, sector)) AS sector FROM sectors GROUP BY key),
            roles AS (SELECT key, role, published, article_id, role_evidence,
                             row_number() OVER (PARTITION BY key ORDER BY published DESC NULLS LAST, article_id DESC,
                                                sentence_index DESC, start DESC, role) AS rk
                      FROM m WHERE role IS NOT NULL),
            stats AS (SELECT key, min(kind) AS kind, count(*) AS mentions, count(DISTINCT article_id) AS articles
                      FROM m GROUP BY key)
            SELECT s.key, s.kind, s.mentions, s.articles, c.country, x.sector,
                   r.role, r.published, r.article_id, r.role_evidence, top.names
            FROM stats s JOIN top USING (key)
            LEFT JOIN country c USING (key) LEFT JOIN sector x USING (key)
            LEFT JOIN roles r ON r.key = s.key AND r.rk = 1
            ORDER BY s.key
            """
        )
        while True:
            rows = cur.fetchmany(10000)
            if not rows:
                return
            for r in rows:
                yield KeyStat._make(r)


def recount_entity_articles(store: Store, entity_ids: list[str] | None = None) -> None:
    """Exact article counts per canonical actor (every one, or these), once keys are merged."""
    only = ""
    recount: Any = contextlib.nullcontext()
    if entity_ids is not None:
        recount = store.temporary("recount_ids", {"id": entity_ids})
        only = "WHERE k.entity_id IN (SELECT id FROM recount_ids) "
    with recount:
        store.con.execute(
            "UPDATE entities SET articles = c.n FROM (SELECT k.entity_id, count(DISTINCT m.article_id) AS n "
            f"FROM entity_mentions m JOIN actor_keys k USING (key) {only}GROUP BY 1) c "
            "WHERE entities.entity_id = c.entity_id"
        )


def actor_changes(store: Store) -> list[str]:
    """The actor keys whose mentions changed since the actors stage last ran."""
    return [r[0] for r in store.con.execute('SELECT "key" FROM actor_changes ORDER BY "key"').fetchall()]


def person_key_entities(store: Store) -> dict[str, str]:
    """Person key -> the entity it was merged into when the actors stage last ran."""
    return dict(store.con.execute("SELECT key, entity_id FROM actor_keys WHERE key LIKE 'person:%'").fetchall())


class PersonKey(NamedTuple):
    """One person key as cross-article name merging sees it: how often it is mentioned, and the
    country and role its mentions give most often (ties by value, so every run merges alike)."""

    key: str
    mentions: int
    country: str | None
    role: str | None


def person_keys(store: Store) -> list[PersonKey]:
    """Every person key with its mention count, commonest country and commonest role: what merging
    names across articles needs, and no more (one row per key, not per mention)."""
    rows = store.con.execute(
        """
        WITH p AS (SELECT key, country, role FROM entity_mentions WHERE key LIKE 'person:%'),
        countries AS (SELECT key, country, count(*) AS c FROM p WHERE country IS NOT NULL GROUP BY key, country),
        country AS (SELECT key, arg_min(country, (-c, country)) AS country FROM countries GROUP BY key),
        roles AS (SELECT key, role, count(*) AS c FROM p WHERE role IS NOT NULL GROUP BY key, role),
        role AS (SELECT key, arg_min(role, (-c, role)) AS role FROM roles GROUP BY key)
        SELECT key, count(*) AS mentions, any_value(c.country), any_value(r.role)
        FROM p LEFT JOIN country c USING (key) LEFT JOIN role r USING (key)
        GROUP BY key ORDER BY key
        """
    ).fetchall()
    return [PersonKey._make(r) for r in rows]


def one_word_orgs(store: Store) -> set[str]:
    """Organisation keys of one word ("org:yukos"): a bare name the model sometimes calls a person may
    be one of them."""
    rows = store.con.execute(
        "SELECT DISTINCT key FROM entity_mentions WHERE key LIKE 'org:%' AND NOT contains(key, ' ')"
    ).fetchall()
    return {r[0] for r in rows}


def replace_entities(
    store: Store,
    batches: Iterator[list[dict[str, Any]]],
    merges: dict[str, str],
    entity_ids: list[str] | None = None,
    keys: list[str] | None = None,
) -> None:
    """Rewrite entities (streamed in batches) and actor_keys (every key to itself, then `merges`):
    all of them, or only the entities `entity_ids` and the keys `keys`. Either way the changes the
    rows account for are cleared from actor_changes, in the same transaction."""
    with store.transaction():
        if entity_ids is None or keys is None:
            store.con.execute("DELETE FROM entities")
            store.con.execute("DELETE FROM actor_keys")
            for rows in batches:
                store.insert(ENTITIES, rows)
            store.con.execute("INSERT INTO actor_keys SELECT DISTINCT key, key FROM entity_mentions")
        else:
            with (
                store.temporary("rebuilt_entities", {"id": entity_ids}),
                store.temporary("rebuilt_keys", {"key": keys}),
            ):
                store.con.execute("DELETE FROM entities WHERE entity_id IN (SELECT id FROM rebuilt_entities)")
                store.con.execute('DELETE FROM actor_keys WHERE "key" IN (SELECT "key" FROM rebuilt_keys)')
                for rows in batches:
                    store.insert(ENTITIES, rows)
                store.con.execute(
                    'INSERT INTO actor_keys SELECT DISTINCT "key", "key" FROM entity_mentions '
                    'WHERE "key" IN (SELECT "key" FROM rebuilt_keys)'
                )
        store.con.execute("DELETE FROM actor_changes")
        if merges:
            with store.temporary("merges", {"key": sorted(merges), "entity_id": [merges[k] for k in sorted(merges)]}):
                store.con.execute(
                    "UPDATE actor_keys SET entity_id = m.entity_id FROM merges m WHERE actor_keys.key = m.key"
                )
