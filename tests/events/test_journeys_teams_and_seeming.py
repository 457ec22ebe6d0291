"""Round 10, read on random sentences of sport and show business, in sentences of our own: a journey is a
visit of diplomacy only when a political actor travels or the sentence gives it a political purpose; in a
sentence surely about sport a country is a team or an athlete's nation; striking someone as something is
how it seems, no blow."""

from __future__ import annotations

from conftest import kinds, rows


def test_a_journey_by_someone_not_political_is_travel(code):
    assert kinds(code("He arrived in Britain on Friday after his appearance at a music awards show in Rome.")) == []
    assert kinds(code("We fly out to Rome on Thursday and we will be back playing again next week.")) == []
    assert kinds(code("The band will tour Japan and the United States next year.")) == []
    assert kinds(code("The runner now goes to Madrid as the only British competitor in the 1500m.")) == []


def test_a_journey_by_a_political_actor_or_for_a_political_purpose_is_a_visit(code):
    assert kinds(code("The chancellor is travelling to America next week to win support for his plan.")) == ["CONSULT"]
    assert kinds(code("A delegation of US senators flew to Moscow on Sunday.")) == ["CONSULT"]
    assert kinds(code("The Chinese premier will visit France next month.")) == ["CONSULT"]
    # someone the sentence does not call political, travelling for a meeting or to plead with a state
    assert kinds(code("Khelaf, who came to Geneva for a meeting of the forum, told Reuters the debt was large.")) == [
        "CONSULT"
    ]
    assert kinds(code("He travelled to Uganda in 1975 to plead for the life of a British lecturer.")) == ["CONSULT"]
    # "he" who visits states is someone an earlier sentence named
    assert rows(code("This week he is also due to visit Denmark and Belgium."), "CONSULT")[0]["recipient"] == [
        "Denmark",
        "Belgium",
    ]


def test_in_a_sentence_about_sport_a_country_is_a_team(code):
    assert kinds(code("The Slovakian will meet the sixth seed in the second round after a win in straight sets.")) == []
    assert kinds(code("Once again the keeper denied the England striker with a fine save in injury time.")) == []
    # a state organ still makes it politics
    assert kinds(code("The sports minister will meet the England squad before the final against Wales.")) == ["CONSULT"]


def test_striking_someone_as_something_is_how_it_seems(code):
    assert kinds(code("It strikes me as simply weird that the singer has won.")) == []
    assert kinds(code("The plan struck many voters as reckless.")) == []
    assert kinds(code("Rebels struck the convoy as it left the town.")) == ["ASSAULT"]


def test_a_warning_against_what_no_event_names_is_caution(code):
    assert kinds(code("The governor has warned against placing too much weight on one month of economic data.")) == []
    # an act the lexicon codes, warned off, is still a threat
    assert "THREATEN" in kinds(code("Moscow warned against sending troops into the region."))


def test_firing_a_person_is_dismissing_them(code):
    assert kinds(code("The bank fired the head of its mergers department in London today.")) == []
    assert kinds(code("The club fired its coach after the defeat.")) == []
    # shots are fired at people, and what is fired is a weapon
    assert kinds(code("Police fired tear gas at the protesters.")) == ["ASSAULT"]
    assert kinds(code("Militants fired two rockets into the town.")) == ["ASSAULT"]
