"""Commitments to act, willingness said, and proposals not taken. Sentences are our own.

"The three states reaffirmed their commitment to coordinate their policies" promises an act (AGREE); a commitment
to an ally or a process supports it (SUPPORT). "Creditors expressed willingness to help" offers (AGREE). A proposal
not accepted is refused whenever it was ("did not accept the proposals", "neither minister accepted the plan");
of other acts, "did not attend" tells what did not happen.
"""

from __future__ import annotations

from conftest import kinds


def test_a_commitment_to_act_is_a_promise_and_to_an_ally_support(code):
    assert kinds(code("Germany and France reaffirmed their commitment to cut farm subsidies.")) == ["AGREE"]
    assert kinds(code("The minister reaffirmed his country's commitment to the alliance.")) == ["SUPPORT"]


def test_willingness_said_is_an_offer(code):
    assert kinds(code("The rebels have expressed willingness to negotiate with the government.")) == ["AGREE"]


def test_a_proposal_not_taken_is_refused_then_as_now(code):
    assert kinds(code("The finance minister did not accept the proposals of the creditor banks.")) == ["REJECT"]
    assert kinds(code("Neither the president nor his finance minister accepted the plan.")) == ["REJECT"]
    assert "REJECT" not in kinds(code("The minister did not attend the meeting in Brussels."))
