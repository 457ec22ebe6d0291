"""Records with the same id in different inputs: nothing is lost, every record is an article or a
warning row, ids stay stable across runs, and `--ids global` lets a later record replace an earlier one."""

from __future__ import annotations

import io
import json

import pytest

from storyline.engine.local import RunOptions, run
from storyline.ingest.ids import place_ids, qualified_ids
from storyline.records import Article, StoredOrigin
from storyline.store import Store, export

A_CSV = (
    "id,title,text\n"
    "1,Storm hits coast,A storm flooded the harbour road on Monday and closed two schools in the port town.\n"
    "2,Rates rise,The central bank raised its main rate by a quarter point on Tuesday to slow prices.\n"
)
B_CSV = (
    "id,title,text\n"
    "1,Minister resigns,The transport minister resigned on Wednesday after a row over rail contracts.\n"
    "2,Talks open,Negotiators from the two unions opened wage talks with the hospital board on Thursday.\n"
)


def _run(paths, db, ids="input"):
    return run([str(p) for p in paths], str(db), RunOptions(nlp=False, corpus=False, workers=1, ids=ids))


def _rows(db, what):
    out = io.StringIO()
    with Store(str(db), read_only=True) as store:
        export(store, what, "jsonl", out)
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_two_exports_numbered_alike_keep_every_record(tmp_path):
    (tmp_path / "a.csv").write_text(A_CSV)
    (tmp_path / "b.csv").write_text(B_CSV)
    db = tmp_path / "s.duckdb"
    summary = _run([tmp_path / "a.csv", tmp_path / "b.csv"], db)
    assert summary.articles_added == 4
    titles = {a["id"]: a["title"] for a in _rows(db, "articles")}
    assert titles == {
        "1": "Storm hits coast",
        "2": "Rates rise",
        "b.csv#1": "Minister resigns",
        "b.csv#2": "Talks open",
    }
    warnings = [p for p in _rows(db, "problems") if p["reason"] == "id_collision"]
    assert len(warnings) == 2 and all("a.csv" in p["detail"] and p["path"].endswith("b.csv") for p in warnings)
    assert summary.problem_warnings == 2 and summary.problem_errors == 0


def test_ids_are_stable_across_runs_and_an_edited_record_is_updated(tmp_path):
    (tmp_path / "a.csv").write_text(A_CSV)
    (tmp_path / "b.csv").write_text(B_CSV)
    db = tmp_path / "s.duckdb"
    _run([tmp_path / "a.csv", tmp_path / "b.csv"], db)
    first = {a["id"]: a["title"] for a in _rows(db, "articles")}
    # b.csv edited: its record 2 gets a new title; a second run keeps every id where it was
    (tmp_path / "b.csv").write_text(B_CSV.replace("Talks open", "Wage talks open"))
    summary = _run([tmp_path / "a.csv", tmp_path / "b.csv"], db)
    assert summary.articles_added == 0 and summary.articles_updated == 1
    second = {a["id"]: a["title"] for a in _rows(db, "articles")}
    assert set(second) == set(first)
    assert second["b.csv#2"] == "Wage talks open"
    # one warning per record that took a qualified id, not one per run
    assert len([p for p in _rows(db, "problems") if p["reason"] == "id_collision"]) == 2


def test_the_same_record_in_two_files_is_stored_once_with_a_warning(tmp_path):
    (tmp_path / "a.jsonl").write_text(
        json.dumps({"id": 7, "title": "Bridge reopens", "text": "The bridge reopened."}) + "\n"
    )
    (tmp_path / "b.jsonl").write_text(
        json.dumps({"id": 7, "title": "Bridge reopens", "text": "The bridge reopened."})
        + "\n"
        + json.dumps({"id": 8, "title": "Ferry stops", "text": "The ferry stopped for the winter."})
        + "\n"
    )
    db = tmp_path / "s.duckdb"
    _run([tmp_path / "a.jsonl", tmp_path / "b.jsonl"], db)
    assert sorted(a["id"] for a in _rows(db, "articles")) == ["7", "8"]
    same = [p for p in _rows(db, "problems") if p["reason"] == "same_record"]
    assert len(same) == 1 and same[0]["path"].endswith("b.jsonl") and same[0]["record"] == 1


def test_ids_global_lets_the_later_record_replace_the_earlier(tmp_path):
    (tmp_path / "a.csv").write_text(A_CSV)
    (tmp_path / "b.csv").write_text(B_CSV)
    db = tmp_path / "s.duckdb"
    _run([tmp_path / "a.csv", tmp_path / "b.csv"], db, ids="global")
    titles = {a["id"]: a["title"] for a in _rows(db, "articles")}
    assert titles == {"1": "Minister resigns", "2": "Talks open"}
    replaced = [p for p in _rows(db, "problems") if p["reason"] == "id_replaced"]
    assert len(replaced) == 2 and all("a.csv" in p["detail"] for p in replaced)


def test_an_id_repeated_inside_one_input_keeps_the_later_record_and_says_so(tmp_path):
    (tmp_path / "a.csv").write_text(A_CSV + "1,Storm hits coast again,A second storm closed the harbour road.\n")
    db = tmp_path / "s.duckdb"
    _run([tmp_path / "a.csv"], db)
    titles = {a["id"]: a["title"] for a in _rows(db, "articles")}
    assert titles == {"1": "Storm hits coast again", "2": "Rates rise"}
    repeated = [p for p in _rows(db, "problems") if p["reason"] == "id_repeated"]
    assert len(repeated) == 1 and repeated[0]["record"] == 3


def _article(aid: str, path: str, content: str, record: int = 1) -> Article:
    return Article(id=aid, text=content, input_path=path, input_record=record, format="csv", content_hash=content)


def test_placement_is_a_pure_function_of_the_batch_and_the_store():
    stored = {"1": StoredOrigin("x", "exports/a.csv")}
    placed, notes = place_ids([_article("1", "exports/b.csv", "y")], stored)
    assert [a.id for a in placed] == ["b.csv#1"] and notes[0].reason == "id_collision"
    # the name form is taken by another folder's b.csv: the path form names this input alone
    stored["b.csv#1"] = StoredOrigin("z", "old/b.csv")
    placed, _ = place_ids([_article("1", "exports/b.csv", "y")], stored)
    assert placed[0].id == "exports/b.csv#1" == qualified_ids("1", "exports/b.csv")[1]
    with pytest.raises(ValueError):
        place_ids([], {}, policy="newest")
