"""Round 25: a body that votes and does not pass a measure before it rejects it. Sentences are our own.

- "the committee failed to approve the plan on a tie vote", "the budget, not accepted by either committee", "the
  Senate did not pass the bill": REJECT by the body (whatever the tense: a vote lost is a vote taken); "may not pass"
  is a guess.
- A firm's board that fails to approve a merger, a minister who did not accept a plan in the past, and a committee
  that approves: no vote rejected.
- "passed a resolution that Congress should act swiftly", "adopted a motion that the government should withdraw the
  bill": the text a body adopts demands of the party it names (REQUEST), told where the body acts; "the report said
  prices should fall" is a forecast, as before.
"""

from __future__ import annotations

from conftest import kinds, rows


def test_a_measure_a_body_failed_to_pass_is_rejected_by_it(code):
    (row,) = rows(code("The committee failed to approve the plan on a tie vote."), "REJECT")
    assert row["actor"] == ["committee"] and row["status"] == "happened"
    (budget,) = rows(code("The president's budget, not accepted by either committee, proposed deep cuts."), "REJECT")
    assert budget["actor"] == ["committee"]
    assert "REJECT" in kinds(code("The Senate did not pass the bill."))
    assert "REJECT" not in kinds(code("The Senate may not pass the bill."))


def test_no_vote_no_rejection(code):
    assert "REJECT" not in kinds(code("The board failed to approve the merger plan."))
    assert "REJECT" not in kinds(code("The committee approved the plan."))
    assert "REJECT" not in kinds(code("The committee failed to approve the hiring of a new chef."))


def test_a_resolution_a_body_adopts_demands_what_it_says_a_party_should_do(code):
    (row,) = rows(code("The council adopted a motion that the government should withdraw the bill."), "REQUEST")
    assert row["actor"] == ["council"] and row["recipient"] == ["government"] and not row["background"]
    assert "REQUEST" in kinds(code("Delegates passed a resolution that Congress should act swiftly on farm credit."))
    assert "REQUEST" not in kinds(code("The report said prices should fall."))
