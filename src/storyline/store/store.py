"""The store: one DuckDB file, and every SQL statement storyline runs.

Writes come in batches, each batch one transaction, so a run killed at any moment leaves the
store as it was after the last finished batch: an input is marked done in the same transaction as
its last record, and a re-run picks up whatever was not done, adding no duplicate.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import fields
from datetime import datetime
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from ..records import Article, Coded, CodeJob, Problem, StoredOrigin
from .migrations import MIGRATIONS, SCHEMA_VERSION
from .tables import (
    ARTICLE_TERMS,
    ARTICLES,
    ASSERTED,
    ASSERTED_MERGED,
    CONFLICTS,
    ENTITIES,
    ENTITY_MENTIONS,
    EVENTS,
    INPUTS,
    MERGED_EVENTS,
    PROBLEMS,
    QUOTES,
    SIGNATURES,
    STORIES,
    STORY_TERMS,
    TABLES,
)

_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _fields_of(record: Any) -> dict[str, Any]:
    """A record's fields as a dict, without copying their values: dataclasses.asdict deep-copies
    every list and dict inside (an event's parties), which cost the driver a millisecond of CPU per
    article while the workers waited for it."""
    names = _FIELD_NAMES.get(type(record))
    if names is None:
        names = _FIELD_NAMES[type(record)] = tuple(f.name for f in fields(record))
    return {name: getattr(record, name) for name in names}


def _date(value: str | None):
    if not value:
        return None
    from datetime import date

    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


BANDS_PER_SIGNATURE = 16  # LSH bands of a 64-value MinHash signature ...
BAND_ROWS = 4  # ... of 4 values each: pairs sharing half their shingles meet in a band with p ~ 0.65


class StoreError(Exception):
    """The store cannot be opened or written: the one error a run stops for. Its message is one line
    that names the real cause (no space left, permission denied, another process holds the store)."""


class StoreBusy(StoreError):
    """Another process holds the store (DuckDB allows one writer, and no reader beside a writer)."""


_HOLDER = re.compile(r"Conflicting lock is held in (.+?) \(PID (\d+)\)")


_DUCKDB_PREFIXES = (
    "FATAL Error: ",
    "IO Error: ",
    "Invalid Input Error: ",
    "TransactionContext Error: ",
    "Catalog Error: ",
)


def _cause(err: BaseException) -> str:
    """The first line of a DuckDB or OS error, without DuckDB's prefixes and links."""
    text = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
    for prefix in _DUCKDB_PREFIXES:
        text = text.replace(prefix, "")
    return text.split(". See also")[0]


CANDIDATE_SLICE = 250  # new articles whose story candidates one query finds


def _grouped(cur: Any, column: int, head: Any, body: Any, fetch: int = 5000) -> Iterator[Any]:
    """Rows of a cursor ordered by `column`, streamed as (*head(row), [body(row), ...]) per value."""
    key = None
    first: tuple | None = None
    group: list[tuple] = []
    while True:
        rows = cur.fetchmany(fetch)
        if not rows:
            break
        for r in rows:
            if r[column] != key and group:
                assert first is not None
                yield (*head(first), group) if len(head(first)) > 1 else (head(first), group)
                group = []
            if not group:
                first = r
            key = r[column]
            group.append(body(r))
    if group and first is not None:
        yield (*head(first), group) if len(head(first)) > 1 else (head(first), group)


def open_error(path: str, err: BaseException) -> StoreError:
    """The error to raise when a store cannot be opened: StoreBusy when a lock is held."""
    m = _HOLDER.search(str(err))
    if m:
        program = os.path.basename(m.group(1))
        return StoreBusy(
            f"store {path} is in use by another process ({program}, PID {m.group(2)}): "
            "a run is writing it; wait for it to finish, then try again"
        )
    return StoreError(f"cannot open store {path}: {_cause(err)}")


class Store:
    """A storyline DuckDB file. Use as a context manager or call close()."""

    def __init__(self, path: str | Path, read_only: bool = False):
        self.path = str(path)
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
        except (duckdb.Error, OSError) as err:
            raise open_error(self.path, err) from err
        self._limit_memory()
        if read_only:
            self._check_version()
        else:
            self._migrate()

    # ---- lifecycle -------------------------------------------------------------------------
    def _limit_memory(self) -> None:
        """DuckDB spills big joins to disk past this limit, so corpus stages stay within it."""
        with contextlib.suppress(duckdb.Error):
            self.con.execute("SET memory_limit = '256MB'")
            self.con.execute("SET preserve_insertion_order = false")  # lets big joins stream within the limit
            self.con.execute("SET enable_progress_bar = false")  # a long query must not draw on the user's terminal

    def _version(self) -> int | None:
        try:
            row = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        except duckdb.CatalogException:
            return None
        return int(row[0]) if row else None

    def _check_version(self) -> None:
        version = self._version()
        if version is None:
            raise StoreError(f"{self.path} is not a storyline store (no meta table)")
        if version > SCHEMA_VERSION:
            raise StoreError(f"{self.path} has schema version {version}; this storyline reads up to {SCHEMA_VERSION}")
        if version < SCHEMA_VERSION:
            raise StoreError(
                f"{self.path} has schema version {version}; run `storyline run` on it once to migrate it to "
                f"{SCHEMA_VERSION}"
            )

    def _migrate(self) -> None:
        """Create a new store from the column specs, or bring an older one forward step by step."""
        version = self._version()
        if version is not None and version > SCHEMA_VERSION:
            raise StoreError(f"{self.path} has schema version {version}; this storyline reads up to {SCHEMA_VERSION}")
        try:
            with self.transaction():
                if version is not None:
                    for step in range(version + 1, SCHEMA_VERSION + 1):
                        for statement in MIGRATIONS.get(step, []):
                            self.con.execute(statement)
                for table in TABLES.values():
                    self.con.execute(table.ddl())
                self.con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
        except StoreError as err:
            raise StoreError(f"cannot create tables in {self.path}: {err}") from err

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """One transaction: committed whole or rolled back whole. A failed write raises StoreError with
        the real cause (a full disk, a lost lock); a rollback that fails after it is not allowed to hide it."""
        try:
            self.con.execute("BEGIN TRANSACTION")
            yield
            self.con.execute("COMMIT")
        except BaseException as err:
            with contextlib.suppress(Exception):
                self.con.execute("ROLLBACK")
            if isinstance(err, (duckdb.Error, OSError)):
                raise StoreError(f"cannot write to {self.path}: {_cause(err)}") from err
            raise

    def checkpoint(self) -> None:
        """Write the WAL into the database file. DuckDB also does this on close, but silently: a full
        disk would leave a run that says it finished beside a WAL that every later run trips over."""
        try:
            self.con.execute("CHECKPOINT")
        except duckdb.Error as err:
            raise StoreError(
                f"cannot write to {self.path}: {_cause(err)} (every finished batch is safe in {self.path}.wal; "
                "free space and run again)"
            ) from err

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---- runs ------------------------------------------------------------------------------
    def start_run(self, command: str) -> int:
        row = self.con.execute("SELECT coalesce(max(run_id), 0) + 1 FROM runs").fetchone()
        run_id = int(row[0]) if row else 1
        self.con.execute("INSERT INTO runs VALUES (?, ?, NULL, ?, 'running', NULL)", [run_id, datetime.now(), command])
        return run_id

    def finish_run(self, run_id: int, summary: dict[str, Any], status: str = "finished") -> None:
        self.con.execute(
            "UPDATE runs SET finished = ?, status = ?, summary = ? WHERE run_id = ?",
            [datetime.now(), status, json.dumps(summary, default=str), run_id],
        )

    # ---- inputs ----------------------------------------------------------------------------
    def done_inputs(self, extract_version: str | None = None) -> dict[str, str]:
        """path -> sha256 of every input stored completely by this extract version: what a re-run may skip."""
        return dict(
            self.con.execute(
                "SELECT path, sha256 FROM inputs WHERE status = 'done' AND extract_version IS NOT DISTINCT FROM ?",
                [extract_version],
            ).fetchall()
        )

    # ---- batched writes --------------------------------------------------------------------
    def _insert(self, table, rows: list[dict[str, Any]]) -> None:
        """Insert rows (dicts holding the table's columns) through Arrow, typed by the table's spec."""
        if rows:
            self.con.register("batch_rows", table.arrow(rows))
            self.con.execute(f"INSERT INTO {table.name} SELECT * FROM batch_rows")
            self.con.unregister("batch_rows")

    def _problem_rows(self, problems: Sequence[Problem], run_id: int, now: datetime) -> list[dict[str, Any]]:
        return [{**_fields_of(p), "run_id": run_id, "logged_at": now} for p in problems]

    def article_origins(self, ids: list[str], run_id: int) -> dict[str, StoredOrigin]:
        """id -> the content and input the store holds under it, for the ids a batch may take."""
        if not ids:
            return {}
        self.con.register("origin_ids", pa.table({"id": ids}))
        try:
            rows = self.con.execute(
                "SELECT a.id, a.content_hash, a.input_path, a.input_record, a.run_id = ? "
                "FROM articles a JOIN origin_ids o ON a.id = o.id",
                [run_id],
            ).fetchall()
        finally:
            self.con.unregister("origin_ids")
        return {r[0]: StoredOrigin(r[1], r[2], r[3], bool(r[4])) for r in rows}

    def write_batch(
        self,
        articles: Sequence[Article],
        problems: Sequence[Problem],
        inputs: Sequence[dict[str, Any]],
        run_id: int,
    ) -> dict[str, int]:
        """Store one batch in one transaction; return counts of added, updated and unchanged articles."""
        now = datetime.now()
        counts = {"added": 0, "updated": 0, "unchanged": 0}
        # the same id twice in one batch: the last version wins, as it would across batches
        latest: dict[str, Article] = {}
        for a in articles:
            latest[a.id] = a
        with self.transaction():
            existing: dict[str, str] = {}
            if latest:
                self.con.register("batch_ids", pa.table({"id": list(latest)}))
                existing = dict(
                    self.con.execute(
                        "SELECT a.id, a.content_hash FROM articles a JOIN batch_ids b ON a.id = b.id"
                    ).fetchall()
                )
                self.con.unregister("batch_ids")
            rows, changed = [], []
            for a in latest.values():
                old = existing.get(a.id)
                if old == a.content_hash:
                    counts["unchanged"] += 1
                    continue
                if old is None:
                    counts["added"] += 1
                else:
                    counts["updated"] += 1
                    changed.append(a.id)
                rows.append(self._article_row(a, run_id, now))
            if changed:
                self._delete_nlp(changed)
                self.con.register("changed_ids", pa.table({"id": changed}))
                self.con.execute("DELETE FROM articles WHERE id IN (SELECT id FROM changed_ids)")
                for table in ("article_terms", "story_terms", "article_signatures", "article_bands"):
                    self.con.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT id FROM changed_ids)")
                self.con.unregister("changed_ids")
            self._insert(ARTICLES, rows)
            stored = {r["id"] for r in rows}
            new_articles = [a for a in latest.values() if a.id in stored]
            self._insert(
                ARTICLE_TERMS,
                [{"article_id": a.id, "term": t, "weight": float(w)} for a in new_articles for t, w in a.terms],
            )
            self._insert(
                STORY_TERMS,
                [{"article_id": a.id, "term": t, "weight": float(w)} for a in new_articles for t, w in a.story_terms],
            )
            signed = [a for a in new_articles if a.minhash]
            self._insert(
                SIGNATURES, [{"article_id": a.id, "text_hash": a.text_hash, "minhash": a.minhash} for a in signed]
            )
            if signed:
                self.con.register("signed_ids", pa.table({"id": [a.id for a in signed]}))
                self.con.execute(
                    f"""INSERT INTO article_bands
                    SELECT s.article_id, b.band, hash(s.minhash[b.band * {BAND_ROWS} + 1 : (b.band + 1) * {BAND_ROWS}])
                    FROM article_signatures s JOIN signed_ids i ON i.id = s.article_id,
                         (SELECT unnest(range({BANDS_PER_SIGNATURE})) AS band) b"""
                )
                self.con.unregister("signed_ids")
            touched = sorted({p.path for p in problems} | {i["path"] for i in inputs})
            if touched:
                # an input read again: what an earlier run said was wrong with it no longer holds
                self.con.register("touched_paths", pa.table({"path": touched}))
                self.con.execute(
                    "DELETE FROM problems WHERE stage IN ('ingest', 'extract') AND run_id <> ? "
                    "AND path IN (SELECT path FROM touched_paths)",
                    [run_id],
                )
                self.con.unregister("touched_paths")
            self._insert(PROBLEMS, self._problem_rows(problems, run_id, now))
            if inputs:
                rows_in = [{**i, "status": "done", "run_id": run_id, "seen_at": now} for i in inputs]
                self.con.register("batch_inputs", INPUTS.arrow(rows_in))
                self.con.execute("INSERT OR REPLACE INTO inputs SELECT * FROM batch_inputs")
                self.con.unregister("batch_inputs")
        return counts

    @staticmethod
    def _article_row(a: Article, run_id: int, now: datetime) -> dict[str, Any]:
        return {
            "id": a.id,
            "url": a.url,
            "source": a.source,
            "title": a.title,
            "author": a.author,
            "published": _date(a.published),
            "published_precision": a.published_precision,
            "published_from": a.published_from,
            "published_evidence": a.published_evidence,
            "language": a.language,
            "language_score": a.language_score,
            "text": a.text,
            "input_path": a.input_path,
            "input_record": a.input_record,
            "format": a.format,
            "content_hash": a.content_hash,
            "removed_lines": a.removed_lines,
            "extra": json.dumps(a.extra, ensure_ascii=False, default=str) if a.extra else None,
            "nlp_version": None,
            "nlp_note": None,
            "sentences": None,
            "run_id": run_id,
            "added_at": now,
        }

    # ---- language stages -------------------------------------------------------------------
    def pending_nlp(self, version: str, batch: int = 256) -> Iterator[list[CodeJob]]:
        """Articles not yet coded by this version, in pages of CodeJobs.

        Keyset pagination on id keeps memory to one page whatever the corpus size.
        """
        last = ""
        while True:
            rows = self.con.execute(
                "SELECT id, text, published, published_precision, language FROM articles "
                "WHERE nlp_version IS DISTINCT FROM ? AND id > ? ORDER BY id LIMIT ?",
                [version, last, batch],
            ).fetchall()
            if not rows:
                return
            last = rows[-1][0]
            yield [CodeJob(*row) for row in rows]

    def count_pending_nlp(self, version: str) -> int:
        row = self.con.execute(
            "SELECT count(*) FROM articles WHERE nlp_version IS DISTINCT FROM ?", [version]
        ).fetchone()
        return int(row[0]) if row else 0

    def _delete_nlp(self, ids: list[str]) -> None:
        self.con.register("nlp_ids", pa.table({"id": ids}))
        # the actors these mentions counted for must be recomputed (corpus/actors.py)
        self.con.execute(
            "INSERT OR IGNORE INTO actor_changes SELECT DISTINCT key FROM entity_mentions "
            "WHERE article_id IN (SELECT id FROM nlp_ids)"
        )
        for table in ("entity_mentions", "events", "quotes"):
            self.con.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT id FROM nlp_ids)")
        self.con.unregister("nlp_ids")

    def write_coded(self, coded: Sequence[Coded], version: str, problems: Sequence[Problem], run_id: int) -> None:
        """Replace the language-stage rows of these articles, in one transaction."""
        mentions, events, quotes = [], [], []
        for c in coded:
            mentions.extend(_fields_of(m) for m in c.actors)
            for n, e in enumerate(c.events):
                row = _fields_of(e)
                row["mention_id"] = f"{c.article_id}#{n}"
                row["actors"] = json.dumps(e.actors, ensure_ascii=False)
                row["recipients"] = json.dumps(e.recipients, ensure_ascii=False)
                row["date"] = _date(e.date)
                events.append(row)
            quotes.extend(_fields_of(q) for q in c.quotes)
        now = datetime.now()
        with self.transaction():
            self._delete_nlp([c.article_id for c in coded])
            self._insert(ENTITY_MENTIONS, mentions)
            self._note_actor_changes(sorted({m["key"] for m in mentions}))
            self._insert(EVENTS, events)
            self._insert(QUOTES, quotes)
            status = pa.table(
                {
                    "id": [c.article_id for c in coded],
                    "note": [c.skipped for c in coded],
                    "sentences": pa.array([c.sentences for c in coded], pa.int32()),
                }
            )
            self.con.register("batch_status", status)
            self.con.execute(
                "UPDATE articles SET nlp_version = ?, nlp_note = s.note, sentences = s.sentences "
                "FROM batch_status s WHERE articles.id = s.id",
                [version],
            )
            self.con.unregister("batch_status")
            self._insert(PROBLEMS, self._problem_rows(problems, run_id, now))

    # ---- corpus stages ---------------------------------------------------------------------
    def reference_events(self) -> list[tuple]:
        """Event mentions for dating by cross-reference: every mention of an article without a day
        or month date of its own, and the dated mentions of the same types in articles dated by
        their own text (or by an earlier reference), with their article's date."""
        return self.con.execute(
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

    def canonical_keys(self) -> dict[str, str]:
        """Per-article actor key -> canonical entity id."""
        return dict(self.con.execute("SELECT key, entity_id FROM actor_keys").fetchall())

    def set_reference_dates(self, articles: dict[str, tuple], events: dict[int, tuple]) -> int:
        """Write dates found by cross-reference: articles (id -> (date, precision, evidence)) and event
        mentions (rowid -> (date, precision, evidence)); then re-date every event of the newly dated
        articles against their new date. Returns articles dated."""
        from ..events.dates import resolve  # the same resolver the coder used

        with self.transaction():
            for row, (when, precision, evidence) in events.items():
                self.con.execute(
                    "UPDATE events SET date = ?, date_precision = ?, date_evidence = ? WHERE rowid = ?",
                    [when, precision, evidence, row],
                )
            if articles:  # an actor's latest role is chosen by its articles' dates
                self.con.register("redated", pa.table({"id": sorted(articles)}))
                self.con.execute(
                    "INSERT OR IGNORE INTO actor_changes SELECT DISTINCT key FROM entity_mentions "
                    "WHERE article_id IN (SELECT id FROM redated)"
                )
                self.con.unregister("redated")
            for article_id, (when, precision, evidence) in articles.items():
                self.con.execute(
                    "UPDATE articles SET published = ?, published_precision = ?, published_from = 'reference', "
                    "published_evidence = ? WHERE id = ?",
                    [when, precision, evidence, article_id],
                )
                for row, date_text, status, old_evidence in self.con.execute(
                    "SELECT rowid, date_text, status, date_evidence FROM events WHERE article_id = ?", [article_id]
                ).fetchall():
                    if old_evidence and row in events:
                        continue  # dated by its own reference
                    got = resolve(date_text, when, precision, future=status == "planned") if date_text else None
                    self.con.execute(
                        "UPDATE events SET date = ?, date_precision = ?, date_evidence = ? WHERE rowid = ?",
                        [
                            got.value if got else when,
                            got.precision if got else precision,
                            None,  # dated by its article (published_evidence holds the chain) or by its own text
                            row,
                        ],
                    )
        return len(articles)

    def event_blocks(self, fetch: int = 20000) -> Iterator[list[tuple]]:
        """Event mentions with their article's facts, one block of (type, first actor country, first
        recipient country) at a time, streamed in block order. Read on a cursor of its own, so the
        writes the caller makes between blocks do not end the stream."""
        cur = self.con.cursor().execute(
            """
            WITH countries AS (SELECT k.key, e.country FROM actor_keys k JOIN entities e USING (entity_id))
            SELECT e.mention_id, e.article_id, e.type, e.status, e.background, e.date, e.date_precision,
                   e.date_text, e.date_evidence, e.location, e.actors, e.recipients, a.story_id, a.duplicate_of,
                   coalesce(o.source, a.source), a.published, e.sentence_index,
                   coalesce(ca.country, json_extract_string(e.actors, '$[0].country'), '') AS ac,
                   coalesce(cr.country, json_extract_string(e.recipients, '$[0].country'), '') AS rc,
                   a.published_precision, e.mode
            FROM events e JOIN articles a ON a.id = e.article_id
            LEFT JOIN articles o ON o.id = a.duplicate_of  -- a copy speaks with its original's voice
            LEFT JOIN countries ca ON ca.key = json_extract_string(e.actors, '$[0].key')
            LEFT JOIN countries cr ON cr.key = json_extract_string(e.recipients, '$[0].key')
            WHERE e.mention_id IS NOT NULL
            ORDER BY e.type, ac, rc, e.mention_id
            """
        )
        block: list[tuple] = []
        key = None
        while True:
            rows = cur.fetchmany(fetch)
            if not rows:
                break
            for r in rows:
                k = (r[2], r[17], r[18])
                if k != key and block:
                    yield block
                    block = []
                key = k
                block.append(r)
        if block:
            yield block

    def event_trigger_contexts(self) -> Iterator[tuple[str, str | None, list[tuple]]]:
        """For each merged event reported by two or more independent articles: (event id, story id,
        mentions as (article, original, source, published, sentence, sentence start, trigger, trigger
        start, the 30 characters before the trigger))."""
        cur = self.con.cursor().execute(
            """
            SELECT m.event_id, m.story_id, e.article_id, coalesce(a.duplicate_of, a.id), a.source, a.published,
                   e.sentence, e.sentence_start, e.trigger, e.trigger_start,
                   substr(a.text, greatest(1, e.trigger_start - 29), least(30, e.trigger_start))
            FROM merged_events m JOIN events e USING (event_id) JOIN articles a ON a.id = e.article_id
            WHERE m.num_originals >= 2
            ORDER BY m.event_id, e.mention_id
            """
        )
        yield from _grouped(cur, 0, lambda r: (r[0], r[1]), lambda r: r[2:])

    def story_event_facts(self) -> Iterator[tuple[str, list[tuple]]]:
        """For each story with two or more originals, its asserted merged events that their texts
        date: (story id, [(event id, type, mode, date, precision, location, actors JSON, recipients
        JSON, article, original, source, sentence, sentence start, trigger start, trigger end, quad class)])."""
        cur = self.con.cursor().execute(
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
        for (story_id,), rows in _grouped(cur, 0, lambda r: (r[0],), lambda r: r[1:]):
            yield story_id, rows

    def story_texts(self) -> Iterator[tuple[str, list[tuple]]]:
        """For each story with two or more originals not read for conflicts since it last changed:
        (story id, [(article, original, source, published, text, [(start, canonical id) of its
        people]))], earliest first)."""
        cur = self.con.cursor().execute(
            """
            WITH people AS (
                SELECT m.article_id, list((m.start, coalesce(k.entity_id, m.key)) ORDER BY m.start) AS people
                FROM entity_mentions m LEFT JOIN actor_keys k USING (key)
                WHERE m.kind = 'person' GROUP BY 1)
            SELECT a.story_id, a.id, coalesce(a.duplicate_of, a.id), a.source, a.published, a.text,
                   coalesce(p.people, [])
            FROM articles a JOIN stories s USING (story_id) LEFT JOIN people p ON p.article_id = a.id
            WHERE s.originals >= 2 AND a.duplicate_of IS NULL AND NOT coalesce(s.conflicts_checked, false)
            ORDER BY a.story_id, a.published NULLS LAST, a.id
            """
        )
        for (story_id,), rows in _grouped(cur, 0, lambda r: (r[0],), lambda r: r[1:]):
            yield story_id, rows

    def rewrite_candidates(self) -> Iterator[tuple[str, list[tuple]]]:
        """Stories with an original not yet checked for rewrites and at least two originals: (story id,
        [(id, published, precision, text, checked)]), in date order (undated last)."""
        cur = self.con.cursor().execute(
            """
            WITH todo AS (SELECT story_id FROM articles WHERE story_id IS NOT NULL AND duplicate_of IS NULL
                          GROUP BY story_id
                          HAVING count(*) >= 2 AND count(*) FILTER (WHERE NOT coalesce(rewrites_checked, false)) > 0)
            SELECT a.story_id, a.id, a.published, a.published_precision, a.text, coalesce(a.rewrites_checked, false)
            FROM articles a JOIN todo USING (story_id) WHERE a.duplicate_of IS NULL
            ORDER BY a.story_id, a.published NULLS LAST, a.id
            """
        )
        for (story_id,), rows in _grouped(cur, 0, lambda r: (r[0],), lambda r: r[1:]):
            yield story_id, rows

    def set_rewrites(self, marks: dict[str, tuple[str, float]], checked: list[str]) -> None:
        """Mark rewrites (id -> (original, sentence coverage)); copies of a rewrite follow it to its
        original; every id in `checked` is marked checked."""
        if not marks and not checked:
            return
        with self.transaction():
            if marks:
                copies = sorted(marks)
                self.con.register(
                    "rewrite_marks",
                    pa.table(
                        {
                            "id": copies,
                            "original": [marks[c][0] for c in copies],
                            "score": [round(marks[c][1], 3) for c in copies],
                        }
                    ),
                )
                self.con.execute(
                    "UPDATE articles SET duplicate_of = m.original, relation = 'rewrite', "
                    "duplicate_similarity = m.score FROM rewrite_marks m WHERE articles.id = m.id"
                )
                # copies of a rewrite follow it to its original
                self.con.execute(
                    "UPDATE articles SET duplicate_of = m.original FROM rewrite_marks m "
                    "WHERE articles.duplicate_of = m.id AND articles.relation <> 'rewrite'"
                )
                self.con.unregister("rewrite_marks")
            if checked:
                self._select_for_ids(
                    "checked_ids",
                    checked,
                    "UPDATE articles SET rewrites_checked = true WHERE id IN (SELECT id FROM checked_ids)",
                )

    def kept_story_conflicts(self) -> list[dict]:
        """Conflicts read from the texts of stories that have not changed since: they stand."""
        cur = self.con.execute(
            f"SELECT {', '.join('c.' + n for n in CONFLICTS.names)} FROM conflicts c JOIN stories s USING (story_id) "
            "WHERE c.event_id IS NULL AND c.attribute IN ('quantity', 'duration') AND s.conflicts_checked"
        )
        return [dict(zip(CONFLICTS.names, r)) for r in cur.fetchall()]

    def replace_conflicts(self, rows: list[dict]) -> None:
        """Write the conflicts table whole and mark every story as read for conflicts."""
        with self.transaction():
            self.con.execute("DELETE FROM conflicts")
            self._insert(CONFLICTS, rows)
            self.con.execute("UPDATE stories SET conflicts_checked = true WHERE NOT coalesce(conflicts_checked, false)")

    @contextlib.contextmanager
    def merged_events_writer(self) -> Iterator[Any]:
        """Replace merged events in one transaction: yields write(rows, {mention_id: event_id})."""

        def write(rows: list[dict], links: dict[str, str]) -> int:
            if rows:
                self._insert(MERGED_EVENTS, rows)
            if links:
                ids = sorted(links)
                self.con.register("event_links", pa.table({"mention_id": ids, "event_id": [links[i] for i in ids]}))
                self.con.execute(
                    "UPDATE events SET event_id = l.event_id FROM event_links l WHERE events.mention_id = l.mention_id"
                )
                self.con.unregister("event_links")
            return len(rows)

        with self.transaction():
            self.con.execute("DELETE FROM merged_events")
            self.con.execute("UPDATE events SET event_id = NULL WHERE event_id IS NOT NULL")
            yield write

    def key_stats(self, keys: list[str] | None = None) -> Iterator[tuple]:
        """One row per actor key (every key, or these), aggregated in the database so memory does not
        grow with mentions: (key, kind, mentions, articles, country, sector, role, role_date, role_article,
        role_sentence, names) where country and sector are the most frequent, the role is the latest one
        stated, and names are the 12 most used spellings."""
        cur = self.con.cursor()  # its own cursor: entities are written while these rows stream
        mentions = "(SELECT * FROM entity_mentions)"
        if keys is not None:
            cur.register("wanted_keys", pa.table({"key": keys}))
            mentions = '(SELECT * FROM entity_mentions WHERE "key" IN (SELECT "key" FROM wanted_keys))'
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
            yield from rows

    def recount_entity_articles(self, entity_ids: list[str] | None = None) -> None:
        """Exact article counts per canonical actor (every one, or these), once keys are merged."""
        only = ""
        if entity_ids is not None:
            self.con.register("recount_ids", pa.table({"id": entity_ids}))
            only = "WHERE k.entity_id IN (SELECT id FROM recount_ids) "
        self.con.execute(
            "UPDATE entities SET articles = c.n FROM (SELECT k.entity_id, count(DISTINCT m.article_id) AS n "
            f"FROM entity_mentions m JOIN actor_keys k USING (key) {only}GROUP BY 1) c "
            "WHERE entities.entity_id = c.entity_id"
        )
        if entity_ids is not None:
            self.con.unregister("recount_ids")

    def _note_actor_changes(self, keys: list[str]) -> None:
        if keys:
            self.con.register("changed_keys", pa.table({"key": keys}))
            self.con.execute('INSERT OR IGNORE INTO actor_changes SELECT "key" FROM changed_keys')
            self.con.unregister("changed_keys")

    def actor_changes(self) -> list[str]:
        """The actor keys whose mentions changed since the actors stage last ran."""
        return [r[0] for r in self.con.execute('SELECT "key" FROM actor_changes ORDER BY "key"').fetchall()]

    def person_key_entities(self) -> dict[str, str]:
        """Person key -> the entity it was merged into when the actors stage last ran."""
        return dict(self.con.execute("SELECT key, entity_id FROM actor_keys WHERE key LIKE 'person:%'").fetchall())

    def count(self, table: str) -> int:
        """Rows in one of the store's tables."""
        if table not in TABLES:
            raise KeyError(f"no table {table!r}")
        row = self.con.execute(f"SELECT count(*) FROM {table}").fetchone()
        return int(row[0]) if row else 0

    def meta_value(self, key: str) -> str | None:
        row = self.con.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return row[0] if row else None

    def set_meta_value(self, key: str, value: str) -> None:
        self.con.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", [key, value])

    def person_key_counts(self) -> dict[str, int]:
        """Mentions per person key: what cross-article name merging needs, and no more."""
        return dict(
            self.con.execute(
                "SELECT key, count(*) FROM entity_mentions WHERE key LIKE 'person:%' GROUP BY key ORDER BY key"
            ).fetchall()
        )

    def replace_entities(
        self,
        batches: Iterator[list[dict[str, Any]]],
        merges: dict[str, str],
        entity_ids: list[str] | None = None,
        keys: list[str] | None = None,
    ) -> None:
        """Rewrite entities (streamed in batches) and actor_keys (every key to itself, then `merges`):
        all of them, or only the entities `entity_ids` and the keys `keys`. Either way the changes the
        rows account for are cleared from actor_changes, in the same transaction."""
        with self.transaction():
            if entity_ids is None or keys is None:
                self.con.execute("DELETE FROM entities")
                self.con.execute("DELETE FROM actor_keys")
                for rows in batches:
                    self._insert(ENTITIES, rows)
                self.con.execute("INSERT INTO actor_keys SELECT DISTINCT key, key FROM entity_mentions")
            else:
                self.con.register("rebuilt_entities", pa.table({"id": entity_ids}))
                self.con.register("rebuilt_keys", pa.table({"key": keys}))
                self.con.execute("DELETE FROM entities WHERE entity_id IN (SELECT id FROM rebuilt_entities)")
                self.con.execute('DELETE FROM actor_keys WHERE "key" IN (SELECT "key" FROM rebuilt_keys)')
                for rows in batches:
                    self._insert(ENTITIES, rows)
                self.con.execute(
                    'INSERT INTO actor_keys SELECT DISTINCT "key", "key" FROM entity_mentions '
                    'WHERE "key" IN (SELECT "key" FROM rebuilt_keys)'
                )
                self.con.unregister("rebuilt_entities")
                self.con.unregister("rebuilt_keys")
            self.con.execute("DELETE FROM actor_changes")
            if merges:
                self.con.register(
                    "merges", pa.table({"key": sorted(merges), "entity_id": [merges[k] for k in sorted(merges)]})
                )
                self.con.execute(
                    "UPDATE actor_keys SET entity_id = m.entity_id FROM merges m WHERE actor_keys.key = m.key"
                )
                self.con.unregister("merges")

    def date_neighbours(self, min_similarity: float, top: int = 8) -> list[tuple]:
        """For each article without a day or month date, its most similar dated articles.

        Similarity is the cosine of tf-idf weighted key terms, computed by a join on shared terms, so
        only article pairs that share a term are ever compared; weights and norms come from every
        article's terms, so a pair's similarity is the same whatever else is undated. Returns rows of
        (article id, its precision, its date, neighbour id, similarity, neighbour date, neighbour precision).
        """
        undated = self.con.execute(
            "SELECT count(*) FROM articles WHERE published_precision IN ('unknown', 'year') "
            "AND published_from IN ('none', 'content', 'corpus')"
        ).fetchone()
        if not undated or not undated[0]:
            return []
        return self.con.execute(
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
                        AND a.published_from NOT IN ('corpus', 'reference')),
            pairs AS (SELECT u.article_id AS a, d.article_id AS b, sum(u.w * d.w) AS dot
                      FROM undated u JOIN dated d USING (term) GROUP BY 1, 2),
            scored AS (SELECT a, b, dot / (na.nrm * nb.nrm) AS sim,
                              row_number() OVER (PARTITION BY a ORDER BY dot / (na.nrm * nb.nrm) DESC) AS rk
                       FROM pairs JOIN norm na ON na.article_id = a JOIN norm nb ON nb.article_id = b)
            SELECT s.a, x.published_precision, x.published, s.b, s.sim, y.published, y.published_precision,
                   x.published_from, x.published_evidence
            FROM scored s JOIN articles x ON x.id = s.a JOIN articles y ON y.id = s.b
            WHERE s.sim >= ? AND s.rk <= ? AND s.a <> s.b
            ORDER BY s.a, s.sim DESC
            """,
            [min_similarity, top],
        ).fetchall()

    def set_corpus_dates(self, updates: list[tuple[str, str, str, str]]) -> int:
        """(id, date, precision, evidence) for articles dated from similar articles; return how many
        changed. A changed date invalidates the article's coded events (their dates hang on it)."""
        if not updates:
            return 0
        table = pa.table(
            {
                "id": [u[0] for u in updates],
                "published": pa.array([_date(u[1]) for u in updates], pa.date32()),
                "precision": [u[2] for u in updates],
                "evidence": [u[3] for u in updates],
            }
        )
        self.con.register("corpus_dates", table)
        changed = self.con.execute(
            "SELECT count(*) FROM articles a JOIN corpus_dates c ON a.id = c.id "
            "WHERE a.published IS DISTINCT FROM c.published OR a.published_precision <> c.precision"
        ).fetchone()
        self.con.execute(
            "UPDATE articles SET published = c.published, published_precision = c.precision, "
            "published_from = 'corpus', published_evidence = c.evidence, nlp_version = NULL FROM corpus_dates c "
            "WHERE articles.id = c.id AND (articles.published IS DISTINCT FROM c.published "
            "OR articles.published_precision <> c.precision)"
        )
        self.con.unregister("corpus_dates")
        return int(changed[0]) if changed else 0

    def _select_for_ids(self, name: str, ids: list[str], sql: str, params: Iterable[Any] = ()) -> list[tuple]:
        """Run `sql` with the ids registered as the one-column table `name` (column `id`); the
        registration is dropped even when the query fails."""
        self.con.register(name, pa.table({"id": ids}))
        try:
            return self.con.execute(sql, list(params)).fetchall()
        finally:
            self.con.unregister(name)

    # ---- duplicates ------------------------------------------------------------------------
    def duplicate_fresh_ids(self) -> list[str]:
        """The articles the duplicates stage has not seen, by id."""
        rows = self.con.execute("SELECT id FROM articles WHERE duplicates_checked IS NOT TRUE ORDER BY id").fetchall()
        return [r[0] for r in rows]

    def duplicate_candidates(
        self, ids: list[str], min_jaccard: float, min_words: int
    ) -> list[tuple[str, str, bool, float]]:
        """Pairs (new article, other article, exact?, estimated Jaccard) for these new articles: exact
        text hash matches, and signature band matches whose estimate reaches `min_jaccard` where both
        texts have at least `min_words` words. Asked a slice of new articles at a time (the pairs of
        100,000 new articles at once outgrow DuckDB's memory cap)."""
        if not ids:
            return []
        return self._select_for_ids(
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

    def article_texts(self, ids: list[str]) -> dict[str, str]:
        if not ids:
            return {}
        self.con.register("text_ids", pa.table({"id": ids}))
        rows = self.con.execute("SELECT a.id, a.text FROM articles a JOIN text_ids t ON t.id = a.id").fetchall()
        self.con.unregister("text_ids")
        return dict(rows)

    def duplicate_group_links(self, ids: list[str]) -> list[tuple[str, str]]:
        """(member, original) links of the stored copy groups these articles belong to."""
        if not ids:
            return []
        rows = self._select_for_ids(
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
        return rows

    def duplicate_facts(self, ids: list[str], with_length: bool = True) -> dict[str, tuple]:
        """id -> (id, published, precision, letters and digits in the text, text hash): what picks an
        original (spacing and punctuation do not make a text more complete). Asked for every member of
        every group a run touches, so it holds nothing bulky (a signature is 64 numbers). Without
        `with_length` the length is None and no text is read: checking a pair needs only the dates."""
        if not ids:
            return {}
        rows = self._select_for_ids(
            "fact_ids",
            sorted(set(ids)),
            "SELECT a.id, a.published, a.published_precision, "
            + ("length(regexp_replace(a.text, '[^[:alnum:]]', '', 'g')), " if with_length else "NULL, ")
            + "s.text_hash "
            "FROM articles a JOIN fact_ids f ON f.id = a.id LEFT JOIN article_signatures s ON s.article_id = a.id",
        )
        return {r[0]: (r[0], r[1], r[2], r[3], r[4]) for r in rows}

    def set_duplicates(self, updates: list[tuple[str, str | None, str | None, float | None]]) -> None:
        """(id, duplicate_of, relation, similarity) for every member of the groups decided; then mark every
        article seen. A copy takes its original's story."""
        with self.transaction():
            if updates:
                self.con.register(
                    "dups",
                    pa.table(
                        {
                            "id": [u[0] for u in updates],
                            "duplicate_of": [u[1] for u in updates],
                            "relation": [u[2] for u in updates],
                            "similarity": pa.array([u[3] for u in updates], pa.float64()),
                        }
                    ),
                )
                self.con.execute(
                    "UPDATE articles SET duplicate_of = d.duplicate_of, relation = d.relation, "
                    "duplicate_similarity = d.similarity FROM dups d WHERE articles.id = d.id"
                )
                self.con.unregister("dups")
            self.con.execute("UPDATE articles SET duplicates_checked = true WHERE duplicates_checked IS NOT TRUE")

    # ---- stories ---------------------------------------------------------------------------
    def articles_without_story(self) -> list[tuple]:
        """(id, published, precision, duplicate_of) of the articles no story holds yet, in the order the
        stories stage places them: dated first by date, then undated, ties by id."""
        return self.con.execute(
            "SELECT id, published, published_precision, duplicate_of FROM articles WHERE story_id IS NULL "
            "ORDER BY published NULLS LAST, id"
        ).fetchall()

    @contextlib.contextmanager
    def story_weights(self) -> Iterator[None]:
        """tf-idf weights of every original's story terms, in temporary tables for the stories stage:
        idf smoothed, a term in every article carries nothing; terms rarer than 5% of the corpus (or
        200 articles) are marked to generate pairs, so the candidate join stays near-linear."""
        self.con.execute(
            """
            CREATE OR REPLACE TEMP TABLE story_weights AS
            WITH pool AS (SELECT id FROM articles WHERE duplicate_of IS NULL),
            n AS (SELECT count(*)::DOUBLE AS n FROM pool),
            df AS (SELECT term, count(*) AS df, ln(((SELECT n FROM n) + 1) / count(*)) AS idf
                   FROM story_terms t JOIN pool p ON p.id = t.article_id GROUP BY term
                   HAVING count(*) >= 2 AND count(*) < (SELECT n FROM n))
            SELECT t.article_id, t.term, t.weight * df.idf AS w,
                   df.df <= greatest(200, 0.05 * (SELECT n FROM n)) AS rare
            FROM story_terms t JOIN df USING (term) JOIN pool p ON p.id = t.article_id
            """
        )
        self.con.execute(
            "CREATE OR REPLACE TEMP TABLE story_norms AS "
            "SELECT article_id, sqrt(sum(w * w)) AS nrm FROM story_weights GROUP BY article_id"
        )
        try:
            yield
        finally:
            self.con.execute("DROP TABLE IF EXISTS story_weights")
            self.con.execute("DROP TABLE IF EXISTS story_norms")

    def story_candidates(self, ids: list[str], min_similarity: float, top: int) -> list[tuple[str, str, float]]:
        """(article, other article, cosine) for these articles against every original: the `top` most
        similar of each, at least `min_similarity`. Needs story_weights(). Asked CANDIDATE_SLICE
        articles at a time: the join's pairs grow with the slice times the commonest rare term, and
        DuckDB's memory is capped."""
        rows: list[tuple[str, str, float]] = []
        for i in range(0, len(ids), CANDIDATE_SLICE):
            rows.extend(self._story_candidates(ids[i : i + CANDIDATE_SLICE], min_similarity, top))
        return rows

    def _story_candidates(self, ids: list[str], min_similarity: float, top: int) -> list[tuple[str, str, float]]:
        if not ids:
            return []
        rows = self._select_for_ids(
            "fresh_chunk",
            ids,
            """
            WITH fw AS (SELECT w.article_id, w.term, w.w FROM story_weights w
                        JOIN fresh_chunk f ON f.id = w.article_id WHERE w.rare),
            pairs AS (SELECT fw.article_id AS a, r.article_id AS b, sum(fw.w * r.w) AS dot
                      FROM fw JOIN story_weights r ON r.term = fw.term AND r.rare
                      WHERE fw.article_id <> r.article_id GROUP BY 1, 2),
            scored AS (SELECT a, b, dot / (na.nrm * nb.nrm) AS sim FROM pairs
                       JOIN story_norms na ON na.article_id = a JOIN story_norms nb ON nb.article_id = b),
            ranked AS (SELECT a, b, sim, row_number() OVER (PARTITION BY a ORDER BY sim DESC, b) AS rk
                       FROM scored WHERE sim >= ?)
            SELECT a, b, sim FROM ranked WHERE rk <= ? ORDER BY a, sim DESC, b
            """,
            [min_similarity, top],
        )
        return rows

    def story_facts(self, ids: list[str]) -> dict[str, tuple]:
        """id -> (published, precision, story_id)."""
        if not ids:
            return {}
        rows = self._select_for_ids(
            "fact_ids",
            ids,
            "SELECT a.id, a.published, a.published_precision, a.story_id "
            "FROM articles a JOIN fact_ids f ON f.id = a.id",
        )
        return {r[0]: (r[1], r[2], r[3]) for r in rows}

    def lead_mentions(self, ids: list[str], lead: int) -> list[tuple]:
        """(article id, type, actors JSON, recipients JSON, mention date, its precision, article date, its
        precision, sentence index) of the asserted event mentions in the first `lead` sentences of these articles."""
        if not ids:
            return []
        return self._select_for_ids(
            "lead_ids",
            ids,
            "SELECT e.article_id, e.type, e.actors, e.recipients, e.date, e.date_precision, a.published, "
            "a.published_precision, e.sentence_index FROM events e JOIN lead_ids l ON l.id = e.article_id "
            "JOIN articles a ON a.id = e.article_id "
            "WHERE e.sentence_index < ? AND e.status IN ('happened', 'ongoing') ORDER BY e.article_id, e.mention_id",
            [lead],
        )

    def lead_actor_counts(self, lead: int) -> tuple[dict[str, int], int]:
        """(actor -> originals whose first `lead` sentences report it acting in an asserted event, resolved
        to canonical ids where the actors stage has run; the number of originals). One aggregate over
        the events table: what the stories stage needs to know which protagonists are the pile's beat."""
        counts = self.con.execute(
            """
            WITH k AS (SELECT DISTINCT e.article_id, unnest(json_extract_string(e.actors, '$[*].key')) AS key
                       FROM events e JOIN articles a ON a.id = e.article_id
                       WHERE e.sentence_index < ? AND e.status IN ('happened', 'ongoing') AND a.duplicate_of IS NULL)
            SELECT coalesce(ak.entity_id, k.key) AS ident, count(DISTINCT k.article_id)
            FROM k LEFT JOIN actor_keys ak USING (key) WHERE k.key IS NOT NULL GROUP BY 1
            """,
            [lead],
        ).fetchall()
        total = self.con.execute("SELECT count(*) FROM articles WHERE duplicate_of IS NULL").fetchone()[0]
        return dict(counts), total

    def story_sizes(self, story_ids: list[str]) -> dict[str, int]:
        """Originals (copies not counted) per story."""
        if not story_ids:
            return {}
        rows = self._select_for_ids(
            "size_ids",
            story_ids,
            "SELECT story_id, count(*) FROM articles JOIN size_ids s ON s.id = story_id "
            "WHERE duplicate_of IS NULL GROUP BY story_id",
        )
        return dict(rows)

    def set_story_ids(self, placed: dict[str, str]) -> None:
        if not placed:
            return
        with self.transaction():
            ids = sorted(placed)
            self.con.register("placed", pa.table({"id": ids, "story_id": [placed[i] for i in ids]}))
            self.con.execute("UPDATE articles SET story_id = p.story_id FROM placed p WHERE articles.id = p.id")
            self.con.unregister("placed")

    def story_members(self, story_ids: list[str]) -> dict[str, list[tuple]]:
        """story -> [(id, title, published, precision, source, text, duplicate_of)], earliest first. A copy's
        text is None: the summary reads originals only, and a story of a thousand copies stays small."""
        rows = self._select_for_ids(
            "member_ids",
            story_ids,
            "SELECT a.story_id, a.id, a.title, a.published, a.published_precision, a.source, "
            "CASE WHEN a.duplicate_of IS NULL THEN a.text END, a.duplicate_of "
            "FROM articles a JOIN member_ids m ON m.id = a.story_id ORDER BY a.story_id, a.published NULLS LAST, a.id",
        )
        out: dict[str, list[tuple]] = {}
        for r in rows:
            out.setdefault(r[0], []).append(r[1:])
        return out

    def story_top_terms(self, story_ids: list[str], n: int = 30) -> dict[str, list[tuple[str, float]]]:
        """The story's terms: summed weights over its original articles, most weight first."""
        rows = self._select_for_ids(
            "term_ids",
            story_ids,
            """
            WITH t AS (SELECT a.story_id, st.term, sum(st.weight) AS w FROM story_terms st
                       JOIN articles a ON a.id = st.article_id JOIN term_ids i ON i.id = a.story_id
                       WHERE a.duplicate_of IS NULL GROUP BY 1, 2),
            r AS (SELECT *, row_number() OVER (PARTITION BY story_id ORDER BY w DESC, term) AS rk FROM t)
            SELECT story_id, term, w FROM r WHERE rk <= ? ORDER BY story_id, rk
            """,
            [n],
        )
        out: dict[str, list[tuple[str, float]]] = {}
        for sid, term, w in rows:
            out.setdefault(sid, []).append((term, float(w)))
        return out

    def replace_stories(self, ids: list[str], rows: list[dict]) -> None:
        with self.transaction():
            self.con.register("gone", pa.table({"id": ids}))
            self.con.execute("DELETE FROM stories WHERE story_id IN (SELECT id FROM gone)")
            self.con.unregister("gone")
            self._insert(STORIES, rows)

    # ---- reading -----------------------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        """Rows in the tables a run summary reports."""
        out = {}
        for table in (
            "inputs",
            "articles",
            "problems",
            "stories",
            "entities",
            "entity_mentions",
            "events",
            "merged_events",
            "conflicts",
            "quotes",
        ):
            out[table] = self.count(table)
        # what `export` shows by default (the text asserts it): the summary gives both counts
        out["events_asserted"] = self.con.execute(f"SELECT count(*) FROM events WHERE {ASSERTED}").fetchone()[0]
        out["merged_events_asserted"] = self.con.execute(
            f"SELECT count(*) FROM merged_events m WHERE {ASSERTED_MERGED}"
        ).fetchone()[0]
        return out

    def problems_by_reason(self, run_id: int | None = None) -> list[tuple[str, str, int]]:
        where = "WHERE run_id = ?" if run_id is not None else ""
        params = [run_id] if run_id is not None else []
        return self.con.execute(
            f"SELECT reason, severity, count(*) FROM problems {where} GROUP BY reason, severity ORDER BY 3 DESC, 1",
            params,
        ).fetchall()

    def languages(self) -> list[tuple[str | None, int]]:
        return self.con.execute("SELECT language, count(*) FROM articles GROUP BY language ORDER BY 2 DESC").fetchall()

    def query(self, sql: str, params: Iterable[Any] = ()) -> duckdb.DuckDBPyRelation:
        return self.con.execute(sql, list(params))
