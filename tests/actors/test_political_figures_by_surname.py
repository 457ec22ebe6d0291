"""Political figures news names by surname alone ("Reagan said", "Gorbachev met") are known with their country
and sector, so a sentence read alone (a headline, a feed item) keeps its politics; a shared surname ("Brown")
is known only with its first name."""

from __future__ import annotations

from conftest import kinds
from storyline.actors.gazetteer import load


def test_a_known_surname_carries_its_country_and_sector():
    gazetteer = load()
    reagan = gazetteer.known_actor("Reagan")
    assert (reagan.country, reagan.sector) == ("USA", "GOV")
    assert gazetteer.known_actor("Gorbachev").country == "SUN"
    assert gazetteer.known_actor("Delors").sector == "IGO"
    assert gazetteer.known_actor("Brown") is None and gazetteer.known_actor("Gordon Brown").country == "GBR"


def test_a_veto_announced_by_a_known_president_is_a_threat_in_a_budget_story(code):
    events = code("Reagan has said he would veto any bill raising taxes in the budget.")
    assert sorted(kinds(events)) == ["REJECT", "THREATEN"]


def test_a_figure_named_before_entering_public_life_is_a_citizen_of_the_country(code):
    # people.yaml's `since`: in an article of 1987 Donald Trump is a developer, not the United States government
    text = "Donald Trump met the mayor of New York to discuss the hotel."
    early = [r for r in code(text, published="1987-04-01") if r["type"] == "CONSULT"]
    late = [r for r in code(text, published="2017-04-01") if r["type"] == "CONSULT"]
    assert early and early[0]["actor_country"] == ["USA"] and early[0]["actor_sector"] == [None]
    assert late and late[0]["actor_sector"] == ["GOV"]
    # an article with no date takes today's office
    assert code(text, published=None)[0]["actor_sector"] == ["GOV"]
