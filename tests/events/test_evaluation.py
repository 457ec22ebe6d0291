"""Praise and criticism said as what a speaker calls someone (events/evaluation.py), in sentences of
our own: verbs of naming with a judging predicate, and a speaker's asserted clause that judges a named
party, what it owns, or a public matter. Feelings, harm, comparisons, markets and negation judge no one."""

from __future__ import annotations

import pytest


def judged(events):
    return [
        (e["type"], e["actor"], e["recipient"])
        for e in events
        if e["status"] not in ("hypothetical", "negated") and e["rule"].startswith("clause:")
    ]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # naming: the predicate's rating decides, the verb's other senses are off
        ("The senator is calling the Egyptian president a good friend.", ("SUPPORT", "Egypt")),
        ("The farmers' union labelled the minister incompetent.", ("ACCUSE", "minister")),
        ("The mayor described the governor as dishonest.", ("ACCUSE", "governor")),
        # statements: a named party, or what it owns, is something or did a deed of bad conduct
        ("The opposition leader said the prime minister was a coward.", ("ACCUSE", "prime minister")),
        ("The Liberal Democrats said the government's asylum plans were shameful.", ("ACCUSE", "government")),
        ("Greenpeace said the Dutch government had misled the public.", ("ACCUSE", "Netherlands")),
    ],
)
def test_a_judgement_of_a_party_is_praise_or_criticism(code, sentence, expected):
    kind, target = expected
    rows = judged(code(sentence))
    assert len(rows) == 1, rows
    assert rows[0][0] == kind and rows[0][1]
    if target:
        assert any(target.lower() in r.lower() for r in rows[0][2]), rows


def test_a_rated_participle_before_its_head_decides_the_sign(code):
    rows = judged(code("The Green Party said the budget was a wasted opportunity."))
    assert [r[0] for r in rows] == ["ACCUSE"], rows


def test_calling_someone_a_friend_is_no_phone_call(code):
    events = code("The senator is calling the Egyptian president a good friend.")
    assert "CONSULT" not in {e["type"] for e in events}


def test_a_public_matter_can_be_criticised_with_no_party_named(code):
    rows = judged(code("The teachers' union called the budget a disgrace."))
    assert rows == [("ACCUSE", ["teachers' union"], [])] or (rows and rows[0][0] == "ACCUSE" and rows[0][2] == [])


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister said the hostages were safe.",  # a state of fortune, no judgement
        "Officials said the two soldiers were dead.",  # a fact of harm
        "The chancellor said he was confident the economy would grow.",  # a feeling, and the speaker's own
        "The ambassador said the new code was more effective than the old ban.",  # a comparison of things
        "The senator said the governor was not a liar.",  # negated
        "The senator said the governor might be a liar.",  # not asserted
        "The company said its quarterly results were excellent.",  # results are no public matter
        "A broker said the dollar was weak against the yen.",  # a market
        "An analyst described the bank's profits as pretty modest.",  # an adverb of degree rates nothing
        "The party said it was proud of its record.",  # the speaker judging itself
        "The party chairman said his party was ambitious to win seats.",  # his own party, and a stance
        "The agency said the government was interested in selling the mines.",  # a stance, no judgement
    ],
)
def test_feelings_harm_comparisons_markets_and_negation_judge_no_one(code, sentence):
    assert judged(code(sentence)) == [], sentence


def test_a_speaker_who_says_a_party_ignored_or_failed_a_duty_criticises_it(code):
    rows = judged(code("Campaigners said the ministry had failed to protect older people."))
    assert [r[0] for r in rows] == ["ACCUSE"] and rows[0][2] == ["ministry"]
    assert judged(code("The coach said his players had failed to take their chances.")) == []  # his own side


def test_one_who_faces_charges_is_accused_by_someone_unnamed(code):
    rows = [e for e in code("The former minister faces charges of corruption.") if e["type"] == "ACCUSE"]
    assert rows and rows[0]["recipient"] == ["former minister"] and rows[0]["actor"] == []
    assert [e for e in code("The bank charges customers a fee for each transfer.") if e["type"] == "ACCUSE"] == []
