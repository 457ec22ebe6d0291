"""Round 9: an act announced is a promise (AGREE, as PLOVER codes it) only when the announcement commits
the party: what it wants, hopes or considers doing is planned and promises nothing, and a resignation
announced is news of a party's going, promised to no one."""

from __future__ import annotations

from conftest import kinds


def test_a_wish_is_planned_and_promises_nothing(code):
    assert kinds(code("He said the party wanted to grant an amnesty to all asylum seekers.")) == ["CONCEDE"]
    assert kinds(code("The minister said Iran hoped to free the prisoners.")) == ["RETREAT"]
    # a plan announced is still a promise
    assert kinds(code("Iran said it planned to free the prisoners.")) == ["RETREAT", "AGREE"]
    assert kinds(code("Finland said it will give Tanzania a grant of 10 million dollars.")) == ["AID", "AGREE"]


def test_a_resignation_announced_promises_nothing(code):
    assert kinds(code("The prime minister said his coalition government would resign.")) == ["RETREAT"]
