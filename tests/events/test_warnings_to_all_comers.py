"""Force promised against whoever acts is a threat (THREATEN) by the one who says it, to those it names. Sentences
are our own.

"Any attack on our ships will bring a forceful response, an official said": no attack has happened and none is
answered yet; the speaker warns, and "any Iranian attack" pins the deed on Iran. A forecast of a market's answer
("any rise in rates will bring a response from investors") threatens nothing.
"""

from __future__ import annotations

from conftest import kinds


def test_any_attack_will_bring_a_response_warns(code):
    rows = code(
        "Any Syrian attack on the border posts will bring a swift and forceful response, an Israeli official said."
    )
    assert kinds(rows) == ["THREATEN"]
    assert rows[0]["recipient_country"] == ["SYR"]


def test_any_attack_met_with_force_warns_its_doers(code):
    rows = code(
        "Any attack by the rebels on the capital will be met with overwhelming force, the defence minister said."
    )
    assert kinds(rows) == ["THREATEN"]
    assert rows[0]["recipient"] == ["rebels"]


def test_legal_action_promised_against_any_attempt_warns(code):
    rows = code("Any attempt to close the plant will face legal action, the union said.")
    assert kinds(rows) == ["THREATEN"]


def test_a_markets_answer_is_no_threat(code):
    assert kinds(code("Any rise in interest rates will bring a response from investors, analysts said.")) == []
