"""Accusations the natural mix of news holds beyond the verbs of blame, in sentences of our own: a criminal
case is a public act whoever the parties are, a civil suit only where a state or a political actor takes part; a
filing speaks for its unnamed plaintiff; a verdict accuses whom it finds guilty or liable; a court's, an
inquiry's or a regulator's finding is a statement; being critical of someone criticises them; questioning
someone's good faith is criticism; a minister who faces criticism is criticised by someone unnamed."""

from __future__ import annotations

from conftest import kinds, rows


def test_a_case_between_firms_is_business_unless_a_state_takes_part(code):
    # one firm suing another is business, as GDELT leaves it (no coded actor) and as the official gold has it
    # ("Roche sued Genentech ... alleging": no event, ACCUSE only also right); since round 17 wherever it is filed,
    # as the natural mix's coders have it (a civil suit between private parties is their affair)
    assert kinds(code("Northwind Oil has sued Harbour Gas over the pipeline merger, the company said.")) == []
    assert kinds(code("The bank said it had filed a lawsuit against its former auditors.")) == []
    events = code("Northwind Oil has sued Harbour Gas in a federal court over the pipeline merger, the company said.")
    assert rows(events, "ACCUSE") == []
    assert "ACCUSE" in kinds(code("The Justice Department sued the company for hiding its debts."))
    # criticism between firms stays business as usual
    assert kinds(code("The retailer criticised its supplier's prices in a statement to investors.")) == []


def test_a_filing_speaks_for_its_plaintiff(code):
    events = code("The lawsuit accuses the bank of fraud.")
    assert [(e["actor"], e["recipient"]) for e in rows(events, "ACCUSE")] == [([], ["bank"])]


def test_a_verdict_accuses_whom_it_finds_guilty_or_liable(code):
    events = code("A jury found the senator guilty of taking bribes.")
    assert "ACCUSE" in kinds(events)
    assert "ACCUSE" in kinds(code("The firm was found liable for the spill."))
    assert kinds(code("The airline was not found liable for the crash.")) == []
    assert "ACCUSE" not in kinds(code("The jury found the evidence convincing."))


def test_a_finding_is_a_statement(code):
    events = code("The commission found that the company had abused its dominant position.")
    assert [(e["actor"], e["recipient"]) for e in rows(events, "ACCUSE")] == [(["commission"], ["company"])]
    assert "ACCUSE" in kinds(code("The court ruled that the ministry had violated the constitution."))


def test_being_critical_of_someone_criticises_them(code):
    events = code("Labour has been critical of the government's plans.")
    assert [(e["actor"], e["recipient"]) for e in rows(events, "ACCUSE")] == [(["Labour Party"], ["government"])]
    assert "ACCUSE" in kinds(code("The report was highly critical of the police."))
    assert kinds(code("He said the loan was critical to the success of the project.")) == []


def test_questioning_good_faith_and_facing_criticism(code):
    assert "ACCUSE" in kinds(code("The senator questioned the legality of the arms deal."))
    assert "ACCUSE" not in kinds(code("The senator questioned the figures in the report."))
    events = code("The defence minister faced criticism over the cost of the new helicopters.")
    assert [e["recipient"] for e in rows(events, "ACCUSE")] == [["the defence minister"]]


def test_what_a_party_does_is_judged_through_its_efforts_and_what_is_in_a_place(code):
    events = code("He said the efforts of the United Nations were admirable.")
    assert [e["recipient"] for e in rows(events, "SUPPORT")] == [["United Nations"]]
