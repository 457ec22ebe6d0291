"""Readings the natural mix of news asks for, in sentences of our own: a warning threatens only the
warner's own act or someone else; what is feared or warned of has not happened; a contingency is not an
act, nor is an event a condition hangs on; helping to do something names no one helped; a dare asks for the
act; a body sent from a named party acts for it; a party said to have brought about something bad is criticised."""

from __future__ import annotations

from conftest import kinds


def test_a_warning_of_a_risk_is_no_threat(code):
    assert kinds(code("The Conservatives warned of rising obesity levels among children.")) == []
    assert kinds(code("The opposition warned of a backlash if the bill is passed.")) == []
    # a travel warning to one's own citizens threatens no one
    assert kinds(code("Britain warned its citizens against travel to the region.")) == []


def test_a_warning_of_the_warners_own_act_or_to_another_party_is_a_threat(code):
    assert "THREATEN" in kinds(code("Iran warned of retaliation if its ships were attacked."))
    assert "THREATEN" in kinds(code("Police warned of arrests if the march went ahead."))
    assert "THREATEN" in kinds(code("China warned Japan against sending warships to the islands."))
    # warned off an act of someone else: a threat to them
    assert "THREATEN" in kinds(code("The general warned the rebels against launching any new offensive."))
    assert "THREATEN" in kinds(code("The junta warned against any attempt by students to march on the palace."))


def test_what_is_feared_or_warned_of_has_not_happened(code):
    assert "PROTEST" not in kinds(code("The union raised the threat of strikes over the new rosters."))
    assert "ASSAULT" not in kinds(code("Fears of war with the neighbouring state grew during the winter."))
    assert "PROTEST" in kinds(code("The union went ahead with strikes over the new rosters."))


def test_a_contingency_is_not_an_act(code):
    events = code("Soldiers are on standby in case they need to evacuate foreign nationals from the port.")
    assert "AID" not in kinds(events)
    events = code("The ministry prepared a legal team in case legal action was taken against Britain over the war.")
    assert "ACCUSE" not in kinds(events)


def test_a_condition_on_the_clause_holds_for_the_event_its_noun_names(code):
    # the talks are news only once the condition is met, however the parser hangs the "if" clause
    assert "CONSULT" not in kinds(code("Negotiations between Israel and Syria will start if Damascus stops the raids."))
    tamil = code("Talks with the Tamil rebels will resume only if the Sri Lankan army withdraws from the town.")
    assert "CONSULT" not in kinds(tamil)
    assert "CONSULT" in kinds(code("Talks with the Tamil rebels will resume in Oslo next week."))


def test_helping_to_do_something_is_not_aid_unless_someone_is_helped(code):
    events = code("Norway helped to negotiate the ceasefire between the two sides.")
    assert "AID" not in kinds(events) and "CONSULT" in kinds(events)
    assert kinds(code("The reform would allow her to help achieve a fairer voting system.")) == []
    assert "AID" in kinds(code("Norway helped the refugees who crossed the border."))


def test_a_dare_asks_for_the_act(code):
    events = code("The opposition leader challenged the prime minister to sack his chancellor.")
    request = [e for e in events if e["type"] == "REQUEST"]
    assert request and request[0]["recipient"] == ["the prime minister"]
    assert "REQUEST" not in kinds(code("Local groups challenging the airport plans include two councils."))
    assert "REJECT" in kinds(code("The opposition challenged the ruling in the supreme court."))


def test_a_body_sent_from_a_named_party_acts_for_it(code):
    events = code("A team from the World Bank visited Nairobi on a fact-finding mission.")
    consult = [e for e in events if e["type"] == "CONSULT"]
    assert consult and consult[0]["actor"] == ["World Bank"]
    events = code("A delegation from Amnesty International condemned the executions.")
    assert [e["actor"] for e in events if e["type"] == "ACCUSE"] == [["Amnesty International"]]


def test_a_party_said_to_have_brought_about_something_bad_is_criticised(code):
    events = code("The shadow chancellor said Labour had created chaos in the health service.")
    accuse = [e for e in events if e["type"] == "ACCUSE"]
    assert accuse and accuse[0]["recipient"] == ["Labour Party"]
    assert "ACCUSE" in kinds(code("Mr Fox said the government's record had been marked by failure and waste."))
    # what a party has is no judgement of it, however bad the number
    assert kinds(code("The minister told parliament that the republic posted a budget deficit last year.")) == []
    # a good outcome said of a party is most often the speaker's own side: not read as praise
    assert kinds(code("The minister said the government had made good progress on waiting lists.")) == []


def test_an_offer_promises_an_act_help_or_something_to_someone_not_a_proposal(code):
    assert kinds(code("The Greens offered costed alternatives on transport and housing.")) == []
    assert "AGREE" in kinds(code("The rebels offered a truce on the eve of the holiday."))
    assert "AGREE" in kinds(code("Kenya offered its soldiers to the new government of Somalia."))
    assert "AGREE" in kinds(code("The general offered to hand over the two suspects."))


