"""Round 27: criticism of a measure only a state takes is political whoever makes it, as asking for one is; and the
opposition "of" a party "to" a measure is that party's. Sentences are our own.

- "U.S. exchanges have complained that the proposed regulations would give foreign sellers an edge": ACCUSE by the
  exchanges, though they are firms in a market story; "importers criticised the new tariffs on steel" too.
- Near misses: "the company complained that its rival had cut prices" and "shareholders complained about the board's
  pay policy" are business (a board has policies too).
- "The government reaffirmed the strong opposition of the United States to the tax": REJECT by the United States
  ("to" read as the verb's); "Tony Blair met the leader of the opposition" opposes nothing.
"""

from __future__ import annotations

from conftest import rows


def test_criticism_of_a_state_measure_is_coded_whoever_makes_it(code):
    found = code("U.S. exchanges have complained that the proposed regulations would give foreign sellers an edge.")
    assert [r["trigger"] for r in rows(found, "ACCUSE")] == ["complained"]
    assert rows(code("Importers criticised the new tariffs on steel."), "ACCUSE")


def test_criticism_of_a_firm_or_its_board_is_business(code):
    assert not rows(code("The company complained that its rival had cut prices."), "ACCUSE")
    assert not rows(code("Shareholders complained about the board's pay policy."), "ACCUSE")


def test_the_opposition_of_a_party_to_a_measure_is_its_rejection(code):
    (opposed,) = rows(
        code("The government reaffirmed the strong opposition of the United States to the tax."), "REJECT"
    )
    assert opposed["actor"] == ["United States"]
    assert not rows(code("Tony Blair met the leader of the opposition."), "REJECT")
