"""Round 30: restraint promised, satisfaction stated, trade held back, stances stepped away from, what aid is for, the
party a threat's terms are put to, the other side of a tie, and the ministers of a bloc. Sentences are our own.

- Agreeing not to act, or promising not to use force or pressure, is a promise (AGREE); vowing not to do a good turn
  ("vowed not to return the islands") refuses it (REJECT).
- A party's satisfaction with what a named party did approves of it (SUPPORT), as its displeasure criticises it.
- Restricting, curbing or limiting another's imports is a trade measure against the state they come from (SANCTION).
- Distancing oneself from a bill or a party turns it down (REJECT); defending oneself against charges denies them.
- What aid is given for ("a loan to support a project") is the aid told again, no act of its own.
- A threat's terms are put to the subject of its "unless" or "if" clause; a tie made, broken or threatened has the
  party "with" names on its other side.
- Ministers of a bloc's states ("EC farm ministers", "the foreign ministers of the 12 EC nations") act as the bloc.
"""

from __future__ import annotations

from conftest import kinds, rows


def test_agreeing_not_to_act_is_a_promise(code):
    (accord,) = rows(code("The two governments agreed not to station troops on the border."), "AGREE")
    assert accord["status"] == "happened"
    assert kinds(code("The rebels agreed not to attack the aid convoys.")) == ["AGREE"]
    assert kinds(code("The miners' union pledged not to strike before the election.")) == ["AGREE"]
    # a good turn refused stays a refusal
    assert kinds(code("The government vowed not to return the disputed islands.")) == ["REJECT"]
    assert kinds(code("The junta said it would not release the prisoners.")) == ["REJECT"]


def test_satisfaction_with_what_a_party_did_supports_it(code):
    (pleased,) = rows(code("The Canadian minister said Ottawa was pleased with the American decision."), "SUPPORT")
    assert pleased["actor"] == ["Canada"] and pleased["recipient"] == ["United States"]
    (satisfied,) = rows(code("Tokyo is satisfied with Washington's response to the proposal."), "SUPPORT")
    assert satisfied["recipient"] == ["United States"]
    # what no party is named for, a feeling denied or supposed, judges no one
    assert kinds(code("The minister said he was pleased with the harvest.")) == []
    assert kinds(code("Britain was not happy with the French plan.")) == []
    assert "SUPPORT" not in kinds(code("Britain would be happy if France signed the treaty."))


def test_holding_back_anothers_imports_is_a_sanction(code):
    (held,) = rows(code("Jamaica has restricted imports of Haitian sugar."), "SANCTION")
    assert held["actor"] == ["Jamaica"] and held["recipient"] == ["Haiti"]
    (curbed,) = rows(code("The United States will curb imports from Japan."), "SANCTION")
    assert curbed["recipient"] == ["Japan"]
    # a standing policy on goods from no one named is aimed at no one, and no coercion either
    assert kinds(code("Japan currently restricts imports of 22 farm products.")) == []
    # access restricted is no trade measure
    assert "SANCTION" not in kinds(code("Police restricted access to the square."))


def test_stepping_away_from_a_stance_rejects_it(code):
    (distance,) = rows(code("The White House has distanced itself from the senator's bill."), "REJECT")
    assert distance["actor"] == ["White House"]
    (denial,) = rows(code("The minister said he would defend himself against the charges."), "REJECT")
    assert denial["status"] in ("happened", "planned")
    # defending oneself against force is no denial
    assert "REJECT" not in kinds(code("The army said it would defend itself against any attack."))


def test_what_aid_is_for_is_no_second_act(code):
    sentence = "The World Bank approved a 90 mln dlr loan to a Yugoslav bank to support a project to save energy."
    assert kinds(code(sentence)) == ["AID"]
    (given,) = rows(code("Japan gave five million dollars to Bangladesh to help the flood victims."), "AID")
    assert given["recipient"] == ["Bangladesh"] and given["status"] == "happened"
    # support a party gives with troops is its own act
    assert "SUPPORT" in kinds(code("France said it backed the mission and sent 200 troops to support it."))


def test_a_threats_terms_are_put_to_the_party_they_bind(code):
    (strike,) = rows(code("Farmers threatened to block the roads unless Israel rescinded the decree."), "THREATEN")
    assert strike["recipient"] == ["Israel"]
    (talks,) = rows(code("Moscow threatened to walk out of the talks if Washington deployed the missiles."), "THREATEN")
    assert talks["recipient"] == ["United States"]
    # terms put to oneself name no target
    (own,) = rows(code("The union threatened to strike unless it gets a pay rise."), "THREATEN")
    assert own["recipient"] == []


def test_a_tie_has_the_party_with_names_on_its_other_side(code):
    (cut,) = rows(code("Pakistan threatened to break off diplomatic relations with Costa Rica."), "THREATEN")
    assert cut["recipient"] == ["Costa Rica"]
    (made,) = rows(code("Sri Lanka has established diplomatic ties with Iran."), "SUPPORT")
    assert made["recipient"] == ["Iran"]
    # a tie a stance is about names no target
    (backed,) = rows(code("The minister backed closer ties with Europe."), "SUPPORT")
    assert backed["recipient"] == []


def test_the_ministers_of_a_blocs_states_act_as_the_bloc(code):
    (signed,) = rows(code("The framework was signed on Monday by EC farm ministers."), "AGREE")
    assert signed["actor"] == ["European Union"]
    sentence = (
        "The foreign ministers of the 12 EC nations agreed to impose tariffs on Japanese cars unless Tokyo acted."
    )
    (threat,) = rows(code(sentence), "THREATEN")
    assert threat["actor"] == ["European Union"] and threat["recipient"] == ["Japan"]
    # one minister of a member state is that state's
    (met,) = rows(code("The French foreign minister met the Japanese prime minister in Paris."), "CONSULT")
    assert met["actor"] == ["France foreign minister"]


