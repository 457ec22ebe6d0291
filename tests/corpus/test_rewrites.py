# ruff: noqa: E501  (article texts written for the tests, one paragraph per line)
"""Rewrites on texts written for these tests: a wire story republished with its paragraphs
reordered and sentences trimmed is a rewrite; another outlet's own report of the same event, with
the same names and numbers and the same quoted statement, is not."""

from __future__ import annotations

from datetime import date

from storyline.corpus.rewrites import facts, is_rewrite

WIRE = """A passenger ferry ran aground off the Greek island of Naxos on Monday, and coastguard boats took all 212 passengers to shore, the Greek coastguard said.
The ferry Aegean Star struck rocks about two miles from the port of Naxos shortly after leaving for Piraeus in strong winds.
Coastguard spokesman Nikos Petrou said three passengers were treated for minor injuries at the island's hospital.
"Everyone is safe, and the ship is stable," Petrou told reporters in Athens.
The operator, Cyclades Lines, said the vessel would be towed to Piraeus for inspection once the weather improved.
Divers from the coastguard were examining the hull for damage on Monday evening.
Ferry services between Naxos and Paros were suspended until Wednesday because of the winds, the ministry of shipping said.
"""

REPUBLISHED = """PHOTO: The Aegean Star aground near Naxos. (Coastguard handout)
Coastguard boats brought all 212 passengers of a ferry that ran aground off the Greek island of Naxos to shore on Monday, the Greek coastguard said.
The ferry Aegean Star struck rocks about two miles from the port of Naxos shortly after it left for Piraeus in strong winds.
Ferry services between Naxos and Paros were suspended until Wednesday because of the winds, the ministry of shipping said.
Coastguard spokesman Nikos Petrou said three passengers were treated for minor injuries at the hospital on the island.
The operator, Cyclades Lines, said the vessel would be towed to Piraeus for an inspection once the weather improved.
"""

OWN_REPORT = """Holidaymakers spent a frightening afternoon on the deck of the Aegean Star after the Cyclades Lines ferry hit a reef near Naxos.
Passengers described a loud bang and the ship tilting as it turned towards open water bound for Piraeus.
All 212 people on board were ferried back to Naxos by small boats, and three needed hospital treatment, the Greek coastguard said.
"Everyone is safe, and the ship is stable," coastguard spokesman Nikos Petrou said.
Local officials on Naxos criticised the decision to sail despite warnings of strong winds.
The shipping ministry halted crossings between Naxos and Paros until Wednesday.
"""


def test_republished_wire_story_is_a_rewrite():
    assert is_rewrite(WIRE, REPUBLISHED, date(2024, 3, 4), date(2024, 3, 4))


def test_independent_report_of_the_same_event_is_not():
    # same names, same numbers, the same quoted statement: still its own telling
    assert is_rewrite(WIRE, OWN_REPORT, date(2024, 3, 4), date(2024, 3, 4)) is None


def test_a_follow_up_days_later_is_not_a_rewrite():
    assert is_rewrite(WIRE, REPUBLISHED, date(2024, 3, 4), date(2024, 3, 8)) is None


def test_facts_are_names_and_numbers():
    got = facts(WIRE)
    assert {"naxos", "#212", "aegean", "petrou"} <= set(got)
    assert "a" not in got and "the" not in got  # sentence-initial capitals are not names


def test_without_dates_a_follow_up_needs_more_than_shared_facts():
    follow_up = REPUBLISHED.replace("ran aground", "was refloated after running aground").replace(
        "Ferry services between Naxos and Paros were suspended until Wednesday", "Ferry services resumed on Wednesday"
    )
    assert is_rewrite(WIRE, follow_up, date(2024, 3, 4), date(2024, 3, 4))
    assert is_rewrite(WIRE, OWN_REPORT) is None


def test_the_same_template_with_other_figures_is_another_story():
    other_fund = (
        "Harbor Growth Fund said it set a monthly dividend of 6.1 cts per share, payable April 15 to holders of record March 31.\n"
        "The fund paid 5.8 cts per share in the previous month, Harbor Capital said in Boston.\n"
    )
    same_template = other_fund.replace("Growth", "Income").replace("6.1", "4.2").replace("5.8", "4.4")
    assert is_rewrite(other_fund * 3, same_template * 3, date(2024, 3, 4), date(2024, 3, 4)) is None
