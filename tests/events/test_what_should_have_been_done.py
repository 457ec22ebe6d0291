"""What a party "should have" done is a reproach, not a demand; what it "must have" done is an inference.
Sentences are our own.

A modal with a perfect ("should have acted") looks back at a chance missed: nothing is asked of anyone any
more, and the speaker blames the one who missed it (ACCUSE). "They must have known" guesses at the past.
"""

from __future__ import annotations

from conftest import kinds


def test_should_have_done_blames_the_one_who_did_not(code):
    rows = code("The union's lawyer said the government should have acted sooner to protect the workers.")
    assert kinds(rows) == ["ACCUSE"]
    assert rows[0]["recipient"] == ["government"]


def test_should_do_still_asks(code):
    assert kinds(code("The union's lawyer said the government should act at once to protect the workers.")) == [
        "REQUEST"
    ]


def test_must_have_done_infers_and_asks_nothing(code):
    assert kinds(code("The senator said the ministers must have known about the payments.")) == []


def test_what_should_have_been_done_was_not_done(code):
    rows = code("The opposition leader said the government should have withdrawn its troops from the border.")
    assert kinds(rows) == ["ACCUSE"]
