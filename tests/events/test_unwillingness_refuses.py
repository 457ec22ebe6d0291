"""Unwillingness stated is a refusal (REJECT), as "will not accept" is; reluctance is a stance, no act. Sentences
are our own.
"""

from __future__ import annotations

from conftest import kinds


def test_unwilling_to_accept_a_proposal_rejects_it(code):
    rows = code("The Kenyan government has been unwilling to accept any proposal that would cut its export quota.")
    assert kinds(rows) == ["REJECT"]


def test_unwilling_to_attend_talks_rejects_them(code):
    assert kinds(code("The rebel commanders are unwilling to attend the talks in Geneva.")) == ["REJECT"]


def test_reluctance_is_no_act(code):
    assert kinds(code("The government is reluctant to accept the union's proposal.")) == []
