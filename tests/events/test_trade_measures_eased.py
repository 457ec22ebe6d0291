"""Round 22: a state's trade measures are restrictions like any other: lifting, easing, ending, scrapping or
abolishing a tariff, a curb or a barrier concedes (CONCEDE, ease), as lifting a ban does; imposing one sanctions. A
tax, a duty or a levy is as often a state's own fiscal policy ("scrapped stamp duty relief"), no concession. Sentences
are our own."""

from __future__ import annotations

from conftest import kinds, rows


def test_lifting_or_abolishing_a_trade_measure_concedes(code):
    (row,) = rows(code("Washington lifted the tariffs on Japanese computers on Friday."), "CONCEDE")
    assert row["actor"] == ["United States"] and row["mode"] == "ease"
    assert kinds(code("The European Community abolished the tariff on Spanish wine.")) == ["CONCEDE"]
    assert kinds(code("Tokyo agreed to remove trade barriers on American cigarettes.")).count("CONCEDE") <= 1
    assert kinds(code("Seoul eased the curbs on American cigarettes.")) == ["CONCEDE"]


def test_imposing_one_sanctions(code):
    assert kinds(code("Washington imposed tariffs on Japanese computers on Friday.")) == ["SANCTION"]


def test_a_firms_own_affairs_or_a_states_taxes_are_no_concession(code):
    assert kinds(code("The company lifted its dividend by ten cents.")) == []
    assert kinds(code("The chancellor scrapped stamp duty relief for commercial property.")) == []
    assert "CONCEDE" not in kinds(code("The party promised to abolish the council tax."))  # a pledge, AGREE
