"""Exports: every table as JSONL, CSV or Parquet, streamed in chunks so memory stays flat.

Rows are built here from the store's tables, joining canonical actors onto event mentions, so
that every export row is self-contained: who, what, whom, when, where, and the evidence.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator
from datetime import date, datetime
from typing import IO, Any

from .store import Store
from .tables import ARTICLES, ASSERTED, ASSERTED_MERGED, ENTITIES, INPUTS, PROBLEMS, STORIES

# plain tables export the columns their spec marks for export (store/tables.py)
ARTICLE_FIELDS = ARTICLES.export_names
PROBLEM_FIELDS = PROBLEMS.export_names
INPUT_FIELDS = INPUTS.export_names
ENTITY_FIELDS = ENTITIES.export_names
STORY_FIELDS = [*STORIES.export_names, "key_actors"]
DUPLICATE_FIELDS = ["article_id", "duplicate_of", "relation", "similarity", "story_id", "source", "published"]
ENTITY_MENTION_FIELDS = [
    "article_id",
    "sentence_index",
    "start",
    "end",
    "text",
    "label",
    "entity_id",
    "name",
    "kind",
    "country",
    "sector",
    "role",
]
MENTION_FIELDS = [
    "article_id",
    "sentence_index",
    "sentence",
    "type",
    "mode",
    "actor",
    "actor_country",
    "actor_sector",
    "recipient",
    "recipient_country",
    "recipient_sector",
    "date",
    "date_precision",
    "date_text",
    "status",
    "negated",
    "attributed_to",
    "location",
    "location_country",
    "latitude",
    "longitude",
    "cameo_root",
    "quad_class",
    "score",
    "rule",
    "trigger",
    "trigger_start",
    "trigger_end",
    "actor_spans",
    "recipient_spans",
    "sentence_start",
    "background",
    "mention_id",
    "event_id",
    "date_evidence",
]
MERGED_FIELDS = [
    "event_id",
    "date",
    "date_precision",
    "date_from",
    "status",
    "type",
    "actor",
    "actor_country",
    "recipient",
    "recipient_country",
    "location",
    "num_mentions",
    "num_articles",
    "num_sources",
    "num_unsourced",
    "first_seen",
    "first_article",
    "story_id",
    "confidence",
    "article_ids",
    "mention_ids",
]
# one row per merged event: its own fields, then its best mention's (the evidence), prefixed mention_
EVENT_FIELDS = MERGED_FIELDS + [
    "mention_" + f
    for f in (
        "article_id",
        "sentence_index",
        "sentence",
        "trigger",
        "trigger_start",
        "trigger_end",
        "mode",
        "cameo_root",
        "quad_class",
        "score",
        "date_text",
        "rule",
        "sentence_start",
    )
]
TIMELINE_FIELDS = [
    "story_id",
    "date",
    "date_precision",
    "event_id",
    "type",
    "actor",
    "recipient",
    "location",
    "num_sources",
    "confidence",
    "article_id",
    "sentence",
]
CONFLICT_FIELDS = ["conflict_id", "story_id", "event_id", "attribute", "about", "kind", "num_values", "values"]
DYAD_FIELDS = [
    "actor",
    "actor_id",
    "recipient",
    "recipient_id",
    "period",
    "period_start",
    "events",
    "verbal_cooperation",
    "material_cooperation",
    "verbal_conflict",
    "material_conflict",
    "mean_score",
    "num_sources",
]
PARTY_FIELDS = {f"{role}{part}" for role in ("actor", "recipient") for part in ("", "_country", "_sector", "_spans")}
QUOTE_FIELDS = ["article_id", "sentence_index", "speaker", "speaker_entity", "text", "start", "end", "kind", "cue"]

WHATS = (
    "articles",
    "problems",
    "inputs",
    "stories",
    "duplicates",
    "entities",
    "entity_mentions",
    "mentions",
    "events",
    "timeline",
    "conflicts",
    "updates",
    "dyads",
    "quotes",
)
FORMATS = ("jsonl", "csv", "parquet")


def _plain(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


def _stream(store: Store, sql: str, fields: list[str], params: list[Any] | None = None) -> Iterator[dict[str, Any]]:
    cur = store.query(sql, params or [])
    while True:
        rows = cur.fetchmany(5000)
        if not rows:
            return
        for row in rows:
            yield {f: _plain(v) for f, v in zip(fields, row)}


def _actors(store: Store, keys: set[str] | None = None) -> dict[str, tuple[str, str | None, str | None, str]]:
    """key -> (canonical name, country, sector, entity id): of these keys, or of every key."""
    sql = "SELECT k.key, e.name, e.country, e.sector, e.entity_id FROM actor_keys k JOIN entities e USING (entity_id)"
    if keys is None:
        rows = store.query(sql).fetchall()
    elif not keys:
        return {}
    else:
        rows = store.query(sql + " WHERE k.key IN (SELECT unnest(?::VARCHAR[]))", [sorted(keys)]).fetchall()
    return {key: (name, country, sector, eid) for key, name, country, sector, eid in rows}


def _keys_of(rows: list[dict[str, Any]], *columns: str) -> set[str]:
    """The actor keys named in these rows' JSON party columns."""
    keys: set[str] = set()
    for row in rows:
        for column in columns:
            if row.get(column):
                keys.update(p.get("key") for p in json.loads(row[column]) if p.get("key"))
    return keys


