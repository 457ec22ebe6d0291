"""Who acts, in sentences of our own: a passive's by-phrase the parser hung on the gerund it governs, and one
member of a group acting for it."""

from __future__ import annotations

from conftest import rows


def test_a_passives_by_phrase_acts_wherever_the_parser_hung_it(code):
    # the small parser hangs "by the watchdog" on the gerund; an active gerund takes no by-phrase of its own
    events = code("Belarus has been accused of blocking news sites by Freedom House.")
    assert [r["actor"] for r in rows(events, "ACCUSE")] == [["Freedom House"]]
    # but a passive gerund keeps its own: "of being paid by the agency" says who paid, not who accused
    events = code("The minister was accused of being paid by the agency.")
    assert all(r["actor"] == [] for r in rows(events, "ACCUSE")) and rows(events, "ACCUSE")


def test_one_of_a_group_acts_for_it(code):
    events = code("One of the rebels attacked the convoy near the border.")
    assert [r["actor"] for r in rows(events, "ASSAULT")] == [["rebels"]]


def test_a_states_arms_act_for_its_military_and_militiamen_are_a_militia(code):
    assert [r["actor"] for r in rows(code("Syrian helicopters bombed the rebel-held town."), "ASSAULT")] == [
        ["Syria military"]
    ]
    assert [r["actor"] for r in rows(code("Burundian militiamen attacked a camp."), "ASSAULT")] == [["Burundi rebels"]]
