"""Round 9, read on dev4, in sentences of our own: a stoppage is a strike unless it is a match's added time;
a relative pronoun stands for the party it follows; those described by a participle after them underwent
it; the one released is released, not the releaser."""

from __future__ import annotations

from conftest import kinds, rows


def test_a_stoppage_is_a_strike_unless_it_is_a_matchs_added_time(code):
    assert kinds(code("He said the stoppage had no effect in the northern ports.")) == ["PROTEST"]
    assert kinds(code("Owen scored in stoppage time to win the match.")) == []


def test_a_relative_pronoun_stands_for_the_party_it_follows(code):
    events = code("Kazakhstan, which has been severely criticised since the ousting of its leader, held elections.")
    # told in passing (background), but of Kazakhstan
    assert rows(events, "ACCUSE")[0]["recipient"] == ["Kazakhstan"]


def test_people_a_participle_after_them_describes_underwent_it(code):
    assert kinds(code("He said those arrested would be tried for arson.")) == ["COERCE"]


def test_the_one_released_is_the_recipient(code):
    events = code("A detained journalist was released on Monday.")
    assert kinds(events) == ["RETREAT"]
    released = rows(events, "RETREAT")[0]
    assert released["actor"] == [] and released["recipient"] == ["detained journalist"]
    # a force withdrawn is still the one that withdraws
    assert rows(code("Troops were withdrawn from the border."), "RETREAT")[0]["actor"] == ["troops"]
