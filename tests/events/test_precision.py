"""Silence where nothing political happens: modality, the second person, refusals to speak, and the
figurative and financial senses of force and cooperation verbs. Sentences written for these tests."""

from __future__ import annotations


def asserted(events):
    return sorted(e["type"] for e in events if e["status"] not in ("hypothetical", "negated") and not e["background"])


def test_a_bond_that_yields_a_figure_concedes_nothing(code):
    assert asserted(code("The treasury bonds yielded 8.4 pct at Tuesday's auction.")) == []
    # yielding concedes; laying down arms is a retreat of its own (PLOVER RETREAT, disarm)
    yielded = asserted(code("The rebels yielded to the army's demands and laid down their arms."))
    assert yielded == ["CONCEDE", "REQUEST", "RETREAT"]  # the army's demands, which the yielding answers, were made


def test_fighting_for_survival_or_a_title_is_no_combat(code):
    assert asserted(code("The airline continues to fight for its survival after a year of heavy losses.")) == []
    assert asserted(code("The opposition fought the police in the streets of the capital.")) == ["ASSAULT"]


def test_declining_to_comment_is_no_refusal(code):
    assert asserted(code("A spokesman for the ministry declined to comment on the report.")) == []
    assert asserted(code("The minister refused to speculate on the timing of the election.")) == []
    assert asserted(code("The rebels refused to hand over their weapons to the army.")) == ["REJECT"]


def test_inspecting_weapons_on_a_tour_is_no_investigation(code):
    assert asserted(code("The defence minister inspected new tanks and missiles at the factory.")) == []


def test_agreeing_with_a_view_is_an_opinion_not_an_accord(code):
    assert asserted(code("Several jurors said they agree with the view that the police lie.")) == []


def test_a_modal_over_a_stance_makes_the_action_unasserted(code):
    assert asserted(code("Pyongyang may be reluctant to send away too many shells.")) == []


def test_poised_to_act_is_planned_not_done(code):
    events = code("The two governments are poised to deepen their military ties.")
    assert [e["status"] for e in events if e["type"] == "COOPERATE"] == ["planned"]


def test_the_second_person_speaks_to_the_reader(code):
    assert asserted(code("If you steal from the market here you could be flogged.")) == []
    assert asserted(code("Last week we asked you which of the films you liked best.")) == []


def test_a_thing_that_helps_is_no_aid(code):
    assert asserted(code("It is going to help us with the research on the new engine.")) == []


def test_a_span_of_years_is_no_date_of_the_event(code):
    events = code("Between 1960 and 1975 the army attacked the rebel villages many times.", published="2023-10-20")
    assert events and all(not (e["date"] or "").startswith("1960") for e in events)


def test_a_warning_that_a_thing_could_do_harm_is_a_forecast_not_a_threat(code):
    assert not [
        e for e in code("The minister warned that a drought could destroy the harvest.") if e["type"] == "THREATEN"
    ]
    assert not [
        e
        for e in code("The central bank warned the government that rising prices could hurt exports.")
        if e["type"] == "THREATEN"
    ]
    assert [
        e
        for e in code("The rebels warned the government that they would attack the capital.")
        if e["type"] == "THREATEN"
    ]


def test_goods_that_trade_at_a_price_are_no_cooperation(code):
    events = code("In North Yorkshire, April deliveries of feed barley traded at 118 and May at 119.")
    assert not [e for e in events if e["type"] == "COOPERATE"]
    assert [e for e in code("Farmers traded with the rebels.") if e["type"] == "COOPERATE"]


def test_a_protest_that_a_planned_walkout_is_for_is_planned_too(code):
    events = code("The union said it will go on strike next month to protest the wage cuts.")
    assert {e["status"] for e in events if e["type"] == "PROTEST"} == {"planned"}


def test_beating_someone_by_a_score_is_a_match(code):
    assert not [
        e
        for e in code("The Dane reached the semi-finals by beating compatriot Lars Holm 6-2 3-6 6-4.")
        if e["type"] == "ASSAULT"
    ]
    assert [e for e in code("Soldiers beat the prisoners with batons.") if e["type"] == "ASSAULT"]
