"""Round 22: a party's dismay at what a named party did, or at that party, criticises it (ACCUSE), as its dismay
*that* the party did it already did ("Britain is disappointed that France has refused"). Sentences are our own.

The cause follows "by", "at", "with", "about" or "over"; its party is named, or owns what caused the dismay ("the
minister's decision", "the tariffs announced by the president"). Dismay at what no party is named for, denied,
or supposed is no criticism; nor is worry or shock, as often fear or sympathy ("concerned about the farmers'
situation")."""

from __future__ import annotations

from conftest import kinds, rows


def test_dismay_at_a_partys_act_criticises_that_party(code):
    (row,) = rows(code("The union was dismayed at the minister's decision to close the pit."), "ACCUSE")
    assert row["actor"] == ["union"] and row["recipient"] == ["the minister"]
    (row,) = rows(
        code("The embassy said it was deeply disappointed by the tariffs announced by President Reagan."), "ACCUSE"
    )
    assert row["recipient"] == ["Ronald Reagan"]


def test_dismay_at_a_party_criticises_it(code):
    (row,) = rows(code("The Tories were furious with Mr Blair over the leak."), "ACCUSE")
    assert row["recipient"] == ["Blair"]


def test_dismay_at_what_no_party_is_named_for_is_no_criticism(code):
    assert "ACCUSE" not in kinds(code("The central bank is worried about inflation."))
    assert "ACCUSE" not in kinds(code("The government is concerned about the arrests, the foreign ministry said."))


def test_worry_and_shock_are_no_criticism(code):
    # as often fear or sympathy as blame
    assert "ACCUSE" not in kinds(code("The minister said the government was concerned about the farmers' plight."))
    assert "ACCUSE" not in kinds(code("The bishop was shocked at the condition of the refugees' camp."))


def test_dismay_denied_or_supposed_is_none(code):
    assert "ACCUSE" not in kinds(code("France was not unhappy with Germany's offer."))
    assert "ACCUSE" not in kinds(code("Labour would be disappointed by any delay from the government."))