def rows(store: Store, what: str, everything: bool = False) -> Iterator[dict[str, Any]]:
    """The export rows of one table. Event mentions are those the text reports (happened, ongoing,
    planned) unless `everything`, which adds hypothetical, negated and background ones."""
    if what == "articles":
        yield from _stream(store, f"SELECT {', '.join(ARTICLE_FIELDS)} FROM articles ORDER BY id", ARTICLE_FIELDS)
    elif what == "problems":
        yield from _stream(
            store,
            f"SELECT {', '.join(PROBLEM_FIELDS)} FROM problems ORDER BY run_id, path, record NULLS FIRST, reason",
            PROBLEM_FIELDS,
        )
    elif what == "inputs":
        yield from _stream(store, f"SELECT {', '.join(INPUT_FIELDS)} FROM inputs ORDER BY path", INPUT_FIELDS)
    elif what == "entities":
        for row in _stream(
            store,
            f"SELECT {', '.join(ENTITY_FIELDS)} FROM entities ORDER BY mentions DESC, name, entity_id",
            ENTITY_FIELDS,
        ):
            row["aliases"] = json.loads(row["aliases"]) if row["aliases"] else []
            yield row
    elif what == "entity_mentions":
        yield from _stream(
            store,
            'SELECT m.article_id, m.sentence_index, m.start, m."end", m.text, m.label, k.entity_id, e.name, '
            "coalesce(e.kind, m.kind), coalesce(m.country, e.country), coalesce(m.sector, e.sector), m.role "
            "FROM entity_mentions m LEFT JOIN actor_keys k USING (key) LEFT JOIN entities e USING (entity_id) "
            "ORDER BY m.article_id, m.start",
            ENTITY_MENTION_FIELDS,
        )
    elif what == "stories":
        yield from _story_rows(store)
    elif what == "duplicates":
        yield from _stream(
            store,
            "SELECT id, duplicate_of, relation, round(duplicate_similarity, 3), story_id, source, published "
            "FROM articles WHERE duplicate_of IS NOT NULL ORDER BY duplicate_of, id",
            DUPLICATE_FIELDS,
        )
    elif what == "mentions":
        yield from _event_rows(store, everything)
    elif what == "events":
        yield from _merged_rows(store, everything)
    elif what == "timeline":
        yield from timeline(store)
    elif what in ("conflicts", "updates"):
        # disagreements between sources; updates (a figure that moved, one outlet's revision) apart
        for row in _stream(
            store,
            f"SELECT {', '.join(CONFLICT_FIELDS)} FROM conflicts WHERE kind = ? ORDER BY story_id, attribute, about",
            CONFLICT_FIELDS,
            ["conflict" if what == "conflicts" else "update"],
        ):
            row["values"] = json.loads(row["values"] or "[]")
            yield row
    elif what == "dyads":
        yield from dyads(store)
    elif what == "quotes":
        actors = _actors(store)
        for row in _stream(
            store,
            'SELECT article_id, sentence_index, speaker, speaker_key, text, start, "end", '
            "kind, cue FROM quotes ORDER BY article_id, start",
            ["article_id", "sentence_index", "speaker", "speaker_key", "text", "start", "end", "kind", "cue"],
        ):
            key = row.pop("speaker_key")
            if key in actors:
                row["speaker"], row["speaker_entity"] = actors[key][0], actors[key][3]
            else:
                row["speaker_entity"] = None
            yield {f: row.get(f) for f in QUOTE_FIELDS}
    else:
        raise ValueError(f"unknown table {what!r}; choose one of {', '.join(WHATS)}")