def test_talks_to_come_before_or_prior_to_are_planned(code):
    (before,) = rows(code("The minister will tour farms before talks with American officials this week."), "CONSULT")
    assert before["status"] == "planned" and not before["background"]
    assert before["actor"] == ["the minister"]
    (prior,) = rows(code("The minister will tour farms prior to talks with American officials this week."), "CONSULT")
    assert prior["status"] == "planned" and prior["recipient"] == before["recipient"]


def test_pitched_battles_are_fighting_and_a_pitched_battle_is_no_game(code):
    sentence = "Dozens were hurt in pitched battles between riot police and steel workers in the port last month."
    (battle,) = [r for r in rows(code(sentence), "ASSAULT") if r["trigger"] == "battles"]
    assert battle["actor"] == ["riot police", "steel workers"]
    # a word of the game keeps an attack a move of play
    assert kinds(code("United launched an attack down the left before the striker scored.")) == []


def test_a_word_said_not_kept_criticises_who_gave_it(code):
    sentence = "Washington says the Japanese have not lived up to their pledge to open their market."
    (lapse,) = rows(code(sentence), "ACCUSE")
    assert lapse["actor"] == ["United States"] and lapse["recipient"] == ["Japan"]
    (owed,) = rows(code("The senator said Bonn and Tokyo had not carried out their responsibilities."), "ACCUSE")
    assert owed["recipient"] == ["Germany", "Japan"]
    # a word kept, or a thing not kept that is owed to no one, judges no one
    assert kinds(code("The minister said Britain had kept its promise.")) == []
    assert kinds(code("The senator said he had not kept his diary.")) == []


def test_an_agreement_firms_sign_to_merge_is_business(code):
    assert kinds(code("Citco Inc said it has signed an agreement to merge with Union Corp.")) == []
    assert kinds(code("Citco, a holding company, has signed an agreement which would merge Citco with Union.")) == []
    # states or parties that agree to merge act politically
    assert "AGREE" in kinds(code("Egypt and Syria signed an agreement to merge their armies."))
    assert "AGREE" in kinds(code("The Liberal and Social Democratic parties signed an agreement to merge."))


def test_a_meeting_that_fails_judges_no_side(code):
    sentence = "A Franco-German meeting of EC leaders failed to make any progress on the farm package, diplomats said."
    assert "ACCUSE" not in kinds(code(sentence))
    assert "ACCUSE" in kinds(code("The opposition said the government had failed to protect the farmers."))


def test_who_a_demand_asks_is_named_by_its_clause_or_by_from(code):
    sentence = "The rebel group insisted on its demands that Burundi's government grant the majority more rights."
    (insisted,) = rows(code(sentence), "REQUEST")
    assert insisted["recipient"] == ["Burundi government"]
    (autonomy,) = rows(code("The Kosovo Albanians are demanding autonomy from the Serbian authorities."), "REQUEST")
    assert autonomy["recipient"] == ["Serbia government"]
    (truce,) = rows(code("Bosnian Serbs demanded a truce with the Moslem forces."), "REQUEST")
    assert truce["recipient"] == ["Moslem forces"]
    # what a stance is about names no target through "from"
    (backed,) = rows(code("The minister backed the grant of autonomy from Serbia."), "SUPPORT")
    assert backed["recipient"] == []


def test_a_protest_targets_who_did_its_grievance_or_is_asked_by_it(code):
    sentence = "The activist began a hunger strike in protest against the abuses by the Algerian security forces."
    (fast,) = rows(code(sentence), "PROTEST")
    assert fast["recipient"] == ["Algeria military"]
    sentence = "Islamists continued their hunger strike to demand the resignation of President Chadli Bendjedid."
    (resign,) = rows(code(sentence), "PROTEST")
    assert resign["recipient"] == ["Chadli Bendjedid"]
    # a grievance done to someone names no target, nor does a demand of no one
    (arrest,) = rows(code("Dockers went on strike over the arrest of union activists."), "PROTEST")
    assert arrest["recipient"] == []
    (pay,) = rows(code("Teachers went on strike to demand higher pay."), "PROTEST")
    assert pay["recipient"] == []


def test_an_offer_turned_down_targets_whoever_made_it(code):
    (offer,) = rows(code("Iran rejected a peace offer from Iraq."), "REJECT")
    assert offer["recipient"] == ["Iraq"]
    # backing what came from somewhere names no target
    (news,) = rows(code("The minister welcomed the news from Baghdad."), "SUPPORT")
    assert news["recipient"] == []


def test_entering_into_an_agreement_is_agreeing(code):
    (accord,) = rows(code("The government entered into an agreement with the teachers' union."), "AGREE")
    assert accord["actor"] == ["government"]
    assert kinds(code("Japan and China entered into talks on the border.")) == ["CONSULT"]
    # firms' deals are business, and so is a contract a word of commerce names, whoever the counterpart
    assert kinds(code("The firm entered into an agreement to buy the shares.")) == []
    assert kinds(code("Allure said it entered into a merchandising agreement with the U.S. Olympic Committee.")) == []
    assert "AGREE" in kinds(code("Iraq signed a marketing agreement with Jordan."))


def test_what_is_agreed_between_two_sides_is_theirs(code):
    (agreed,) = rows(code("A ceasefire was agreed on Monday between the army and the rebels."), "AGREE")
    assert agreed["actor"] == ["army", "rebels"]
    # an agent named says who, whatever else the sentence holds
    (by,) = rows(code("The deal was agreed by the two governments after talks between their envoys."), "AGREE")
    assert by["actor"] == ["governments"]
