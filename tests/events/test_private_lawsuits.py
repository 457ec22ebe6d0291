"""A civil suit between private parties is their affair, not a political event; a suit by or against a state, a
public body or a political or social actor is an accusation (ACCUSE), and so is every criminal charge. Sentences
are our own.
"""

from __future__ import annotations

from conftest import kinds


def test_one_firm_suing_another_is_business(code):
    assert kinds(code("The dispute stems from a suit filed by Acme Tools against Brandt Machines in 1984.")) == []


def test_a_lawsuit_by_no_one_named_is_no_event(code):
    assert kinds(code("The lawsuit, filed in Jefferson County, alleges the chain misled its customers.")) == []


def test_a_singer_suing_her_label_is_her_affair(code):
    assert kinds(code("The singer sued her record label for unpaid royalties.")) == []


def test_a_public_body_suing_a_firm_accuses_it(code):
    assert kinds(code("The European Commission filed a suit against the software maker.")) == ["ACCUSE"]


def test_a_campaign_group_suing_a_ministry_accuses_it(code):
    assert kinds(code("Greenpeace sued the environment ministry over the dam.")) == ["ACCUSE"]


def test_a_criminal_charge_is_the_states_whoever_is_charged(code):
    assert kinds(code("Prosecutors charged the firm's former chairman with fraud.")) == ["ACCUSE"]


def test_a_suit_a_states_name_modifies_is_the_states(code):
    assert "ACCUSE" in kinds(code("The Texas lawsuit was filed against two students who sent spam."))


def test_an_attorney_generals_legal_action_accuses(code):
    rows = code("The attorney general said it started the legal action because the messages broke the law.")
    assert "ACCUSE" in kinds(rows)
