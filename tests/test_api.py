"""The Python API behaves like a library: clear exceptions, a context manager that closes, dates
that must be dates; stage versions follow their data files."""

from __future__ import annotations

import pytest

import storyline
from conftest import EXAMPLES, run_cli
from storyline.engine.local import RunOptions, run


def test_run_on_a_missing_path_raises(tmp_path):
    with pytest.raises(FileNotFoundError, match="no-such-folder"):
        storyline.run(tmp_path / "no-such-folder", db=tmp_path / "s.duckdb")


def test_open_is_a_context_manager_that_closes(tmp_path):
    db = tmp_path / "s.duckdb"
    storyline.run(EXAMPLES / "wires", db=db, events=False)
    with storyline.open(db) as corpus:
        assert len(corpus.articles()) == 10
    # closed: a run may write the store again
    storyline.run(EXAMPLES / "feeds", db=db, events=False)
    with pytest.raises(FileNotFoundError):
        storyline.open(tmp_path / "missing.duckdb")


def test_published_that_is_not_a_date_is_an_error():
    with pytest.raises(ValueError, match="not 'last tuesday-ish'"):
        storyline.code("Talks resumed.", published="last tuesday-ish")
    result = run_cli("code", "--published", "yesterday-ish", stdin="Talks resumed.\n")
    assert result.returncode == 2 and "must be a date" in result.stderr


def test_a_changed_debris_list_re_reads_the_inputs(tmp_path):
    db = str(tmp_path / "s.duckdb")
    options = RunOptions(nlp=False, corpus=False, workers=1)
    run([str(EXAMPLES / "dumps")], db, options)
    again = run([str(EXAMPLES / "dumps")], db, options)
    assert again.inputs_read == 0 and again.inputs_unchanged > 0
    extra = tmp_path / "debris.yaml"
    extra.write_text("advertising:\n  max_words: 6\n  patterns: ['sponsored by .{1,40}']\n")
    options.extract.debris_files = [str(extra)]
    changed = run([str(EXAMPLES / "dumps")], db, options)
    assert changed.inputs_unchanged == 0 and changed.inputs_read == again.inputs_unchanged


def test_a_package_data_file_changes_its_stage_version(tmp_path, monkeypatch):
    from storyline import versions

    pkg = tmp_path / "fakepkg"
    (pkg / "data").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "data" / "words.yaml").write_text("a: [x]\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    versions.package_data_hash.cache_clear()
    before = versions.stage_version("1", ["fakepkg"])
    (pkg / "data" / "words.yaml").write_text("a: [x, y]\n")
    versions.package_data_hash.cache_clear()
    assert versions.stage_version("1", ["fakepkg"]) != before
    versions.package_data_hash.cache_clear()
