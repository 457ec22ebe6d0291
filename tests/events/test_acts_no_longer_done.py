"""Round 22: an act said to be done no more is not told as done. Sentences are our own.

- "no longer" before a verb negates it as "not" does ("will no longer allow foreign banks to", "no longer permits
  exports"): a permission or support withdrawn is no concession or support, and, said of what a party will do, a
  refusal, as "will not allow" is. The small model hangs "no" on "longer", not on the verb, so the negation was missed.
- A gerund a verb of ceasing governs ("has stopped allowing imports", "ceased shelling the town") names an act no
  longer done; "stopped to negotiate", an infinitive, is a pause in order to negotiate, and the act is done.
"""

from __future__ import annotations

from conftest import kinds, rows


def test_no_longer_negates_as_not_does(code):
    withdrawn = code("The government will no longer allow foreign banks to open branches, the minister said.")
    assert "CONCEDE" not in kinds(withdrawn) and "AGREE" not in kinds(withdrawn)
    (row,) = rows(withdrawn, "REJECT")  # as "will not allow": a refusal to ease
    assert row["rule"].endswith("(refusal)")
    assert "SUPPORT" not in kinds(code("Britain will no longer support the embargo against Cuba."))
    assert "CONCEDE" not in kinds(code("The ministry no longer permits exports of grain to Iran."))


def test_longer_without_a_negation_is_no_negation(code):
    assert "SUPPORT" in kinds(code("Britain will support the embargo against Cuba for longer than planned."))
    assert "CONCEDE" in kinds(code("The ministry now permits exports of grain to Iran."))


def test_a_gerund_a_verb_of_ceasing_governs_is_not_done(code):
    assert "CONCEDE" not in kinds(code("Japan has stopped allowing imports of American rice."))
    assert "ASSAULT" not in kinds(code("The rebels ceased shelling the town on Sunday."))
    assert "ASSAULT" in kinds(code("The rebels kept shelling the town on Sunday."))


def test_stopping_in_order_to_act_is_no_ceasing(code):
    (row,) = rows(code("Iran's foreign minister stopped in Ankara to negotiate with Turkish officials."), "CONSULT")
    assert row["status"] == "hypothetical"  # a purpose, not yet done; not an act ceased
