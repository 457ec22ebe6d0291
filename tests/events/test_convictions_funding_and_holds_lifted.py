"""Round 25: senses of three verbs of the lexicon. Sentences are our own.

- A conviction is the court's finding of guilt, the end of a prosecution (ACCUSE, legal); the sentence that follows
  holds people (COERCE), as before.
- Funding a party aids it (AID); funding a project, a plan or a deficit is spending, no aid.
- Lifting an injunction, a freeze or a suspension concedes (CONCEDE), as lifting a ban did; lifting output raises it.
- "Neither admitted nor denied", "did not admit or deny": the negation holds for both verbs, so nothing is denied;
  the charges not admitted still stand ("did not admit the charges and denied wrongdoing" denies).
"""

from __future__ import annotations

from conftest import kinds, rows


def test_a_conviction_is_a_legal_act_and_a_sentence_holds(code):
    (row,) = rows(code("A court convicted the opposition leader of treason."), "ACCUSE")
    assert row["actor"] == ["court"] and row["recipient"] == ["the opposition leader"]
    convicted = code("Mr Elgindy was convicted of racketeering, securities fraud and extortion.")
    assert "ACCUSE" in kinds(convicted) and "COERCE" not in kinds(convicted)
    assert "ACCUSE" not in kinds(code("He could face 85 years in prison if convicted of all the charges."))
    assert "COERCE" in kinds(code("The opposition leader was sentenced to ten years in prison."))


def test_funding_a_party_aids_it_and_funding_a_project_does_not(code):
    (row,) = rows(code("Saudi Arabia financed the rebels in Afghanistan."), "AID")
    assert row["actor"] == ["Saudi Arabia"] and row["recipient"] == ["rebels"]
    assert "AID" in kinds(code("Iran funds the militia in southern Lebanon."))
    assert "AID" not in kinds(code("The research project was funded by the European Union."))
    assert "AID" not in kinds(code("The United States will fund its trade and budget deficits."))


def test_a_hold_lifted_is_a_concession(code):
    (row,) = rows(code("The EC lifted the suspension of aid to Syria."), "CONCEDE")
    assert row["recipient"] == ["Syria"]
    assert "CONCEDE" in kinds(code("The court lifted an injunction against the union."))
    assert "CONCEDE" in kinds(code("The government lifted the freeze on the group's assets."))
    assert "CONCEDE" not in kinds(code("The company lifted its output by ten percent."))


def test_neither_admitted_nor_denied_denies_nothing_and_the_charges_stand(code):
    neither = code("The firm has neither admitted nor denied wrongdoing in the settlement.")
    assert "REJECT" not in kinds(neither)
    answered = code("Thompson did not admit or deny the charges.")
    assert "REJECT" not in kinds(answered)
    (charged,) = rows(answered, "ACCUSE")
    assert charged["status"] == "happened" and charged["recipient"] == ["Thompson"]
    assert "REJECT" in kinds(code("Thompson did not admit the charges and denied any wrongdoing."))
    assert "ACCUSE" not in kinds(code("Police did not file charges against him."))
