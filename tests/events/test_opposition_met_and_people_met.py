"""Round 9: opposition met or drawn from someone is their opposition (REJECT), as criticism drawn from them
is theirs; a word before people names who they are, so meeting "opposition leaders" is a meeting."""

from __future__ import annotations

from conftest import kinds, rows


def test_opposition_met_from_someone_is_their_rejection(code):
    events = code("The plan has met strong opposition from the unions.")
    assert kinds(events) == ["REJECT"] and rows(events, "REJECT")[0]["actor"] == ["unions"]
    # the parties called the opposition are no act of opposing
    assert kinds(code("The opposition said the plan was welcome.")) != ["REJECT"]
    # and a side met in a match is no opposition to a policy
    assert kinds(code("The team met opposition from Leeds in the cup.")) == []


def test_meeting_people_named_by_a_word_before_them_is_a_meeting(code):
    events = code("The minister met opposition leaders on Tuesday.")
    assert kinds(events) == ["CONSULT"] and rows(events, "CONSULT")[0]["recipient"] == ["opposition leaders"]
    # what is met is still no party: "met stiff opposition", "met the deadline"
    assert kinds(code("The minister met the deadline.")) == []


def test_an_accord_whose_parties_are_named_was_made(code):
    events = code("Prices rose on the impact of OPEC's December agreement to cut output.")
    assert "AGREE" in kinds(events) and rows(events, "AGREE")[0]["actor"] == ["OPEC"]
    events = code("Under the treaty between Iraq and Iran, both sides withdrew.")
    assert rows(events, "AGREE")[0]["actor"] == ["Iraq", "Iran"]
    # an accord no one is named for is no row, nor "the deal", as often a sale
    assert "AGREE" not in kinds(code("Prices rose on the impact of the agreement to cut output."))
