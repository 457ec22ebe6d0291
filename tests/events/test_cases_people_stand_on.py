"""A case one stands on: "on trial", "on charges of". Sentences are our own.

The dock is named by a phrase after "on" as often as by a verb: "five managers went on trial for fraud", "the
general is on trial", "police arrested the mayor on charges of bribery". The case is brought against the one
who stands on it (for a verb of holding, the one held), by someone the sentence need not name; "the drug is on
trial in three hospitals" tests a drug.
"""

from __future__ import annotations

from conftest import kinds, rows


def test_going_on_trial_is_a_case_against_those_tried(code):
    (tried,) = rows(code("Five former officials went on trial for fraud on Monday."), "ACCUSE")
    assert tried["recipient"] == ["former officials"] and tried["actor"] == []
    assert "ACCUSE" in kinds(code("The general is on trial for war crimes."))


def test_held_on_charges_charges_the_one_held(code):
    events = code("Police arrested the mayor on charges of bribery.")
    assert sorted(kinds(events)) == ["ACCUSE", "COERCE"]
    assert rows(events, "ACCUSE")[0]["recipient"] == ["the mayor"]


def test_a_trial_of_a_thing_is_a_test(code):
    assert "ACCUSE" not in kinds(code("The new drug is on trial in three hospitals."))
