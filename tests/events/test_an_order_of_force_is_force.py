"""Round 24: an order that moves forces or uses force is that act, by the one who gives it; an order to a person to
do something is a request. Sentences are our own.

- "ordered its armed forces to defend the coast", "ordered warships to the Gulf": MOBILIZE by the one ordering (police
  ordered to act are asked, as before, and so are forces ordered to do other work: "ordered its army to grow food").
- "ordered air strikes on rebel positions", "ordered the destruction of the enemy's air force": ASSAULT.
- "ordered the former minister to appear for questioning": a REQUEST, as before.
"""

from __future__ import annotations

from conftest import kinds, rows


def test_forces_ordered_are_mobilised_by_the_one_who_orders(code):
    (row,) = rows(code("Sri Lanka ordered its armed forces to defend the island's coast."), "MOBILIZE")
    assert row["actor"] == ["Sri Lanka"]
    assert "REQUEST" not in kinds(code("Sri Lanka ordered its armed forces to defend the island's coast."))
    assert "MOBILIZE" in kinds(code("The president ordered two warships to the Gulf."))
    assert "MOBILIZE" in kinds(code("The home secretary ordered British troops to march into the streets of Belfast."))
    assert "MOBILIZE" not in kinds(code("The minister ordered police to investigate the claims."))
    (asked,) = rows(code("Vietnam has ordered its army to grow more food to ease shortages."), "REQUEST")
    assert asked["actor"] == ["Vietnam"] and asked["recipient"]


def test_force_ordered_is_force(code):
    (row,) = rows(code("The president ordered air strikes on rebel positions in the north."), "ASSAULT")
    assert row["actor"] == ["the president"]
    destroyed = code("The French president ordered the destruction of Ivory Coast's air force.")
    assert "ASSAULT" in kinds(destroyed) and "MOBILIZE" not in kinds(destroyed)


def test_an_order_to_a_person_is_a_request(code):
    (row,) = rows(code("A judge ordered the former minister to appear for questioning."), "REQUEST")
    assert row["actor"] == ["the judge"] and row["recipient"] == ["former minister"]


def test_attacks_of_words_of_illness_and_of_craft(code):
    """An attack a person is "under" with no arms in the sentence, or one aimed at a policy, is criticism; an attack
    of the heart is an illness; "attack aircraft" are craft. Sentences are our own."""
    (under,) = rows(code("The finance minister has come under increasing attack over the past few days."), "ACCUSE")
    assert under["recipient"] == ["finance minister"] or under["recipient"] == ["the finance minister"]
    assert "ACCUSE" in kinds(code("Union leaders have joined attacks on the controversial wage freeze."))
    assert "ASSAULT" in kinds(code("The convoy came under attack near the border."))
    assert "ASSAULT" in kinds(code("The town came under attack from rebel artillery."))
    assert kinds(code("The former senator died of an apparent heart attack.")) == []
    assert kinds(code("The radar will be fitted to the Navy's attack and reconnaissance aircraft.")) == []
    captured = code("Government troops have captured part of a rebel stronghold on the border.")
    assert "ASSAULT" in kinds(captured) and "COERCE" not in kinds(captured)
