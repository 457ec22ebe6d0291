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
