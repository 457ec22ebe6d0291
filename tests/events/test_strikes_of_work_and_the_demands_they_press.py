"""Round 26: a strike that lasts, or is told among workers, is a stoppage of work; and what a protest is held "to
demand" or "to press for" is demanded, by those who protest. Sentences are our own.

- "an 18-month strike against the canning firm ended with workers ratifying a contract", "a two-day strike at the
  plant ended": PROTEST, not force (a blow of force has no length; workers and unions name a stoppage). "The army
  launched a strike against rebel positions near the border where workers fled" and "Israel launched a strike on
  Gaza, killing two workers" stay force.
- "teachers staged a one-day strike to press for higher pay", "unions called the strike to press for shorter
  hours", "farmers blocked roads in the latest protest to demand a better deal from the government": REQUEST by
  those who protest, beside the protest. "The army was deployed to demand obedience" is no protest's demand.
- What striking people or unions halt ("striking dockers halted Portuguese exports") is their protest, not a
  sanction; a government that halts exports to a state sanctions it.
"""

from __future__ import annotations

from conftest import kinds, rows


def test_a_strike_that_lasts_or_that_workers_hold_is_a_stoppage(code):
    found = kinds(code("An 18-month strike against Watsonville Canning ended with workers ratifying a new contract."))
    assert "PROTEST" in found and "ASSAULT" not in found
    found = kinds(code("A two-day strike at the Acme plant ended on Friday."))
    assert "PROTEST" in found and "ASSAULT" not in found


def test_a_strike_on_a_place_or_armed_positions_is_still_force(code):
    found = kinds(code("The army launched a strike against rebel positions near the border where workers fled."))
    assert "ASSAULT" in found
    found = kinds(code("Israel launched a strike on Gaza, killing two workers."))
    assert "ASSAULT" in found and "PROTEST" not in found


def test_what_a_protest_is_held_to_demand_is_demanded_by_its_protesters(code):
    (pay,) = rows(code("Teachers staged a one-day strike to press for higher pay."), "REQUEST")
    assert pay["actor"] == ["teachers"] and not pay["background"]
    (hours,) = rows(code("Unions called the strike today to press for shorter working hours."), "REQUEST")
    assert hours["actor"] == ["unions"] and hours["status"] == "happened"
    text = "Hundreds of farmers blocked roads in the latest protest to demand a better deal from the government."
    (deal,) = rows(code(text), "REQUEST")
    assert deal["actor"] == ["farmers"] and deal["recipient"] == ["government"] and not deal["background"]


def test_a_purpose_of_no_protest_is_no_demand_made(code):
    assert "REQUEST" not in kinds(code("The army was deployed to demand obedience from the villagers."))


def test_what_people_or_unions_halt_is_their_protest_not_a_sanction(code):
    found = kinds(code("Striking dockers halted Portuguese exports on Monday."))
    assert "PROTEST" in found and "SANCTION" not in found
    assert "SANCTION" in kinds(code("The government halted exports to Iran."))
