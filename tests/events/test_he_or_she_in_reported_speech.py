"""Round 22: in reported speech "he" or "she" is the person who speaks ("Thatcher, after meeting Gorbachev, said she
would visit Poland"), not the last person named; a speech verb joined to another shares its subject ("Blair met
Chirac and said he would back the plan"). Sentences are our own."""

from __future__ import annotations

from conftest import rows


def test_she_who_says_she_will_visit_is_the_speaker(code):
    (visit,) = [
        e
        for e in rows(code("Thatcher, after meeting Gorbachev in Moscow, said she would visit Poland."), "CONSULT")
        if e["recipient"] == ["Poland"]
    ]
    assert visit["actor"] == ["Margaret Thatcher"]


def test_a_speech_verb_joined_to_another_shares_its_subject(code):
    (row,) = rows(code("Mr Blair met Mr Chirac in Paris and said he would back the plan."), "SUPPORT")
    assert row["actor"] == ["Blair"]
