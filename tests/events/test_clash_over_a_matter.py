"""Parties that clash over a matter, with no arms, police, crowd or casualty in the sentence, clash in words
(ACCUSE); fighting stays ASSAULT. Sentences are our own.

"Clash" is a fight or a quarrel. What the clash is over tells them apart only together with who clashes: two
governments or two ministers clashing "over the budget" argue; troops clashing "over the border town" and
protesters clashing with police "over the law" fight; "over the weekend" is a time, not a matter.
"""

from __future__ import annotations

from conftest import kinds


def test_states_clashing_over_trade_quarrel(code):
    rows = code("France and Germany clashed on Monday over farm subsidies.")
    assert kinds(rows) == ["ACCUSE"]


def test_ministers_clashing_over_pay_quarrel(code):
    assert kinds(code("The finance minister clashed with the unions over public sector pay.")) == ["ACCUSE"]


def test_protesters_and_police_clashing_over_a_law_fight(code):
    assert kinds(code("Protesters clashed with riot police over the new labour law.")) == ["ASSAULT"]


def test_troops_clashing_over_a_town_fight(code):
    assert kinds(code("Government troops and rebels clashed over the town of Goma.")) == ["ASSAULT"]


def test_a_clash_over_the_weekend_is_a_time_not_a_matter(code):
    assert kinds(code("Police clashed with stone-throwing youths over the weekend.")) == ["ASSAULT"]
