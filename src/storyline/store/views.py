"""What the report and the app show, aggregated in the store: every function here is one bounded
query (counts, top-N lists, one story, one page of rows), so a 20,000-article store renders in the
same memory as a 20-article one. Presentation lives in report/; nothing here formats HTML.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from .export import _event_rows, _merged_rows, _plain
from .store import Store
from .tables import _UNASSERTED, ASSERTED, ASSERTED_MERGED


def _dicts(store: Store, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
    cur = store.query(sql, params or [])
    names = [d[0] for d in cur.description]
    return [{n: _plain(v) for n, v in zip(names, row)} for row in cur.fetchall()]


def _row(store: Store, sql: str, ident: str) -> dict[str, Any] | None:
    """The one row an id names, or None."""
    rows = _dicts(store, sql, [ident])
    return rows[0] if rows else None


def _one(store: Store, sql: str, params: list[Any] | None = None) -> Any:
    return store.query(sql, params or []).fetchone()[0]


def overview(store: Store, outlets: int = 15) -> dict[str, Any]:
    """The corpus at a glance: inputs, articles, problems by reason, languages, dates (with a month
    histogram) and the busiest outlets."""
    out: dict[str, Any] = {
        "inputs": _one(store, "SELECT count(*) FROM inputs"),
        "articles": _one(store, "SELECT count(*) FROM articles"),
        "originals": _one(store, "SELECT count(*) FROM articles WHERE duplicate_of IS NULL"),
        "stories": _one(store, "SELECT count(*) FROM stories"),
        "events": _one(store, f"SELECT count(*) FROM merged_events m WHERE {ASSERTED_MERGED}"),
        "mentions": _one(store, "SELECT count(*) FROM events"),
        "quotes": _one(store, "SELECT count(*) FROM quotes"),
        # every canonical actor, places included: the number the run summary and the export give
        "actors": _one(store, "SELECT count(*) FROM entities"),
        "places": _one(store, "SELECT count(*) FROM entities WHERE kind = 'place'"),
        # disagreements between sources; a source revising its own figure is an update, counted apart
        "conflicts": _one(store, "SELECT count(*) FROM conflicts WHERE kind = 'conflict'"),
        "updates": _one(store, "SELECT count(*) FROM conflicts WHERE kind = 'update'"),
    }
    out["problems"] = _dicts(
        store, "SELECT reason, count(*) AS n FROM problems GROUP BY 1 ORDER BY n DESC, reason LIMIT 20"
    )
    out["problem_total"] = _one(store, "SELECT count(*) FROM problems")
    out["languages"] = _dicts(
        store,
        "SELECT coalesce(language, '?') AS language, count(*) AS n FROM articles GROUP BY 1 ORDER BY n DESC LIMIT 12",
    )
    out["dated"] = _one(store, "SELECT count(*) FROM articles WHERE published IS NOT NULL")
    out["first_date"], out["first_precision"], out["last_date"], out["last_precision"] = (
        _plain(v)
        for v in store.query(
            "SELECT min(published), arg_min(published_precision, published), "
            f"max({span_end('published', 'published_precision')}), "
            f"arg_max(published_precision, {span_end('published', 'published_precision')}) "
            "FROM articles WHERE published IS NOT NULL"
        ).fetchone()
    )
    if out["last_date"] and out["last_precision"] in ("month", "year"):  # the span's start, as stored
        out["last_date"] = _one(
            store,
            "SELECT max(published) FROM articles WHERE published_precision = ? AND "
            f"{span_end('published', 'published_precision')} = ?",
            [out["last_precision"], out["last_date"]],
        ).isoformat()
    out["precisions"] = dict(
        store.query(
            "SELECT published_precision, count(*) FROM articles WHERE published IS NOT NULL GROUP BY 1"
        ).fetchall()
    )
    out["months"] = _dicts(
        store,
        "SELECT strftime(published, '%Y-%m') AS month, count(*) AS n FROM articles "
        "WHERE published IS NOT NULL AND published_precision IN ('day', 'month') GROUP BY 1 ORDER BY 1",
    )
    # every dated article has a year, whatever its precision: the chart a mixed pile can draw whole
    out["years"] = _dicts(
        store,
        "SELECT strftime(published, '%Y') AS year, count(*) AS n, "
        "count(*) FILTER (WHERE published_precision = 'year') AS year_only FROM articles "
        "WHERE published IS NOT NULL GROUP BY 1 ORDER BY 1",
    )
    out["outlets"] = _dicts(
        store,
        "SELECT coalesce(source, '(no outlet)') AS source, count(*) AS n, "
        "count(*) FILTER (WHERE duplicate_of IS NOT NULL) AS copies FROM articles "
        "GROUP BY 1 ORDER BY n DESC, source LIMIT ?",
        [outlets],
    )
    out["outlet_total"] = _one(store, "SELECT count(DISTINCT source) FROM articles")
    return out


STORY_ORDER = {
    "size": "s.originals DESC, s.articles DESC, s.first_date NULLS LAST, s.story_id",
    "recent": "s.last_date DESC NULLS LAST, s.articles DESC, s.story_id",
}


def stories(store: Store, limit: int = 50, offset: int = 0, order: str = "size", query: str | None = None) -> list:
    """A page of stories (largest or latest first), with their JSON columns as lists."""
    where, params = "", []
    if query:
        where, params = "WHERE s.title ILIKE ?", [f"%{query}%"]
    rows = _dicts(
        store,
        "SELECT s.story_id, s.title, s.first_date, s.first_precision, s.last_date, s.last_precision, "
        f"s.articles, s.originals, s.sources, s.summary FROM stories s {where} "
        f"ORDER BY {STORY_ORDER.get(order, STORY_ORDER['size'])} LIMIT ? OFFSET ?",
        [*params, limit, offset],
    )
    for r in rows:
        r["sources"] = json.loads(r["sources"] or "[]")
        r["summary"] = json.loads(r["summary"] or "[]")
    return rows


def story(store: Store, story_id: str) -> dict[str, Any] | None:
    found = stories_by_id(store, [story_id])
    return found[0] if found else None


def stories_by_id(store: Store, ids: list[str]) -> list[dict[str, Any]]:
    if not ids:
        return []
    rows = _dicts(
        store,
        "SELECT story_id, title, first_date, first_precision, last_date, last_precision, articles, originals, "
        "sources, summary, terms FROM stories WHERE story_id IN (SELECT unnest(?::VARCHAR[])) "
        "ORDER BY originals DESC, articles DESC, story_id",
        [ids],
    )
    for r in rows:
        for key in ("sources", "summary", "terms"):
            r[key] = json.loads(r[key] or "[]")
    return rows


def story_articles(store: Store, story_id: str, limit: int = 200) -> list[dict[str, Any]]:
    """A story's articles, first report first: outlet, date, title, URL, and whether each is a copy
    or a rewrite (and of what)."""
    return _dicts(
        store,
        "SELECT id, source, title, url, published, published_precision, published_from, duplicate_of, relation "
        "FROM articles WHERE story_id = ? ORDER BY published NULLS LAST, id LIMIT ?",
        [story_id, limit],
    )


def story_key_actors(store: Store, story_id: str, limit: int = 8) -> list[dict[str, Any]]:
    return _dicts(
        store,
        """
        SELECT e.entity_id, e.name, e.kind, count(DISTINCT m.article_id) AS articles
        FROM entity_mentions m JOIN articles a ON a.id = m.article_id
        JOIN actor_keys k USING (key) JOIN entities e USING (entity_id)
        WHERE a.story_id = ? AND e.kind IN ('person', 'country', 'org', 'group')
        GROUP BY 1, 2, 3 ORDER BY articles DESC, e.name LIMIT ?
        """,
        [story_id, limit],
    )


def span_end(column: str, precision: str) -> str:
    """SQL for the last day a date at its precision may stand for: a month-dated event (stored as the
    1st) may have happened on any day of that month, a year-dated one on any day of that year."""
    return (
        f"CASE {precision} WHEN 'year' THEN ({column} + INTERVAL 1 YEAR - INTERVAL 1 DAY)::DATE "
        f"WHEN 'month' THEN ({column} + INTERVAL 1 MONTH - INTERVAL 1 DAY)::DATE ELSE {column} END"
    )


def overlaps(column: str, precision: str, since: date | None, until: date | None) -> list[tuple[str, Any]]:
    """Filter pairs keeping the rows whose date span overlaps since..until (either end open): an event
    known only to September 2023 is inside 2023-09-10..2023-09-20, and one known only to 2004 is
    inside any range of 2004."""
    return [(f"{span_end(column, precision)} >= ?", since), (f"{column} <= ?", until)]


def _party_of(entity_id: str | None, alias: str = "e") -> tuple[str, Any]:
    """The filter pair keeping merged events (their best mention `alias`) an actor acts in or is acted on."""
    return (
        "EXISTS (SELECT 1 FROM actor_keys k WHERE k.entity_id = ? AND k.key IN ("
        f"SELECT unnest(json_extract_string({alias}.actors, '$[*].key')) UNION ALL "
        f"SELECT unnest(json_extract_string({alias}.recipients, '$[*].key'))))",
        entity_id,
    )


def events(
    store: Store,
    story_id: str | None = None,
    entity_id: str | None = None,
    event_type: str | None = None,
    since: date | None = None,
    until: date | None = None,
    event_id: str | None = None,
    limit: int = 100,
    offset: int = 0,
    newest_first: bool = False,
) -> list[dict[str, Any]]:
    """Merged events (one per real-world event, its best mention as evidence) filtered in the store,
    in the order they happened (or the most recent first); a page of them. Dates filter by overlap:
    a month- or year-dated event is in every range that meets its month or year."""
    conditions, params = _filters(
        ("m.story_id = ?", story_id),
        ("m.event_id = ?", event_id),
        ("e.type = ?", event_type),
        *overlaps("m.date", "m.date_precision", since, until),
        _party_of(entity_id),
    )
    return list(
        _merged_rows(
            store,
            bool(event_id),
            where=conditions,
            params=params,
            limit=limit,
            offset=offset,
            newest_first=newest_first,
        )
    )


def _filters(*pairs: tuple[str, Any]) -> tuple[list[str], list[Any]]:
    """The SQL conditions (one `?` each) whose value was given, and their values."""
    given = [(sql, value) for sql, value in pairs if value not in (None, "")]
    return [sql for sql, _ in given], [value for _, value in given]


def event_mentions(store: Store, event_id: str, limit: int = 50) -> list[dict[str, Any]]:
    """Every mention of one merged event: the sentences in each article that report it."""
    return list(
        _event_rows(
            store,
            True,
            join="JOIN (SELECT mention_id AS mid FROM merged_events m, "
            "unnest(from_json(m.mention_ids, '[\"VARCHAR\"]')) AS t(mention_id) WHERE m.event_id = ?) x "
            "ON x.mid = e.mention_id",
            params=[event_id],
            limit=limit,
        )
    )


def quotes(
    store: Store,
    story_id: str | None = None,
    article_id: str | None = None,
    limit: int = 50,
    offset: int = 0,
    speaker_id: str | None = None,
    since: date | None = None,
    until: date | None = None,
    words: str | None = None,
    newest_first: bool = False,
) -> list[dict[str, Any]]:
    """Who said what: a page of quotes, each with its speaker (the canonical actor where the speaker
    resolved to one), its kind (direct or reported), its sentence, its article's outlet and date.
    Filters: a speaker (an actor id), a story, an article, the article's date span, words."""
    conditions, params = _filters(
        ("a.story_id = ?", story_id),
        ("q.article_id = ?", article_id),
        ("k.entity_id = ?", speaker_id),
        *overlaps("a.published", "a.published_precision", since, until),
    )
    for word in (words or "").split()[:8]:
        conditions.append("q.text ILIKE ?")
        params.append(f"%{word}%")
    where = ("WHERE " + " AND ".join(conditions)) if conditions else ""
    order = "a.published DESC NULLS LAST" if newest_first else "a.published NULLS LAST"
    rows = _dicts(
        store,
        "SELECT q.article_id, q.sentence_index, coalesce(e.name, q.speaker) AS speaker, k.entity_id, q.text, "
        'q.start, q."end", q.kind, q.cue, a.source, a.title, a.published, a.published_precision, a.story_id, '
        'substr(a.text, greatest(q.start - 200, 0) + 1, least(q.start, 200) + (q."end" - q.start) + 200) '
        "AS around, greatest(q.start - 200, 0) AS around_start "
        "FROM quotes q JOIN articles a ON a.id = q.article_id "
        f"LEFT JOIN actor_keys k ON k.key = q.speaker_key LEFT JOIN entities e USING (entity_id) {where} "
        f"ORDER BY {order}, q.article_id, q.start LIMIT ? OFFSET ?",
        [*params, limit, offset],
    )
    for r in rows:
        at = r.pop("around_start")
        r["sentence"], r["sentence_start"] = _sentence_around(r.pop("around") or "", at, r["start"], r["end"])
    return rows


