"""Round 32: bodies that meet, demands told, answers promised, what courts do, harm done by things, verdicts on
what was put forward. Sentences are our own.

- A cabinet, a council or a committee that meets is its members meeting one another (CONSULT); a firm's board is
  business.
- Telling someone to do a thing demands it; telling a fact is speech, and what one is told in a clause is so.
- A party that says it will answer any hostile deed, or answer it with force, warns (THREATEN).
- A court that enjoins a party coerces it and what it forbids is not done; a court that rules against a claim turns
  it down; legal action sought (a penalty) accuses.
- Those injured "by asbestos" were harmed by a thing, no one; an infinitive that is a sentence's subject ("for
  Congress to allow it would be a mistake") is weighed, not done.
- Investing names a partner, shipping someone it is shipped to: money put into one's own zones and tonnes exported
  are neither cooperation nor aid.
- Proposals called unacceptable are turned down (REJECT), and reservations about an idea oppose it; terms called
  favourable are praised (British spelling read as American).
- A welcome hosts a visit when a place, an arrival or an office-holder is its guest; one who speaks at a meeting
  takes part in it.
"""

from __future__ import annotations

from conftest import kinds, rows


def test_a_body_that_meets_is_its_members_meeting(code):
    (met,) = rows(code("The cabinet met on Tuesday to discuss the budget."), "CONSULT")
    assert met["status"] == "happened"
    (council,) = rows(code("The Senate committee will meet on Friday."), "CONSULT")
    assert council["status"] == "planned"
    # a firm's board or committee meeting is business
    assert "CONSULT" not in kinds(code("Microsoft's board will meet on Friday."))
    assert "CONSULT" not in kinds(code("The Microsoft committee will meet on Friday."))


def test_telling_someone_to_act_demands_it(code):
    (told,) = rows(code("The United States told Iraq to withdraw its troops from Kuwait."), "REQUEST")
    assert told["actor"] == ["United States"]
    assert "RETREAT" not in kinds(code("The United States told Iraq to withdraw its troops from Kuwait."))
    assert "REQUEST" in kinds(code("The minister is telling the councils to find more sites for travellers."))
    # telling a fact is speech, and so is telling the press what to expect; what one is told in a clause is told as so
    assert kinds(code("The minister told reporters not to expect a deal at the summit.")) == []
    assert "REQUEST" not in kinds(code("The minister told Reuters the proposals to cut the quota were unacceptable."))
    (ordered,) = rows(
        code("The bank said it was told the Securities and Exchange Commission ordered an inquiry into its trading."),
        "ACCUSE",
    )
    assert ordered["status"] == "happened"
    # what the one told is doing is not asked of it: the committee's inquiry is under way
    told = code("The Post said he might tell a Senate committee investigating the arms scandal that he told Reagan.")
    assert "ACCUSE" in kinds(told)


def test_an_answer_promised_to_any_hostile_deed_warns(code):
    (warned,) = rows(
        code("Iran would respond decisively to any aggressive measure by the United States, a spokesman said."),
        "THREATEN",
    )
    assert warned["actor"] == ["Iran"]
    assert warned["recipient"] == ["United States"]
    assert "THREATEN" in kinds(code("Israel will respond to any attack by Hezbollah, the defence minister said."))
    # an answer to an offer or a report, said with no force, warns no one
    assert kinds(code("The government will respond to the report in the autumn.")) == []
    assert "THREATEN" not in kinds(code("Japan will respond to the American proposal next week."))


def test_what_courts_do_to_parties_and_claims(code):
    events = code("A federal judge enjoined the union from picketing the plant.")
    assert "COERCE" in kinds(events)
    assert all(e["status"] == "negated" for e in rows(events, "PROTEST"))  # forbidden, not done
    (ruled,) = rows(code("The court ruled against the farmers' claim to the land."), "REJECT")
    assert ruled["actor_sector"] == ["JUD"]
    assert "REJECT" not in kinds(code("The referee ruled against the striker in the second half."))
    assert "ACCUSE" in kinds(
        code("The Environmental Protection Agency will seek a penalty of five million dollars from the company.")
    )


def test_harm_done_by_a_thing_and_an_act_weighed(code):
    assert "ASSAULT" not in kinds(code("Thousands of claims have been filed by those injured by asbestos."))
    assert "ASSAULT" in kinds(code("Those injured by the rebels were taken to hospital in Goma."))
    weighed = code("For Congress to allow the takeover to go ahead would be a mistake, the senator said.")
    assert all(e["status"] == "hypothetical" for e in rows(weighed, "CONCEDE"))
    # the act weighed is not done; since round 37 calling it a mistake ahead opposes it (REJECT), as "lifting the
    # arms embargo would be irresponsible" does
    assert kinds(code("To impose sanctions now would be a mistake, the minister said.")) == ["REJECT"]


def test_investing_and_shipping_name_whom_they_are_for(code):
    assert "COOPERATE" in kinds(code("Japan will invest in Kenya's new railway."))
    assert "COOPERATE" not in kinds(code("Vietnam will invest two billion dong in new farming zones."))
    assert "AID" in kinds(code("Canada shipped 20,000 tonnes of food aid to Ethiopia."))
    assert kinds(code("It said government and private exporters shipped 30,000 and 20,000 tonnes respectively.")) == []


