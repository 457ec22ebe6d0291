"""Round 27: talks and deals with workers are bargaining with a social actor, in a company story too, as a strike is
labour acting there. Sentences are our own.

- "Bargaining over the airline's contract was scheduled to continue late into the night in an effort to avert a
  walkout, a company spokesman said": talks (CONSULT), labour in their clause, though the story is the company's;
  "the company agreed with the union on a new wage contract": AGREE with the union.
- Near miss: "the two firms agreed a merger after a strike at one plant" is business beside a strike (the strike is
  told, the merger is not).
"""

from __future__ import annotations

from conftest import rows


def test_talks_and_deals_with_workers_are_coded(code):
    found = code(
        "Bargaining over the airline's contract was scheduled to continue late into Tuesday night in an effort to "
        "avert a walkout, a company spokesman said."
    )
    (talks,) = rows(found, "CONSULT")
    assert talks["trigger"] == "Bargaining" and talks["status"] == "planned"
    (deal,) = rows(code("The company agreed with the union on a new wage contract."), "AGREE")
    assert deal["recipient"] == ["union"]


def test_firms_dealing_beside_a_strike_are_business(code):
    found = code("The two firms agreed a merger after a strike at one plant.")
    assert not rows(found, "AGREE") and rows(found, "PROTEST")
