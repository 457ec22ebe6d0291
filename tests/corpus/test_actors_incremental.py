"""The actors stage after the first build recomputes only the actors whose mentions changed, and
ends with the same tables as a build from scratch: articles added, an article rewritten, spellings
that merge across articles ("John"/"Jon"), a bare surname that stays apart while nothing is said of
it and joins the full name whose title it shares once it is, although a second full name with that
surname has arrived meanwhile."""

from __future__ import annotations

import pytest

from storyline.api import run
from storyline.store import Store
from storyline.store import actors as actor_queries

FIRST = {
    "talks.txt": """Ministers meet in Geneva

Date: 4 May 2022

Irish Deputy Minister John Brennan met Turkish Foreign Minister Mevlut Cavusoglu in Geneva on Monday.
Brennan said the talks on grain exports had been useful. Cavusoglu said Turkey would host the next round.
""",
    "ports.txt": """Port workers strike in Rotterdam

Date: 6 May 2022

Dock workers in Rotterdam walked out on Wednesday over pay, the union FNV said.
Union leader Marieke Janssen said the strike would last two days.
""",
    "brief.txt": """Moscow comment

Date: 5 May 2022

Brennan said on Thursday that Dublin expected an answer within a week.
""",
}
LATER = {
    "strike.txt": """Rotterdam strike ends

Date: 9 May 2022

Marieke Janssen, the union leader, said the dock workers in Rotterdam had accepted a new offer.
Janssen thanked the port authority. Shipping resumed on Thursday.
""",
    "economist.txt": """Euro outlook

Date: 10 May 2022

Mary Brennan, an economist at a Dublin bank, said the euro would stay strong through the summer.
""",
    "minister.txt": """Grain for Ankara

Date: 10 May 2022

Deputy Minister Brennan said on Tuesday that the grain would leave Cork within a week.
""",
}
# third run: the second spelling, and one article rewritten
EVEN_LATER = {
    "grain.txt": """Grain deal talks resume

Date: 12 May 2022

Jon Brennan, Ireland's deputy minister, told reporters in Ankara that a grain corridor was possible.
Turkish President Recep Tayyip Erdogan met Brennan and said Turkey was ready to help.
""",
}
REWRITTEN = """Ministers meet in Geneva

Date: 4 May 2022

Irish Deputy Minister John Brennan met Turkish Foreign Minister Mevlut Cavusoglu in Geneva on Monday.
Cavusoglu said Turkey would host the next round. Greek Prime Minister Kyriakos Mitsotakis welcomed the talks.
"""


def _write(pile, files: dict[str, str]) -> None:
    for name, text in files.items():
        (pile / name).write_text(text, encoding="utf-8")


def _tables(db) -> dict[str, set[tuple]]:
    with Store(db, read_only=True) as store:
        return {
            "entities": set(store.query("SELECT * FROM entities").fetchall()),
            "actor_keys": set(store.query("SELECT * FROM actor_keys").fetchall()),
            "changes": set(store.query("SELECT * FROM actor_changes").fetchall()),
        }


@pytest.fixture()
def spy(monkeypatch):
    """The keys each actors stage asked statistics for (None: every key)."""
    asked: list[list[str] | None] = []
    original = actor_queries.key_stats

    def key_stats(store, keys=None):
        asked.append(None if keys is None else list(keys))
        return original(store, keys)

    monkeypatch.setattr(actor_queries, "key_stats", key_stats)
    return asked


def _scratch(pile, tmp_path, step: int) -> dict[str, set[tuple]]:
    db = tmp_path / f"scratch-{step}.duckdb"
    run([str(pile)], db=str(db), workers=1)
    return _tables(db)


def test_incremental_actors_equal_a_build_from_scratch(tmp_path, spy):
    pile = tmp_path / "pile"
    pile.mkdir()
    _write(pile, FIRST)
    db = tmp_path / "incremental.duckdb"
    run([str(pile)], db=str(db), workers=1)
    assert spy == [None]  # the first run builds every actor
    first = _tables(db)

    # second run: Mary Brennan arrives, and the bare "Brennan" is called deputy minister, as John is:
    # the bare name now joins John, although John is not mentioned again
    _write(pile, LATER)
    run([str(pile)], db=str(db), workers=1)
    asked = spy[-1]
    assert asked is not None and 0 < len(asked) < len(first["actor_keys"])
    second, whole = _tables(db), _scratch(pile, tmp_path, 2)
    assert second["entities"] == whole["entities"]
    assert second["actor_keys"] == whole["actor_keys"]

    _write(pile, EVEN_LATER)
    (pile / "talks.txt").write_text(REWRITTEN, encoding="utf-8")  # a changed article is coded again
    run([str(pile)], db=str(db), workers=1)
    assert spy[-1] is not None
    third, whole = _tables(db), _scratch(pile, tmp_path, 3)
    assert third["changes"] == set()
    assert third["entities"] == whole["entities"]
    assert third["actor_keys"] == whole["actor_keys"]
    # the merges this test is about happened: one John Brennan for both spellings and the deputy
    # minister's bare surname, and Mary Brennan apart
    names = sorted(e[1] for e in whole["entities"] if "Brennan" in (e[1] or ""))
    assert names in (["John Brennan", "Mary Brennan"], ["Jon Brennan", "Mary Brennan"])


def test_a_run_with_nothing_new_reads_no_actor(tmp_path, spy):
    pile = tmp_path / "pile"
    pile.mkdir()
    _write(pile, FIRST)
    db = tmp_path / "s.duckdb"
    run([str(pile)], db=str(db), workers=1)
    before = _tables(db)
    run([str(pile)], db=str(db), workers=1)
    assert spy == [None]  # the second run found no changed key and asked for no statistics
    assert _tables(db) == before
