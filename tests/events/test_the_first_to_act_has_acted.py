"""Round 26: a to-infinitive that ranks who did an act ("the first official to visit", "the only Democrat to support")
tells the act as done; other infinitives on a noun stay unrealised. Sentences are our own.

- "He was the first senior UAE official to visit Yugoslavia since ...": CONSULT, reported (not background); "the only
  Democrat to support Reagan": SUPPORT of Reagan.
- "The order to send marines was given" sends no one; "the next minister to visit Beijing" has not visited.
"""

from __future__ import annotations

from conftest import rows


def test_an_act_its_doer_is_ranked_by_is_done(code):
    (visit,) = rows(
        code("He was the first senior UAE official to visit Yugoslavia since the two countries established relations."),
        "CONSULT",
    )
    assert visit["recipient"] == ["Yugoslavia"] and visit["status"] == "happened" and not visit["background"]
    (support,) = rows(code("Terry Sanford, the only Democrat to support Reagan, later changed his mind."), "SUPPORT")
    assert support["recipient"] == ["Ronald Reagan"] and not support["background"]


def test_other_infinitives_on_a_noun_are_not_done(code):
    found = code("He will be the next minister to visit Beijing.")
    assert not [r for r in found if r["type"] == "CONSULT" and r["status"] == "happened"]
    found = code("The order to send marines was given on Monday.")
    assert not [r for r in found if r["type"] == "MOBILIZE" and r["status"] == "happened" and not r["background"]]
