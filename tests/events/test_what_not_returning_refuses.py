"""Round 26: "will not return" refuses only talks, work or what is to be handed back. Sentences are our own.

- "Iran said it would not return to the negotiating table", "China said it would not return the islands": REJECT;
  "the union said its members would not return to work unless they got a rise" sets terms, a demand (REQUEST) since
  round 36.
- "The party said it would not return to Blackpool" (a conference town) and "Britain will never return to the
  mistakes of the past" refuse nothing.
"""

from __future__ import annotations

from conftest import kinds, rows


def test_not_returning_to_talks_or_not_handing_back_refuses(code):
    (talks,) = rows(code("Iran said it would not return to the negotiating table."), "REJECT")
    assert talks["actor"] == ["Iran"]
    assert "REJECT" in kinds(code("China said it would not return the islands."))
    # until a condition is met, a refusal sets terms: a demand (round 36), as the natural mix's coders code it
    assert kinds(code("The union said its members would not return to work unless they got a rise.")) == ["REQUEST"]


def test_not_returning_to_a_place_or_to_old_ways_refuses_nothing(code):
    assert "REJECT" not in kinds(code("In 1998 the party said it would not return to Blackpool."))
    assert "REJECT" not in kinds(code("He said Britain will never return to the mistakes of the past."))