SENTENCE_END = ".!?\n"


def _sentence_around(text: str, text_start: int, start: int | None, end: int | None) -> tuple[str, int]:
    """The sentence holding [start, end) in a window of the article text that begins at `text_start`,
    and where it starts in the article: back to the end of the sentence before, on to the end of the
    quote's sentence (a quotation's own full stops inside the quote do not end it)."""
    if start is None or end is None:
        return text.strip(), text_start
    a, b = max(start - text_start, 0), max(end - text_start, 0)
    left = max((text.rfind(c, 0, a) for c in SENTENCE_END), default=-1) + 1
    right = min((x for x in (text.find(c, max(b - 1, a)) for c in SENTENCE_END) if x >= 0), default=len(text) - 1)
    while left < a and text[left].isspace():
        left += 1
    return text[left : right + 1].rstrip(), text_start + left


CONFLICT_ORDER = "c.story_id, c.kind, c.attribute, c.about"


def conflicts(
    store: Store,
    story_id: str | None = None,
    limit: int = 50,
    offset: int = 0,
    entity_id: str | None = None,
    since: date | None = None,
    until: date | None = None,
    attribute: str | None = None,
) -> list[dict[str, Any]]:
    """Where sources disagree (and numbers that were updated): each with its values, their outlets
    and cited sentences, its story and its merged event. Filters: story; an actor who is a party of
    its event or named in its story's articles; its date span (its event's, else its story's); the
    attribute (duration, quantity, place, date, actor)."""
    date_col = "coalesce(m.date, s.first_date)"
    precision = "CASE WHEN m.date IS NOT NULL THEN m.date_precision ELSE s.first_precision END"
    conditions, params = _filters(
        ("c.story_id = ?", story_id),
        ("c.attribute = ?", attribute),
        (f"{span_end(date_col, precision)} >= ?", since),
        (f"{date_col} <= ?", until),
        (
            "(EXISTS (SELECT 1 FROM events b JOIN actor_keys k ON k.key IN ("
            "SELECT unnest(json_extract_string(b.actors, '$[*].key')) UNION ALL "
            "SELECT unnest(json_extract_string(b.recipients, '$[*].key'))) "
            "WHERE b.mention_id = m.best_mention AND k.entity_id = ?) "
            "OR EXISTS (SELECT 1 FROM entity_mentions x JOIN articles y ON y.id = x.article_id "
            "JOIN actor_keys k USING (key) WHERE y.story_id = c.story_id AND k.entity_id = ?))",
            entity_id,
        ),
    )
    if entity_id:
        params.append(entity_id)  # the condition asks for it twice
    where = ("WHERE " + " AND ".join(conditions)) if conditions else ""
    rows = _dicts(
        store,
        "SELECT c.conflict_id, c.story_id, s.title AS story_title, c.event_id, c.attribute, c.about, c.kind, "
        "c.num_values, c.values, m.date AS event_date, m.date_precision AS event_precision, "
        "s.first_date, s.first_precision, s.last_date, s.last_precision, e.type AS event_type "
        "FROM conflicts c LEFT JOIN stories s USING (story_id) LEFT JOIN merged_events m USING (event_id) "
        f"LEFT JOIN events e ON e.mention_id = m.best_mention {where} "
        f"ORDER BY {CONFLICT_ORDER} LIMIT ? OFFSET ?",
        [*params, limit, offset],
    )
    for r in rows:
        r["values"] = json.loads(r["values"] or "[]")
    return rows


