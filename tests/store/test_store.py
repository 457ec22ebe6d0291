"""The store: re-runs add nothing, new inputs add incrementally, a killed run leaves it consistent,
exports carry every id through unchanged."""

from __future__ import annotations

import csv
import io
import json

import duckdb
import pyarrow.parquet as pq

from storyline.engine.local import RunOptions, run
from storyline.store import Store, export

TEXT = "The foreign ministers of {a} and {b} met in the capital on Monday and agreed to expand trade next year."


def write_jsonl(path, n, start=0):
    with open(path, "w") as f:
        for i in range(start, start + n):
            f.write(
                json.dumps({"id": f"doc-{i}", "text": TEXT.format(a="Chile", b=f"Peru {i}"), "published": "2024-05-01"})
                + "\n"
            )


def no_nlp() -> RunOptions:
    return RunOptions(nlp=False, corpus=False, workers=1)


def count(db, sql):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchone()[0]
    finally:
        con.close()


def test_rerun_adds_nothing_and_new_inputs_add_incrementally(tmp_path):
    db = tmp_path / "s.duckdb"
    write_jsonl(tmp_path / "a.jsonl", 5)
    first = run([str(tmp_path)], str(db), no_nlp())
    assert first.articles_added == 5
    again = run([str(tmp_path)], str(db), no_nlp())
    assert again.inputs_unchanged == 1 and again.articles_added == 0
    write_jsonl(tmp_path / "b.jsonl", 3, start=5)
    more = run([str(tmp_path)], str(db), no_nlp())
    assert more.inputs_read == 1 and more.articles_added == 3
    assert count(db, "SELECT count(*) FROM articles") == 8


def test_changed_record_updates_in_place(tmp_path):
    db = tmp_path / "s.duckdb"
    p = tmp_path / "a.jsonl"
    write_jsonl(p, 2)
    run([str(p)], str(db), no_nlp())
    rows = [json.loads(line) for line in p.read_text().splitlines()]
    rows[1]["text"] = "A corrected version: the ministers met on Tuesday, not Monday, and signed nothing at all."
    p.write_text("".join(json.dumps(r) + "\n" for r in rows))
    summary = run([str(p)], str(db), no_nlp())
    assert (summary.articles_updated, summary.articles_unchanged) == (1, 1)
    assert count(db, "SELECT count(*) FROM articles") == 2
    assert count(db, "SELECT text FROM articles WHERE id = 'doc-1'").startswith("A corrected")


def test_ten_thousand_small_files(tmp_path):
    src = tmp_path / "many"
    src.mkdir()
    for i in range(10_000):
        (src / f"{i:05d}.txt").write_text(TEXT.format(a="Chile", b=f"Peru {i}"))
    summary = run([str(src)], str(tmp_path / "s.duckdb"), RunOptions(nlp=False, corpus=False))
    assert summary.inputs_found == 10_000 and summary.articles_added == 10_000
    assert summary.problem_errors == 0


def test_every_input_ends_as_an_article_or_a_problem(tmp_path):
    src = tmp_path / "mixed"
    src.mkdir()
    write_jsonl(src / "ok.jsonl", 3)
    (src / "broken.jsonl").write_text('{"id": "x", "text": "cut\n' + json.dumps({"id": "y", "text": TEXT}) + "\n")
    (src / "empty.txt").write_text("")
    (src / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    db = tmp_path / "s.duckdb"
    summary = run([str(src)], str(db), no_nlp())
    assert summary.articles_added == 4
    assert summary.problems == {"bad_json": 1, "empty": 1, "binary": 1}
    per_input = count(db, "SELECT sum(articles + problems) FROM inputs")
    assert per_input == 7


def test_exports_keep_ids_in_jsonl_csv_and_parquet(tmp_path):
    db = tmp_path / "s.duckdb"
    write_jsonl(tmp_path / "a.jsonl", 3)
    run([str(tmp_path / "a.jsonl")], str(db), no_nlp())
    with Store(db, read_only=True) as store:
        buf = io.StringIO()
        export(store, "articles", "jsonl", buf)
        ids = [json.loads(line)["id"] for line in buf.getvalue().splitlines()]
        assert ids == ["doc-0", "doc-1", "doc-2"]
        first = json.loads(buf.getvalue().splitlines()[0])
        assert first["published"] == "2024-05-01" and first["published_precision"] == "day"
        assert first["published_from"] == "metadata"
        buf = io.StringIO()
        export(store, "articles", "csv", buf)
        assert [r["id"] for r in csv.DictReader(io.StringIO(buf.getvalue()))] == ids
        export(store, "articles", "parquet", str(tmp_path / "a.parquet"))
        assert pq.read_table(tmp_path / "a.parquet").column("id").to_pylist() == ids
        export(store, "mentions", "parquet", str(tmp_path / "m.parquet"))  # empty table, still a file
        assert pq.read_table(tmp_path / "m.parquet").num_rows == 0


def test_store_refuses_a_newer_schema(tmp_path):
    import pytest

    from storyline.store import StoreError

    db = tmp_path / "s.duckdb"
    Store(db).close()
    con = duckdb.connect(str(db))
    con.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    con.close()
    with pytest.raises(StoreError, match="schema version 99"):
        Store(db)


def test_a_temporary_table_is_gone_after_its_block_and_a_failure_keeps_its_cause(tmp_path):
    """Store.temporary unregisters its table after the block, and after a failing one; a statement
    that fails inside a transaction is reported as itself, not as the aborted transaction DuckDB
    then reports for every later statement (the unregister among them)."""
    import pytest

    from storyline.store import StoreError

    with Store(tmp_path / "s.duckdb") as store:
        with store.temporary("scratch_ids", {"id": ["a", "b"]}):
            assert store.query("SELECT count(*) FROM scratch_ids").fetchall() == [(2,)]
        with pytest.raises(duckdb.CatalogException):
            store.query("SELECT count(*) FROM scratch_ids")
        with (
            pytest.raises(StoreError, match="no room for this row"),
            store.transaction(),
            store.temporary("scratch_ids", {"id": ["a"]}),
        ):
            store.query("SELECT error('no room for this row') FROM scratch_ids").fetchall()
        with pytest.raises(duckdb.CatalogException):
            store.query("SELECT count(*) FROM scratch_ids")
        with store.temporary("scratch_ids", {"id": ["c"]}):  # the name is free again, the connection usable
            assert store.query("SELECT id FROM scratch_ids").fetchall() == [("c",)]
