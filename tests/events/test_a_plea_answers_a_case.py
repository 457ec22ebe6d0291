"""Round 26: a plea answers a case brought against the one who pleads, whatever the plea. Sentences are our own.

- "Mr Sullivan pleaded guilty to fraud last year", "Davidoff pleaded guilty in federal court to violating capital
  requirements": ACCUSE (legal) of the one who pleads, by someone unnamed.
- "The former minister pleaded not guilty to the charges": one row, the charges'.
- "She pleaded with the government to release her son" is a plea of another kind: no case.
"""

from __future__ import annotations

from conftest import kinds, rows


def test_a_plea_presupposes_a_case_against_the_one_who_pleads(code):
    (row,) = rows(code("Mr Sullivan pleaded guilty to fraud last year."), "ACCUSE")
    assert row["actor"] == [] and row["recipient"] == ["Sullivan"] and row["status"] == "happened"
    (court,) = rows(code("Davidoff pleaded guilty in federal court to violating capital requirements."), "ACCUSE")
    assert court["recipient"] == ["Davidoff"]


def test_charges_a_plea_names_are_the_case_told_once(code):
    (row,) = rows(code("The former minister pleaded not guilty to the charges."), "ACCUSE")
    assert row["recipient"] == ["former minister"]


def test_pleading_with_someone_is_no_case(code):
    assert "ACCUSE" not in kinds(code("She pleaded with the government to release her son."))
