"""Three ways news tells a stance without its usual verbs. Sentences are our own.

Anger vented at a party is criticism (ACCUSE), as anger expressed or voiced is. Weighing retaliation in public
signals it (THREATEN), as threatening or vowing it does; weighing other measures signals nothing. Defending a
plan in public backs it (SUPPORT), as defending a decision or a policy does.
"""

from __future__ import annotations

from conftest import kinds


def test_anger_vented_at_a_party_criticises_it(code):
    rows = code("The farmers' union vented its anger at the agriculture ministry over the new quotas.")
    assert kinds(rows) == ["ACCUSE"]


def test_weighing_retaliation_threatens(code):
    rows = code("The European Commission is considering retaliation against the United States.")
    assert kinds(rows) == ["THREATEN"]
    assert rows[0]["recipient_country"] == ["USA"]


def test_weighing_other_measures_is_no_threat(code):
    assert kinds(code("The board is considering measures to cut costs.")) == []


def test_defending_a_plan_in_public_supports_it(code):
    rows = code("The foreign secretary defended plans to lift the arms embargo.")
    assert kinds(rows) == ["SUPPORT"]


def test_defending_a_firms_pricing_of_a_deal_is_business(code):
    assert kinds(code("However, the bank's officer defended his firm's pricing of the deal.")) == []