def conflict_attributes(store: Store) -> list[str]:
    return [r[0] for r in store.query("SELECT DISTINCT attribute FROM conflicts ORDER BY 1").fetchall()]


# An actor with a name of its own: a person, an organisation, a country, or a group of one country
# ("Russia military"). An actor no country or name anchors (ids with ":-:": "government", "people",
# "firm", or a role without its holder, "ministers", "Tory leader") is a common noun, and counting
# or drawing it as one actor would merge every government of the corpus.
NAMED_ACTOR = "(e.kind IN ('person', 'org', 'country', 'group') AND e.entity_id NOT LIKE '%:-:%')"


def find_actors(store: Store, text: str, limit: int = 12) -> list[dict[str, Any]]:
    """The actors (not places) a typed name may mean, over every actor of the store: an id as it is,
    then exact names and aliases, then names that start with it, then names that hold it, the most
    mentioned first."""
    text = text.strip()
    if not text:
        return []
    return _dicts(
        store,
        """
        SELECT entity_id, name, kind, country, mentions FROM entities
        WHERE kind <> 'place' AND (entity_id = ? OR name ILIKE ? OR aliases ILIKE ?)
        ORDER BY (entity_id = ?) DESC, (lower(name) = lower(?)) DESC, (name ILIKE ?) DESC, mentions DESC, name
        LIMIT ?
        """,
        [text, f"%{text}%", f'%"{text}"%', text, text, f"{text}%", limit],
    )


