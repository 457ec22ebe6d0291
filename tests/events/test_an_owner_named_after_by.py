"""Round 22: whose act or proposal it is, said after it with "by" ("a proposal by House speaker Jim Wright"), names
the party as a possessor before it does ("Wright's proposal"): the target of a stance on it, or the actor of a noun
that is one. Sentences are our own."""

from __future__ import annotations

from conftest import rows


def test_the_owner_of_a_criticised_proposal_is_the_recipient(code):
    (row,) = rows(code("Miller criticised a proposal by House speaker Jim Wright to tax share dealing."), "ACCUSE")
    assert row["recipient"] == ["Jim Wright"]


def test_the_owner_of_a_rejected_offer_is_the_recipient(code):
    (row,) = rows(code("The minister rejected an offer by the rebels to hold talks."), "REJECT")
    assert row["recipient"] == ["rebels"]


def test_by_naming_no_party_names_none(code):
    (row,) = rows(code("The minister rejected an offer by telephone to hold talks."), "REJECT")
    assert row["recipient"] == []


def test_by_inside_a_phrase_names_no_party_to_the_act(code):
    # the Shah owns the loan, and is no party to the talks about its repayment
    (row,) = rows(
        code("Talks between France and Iran on the repayment of a loan by the late Shah made progress."), "CONSULT"
    )
    assert "Shah" not in row["recipient"]
