"""Readings of random news that the coder got wrong, in sentences of our own: a "strike" is a stoppage of
work unless arms are in sight; force nobody does to no one in a story about markets or a match is a
figure; targeting is force only for the armed; a disaster that governs the clause killed the dead;
"should" and "must" ask for acts of parties, not of economies or of the speaker; what a document "calls
for" is what it provides; a source asking not to be named and a plea in court ask nothing; a press
conference is a setting; fire at a minister from backbenchers is words; what a work is about is its topic."""

from __future__ import annotations

from conftest import kinds


def test_a_strike_is_a_stoppage_of_work_unless_arms_are_in_sight(code):
    assert "ASSAULT" not in kinds(code("Profits fell because of a strike at the company's assembly plant in Ohio."))
    assert "ASSAULT" not in kinds(code("The strike has halted shipments of coffee for two weeks."))
    assert "PROTEST" in kinds(code("Teachers began a strike over pay on Monday."))
    assert "ASSAULT" in kinds(code("The army carried out a strike on rebel positions near the border."))
    assert "ASSAULT" in kinds(code("Israel launched a strike on Gaza overnight."))
    assert "ASSAULT" in kinds(code("Two civilians were killed in a strike on the village."))


def test_force_by_no_one_against_no_one_outside_politics_is_a_figure(code):
    assert kinds(code("Newer attacks rely on fake login pages to steal passwords from users.")) == []
    assert kinds(code('"I kept fighting until the last game," the tennis player said after the final.')) == []
    # concrete violence and arms keep it force
    assert "ASSAULT" in kinds(code("When the shooting started outside the nightclub, guests ran into the street."))
    events = code("Oil prices rose on news of a military attack on an offshore platform in the Gulf.")
    assert "ASSAULT" in [e["type"] for e in events]


def test_targeting_is_force_only_for_the_armed(code):
    assert kinds(code("The retailer is targeting younger shoppers with its new range.")) == []
    assert kinds(code("Exporters said Brazil has targeted countries that buy its coffee.")) == []
    assert "ASSAULT" in kinds(code("Militants targeted a police station in the north of the country."))
    assert "ASSAULT" in kinds(code("The convoy was targeted by a roadside bomb outside the city."))


def test_a_disaster_that_governs_the_clause_killed_the_dead(code):
    assert kinds(code("The cyclone, which hit the coast at dawn, left ten people dead and 300 injured.")) == []
    assert kinds(code("Thirty people were killed or injured in flooding in the south of the country.")) == []
    # a conjunct that is another fate does not take the killing with it
    assert "ASSAULT" in kinds(code("Hundreds of villagers are killed or die from hunger as militias raid the region."))


def test_should_and_must_ask_for_acts_of_parties(code):
    assert kinds(code("Spain's economy should grow by three per cent next year, the OECD said.")) == []
    assert kinds(code("Copper output must rise sharply or supply will fall short, the ministry said.")) == []
    assert kinds(code('"We must make our farms more competitive," the minister added.')) == []
    assert "REQUEST" in kinds(code("The union said the government should raise the minimum wage."))
    assert "REQUEST" in kinds(code("The senator said Japan must stop dumping steel in the United States."))


def test_what_a_document_calls_for_is_what_it_provides(code):
    assert kinds(code("The budget plan calls for spending to fall by two per cent next year.")) == []
    assert kinds(code("The new law, which demands that banks disclose their fees, takes effect in May.")) == []
    assert "REQUEST" in kinds(code("The opposition called for a public inquiry into the contract."))


def test_anonymity_and_pleas_in_court_ask_nothing(code):
    assert kinds(code('"No decision has been made," said an official who asked not to be named.')) == []
    assert kinds(code("The banker pleaded guilty to two counts of fraud.")) == []
    assert "REQUEST" in kinds(code("The minister asked Parliament to approve the budget."))


def test_a_press_conference_is_a_setting_but_a_joint_one_is_a_meeting(code):
    assert "CONSULT" not in kinds(code("The minister told a press conference that the currency would not fall."))
    assert "CONSULT" in kinds(
        code("The minister, speaking at a joint news conference with his Chinese counterpart, praised the deal.")
    )


def test_fire_at_a_minister_from_backbenchers_is_words(code):
    events = code("The health minister came under fire from backbenchers over the hospital closures.")
    assert "ACCUSE" in kinds(events) and "ASSAULT" not in kinds(events)
    assert "ASSAULT" in kinds(code("The convoy came under fire from rebels near the border."))


def test_what_a_work_is_about_is_its_topic(code):
    assert kinds(code("The prize went to a documentary about the 1984 killings in the mining town.")) == []


def test_leaving_a_post_in_a_firm_is_business(code):
    assert kinds(code("Mr Lindqvist resigned as a director of the bank to pursue other interests.")) == []
    assert kinds(code("The group said its chief executive would step down next year.")) == []
    assert "RETREAT" in kinds(code("The health minister resigned on Tuesday after the scandal."))


def test_permissions_and_bans_that_a_document_or_no_one_gives(code):
    assert kinds(code("The reform would allow tenants to buy their flats at a discount.")) == []
    assert kinds(code("The firm will be allowed to convert its loans into bonds.")) == []
    assert kinds(code("The new bill, which bars banks from selling insurance, passed its first reading.")) == []
    assert "CONCEDE" in kinds(code("The government allowed the detained journalists to leave the country."))


def test_blame_on_a_cause_and_a_task_given_to_a_body_accuse_no_one(code):
    assert kinds(code("Exporters blamed the strong currency for their falling sales.")) == []
    assert kinds(code("Parliament charged the committee with reviewing the pension rules.")) == []
    assert "ACCUSE" in kinds(code("Prosecutors charged the former mayor with taking bribes."))
    assert "ACCUSE" in kinds(code("The opposition blamed the government for the rise in crime."))