def _story_rows(store: Store) -> Iterator[dict[str, Any]]:
    """Stories, largest (most original articles) first, with JSON columns as lists and their key
    actors (the canonical actors named in most of their articles), aggregated in the store."""
    cols = ", ".join(f"s.{c}" for c in STORIES.export_names)
    sql = f"""
        WITH actors AS (
            SELECT a.story_id, e.name, count(DISTINCT m.article_id) AS n
            FROM entity_mentions m JOIN articles a ON a.id = m.article_id
            JOIN actor_keys k USING (key) JOIN entities e USING (entity_id)
            WHERE a.story_id IS NOT NULL AND e.kind IN ('person', 'country', 'org', 'group')
            GROUP BY 1, 2),
        ranked AS (SELECT story_id, list(name ORDER BY n DESC, name)[1:6] AS key_actors FROM actors GROUP BY 1)
        SELECT {cols}, r.key_actors FROM stories s LEFT JOIN ranked r USING (story_id)
        ORDER BY s.originals DESC, s.articles DESC, s.first_date NULLS LAST, s.story_id
    """
    for row in _stream(store, sql, STORY_FIELDS):
        for key in ("sources", "article_ids", "summary", "terms"):
            row[key] = json.loads(row[key]) if row[key] else []
        row["key_actors"] = list(row["key_actors"] or [])
        yield row


def _merged_rows(
    store: Store,
    everything: bool,
    where: list[str] | None = None,
    params: list[Any] | None = None,
    limit: int | None = None,
    offset: int = 0,
    newest_first: bool = False,
) -> Iterator[dict[str, Any]]:
    """One row per merged event, with its best mention as evidence; `where` adds SQL conditions on
    m (merged_events) and e (its best mention), `limit`/`offset` page them, `newest_first` turns the
    date order round (views.py)."""
    merged = [
        c
        for c in MERGED_FIELDS
        if c not in ("type", "actor", "actor_country", "recipient", "recipient_country", "location")
    ]
    conditions = list(where or [])
    if not everything:
        conditions.insert(0, ASSERTED_MERGED)
    where_sql = ("WHERE " + " AND ".join(conditions)) if conditions else ""
    extra = ", ".join(f"m.{c} AS merged_{c}" for c in merged)
    # an event known only to its month or year comes after the days of that month or year
    order = (
        "ORDER BY CASE m.date_precision WHEN 'year' THEN m.date + INTERVAL 1 YEAR "
        "WHEN 'month' THEN m.date + INTERVAL 1 MONTH ELSE m.date END"
        + (" DESC NULLS LAST, m.num_sources DESC, m.event_id" if newest_first else " NULLS LAST, m.event_id")
    )
    if limit is not None:
        order += f" LIMIT {int(limit)} OFFSET {int(offset)}"
    for mention, row in _event_rows(
        store,
        True,
        join=f"JOIN merged_events m ON m.best_mention = e.mention_id {where_sql}",
        extra=extra,
        order=order,
        with_extra=True,
        params=params,
    ):
        out: dict[str, Any] = {c: row[f"merged_{c}"] for c in merged}
        for key in ("article_ids", "mention_ids"):
            out[key] = json.loads(out[key] or "[]")
        out["type"] = mention["type"]
        for f in ("actor", "actor_country", "recipient", "recipient_country", "location"):
            out[f] = mention[f]
        for f in EVENT_FIELDS:
            if f.startswith("mention_") and f not in MERGED_FIELDS:
                out[f] = mention.get(f[len("mention_") :])
        yield {f: out.get(f) for f in EVENT_FIELDS}


def timeline(store: Store, story_id: str | None = None) -> Iterator[dict[str, Any]]:
    """Merged events in order of the date they happened (not of their reports), each with its best
    evidence sentence; for one story, or for the corpus."""
    for row in _merged_rows(store, False):
        if row["date"] is None:
            continue
        if story_id and row["story_id"] != story_id:
            continue
        yield {
            "story_id": row["story_id"],
            "date": row["date"],
            "date_precision": row["date_precision"],
            "event_id": row["event_id"],
            "type": row["type"],
            "actor": row["actor"],
            "recipient": row["recipient"],
            "location": row["location"],
            "num_sources": row["num_sources"],
            "confidence": row["confidence"],
            "article_id": row["mention_article_id"],
            "sentence": row["mention_sentence"],
        }


