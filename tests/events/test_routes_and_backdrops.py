"""Three rules of news writing, in sentences of our own: a shipment's route names who sent it and to
whom when no sender is named; a gerund after "amid" is the backdrop of the news, nobody's act; and a
state "invested in" an outcome holds a stake, it puts no money in."""

from __future__ import annotations


def asserted(events, kind):
    return [e for e in events if e["type"] == kind and e["status"] == "happened" and not e["background"]]


def test_a_shipment_route_names_the_states_that_sent_and_received_it(code):
    rows = asserted(
        code("Last month 40 lorries of grain were delivered from the Ukrainian port of Odesa to Alexandria in Egypt."),
        "AID",
    )
    assert [(r["actor"], r["recipient"]) for r in rows] == [(["Ukraine"], ["Egypt"])]


def test_a_route_to_a_coast_of_a_country_ends_in_that_country(code):
    text = "In June, 120 containers were delivered from the Belarusian town of Brest to Klaipeda on Lithuania's coast."
    rows = asserted(code(text), "AID")
    assert [(r["actor_country"], r["recipient_country"]) for r in rows] == [(["BLR"], ["LTU"])]


def test_near_a_border_is_in_no_country_and_a_route_inside_one_country_names_no_one(code):
    near = asserted(
        code("Crates of shells were shipped from a Belarusian depot to a town near the Polish border."), "AID"
    )
    assert near and near[0]["actor"] == ["Belarus"] and near[0]["recipient"] == []
    home = code("Food was delivered from a warehouse in Lyon to a shelter in Paris.")
    assert all(not e["actor"] for e in home)


def test_a_gerund_after_amid_is_backdrop(code):
    events = code("The meeting took place amid warming ties between Cuba and Spain.")
    assert asserted(events, "COOPERATE") == []
    assert asserted(events, "CONSULT")  # the meeting itself is the news


def test_a_state_invested_in_an_outcome_holds_a_stake(code):
    assert (
        asserted(code("This shows that the government is fully invested in the outcome of the war."), "COOPERATE") == []
    )
    assert asserted(code("Japan invested heavily in Indonesian mines last year."), "COOPERATE")


def test_aid_that_arrives_was_given_though_no_giver_is_named(code):
    rows = asserted(code("Aid began arriving in the flooded region on Monday."), "AID")
    assert rows and rows[0]["actor"] == []
    trickle = [e for e in code("Aid is trickling into the cut-off villages of Nepal.") if e["type"] == "AID"]
    assert trickle and trickle[0]["recipient_country"] == ["NPL"]


def test_goods_that_arrive_are_trade_unless_someone_sent_them(code):
    assert [e for e in code("Wheat shipments arrived at the port on Friday.") if e["type"] == "AID"] == []
