"""Round 30: the ministers of a bloc's states, met as its council, act as the bloc ("EC farm ministers", "OPEC oil
ministers", "the foreign ministers of the 12 EC nations"); they had been unnamed role nouns, or the article's one
country ("foreign ministers of the 12 EC nations ... unless Tokyo": Japan). Sentences are our own."""

from __future__ import annotations

from conftest import rows


def test_a_blocs_ministers_are_the_bloc(code):
    (signed,) = rows(code("The accord was signed on Monday by EC farm ministers."), "AGREE")
    assert signed["actor"] == ["European Union"]
    (met,) = rows(code("OPEC oil ministers agreed to cut output."), "AGREE")
    assert met["actor"] == ["OPEC"]


def test_the_ministers_of_a_blocs_states_are_the_bloc_not_the_article_country(code):
    text = "Japan's exports rose again. The foreign ministers of the 12 EC nations agreed to impose tariffs."
    (threat,) = rows(code(text), "THREATEN")
    assert threat["actor"] == ["European Union"]


def test_some_of_a_blocs_leaders_and_one_member_are_not_the_bloc(code):
    (some,) = rows(code("Some EC leaders criticised the German plan."), "ACCUSE")
    assert some["actor"] != ["European Union"]
    (one,) = rows(code("The French farm minister criticised the plan."), "ACCUSE")
    assert one["actor"] == ["France minister"]
