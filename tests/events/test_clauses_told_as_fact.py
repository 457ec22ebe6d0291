"""A clause of time or circumstance in the past or in progress is told as fact, whatever its main clause hedges;
a bare present after "after" or "when" looks ahead with it. Sentences are our own.

"The crisis appears to be deepening as governors are calling for his removal": the writer hedges the crisis, not
the call, which is reported as going on.
"""

from __future__ import annotations


def _status(rows, kind):
    return next(r["status"] for r in rows if r["type"] == kind)


def test_a_call_told_beside_a_hedge_is_not_hedged(code):
    rows = code("The crisis appears to be deepening as regional governors are calling for the removal of the minister.")
    assert _status(rows, "REQUEST") in ("ongoing", "happened")


def test_a_past_clause_beside_a_doubt_is_told_as_fact(code):
    rows = code("It is unclear whether the talks will resume after the rebels freed the hostages.")
    assert _status(rows, "CONCEDE" if any(r["type"] == "CONCEDE" for r in rows) else "RETREAT") == "happened"


def test_a_bare_present_after_a_doubt_looks_ahead(code):
    rows = code("It is unclear whether the talks will resume after the rebels free the hostages.")
    assert all(r["status"] != "happened" for r in rows)
