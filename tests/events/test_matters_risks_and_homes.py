"""Round 8 readings of sentences that name an event without reporting one, in sentences of our own: an event
judged in the present tense, an event under "any", an act judged desirable after "it is", fights against a
plight or over a matter, a leader arriving at home, worry about a state of things, a process that
"threatens to", and support declared."""

from __future__ import annotations

from conftest import kinds, rows


def test_an_event_judged_now_is_a_matter_weighed_not_news(code):
    assert kinds(code("Talks between the unions and the ministry are very difficult, the negotiator said.")) == []
    assert kinds(code("Withdrawal of the troops is more complicated than the minister admits.")) == []
    # judged in the past, the talks were held
    assert kinds(code("The talks between the unions and the ministry were difficult, the negotiator said.")) == [
        "CONSULT"
    ]


def test_any_asserts_no_event(code):
    assert kinds(code("The spokesman said he was unaware of any attack on the embassy.")) == []
    assert kinds(code("Gunmen launched an attack on the embassy, the spokesman said.")) == ["ASSAULT"]


def test_an_act_judged_desirable_after_it_is_is_done_by_no_one(code):
    assert kinds(code("The minister said it was vital to support the farmers in their dispute with the bank.")) == []
    assert kinds(code("It is important to talk to the rebels, the envoy said.")) == []
    # "it" that is someone: a readiness to talk is announced
    assert "AGREE" in kinds(code("The government said it was ready to talk to the rebels."))


def test_fights_against_a_plight_or_over_a_matter_are_no_combat(code):
    assert kinds(code("The senator fought cancer for a decade before he died.")) == []
    assert kinds(code("Labour and the Conservatives are battling over which party will cut taxes further.")) == []
    assert kinds(code("The two firms are fighting over the contract.")) == []
    # over a place, or with arms, it is combat
    assert kinds(code("Rebels and troops fought over the town for a week.")) == ["ASSAULT"]
    assert kinds(code("Militias fought over the port with rockets and mortars.")) == ["ASSAULT"]


def test_a_leader_arriving_at_home_visits_no_one(code):
    assert kinds(code("Chancellor Kohl is due to arrive in Bonn at 3 pm.")) == []
    events = code("Chancellor Kohl is due to arrive in Paris at 3 pm.")
    assert [e["recipient"] for e in rows(events, "CONSULT")] == [["France"]]


def test_loans_routed_through_a_bank_are_no_rout(code):
    assert kinds(code("The grain will be routed through the port of Rotterdam, the ministry said.")) == []
    assert kinds(code("Government troops routed the rebels near the capital.")) == ["ASSAULT"]


def test_worry_about_a_state_of_things_criticises_no_one(code):
    assert kinds(code("France voiced concern about the strength of the dollar.")) == []
    assert kinds(code("France voiced concern about China's treatment of dissidents.")) == ["ACCUSE"]
    assert kinds(code("The union expressed concern over the arrests.")) == ["ACCUSE"]


def test_a_process_that_threatens_to_do_harm_is_a_risk_not_a_threat(code):
    assert kinds(code("The U.S. imposition of tariffs on Japan threatened to unravel the accord.")) == []
    # people and groups threaten by will, whatever noun names them
    assert kinds(code("Villagers in the valley threatened to block the road unless the mine closed.")) == ["THREATEN"]
    assert kinds(code("Al-Qaeda's network has threatened to attack the capital.")) == ["THREATEN"]
    assert kinds(code("The government threatened to expel the diplomats.")) == ["THREATEN"]
    assert kinds(code("The company threatened to sue the ministry.")) == ["THREATEN"]


def test_support_declared_is_support_given(code):
    events = code("The opposition is willing to support the bill.")
    assert kinds(events) == ["SUPPORT"] and rows(events, "SUPPORT")[0]["actor"] == ["opposition"]
    # support announced for later is planned, and the announcement a promise (as the PLOVER gold codes "will support")
    assert sorted(kinds(code("The party said it would support the bill."))) == ["AGREE", "SUPPORT"]
    assert sorted(kinds(code("Japan said it would give Kenya a grant."))) == ["AGREE", "AID"]


def test_people_fired_with_no_target_or_arms_were_dismissed(code):
    assert kinds(code("The head of the bank and two other directors were fired in March after the audit.")) == []
    assert kinds(code("Two rockets were fired at the town, the army said.")) == ["ASSAULT"]
    assert kinds(code("Troops fired on the protesters.")) == ["ASSAULT"]
