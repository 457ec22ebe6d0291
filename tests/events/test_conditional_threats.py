"""A threat said as a condition. Sentences are our own.

"The United States would respond vigorously if the community went ahead with the tax": a party's act of response
or force, in the future, on a condition another party's act fulfils, threatens that party (THREATEN), though no
verb of threatening is said. What is threatened has not happened; a plan for a case that names no party ("the
bank would act if prices kept rising") threatens no one.
"""

from __future__ import annotations

from conftest import kinds, rows


def test_a_response_on_a_condition_threatens_the_party_it_names(code):
    events = code("The trade minister said Canada would retaliate if Washington imposed the new duties.")
    (row,) = rows(events, "THREATEN")
    assert row["actor"] == ["Canada"] and row["recipient"] == ["United States"] and row["status"] == "happened"


def test_the_speakers_own_side_threatens(code):
    (row,) = rows(
        code('"We will respond with force if the rebels attack the capital," the defence minister said.'), "THREATEN"
    )
    assert row["recipient"] == ["rebels"]


def test_a_plan_for_a_case_threatens_no_one(code):
    assert "THREATEN" not in kinds(code("The governor said the central bank would act if prices kept rising."))
    assert "THREATEN" not in kinds(
        code("The minister said Canada would not retaliate if Washington imposed the duties.")
    )


def test_responding_to_a_need_on_a_condition_threatens_no_one(code):
    events = code("The senator said Congress would respond to the needs of the farmers if Canada cut its quotas.")
    assert "THREATEN" not in kinds(events)


def test_a_guess_at_what_a_party_would_do_threatens_no_one(code):
    events = code(
        "If OPEC raised prices sharply, Congress would likely act to fix gasoline prices, the secretary said."
    )
    assert "THREATEN" not in kinds(events)
