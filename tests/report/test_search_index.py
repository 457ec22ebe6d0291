"""The ranked search index beside the store: built by a run, updated incrementally (new and changed
articles only), ranked by BM25 with titles counted twice, snippets on whole characters."""

from __future__ import annotations

import json
import shutil

import pytest

import storyline
from storyline.store import Store, search

pytest.importorskip("tantivy")

PILE = [
    ("harbour", "Ferry timetable changes", "The harbour board of Kestrel Bay approved a new ferry timetable."),
    ("wheat", "Early harvest near Orlen", "Farmers near the river town of Orlen reported an early harvest of wheat."),
    ("looms", "Weaving museum opens", "A small museum in the hill village of Tarn opened a room of weaving looms."),
    ("ferry2", "Council debates bridge", "The council of Orlen debated a bridge that would replace the old ferry."),
]


def _write(path, records):
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")


def _records(rows):
    return [{"id": i, "title": t, "text": x, "published": "2024-05-02"} for i, t, x in rows]


def test_a_run_builds_the_index_and_the_next_reads_only_what_changed(tmp_path):
    db = str(tmp_path / "s.duckdb")
    first = tmp_path / "a.jsonl"
    _write(first, _records(PILE[:3]))
    storyline.run(first, db=db, events=False, corpus=False)
    assert search.index_path(db).is_dir()
    assert [h for h, _ in search.search(db, "ferry")] == ["harbour"]
    second = tmp_path / "b.jsonl"
    _write(second, _records(PILE[3:]))
    storyline.run(second, db=db, events=False, corpus=False)
    with Store(db, read_only=True) as store:
        again = search.update(store, db)
    assert (again.added, again.replaced, again.unchanged) == (0, 0, 4)
    # the title counts twice: the article whose title names the ferry first, then the one whose text does
    ranked = [h for h, _ in search.search(db, "ferry")]
    assert set(ranked) == {"harbour", "ferry2"} and ranked[0] == "harbour"
    # a changed text replaces its document: the old words no longer find it
    changed = [("looms", "Weaving museum opens", "A small museum in Tarn shows a collection of old clocks.")]
    _write(first, _records(PILE[:2] + changed))
    storyline.run(first, db=db, events=False, corpus=False)
    assert search.search(db, "looms") == [] and [h for h, _ in search.search(db, "clocks")] == ["looms"]


def test_a_lost_index_is_rebuilt_and_a_store_without_one_is_said_so(tmp_path):
    db = str(tmp_path / "s.duckdb")
    pile = tmp_path / "a.jsonl"
    _write(pile, _records(PILE))
    storyline.run(pile, db=db, events=False, corpus=False)
    shutil.rmtree(search.index_path(db))
    assert search.search(db, "ferry") is None  # the app falls back to its word match and says so
    with Store(db, read_only=True) as store:
        built = search.update(store, db)
    assert built.added == 4 and built.bytes > 0
    for f in search.index_path(db).glob("*.json"):  # a damaged index is rebuilt, not a failed run
        f.write_text("{not json")
    storyline.run(pile, db=db, events=False, corpus=False)
    assert [h for h, _ in search.search(db, "looms")] == ["looms"]


def test_snippets_mark_the_words_on_character_offsets(tmp_path):
    db = str(tmp_path / "s.duckdb")
    pile = tmp_path / "a.jsonl"
    text = "The café’s owner – «Zoë» – said the ferry to Orlen runs twice a day in winter."
    _write(pile, [{"id": "x", "title": "Café", "text": text, "published": "2024-05-02"}])
    storyline.run(pile, db=db, events=False, corpus=False)
    pieces = search.snippet(db, "ferry", text)
    assert "".join(p for p, _ in pieces) in text
    assert [p for p, hit in pieces if hit] == ["ferry"]
