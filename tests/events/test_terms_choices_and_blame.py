"""Round 36: terms set, choices denied, blame placed, meetings on a schedule. Sentences are our own.

- A refusal until a condition is met sets terms: "will not sign unless the company improves its offer" demands the
  offer (REQUEST) of the company; "will not accept them if" stays a refusal.
- Readiness denied or unwillingness stated is a refusal: "are not prepared to accept the levy", "is unwilling to".
- "There is no way they will agree" denies the act.
- What a party says it has "no choice but to" do by force, protest or suit is threatened.
- "It" or "they" of a clause a speaker reports stands for the speaker in what a pattern asks of its subject: "the
  union said it would strike" is a stoppage, not force.
- Shunning what is offered turns it down (REJECT).
- An agreement the filters dropped where no state or political party is named stays dropped, however sure a reader
  of words is: it cannot tell a firm's contract from a state's.
- Blame or fault said to lie with a party criticises it; responsibility only for something bad.
- Taking legal action against a party is a case brought against it.
- Applying to join a body asks to join it; departing for a state visits it; sinking a ship attacks it.
- Forcing a vote or an amendment coerces no one; wanting people to feel or know something asks nothing of them.
- A measure of policy said to need undoing ("the tax should be abolished") is a demand of the state, whoever
  says it.
- A meeting on a schedule ("talks scheduled to begin next month") or prepared for ("the groundwork for talks", "no
  date has been set for the talks") is still to come.
"""

from __future__ import annotations

from test_word_reader import FixedReading, fixed_coder  # noqa: F401 (a fixture)

from conftest import kinds, rows


def test_a_refusal_until_a_condition_is_met_demands_it(code):
    (terms,) = rows(code("The union will not sign the contract unless the company improves its pay offer."), "REQUEST")
    assert terms["actor"] == ["union"] and terms["recipient"] == ["company"]
    assert terms["rule"].endswith("(unless: a demand)")
    assert "REJECT" not in kinds(code("The dockers said they would not return to work unless they got a pay rise."))
    # a condition "if" leaves the refusal as it is
    assert kinds(code("Brazil said it will not accept the new quotas if they are imposed.")) == ["REJECT"]


def test_readiness_denied_or_unwillingness_stated_is_a_refusal(code):
    (refused,) = rows(code("The farmers said they are not prepared to accept the export levy."), "REJECT")
    assert refused["actor"] == ["farmers"] and refused["status"] == "happened"
    (unwilling,) = rows(code("Malaysia said it is unwilling to accept the export levy."), "REJECT")
    assert unwilling["status"] == "happened"
    # readiness stated is an intent; reluctance a stance, no act
    assert "REJECT" not in kinds(code("Malaysia said it is prepared to accept the export levy."))
    assert "REJECT" not in kinds(code("Malaysia said it is reluctant to accept the export levy."))


def test_no_way_denies_the_act(code):
    (refused,) = rows(
        code('"There is no way the Dutch will agree to a higher contribution," the minister said.'), "REJECT"
    )
    assert refused["actor"] == ["Netherlands"]
    assert "AGREE" not in kinds(code("There is no way the Dutch will agree to a higher contribution."))


def test_what_a_party_has_no_choice_but_to_do_by_force_or_suit_is_threatened(code):
    coded = code("Brazil said it would have no choice but to impose sanctions on Argentina.")
    (threat,) = rows(coded, "THREATEN")
    assert threat["actor"] == ["Brazil"] and threat["recipient"] == ["Argentina"]
    assert [e["status"] for e in rows(coded, "SANCTION")] == ["planned"]
    (stoppage,) = rows(code("The dockers' union said it would have no alternative but to strike."), "THREATEN")
    assert stoppage["rule"].endswith("(no choice but) (intent)")
    # what one has no choice but to accept is no threat
    assert "THREATEN" not in kinds(code("The government had no choice but to accept the union's offer."))


def test_a_pronoun_a_speaker_reports_stands_for_the_speaker_in_a_patterns_subject(code):
    assert kinds(code("The miners' union said it would strike on Monday.")) == ["PROTEST", "THREATEN"]
    assert "ASSAULT" not in kinds(code("The teachers said they would strike next week."))
    # a state that says it will strike uses force
    assert "ASSAULT" in kinds(code("Iraq said it would strike Iranian oil installations."))


