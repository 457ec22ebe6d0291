"""Round 22: whose act or proposal it is, said after it with "by" ("a proposal by House speaker Jim Wright"), names
the party as a possessor before it does ("Wright's proposal"): the target of a stance on it. And a court named as
where an act is done ("filed in the Federal Court") is its forum, no party to it. Sentences are our own."""

from __future__ import annotations

from conftest import rows


def test_the_owner_of_a_criticised_proposal_is_the_recipient(code):
    (row,) = rows(code("Miller criticised a proposal by House speaker Jim Wright to tax share dealing."), "ACCUSE")
    assert row["recipient"] == ["Jim Wright"]


def test_the_owner_of_a_rejected_offer_is_the_recipient(code):
    (row,) = rows(code("The minister rejected an offer by the rebels to hold talks."), "REJECT")
    assert row["recipient"] == ["rebels"]


def test_by_naming_no_party_names_none(code):
    (row,) = rows(code("The minister rejected an offer by telephone to hold talks."), "REJECT")
    assert row["recipient"] == []


def test_by_inside_a_phrase_names_no_party_to_the_act(code):
    # the Shah owns the loan, and is no party to the talks about its repayment
    (row,) = rows(
        code("Talks between France and Iran on the repayment of a loan by the late Shah made progress."), "CONSULT"
    )
    assert "Shah" not in row["recipient"]


def test_a_court_named_as_where_it_is_done_is_no_party_to_it(code, coder):
    # the forum: a suit "in" a court is against the one it names, never the court
    (row,) = rows(code("The union sued the government in the Supreme Court over the new tax."), "ACCUSE")
    assert row["recipient"] == ["government"]
    from storyline.actors.mentions import DocActors
    from storyline.events.participants import ParticipantFinder

    doc = coder.nlp("The company said it filed in the Federal Court, charging the offer broke the law.")
    actors = DocActors(doc, "t", coder.coder.g)
    court = next(t for t in doc if t.text == "Court")
    assert actors.actor_for(court) is not None and ParticipantFinder._forum(court, actors)
    assert ParticipantFinder._forum(doc[7], actors)  # "Federal", a word of the court's name
    appeal = coder.nlp("The union appealed to the Supreme Court against the ban.")
    court = next(t for t in appeal if t.text == "Court")
    assert not ParticipantFinder._forum(court, DocActors(appeal, "t", coder.coder.g))  # an appeal "to" it
