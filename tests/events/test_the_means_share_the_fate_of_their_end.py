"""Round 22: the means of an act, a gerund after "by", share the fate of the act they serve: asked for, planned,
threatened or supposed as it is ("urged Japan to open its markets by lifting the ban": no ban lifted), done where it
is done ("opened its markets by lifting the ban"). Sentences are our own."""

from __future__ import annotations

from conftest import kinds, rows


def test_the_means_of_an_act_asked_for_are_asked_for(code):
    assert kinds(code("The United States urged Japan to open its markets by lifting the ban on rice imports.")) == [
        "REQUEST"
    ]


def test_the_means_of_a_plan_are_planned(code):
    (row,) = rows(code("The government plans to cut the deficit by freezing aid to the provinces."), "SANCTION")
    assert row["status"] == "planned"


def test_the_means_of_a_threat_are_threatened(code):
    assert "ASSAULT" not in kinds(code("The rebels threatened to topple the government by attacking the capital."))


def test_the_means_of_an_act_done_are_done(code):
    (row,) = rows(code("Japan opened its markets by lifting the ban on rice imports."), "CONCEDE")
    assert row["status"] == "happened"
    assert "ASSAULT" in kinds(code("The police broke up the rally by firing tear gas at the crowd."))
