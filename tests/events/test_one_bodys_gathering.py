"""A gathering whose only party is one national body, one party or group of legislators, or one firm, where
something else is done, is that body's own session: no consultation between parties (CONSULT). Sentences are
our own.

A body of states gathers its members (the IMF's meeting, a meeting of EU ministers), and a meeting "with"
someone meets them: those stay CONSULT.
"""

from __future__ import annotations

from conftest import kinds


def test_a_regulators_own_meeting_meets_no_one(code):
    rows = code("The exchange expects the contract to be approved at the Securities and Exchange Commission's meeting.")
    assert "CONSULT" not in kinds(rows)


def test_a_partys_conference_meets_no_one(code):
    rows = code("The prime minister spoke at the Labour Party's spring conference in Gateshead.")
    assert "CONSULT" not in kinds(rows)


def test_a_meeting_of_ministers_of_states_is_consultation(code):
    assert kinds(code("The foreign secretary spoke at a meeting of EU foreign ministers in Luxembourg.")) == ["CONSULT"]


def test_a_meeting_with_someone_meets_them(code):
    rows = code("The finance minister made the proposal at a meeting with the governor of the central bank.")
    assert kinds(rows) == ["CONSULT"] and rows[0]["recipient"]
