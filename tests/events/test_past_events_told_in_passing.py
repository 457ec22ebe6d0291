"""Past acts that news tells in passing are events: in a time clause, a relative clause, after a preposition.

Readers and event coders count "after the auditors accused the ministry of hiding losses" as an
accusation, whether or not the sentence's news is something else. What is only alluded to, demanded,
alleged, still to come or one act told twice is not a second event. Sentences are our own.
"""

from __future__ import annotations


def reported(events):
    """What `export --what mentions` gives by default."""
    return [e for e in events if e["status"] not in ("hypothetical", "negated") and not e["background"]]


def of_type(events, kind):
    return [e for e in reported(events) if e["type"] == kind]


def test_an_act_told_in_a_time_clause_is_reported_without_the_articles_date(code):
    events = code("The minister resigned on Monday after the opposition accused her department of hiding losses.")
    (accused,) = of_type(events, "ACCUSE")
    assert accused["actor"] == ["opposition"]
    # done before the news, and the text says not when: no date rather than the article's
    assert accused["date"] is None and accused["date_precision"] == "unknown"
    assert [e["type"] for e in of_type(events, "RETREAT")] == ["RETREAT"]


def test_an_act_told_in_a_relative_clause_is_reported(code):
    events = code("The owners, who were criticised by the union for their pay, sold the plant to a rival.")
    (criticised,) = of_type(events, "ACCUSE")
    assert criticised["actor"] == ["union"]


def test_an_act_the_text_dates_keeps_its_own_date(code):
    (shelled,) = of_type(code("Villagers fled after soldiers shelled the hamlet in July."), "ASSAULT")
    assert shelled["date"] == "2023-07-01"


def test_the_event_a_news_act_happens_in_is_reported_on_the_news_date(code):
    events = code("The army said its troops captured a store of rifles in the latest fighting.")
    (fighting,) = of_type(events, "ASSAULT")
    assert fighting["date"] == "2023-10-20"


def test_an_allusion_with_no_party_is_not_an_event(code):
    assert of_type(code("Bond traders stayed nervous after the clashes."), "ASSAULT") == []


def test_an_act_named_once_by_its_verb_and_once_by_its_setting_is_one_event(code):
    assert [e["type"] for e in reported(code("Gunmen wounded two drivers in an ambush on Friday."))] == ["ASSAULT"]


def test_a_time_clause_in_the_present_tells_what_has_not_happened_yet(code):
    events = code("The rebels said the government must accept the new charter before they demobilize.")
    assert of_type(events, "RETREAT") == []
    events = code("The envoy will not return until the army withdraws its troops from the border.")
    assert of_type(events, "RETREAT") == []
    # the past tense of the same clause tells it
    assert of_type(code("The envoy returned after the army withdrew its troops from the border."), "RETREAT") != []


def test_an_infinitive_named_in_passing_is_not_done(code):
    events = code('"It is time for the council to commit to the scheme by pledging to fund the road," the group said.')
    assert of_type(events, "AGREE") == []


def test_what_someone_is_accused_of_is_not_told_as_done(code):
    events = code("The ministry has been accused by the watchdog of blocking access to the news sites.")
    assert [e["type"] for e in reported(events)] == ["ACCUSE"]


def test_a_modal_in_a_relative_clause_tells_no_done_act(code):
    events = code(
        "Officials believe the two governments are negotiating an arrangement under which Pyongyang would supply"
        " artillery shells to Moscow."
    )
    assert of_type(events, "AID") == []


def test_what_a_report_says_is_not_told_as_done(code):
    events = code("The minister did not refer to reports that thousands of soldiers had been moved to the border.")
    assert of_type(events, "MOBILIZE") == []


def test_the_setting_of_the_news_hangs_on_its_verb(code):
    # "an interest in an agreement" names one; it does not happen in it
    events = code("The minister said he had a keen interest in a quick agreement between the two states.")
    assert of_type(events, "AGREE") == []
    assert of_type(code("Two directors remain defendants in the lawsuit, the paper said."), "ACCUSE") == []


def test_a_show_or_a_race_is_no_setting_of_public_events(code):
    # with no party named, only talks, fighting and protest are public events on their own
    assert of_type(code("The singer was voted off in a surprise eviction on Sunday."), "COERCE") == []
    assert of_type(code("The sprinter came fifth in the national trials."), "ACCUSE") == []


def test_a_story_told_in_the_present_is_not_a_past_act(code):
    assert of_type(code("After the hero's brother is killed, he sets out for revenge."), "ASSAULT") == []


def test_what_a_report_says_without_that_is_not_told_as_done(code):
    events = code("The firm denied reports it was withdrawing its troops from the region.")
    assert of_type(events, "RETREAT") == [] and [e["type"] for e in reported(events)] == ["REJECT"]


def test_a_backstory_is_told_in_passing_only_where_a_public_actor_takes_part(code):
    # a life, not politics: no state or political or social actor takes part
    events = code("The coach was upbeat despite facing the club he walked out on in May.")
    assert of_type(events, "PROTEST") == []
    # an arrest or a charge is an authority's act, whoever the sentence names
    events = code("Since the oil firm's founder was arrested a year ago, its shares have lost half their value.")
    assert [e["type"] for e in of_type(events, "COERCE")] == ["COERCE"]
