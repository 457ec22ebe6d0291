"""Recall by construction: verbs, phrases and event nouns news uses for each type, with the arguments
that make them events, and headline grammar. Sentences written for these tests."""

from __future__ import annotations

import pytest


def asserted(events):
    return sorted(e["type"] for e in events if e["status"] not in ("hypothetical", "negated") and not e["background"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Union members voted against the government's budget.", "REJECT"),
        ("The senate threw out the bill on a vote of 60 to 38.", "REJECT"),
        ("The government offered concessions to the striking miners.", "CONCEDE"),
        ("The general sent reinforcements to the northern front.", "MOBILIZE"),
        ("The army called up 20,000 reservists on Sunday.", "MOBILIZE"),
        ("The firm provides logistics services to the UN peacekeeping mission.", "COOPERATE"),
        ("Police went through the town hunting opposition activists.", "COERCE"),
        ("The regime purged dozens of senior army officers.", "COERCE"),
        ("Parliament impeached the president over the bribery scandal.", "ACCUSE"),
        ("The opposition leader hit out at the government over the price rises.", "ACCUSE"),
        ("The two countries broke off diplomatic relations in March.", "SANCTION"),
        ("The United States withheld aid from the junta after the coup.", "SANCTION"),
        ("The rebels agreed to dismantle their roadblocks around the city.", "AGREE"),
        ("The militia relinquished control of the airport to the army.", "RETREAT"),
        ("The refugees applied for asylum in Sweden.", "REQUEST"),
    ],
)
def test_a_verb_of_each_type_with_the_arguments_that_make_it_an_event(code, text, expected):
    assert expected in asserted(code(text))


@pytest.mark.parametrize(
    "text",
    [
        "The committee voted for a week of strike action in April.",  # deciding to strike supports no one
        "The fans jeered as the ball went wide.",  # jeering without a person jeered at
        "The hotel offered a discount to guests who stayed a week.",  # an offer of business, no concession
        "The company called up its old suppliers for quotes.",  # calling up is no mobilisation without forces
    ],
)
def test_the_same_verbs_without_their_arguments_are_no_events(code, text):
    assert asserted(code(text)) in ([], ["PROTEST"]) and "SUPPORT" not in asserted(code(text))


def test_a_verbless_headline_with_talks_is_a_meeting_of_its_subjects(code):
    events = [e for e in code("Japan and China in fishing talks") if e["type"] == "CONSULT"]
    assert events and "Japan" in events[0]["actor"]


def test_a_command_fronted_before_a_speech_verb_is_a_demand(code):
    events = [e for e in code("Protect the whistleblowers, union says") if e["type"] == "REQUEST"]
    assert events and events[0]["actor"] == ["union"]
    assert asserted(code("Stop the killing, rebels tell the army")) == ["REQUEST"]


def test_a_headline_in_capitals_is_read_as_a_sentence_and_keeps_its_own_words(code):
    events = [e for e in code("JAPAN URGES U.S. TO DROP TARIFFS ON CHIPS") if e["type"] == "REQUEST"]
    assert events and events[0]["actor"] == ["Japan"] and events[0]["recipient"] == ["United States"]
    assert events[0]["trigger"] == "URGES" and events[0]["sentence"].startswith("JAPAN URGES")


def test_truecasing_keeps_names_and_offsets():
    from storyline.actors.dictionary import gazetteer_with
    from storyline.events import truecase_headlines

    g = gazetteer_with(())
    line = "NORTH KOREA WARNS U.S. OVER DRILLS\nThe Rest Stays As It Is."
    cased = truecase_headlines(line, g)
    assert len(cased) == len(line) and cased.startswith("North Korea warns U.S. over drills\n")
    assert cased.endswith("The Rest Stays As It Is.")


def test_what_is_given_may_follow_with(code):
    events = [e for e in code("France will provide Chad with 30 mln francs of aid for schools.") if e["type"] == "AID"]
    assert events and events[0]["actor"] == ["France"] and events[0]["recipient"] == ["Chad"]


def test_praise_or_criticism_received_from_someone_is_theirs(code):
    events = [e for e in code("The president's trade decision won praise from the leaders of the opposition.")]
    support = [e for e in events if e["type"] == "SUPPORT"]
    assert support and support[0]["recipient"] == ["the president"] and support[0]["actor"]
    assert "ACCUSE" in asserted(code("The new law drew sharp criticism from human rights groups."))
