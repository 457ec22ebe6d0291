"""A claim called wrong is denied (REJECT), not an accusation: "it was wrong to suggest that ...". Sentences are
our own.

An extraposed judgement ("it was wrong to ...") judges what its infinitive does: saying or suggesting something
is a claim the speaker calls untrue; proposing or doing something is an act criticised (ACCUSE).
"""

from __future__ import annotations

from conftest import kinds


def test_it_was_wrong_to_suggest_denies(code):
    rows = code("The home secretary said it was wrong to suggest the police had hidden the report.")
    assert kinds(rows) == ["REJECT"]


def test_it_is_misleading_to_claim_denies(code):
    rows = code("The defence minister said it was misleading to claim the army had run out of shells.")
    assert kinds(rows) == ["REJECT"]


def test_it_was_disgusting_to_propose_criticises(code):
    assert kinds(code("The Tory leader said it was disgusting to propose such a tax on pensioners.")) == ["ACCUSE"]


def test_an_inquiry_finding_an_account_wrong_accuses_its_author(code):
    rows = code("Sir John Bell's inquiry also found the minister's account of events had been wrong.")
    assert "ACCUSE" in kinds(rows) and "REJECT" not in kinds(rows)
