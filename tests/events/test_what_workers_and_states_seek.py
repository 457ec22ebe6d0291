"""Round 26: what workers seek of employers (a rise, an increase) and what a state seeks of lenders (credit, a
concession) is asked; workers named by their trade are actors. Sentences are our own.

- "The seamen are seeking a 275 pct pay rise", "the union is seeking a 10 pct wage increase", "Iran is again seeking
  credit": REQUEST by the seamen, the union, Iran.
- "The company is seeking a price increase for its products", "shareholders are seeking a rise in the dividend":
  business, no request of a political kind.
"""

from __future__ import annotations

from conftest import kinds, rows


def test_workers_and_states_ask_for_rises_and_credit(code):
    (seamen,) = rows(code("The seamen are seeking a 275 pct pay rise."), "REQUEST")
    assert seamen["actor"] == ["seamen"]
    (union,) = rows(code("The union is seeking a 10 pct wage increase."), "REQUEST")
    assert union["actor"] == ["union"]
    (iran,) = rows(code("Iran is again seeking credit."), "REQUEST")
    assert iran["actor"] == ["Iran"]


def test_firms_and_shareholders_seeking_rises_do_business(code):
    assert "REQUEST" not in kinds(code("The company is seeking a price increase for its products."))
    assert "REQUEST" not in kinds(code("Shareholders are seeking a rise in the dividend."))