def busiest_dyads(store: Store, limit: int = 6) -> list[dict[str, Any]]:
    """The named actor pairs with most merged events (both directions together, dated or not), each
    with its monthly series per direction and QuadClass (the events dated to a day or month)."""
    pairs = _dicts(
        store,
        f"""
        WITH ev AS (
            SELECT m.event_id, m.date, m.date_precision, e.quad_class, e.score,
                   json_extract_string(e.actors, '$[0].key') AS akey,
                   json_extract_string(e.recipients, '$[0].key') AS rkey
            FROM merged_events m JOIN events e ON e.mention_id = m.best_mention
            WHERE {ASSERTED_MERGED}),
        named AS (SELECT ka.entity_id AS aid, kr.entity_id AS rid, ev.* FROM ev
                  JOIN actor_keys ka ON ka.key = ev.akey JOIN actor_keys kr ON kr.key = ev.rkey
                  WHERE ka.entity_id <> kr.entity_id
                    AND ka.entity_id IN (SELECT entity_id FROM entities e WHERE {NAMED_ACTOR})
                    AND kr.entity_id IN (SELECT entity_id FROM entities e WHERE {NAMED_ACTOR}))
        SELECT least(aid, rid) AS a, greatest(aid, rid) AS b, count(*) AS events,
               count(*) FILTER (WHERE date IS NOT NULL AND date_precision IN ('day', 'month')) AS dated
        FROM named GROUP BY 1, 2 ORDER BY events DESC, a, b LIMIT ?
        """,
        [limit],
    )
    for p in pairs:
        p["types"] = dict(
            store.query(
                f"""
                SELECT e.type, count(*) FROM merged_events m JOIN events e ON e.mention_id = m.best_mention
                JOIN actor_keys ka ON ka.key = json_extract_string(e.actors, '$[0].key')
                JOIN actor_keys kr ON kr.key = json_extract_string(e.recipients, '$[0].key')
                WHERE {ASSERTED_MERGED}
                  AND ((ka.entity_id = ? AND kr.entity_id = ?) OR (ka.entity_id = ? AND kr.entity_id = ?))
                GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 6
                """,
                [p["a"], p["b"], p["b"], p["a"]],
            ).fetchall()
        )
        p["names"] = dict(
            store.query("SELECT entity_id, name FROM entities WHERE entity_id IN (?, ?)", [p["a"], p["b"]]).fetchall()
        )
        p["series"] = _dicts(
            store,
            f"""
            SELECT ka.entity_id AS actor, kr.entity_id AS recipient, strftime(m.date, '%Y-%m') AS month,
                   count(*) FILTER (WHERE e.quad_class IN (1, 2)) AS cooperation,
                   count(*) FILTER (WHERE e.quad_class IN (3, 4)) AS conflict,
                   round(avg(e.score), 2) AS mean_score
            FROM merged_events m JOIN events e ON e.mention_id = m.best_mention
            JOIN actor_keys ka ON ka.key = json_extract_string(e.actors, '$[0].key')
            JOIN actor_keys kr ON kr.key = json_extract_string(e.recipients, '$[0].key')
            WHERE {ASSERTED_MERGED} AND m.date IS NOT NULL AND m.date_precision IN ('day', 'month')
              AND ((ka.entity_id = ? AND kr.entity_id = ?) OR (ka.entity_id = ? AND kr.entity_id = ?))
            GROUP BY 1, 2, 3 ORDER BY 3, 1
            """,
            [p["a"], p["b"], p["b"], p["a"]],
        )
    return pairs


