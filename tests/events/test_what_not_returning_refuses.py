"""Round 26: "will not return" refuses only talks, work or what is to be handed back. Sentences are our own.

- "Iran said it would not return to the negotiating table", "the union said its members would not return to work
  unless they got a rise", "China said it would not return the islands": REJECT.
- "The party said it would not return to Blackpool" (a conference town) and "Britain will never return to the
  mistakes of the past" refuse nothing.
"""

from __future__ import annotations

from conftest import kinds, rows


def test_not_returning_to_talks_or_not_handing_back_refuses(code):
    (talks,) = rows(code("Iran said it would not return to the negotiating table."), "REJECT")
    assert talks["actor"] == ["Iran"]
    assert "REJECT" in kinds(code("China said it would not return the islands."))
    assert "REJECT" in kinds(code("The union said its members would not return to work unless they got a rise."))


def test_not_returning_to_a_place_or_to_old_ways_refuses_nothing(code):
    assert "REJECT" not in kinds(code("In 1998 the party said it would not return to Blackpool."))
    assert "REJECT" not in kinds(code("He said Britain will never return to the mistakes of the past."))
