"""A body's own session meets no one; what a party "should be" is a view. Sentences are our own.

"The minister spoke after a cabinet meeting", "the committee, at its first drafting session": a body meeting on its
own consults no other party; a meeting "with" others does. "The union said the executive should have a bigger
role" or "Britain should be a haven" says what a party should be or have, and asks no act of it; "the government
should raise wages" demands one.
"""

from __future__ import annotations

from conftest import kinds


def test_a_bodys_own_session_meets_no_other_party(code):
    assert "CONSULT" not in kinds(
        code("The prime minister told reporters after a cabinet meeting that taxes would not rise.")
    )
    assert "CONSULT" not in kinds(
        code("The finance committee, at its first drafting session of the year, cut the budget.")
    )
    assert "CONSULT" in kinds(code("EC ministers held a meeting with their Japanese counterparts in Brussels."))


def test_what_a_party_should_be_or_have_is_a_view(code):
    assert "REQUEST" not in kinds(code("The union leader said the executive should have a bigger role in the talks."))
    assert "REQUEST" in kinds(code("The union leader said the government should raise wages this year."))


def test_a_role_of_stance_takes_that_stance(code):
    assert kinds(code("Mr Blair has been a leading advocate of Turkish membership of the union.")) == ["SUPPORT"]
    assert kinds(code("The party remains a staunch opponent of the new tax.")) == ["REJECT"]
    assert kinds(code("The senator is a fierce critic of the war.")) == ["ACCUSE"]
    # a critic of books or of a newspaper takes no political stance
    assert kinds(code("He is the film critic of the Guardian.")) == []
    assert kinds(code("He was a critic of the paper for ten years.")) == []


def test_pressure_from_a_political_party_is_a_request(code):
    assert kinds(code("The plan was dropped after pressure from Washington.")) in (["REQUEST"], ["CONCEDE", "REQUEST"])
    assert "REQUEST" in kinds(code("That promise came after sustained pressure from opposition parties."))
    # a force of markets, or pressure from no one, asks nothing
    assert kinds(code("Selling pressure from investment funds pushed shares lower.")) == []
    assert kinds(code("The central bank is under pressure to cut rates.")) == []
