"""Four readings the unread split `fresh7` showed missing or wrong (read at round 17's end). Sentences are our own.

- Coming under a body's scrutiny is being investigated by it (ACCUSE), as coming under investigation is.
- Reopening a case or an inquiry investigates again (ACCUSE).
- Standing down on the grounds of ill health is no retreat under pressure, whoever stands down.
- People killed when a vehicle crashes, with no weapon or armed party in the sentence, died in an accident.
"""

from __future__ import annotations

from conftest import kinds


def test_coming_under_a_bodys_scrutiny_is_an_investigation(code):
    rows = code("It is the second time the phone company has come under the European Commission's scrutiny.")
    assert kinds(rows) == ["ACCUSE"] and rows[0]["actor"] == ["European Commission"]


def test_reopening_a_case_investigates(code):
    assert kinds(code("Devon and Cornwall Police reopened the case last year.")) == ["ACCUSE"]


def test_standing_down_for_health_is_no_retreat(code):
    assert kinds(code("The Labour MP is to stand down at the election on the grounds of ill health.")) == []


def test_standing_down_after_a_scandal_is_a_retreat(code):
    assert kinds(code("The minister is to stand down after the scandal over his expenses.")) == ["RETREAT"]


def test_people_killed_when_a_plane_crashes_died_in_an_accident(code):
    rows = code("Thirty people were killed and 12 injured when a small airliner flew into power lines, officials said.")
    assert kinds(rows) == []


def test_soldiers_killed_when_rebels_shot_their_helicopter_down_were_attacked(code):
    assert "ASSAULT" in kinds(code("Twelve soldiers were killed when their helicopter was shot down by rebels."))
