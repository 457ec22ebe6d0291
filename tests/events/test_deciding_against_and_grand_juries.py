"""Round 26: deciding against a course turns it down, and a grand jury is a body of the law. Sentences are our own.

- "the president has decided against an early deployment of the missile system": REJECT by the president; "decided
  against sending troops" and "voted against imposing sanctions": the troops are not sent, the sanctions not imposed
  (negated). "The judge decided against the defendants" turns down no proposal.
- "a federal grand jury was probing the firm's compliance": ACCUSE by the grand jury, as by a court or prosecutors.
"""

from __future__ import annotations

from conftest import kinds, rows


def test_deciding_against_a_course_rejects_it(code):
    (row,) = rows(code("The president has decided against an early deployment of the missile system."), "REJECT")
    assert row["actor"] == ["the president"] and row["status"] == "happened"
    assert "REJECT" not in kinds(code("The judge decided against the defendants."))


def test_what_a_party_decides_or_votes_against_doing_is_not_done(code):
    found = code("The cabinet decided against sending troops to the region.")
    assert not [r for r in found if r["type"] == "MOBILIZE" and r["status"] == "happened"]
    found = code("Parliament voted against imposing sanctions on Iran.")
    assert "REJECT" in kinds(found)
    assert not [r for r in found if r["type"] == "SANCTION" and r["status"] == "happened"]


def test_a_grand_jury_investigates_as_a_body_of_the_law(code):
    (row,) = rows(code("A federal grand jury was probing the firm's compliance with reporting rules."), "ACCUSE")
    assert row["actor"] == ["federal grand jury"]
    (indicted,) = rows(code("A grand jury indicted the mayor on bribery charges."), "ACCUSE")
    assert indicted["actor"] == ["grand jury"] and indicted["recipient"] == ["the mayor"]
