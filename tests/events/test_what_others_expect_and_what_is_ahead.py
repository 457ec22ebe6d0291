"""Round 23: what others foresee a party doing is their guess, no act ("most expect Saudi Arabia to oppose a rise"),
though one's own expectation is a plan ("Iran expects to sign next week") and what is scheduled stays planned ("the
union is expected to call a strike"); an event named after "ahead of" is still to come; a row the reader finds on
its own under a verb of planning or scheduling is the act planned, with that status ("agreed to reopen talks", "are
expected to raise concerns"). Found in random rows of political articles judged blind. Sentences are our own."""

from __future__ import annotations

import pytest

from conftest import reader_rows, rows


@pytest.mark.parametrize(
    ("text", "kind", "status"),
    [
        # what others foresee a party doing is their guess
        ("Most delegates expect Saudi Arabia to oppose a price increase at the meeting.", "REJECT", "hypothetical"),
        ("Analysts predict the union will call a strike next month.", "PROTEST", "hypothetical"),
        (
            "The market expects the seven nations to try to agree on a way to stabilise currencies.",
            "CONSULT",
            "hypothetical",
        ),
        # one's own expectation is a plan; what is expected of a party stays planned
        ("Iran expects to sign the agreement with Turkey next week.", "AGREE", "planned"),
        ("The union is expected to call a strike at the plant.", "PROTEST", "planned"),
    ],
)
def test_the_status_of_what_is_expected(code, text, kind, status):
    (row,) = rows(code(text), kind)
    assert row["status"] == status


def test_a_summit_ahead_is_planned(code):
    events = code("Mr Blair met Mr Berlusconi in London ahead of the EU summit in Brussels later in the week.")
    summits = [e for e in rows(events, "CONSULT") if e["trigger"] == "summit"]
    assert summits and all(e["status"] == "planned" for e in summits)


def test_because_of_a_strike_it_happened(code):
    events = code("Exports fell sharply because of the strike by the dockers' union.")
    assert all(e["status"] == "happened" for e in rows(events, "PROTEST"))


def test_the_readers_row_under_a_verb_of_planning_is_the_act_planned(code):
    from storyline.annotate.nlp import load_model
    from storyline.events.alone import planned_act

    nlp = load_model(None)
    doc = nlp("The ruling and opposition parties agreed to reopen talks on the budget.")
    assert planned_act(doc[:].root).lemma_ == "reopen"
    doc = nlp("Senior MPs are expected to raise concerns at the meeting.")
    assert planned_act(doc[:].root).lemma_ == "raise"
    doc = nlp("The minister declined to attend the talks.")
    assert planned_act(doc[:].root).lemma_ == "decline"  # a refusal is the act itself


def test_an_act_done_by_saying_passes_only_through_what_schedules_it(code):
    from storyline.annotate.nlp import load_model
    from storyline.events.alone import SCHEDULED_WORDS, planned_act

    nlp = load_model(None)
    doc = nlp("The parties agreed to reopen talks on the budget.")
    assert planned_act(doc[:].root, SCHEDULED_WORDS).lemma_ == "agree"  # the agreement is the act


def test_the_readers_own_row_under_a_plan_is_planned_and_done_by_those_who_plan(coder):
    text = "Labour MPs are expected to raise concerns about the Conservatives at the meeting."
    (row,) = reader_rows(coder, text, {"ACCUSE": 0.97})
    assert row.trigger.lemma_ == "raise" and row.status == "planned"
    assert "Labour" in " ".join(p["text"] for p in row.actors)


def test_such_acts_are_a_kind_none_reported(code):
    (row,) = rows(code("Mr Abbas said such attacks were against Palestinian interests."), "ASSAULT")
    assert row["status"] == "hypothetical"
    (row,) = rows(code("The attack on the convoy killed ten soldiers."), "ASSAULT")
    assert row["status"] == "happened"
