"""Round 31: stoppages told by their places and effects, demands a state owns, what there is none of, guesses that are
a clause of their own, forcing without a party, and what more could be done. Sentences are our own.

- "The struck factories", workers who "walked off the job" and congestion "caused by the strike" tell a stoppage
  (PROTEST); a plant "struck by a missile" does not.
- A state named before a demand owns it ("a U.S. demand that Canada scrap its subsidies"), and a request discussed
  was made ("to discuss Kenya's request for a loan").
- What there is none of, or no need for, is not told as held ("no need for an emergency summit", "no talks").
- "Likely to" is a clause of its own when the parser hangs it on a verb: "arrived for talks likely to centre on
  trade" still arrived.
- Information received is learnt, not aid; opposition withdrawn is a concession, not a pullback; pressure or
  opposition that "forced" a minister coerces no one; helping a team, the public or families is no aid.
- Being committed to holding a position ("to resisting protectionism", "to a strong dollar") is a stance, not a
  promise; signing an accord agrees to it (AGREE).
- Talks on a firm's stake or takeover are business; a cold reaction to a proposal turns it down; arguments
  dismissed are turned down; a protest received from a state is a complaint in words; who plans a measure is its
  actor.
- Sanctions recommended are asked for; a commitment to what was agreed is a promise.
- Displeasure at plans "by" a party, or at what a party failed to do, criticises it.
- What a party "could do more" to do is asked of it, and the act is not told as done.
"""

from __future__ import annotations

from conftest import kinds, rows


def test_a_stoppage_is_told_by_its_struck_places_and_its_walkouts(code):
    assert "PROTEST" in kinds(code("Police escorted lorries out of the struck factories on Tuesday."))
    (walkout,) = rows(code("Thousands of dockers walked off the job in Rotterdam on Monday."), "PROTEST")
    assert walkout["status"] == "happened"
    assert "PROTEST" in kinds(code("Shipping in the port was disrupted by congestion caused by the strike."))
    # a place hit by force, a stage walked off, and an air strike are no stoppage
    assert "PROTEST" not in kinds(code("The factory struck by the missile burned for two days."))
    assert kinds(code("The actor walked off the stage.")) == []
    assert "PROTEST" not in kinds(code("The village was flattened by the air strike on Sunday."))


def test_a_state_named_before_a_demand_owns_it(code):
    (demand,) = rows(code("The panel will rule on a U.S. demand that Canada scrap its lumber subsidies."), "REQUEST")
    assert demand["actor"] == ["United States"]
    (request,) = rows(
        code("The minister flew to Washington to discuss Kenya's request for a World Bank loan."), "REQUEST"
    )
    assert request["actor"] == ["Kenya"]
    # a market's demand, and a loan discussed, ask nothing
    assert "REQUEST" not in kinds(code("U.S. demand for Canadian lumber rose sharply last year."))
    assert "REQUEST" not in kinds(code("The minister flew to Washington to discuss the World Bank loan."))


def test_what_there_is_none_of_is_not_held(code):
    events = code("The Saudi oil minister said there was no need for an emergency OPEC summit.")
    assert "CONSULT" not in kinds(events)
    assert "CONSULT" not in kinds(code("No talks between Syria and Israel are planned this year."))
    # talks that are planned, or a need for them said, stay what they are
    (talks,) = rows(code("Talks between Syria and Israel are planned for May."), "CONSULT")
    assert talks["status"] == "planned"


def test_likely_to_is_a_clause_of_its_own(code):
    (visit,) = rows(
        code("Chancellor Kohl arrived in Paris for talks with French leaders likely to focus on farm subsidies."),
        "CONSULT",
    )
    assert visit["status"] == "happened"
    # "likely" on the verb itself is a guess
    (guess,) = rows(code("Iran and Iraq will probably meet in Geneva next week."), "CONSULT")
    assert guess["status"] == "hypothetical"


def test_information_received_opposition_withdrawn_and_forcing_without_a_party(code):
    assert "AID" not in kinds(code("The agency said it received information that the reactor's guards were asleep."))
    assert "AID" in kinds(code("The rebels received weapons from Libya last year."))
    events = code("The farmers' union withdrew its opposition to the French reform.")
    assert "CONCEDE" in kinds(events) and "RETREAT" not in kinds(events)
    assert "RETREAT" in kinds(code("Israel withdrew its troops from the town."))
    assert "COERCE" not in kinds(code("Opposition from backbenchers forced the minister to drop the bill."))
    (forced,) = rows(code("Soldiers forced the villagers to leave their homes."), "COERCE")
    assert forced["status"] == "happened"


def test_sanctions_recommended_are_asked_for_and_a_commitment_to_what_was_agreed_is_a_promise(code):
    assert kinds(code("The Senate panel recommended trade sanctions against Pakistan.")) == ["REQUEST"]
    assert kinds(code("The brokerage recommended the shares to its clients.")) == []
    events = code("The leaders reaffirmed their commitment to the framework agreed in Geneva.")
    assert "AGREE" in kinds(events) and "SUPPORT" not in kinds(events)
    assert kinds(code("The leaders reaffirmed their commitment to the alliance.")) == ["SUPPORT"]