def test_other_parties_to_a_deal_are_not_political_parties(code):
    # in a company story, "other parties" and "unidentified parties" are the sides of a deal
    assert kinds(code("The lender said it is holding talks with other parties on restructuring its debt.")) == []
    assert kinds(code("The company has held preliminary talks with unidentified parties about a sale.")) == []
    # political parties still are
    assert "CONSULT" in kinds(code("The ruling party held talks with other parties on forming a coalition."))


def test_a_preposition_inside_a_name_given_is_no_phrasal_verb(code):
    # "called X - Latin for truth": the "for" belongs to the name, no one "called for" anything
    assert kinds(code("He is setting up a new party called Veritas - Latin for truth.")) == []
    assert "REQUEST" in kinds(code("The union called for a general strike."))


def test_whose_duty_it_would_be_and_the_will_denied_are_no_deeds(code):
    assert kinds(code("It would be up to the state prosecutors to order an inquiry into the sale.")) == []
    assert "SUPPORT" not in kinds(code("The governors do not have the appetite to endorse a new sales tax."))
    assert "SUPPORT" in kinds(code("The governors endorsed a new sales tax."))


def test_an_event_planned_has_not_happened_yet(code):
    events = code("Farmers are planning a protest outside the parliament on Friday.")
    assert [(e["type"], e["status"]) for e in events if not e["background"]] == [("PROTEST", "planned")]
    assert ("PROTEST", "happened") in [(e["type"], e["status"]) for e in code("Farmers staged a protest on Friday.")]


def test_each_named_modifier_of_a_body_acts(code):
    events = code("IMF and World Bank teams visited Nairobi last month.")
    consult = [e for e in events if e["type"] == "CONSULT"]
    assert consult and consult[0]["actor"] == ["International Monetary Fund", "World Bank"]


def test_deaths_by_fire_or_by_ones_own_hand_and_things_that_shoot_up_are_no_assaults(code):
    assert kinds(code("The rules followed a blaze at a hostel that killed nine students.")) == []
    assert kinds(code("Friends fear the singer has killed himself.")) == []
    assert kinds(code("Export prices shot up sharply in March.")) == []
    assert kinds(code("The album shot straight to the top of the charts.")) == []
    assert "ASSAULT" in kinds(code("Soldiers shot into the crowd outside the palace."))
    assert "ASSAULT" in kinds(code("The gunman shot himself and two guards."))


def test_insisting_that_something_is_so_asserts_it_and_demands_nothing(code):
    assert kinds(code("The ministry continues to insist that the slowdown does not mean a recession.")) == []
    assert "REQUEST" in kinds(code("The union insisted that the company must withdraw the plan."))
    assert "REQUEST" in kinds(code("Protesters insisted the governor resign."))


def test_a_visit_to_places_no_party_is_named_for_meets_no_one(code):
    assert kinds(code("The candidate visited marginal constituencies in the north.")) == []
    assert "CONSULT" in kinds(code("The foreign minister visited Warsaw on Monday."))


def test_a_plan_overtaken_in_the_past_perfect_did_not_happen(code):
    events = code("The mayor, who had been due to greet the delegates on Friday, will address them instead.")
    assert "CONSULT" not in kinds(events)
    assert "CONSULT" not in kinds(code("The minister had planned to visit Moscow in May."))
    assert "CONSULT" in kinds(code("The minister is due to visit Moscow in May."))


def test_what_a_gathering_of_a_party_decides_the_party_decides(code):
    events = code("A meeting of the OPEC ministers in Geneva agreed to the creation of a new fund.")
    agree = [e for e in events if e["type"] == "AGREE"]
    # the ministers of a bloc's states, met as its council, act as the bloc (round 30)
    assert agree and agree[0]["actor"] == ["OPEC"]


def test_an_inquiry_someone_owns_is_reported_wherever_it_stands(code):
    events = code("The senator's investigation of the insurance industry looked at whether firms rigged bids.")
    assert "ACCUSE" in kinds(events)


def test_being_against_a_proposal_opposes_it(code):
    assert "REJECT" in kinds(code("Most Labour MPs are against the war."))
    assert kinds(code("The dollar is weaker against the yen.")) == []


def test_harm_done_by_a_thing_is_no_assault(code):
    assert kinds(code("Hundreds of patients say they were injured by the drug.")) == []
    assert "ASSAULT" in kinds(code("Five civilians were wounded by shrapnel."))
    assert "ASSAULT" in kinds(code("The villagers were killed by the army."))


def test_what_is_only_suggested_or_only_appears_is_not_asserted(code):
    assert "ASSAULT" not in kinds(code("There were suggestions the army was preparing for strikes on the rebels."))
    assert "AGREE" not in kinds(code("It appears Canada is prepared to make concessions to the United States."))
    assert "CONCEDE" not in kinds(code("It appears Canada is prepared to make concessions to the United States."))


