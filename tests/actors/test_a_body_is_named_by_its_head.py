"""Round 24: a body's name is headed by the word before its "of" or "for": "the Department for Trade and Industry" is a
department of state (`state_body_heads`), not an industry, and what it funds it gives (a firm's supplies are sold;
events/filters.py). A department unnamed stays what it was. Sentences are our own."""

from __future__ import annotations

from conftest import rows


def test_a_department_for_trade_is_a_department(code):
    (row,) = rows(code("The Department for Trade and Industry will provide funding to the new pay panel."), "AID")
    assert row["actor"] == ["Department for Trade and Industry"]


def test_a_firm_that_supplies_a_state_sells(code):
    assert rows(code("Acme Industries Inc will provide radar equipment to the Navy under the contract."), "AID") == []