def dyads(store: Store) -> Iterator[dict[str, Any]]:
    """Actor pairs, each direction apart, per month and per week (day-dated events only): merged events
    by QuadClass, mean Goldstein/PLOVER score and the sources behind them; aggregated in the store,
    from merged events, so a story ten outlets report counts once."""
    sql = f"""
        WITH ev AS (
            SELECT m.event_id, m.date, m.date_precision, m.num_sources, e.quad_class, e.score,
                   json_extract_string(e.actors, '$[0].key') AS akey,
                   json_extract_string(e.recipients, '$[0].key') AS rkey
            FROM merged_events m JOIN events e ON e.mention_id = m.best_mention
            WHERE {ASSERTED_MERGED}
              AND m.date IS NOT NULL AND m.date_precision IN ('day', 'month')),
        named AS (
            SELECT ev.*, ka.entity_id AS aid, kr.entity_id AS rid FROM ev
            JOIN actor_keys ka ON ka.key = ev.akey JOIN actor_keys kr ON kr.key = ev.rkey
            WHERE ka.entity_id <> kr.entity_id),
        periods AS (
            SELECT *, strftime(date, '%Y-%m') AS period, date_trunc('month', date)::DATE AS period_start FROM named
            UNION ALL
            SELECT *, strftime(date, '%G-W%V') AS period, date_trunc('week', date)::DATE AS period_start FROM named
            WHERE date_precision = 'day'),
        busy AS (SELECT aid, rid, count(DISTINCT event_id) AS n FROM named GROUP BY 1, 2)
        SELECT a.name, p.aid, r.name, p.rid, p.period, p.period_start, count(*),
               count(*) FILTER (WHERE quad_class = 1), count(*) FILTER (WHERE quad_class = 2),
               count(*) FILTER (WHERE quad_class = 3), count(*) FILTER (WHERE quad_class = 4),
               round(avg(score), 2), sum(num_sources)
        FROM periods p JOIN entities a ON a.entity_id = p.aid JOIN entities r ON r.entity_id = p.rid
        JOIN busy b ON b.aid = p.aid AND b.rid = p.rid
        GROUP BY a.name, p.aid, r.name, p.rid, p.period, p.period_start, b.n
        ORDER BY b.n DESC, a.name, r.name, p.period
    """
    yield from _stream(store, sql, DYAD_FIELDS)


def _event_rows(
    store: Store,
    everything: bool,
    join: str = "",
    extra: str = "",
    order: str = "ORDER BY article_id, sentence_index, trigger_start",
    with_extra: bool = False,
    params: list[Any] | None = None,
    limit: int | None = None,
) -> Iterator[Any]:
    # the stored columns: every export field except the per-party lists built below, plus what they come from
    src = [f for f in MENTION_FIELDS if f not in PARTY_FIELDS] + ["actors", "recipients", "attribution_key"]
    where = "" if everything else f"WHERE {ASSERTED}"
    cols = ", ".join(f"e.{c}" for c in src)
    names = list(src)
    if extra:
        cols += ", " + extra
        names += [x.split(" AS ")[1] for x in extra.split(", ")]
    sql = f"SELECT {cols} FROM events e {join} {where} {order.replace('article_id', 'e.article_id')}"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    cur = store.con.cursor()  # its own cursor: the actor lookups below must not end this stream
    cur.execute(sql, params or [])
    while chunk := cur.fetchmany(2000):
        # canonical actors of this chunk only: memory follows the chunk, not the corpus
        rows = [{f: _plain(v) for f, v in zip(names, r)} for r in chunk]
        actors = _actors(store, _keys_of(rows, "actors", "recipients") | {r["attribution_key"] for r in rows} - {None})
        yield from _mention_rows(rows, actors, with_extra)


