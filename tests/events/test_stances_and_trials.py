"""Stances said in statements and cases before the courts, in sentences of our own: a political
speaker's own future act of policy is a pledge; a party wanting another to act, or calling it essential
that it act, demands it; saying a proposal would not work rejects it; a trial, a case taken to court and
a bill voted down are events; bishops and the two sides of talks are actors."""

from __future__ import annotations

from conftest import kinds, rows


def test_a_political_speakers_own_act_of_policy_is_a_pledge(code):
    events = code('"We will cut income tax for every family," the opposition leader said.')
    assert [e["actor"] for e in rows(events, "AGREE")] == [["the opposition leader"]]
    assert "AGREE" in kinds(code("The party said it would scrap university fees."))
    # no act of policy, a question, or a firm's plans in business news pledge nothing
    assert kinds(code('"We will see what happens next," the minister said.')) == []
    assert kinds(code('"Will we raise taxes?" the minister asked.')) == []
    assert kinds(code('"We will cut costs by ten per cent," the chief executive told shareholders.')) == []


def test_wanting_another_party_to_act_demands_it(code):
    events = code("Farmers want the government to compensate them for the floods.")
    assert [(e["actor"], e["recipient"]) for e in rows(events, "REQUEST")] == [(["farmers"], ["government"])]
    assert "CONCEDE" not in kinds(events)  # what is wanted has not happened
    assert kinds(code("The union wants to hold a ballot.")) == []


def test_calling_another_partys_act_essential_demands_it(code):
    events = code("It is essential that the government acts now to save jobs, the union said.")
    assert [(e["actor"], e["recipient"]) for e in rows(events, "REQUEST")] == [(["union"], ["government"])]


def test_saying_a_proposal_would_not_work_rejects_it(code):
    events = code("Labour proposals to cap fees would not work, the minister argued.")
    assert [e["actor"] for e in rows(events, "REJECT")] == [["the minister"]]
    assert kinds(code("The new engine would not work in cold weather, the engineers said.")) == []


def test_trials_and_cases_taken_to_court(code):
    events = code("The former defence minister will stand trial in May on bribery charges.")
    assert [e["recipient"] for e in rows(events, "ACCUSE")] == [["former defence minister"]]
    assert "ACCUSE" in kinds(code("The trial of four opposition activists opened in the capital on Monday."))
    events = code("The teachers' union has taken the ministry to court over the pay freeze.")
    assert [(e["actor"], e["recipient"]) for e in rows(events, "ACCUSE")] == [(["teachers' union"], ["ministry"])]
    assert kinds(code("Clinical trials of the new vaccine began in March.")) == []


def test_a_bill_voted_down_is_rejected(code):
    assert "REJECT" in kinds(code("Parliament voted down the bill by 250 votes to 190."))


def test_bishops_and_the_two_sides_are_actors(code):
    events = code("The bishops called on ministers to rethink the asylum rules.")
    assert [e["actor"] for e in rows(events, "REQUEST")] == [["bishops"]]
    assert "AGREE" in kinds(code("The two sides reached a deal on fishing rights after a week of talks."))


def test_a_participle_with_a_by_phrase_is_passive_though_parsed_as_a_clause(code):
    events = code("Two tankers attacked in the Gulf by Iranian gunboats on Saturday have anchored off Bahrain.")
    assert [e["actor"] for e in rows(events, "ASSAULT")] == [["Iran military"]]


def test_charging_that_and_appealing_against_a_judgement(code):
    assert "ACCUSE" in kinds(code("The opposition had charged that the election was rigged."))
    assert "REJECT" in kinds(code("The families of the victims will appeal against the ruling."))


def test_an_offer_of_an_accord_is_a_promise(code):
    assert "AGREE" in kinds(code("The United States offered a long-term arrangement on fuel deliveries to Euratom."))


def test_asking_for_what_only_the_state_gives_is_political_whoever_asks(code):
    assert "REQUEST" in kinds(code("Exporters have called for a devaluation of the peso."))
    assert "REQUEST" in kinds(code("The carmaker will seek approval from regulators for the merger."))
    # asking a firm for what firms give stays business
    assert kinds(code("The brokers want the exchange to extend trading hours.")) == []


def test_a_speakers_own_belief_is_seen_through(code):
    events = code('"I think the government\'s plans are a waste of money," the opposition leader said.')
    found = [(e["actor"], e["recipient"]) for e in rows(events, "ACCUSE")]
    assert found == [(["the opposition leader"], ["government"])]
    events = code('The minister said: "I believe it is essential that the unions accept the offer."')
    assert "REQUEST" in kinds(events)
    assert "ACCUSE" not in kinds(code('"I do not think the plans are a waste of money," the opposition leader said.'))
