"""Fuzz: damaged copies of every format never end a run, and every file ends as articles or problems.

Each fixture of tests/formats.py is mutated the ways real files get damaged: cut at a random offset,
random bytes flipped, a hole cut out of the middle, random lines dropped (headers, tags, fields),
lines duplicated. Seeded, so a failure reproduces.
"""

from __future__ import annotations

import gzip
import random
import sys
from pathlib import Path

import duckdb
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from conftest import run_cli
from formats import ALL

SEED = 20261123
COPIES = 9  # mutated copies per format and kind of damage

pytestmark = pytest.mark.slow


def _cut(data: bytes, rng: random.Random) -> bytes:
    return data[: rng.randrange(1, max(2, len(data)))]


def _flip(data: bytes, rng: random.Random) -> bytes:
    buf = bytearray(data)
    for _ in range(rng.randint(1, 12)):
        buf[rng.randrange(len(buf))] = rng.randrange(256)
    return bytes(buf)


def _hole(data: bytes, rng: random.Random) -> bytes:
    a = rng.randrange(len(data))
    b = min(len(data), a + rng.randint(1, max(1, len(data) // 3)))
    return data[:a] + data[b:]


def _drop_lines(data: bytes, rng: random.Random) -> bytes:
    lines = data.split(b"\n")
    if len(lines) < 2:
        # one-line formats (XML, JSON): drop tags or fields instead
        parts = data.split(b">") if b">" in data else data.split(b",")
        keep = [p for p in parts if rng.random() > 0.2]
        return (b">" if b">" in data else b",").join(keep)
    return b"\n".join(line for line in lines if rng.random() > 0.3)


def _repeat_lines(data: bytes, rng: random.Random) -> bytes:
    lines = data.split(b"\n")
    i = rng.randrange(len(lines))
    return b"\n".join(lines[:i] + [lines[i]] * rng.randint(2, 5) + lines[i:])


MUTATIONS = [_cut, _flip, _hole, _drop_lines, _repeat_lines]


def _mutate(name: str, data: bytes, mutation, rng: random.Random) -> bytes:
    if name.endswith(".gz") and not name.endswith(".warc.gz") and rng.random() < 0.5:
        # damage the content inside the compression as well as the compressed stream
        return gzip.compress(mutation(gzip.decompress(data), rng))
    return mutation(data, rng)


def test_mutated_inputs_of_every_format_never_end_the_run(tmp_path):
    rng = random.Random(SEED)
    folder = tmp_path / "pile"
    folder.mkdir()
    written = []
    for name, data in ALL.items():
        stem, _, ext = name.partition(".")
        for mutation in MUTATIONS:
            for k in range(COPIES):
                path = folder / f"{stem}-{mutation.__name__.strip('_')}-{k}.{ext}"
                path.write_bytes(_mutate(name, data, mutation, rng))
                written.append(path)
    db = tmp_path / "fuzz.duckdb"
    result = run_cli("run", str(folder), "--db", str(db), "--no-events", "--quiet", "--workers", "2")
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Traceback" not in result.stderr
    con = duckdb.connect(str(db), read_only=True)
    try:
        # an input is accounted for by an article that is still stored under it, or by a problems row;
        # mutated copies of one file share their record ids, and no copy may replace another's records
        with_articles = {r[0] for r in con.execute("SELECT DISTINCT input_path FROM articles").fetchall()}
        with_problems = {r[0] for r in con.execute("SELECT DISTINCT path FROM problems").fetchall()}
    finally:
        con.close()
    lost = []
    for path in written:
        if not any(Path(k).name == path.name for k in with_articles | with_problems):
            lost.append(path.name)
    assert not lost, f"{len(lost)} of {len(written)} mutated files left no article and no problem: {lost[:10]}"


@pytest.mark.parametrize("name", sorted(ALL))
def test_every_format_reads_clean(tmp_path, name):
    """The unmutated fixture of each format gives articles and no error."""
    (tmp_path / name).write_bytes(ALL[name])
    from storyline.engine.local import RunOptions, run

    summary = run([str(tmp_path / name)], str(tmp_path / "s.duckdb"), RunOptions(nlp=False, corpus=False, workers=1))
    assert summary.problem_errors == 0, summary.problems
    assert summary.articles_added >= 1