def test_things_that_decline_fall_and_listings_trade(code):
    assert kinds(code("Officials said the country's grain output is expected to decline sharply this year.")) == []
    assert kinds(code("The company's shares will trade on the Paris bourse from Monday.")) == []
    assert "REJECT" in kinds(code("The president declined to meet the opposition leaders."))


def test_trying_to_reach_accord_is_not_reaching_it_but_attempted_force_is_force(code):
    assert kinds(code("The creditors have been trying to agree a rescue deal for several weeks.")) == []
    assert "ASSAULT" in kinds(code("Rebels tried to attack the army base overnight."))


def test_an_obligation_set_in_the_conditional_is_no_act(code):
    assert kinds(code("Members would have to agree not to pursue the matter in court.")) == []


def test_agreeing_or_disagreeing_in_the_present_is_an_opinion(code):
    assert kinds(code("All the party leaders agree on the main direction of reform, he said.")) == []
    assert kinds(code("The member nations disagree how the buffer stock should work.")) == []
    assert "AGREE" in kinds(code("The two countries agreed on a new process for economic coordination."))


def test_orders_placed_with_sellers_and_demand_of_markets(code):
    assert kinds(code("The airline last week ordered six commuter planes from a British maker.")) == []
    # a thing ordered at a price is bought; a party ordered to pay is commanded
    assert kinds(code("The oil company said it had ordered a new supercomputer valued at 6 mln dlrs.")) == []
    assert kinds(code("The ministry ordered the oil company to pay 6 mln dlrs to the village.")) == ["REQUEST"]
    # a court ordering a party to pay ends a case against it (round 34): a judgment, not a request
    assert kinds(code("The court ordered the oil company to pay 6 mln dlrs to the village.")) == ["ACCUSE"]
    assert kinds(code("The carmaker will meet strong domestic demand for its cars by building more at home.")) == []
    assert "REQUEST" in kinds(code("The opposition repeated its demands for his resignation."))


def test_motion_is_a_visit_only_for_someone_going_somewhere(code):
    assert kinds(code("Most of the country's coffee goes to the United States.")) == []
    assert kinds(code("The singer headed the album charts in the US last year.")) == []
    assert "CONSULT" in kinds(code("The foreign minister will go to Moscow next week."))


def test_a_press_conference_held_meets_no_one(code):
    assert kinds(code("He spoke at a press conference held by members of the farm committee.")) == []


def test_stoppages_that_hit_firms_and_fights_for_causes_are_no_force(code):
    assert "ASSAULT" not in kinds(code("The carmaker was hit by a six-day national strike in 1984."))
    events = code("The opposition parties said they would fight to scrap the sales tax.")
    assert "ASSAULT" not in kinds(events) and "CONCEDE" not in kinds(events)
    assert "ASSAULT" in kinds(code("Rebels fought government troops near the town on Sunday."))


def test_forced_by_circumstance_coerces_no_one(code):
    assert kinds(code("Hundreds of savings banks collapsed or were forced to merge.")) == []
    assert "COERCE" in kinds(code("The police forced the protesters to leave the square."))


def test_measures_sanction_only_when_aimed_and_debtors_suspending_payments_punish_no_one(code):
    assert kinds(code("Japan plans to announce a package of economic measures after the budget passes.")) == []
    assert "SANCTION" in kinds(code("The United States imposed punitive measures against Japan."))
    assert "SANCTION" not in kinds(code("Creditors were angered by Brazil's suspension of interest payments."))


def test_warrants_of_finance_are_no_arrests(code):
    assert kinds(code("The warrants are exercisable from May 20 until April 20, 1992.")) == []


def test_a_firms_president_resigning_and_its_owners_meeting_are_business(code):
    assert kinds(code("Harbour Stores Inc said president Alan Reid resigned and will be replaced in May.")) == []
    assert kinds(code("Company officials said at the annual meeting that they expected no strikes this year.")) == []
    assert "CONSULT" in kinds(code("The annual meeting of the World Bank opened in Washington on Tuesday."))


def test_contracts_between_firms_are_commerce(code):
    assert kinds(code("The phone operator signed a contract for the new network in September.")) == []


def test_hostages_taken_are_abducted_and_missiles_test_fired_are_shown(code):
    assert "ASSAULT" in kinds(code("The envoy was taken hostage by an armed group in Beirut."))
    events = code("Iran has test-fired its new missiles in the Gulf, a naval source said.")
    assert "MOBILIZE" in kinds(events) and "ASSAULT" not in kinds(events)


def test_force_aimed_at_an_idea_is_words(code):
    events = code("The party chairman attacked the 'profit before everything' mentality of the new rich.")
    assert "ACCUSE" in kinds(events) and "ASSAULT" not in kinds(events)


def test_a_courtesy_call_visits_and_a_call_with_nothing_asked_asks_nothing(code):
    assert "CONSULT" in kinds(code("The crown prince paid a brief courtesy call on the president."))
    assert kinds(code("The networks let people make calls while they walked.")) == []


def test_what_only_appears_to_be_so_is_not_reported(code):
    events = code("Diplomats said Belgium appears ready to drop the plans for the new tax.")
    assert kinds(events) == []


def test_what_armed_men_carry_is_no_arming(code):
    assert "AID" not in kinds(code("Gunmen armed with rifles stormed the bank in the capital."))
    assert "AID" not in kinds(code("Police equipped with riot shields cleared the square."))
    # arming them is: by a named party, or as the clause's own act
    assert "AID" in kinds(code("Rebels armed by Iran attacked the town."))
    assert "AID" in kinds(code("Iran armed the rebels with rockets."))
