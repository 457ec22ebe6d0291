"""Round 25: a party's decision or move to act is news of that act, done by the party. Sentences are our own.

- "Washington's decision to impose tariffs angered Tokyo", "the government's move to expel the diplomats": the act
  decided, by whoever the decision is of (not told in passing, as a clause hung on a noun otherwise is).
- "the decision to impose tariffs was criticised" names no one who decided; "the government's plan to expel the
  diplomats" is a plan, not yet an act.
- Regret expressed over what another party did criticises it ("Japan expressed regret over the American decision to
  impose tariffs"); regret for one's own remarks judges no one here.
"""

from __future__ import annotations

from conftest import kinds, rows


def test_the_act_a_party_decided_on_is_its_act(code):
    (row,) = rows(code("Washington's decision to impose tariffs angered Tokyo."), "SANCTION")
    assert row["actor"] == ["United States"] and not row["background"]
    (expelled,) = rows(code("The government's move to expel the diplomats angered Moscow."), "SANCTION")
    assert expelled["actor"] == ["government"] and expelled["recipient"] == ["diplomats"]


def test_a_decision_of_no_one_named_or_a_plan_is_no_act(code):
    assert "SANCTION" not in kinds(code("The decision to impose tariffs was criticised."))
    assert "SANCTION" not in kinds(code("The government's plan to expel the diplomats angered Moscow."))


def test_regret_expressed_over_another_partys_act_criticises_it(code):
    (row,) = rows(code("Japan expressed regret over the American decision to impose tariffs."), "ACCUSE")
    assert row["actor"] == ["Japan"] and row["recipient"] == ["United States"]
    said = code(
        "While expressing regret over America's decision to impose tariffs, the prime minister said Tokyo would talk."
    )
    assert "ACCUSE" in kinds(said) and "SANCTION" in kinds(said)
    assert "ACCUSE" not in kinds(code("The minister expressed regret for his remarks."))
