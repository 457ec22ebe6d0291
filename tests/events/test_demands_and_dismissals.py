"""Demands said with "should" and rejections said without a verb of rejection's usual object, in sentences of
our own: a body that should be set up, a council a speaker believes should reconsider, a government that should
not abandon a target; someone else's comment rejected, claims dismissed "as" something, a move defeated."""

from __future__ import annotations

from conftest import kinds, rows


def test_what_a_speaker_says_or_believes_a_party_should_do_is_a_demand(code):
    events = code("A national commission on pensions should be set up, a committee of MPs said.")
    assert [e["actor"] for e in rows(events, "REQUEST")] == [["MPs"]]
    assert kinds(code("The opposition leader believes the council should reconsider its budget.")) == ["REQUEST"]
    events = code("The party's spokesman said the government should not abandon its target.")
    assert kinds(events) == ["REQUEST"]
    # what things should do is a forecast, negated or not, said or believed
    assert kinds(code("Analysts said interest rates should not rise much this year.")) == []
    assert kinds(code("The economist believes growth should pick up later this year.")) == []


def test_rejecting_someone_elses_comment_is_no_silence(code):
    events = code("The minister rejected the senator's comment.")
    assert [(e["type"], e["recipient"]) for e in events] == [("REJECT", ["the senator"])]
    assert kinds(code("The spokesman declined further comment.")) == []


def test_dismissing_something_as_anything_rejects_it(code):
    assert kinds(code("The foreign ministry dismissed them as propaganda.")) == ["REJECT"]
    assert kinds(code("The foreign ministry dismissed its press officer.")) == []


def test_a_move_or_an_attempt_defeated_is_rejected(code):
    assert kinds(code("The assembly defeated a move to cut the education budget.")) == ["REJECT"]
