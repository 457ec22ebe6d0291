"""Agreeing to buy or sell shares, stakes, assets or a firm is business (no AGREE event), unless a state or a
political party takes part; so is one firm asking, meeting or agreeing with another. Sentences are our own.
"""

from __future__ import annotations

from conftest import kinds


def test_a_developer_agreeing_to_buy_shares_is_business(code):
    assert (
        kinds(code("Developer Harold Finch has agreed to pay 90 mln dlrs for all of Acme Hotels' class B shares."))
        == []
    )


def test_executives_agreeing_to_sell_shares_is_business(code):
    assert kinds(code("Its president said the executive officers had agreed to sell 500,000 shares.")) == []


def test_a_firm_agreeing_to_be_acquired_is_business(code):
    assert kinds(code("Northwind Freight agreed last weekend to be acquired by managers of its courier unit.")) == []


def test_a_state_agreeing_to_sell_its_stake_is_an_agreement(code):
    assert kinds(code("Libya agreed to sell its 15 pct stake in the carmaker to a group of banks.")) == ["AGREE"]


def test_a_government_agreeing_to_buy_shares_is_an_agreement(code):
    assert kinds(code("The government agreed to buy the airline's shares from its founders.")) == ["AGREE"]


def test_a_firm_asking_a_firm_is_business(code):
    assert kinds(code("Harbor Foods Inc has asked Miller Brands Corp's board for permission to make an offer.")) == []


def test_a_union_asking_a_firm_is_a_request(code):
    assert kinds(code("The union asked the company to reopen the plant in Detroit.")) == ["REQUEST"]