def test_blame_placed_on_a_party_criticises_it(code):
    (blame,) = rows(
        code("The blame for the collapse lies squarely with Washington, the Brazilian minister said."), "ACCUSE"
    )
    assert blame["actor"] == ["Brazil minister"] and blame["recipient"] == ["United States"]
    (responsible,) = rows(code("The union said responsibility for the crisis lies with the government."), "ACCUSE")
    assert responsible["recipient"] == ["government"]
    # responsibility for a duty blames no one
    assert kinds(code("The minister said responsibility for security rests with the army.")) == []


def test_legal_action_taken_is_a_case_brought(code):
    (suit,) = rows(code("The union took legal action against the ministry on Monday."), "ACCUSE")
    assert suit["actor"] == ["union"] and suit["recipient"] == ["ministry"]
    # taking the blame is no accusation
    assert "ACCUSE" not in kinds(code("The minister took the blame for the failure."))


def test_applying_to_join_setting_off_for_a_state_and_sinking_a_ship(code):
    (applied,) = rows(code("Morocco applied to join the European Community on Wednesday."), "REQUEST")
    assert applied["actor"] == ["Morocco"] and applied["recipient"] == ["European Union"]
    (member,) = rows(code("Poland applied to become a member of the IMF."), "REQUEST")
    assert member["recipient"] == ["International Monetary Fund"]
    assert kinds(code("The new rules apply to all exporters.")) == []
    (visit,) = rows(code("The Japanese envoy departed for Cairo on Sunday, the ministry said."), "CONSULT")
    assert visit["recipient"] == ["Egypt"]
    assert kinds(code("About 1,000 soldiers left in Iraq will come home.")) == []
    (sunk,) = rows(code("Iraqi warplanes sank an Iranian frigate in the Gulf, Baghdad said."), "ASSAULT")
    assert sunk["recipient"] == ["Iran"]
    assert kinds(code("A storm sank the ferry off the coast.")) == []


def test_forcing_a_vote_and_wanting_a_feeling_are_no_acts_on_anyone(code):
    assert "COERCE" not in kinds(code("The senator was trying to force an amendment to reverse the pay raise."))
    assert "COERCE" in kinds(code("The army forced villagers to leave their homes."))
    assert kinds(code("The home secretary wants young people to feel they belong.")) == []
    assert kinds(code("Farmers want the government to compensate them.")) == ["REQUEST"]


def test_a_meeting_on_a_schedule_or_prepared_for_is_still_to_come(code):
    (set_for,) = rows(
        code("No date has been set for the talks between Iran and the Soviet Union, Gerasimov said."), "CONSULT"
    )
    assert set_for["status"] == "planned" and set_for["actor"] == ["Iran", "Soviet Union"]
    (prepared,) = rows(code("Preparations for the summit between Egypt and Israel began on Monday."), "CONSULT")
    assert prepared["status"] == "planned" and prepared["actor"] == ["Egypt", "Israel"]
    # a date set for a vote is no meeting
    assert "CONSULT" not in kinds(code("The government has set a date for the election."))


def test_a_measure_said_to_need_undoing_is_a_demand_of_the_state_whoever_makes_it(code):
    (abolished,) = rows(code("Oil industry chief DiBona said the windfall profit tax should be abolished."), "REQUEST")
    assert abolished["actor"] == ["DiBona"]
    # a firm's shares said to be worth selling are the market's
    assert kinds(code("The analyst said the company's shares should be sold.")) == []


def test_shunning_what_is_offered_turns_it_down(code):
    (shunned,) = rows(
        code("Members of the ruling Liberal Democratic Party have shunned the premier's support."), "REJECT"
    )
    assert shunned["actor"] == ["Liberal Democratic Party"]


def test_an_agreement_between_no_named_parties_stays_dropped_however_sure_the_reader(fixed_coder):  # noqa: F811
    fixed_coder.coder.reader = FixedReading({"AGREE": 0.99})
    firms = fixed_coder.code_records(["The two companies said they had agreed to revise a 1983 software agreement."])
    assert "AGREE" not in [e["type"] for e in firms]
