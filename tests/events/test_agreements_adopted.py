"""Round 22: adopting an agreement's text is approving it (AGREE), as ratifying is. Sentences are our own.

"adopt" was a verb of sanctions only ("adopted sanctions against"); what is adopted that is no agreement (a line, a
standard, a plan of a firm) is no event."""

from __future__ import annotations

from conftest import kinds, rows


def test_an_agreement_adopted_is_agreed(code):
    (row,) = rows(code("The fisheries ministers adopted a new agreement on quotas."), "AGREE")
    assert row["status"] == "happened"
    assert "AGREE" in kinds(code("The two presidents adopted a joint declaration on the border."))
    assert "AGREE" in kinds(code("The treaty was adopted by the Polish parliament in May."))


def test_sanctions_adopted_stay_sanctions(code):
    assert kinds(code("The European Union adopted sanctions against Burma on Monday.")) == ["SANCTION"]


def test_what_is_adopted_that_is_no_agreement_is_no_event(code):
    assert kinds(code("The party adopted a tough line on immigration.")) == []
    assert kinds(code("The ministry adopted a new accounting standard for its budget.")) == []