def network(store: Store, nodes: int = 40) -> dict[str, list[dict[str, Any]]]:
    """The actor network: the most active actors and the merged events between them (edges weighted
    by events, typed by their commonest QuadClass)."""
    edges = _dicts(
        store,
        f"""
        WITH ev AS (
            SELECT m.event_id, e.quad_class, e.type,
                   json_extract_string(e.actors, '$[0].key') AS akey,
                   json_extract_string(e.recipients, '$[0].key') AS rkey
            FROM merged_events m JOIN events e ON e.mention_id = m.best_mention WHERE {ASSERTED_MERGED}),
        named AS (SELECT ka.entity_id AS source, kr.entity_id AS target, ev.* FROM ev
                  JOIN actor_keys ka ON ka.key = ev.akey JOIN actor_keys kr ON kr.key = ev.rkey
                  WHERE ka.entity_id <> kr.entity_id
                    AND ka.entity_id IN (SELECT entity_id FROM entities e WHERE {NAMED_ACTOR} AND e.name <> '')
                    AND kr.entity_id IN (SELECT entity_id FROM entities e WHERE {NAMED_ACTOR} AND e.name <> '')),
        degree AS (SELECT id, count(*) AS n FROM (SELECT source AS id FROM named UNION ALL
                   SELECT target FROM named) GROUP BY 1 ORDER BY n DESC, id LIMIT ?)
        SELECT source, target, count(*) AS weight, mode(quad_class) AS quad_class, mode(type) AS type
        FROM named WHERE source IN (SELECT id FROM degree) AND target IN (SELECT id FROM degree)
        GROUP BY 1, 2 ORDER BY weight DESC, source, target
        """,
        [nodes],
    )
    ids = sorted({e["source"] for e in edges} | {e["target"] for e in edges})
    node_rows = _dicts(
        store,
        "SELECT entity_id AS id, name, kind, country, sector, mentions FROM entities "
        "WHERE entity_id IN (SELECT unnest(?::VARCHAR[])) ORDER BY mentions DESC, id",
        [ids],
    )
    return {"nodes": node_rows, "edges": edges}


