"""Round 26: a relative clause whose subject is a quantity of its pronoun ("all of whom", "most of which") tells what
the noun it describes does. Sentences are our own.

- "ministers, all of whom are opposed to the proposals, met yesterday": REJECT by the ministers; "the unions, most of
  which backed the strike": SUPPORT by the unions; "three senators, all of whom voted against the bill": REJECT by
  the senators.
- "The delegates, none of whom are opposed to the plan": no one opposes.
"""

from __future__ import annotations

from conftest import kinds, rows


def test_all_of_whom_is_the_noun_the_clause_describes(code):
    (opposed,) = rows(code("Ministers, all of whom are opposed to the proposals, met yesterday."), "REJECT")
    assert opposed["actor"] == ["the minister"]
    (backed,) = rows(code("The unions, most of which backed the strike, met on Monday."), "SUPPORT")
    assert backed["actor"] == ["unions"]
    (voted,) = rows(code("Three senators, all of whom voted against the bill, spoke."), "REJECT")
    assert voted["actor"] == ["the senator"]


def test_none_of_whom_does_not_act(code):
    assert "REJECT" not in kinds(code("The delegates, none of whom are opposed to the plan, met today."))
