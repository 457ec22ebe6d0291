"""Round 9, read on dev4's first scoring, in sentences of our own: a figure that declines falls and refuses
nothing; goods halted or resumed are a sanction or cooperation only with a partner named; excluding
needs a party excluded; fighting for a measure campaigns for it; a kind of work named by what it fights
("crime-fighting") is no fight; force aimed at a measure is a figure of speech."""

from __future__ import annotations

from conftest import kinds, rows


def test_a_figure_that_declines_falls(code):
    assert kinds(code("Car sales declined 62 pct to 4,922 in March, the company said.")) == []
    assert kinds(code("Exports to Japan declined by 12 percent last year.")) == []
    assert kinds(code("The minister declined the invitation to attend.")) == ["REJECT"]


def test_goods_halted_or_resumed_need_a_partner(code):
    assert kinds(code("Ecuador suspended crude oil exports for five months after damage to the pipeline.")) == []
    events = code("The United States suspended grain exports to the Soviet Union.")
    assert kinds(events) == ["SANCTION"] and rows(events, "SANCTION")[0]["recipient"] == ["Soviet Union"]
    assert kinds(code("Ecuador will resume exports of crude oil next week.")) == []
    assert kinds(code("China resumed rice exports to Japan.")) == ["COOPERATE"]
    assert kinds(code("Iraq and Syria resumed trade after a decade.")) == ["COOPERATE"]


def test_excluding_needs_a_party_excluded(code):
    assert kinds(code("Spain's reserves now exclude foreign currency held by banks.")) == []
    assert kinds(code("China excluded Taiwan from the talks.")) == ["SANCTION"]


def test_fighting_for_a_measure_is_no_fight(code):
    assert kinds(code("The speaker said he would fight for a tax increase this year.")) == []
    assert kinds(code("The unions will fight the government's plan to close the mines.")) == ["REJECT"]


def test_work_named_by_what_it_fights_is_no_fight(code):
    assert kinds(code("Police agencies said the system was vital for crime-fighting.")) == []
    assert kinds(code("Heavy fighting broke out in the north.")) == ["ASSAULT"]


def test_force_aimed_at_a_measure_is_a_figure_of_speech(code):
    assert kinds(code("The poster shows him trying to slaughter the council tax.")) == []
    assert kinds(code("Troops killed 12 protesters.")) == ["ASSAULT"]
