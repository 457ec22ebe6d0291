"""The store: one DuckDB file, its connection, migrations, transactions, runs, inputs, the batched
writes of the record and language stages, and generic reading (counts, meta, query).

Each corpus stage's queries live in a module of their own beside this one, named like the stage
(store/duplicates.py for corpus/duplicates.py, ...), with a named row type declared beside each query;
they reach the database through a Store (its connection, `transaction`, `insert`, `temporary`).

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
    ENTITY_MENTIONS,
    EVENTS,
    INPUTS,
    PROBLEMS,
    QUOTES,
    SIGNATURES,
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


def grouped(cur: Any, column: int, head: Any, body: Any, fetch: int = 5000) -> Iterator[Any]:
    """Rows of a cursor ordered by `column`, streamed as (*head(row), [body(row), ...]) per value: what
    the corpus stages' per-story and per-event queries stream, one group in memory at a time."""
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

    @contextlib.contextmanager
    def temporary(self, name: str, data: Any, con: Any = None) -> Iterator[None]:
        """Register `data` (an Arrow table, or a dict of columns for one) as the temporary table `name`
        on the connection (or on `con`, a cursor of it) for the body of the with-block, and unregister
        it after, whatever happens. When the body failed, a failed unregister is not allowed to hide
        the real cause: DuckDB refuses every statement, unregister too, in an aborted transaction."""
        con = self.con if con is None else con
        con.register(name, data if isinstance(data, pa.Table) else pa.table(data))
        try:
            yield
        except BaseException:
            with contextlib.suppress(duckdb.Error):
                con.unregister(name)
            raise
        con.unregister(name)

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
    def insert(self, table, rows: list[dict[str, Any]]) -> None:
        """Insert rows (dicts holding the table's columns) through Arrow, typed by the table's spec."""
        if rows:
            with self.temporary("batch_rows", table.arrow(rows)):
                self.con.execute(f"INSERT INTO {table.name} SELECT * FROM batch_rows")

    def _problem_rows(self, problems: Sequence[Problem], run_id: int, now: datetime) -> list[dict[str, Any]]:
        return [{**_fields_of(p), "run_id": run_id, "logged_at": now} for p in problems]

    def article_origins(self, ids: list[str], run_id: int) -> dict[str, StoredOrigin]:
        """id -> the content and input the store holds under it, for the ids a batch may take."""
        if not ids:
            return {}
        with self.temporary("origin_ids", {"id": ids}):
            rows = self.con.execute(
                "SELECT a.id, a.content_hash, a.input_path, a.input_record, a.run_id = ? "
                "FROM articles a JOIN origin_ids o ON a.id = o.id",
                [run_id],
            ).fetchall()
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
                with self.temporary("batch_ids", {"id": list(latest)}):
                    existing = dict(
                        self.con.execute(
                            "SELECT a.id, a.content_hash FROM articles a JOIN batch_ids b ON a.id = b.id"
                        ).fetchall()
                    )
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
                with self.temporary("changed_ids", {"id": changed}):
                    self.con.execute("DELETE FROM articles WHERE id IN (SELECT id FROM changed_ids)")
                    for table in ("article_terms", "story_terms", "article_signatures", "article_bands"):
                        self.con.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT id FROM changed_ids)")
            self.insert(ARTICLES, rows)
            stored = {r["id"] for r in rows}
            new_articles = [a for a in latest.values() if a.id in stored]
            self.insert(
                ARTICLE_TERMS,
                [{"article_id": a.id, "term": t, "weight": float(w)} for a in new_articles for t, w in a.terms],
            )
            self.insert(
                STORY_TERMS,
                [{"article_id": a.id, "term": t, "weight": float(w)} for a in new_articles for t, w in a.story_terms],
            )
            signed = [a for a in new_articles if a.minhash]
            self.insert(
                SIGNATURES, [{"article_id": a.id, "text_hash": a.text_hash, "minhash": a.minhash} for a in signed]
            )
            if signed:
                with self.temporary("signed_ids", {"id": [a.id for a in signed]}):
                    self.con.execute(
                        f"""INSERT INTO article_bands
                    SELECT s.article_id, b.band, hash(s.minhash[b.band * {BAND_ROWS} + 1 : (b.band + 1) * {BAND_ROWS}])
                    FROM article_signatures s JOIN signed_ids i ON i.id = s.article_id,
                         (SELECT unnest(range({BANDS_PER_SIGNATURE})) AS band) b"""
                    )
            touched = sorted({p.path for p in problems} | {i["path"] for i in inputs})
            if touched:
                # an input read again: what an earlier run said was wrong with it no longer holds
                with self.temporary("touched_paths", {"path": touched}):
                    self.con.execute(
                        "DELETE FROM problems WHERE stage IN ('ingest', 'extract') AND run_id <> ? "
                        "AND path IN (SELECT path FROM touched_paths)",
                        [run_id],
                    )
            self.insert(PROBLEMS, self._problem_rows(problems, run_id, now))
            if inputs:
                rows_in = [{**i, "status": "done", "run_id": run_id, "seen_at": now} for i in inputs]
                with self.temporary("batch_inputs", INPUTS.arrow(rows_in)):
                    self.con.execute("INSERT OR REPLACE INTO inputs SELECT * FROM batch_inputs")
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
        with self.temporary("nlp_ids", {"id": ids}):
            # the actors these mentions counted for must be recomputed (corpus/actors.py)
            self.con.execute(
                "INSERT OR IGNORE INTO actor_changes SELECT DISTINCT key FROM entity_mentions "
                "WHERE article_id IN (SELECT id FROM nlp_ids)"
            )
            for table in ("entity_mentions", "events", "quotes"):
                self.con.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT id FROM nlp_ids)")

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
            self.insert(ENTITY_MENTIONS, mentions)
            self._note_actor_changes(sorted({m["key"] for m in mentions}))
            self.insert(EVENTS, events)
            self.insert(QUOTES, quotes)
            status = pa.table(
                {
                    "id": [c.article_id for c in coded],
                    "note": [c.skipped for c in coded],
                    "sentences": pa.array([c.sentences for c in coded], pa.int32()),
                }
            )
            with self.temporary("batch_status", status):
                self.con.execute(
                    "UPDATE articles SET nlp_version = ?, nlp_note = s.note, sentences = s.sentences "
                    "FROM batch_status s WHERE articles.id = s.id",
                    [version],
                )
            self.insert(PROBLEMS, self._problem_rows(problems, run_id, now))

    def _note_actor_changes(self, keys: list[str]) -> None:
        if keys:
            with self.temporary("changed_keys", {"key": keys}):
                self.con.execute('INSERT OR IGNORE INTO actor_changes SELECT "key" FROM changed_keys')

    # ---- reading -----------------------------------------------------------------------------
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

    def select_for_ids(self, name: str, ids: list[str], sql: str, params: Iterable[Any] = ()) -> list[tuple]:
        """Run `sql` with the ids registered as the one-column table `name` (column `id`); the
        registration is dropped even when the query fails."""
        with self.temporary(name, {"id": ids}):
            return self.con.execute(sql, list(params)).fetchall()

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
        # disagreements between sources, as `export --what conflicts` gives them (updates apart)
        out["conflicts"] = self.con.execute("SELECT count(*) FROM conflicts WHERE kind = 'conflict'").fetchone()[0]
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
