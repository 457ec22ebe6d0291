"""Doing what was demanded is a concession (CONCEDE): meeting, satisfying or heeding a demand. Sentences are
our own.

"Meet" is a meeting (CONSULT) only when its object is a party; meeting a demand, a condition or an ultimatum
yields to it, and meeting expectations or a deadline is neither.
"""

from __future__ import annotations

from conftest import kinds


def test_meeting_a_partys_demands_concedes_to_it(code):
    rows = code("The government met the miners' demands on Friday.")
    assert "CONCEDE" in kinds(rows) and "CONSULT" not in kinds(rows)
    conceded = next(r for r in rows if r["type"] == "CONCEDE")
    assert conceded["actor"] == ["government"] and conceded["recipient"] == ["miners"]


def test_meeting_many_of_the_demands_concedes_through_the_quantifier(code):
    assert "CONCEDE" in kinds(code("The rebels said the junta had met many of their demands."))


def test_satisfying_and_heeding_a_demand_concede(code):
    assert "CONCEDE" in kinds(code("The cabinet satisfied the farmers' demands on Friday."))
    assert "CONCEDE" in kinds(code("The regime heeded the United Nations' call and opened the border."))


def test_meeting_a_party_is_still_a_meeting(code):
    assert kinds(code("The interior minister met the union leaders in Paris on Tuesday.")) == ["CONSULT"]


def test_meeting_expectations_or_a_deadline_is_no_event(code):
    assert kinds(code("The carmaker met analysts' expectations in the third quarter.")) == []
    assert kinds(code("The ministry met the deadline for the report.")) == []


def test_meeting_a_markets_demand_concedes_nothing(code):
    assert kinds(code("Officials said the new gas field would only serve to meet peak demand.")) == []
    assert kinds(code("The state utility met demand for power during the heatwave.")) == []
