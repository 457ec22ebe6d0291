"""Round 28: what a vote decides, what a request names further down, and judgements said in other words. Sentences
are our own.

- What a vote decides it does: "the House voted 350-73 yesterday to override the veto" is the House's rejection, told
  as done (a numbers phrase made the infinitive a purpose once); "will vote to" and "voted not to" are not done.
- An act a request names further down is asked for, not done: "urged the government to take steps, including
  lifting the import ban"; an act told beside the request, in a time clause inside it or by a participle describing a
  noun of it, is done ("urged Iraq to withdraw after it invaded Kuwait", "demands an accounting of all funds given to
  the rebels").
- "Over the objections of" a party is its objection, as "over U.S. objections" is; "the rejection of the plan"
  names no party.
- A dispute between parties that "should be solved" asks for it, said by a state; a firm's dispute with a supplier
  is business.
- "It is (such) a pity that" a party did something criticises it (not the rain); a party's deed called "the right
  action" praises it.
"""

from __future__ import annotations

from conftest import rows


def test_what_a_vote_decides_is_done(code):
    (override,) = rows(code("The House voted 350-73 yesterday to override the president's veto."), "REJECT")
    assert override["actor"] == ["House"] and override["status"] == "happened"
    (override,) = rows(code("The House voted to override the president's veto."), "REJECT")
    assert override["status"] == "happened"
    assert [e["status"] for e in rows(code("The House will vote to override the veto."), "REJECT")] == ["planned"]
    assert [e["status"] for e in rows(code("The House voted not to override the veto."), "REJECT")] == ["negated"]


def test_an_act_a_request_names_further_down_is_asked(code):
    events = code(
        "The senator urged the government to take steps to calm the markets, including lifting the import ban."
    )
    assert [(e["type"], e["status"]) for e in events if e["type"] == "REQUEST"] == [("REQUEST", "happened")]
    (lifted,) = [e for e in events if e["type"] == "CONCEDE"]
    assert lifted["status"] == "hypothetical"
    (invasion,) = rows(code("The UN urged Iraq to withdraw after it invaded Kuwait."), "ASSAULT")
    assert invasion["status"] == "happened"
    # a participle describing a noun of the request tells what was so
    (given,) = rows(
        code("The bill demands an accounting of all funds given to the rebels by foreign governments."), "AID"
    )
    assert given["status"] == "happened"


def test_over_the_objections_of_a_party_is_its_objection(code):
    (objection,) = rows(code("The committee approved the plan over the objections of Britain."), "REJECT")
    assert objection["actor"] == ["United Kingdom"]
    assert not rows(code("Iraq welcomed the rejection of the plan."), "REJECT")


def test_a_dispute_that_should_be_solved_is_asked_of_the_parties(code):
    (asked,) = rows(code("Turkey said its disputes with Greece should be solved through negotiations."), "REQUEST")
    assert asked["actor"] == ["Turkey"]
    assert not rows(code("The company said the dispute with its supplier should be settled soon."), "REQUEST")


def test_a_pity_criticises_and_the_right_action_praises(code):
    (pity,) = rows(code("Mr Howard said it is such a pity that Mr Blair does not practise what he preaches."), "ACCUSE")
    assert pity["actor"] == ["Howard"] and pity["recipient"] == ["Blair"]
    assert not rows(code("The mayor said it is such a pity that the rain spoiled the fete."), "ACCUSE")
    (praise,) = rows(code("Ortiz Mena said Brazil's moratorium was the right action."), "SUPPORT")
    assert praise["recipient"] == ["Brazil"]
    assert not rows(code("He said this was the right time to invest."), "SUPPORT")


def test_a_chamber_overrides_and_reservations_oppose(code):
    # round 28: a chamber that votes to override overrides a veto, named or not; reservations a party has about a
    # measure oppose it ("the autopilot" a pilot overrides is no veto)
    (override,) = rows(code("The House voted to override yesterday."), "REJECT")
    assert override["actor"] == ["House"]
    assert not rows(code("The pilot tried to override the autopilot."), "REJECT")
    (reservations,) = rows(code("Britain has strong reservations over the tax."), "REJECT")
    assert reservations["actor"] == ["United Kingdom"]
