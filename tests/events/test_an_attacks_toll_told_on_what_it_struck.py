"""Round 26: the toll a relative clause tells, hung on an attack or on what the attack struck, is the attack's, told a
second time; those it killed are its targets too. Sentences are our own.

- "Tensions rose after the Iraqi missile attack on the frigate Stark which killed 37 civilians": one ASSAULT row, by
  Iraq, on the Stark and the civilians (the coder once kept a second, doerless row wherever the dead were a party).
- "Police arrested the man who killed two soldiers": the killing is the man's own act, a row of its own.
"""

from __future__ import annotations

from conftest import rows


def test_the_toll_of_an_attack_is_the_attack(code):
    (row,) = rows(
        code("Tensions rose after the Iraqi missile attack on the U.S. frigate Stark which killed 37 civilians."),
        "ASSAULT",
    )
    assert row["actor"] == ["Iraq"] and row["recipient"] == ["Stark", "civilians"]


def test_a_killing_told_of_a_person_is_its_own_row(code):
    (row,) = rows(code("Police arrested the man who killed two soldiers."), "ASSAULT")
    assert row["actor"] == ["man"] and row["recipient"] == ["soldiers"]
