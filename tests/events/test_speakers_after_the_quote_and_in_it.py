"""Round 23, from random rows of political articles judged blind: a speech verb after the clause it reports has its
speaker after it, where the parser reads an object ("The plan is a disgrace, claimed the union organisation"); "I"
in a quote is whoever says it ("'I will meet the union leaders,' Blair said"), but "they" is no one person who speaks
("'I think they will attack,' the general said"); those a reported clause says undergo an act are no target of the
criticism ("safety representatives were ignored, claimed the union"). Sentences are our own."""

from __future__ import annotations

import pytest

from conftest import reader_rows, rows


def test_a_speaker_after_the_verb_is_its_subject(coder):
    from storyline.events.quotes import inverted_speaker

    doc = coder.nlp("The plan was a disgrace, claimed the union organisation.")
    verb = next(t for t in doc if t.lemma_ == "claim")
    assert inverted_speaker(verb).lemma_ == "organisation"
    doc = coder.nlp("The union claimed the plan was a disgrace.")
    assert inverted_speaker(next(t for t in doc if t.lemma_ == "claim")) is None  # the subject before it stands


def test_i_in_a_quote_is_the_speaker(code):
    (row,) = rows(code('"I will meet the union leaders next week," Blair said.'), "CONSULT")
    assert row["actor"] == ["Blair"]


@pytest.mark.parametrize(
    "text",
    ['"I think they will attack the city," the general said.', '"They will attack the city," the general warned.'],
)
def test_they_are_not_one_person_who_speaks(code, text):
    assert all("general" not in " ".join(e["actor"]) for e in rows(code(text), "ASSAULT"))


def test_they_are_the_many_who_speak(code):
    (row,) = rows(code("The rebels said they would attack the capital."), "ASSAULT")
    assert row["actor"] == ["rebels"]


def test_those_who_undergo_what_a_speaker_criticises_are_no_target(coder):
    text = "Labour MPs were often ignored when raising concerns, claimed the union organisation."
    (row,) = reader_rows(coder, text, {"ACCUSE": 0.97})
    assert "union organisation" in " ".join(p["text"] for p in row.actors)
    assert "MPs" not in " ".join(p["text"] for p in row.recipients)


def test_an_agreement_a_statement_reports_is_made_by_those_it_names(coder):
    text = "West Germany and Tanzania have signed an agreement on credits, the Finance Ministry said."
    (row,) = reader_rows(coder, text, {"AGREE": 0.97})
    assert sorted(p["text"] for p in row.actors) == ["Tanzania", "West Germany"]


def test_a_promise_in_the_first_person_is_the_speakers(coder):
    (row,) = reader_rows(
        coder, '"We will cut taxes by four billion pounds," the Conservative leader said.', {"AGREE": 0.97}
    )
    assert "leader" in " ".join(p["text"] for p in row.actors)
