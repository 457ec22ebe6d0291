"""Talks named in passing, in sentences of our own: talks whose parties the phrase names were held wherever
the phrase stands; the one sent somewhere for talks takes part; ending hours of talks held them."""

from __future__ import annotations

from conftest import kinds, rows


def test_talks_whose_parties_are_named_were_held(code):
    events = code("Officials said there were talks between France and Germany on farm prices.")
    assert [sorted(e["actor"]) for e in rows(events, "CONSULT")] == [["France", "Germany"]]
    # a verb's object belongs to that verb: proposed talks are a proposal, not talks held
    assert "CONSULT" not in kinds(code("France proposed talks with Germany on farm prices."))
    # talks of a firm in a market story are business
    assert kinds(code("Shares of Fiat rose on reports of talks with Ford.")) == []


def test_the_one_sent_for_talks_takes_part(code):
    events = code(
        "President Reagan is sending Secretary of State George Shultz to Moscow for talks with Foreign Minister "
        "Eduard Shevardnadze."
    )
    assert [(e["actor"], e["recipient"]) for e in rows(events, "CONSULT")] == [
        (["George Shultz"], ["Eduard Shevardnadze"])
    ]


def test_ending_hours_of_talks_held_them(code):
    events = code("The ministers ended ten hours of talks in Brussels without agreement.")
    assert kinds(events) == ["CONSULT"]
    # ending cooperation still cuts ties
    assert kinds(code("The government ended its military cooperation with Libya.")) == ["SANCTION"]
