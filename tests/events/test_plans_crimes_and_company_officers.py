"""What is no promise, no pledge and no political resignation, in sentences of our own: a meeting announced
is a meeting planned, not a promise; committing a crime pledges nothing; a firm's president who resigns
leaves a company, not an office of state."""

from __future__ import annotations

import pytest

from conftest import kinds


def test_a_meeting_announced_is_planned_not_promised(code):
    events = code("The foreign minister said he will visit Paris next week.")
    assert [(e["type"], e["status"]) for e in events] == [("CONSULT", "planned")]
    # announcing aid is still a promise of it
    events = code("Finland said it will give Tanzania a grant of 20 million dollars.")
    assert sorted(kinds(events)) == ["AGREE", "AID"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police said the man fled after committing the offence.", []),
        ("The government committed itself to cutting taxes.", ["AGREE"]),
        ("Acme Steel Corp said John Hale, its president and chief operating officer, resigned.", []),
        ("Lindmark Oil Inc said its chairman, Peter Lind, had resigned.", []),
        ("Brazil's planning minister Joao Ferreira resigned yesterday.", ["RETREAT"]),
    ],
)
def test_a_crime_committed_pledges_nothing_and_a_firms_officer_leaves_no_office_of_state(code, text, expected):
    assert kinds(code(text)) == expected


def test_union_members_who_vote_to_strike_a_plant_protest(code):
    events = code("The union said its members voted on Sunday to strike the company's main plant.")
    assert "PROTEST" in kinds(events) and "ASSAULT" not in kinds(events)


def test_industrial_action_and_a_dockers_strike_are_protests(code):
    assert kinds(code("Industrial action by civil servants started early this month, the union said.")) == ["PROTEST"]
    events = code("Port companies are hiring more dockers to offset an intermittent strike in the ports.")
    assert kinds(events) == ["PROTEST"]


def test_an_act_someone_is_kept_from_does_not_happen(code):
    assert kinds(code("The court barred the army from attacking the village.")) == []
    assert kinds(code("The minister refrained from criticising the government.")) == []
    assert "ASSAULT" not in kinds(
        code("The president said he had barred the agency from conducting covert operations.")
    )


def test_a_guess_is_no_plan_and_aid_halved_is_a_sanction(code):
    assert kinds(code("The Soviet Union will probably demand membership of the trade body.")) == []
    assert kinds(code("Congress voted to slash aid to the rebels.")) == ["SANCTION"]
    assert kinds(code("The company will halve its staff.")) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The institute is considering asking the estates to remove the trees.", []),
        ("North Korea said it would impose no restrictions on the diplomats.", []),
        ("Some 270 hunts met on Saturday and killed 91 foxes.", []),
        ("The firm said it would fight the government's attempt to block its stake.", ["REJECT"]),
        ("Rebels fought government troops near the border.", ["ASSAULT"]),
    ],
)
def test_what_is_only_considered_or_refused_and_force_against_ideas_or_animals(code, text, expected):
    assert kinds(code(text)) == expected


def test_a_modal_above_holds_for_what_it_governs(code):
    events = code("Some smaller automakers could be forced to withdraw from the market.")
    assert [e["status"] for e in events if e["type"] == "RETREAT"] in ([], ["hypothetical"])


def test_supplies_cut_between_firms_are_business_and_a_states_suspension_a_sanction(code):
    assert kinds(code("The company said some oil suppliers had cut supplies altogether.")) == []
    assert kinds(code("Japan suspended imports of French wine.")) == ["SANCTION"]


def test_an_act_inside_what_is_asked_for_is_not_done(code):
    events = code("The minister urged action to persuade exporters to transfer more money through the banks.")
    assert kinds(events) == ["REQUEST"]
    events = code("As well as pledging 960 million pounds to the fund, Britain urged other donors to contribute.")
    assert sorted(kinds(events)) == ["AGREE", "REQUEST"]


def test_one_firm_suing_another_is_business_unless_a_state_or_a_court_takes_part(code):
    events = code(
        "Morgan Guaranty Trust Co said it filed suit against Metromedia Inc, seeking redemption of its bonds."
    )
    assert kinds(events) == []
    events = code("The New York State Insurance Department filed a lawsuit against the insurer.")
    assert kinds(events) == ["ACCUSE"]


def test_an_absence_stated_is_no_refusal(code):
    assert kinds(code('A spokesman for the ministry said: "We have no knowledge of any talks."')) == []
