"""The on-disk cache of built data (actors/cache.py): the gazetteer read back is the one built, an
entry built from other inputs is never read, and a cache that cannot be used means building."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest

from storyline.actors import cache
from storyline.actors import gazetteer as gz


@pytest.fixture()
def cache_dir(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("STORYLINE_CACHE", str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_gazetteer_read_back_equals_the_one_built(cache_dir):
    gz.load.cache_clear()
    try:
        first = gz.load()  # built and stored
        assert len(list(cache_dir.glob("gazetteer-*.pickle"))) == 1
        gz.load.cache_clear()
        again = gz.load()  # read back
        assert again is not first
        assert again == gz._build()
        assert again.place("Pyongyang").country == "PRK"
    finally:
        gz.load.cache_clear()


def test_a_changed_source_file_changes_the_key(tmp_path, monkeypatch):
    here = tmp_path / "pkg"
    (here / "data").mkdir(parents=True)
    (here / "data" / "list.yaml").write_text("a: 1\n", encoding="utf-8")
    monkeypatch.setattr(cache, "_HERE", here)
    before = cache.key(("data/list.yaml",), ())
    (here / "data" / "list.yaml").write_text("a: 2\n", encoding="utf-8")
    assert cache.key(("data/list.yaml",), ()) != before


def test_an_entry_under_another_key_is_not_read_and_old_entries_go(cache_dir):
    cache.write("thing", "k1", {"built": 1})
    assert cache.read("thing", "k1", dict) == {"built": 1}
    assert cache.read("thing", "k2", dict) is None
    for n in range(2, 2 + cache.KEEP):
        time.sleep(0.01)  # distinct modification times
        cache.write("thing", f"k{n}", {"built": n})
    kept = sorted(p.name for p in cache_dir.glob("thing-*.pickle"))
    assert len(kept) == cache.KEEP and "thing-k1.pickle" not in kept
    assert cache.read("thing", f"k{1 + cache.KEEP}", dict) == {"built": 1 + cache.KEEP}


def test_a_broken_entry_or_an_unusable_directory_means_building(cache_dir, tmp_path, monkeypatch):
    cache_dir.mkdir(parents=True)
    (cache_dir / "thing-k.pickle").write_bytes(b"not a pickle")
    assert cache.read("thing", "k", dict) is None
    assert cache.read("thing", "k", list) is None
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("STORYLINE_CACHE", str(blocker / "cache"))  # under a file: cannot be made
    cache.write("thing", "k", {"built": 1})  # no error
    assert cache.read("thing", "k", dict) is None
    monkeypatch.setenv("STORYLINE_CACHE", "off")
    assert cache.directory() is None
    cache.write("thing", "k", {"built": 1})
    assert cache.read("thing", "k", dict) is None
    shutil.rmtree(cache_dir)
