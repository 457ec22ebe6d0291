"""Round 22: "Brussels" in the news is the European Union's institutions, as "Washington" is the US government; it was
read as the capital of Belgium, so EU summits and warnings became Belgium's. Sentences are our own."""

from __future__ import annotations

from conftest import rows


def test_brussels_acting_is_the_union(code):
    (row,) = rows(code("Brussels has warned Greece over its budget figures."), "THREATEN")
    assert row["actor"] == ["European Union"] and row["recipient"] == ["Greece"]


def test_a_meeting_in_brussels_is_not_with_belgium(code):
    (row,) = rows(code("EU farm ministers will meet again in Brussels on June 1."), "CONSULT")
    assert "Belgium" not in row["recipient"]


def test_belgium_by_name_is_still_belgium(code):
    (row,) = rows(code("Belgium opposed the war, its prime minister said in Brussels."), "REJECT")
    assert row["actor"] == ["Belgium"]
