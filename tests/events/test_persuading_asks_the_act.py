"""Round 27: persuading someone to act is urging that succeeds: REQUEST by the persuader of the one persuaded, with the
act asked as its content; persuading someone that a thing is so asks nothing. Sentences are our own.

- "Zambia was persuaded by the World Bank and the IMF to lift its ceiling on the currency": REQUEST, the World Bank and
  the IMF of Zambia; "the minister convinced the cabinet to back the plan": REQUEST of the cabinet.
- "Japan is under strong pressure from the United States": the United States presses Japan (REQUEST), as "faced
  pressure from" says.
- Near misses: "he convinced me that the plan was sound", "the advert persuaded shoppers to buy more" (no party);
  "prices came under pressure from heavy selling" (a market's force).
"""

from __future__ import annotations

from conftest import rows


def test_persuading_a_party_to_act_asks_it(code):
    (asked,) = rows(
        code("Zambia was persuaded by the World Bank and IMF to lift its ceiling on the currency."), "REQUEST"
    )
    assert asked["recipient"] == ["Zambia"] and asked["trigger"] == "persuaded"
    (asked,) = rows(code("The minister convinced the cabinet to back the plan."), "REQUEST")
    assert asked["recipient"] == ["cabinet"]


def test_persuading_of_a_belief_or_by_no_party_asks_nothing(code):
    assert not rows(code("He convinced me that the plan was sound."), "REQUEST")
    # what officials are convinced of is their belief, not an act they ask for: the shipment stays planned
    found = code("Western officials remain convinced that Pyongyang will ship ammunition to Moscow.")
    assert not rows(found, "REQUEST") and [r["status"] for r in rows(found, "AID")] == ["planned"]
    assert not rows(code("The advert persuaded shoppers to buy more."), "REQUEST")


def test_pressure_from_a_party_that_a_party_is_under_asks_it(code):
    (pressed,) = rows(code("Japan is under strong pressure from the United States."), "REQUEST")
    assert pressed["actor"] == ["United States"] and pressed["recipient"] == ["Japan"]
    assert not rows(code("Prices came under pressure from heavy selling."), "REQUEST")
