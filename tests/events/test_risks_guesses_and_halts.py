"""Precision on real articles: risks, guesses, halts, contents and failures. Sentences are our own.

Read from the ordinary rows two judges called wrong in round 15's blind samples:
  - a state of affairs that threatens something is a risk ("the war, which threatens the oil lifeline");
  - "might not" guesses, it refuses nothing;
  - what a moratorium or a ban is "on" is not done ("a moratorium on air raids");
  - cutting prices is commerce, no sanction;
  - what a proposal would do is its content ("the proposals allowing night work");
  - failing to do something tells what was not done and judges no one;
  - a dispute or a tension named is a state of affairs, no judgement;
  - a vote for a motion that condemns condemns; a strike still to come ("before workers go on strike") is planned.
"""

from __future__ import annotations

from conftest import kinds


def test_a_state_of_affairs_threatens_by_risk(code):
    assert kinds(code("Investors fear the border war, which threatens the country's only oil pipeline.")) == []
    assert kinds(code("Iran threatened the tankers in the Gulf.")) == ["THREATEN"]


def test_might_not_is_a_guess(code):
    assert "REJECT" not in kinds(code("The senator might not come out in favour of the bill."))
    assert "REJECT" in kinds(code("The senator will not support the bill."))


def test_what_a_moratorium_is_on_is_not_done(code):
    assert "ASSAULT" not in kinds(code("Today is the end of a two-week Iraqi moratorium on air raids."))
    assert "PROTEST" not in kinds(code("The police chief extended the ban on demonstrations in the capital."))


def test_cutting_prices_is_no_sanction(code):
    assert "THREATEN" not in kinds(code("The Soviet Union has agreed to cut its coal export prices to Japanese mills."))


def test_a_proposals_content_is_not_done(code):
    assert "CONCEDE" not in kinds(code("The proposals allowing night work by women are to be put to parliament."))


def test_failing_to_do_something_judges_no_one(code):
    # of a firm, what was not done is told; of a state or a public body it is criticism (test_evaluation.py)
    events = code("The union said Macluan Corp failed to make an offer before the deadline.")
    assert "ACCUSE" not in kinds(events)
    assert "ACCUSE" in kinds(code("The union said the ministry had misled its members."))


def test_a_vote_for_a_motion_of_censure_condemns(code):
    events = code("The Parliament voted in favour of a resolution condemning the haggling between the member states.")
    assert kinds(events) == ["ACCUSE"]
    assert kinds(code("The Senate voted for the budget resolution.")) == ["SUPPORT"]


def test_a_strike_still_to_come_is_not_told_as_done(code):
    # five days given to agree is an ultimatum (round 29): the strike is what it threatens, no strike told
    events = code("The union gave the company five days to agree before workers go on strike.")
    assert [(e["type"], e["status"]) for e in events] == [("THREATEN", "happened")]
    events = code("The union said workers would go on strike before the company could agree.")
    assert [e["status"] for e in events if e["type"] == "PROTEST"] == ["planned"]
    assert [(e["type"], e["status"]) for e in code("Dock workers went on strike on Monday.")] == [
        ("PROTEST", "happened")
    ]
