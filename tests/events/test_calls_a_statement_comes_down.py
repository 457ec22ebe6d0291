"""A telephone call is talks with a partner, or the line a statement came down. Sentences are our own.

"The two leaders spoke in a telephone conversation with ..." consults; "a spokesman said in a telephone call from
Geneva" tells a reporter something, as "told a press conference" does, and meets no one.
"""

from __future__ import annotations

from conftest import kinds


def test_a_call_with_a_partner_is_talks(code):
    assert "CONSULT" in kinds(
        code("The chancellor raised the dispute in a telephone conversation with the French president.")
    )


def test_a_statement_made_by_telephone_meets_no_one(code):
    assert kinds(code("A spokesman for the fund said in a telephone call from Geneva that the loan was repaid.")) == []


def test_talks_asked_for_or_refused_are_not_held(code):
    events = code("Turkish Foreign Minister Vahit Halefoglu called on Greece to engage in dialogue over the dispute.")
    assert kinds(events) == ["REQUEST"]
    assert kinds(code("The rebel leaders refused to hold talks with the government.")) == ["REJECT"]
