"""Round 26: talks a meeting or a journey is held for are held when it is: a purpose that is no act of its own.
Sentences are our own.

- "The Iranian oil minister is in the United Arab Emirates to discuss oil prices": CONSULT, done, with the Emirates.
- "Deputy finance ministers of the Group of 10 met here to discuss the world debt crisis", "the foreign minister will
  fly to Tokyo next week to negotiate a trade deal": one row, the meeting's or the journey's.
- "Experts are in Geneva to discuss the weather": no political party meets; "the army was deployed to negotiate with
  the rebels" tells a purpose, not talks.
"""

from __future__ import annotations

from conftest import rows


def counted(found, kind):
    return [r for r in found if r["type"] == kind and r["status"] in ("happened", "planned") and not r["background"]]


def test_being_somewhere_to_discuss_is_talks_there(code):
    (row,) = rows(code("The Iranian oil minister is in the United Arab Emirates to discuss oil prices."), "CONSULT")
    assert row["recipient"] == ["United Arab Emirates"] and row["status"] == "happened"


def test_a_meeting_or_a_journey_and_its_purpose_are_told_once(code):
    found = code("Deputy finance ministers of the Group of 10 met here to discuss the world debt crisis.")
    assert len(counted(found, "CONSULT")) == 1
    found = code("The foreign minister will fly to Tokyo next week to negotiate a trade deal.")
    (row,) = counted(found, "CONSULT")
    assert row["status"] == "planned"


def test_no_party_or_no_gathering_no_talks(code):
    assert not counted(code("Experts are in Geneva to discuss the weather."), "CONSULT")
    assert not counted(code("The army was deployed to negotiate with the rebels."), "CONSULT")
