"""Round 34: penalties, lobbying, what is said of an act, what one closes, what is handed over, who calls for talks.
Sentences are our own.

- An order to pay a penalty (a fine, damages; or any sum, ordered by a court or by no one named) ends a case against
  the one who pays (ACCUSE, legal); "the government ordered firms to pay the minimum wage" still asks them.
- Rebels or troops fighting a government or a regime wage war on it (ASSAULT); a party fighting a government's plan
  opposes it (REJECT).
- Lobbying presses those who hold public power, whoever lobbies: firms lobbying are making a request.
- An event noun owned by a party and the subject of a negated clause saying something of it still happened
  ("Reagan's veto does not show leadership"); "their talks did not take place" denies the talks.
- Closing one's own office or website bans no one (no COERCE); police closing a newspaper's offices, or an army
  closing its border, still coerce.
- Information or data handed to another party is shared (COOPERATE), no aid; weapons handed over are aid.
- Giving up a licence or a stake is no retreat; looking into a problem or a possibility studies it and investigates
  no one.
- A state named by nationality before a call that names what it asks ("a North Korean call for talks") made it;
  "heavy Soviet demand" is a market's.
- A court's injunction against a party restrains it (COERCE); statements dismissed are rejected; trade a state ends
  through another state is a sanction.
- A judgement passed inside what a speaker says ("the Labour Court ruled the strike illegal") is the judge's, and
  does not make the judge its target.
- Infinitives joined under one "to" share their fate ("agreed to lay down their arms and release the hostages").
- What came "in the aftermath of" or "in the wake of" an inquiry came after it, and a public body named before an
  inquiry holds it ("a police investigation", "a government enquiry").
- An agreement named by the commerce it governs ("the takeover agreement") is a deal between firms.
"""

from __future__ import annotations

from conftest import kinds, rows


def test_an_order_to_pay_a_penalty_ends_a_case(code):
    fined = code("Jon Halvorsen was ordered to pay a fine of 40,000 crowns for assaulting a police officer.")
    assert [r["recipient"] for r in rows(fined, "ACCUSE")] == [["Jon Halvorsen"]]
    assert "REQUEST" not in kinds(fined)
    (damages,) = rows(code("The court ordered the airline to pay damages to the families of the victims."), "ACCUSE")
    assert damages["actor"] == ["court"]
    # an order to pay what is owed, by a government, asks
    wage = code("The government ordered employers to pay the new minimum wage from July.")
    assert "REQUEST" in kinds(wage)
    assert "ACCUSE" not in kinds(wage)


def test_armed_men_fighting_a_government_wage_war(code):
    war = code("Congress approved aid for the rebels, who are fighting the country's Marxist government.")
    assert "ASSAULT" in kinds(war)
    assert "REJECT" not in kinds(war)
    (opposed,) = rows(code("The opposition party will fight the government's plan to raise fuel taxes."), "REJECT")
    assert opposed["actor"]


def test_lobbying_is_a_request_whoever_lobbies(code):
    (lobbied,) = rows(code("Several large insurance firms have lobbied for a delay in the new rules."), "REQUEST")
    assert lobbied["status"] == "happened"
    assert "REQUEST" not in kinds(code("Several large insurance firms have asked their clients for more time."))


def test_what_is_said_of_an_act_leaves_it_done(code):
    (veto,) = rows(code("The senator said the president's veto of the farm bill does not show leadership."), "REJECT")
    assert veto["status"] == "happened"
    (talks,) = rows(code("Their border talks did not take place on Monday."), "CONSULT")
    assert talks["status"] == "negated"


def test_closing_ones_own_office_bans_no_one(code):
    assert "COERCE" not in kinds(code("The state mining company has closed its liaison office in Johannesburg."))
    (closed,) = rows(code("Police closed the newspaper's offices in the capital."), "COERCE")
    assert closed["actor"] == ["police"]
    assert "COERCE" in kinds(code("The army closed its border with the rebel-held province."))