def test_questioning_a_measure_in_public_is_criticism(code):
    events = code("The new rules have also been called into question by the human rights committee.")
    assert "ACCUSE" in kinds(events)


def test_appearing_in_court_is_no_hedge(code):
    events = code("The trooper will appear before a court martial charged with shooting dead a civilian.")
    assert "ACCUSE" in kinds(events)


def test_what_a_party_is_to_do_is_arranged_not_done(code):
    events = code("Japan is to provide 260 mln dlrs in loans to Laos.")
    assert [(e["type"], e["status"]) for e in events if not e["background"]] == [("AID", "planned")]


def test_a_party_said_to_have_broken_its_word_is_criticised(code):
    events = code('The shadow minister said: "The prime minister has broken his word so many times."')
    assert [e["recipient"] for e in events if e["type"] == "ACCUSE"] == [["the prime minister"]]
    assert kinds(code("He said the company had broken the sales record.")) == []


def test_national_institutions_and_parties_are_known_public_actors(code):
    e = next(e for e in code("Downing Street denied the report.") if e["type"] == "REJECT")
    assert (e["actor"], e["actor_country"], e["actor_sector"]) == (["Downing Street"], ["GBR"], ["GOV"])
    e = next(e for e in code("The SEC brought fraud charges against two former executives.") if e["type"] == "ACCUSE")
    assert e["actor_country"] == ["USA"] and e["actor_sector"] == ["GOV"]
    assert kinds(code("Labour costs rose sharply in the quarter.")) == []


def test_a_central_banks_help_to_the_market_is_finance(code):
    assert kinds(code("The Bank of England said it gave the market assistance of around 210 mln stg.")) == []
    assert "AID" in kinds(code("Britain gave Kenya assistance of around 20 mln stg after the floods."))


def test_private_people_outside_politics_and_things_refuse_or_sanction_no_one(code):
    assert kinds(code("The singer is suing her insurers for cancelling her world tour.")) == []
    assert kinds(code("However it doesn't change the fact that the figures are poor.")) == []
    assert "REJECT" in kinds(code("The union says it will not accept the offer."))


def test_to_back_up_words_is_to_substantiate_them(code):
    assert kinds(code("Officials talked up the currency but did little to back up their words.")) == []
    assert "SUPPORT" in kinds(code("The army backed up the police at the border."))


def test_investing_needs_someone_invested_in(code):
    assert kinds(code("Thousands of savers invested their life savings in the schemes.")) == []
    assert "COOPERATE" in kinds(code("Japan will invest in Kenya's new railway."))


def test_what_a_speaker_says_should_be_done_is_asked_for_and_a_forecast_is_not(code):
    events = code("The opposition leader said the minister should resign.")
    assert [(e["type"], e["recipient"]) for e in events if e["type"] == "REQUEST"] == [("REQUEST", ["the minister"])]
    assert "REQUEST" in kinds(code("The senator said there should be a full inquiry into the sale."))
    assert kinds(code("Analysts said interest rates should fall next month.")) == []
    assert kinds(code("The minister should arrive in Paris on Monday.")) == []


def test_an_objection_rejects(code):
    assert "REJECT" in kinds(code("The president has a fundamental objection to tax rises."))


def test_a_judgement_by_someone_the_sentence_does_not_name_still_judges(code):
    events = code("She said the legislation was a travesty of justice.")
    assert [e["type"] for e in events] == ["ACCUSE"] and events[0]["actor"] == []


def test_the_consequence_of_a_condition_has_not_happened_but_a_stated_offer_or_threat_has(code):
    events = code("Britain will send aid if the United Nations asks for it.")
    assert ("AID", "hypothetical") in [(e["type"], e["status"]) for e in events]
    assert "AID" not in kinds(events)
    events = code("The rebel leaders said they would meet the mediator if he gave them a veto.")
    assert "AGREE" in kinds(events) and "CONSULT" not in kinds(events)
    assert "THREATEN" in kinds(code("The army will attack unless the rebels surrender."))
    assert "REJECT" in kinds(code("Syria says it will not accept any more refugees if war starts."))


def test_a_firm_named_as_one_does_business_as_usual_in_a_business_sentence(code):
    text = "Westland Savings and Loan Association said it has agreed to sell its Tampa branch to Harbor Bancorp Inc."
    assert kinds(code(text)) == []
    # a campaign group is no firm, whatever its name
    events = code("An international journalists group demanded complete disclosure from the two governments.")
    assert "REQUEST" in kinds(events)


def test_declining_comment_refuses_no_one(code):
    assert kinds(code("The spokesman declined further comment on the talks.")) == []
    assert kinds(code("The studio declined to explain the nature of the dispute.")) == []


def test_a_refusal_to_go_on_doing_something_refuses_the_act(code):
    events = code("Congress refused to continue funding the corporation.")
    assert [e["type"] for e in events if not e["background"]] == ["REJECT"]
