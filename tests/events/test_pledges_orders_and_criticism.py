"""Round 28: pledges told by a participle, agreements told impersonally, orders of a measure, and criticism a party
named before the noun makes. Sentences are our own.

- "Going into the election pledged to raise taxes": the participle's pledge is the subject's (AGREE, Kennedy).
- "It was agreed to conduct reviews every 15 months" tells an agreement whose parties are left unnamed; "it is agreed
  that prices will rise" is a view.
- Ordering a measure is the orderer's own act ("ordered a high-level review", "ordered all contracts to be
  examined"); ordering a party to act asks it ("ordered chipmakers to cut production").
- Criticism a party named before the noun makes is its own: "growing U.S. criticism of Japanese trade practices",
  and the one criticised is named after "of", "over" or "at" ("Tokyo's criticism of Washington"). Displeasure named
  as a noun ("deep U.S. frustration over Japan's policy", "anger in the village") is a feeling, no act: tried as
  criticism in round 28, it was wrong four times in four on the read splits.
"""

from __future__ import annotations

from conftest import rows


def test_a_pledge_told_by_a_participle_is_the_subjects(code):
    (pledge,) = rows(code("Mr Kennedy is going into the election pledged to increase taxation."), "AGREE")
    assert pledge["actor"] == ["Kennedy"]
    assert not rows(code("Police arrived at the scene, armed with batons."), "AGREE")
    # a bare passive participle is undergone: "when asked for his view" he is asked, he asks no one; "when forced to"
    # is forced; an election "expected to be called" is called by no one the sentence names
    assert not rows(code("The Community can only take tough decisions when forced to do so."), "COERCE")
    sentence = (
        "All parties are stepping up campaigning before the general election, widely expected to be called for May."
    )
    assert not rows(code(sentence), "REQUEST")
    assert not rows(code("Mr Shad told the subcommittee he favoured the change when asked for his view."), "REQUEST")


def test_an_agreement_told_impersonally(code):
    (agreed,) = rows(code("It was agreed to meet again next month, the ministry said."), "AGREE")
    assert agreed["status"] == "happened"
    assert not rows(code("It is agreed that prices will rise."), "AGREE")


def test_ordering_a_measure_asks_no_one(code):
    assert not rows(
        code("The president said he was ordering a high-level review of security at the embassy."), "REQUEST"
    )
    assert not rows(
        code("The president has ordered all existing contracts with foreign firms to be examined."), "REQUEST"
    )
    (ordered,) = rows(code("The UN ordered Iraq to withdraw its troops."), "REQUEST")
    assert ordered["recipient"] == ["Iraq"]


def test_criticism_a_party_makes_and_whom_it_is_of(code):
    (growing,) = rows(code("There is growing U.S. criticism of Japanese trade practices."), "ACCUSE")
    assert growing["actor"] == ["United States"]
    (criticism,) = rows(code("Tokyo's criticism of Washington grew."), "ACCUSE")
    assert criticism["actor"] == ["Japan"] and criticism["recipient"] == ["United States"]
    assert not rows(code("There was anger in the village after the storm."), "ACCUSE")
    assert not rows(code("The tariffs stem from deep U.S. frustration over Japan's trade policy."), "ACCUSE")
