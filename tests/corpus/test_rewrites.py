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


# A wire story and another outlet's version four hours later: every sentence reworded, the
# paragraphs reordered, the same suit, companies, official, figures and quotation.
SUIT = """The state of Keldon sued Arlow Petroleum and two contractors on Tuesday over a pipeline spill that fouled 40 miles of coastline in March, Attorney General Maria Soto said.
The lawsuit, filed in Bramley County court, names Arlow and the contractors Tessel Pipeline Services and Garrow Engineering, and seeks $120 million in damages.
It accuses the companies of ignoring corrosion warnings for three years before the pipe burst near Port Alden.
"These companies knew the line was failing and chose profits over our coast," Soto said in a statement.
About 2,500 barrels of crude leaked before the line was shut, according to state regulators.
Arlow said it had not seen the complaint and would defend itself. Tessel and Garrow did not respond to requests for comment.
The spill closed fisheries along the coast for six weeks.
"""

SUIT_REWORDED = """Keldon's top lawyer has taken Arlow Petroleum and a pair of its contractors to court after the March rupture of a pipeline that blackened 40 miles of shoreline.
Attorney General Maria Soto said on Tuesday: "These companies knew the line was failing and chose profits over our coast."
Roughly 2,500 barrels of crude escaped from the Port Alden pipe before it was closed, regulators estimate.
Filed in Bramley County court, the complaint wants $120 million from Arlow and the firms Tessel Pipeline Services and Garrow Engineering.
For three years, it alleges, the firms disregarded warnings that the pipe was corroding until it ruptured.
Fisheries off the coast were shut for six weeks.
Arlow has not yet seen the suit and will fight it, the firm said; Tessel and Garrow gave no comment.
"""

# Two outlets at the same court hearing: the same case, judge and ruling, each with its own
# quotations, sources and details.
HEARING = """A judge in Bramley on Monday refused to dismiss the state's lawsuit against Arlow Petroleum over the Port Alden spill, clearing the way for a trial next year.
Judge Helen Marsh said the state had shown enough evidence that the company ignored corrosion warnings.
"The question of what Arlow knew, and when, is one for a jury," Marsh said from the bench.
Lawyers for Arlow argued that the pipeline had passed its last inspection in 2022.
Outside the courthouse, fishermen who lost six weeks of work held signs demanding compensation.
Attorney General Maria Soto said the ruling was a victory for the coast and for 2,500 fishing families.
"""

HEARING_OWN = """Arlow Petroleum lost its bid on Monday to have the Keldon spill case thrown out, as Judge Helen Marsh ruled the state's claims could go to trial.
Arlow's lawyer, Dennis Crewe, told the court the company had spent $8 million on pipeline maintenance since 2019.
"We are confident the facts will show Arlow acted responsibly," Crewe said after the hearing.
The state says about 2,500 barrels of crude leaked from the line near Port Alden in March.
Marsh set a trial date for next April, and the state's lawyers said the ruling showed the company ignored corrosion warnings.
A spokesman for Attorney General Maria Soto said the office was pleased with the ruling on the Port Alden spill.
"""

DAY = date(2024, 6, 4)


def test_a_reworded_and_reordered_report_is_a_rewrite():
    assert is_rewrite(SUIT, SUIT_REWORDED, DAY, DAY)


def test_the_rewrite_is_found_by_its_facts_not_its_words():
    from storyline.corpus.rewrites import content_sentences

    # few of its sentences share a third of their words with any sentence of the wire story
    def overlap(x, y):
        return len(x & y) / (len(x | y) or 1)

    wire, reworded = content_sentences(SUIT), content_sentences(SUIT_REWORDED)
    close = [s for s in reworded if any(overlap(s, w) >= 0.5 for w in wire)]
    assert len(close) <= len(reworded) // 2
    assert is_rewrite(SUIT, SUIT_REWORDED, DAY, DAY)


def test_two_outlets_at_one_hearing_are_a_story_not_a_rewrite():
    assert is_rewrite(HEARING, HEARING_OWN, DAY, DAY) is None
    assert is_rewrite(HEARING, HEARING_OWN) is None


def test_the_rewrite_of_another_day_is_a_follow_up():
    assert is_rewrite(SUIT, SUIT_REWORDED, DAY, date(2024, 6, 7)) is None


def test_a_report_that_brings_its_own_quotation_is_not_a_rewrite():
    own_voice = SUIT_REWORDED.replace(
        "Fisheries off the coast were shut for six weeks.",
        '"We lost a season, and nobody has paid us a cent," said Tom Brill, a fisherman in Port Alden.',
    )
    trimmed = SUIT.replace('"These companies knew the line was failing and chose profits over our coast," ', "")
    assert is_rewrite(SUIT, own_voice, DAY, DAY) is not None  # an added voice alone: still mostly the wire
    assert own_voice != SUIT_REWORDED
    answer = '"We followed every inspection rule the state wrote for this pipeline," an Arlow spokesman said.\n'
    assert is_rewrite(trimmed + answer, own_voice, DAY, DAY) is None  # each quotes someone the other does not


def test_numbers_in_words_and_digits_are_one_fact():
    assert {"#3", "#2500", "#40"} <= set(facts(SUIT))
    assert "#3" in facts("Three people were hurt.") or "#3" in facts("Police said three people were hurt.")
