"""A number of a body acts for the body: "nine of the council's members", "a total of 294 deputies". Sentences are
our own.

A numeral or "a total" heading the subject names how many acted, and the party is the one its "of" names, as
for "most of the ministers" or "a group of refugees".
"""

from __future__ import annotations

from conftest import kinds


def test_nine_of_a_councils_members_act_for_the_council(code):
    rows = code("Nine of the Security Council's fifteen members voted for the draft resolution.")
    assert kinds(rows) == ["SUPPORT"] and rows[0]["actor"]


def test_a_total_of_deputies_act_as_deputies(code):
    rows = code("A total of 212 deputies condemned the bombing of the embassy.")
    assert kinds(rows) == ["ACCUSE"] and rows[0]["actor"]


def test_a_number_of_the_held_are_their_targets(code):
    rows = code("Two of the hostages were freed by the kidnappers on Sunday.")
    assert rows and all(r["recipient"] == ["hostages"] for r in rows)


def test_a_date_is_no_number_of_a_body(code):
    rows = code("In 1998 the government signed a peace agreement with the rebels.")
    assert rows and all(r["actor"] == ["government"] for r in rows)