def _mention_rows(rows: list[dict[str, Any]], actors: dict, with_extra: bool) -> Iterator[Any]:
    for row in rows:
        out = {k: row[k] for k in MENTION_FIELDS if k in row}
        for role in ("actor", "recipient"):
            parties = json.loads(row[role + "s"] or "[]")
            names, countries, sectors, spans = [], [], [], []
            for p in parties:
                canon = actors.get(p.get("key") or "")
                names.append(canon[0] if canon else p.get("name") or p.get("text"))
                countries.append((canon[1] if canon else None) or p.get("country"))
                sectors.append((canon[2] if canon else None) or p.get("sector"))
                spans.append([p.get("start"), p.get("end")])
            out[role] = names
            out[role + "_country"] = countries
            out[role + "_sector"] = sectors
            out[role + "_spans"] = spans
        key = row.get("attribution_key")
        if key and key in actors:
            out["attributed_to"] = actors[key][0]
        mention = {f: out.get(f) for f in MENTION_FIELDS}
        yield (mention, row) if with_extra else mention


FIELDS = {
    "articles": ARTICLE_FIELDS,
    "problems": PROBLEM_FIELDS,
    "inputs": INPUT_FIELDS,
    "stories": STORY_FIELDS,
    "duplicates": DUPLICATE_FIELDS,
    "entities": ENTITY_FIELDS,
    "entity_mentions": ENTITY_MENTION_FIELDS,
    "mentions": MENTION_FIELDS,
    "events": EVENT_FIELDS,
    "timeline": TIMELINE_FIELDS,
    "conflicts": CONFLICT_FIELDS,
    "updates": CONFLICT_FIELDS,
    "dyads": DYAD_FIELDS,
    "quotes": QUOTE_FIELDS,
}


def export(store: Store, what: str, fmt: str, out: IO[str] | str | None = None, everything: bool = False) -> int:
    """Write one table to `out` (a path, a text stream, or standard output); return the row count."""
    if what not in WHATS:
        raise ValueError(f"unknown table {what!r}; choose one of {', '.join(WHATS)}")
    return write(rows(store, what, everything), fmt, out, FIELDS[what])


def write(rows_iter: Iterator[dict[str, Any]], fmt: str, out: IO[str] | str | None, fields: list[str]) -> int:
    """Write rows to a path or a text stream (standard output when None); return how many."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt == "parquet":
        return _write_parquet(rows_iter, out, fields)
    if isinstance(out, str):
        with open(out, "w", encoding="utf-8", newline="") as f:
            return write(rows_iter, fmt, f, fields)
    stream = out or sys.stdout
    n = 0
    if fmt == "jsonl":
        for row in rows_iter:
            stream.write(json.dumps(row, ensure_ascii=False) + "\n")
            n += 1
        return n
    writer = csv.DictWriter(stream, fieldnames=fields, extrasaction="ignore")
    writer.writeheader()
    for row in rows_iter:
        writer.writerow({k: _csv_cell(v) for k, v in row.items()})
        n += 1
    return n


def _csv_cell(value: Any) -> Any:
    if isinstance(value, list):
        return "; ".join("" if v is None else json.dumps(v) if isinstance(v, list) else str(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return value


def _write_parquet(rows_iter: Iterator[dict[str, Any]], out: IO[str] | str | None, fields: list[str]) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    if out is None or not isinstance(out, str):
        raise ValueError("parquet needs an output file: use -o FILE.parquet")
    writer: pq.ParquetWriter | None = None
    n = 0
    chunk: list[dict[str, Any]] = []

    def flush() -> None:
        nonlocal writer
        if writer is None:
            inferred = pa.Table.from_pylist(chunk).schema
            # a column that is empty in the first chunk is typed as text, so later values still fit
            schema = pa.schema([pa.field(f.name, pa.string()) if pa.types.is_null(f.type) else f for f in inferred])
            writer = pq.ParquetWriter(out, schema)
        schema = writer.schema
        for row in chunk:
            for f in schema:
                v = row.get(f.name)
                if v is not None and pa.types.is_string(f.type) and not isinstance(v, str):
                    row[f.name] = json.dumps(v) if isinstance(v, (list, dict)) else str(v)
        writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
        chunk.clear()

    for row in rows_iter:
        chunk.append({k: json.dumps(v) if isinstance(v, dict) else v for k, v in row.items()})
        n += 1
        if len(chunk) >= 10000:
            flush()
    if chunk:
        flush()
    if writer is None:  # no rows: still write a file with the table's columns
        writer = pq.ParquetWriter(out, pa.schema([pa.field(f, pa.string()) for f in fields]))
    writer.close()
    return n
