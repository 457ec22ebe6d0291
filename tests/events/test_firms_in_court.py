"""One firm suing another is business, wherever the suit is filed; a firm suing a state, or a case against a
person, is a public act. Sentences are our own."""

from __future__ import annotations

from conftest import kinds


def test_a_firm_suing_a_firm_in_a_named_court_is_business(code):
    text = "Northwind Airlines Inc said it filed suit in Delaware Chancery Court against Bluebird Air Corp."
    assert kinds(code(text)) == []


def test_a_firm_suing_a_ministry_is_a_public_act(code):
    assert kinds(code("Northwind Airlines Inc filed suit against the Transport Ministry in federal court.")) == [
        "ACCUSE"
    ]