def test_information_handed_over_is_shared_not_given_as_aid(code):
    informed = code("The ministry said it had provided the IMF with figures and information on the new budget.")
    assert "AID" not in kinds(informed)
    assert "COOPERATE" in kinds(informed)
    assert "AID" in kinds(code("The United States provided Jordan with weapons and ammunition."))


def test_a_licence_given_up_and_a_problem_looked_into(code):
    assert "RETREAT" not in kinds(code("The bank has surrendered the licence of its deposit-taking unit."))
    assert "RETREAT" in kinds(code("About 300 rebels surrendered to the army on Sunday."))
    assert "ACCUSE" not in kinds(code("The minister said the government is looking into the problem of air pollution."))
    (probe,) = rows(code("Police are looking into the death of a student at the barracks."), "ACCUSE")
    assert probe["actor"] == ["police"]


def test_a_state_named_by_nationality_makes_the_call(code):
    (call,) = rows(code("Seoul answered a recent North Korean call for military talks."), "REQUEST")
    assert call["actor"] == ["North Korea"]


def test_a_courts_injunction_restrains_a_party(code):
    (restrained,) = rows(code("A federal judge granted the union an injunction against the mining company."), "COERCE")
    assert restrained["actor"] and restrained["recipient"]
    assert "COERCE" not in kinds(code("The court granted the company an extension of the deadline."))


def test_statements_dismissed_are_rejected(code):
    (dismissed,) = rows(code("The minister dismissed the opposition's statements about the budget deficit."), "REJECT")
    assert dismissed["actor"]


def test_trade_ended_through_a_state_is_a_sanction(code):
    (ended,) = rows(code("Botswana has ended its copper shipments through South Africa."), "SANCTION")
    assert ended["recipient"] == ["South Africa"]
    assert "SANCTION" not in kinds(code("The mining firm ended its copper shipments last year."))


def test_a_judgement_passed_inside_what_is_said_is_the_judges(code):
    ruled = code("The miners stayed out even after the Labour Court ruled the strike illegal, union leaders said.")
    assert all(r["recipient"] != ["Labour Court"] for r in rows(ruled, "ACCUSE"))
    (judged,) = rows(code("The senator said the government had made the new tax unfair."), "ACCUSE")
    assert judged["recipient"]


def test_infinitives_joined_under_one_to_share_their_fate(code):
    agreed = code("The rebels agreed to lay down their arms and release the hostages.")
    assert "RETREAT" not in kinds(agreed) or all(r["status"] != "happened" for r in rows(agreed, "RETREAT"))
    assert "AGREE" in kinds(agreed)
    steps = code("Japan will take steps to lift its economy and remove barriers to imports.")
    assert all(r["status"] != "happened" for r in rows(steps, "CONCEDE"))


def test_what_came_in_the_wake_of_an_inquiry_and_whose_inquiry_it_is(code):
    (enquiry,) = rows(code("The chairman quit in the aftermath of a government enquiry into share dealings."), "ACCUSE")
    assert enquiry["actor"] == ["government"]
    assert enquiry["status"] == "happened"
    (police,) = rows(code("A police investigation into the shooting is under way."), "ACCUSE")
    assert police["actor"] == ["police"]
    assert "ACCUSE" not in kinds(code("The market investigation found that prices fell in May."))


def test_market_demand_named_by_nationality_asks_nothing(code):
    demand = code("The U.S. is a major supplier of grain to the USSR in years of heavy Soviet demand.")
    assert "REQUEST" not in kinds(demand)


def test_an_agreement_named_by_commerce_is_a_deal_between_firms(code):
    takeover = code("In announcing the takeover agreement, the company's lawyers cited its new plant.")
    assert "AGREE" not in kinds(takeover)
    assert "AGREE" in kinds(code("In announcing the trade agreement, the two governments cited the new port."))
