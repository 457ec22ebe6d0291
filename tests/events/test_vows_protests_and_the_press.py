"""Round 8 readings of judged random rows, in sentences of our own: what one is unable to do or what no one
did, a vow to oppose, agreeing with a policy, a protest made to someone, an act warned against, a kind of
act described, and talking to the press."""

from __future__ import annotations

from conftest import kinds, rows


def test_what_one_is_unable_to_do_or_no_one_did_is_not_done(code):
    assert kinds(code("Senate leaders were unable to agree on a date for the vote.")) == []
    assert kinds(code("No government has recognised the new regime, the minister said.")) == []
    assert kinds(code("Senate leaders agreed on a date for the vote.")) == ["AGREE"]


def test_a_vow_to_oppose_is_opposition(code):
    events = code("The Greens have pledged to oppose the bill in parliament.")
    assert kinds(events) == ["REJECT"] and rows(events, "REJECT")[0]["actor"] == ["Green Party"]
    assert kinds(code("The party promised to cut taxes.")) == ["AGREE"]
    # agreeing to reject is no vow: the agreement stands
    assert kinds(code("The government agreed to reject the proposal.")) == ["AGREE"]


def test_agreeing_with_a_policy_supports_it(code):
    events = code("The farmers' union said it agreed with the government's plans.")
    assert kinds(events) == ["SUPPORT"] and "(endorsed)" in rows(events, "SUPPORT")[0]["rule"]
    assert kinds(code("The two ministers agreed on a new trade accord.")) == ["AGREE"]
    # agreeing with a party to do something is an accord
    assert kinds(code("The bank agreed with the Mexican government to convert the debt into equity.")) == ["AGREE"]


def test_a_protest_made_to_someone_is_a_complaint(code):
    events = code("He did not say in what form the Chinese protest was made.")
    assert kinds(events) == ["ACCUSE"] and rows(events, "ACCUSE")[0]["actor"] == ["China"]
    assert kinds(code("Farmers held a protest outside parliament.")) == ["PROTEST"]


def test_an_act_warned_against_is_not_done(code):
    assert "SANCTION" not in kinds(code("The envoy warned Washington against imposing new tariffs."))
    assert kinds(code("The army warned it would strike back if attacked.")) == ["THREATEN"]


def test_a_kind_of_act_described_is_no_event(code):
    assert kinds(code("Hunger strike is a weapon of last resort, the activist said.")) == []
    assert kinds(code("Protest is a right in a democracy.")) == []
    assert kinds(code("The strike is the first by dockers in ten years.")) == ["PROTEST"]


def test_talking_to_the_press_meets_no_party(code):
    assert kinds(code("The minister met reporters in Brussels on Friday.")) == []
    assert kinds(code("The prime minister spoke to journalists in London.")) == []
    assert kinds(code("The minister met union leaders in Brussels.")) == ["CONSULT"]
