"""Round 27: a deal secured is a deal made (AGREE), as one clinched or sealed is. Sentences are our own.

- "The union secured a deal with the government": AGREE, the union with the government; "a good deal had been
  secured", said by a minister, too.
- Near misses: "the firm secured a contract to supply engines" (business), "police secured the area" (no deal).
"""

from __future__ import annotations

from conftest import rows


def test_a_deal_secured_is_agreed(code):
    (deal,) = rows(code("The union secured a deal with the government."), "AGREE")
    assert deal["actor"] == ["union"] and deal["recipient"] == ["government"]
    assert rows(code("Deputy Prime Minister John Prescott said a good deal had been secured."), "AGREE")


def test_a_contract_or_a_place_secured_agrees_nothing(code):
    assert not rows(code("The firm secured a contract to supply engines."), "AGREE")
    assert not rows(code("Police secured the area."), "AGREE")