def actors(
    store: Store, limit: int = 50, offset: int = 0, query: str | None = None, named_only: bool = False
) -> list[dict[str, Any]]:
    """Actors (not places), most mentioned first, with how often each acts and is acted on;
    `named_only` leaves out the common nouns ("government", "ministers")."""
    where, params = "WHERE e.kind <> 'place'" + (f" AND {NAMED_ACTOR}" if named_only else ""), []
    if query:
        where += " AND (e.name ILIKE ? OR e.aliases ILIKE ?)"
        params += [f"%{query}%", f"%{query}%"]
    rows = _dicts(
        store,
        f"""
        SELECT e.entity_id, e.name, e.kind, e.country, e.sector, e.role, e.role_date, e.role_article,
               e.aliases, e.mentions, e.articles
        FROM entities e {where} ORDER BY e.mentions DESC, e.name LIMIT ? OFFSET ?
        """,
        [*params, limit, offset],
    )
    for r in rows:
        r["aliases"] = json.loads(r["aliases"] or "[]")
    if rows:
        counts = _dicts(
            store,
            f"""
            WITH ev AS (SELECT m.event_id, e.actors, e.recipients FROM merged_events m
                        JOIN events e ON e.mention_id = m.best_mention WHERE {ASSERTED_MERGED}),
            parties AS (SELECT event_id, unnest(json_extract_string(actors, '$[*].key')) AS key, 'actor' AS role FROM ev
                        UNION ALL
                        SELECT event_id, unnest(json_extract_string(recipients, '$[*].key')), 'recipient' FROM ev)
            SELECT k.entity_id,
                   count(DISTINCT p.event_id) FILTER (WHERE p.role = 'actor') AS as_actor,
                   count(DISTINCT p.event_id) FILTER (WHERE p.role = 'recipient') AS as_recipient
            FROM parties p JOIN actor_keys k USING (key)
            WHERE k.entity_id IN (SELECT unnest(?::VARCHAR[])) GROUP BY 1
            """,
            [[r["entity_id"] for r in rows]],
        )
        by = {c["entity_id"]: c for c in counts}
        for r in rows:
            r["as_actor"] = by.get(r["entity_id"], {}).get("as_actor", 0)
            r["as_recipient"] = by.get(r["entity_id"], {}).get("as_recipient", 0)
    return rows


def actor(store: Store, entity_id: str) -> dict[str, Any] | None:
    row = _row(
        store,
        "SELECT entity_id, name, kind, country, sector, role, role_date, role_article, role_sentence, aliases, "
        "mentions, articles FROM entities WHERE entity_id = ?",
        entity_id,
    )
    if row:
        row["aliases"] = json.loads(row["aliases"] or "[]")
    return row


def mapped_events(store: Store, limit: int = 500) -> list[dict[str, Any]]:
    """Merged events with coordinates (their best mention's place), for the map."""
    return _dicts(
        store,
        f"""
        SELECT m.event_id, e.type, e.location, e.latitude, e.longitude, m.num_sources, e.quad_class
        FROM merged_events m JOIN events e ON e.mention_id = m.best_mention
        WHERE {ASSERTED_MERGED} AND e.latitude IS NOT NULL AND e.longitude IS NOT NULL
        ORDER BY m.num_sources DESC, m.event_id LIMIT ?
        """,
        [limit],
    )


def article(store: Store, article_id: str) -> dict[str, Any] | None:
    return _row(
        store,
        "SELECT id, url, source, title, author, published, published_precision, published_from, "
        "published_evidence, language, text, story_id, duplicate_of, relation FROM articles WHERE id = ?",
        article_id,
    )


def articles_by_id(store: Store, ids: list[str]) -> list[dict[str, Any]]:
    """These articles (a page of search hits) in the order of `ids`, with their texts."""
    if not ids:
        return []
    rows = _dicts(
        store,
        "SELECT id, title, source, published, published_precision, story_id, text FROM articles "
        "WHERE id IN (SELECT unnest(?::VARCHAR[]))",
        [ids],
    )
    order = {ident: i for i, ident in enumerate(ids)}
    return sorted(rows, key=lambda r: order[r["id"]])


