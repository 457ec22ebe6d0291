"""What a document or a ruling allows is what it provides: no one yields (CONCEDE), whoever else the sentence
names. Sentences are our own.

"A contract allowing agencies to buy", "a ruling that would allow banks to sell", "it would allow the ministry to
borrow": the permission is in the text. An authority that allows a party to act concedes to it.
"""

from __future__ import annotations

from conftest import kinds


def test_a_contract_allowing_something_concedes_nothing(code):
    rows = code("The firm said the defence ministry had awarded it a contract allowing army units to buy its radios.")
    assert "CONCEDE" not in kinds(rows)


def test_a_ruling_that_would_allow_something_concedes_nothing(code):
    rows = code("The bankers asked the court to overturn a ruling that would allow insurers to sell pensions.")
    assert "CONCEDE" not in kinds(rows)


def test_it_would_allow_concedes_nothing(code):
    rows = code("It would allow the treasury to issue new coins without a vote, the finance minister said.")
    assert "CONCEDE" not in kinds(rows)


def test_an_authority_allowing_a_party_to_act_concedes(code):
    rows = code("The interior ministry allowed the opposition party to hold its congress in the capital.")
    assert "CONCEDE" in kinds(rows)
