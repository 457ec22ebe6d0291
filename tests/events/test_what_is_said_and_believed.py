"""Round 9: what a speaker says is every clause joined to what is said, and what the speaker is reported
to believe ("she said she thought ..."); a shared modal or negation is shared; one speaker judging one
party twice in one statement is one criticism."""

from __future__ import annotations

from conftest import kinds, rows


def test_a_clause_joined_to_what_is_said_is_said_too(code):
    events = code("The opposition leader said the minister had spent the summer away and broken his pledge.")
    assert kinds(events) == ["ACCUSE"]
    assert rows(events, "ACCUSE")[0]["recipient"] == ["the minister"]


def test_a_belief_reported_in_the_third_person_is_asserted(code):
    events = code("The senator said she believed the administration's handling of the crisis was disgraceful.")
    assert kinds(events) == ["ACCUSE"] and rows(events, "ACCUSE")[0]["recipient"] == ["administration"]
    # a belief denied asserts nothing
    assert kinds(code("The senator said she did not believe the administration's handling was disgraceful.")) == []


def test_a_shared_modal_or_negation_is_shared(code):
    # "would ... wreck": a forecast of what a party would do is no deed judged
    assert kinds(code("The minister said the opposition would raise taxes and wreck the economy.")) == []


def test_one_criticism_per_speaker_and_party_in_one_statement(code):
    events = code("The mayor said the council had lied to residents and had betrayed the town.")
    assert kinds(events) == ["ACCUSE"] and len(rows(events, "ACCUSE")) == 1


def test_promises_broken_are_not_made(code):
    # the small model reads "had broken promises" as "had" with an object "broken promises"
    events = code("Opposition deputies said the government had broken promises.")
    assert kinds(events) == ["ACCUSE"] and rows(events, "ACCUSE")[0]["recipient"] == ["government"]
    assert kinds(code("Voters are tired of broken promises.")) == []
    assert kinds(code("The government made promises to farmers.")) == ["AGREE"]


def test_what_this_is_said_to_be_judges_its_owner(code):
    events = code('"This is simply a scurrilous attempt by the opposition to score points," the minister said.')
    assert kinds(events) == ["ACCUSE"] and rows(events, "ACCUSE")[0]["recipient"] == ["opposition"]


def test_dismay_at_what_another_party_did_criticises_it(code):
    events = code("Britain is disappointed that France has refused to lift the ban.")
    accused = rows(events, "ACCUSE")
    assert accused and accused[0]["actor"] == ["United Kingdom"] and accused[0]["recipient"] == ["France"]
    # a fear of what may come, or a worry about prices, judges no one
    assert "ACCUSE" not in kinds(code("The minister said he was concerned the talks would fail."))
    assert kinds(code("Farmers are worried that prices will fall.")) == []
