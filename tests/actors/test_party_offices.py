"""A party's office holder acts for the party, not the state: "the Tory leader" is no leader of the United Kingdom.
Sentences are our own.

A party name before a title of party office (leader, MP, chairman, whip) makes the one named a member of that
party (sector PTY); before a title of government ("a Labour minister") it names the party of a government office,
which stays the government's.
"""

from __future__ import annotations


def _actor(code, text):
    rows = code(text)
    assert rows, text
    return rows[0]["actor"][0], rows[0]["actor_sector"][0]


def test_the_tory_leader_leads_a_party_not_the_state(code):
    name, sector = _actor(code, "The Tory leader criticised the government's asylum plan.")
    assert sector == "PTY" and "United Kingdom" not in name


def test_a_labour_mp_is_of_the_party(code):
    assert _actor(code, "A Labour MP criticised the government's asylum plan.")[1] == "PTY"


def test_a_labour_minister_holds_a_government_office(code):
    assert _actor(code, "A Labour minister criticised the judges' ruling on asylum.")[1] == "GOV"


def test_a_named_party_leader_is_that_person(code):
    name, _ = _actor(code, "Tory leader Michael Howard criticised the government's asylum plan.")
    assert name == "Michael Howard"


def test_an_abbreviations_plural_tagged_singular_still_names_its_role(code):
    # the tagger reads "MPs" after "heavily criticised by" as a singular noun; its stem names the role
    rows = code("The minister was heavily criticised by MPs for the delay.")
    assert [r["type"] for r in rows] == ["ACCUSE"] and rows[0]["actor"] == ["the mp"]


def test_a_title_after_a_firms_legal_name_is_held_in_the_firm(code):
    # a firm's officer who urges a government acts on it (REQUEST), as business, not as that government
    rows = code("Goldman Sachs (Japan) Corp president Eugene Atkinson urged Japan to deregulate interest rates.")
    assert [r["type"] for r in rows] == ["REQUEST"] and rows[0]["actor_sector"] == ["BUS"]
    rows = code("Foreign Minister Sergei Lavrov urged Kiev to negotiate.")
    assert rows[0]["actor_sector"] == ["GOV"]