def test_verdicts_on_what_was_put_forward(code):
    (refused,) = rows(code("The minister said proposals to cut Brazil's coffee quota were unacceptable."), "REJECT")
    assert refused["actor_sector"] == ["GOV"]
    assert "REJECT" not in kinds(code("The minister said the government's plan was disastrous."))
    assert "REJECT" in kinds(code("The Spanish delegation expressed strong reservations about the idea."))
    assert "ACCUSE" in kinds(code("Britain expressed reservations about the arrests of opposition leaders."))
    assert "SUPPORT" in kinds(
        code("Prime Minister Edward Seaga, who led the Jamaican delegation, called the terms very favourable.")
    )


def test_a_welcome_hosts_a_visit_and_a_speaker_at_a_meeting_takes_part(code):
    assert "CONSULT" in kinds(code("The Chinese premier welcomed the Japanese foreign minister to Beijing on Monday."))
    assert "CONSULT" not in kinds(code("The Hong Kong government welcomes Japanese banks, the manager said."))
    (meeting,) = rows(code("At the meeting, Japan said it would cut its tariffs on rice."), "CONSULT")
    assert meeting["actor"] == ["Japan"]
    assert "CONSULT" not in kinds(code("Police arrested 30 people at a meeting of the party."))


def test_no_terms_yet_and_a_poll_refuse_no_one(code):
    agreed = code("Industrial countries do not agree on ways to provide debt relief, an official said.")
    assert "REJECT" not in kinds(agreed)
    assert "REJECT" not in kinds(code("Thirty-two percent said the policy was right and 38 percent disagreed."))
    assert "REJECT" in kinds(code("South Africa would not agree to unrealistic terms, the finance minister said."))


def test_contacts_and_conversations_with_a_party_are_talks(code):
    (talks,) = rows(code("Mr Blair had seen the change over time in conversations with Mr Bush."), "CONSULT")
    assert talks["actor"] == ["Blair"] and talks["recipient"] == ["Bush"]
    assert "CONSULT" in kinds(
        code("Our contacts with the EC authorities show we are moving towards a solution, he said.")
    )
    assert kinds(code("She has many contacts in the music industry.")) == []
    assert kinds(code("Now my contacts at the Legislature tell me it is coming, the professor said.")) == []


def test_an_act_of_state_wanted_is_demanded(code):
    assert "REQUEST" in kinds(code("Labour MP Ian Lewis wants a public inquiry into the regional agencies."))
    assert "REQUEST" in kinds(code("The unions want a referendum on the treaty."))
    assert kinds(code("He wants a new car.")) == []
    # a share of a public that wants a thing is a poll's finding
    assert kinds(code("Two-thirds of voters want a referendum, a poll found.")) == []


def test_goods_moved_are_aid_only_when_they_are_aid(code):
    assert "AID" not in kinds(code("The Federal Communications Commission approved the transfer of the stations."))
    assert "AID" in kinds(code("Deliveries of food to the refugees began on Monday, the United Nations said."))


def test_a_go_between_brought_in_mediates(code):
    assert "CONSULT" in kinds(code("The Canadian government has called in a labour conciliator to settle the dispute."))
    assert kinds(code("The board appointed a new chief executive.")) == []


def test_what_one_believes_another_will_do_is_a_guess(code):
    guessed = code(
        "Treasury Secretary James Baker said he believes Brazil will strike an agreement with its creditors."
    )
    assert "AGREE" not in kinds(guessed)
    assert "AGREE" in kinds(code("Japan thinks it will sign the accord next week."))
    assert "ASSAULT" in kinds(code("The minister said he believed Iraq had attacked the ship."))  # a claim, attributed


def test_what_a_demand_asks_is_not_told_as_done(code):
    demanded = code("They shouted their support for a demand that the jailed leader Nelson Mandela be released.")
    assert all(e["status"] == "hypothetical" for e in rows(demanded, "RETREAT") + rows(demanded, "CONCEDE"))
    assert "REQUEST" in kinds(code("The opposition demands an accounting of all funds given to the contras."))


def test_cutting_and_shutting_out_name_the_partner(code):
    assert "SANCTION" in kinds(code("The United States cut aid to Nicaragua."))
    assert kinds(code("The increased output will enable Bangladesh to cut imports.")) == []
    assert "SANCTION" in kinds(code("China excluded Taiwan from the talks."))
    assert kinds(code("The land reform programme would exclude about 75 pct of the coconut farmers.")) == []


def test_an_assurance_binds_who_gives_it(code):
    (assured,) = rows(
        code("Japan has assured the trade ministers it is making every effort to expand demand."), "AGREE"
    )
    assert assured["actor"] == ["Japan"]
    # force assured not to be used is a promise of restraint, no threat
    restraint = code("The minister assured Parliament that no troops would be sent to the Gulf.")
    assert "AGREE" in kinds(restraint) and "THREATEN" not in kinds(restraint)
    assert kinds(code("The bank assured investors that its finances were sound.")) == []
    assert kinds(code("Harris said he assured the committee is monitoring the situation.")) == []  # no one assured


def test_a_legal_form_spelt_with_stops_names_a_firm(code):
    assert kinds(code("Acme Corp said it had an agreement with Tessili S.P.A. of Milan to make fabrics.")) == []
    assert "AGREE" in kinds(code("Italy said it had an agreement with Libya to curb migration."))


def test_leading_a_delegation_takes_part_in_the_talks(code):
    (led,) = rows(
        code("Prime Minister Edward Seaga, who led the Jamaican delegation, praised the creditors."), "CONSULT"
    )
    assert led["actor"] == ["Edward Seaga"] and led["recipient"] == []  # his own delegation is no counterpart
    assert "CONSULT" not in kinds(code("Manchester United's striker led the team to victory."))
