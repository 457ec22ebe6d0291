"""Round 22: "he" or "she" stands for no one the article titles as the other sex ("Mr Howard", "Mrs Thatcher", "Ms
Robinson"): the nearest person named before, or the one who speaks, is skipped when a title says otherwise. A name
no title marks stays as it was read. Sentences are our own."""

from __future__ import annotations

from conftest import rows


def test_she_skips_the_nearest_man(code):
    (flight,) = [
        e
        for e in rows(
            code("Mrs Thatcher met Mr Gorbachev in Moscow, and then she flew to Warsaw for talks."), "CONSULT"
        )
        if e["recipient"] == ["Poland"]
    ]
    assert flight["actor"] == ["Thatcher"]


def test_he_skips_the_nearest_woman(code):
    (row,) = rows(code("Mr Blunkett met Mrs Quinn in 2001. He is also being investigated over a visa."), "ACCUSE")
    assert row["recipient"] == ["David Blunkett"]


def test_he_in_a_womans_reported_speech_is_not_her(code):
    events = code("Ms Robinson said that as home secretary he had attacked the judges, and Mr Howard laughed.")
    assert all("Robinson" not in " ".join(e["actor"]) for e in events if e["type"] == "ACCUSE")
