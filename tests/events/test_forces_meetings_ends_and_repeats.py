"""Round 23, from random rows of political articles judged blind: the force a party puts on the move is no target
("ordered troops into the refineries"); a thing of a meeting is no meeting ("holds the OPEC conference presidency");
aid or trade ended is no aid given ("ended copper shipments"); one act told twice in a sentence, once with its parties
and once with none ("the Iraqi attack on the frigate which killed 37 seamen"), is one row; "it" and "they" subject of
what a body says are that body ("Peoples Telephone, the largest firm in the U.S., said it signed": not the U.S.; the
rebels said they would), but "they" who undergo an act are others ("police said they were charged"). Sentences are
our own."""

from __future__ import annotations

from conftest import rows


def test_troops_ordered_somewhere_are_no_target(code):
    (row,) = rows(code("The government ordered thousands of troops into the oil refineries on Tuesday."), "MOBILIZE")
    assert row["actor"] == ["government"]
    assert row["recipient"] == []


def test_forces_sent_to_a_state_target_it(code):
    (row,) = rows(code("India sent troops to Sri Lanka."), "MOBILIZE")
    assert row["recipient"] == ["Sri Lanka"]


def test_a_presidency_of_a_conference_is_no_meeting(code):
    assert rows(code("Nigeria holds the OPEC conference presidency this year."), "CONSULT") == []


def test_a_meeting_named_by_two_words_is_one(code):
    (row,) = rows(code("Iran held a summit meeting with Iraq in Baghdad."), "CONSULT")
    assert row["recipient"] == ["Iraq"]


def test_shipments_ended_are_no_aid(code):
    assert rows(code("Zambia had ended copper shipments to South Africa."), "AID") == []


def test_a_delivery_completed_is_aid(code):
    (row,) = rows(code("Japan completed the delivery of food aid to Ethiopia."), "AID")
    assert row["actor"] == ["Japan"]


def test_an_attack_and_its_toll_are_one_row(code):
    events = code("Tensions rose after the Iraqi missile attack on the U.S. frigate Stark which killed 37 seamen.")
    assaults = rows(events, "ASSAULT")
    assert len(assaults) == 1 and assaults[0]["actor"] == ["Iraq"]


def test_two_attacks_with_their_parties_are_two_rows(code):
    events = code("Iraq attacked Iran on Monday and Iranian troops shelled Basra.")
    assert len(rows(events, "ASSAULT")) == 2


def test_it_of_a_firm_that_speaks_is_the_firm(code):
    # a firm signing with a firm: no political event once "it" is not the U.S. named in the apposition
    events = code(
        "Peoples Telephone Co, the third largest pay phone firm in the U.S., said it signed a contract with Southland."
    )
    assert all(e["actor"] != ["United States"] for e in events)


def test_they_who_say_they_will_attack_are_the_speakers(code):
    (row,) = [e for e in rows(code("The rebels said they would attack the capital."), "ASSAULT")]
    assert row["actor"] == ["rebels"]


def test_they_who_were_charged_are_not_the_police_who_say_so(code):
    events = code("Six men were arrested at the rally. They were charged under the Public Order Act, police said.")
    assert all("police" not in " ".join(e["actor"]) for e in rows(events, "ACCUSE"))


def test_an_offer_to_a_party_names_it(code):
    (row,) = rows(code("The government offered the unions a pay rise of three percent."), "AGREE")
    assert row["recipient"] == ["unions"]


def test_a_way_of_governing_offered_in_rhetoric_is_no_offer(code):
    text = "Last week we got the politics of fear; this week the chancellor offered the economics of complacency."
    assert rows(code(text), "AGREE") == []


def test_whose_plans_a_stance_is_about_is_said_before(code):
    events = code("Labour's plans for the NHS were unveiled on Monday. The Tories attacked the plans as a con.")
    (row,) = rows(events, "ACCUSE")
    assert row["recipient"] == ["Labour Party"]


def test_plans_no_one_owned_before_name_no_owner(code):
    events = code("The plans were unveiled on Monday. The Tories attacked the plans as a con.")
    (row,) = rows(events, "ACCUSE")
    assert row["recipient"] == []


def test_only_the_nearest_mention_of_the_plans_says_whose(code):
    # the nearest "plans" names no owner: which plans these are is not said, so no owner is guessed
    events = code(
        "Labour's plans for the NHS were unveiled on Monday. Other plans were leaked on Tuesday. "
        "The Tories attacked the plans as a con."
    )
    (row,) = rows(events, "ACCUSE")
    assert row["recipient"] == []


def test_the_firm_workers_work_at_is_their_counterpart(code):
    (row,) = rows(code("Workers at Ford rejected the pay offer."), "REJECT")
    assert row["recipient"] == ["Ford"]
    (row,) = rows(code("Workers at the Ford plant in Dagenham demanded a pay rise."), "REQUEST")
    assert row["recipient"] == ["Ford"]


def test_the_place_of_a_body_is_still_no_target(code):
    (row,) = rows(code("Palestinian police in Jericho arrested two men."), "COERCE")
    assert "Palestin" not in " ".join(row["recipient"])
    (row,) = rows(code("Employees at the plant rejected the offer."), "REJECT")
    assert row["recipient"] == []


def test_the_union_workers_belong_to_is_not_their_employer(code):
    events = code("Employees, members of the Food and Commercial Workers Union, rejected the latest contract proposal.")
    assert all("Union" not in " ".join(e["recipient"]) for e in rows(events, "REJECT"))


def test_tariffs_on_a_states_goods_fall_on_that_state(code):
    (row,) = rows(
        code("The United States imposed 100 pct tariffs on 300 mln dlrs worth of Japanese television sets."), "SANCTION"
    )
    assert row["recipient"] == ["Japan"]
    # a union's overtime ban is its industrial action (round 26: people and unions sanction no one), with no target
    (row,) = rows(code("The union imposed a ban on overtime at the plant."), "PROTEST")
    assert row["recipient"] == []


def test_one_disagrees_with_someone(code):
    (row,) = rows(
        code("Vice President George Bush said he disagreed with Maureen Reagan about the court martials."), "REJECT"
    )
    assert row["recipient"] == ["Maureen Reagan"]