def article_marks(store: Store, article_id: str) -> list[dict[str, Any]]:
    """Spans to highlight in an article's text, with character offsets into the stored text: the
    actors the coder resolved to a named actor (a person or organisation the text names, or a named
    actor where it is a party of an event; never a common noun like "firms") and the triggers of the
    events the text asserts: a negated or hypothetical event is not an event, so its trigger is not
    marked as one."""
    parties = {
        (p["start"], p["end"])
        for (actors, recipients) in store.query(
            "SELECT actors, recipients FROM events WHERE article_id = ?", [article_id]
        ).fetchall()
        for p in json.loads(actors or "[]") + json.loads(recipients or "[]")
        if p.get("start") is not None
    }
    actors = _dicts(
        store,
        f"""
        SELECT m.start, m."end", 'actor' AS kind, e.name AS label, e.entity_id AS ref, e.kind AS actor_kind,
               m.label AS ner, {NAMED_ACTOR} AS named
        FROM entity_mentions m JOIN actor_keys k USING (key) JOIN entities e USING (entity_id)
        WHERE m.article_id = ? AND e.kind <> 'place'
        """,
        [article_id],
    )
    kept = [
        a
        for a in actors
        if a.pop("named")
        and ((a["start"], a["end"]) in parties or (a["actor_kind"] in ("person", "org") and a["ner"] != "NORP"))
    ]
    triggers = _dicts(
        store,
        f"""
        SELECT trigger_start AS start, trigger_end AS "end", 'trigger' AS kind,
               type || ' (' || status || ')' AS label, event_id AS ref
        FROM events e WHERE article_id = ? AND trigger_start IS NOT NULL
          AND status NOT IN ({_UNASSERTED})
        """,
        [article_id],
    )
    return sorted(kept + triggers, key=lambda m: (m["start"], -m["end"]))


def sentence_at(store: Store, article_id: str, at: int) -> tuple[int, int] | None:
    """The span of the stored sentence (an event's) that holds character `at` of an article, if any."""
    row = store.query(
        "SELECT sentence_start, sentence_start + length(sentence) FROM events "
        "WHERE article_id = ? AND sentence_start <= ? AND sentence_start + length(sentence) > ? "
        "ORDER BY length(sentence) LIMIT 1",
        [article_id, at, at],
    ).fetchone()
    return (row[0], row[1]) if row else None


