"""Round 22: "X of aid" is aid where X measures or holds it ("5.1 million dollars of aid", "crates of shells"); a noun
of an account of something, a breakdown, an estimate, details ("gave the 1986/87 breakdown of supply"), gives no
supplies. Sentences are our own."""

from __future__ import annotations

from conftest import kinds, rows


def test_a_measure_of_aid_is_aid(code):
    (row,) = rows(code("Japan gave 5.1 million dollars of aid to Thailand."), "AID")
    assert row["recipient"] == ["Thailand"]
    assert "AID" in kinds(code("Britain sent 50 tonnes of food to Ethiopia."))


def test_figures_of_supply_are_no_supplies(code):
    assert kinds(code("The Agriculture Department gave the 1986/87 breakdown of supply by class.")) == []
    assert kinds(code("The ministry gave an estimate of food aid needs for the region.")) == []
    assert kinds(code("In Paris, the minister said France would give Japan a taste of its own medicine.")) == []
