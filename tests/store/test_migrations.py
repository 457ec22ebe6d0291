"""Numbered migrations: a store written by the first storyline (schema 1) opens, migrates, and ends
with exactly the columns of a new store; the column spec is the schema. (A newer store is refused:
tests/store/test_store.py.)"""

from __future__ import annotations

from pathlib import Path

import duckdb

from storyline.store import SCHEMA_VERSION, Store
from storyline.store.tables import TABLES

V1 = Path(__file__).parent / "fixtures" / "schema_v1.sql"


def columns(db: Path) -> dict[str, list[tuple[str, str]]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        out = {}
        for (table,) in con.execute("SELECT table_name FROM information_schema.tables ORDER BY 1").fetchall():
            out[table] = con.execute(
                "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ? "
                "ORDER BY ordinal_position",
                [table],
            ).fetchall()
        return out
    finally:
        con.close()


def test_a_schema_1_store_migrates_to_the_shape_of_a_new_store(tmp_path):
    old = tmp_path / "old.duckdb"
    con = duckdb.connect(str(old))
    con.execute(V1.read_text())
    con.execute("INSERT INTO meta VALUES ('schema_version', '1')")
    con.execute("INSERT INTO inputs (path, sha256, status) VALUES ('a.jsonl', 'abc', 'done')")
    con.close()
    with Store(old) as store:
        assert store.query("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0] == str(SCHEMA_VERSION)
        # an input read by an extractor of unknown version is read again
        assert store.done_inputs("any-version") == {}
    new = tmp_path / "new.duckdb"
    Store(new).close()
    assert columns(old) == columns(new)


def test_the_column_spec_is_the_schema(tmp_path):
    db = tmp_path / "s.duckdb"
    Store(db).close()
    stored = columns(db)
    for name, table in TABLES.items():
        assert [c for c, _ in stored[name]] == table.names