def test_displeasure_at_a_partys_plans_or_failure_criticises_it(code):
    (angry,) = rows(
        code("The Polish government is furious over plans by the European Commission to cut quotas."), "ACCUSE"
    )
    assert angry["recipient"] == ["European Commission"]
    (irritated,) = rows(
        code("The Saudi ambassador was irritated by the Senate's refusal to sell the aircraft."), "ACCUSE"
    )
    assert irritated["recipient"] == ["Senate"]
    # what no party is named for judges no one
    assert "ACCUSE" not in kinds(code("The Saudi ambassador was irritated by the delays."))


def test_what_a_party_could_do_more_to_do_is_asked_of_it(code):
    events = code("Germany could do more to help the refugees, the UN refugee commissioner said.")
    (asked,) = rows(events, "REQUEST")
    assert asked["recipient"] == ["Germany"]
    assert "AID" not in kinds(events)
    assert kinds(code("Germany could not do more, the UN refugee commissioner said.")) == []


def test_talks_on_a_firms_takeover_are_business(code):
    text = "A Dunmore board committee is continuing talks with Lexin Corp on the terms of Lexin's bid to acquire it."
    assert "CONSULT" not in kinds(code(text))
    assert "CONSULT" not in kinds(
        code("Hallam Corp held talks with Brent Inc for a one-third stake in its airline unit.")
    )
    # talks on a pay offer, or between states, are held
    assert "CONSULT" in kinds(code("The union is continuing talks with the government on the terms of the pay offer."))
    assert "CONSULT" in kinds(code("Iran held talks with Japan on a stake in the oil field."))


def test_a_cold_reaction_to_a_proposal_turns_it_down(code):
    events = code("Spain and Portugal gave a cool initial reaction to the Commission's proposals on fishing quotas.")
    assert "REJECT" in kinds(events)
    assert kinds(code("Spain gave a warm reaction to the proposals.")) == []
    assert kinds(code("Investors gave a cool reaction to the quarterly results.")) == []


def test_arguments_dismissed_are_turned_down(code):
    assert kinds(code("The finance minister dismissed arguments that the austerity plan would hurt the poor.")) == [
        "REJECT"
    ]
    assert kinds(code("The finance minister dismissed two aides.")) == []


def test_a_protest_received_from_a_state_is_a_complaint(code):
    (complaint,) = rows(code("Ottawa has received a protest from Washington over the fishing licences."), "ACCUSE")
    assert complaint["actor"] == ["United States"] and complaint["recipient"] == ["Canada"]
    assert "PROTEST" not in kinds(code("Ottawa has received a protest from Washington over the fishing licences."))


def test_who_plans_a_measure_is_its_actor(code):
    (planned,) = rows(code("The Australian government is planning sanctions against Fiji."), "SANCTION")
    assert (
        planned["status"] == "planned"
        and planned["actor"] == ["Australia government"]
        and planned["recipient"] == ["Fiji"]
    )


def test_being_committed_to_a_position_is_a_stance_not_a_promise(code):
    assert kinds(code("The Greens are committed to defending the green belt.")) == []
    assert kinds(code("Poland said it is committed to a strong zloty.")) == []
    assert kinds(code("The minister said Canada is committed to resisting protectionism.")) == []
    # committing oneself to it promises
    assert kinds(code("India committed to opening its insurance sector last year.")) == ["AGREE"]
    # and being committed to an act promises it
    assert kinds(code("Chile is committed to opening its markets to foreign banks.")) == ["AGREE"]


def test_help_is_aid_when_a_state_or_people_in_need_are_helped(code):
    (aid,) = rows(code("Norway helped Mozambique after the cyclone."), "AID")
    assert aid["recipient"] == ["Mozambique"]
    assert "AID" in kinds(code("The navy is helping the flood victims."))
    assert "AID" in kinds(code("France helped the rebels with arms."))
    # a team, the public or families helped, and help offered to no one named, are no aid
    assert kinds(code("Jones helped the national team to third place.")) == []
    assert kinds(code("The Tories said they had helped hard working families.")) == []
    assert kinds(code("The envoy said he was anxious to help in any way he could.")) == []


def test_signing_an_accord_agrees_to_it(code):
    (signed,) = rows(code("Peru signed a debt rescheduling accord with Spain."), "AGREE")
    assert signed["actor"] == ["Peru"] and signed["recipient"] == ["Spain"]
    assert "SUPPORT" not in kinds(code("Peru signed a debt rescheduling accord with Spain."))


def test_what_is_not_yet_done_is_no_refusal(code):
    assert "REJECT" not in kinds(code("The agency had not yet scheduled a meeting to vote on the plan."))
    assert "REJECT" not in kinds(code("Syria has not yet agreed to attend the talks."))
    # a refusal said stays one
    assert "REJECT" in kinds(code("Syria will not attend the talks."))
