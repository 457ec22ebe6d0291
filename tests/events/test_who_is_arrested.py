"""Whoever is arrested, detained or jailed is a person by the verb's meaning, and an inverted passive names them
after its auxiliary. Sentences are our own.

"The guitarist was arrested" reports an arrest though "guitarist" is no actor storyline knows; "the decline was
arrested" reports none. "Also detained were the mayor and two aides" puts the detained after "were", where the
parser reads them as its attribute.
"""

from __future__ import annotations

from conftest import kinds


def test_a_person_named_by_any_noun_is_arrested(code):
    assert kinds(code("The guitarist was arrested at a hotel in Manchester on Friday.")) == ["COERCE"]


def test_a_trend_arrested_is_no_arrest(code):
    assert kinds(code("The decline in car exports was arrested in the spring.")) == []


def test_an_inverted_passive_names_the_detained_after_its_auxiliary(code):
    rows = code("Also detained were the mayor of the town and two of his aides.")
    assert kinds(rows) == ["COERCE"]
    assert "mayor" in " ".join(rows[0]["recipient"]).lower()
