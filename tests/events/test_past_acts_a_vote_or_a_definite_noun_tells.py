"""Round 27: a past act told in passing is news where a vote decided it, where it is a definite event the clause around
it takes as given, and where the parties of talks, fighting or protest it is the setting of are named. Sentences are
our own.

- "The commission's vote to accept the settlement was 4-1", "the union is studying its next moves after 12 of its units
  voted to accept a contract proposal": a vote taken "to accept" accepts (AGREE); "until its members vote to accept
  the offer" has not.
- "Miyazawa failed to outline the package in his meeting with Baker": the meeting took place (CONSULT with Baker);
  "in a meeting" under the same infinitive stays background.
- "Taiwan's position in talks with Washington has weakened": talks whose parties are named happened.
- Near misses: "the club he walked out on" is a life's story (a person, no party); "Ministers plan to hold talks" is
  planned, not done; "traders stayed nervous after sustained criticism" names no party, and stays background (told
  with no party at all, such acts were right 26 times in 29 on the read splits but 0 in 3 on the unread ones).
"""

from __future__ import annotations

from conftest import rows


def told(found: list[dict], kind: str) -> list[dict]:
    return [r for r in rows(found, kind) if not r["background"] and r["status"] in ("happened", "planned", "ongoing")]


def test_what_a_vote_was_taken_to_do_is_done(code):
    (accepted,) = told(code("The commission's vote to accept the settlement was 4-1."), "AGREE")
    assert accepted["trigger"] == "accept" and accepted["actor"] == ["commission"]
    (accepted,) = told(
        code("The union is studying its next moves after 12 of its units voted to accept a contract proposal."),
        "AGREE",
    )
    assert accepted["trigger"] == "accept"
    assert not told(code("The strike goes on until its members vote to accept the offer."), "AGREE")


def test_a_definite_event_is_told_whatever_the_infinitive_around_it(code):
    (meeting,) = told(
        code("Miyazawa failed to outline the size of the package in his meeting with Baker today."), "CONSULT"
    )
    assert meeting["recipient"] == ["Baker"]
    assert not told(code("Miyazawa failed to outline the size of the package in a meeting today."), "CONSULT")


def test_talks_whose_parties_are_named_are_told_as_a_setting(code):
    (talks,) = told(code("Taiwan's position in talks with Washington over export quotas has weakened."), "CONSULT")
    assert talks["trigger"] == "talks"


def test_a_persons_story_and_a_plan_are_not_told_as_done(code):
    assert not told(code("The singer recalled the club he walked out on after a row with its manager."), "PROTEST")
    assert not [r for r in code("Ministers plan to hold talks in Geneva.") if r["status"] == "happened"]
    assert not told(code("Traders stayed nervous after sustained criticism over waiting times."), "ACCUSE")
