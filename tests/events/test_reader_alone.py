"""The reader's own rows (events/alone.py): where a sentence reports an event in words no pattern names, a type
the reader is all but sure of becomes a row, with its parties read from the clause that says it. These tests give
the step fixed probabilities, so they test how it reads the sentence, not what the trained reader thinks."""

from __future__ import annotations

import pytest

from storyline.actors.mentions import DocActors
from storyline.events import meaning
from storyline.events.alone import AloneRows, political_in
from storyline.events.filters import political_keys


@pytest.fixture(scope="module")
def alone(coder):
    return AloneRows(coder.coder.participants, coder.coder.event_nouns)


def rows(coder, alone, text: str, reading: dict[str, float], have: frozenset[str] = frozenset(), threshold=0.9):
    doc = coder.nlp(text)
    actors = DocActors(doc, "t", coder.gazetteer)
    sent = next(iter(doc.sents))
    return alone.candidates(reading, threshold, sent, actors, set(have), political_keys(actors))


def names(parties: list[dict]) -> list[str]:
    return [p["text"] for p in parties]


def test_an_act_done_by_saying_it_is_the_speakers(coder, alone):
    text = "Senator Mark Hollis said the Labour Party's budget was a cynical con."
    found = rows(coder, alone, text, {"ACCUSE": 0.97})
    assert len(found) == 1
    row = found[0]
    assert row.type == "ACCUSE" and row.rule == "meaning alone 0.97"
    assert names(row.actors) == ["Mark Hollis"] and names(row.recipients) == ["Labour Party"]


def test_an_act_a_statement_reports_is_the_reported_clauses(coder, alone):
    found = rows(
        coder, alone, "Officials said troops from Chad crossed into Sudan and shelled two villages.", {"ASSAULT": 0.96}
    )
    assert len(found) == 1 and found[0].trigger.lemma_ == "cross"
    assert found[0].actors[0]["name"] == "Chad military" and names(found[0].recipients) == ["Sudan"]


def test_no_row_without_a_political_party(coder, alone):
    text = "Shares in the carmaker jumped after its chief executive praised the new model."
    doc = coder.nlp(text)
    assert not political_in(next(iter(doc.sents)), DocActors(doc, "t", coder.gazetteer))
    assert rows(coder, alone, text, {"SUPPORT": 0.99}) == []


def test_only_types_the_sentence_lacks_and_the_reader_is_sure_of(coder, alone):
    text = "The French foreign minister said Iran must open its nuclear sites to inspectors."
    assert rows(coder, alone, text, {"REQUEST": 0.8}) == []  # under the threshold
    assert rows(coder, alone, text, {"REQUEST": 0.97}, have=frozenset({"REQUEST"})) == []  # a row of it stands
    both = rows(coder, alone, text, {"REQUEST": 0.97, "ACCUSE": 0.93})
    assert [c.type for c in both] == ["REQUEST", "ACCUSE"]  # the surer first


def test_a_report_of_a_report_is_read_down_to_the_act(coder, alone):
    found = rows(
        coder,
        alone,
        "Officials said the agency quoted the general as saying troops from Chad had shelled Sudan.",
        {"ASSAULT": 0.95},
    )
    assert len(found) == 1 and found[0].trigger.lemma_ == "shell"
    assert found[0].actors[0]["name"] == "Chad military" and names(found[0].recipients) == ["Sudan"]


def test_a_passive_act_is_the_by_phrases_and_a_political_target_comes_first(coder, alone):
    text = "A Norwegian student was ordered to pay compensation by the country's Supreme Court."
    found = rows(coder, alone, text, {"COERCE": 0.9})
    assert len(found) == 1 and names(found[0].actors) == ["Supreme Court"]
    assert names(found[0].recipients) == ["Norwegian student"]
    text = 'A Conservative spokeswoman said the campaign, offensive to many people, was "a big misjudgement by Labour".'
    found = rows(coder, alone, text, {"ACCUSE": 0.98})
    assert names(found[0].recipients) == ["Labour"]


def test_the_one_a_report_quotes_is_the_speaker(coder, alone):
    text = "Interfax quoted the defence minister as saying that Georgia had provoked the clashes."
    found = rows(coder, alone, text, {"ACCUSE": 0.97})
    assert len(found) == 1
    assert names(found[0].actors) == ["defence minister"] and names(found[0].recipients) == ["Georgia"]
    # nor is the one who quotes the target when the quote names no other party
    text = '"They have looted this country for years," Interfax quoted the Georgian defence minister as saying.'
    found = rows(coder, alone, text, {"ACCUSE": 0.97})
    assert len(found) == 1 and "Interfax" not in names(found[0].recipients)


def test_who_hears_a_stance_is_not_its_target_but_who_is_asked_is(coder, alone):
    told = 'But the foreign secretary told the Commons defence committee: "Our position is clear and not for sale."'
    found = rows(coder, alone, told, {"REJECT": 0.97})
    assert len(found) == 1 and names(found[0].actors) == ["foreign secretary"] and found[0].recipients == []
    said_to = "The Kenyan minister said to reporters that the plan was a betrayal of farmers."
    assert all("reporters" not in names(c.recipients) for c in rows(coder, alone, said_to, {"ACCUSE": 0.97}))
    asked = "The foreign minister told Iran to halt its enrichment programme at once."
    found = rows(coder, alone, asked, {"REQUEST": 0.97})
    assert len(found) == 1 and names(found[0].recipients) == ["Iran"]


def test_a_stance_is_about_the_subject_of_what_it_reports(coder, alone):
    text = "Senator Mark Hollis said at a rally in France that the Labour Party's budget was a cynical con."
    found = rows(coder, alone, text, {"ACCUSE": 0.97})
    assert len(found) == 1 and names(found[0].recipients) == ["Labour Party"]  # not France, where he said it


def test_the_reader_must_be_surer_of_asking_and_praising_than_of_other_acts(coder, alone):
    # a tone of asking or praising with no verb of either is the reader's weakest guess (meaning.ALONE_BY_TYPE)
    text = "The French foreign minister said Iran's nuclear plan was a reckless gamble."
    found = rows(coder, alone, text, {"REQUEST": 0.97, "ACCUSE": 0.97}, threshold=meaning.alone_threshold)
    assert [c.type for c in found] == ["ACCUSE"]
    assert meaning.alone_threshold("REQUEST") > meaning.alone_threshold("ACCUSE") == meaning.ALONE


def test_the_possessor_of_an_event_noun_does_it(coder, alone):
    # "the president's visit to Jordan ... was overshadowed": the subject of "overshadowed" undergoes that verb, but
    # the one whose visit it is visits, and "to Jordan" says whom
    text = "The Egyptian president's visit to Jordan, which began on Sunday, was overshadowed by the protests."
    found = rows(coder, alone, text, {"CONSULT": 0.95})
    assert [(c.type, names(c.actors), names(c.recipients)) for c in found] == [
        ("CONSULT", ["Egyptian president"], ["Jordan"])
    ]


def test_who_has_anothers_support_is_supported(coder, alone):
    # the object of a verb of having: Washington backs the leader, not the leader Washington; where the leader
    # praises that support, the leader acts, as any subject does
    found = rows(coder, alone, "The Kenyan opposition leader has won Washington's backing.", {"SUPPORT": 0.97})
    assert [(names(c.actors), names(c.recipients)) for c in found] == [(["Washington"], ["Kenyan opposition leader"])]
    praised = rows(
        coder, alone, "The Kenyan opposition leader praised Washington's support for the plan.", {"SUPPORT": 0.97}
    )
    assert [names(c.actors) for c in praised] == [["Kenyan opposition leader"]]
