"""Round 26: a policy a political speaker says will bring about or foster something bad is criticised, as one said to
harm is ("the plans would hit families"). Sentences are our own.

- "Labour said the Tory plans would cause chaos in schools": ACCUSE by Labour of the Conservatives; "the opposition
  said the new tax would breed fraud and evasion": ACCUSE by the opposition (whose tax, unsaid).
- No criticism: a storm said to cause chaos (no policy), a drug said to cause damage (no political speaker), a plan
  said to create jobs (nothing bad), and a minister's "the reform would encourage crime" (whose reform, unsaid: it
  may be the minister's own).
"""

from __future__ import annotations

from conftest import kinds, rows


def test_a_policy_said_to_bring_about_something_bad_is_criticised(code):
    (row,) = rows(code("Labour said the Tory plans would cause chaos in schools."), "ACCUSE")
    assert row["actor"] == ["Labour Party"] and row["recipient"] == ["Tories"]
    (tax,) = rows(code("The opposition said the new tax would breed fraud and evasion."), "ACCUSE")
    assert tax["actor"] == ["opposition"]


def test_no_policy_no_political_speaker_or_nothing_bad_is_no_criticism(code):
    assert "ACCUSE" not in kinds(code("Officials said the storm would cause chaos on the roads."))
    assert "ACCUSE" not in kinds(code("Doctors said the drug would cause damage to the liver."))
    assert "ACCUSE" not in kinds(code("The minister said the plan would create thousands of jobs."))
    assert "ACCUSE" not in kinds(code("The minister said the reform would encourage crime."))