def search_articles(store: Store, query: str, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
    """Articles whose title or text holds every word of the query, title hits first, then by how
    often the words occur. Plain SQL, so it works offline on any store (DuckDB's fts extension is
    downloaded on first use)."""
    words = [w for w in query.split() if w][:8]
    if not words:
        return []
    conditions = " AND ".join("(title ILIKE ? OR text ILIKE ?)" for _ in words)
    params: list[Any] = []
    for w in words:
        params += [f"%{w}%", f"%{w}%"]
    title_hits = " + ".join("(title ILIKE ?)::INT" for _ in words)
    occurrences = " + ".join("(length(text) - length(replace(lower(text), lower(?), ''))) / length(?)" for _ in words)
    score_params: list[Any] = [f"%{w}%" for w in words]
    for w in words:
        score_params += [w, w]
    return _dicts(
        store,
        f"""
        SELECT id, title, source, published, published_precision, story_id,
               substr(text, 1, 240) AS snippet, {title_hits} AS title_hits, {occurrences} AS hits
        FROM articles WHERE {conditions}
        ORDER BY title_hits DESC, hits DESC, id LIMIT ? OFFSET ?
        """,
        [*score_params, *params, limit, offset],
    )


def event_types(store: Store) -> list[str]:
    return [r[0] for r in store.query("SELECT DISTINCT type FROM events ORDER BY 1").fetchall()]


# ---- the terminal dossier's reads -------------------------------------------------------------------


def country(store: Store, code: str) -> tuple[str | None, int]:
    """A country code's canonical name (None if no entity is the country) and how many actors belong to it."""
    row = store.query("SELECT name FROM entities WHERE entity_id = ?", [f"country:{code}"]).fetchone()
    has = _one(store, "SELECT count(*) FROM entities WHERE country = ?", [code])
    return (row[0] if row else None), has


def actor_named(store: Store, text: str) -> dict[str, Any] | None:
    """The actor a name or one of its aliases names exactly (case aside), the most mentioned first."""
    rows = _dicts(
        store,
        "SELECT entity_id, name, kind FROM entities WHERE lower(name) = lower(?) "
        "OR list_contains(from_json(coalesce(aliases, '[]'), '[\"VARCHAR\"]'), ?) "
        "ORDER BY (lower(name) = lower(?)) DESC, mentions DESC LIMIT 1",
        [text, text, text],
    )
    return rows[0] if rows else None


def _side(column: str) -> str:
    """SQL: one of the parties in JSON `column` is on a dyad side (an actor id of the side, or any
    actor of the side's country). Two parameters: the ids, the country code."""
    return (
        f"EXISTS (SELECT 1 FROM (SELECT unnest(from_json({column}, "
        '\'[{"key": "VARCHAR", "country": "VARCHAR"}]\')) AS p) t '
        "LEFT JOIN actor_keys ak ON ak.key = t.p.key LEFT JOIN entities en ON en.entity_id = ak.entity_id "
        "WHERE en.entity_id IN (SELECT unnest(?::VARCHAR[])) OR coalesce(en.country, t.p.country) = ?)"
    )


def _dyad(a: tuple[list[str], str | None], b: tuple[list[str], str | None]) -> tuple[str, list[Any]]:
    sql = f"(({_side('e.actors')} AND {_side('e.recipients')}) OR ({_side('e.actors')} AND {_side('e.recipients')}))"
    return sql, [*a, *b, *b, *a]


def dyad_events(
    store: Store, a: tuple[list[str], str | None], b: tuple[list[str], str | None], limit: int = 50
) -> list[dict[str, Any]]:
    """Merged events between two sides (each: actor ids, a country code or None), in either direction,
    in the order they happened; undated last."""
    sql, params = _dyad(a, b)
    return list(_merged_rows(store, False, where=[sql], params=params, limit=limit))


def dyad_summary(store: Store, a: tuple[list[str], str | None], b: tuple[list[str], str | None]) -> dict[str, Any]:
    """Counts of the merged events between two sides: events, mentions, undated, per type, and per
    month and QuadClass (month- and day-dated events)."""
    sql, params = _dyad(a, b)
    base = f"FROM merged_events m JOIN events e ON e.mention_id = m.best_mention WHERE {ASSERTED_MERGED} AND {sql}"
    events_, mentions, undated = store.query(
        f"SELECT count(*), coalesce(sum(m.num_mentions), 0), count(*) FILTER (WHERE m.date IS NULL) {base}", params
    ).fetchone()
    types = dict(store.query(f"SELECT e.type, count(*) {base} GROUP BY 1 ORDER BY 2 DESC, 1", params).fetchall())
    months = _dicts(
        store,
        f"SELECT strftime(m.date, '%Y-%m') AS month, e.quad_class AS quad, count(*) AS n {base} "
        "AND m.date IS NOT NULL AND m.date_precision IN ('day', 'month') GROUP BY 1, 2 ORDER BY 1, 2",
        params,
    )
    return {"events": events_, "mentions": int(mentions), "undated": undated, "types": types, "months": months}


def quotes_of(store: Store, sides: list[tuple[list[str], str | None]], limit: int = 50) -> list[dict[str, Any]]:
    """Quotes whose speaker is on one of these sides (an actor of the side, or of its country)."""
    ids = [i for ids_, _ in sides for i in ids_]
    codes = [c for _, c in sides if c]
    return _dicts(
        store,
        "SELECT q.article_id, coalesce(e.name, q.speaker) AS speaker, q.text, q.kind FROM quotes q "
        "JOIN actor_keys k ON k.key = q.speaker_key JOIN entities e USING (entity_id) "
        "WHERE e.entity_id IN (SELECT unnest(?::VARCHAR[])) OR e.country IN (SELECT unnest(?::VARCHAR[])) "
        "ORDER BY q.article_id, q.start LIMIT ?",
        [ids, codes, limit],
    )


def languages_and_outlets(store: Store) -> dict[str, Any]:
    """Counts the dossier's first line gives."""
    return {
        "outlets": _one(store, "SELECT count(DISTINCT source) FROM articles WHERE source IS NOT NULL"),
        "mentions": _one(store, f"SELECT count(*) FROM events WHERE {ASSERTED}"),
    }


def count_named_actors(store: Store) -> int:
    return _one(store, f"SELECT count(*) FROM entities e WHERE e.kind <> 'place' AND {NAMED_ACTOR}")


def count_events(store: Store, story_id: str | None = None, dated: bool = False) -> int:
    """How many merged events the text asserts (of one story; dated only)."""
    conditions, params = _filters(("m.story_id = ?", story_id))
    if dated:
        conditions.append("m.date IS NOT NULL")
    where = "".join(f" AND {c}" for c in conditions)
    return _one(store, f"SELECT count(*) FROM merged_events m WHERE {ASSERTED_MERGED}{where}", params)
