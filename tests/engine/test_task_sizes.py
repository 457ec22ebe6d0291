"""Records per task to an extraction worker follow the records' length: many short wire stories per
task (fewer messages through the driver), one long page per task (workers end a chunk together)."""

from __future__ import annotations

from storyline.engine.local import MAX_TASK_RECORDS, _chunksize
from storyline.pipeline import stage
from storyline.records import Source


def _source(chars: int) -> Source:
    return Source(id="x", path="p", format="jsonl", content="w" * chars, is_html=False)


def test_short_records_go_many_to_a_task_and_long_pages_one_by_one():
    extract = stage("extract")
    assert _chunksize(extract, [_source(800)] * 100) == MAX_TASK_RECORDS
    assert _chunksize(extract, [_source(4000)] * 100) == 8
    assert _chunksize(extract, [_source(150_000)] * 10) == 1
    assert _chunksize(extract, [_source(0)] * 10) == MAX_TASK_RECORDS  # empty records cost nothing


def test_coding_jobs_are_one_per_task():
    assert _chunksize(stage("code"), [[1, 2, 3]] * 10) == 1
