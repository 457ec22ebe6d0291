"""What a government says its own state must do is its policy, asked of no one; what a foreign leader or an
opposition party says that state must do asks it (REQUEST). And a newspaper that quotes someone as saying a
party should act reports that person's demand. Sentences are our own.
"""

from __future__ import annotations

from conftest import kinds


def test_a_prime_minister_saying_his_state_must_act_asks_no_one(code):
    assert kinds(code("Japanese Prime Minister Yasuhiro Nakasone said Japan must open its markets further.")) == []


def test_a_foreign_minister_saying_another_state_must_act_asks_it(code):
    rows = code("French Foreign Minister Jean Dupont said Japan must open its markets further.")
    assert kinds(rows) == ["REQUEST"] and rows[0]["recipient_country"] == ["JPN"]


def test_an_opposition_party_saying_its_state_should_act_asks_it(code):
    assert kinds(code("The Labour Party said Britain should withdraw its troops from Iraq.")) == ["REQUEST"]


def test_the_one_quoted_as_saying_makes_the_demand(code):
    rows = code("The state news agency quoted Deputy Premier Ma Wen as saying the army should end its patrols.")
    assert kinds(rows) == ["REQUEST"]
    assert "Ma Wen" in rows[0]["actor"][0]
