"""Round 21: conditions stated without "if" or "unless" (events/conditions.py). Sentences are our own.

- An act inside a condition ("provided that", "providing", "as long as", "on condition that", "in the event of", an
  inverted "Should ..., Were ..., Had ...") is not reported as done.
- A clause looking ahead that such a condition binds is read as "if" binds it: a response of force threatens, a
  consequence is no event; an inverted condition's consequence is supposed, not said.
- Near misses: the same words as verbs of their own clause ("Britain is providing aid", "the aid provided by the
  bank"), "as long as" a length of time, a question, and a clause told as done beside a condition.
"""

from __future__ import annotations

import pytest

from conftest import kinds, rows
from storyline.annotate.nlp import load_model
from storyline.events.conditions import condition_spans


@pytest.fixture(scope="module")
def nlp():
    return load_model(None)


def spans(nlp, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    return [(doc[c.start : c.end].text.rstrip(". "), c.opener) for c in condition_spans(next(doc.sents))]


def test_the_stretch_of_each_form_of_condition(nlp):
    assert spans(nlp, "The pact takes effect provided that Chile lifts its ban on wheat.") == [
        ("provided that Chile lifts its ban on wheat", "provided that")
    ]
    assert spans(nlp, "As long as the guerrillas keep fighting, the army will stay in the valley.") == [
        ("As long as the guerrillas keep fighting", "as long as")
    ]
    inverted = spans(nlp, "Should Peru default, its creditors would seize its ships.")
    assert inverted == [("Should Peru default", "should")]
    assert spans(nlp, "In the event of a blockade, the navy will escort the convoys.") == [
        ("In the event of a blockade", "in the event of")
    ]


def test_the_same_words_in_their_own_senses_set_no_condition(nlp):
    assert spans(nlp, "Norway is providing food to the refugees, officials said.") == []
    assert spans(nlp, "The loans provided by the bank paid for the dam.") == []
    assert spans(nlp, "The stoppage could last as long as a month, union leaders said.") == []
    assert spans(nlp, "Should the talks resume next week?") == []


def test_an_act_inside_a_condition_is_not_done(code):
    assert kinds(code("The pact takes effect provided that Chile lifts its ban on Argentine wheat.")) == []
    assert kinds(code("The pact takes effect providing Chile lifts its ban on Argentine wheat.")) == []
    assert "SUPPORT" not in kinds(
        code("The premier said he would stay on providing the Green deputies would back his cabinet.")
    )
    assert "ASSAULT" not in kinds(code("As long as the guerrillas keep fighting, the army will stay in the valley."))
    assert "RETREAT" not in kinds(code("Were the cabinet to resign, the opposition would call for elections."))


def test_a_consequence_of_an_inverted_condition_is_supposed(code):
    assert kinds(code("Should Peru invade Ecuador, Brazil would ask the United States for help.")) == []
    assert kinds(code("Had the army stormed the town, the rebels would have surrendered.")) == []


def test_a_response_bound_by_a_condition_threatens(code):
    events = code("Iran said it would attack the tankers provided the United States escorted them.")
    (row,) = rows(events, "THREATEN")
    assert row["actor"] == ["Iran"] and row["status"] == "happened"
    assert "ASSAULT" not in kinds(events)


def test_a_clause_told_as_done_beside_a_condition_stands(code):
    events = code("The envoy met the rebel leaders on Monday and said the truce would hold as long as they kept out.")
    assert "CONSULT" in kinds(events)
    assert kinds(code("Norway is providing food aid to Sudan, officials said.")) == ["AID"]
