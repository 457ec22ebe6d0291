"""The event coder on sentences written for each phenomenon it must handle."""

from __future__ import annotations

import pytest


def asserted(events):
    return [e for e in events if e["status"] not in ("hypothetical", "negated") and not e["background"]]


def one(events, type_=None):
    found = [e for e in asserted(events) if type_ is None or e["type"] == type_]
    assert len(found) == 1, events
    return found[0]


def test_plain_meeting_with_actor_recipient_place_and_weekday(code):
    e = one(
        code(
            "Russian Foreign Minister Sergei Lavrov met North Korean leader Kim Jong Un in Pyongyang on Thursday.",
            published="2023-10-20",
        ),
        "CONSULT",
    )
    assert e["actor"] == ["Sergei Lavrov"] and e["actor_country"] == ["RUS"] and e["actor_sector"] == ["GOV"]
    assert e["recipient"] == ["Kim Jong Un"] and e["recipient_country"] == ["PRK"]
    assert (e["date"], e["date_precision"]) == ("2023-10-19", "day")
    assert e["location"] == "Pyongyang" and e["location_country"] == "PRK" and e["latitude"] is not None
    assert (e["cameo_root"], e["quad_class"]) == ("04", 1)


def test_passive_voice_puts_the_agent_first_and_the_victims_second(code):
    e = one(code("Three protesters were shot dead by police in the capital on Friday."), "ASSAULT")
    assert e["actor"] == ["police"] and e["recipient"] == ["protesters"]


def test_passive_without_agent_still_codes_violence_against_people(code):
    e = one(code("As many as 78 people were killed in the city, activists said."), "ASSAULT")
    assert e["actor"] == [] and e["attributed_to"] == "activists"


def test_compound_actors(code):
    e = one(code("France and Germany condemned the attack on the embassy."), "ACCUSE")
    assert e["actor"] == ["France", "Germany"]


def test_metonymy_capitals_and_demonyms_are_countries(code):
    e = one(code("Moscow accused Washington of meddling in the election."), "ACCUSE")
    assert e["actor_country"] == ["RUS"] and e["recipient_country"] == ["USA"]
    e = one(code("North Korean troops shelled the border post."), "ASSAULT")
    assert e["actor_country"] == ["PRK"] and e["actor_sector"] == ["MIL"]


def test_reported_speech_is_attributed(code):
    e = one(code("The Ukrainian defence ministry said Russian forces had shelled the town overnight."), "ASSAULT")
    assert e["actor_country"] == ["RUS"] and e["attributed_to"]
    e = one(code("The transfer of shells to Russia had already begun, according to US intelligence."), "AID")
    assert e["attributed_to"] == "United States intelligence"


def test_negation_is_not_an_event(code):
    events = code("Israel did not attack the convoy, the army said.")
    assert not asserted(events) and any(e["status"] == "negated" for e in events)


def test_hypothetical_and_unknown_meetings_are_not_events(code):
    events = code("Nobody knows yet; it is unknown whether the envoy will hold a meeting with Mr. Kim on this trip.")
    assert not [e for e in asserted(events) if e["type"] == "CONSULT"], events
    assert not asserted(code("If the talks fail, the army could attack the rebels within days."))


def test_future_cooperation_announced_by_its_actor_is_a_promise_and_future_force_a_threat(code):
    e = one(code("The president said he will send aid to Chad next week.", published="2024-01-02"), "AGREE")
    assert e["mode"] == "aid"
    # a visit announced, by the visitor or by the reporter, is a visit planned: no one has promised anything
    for text in ("The president said he will visit Beijing next week.", "The president will visit Beijing next week."):
        events = code(text, published="2024-01-02")
        assert [(e["type"], e["status"]) for e in asserted(events)] == [("CONSULT", "planned")]
    e = one(code("Iran threatened to close the Strait of Hormuz if sanctions were tightened."), "THREATEN")
    assert e["actor"] == ["Iran"]


def test_a_seat_of_government_is_in_its_country_never_a_city_that_shares_its_name(code):
    # "White House" is also an alternate name of Casablanca in the place gazetteer
    e = one(code("The advisers discussed the crisis at the White House."), "CONSULT")
    assert e["location"] == "White House" and e["location_country"] == "USA"
    # a meeting abroad makes the host a party; one by people of no known country makes no one the host
    assert e["recipient"] == []


def test_refusals_are_rejections(code):
    e = one(code("Syria says it will not accept any more refugees."), "REJECT")
    assert e["actor"] == ["Syria"]
    e = one(code("The veteran ruler would not step down, his son said."), "REJECT")
    assert e["mode"] == "retreat"


def test_demands_with_must(code):
    e = one(code("The Bush administration declared that China must drop barriers to US exports."), "REQUEST")
    assert e["recipient"] == ["China"] and e["mode"] == "demand"


@pytest.mark.parametrize(
    "published,text,expected",
    [
        ("2024-01-02", "The envoys met on Friday to discuss the truce.", ("2023-12-29", "day")),
        ("2024-01-02", "The envoys met last month to discuss the truce.", ("2023-12-01", "month")),
        ("2024-01-02", "The envoys met in December to discuss the truce.", ("2023-12-01", "month")),
        ("2024-03-01", "The envoys met two weeks ago to discuss the truce.", ("2024-02-16", "week")),
        ("2023-10-20", "The envoys met in 2018 to discuss the truce.", ("2018-01-01", "year")),
    ],
)
def test_relative_dates_across_month_and_year_boundaries(code, published, text, expected):
    e = one(code(text, published=published), "CONSULT")
    assert (e["date"], e["date_precision"]) == expected


def test_an_article_with_no_event(code):
    text = (
        "The central bank left its main interest rate unchanged on Thursday. Shares rose and bond yields fell. "
        "Economists expect a cut in September if inflation keeps slowing."
    )
    assert asserted(code(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "An earthquake killed more than 200 people in the mountain villages on Sunday.",
        "The explosion aboard the rig killed 11 workers and began a huge oil spill.",
        "The crisis threatened to become a full-blown recession, analysts said.",
        "Refiners began meeting November requirements, stocking up for winter.",
        "United launched an attack down the left in the first minute of the match.",
    ],
)
def test_saying_no_disasters_markets_and_figures_of_speech(code, text):
    assert [e["type"] for e in asserted(code(text)) if e["type"] in ("ASSAULT", "THREATEN", "CONSULT")] == []


def test_pledges_of_support_in_both_directions(code):
    text = (
        "North Korean leader Kim Jong Un pledged full support for Russia. Russian Foreign Minister Sergei Lavrov "
        "promised Moscow's complete support and solidarity with Pyongyang."
    )
    supports = [e for e in asserted(code(text)) if e["type"] == "SUPPORT"]
    assert {tuple(e["actor_country"]) for e in supports} == {("PRK",), ("RUS",)}


def test_arms_deliveries_are_aid(code):
    e = one(code("North Korea has started delivering weapons to Russia, the US said."), "AID")
    assert e["actor_country"] == ["PRK"] and e["recipient_country"] == ["RUS"]


def test_evidence_offsets_point_at_the_words(code):
    text = "Ukraine's army said on Monday that Russian jets bombed a hospital in Kharkiv."
    e = one(code(text), "ASSAULT")
    assert text[e["trigger_start"] : e["trigger_end"]] == "bombed"
    start, end = e["actor_spans"][0]
    assert "Russian" in text[start:end]
    assert e["rule"].startswith("verb:bomb")


def test_user_pattern_file_adds_a_verb_without_code(tmp_path):
    from storyline.events import ArticleCoder

    patterns = tmp_path / "mine.yaml"
    patterns.write_text("verbs:\n  REJECT:\n    - {lemma: stonewall, mode: deny}\n")
    coder = ArticleCoder(pattern_files=[str(patterns)], rules_only=True)  # the rules the file adds, alone
    rows = coder.code_records(["The government stonewalled the inquiry for months."])
    assert [(r["type"], r["mode"]) for r in rows] == [("REJECT", "deny")]


def test_user_pattern_file_can_define_a_new_event_type(tmp_path):
    from storyline.events import ArticleCoder

    patterns = tmp_path / "cyber.yaml"
    patterns.write_text(
        "types:\n  CYBER: {cameo: '17', quad: 4, score: -6.5}\nverbs:\n  CYBER:\n    - {lemma: hack, mode: intrusion}\n"
    )
    coder = ArticleCoder(pattern_files=[str(patterns)])
    rows = coder.code_records(["North Korean hackers hacked the exchange in June."])
    assert [(r["type"], r["quad_class"], r["score"]) for r in rows] == [("CYBER", 4, -6.5)]


def test_an_article_longer_than_a_parse_piece_is_coded_in_pieces(coder):
    from storyline.annotate import nlp as nlp_module

    filler = "The committee discussed the budget for the coming year in great detail. " * 1800
    text = filler + "Rebels attacked the army base near the capital on Monday."
    assert len(text) > nlp_module.MAX_PIECE
    coded, _ = coder.code_many([("long", text, None, "unknown", "en")])
    events = [e for e in coded[0].events if e.type == "ASSAULT"]
    assert len(events) == 1 and text[events[0].trigger_start : events[0].trigger_end] == "attacked"
    assert coded[0].sentences > 1800


def test_a_vow_of_force_is_a_threat_but_a_vow_to_fight_corruption_is_a_promise(code):
    assert one(code("The rebel commander vowed to crush the army within a month."))["type"] == "THREATEN"
    assert one(code("The new minister vowed to fight corruption in the ports."))["type"] == "AGREE"


def test_an_attempted_assassination_is_an_assault(code):
    e = one(code("An attempt to assassinate the regional governor, Ivan Petrov, was foiled on Monday, police said."))
    assert e["type"] == "ASSAULT" and e["mode"] == "kill"


def test_kidnapping_is_an_assault_with_the_abduct_mode(code):
    e = one(code("Gunmen kidnapped four aid workers near the border on Sunday."))
    assert (e["type"], e["mode"]) == ("ASSAULT", "abduct")


def test_put_under_investigation_is_an_accusation_against_the_subject(code):
    e = one(code("The former mayor has been put under investigation for bribery, prosecutors said."))
    assert e["type"] == "ACCUSE" and e["mode"] == "investigate"


def test_engaged_in_an_event_noun_makes_the_subject_its_actor(code):
    e = one(code("Serbian forces were engaged in ethnic cleansing in the province, the report said."))
    assert (e["type"], e["mode"]) == ("ASSAULT", "mass_violence") and e["actor"]


def test_an_event_noun_inside_a_purpose_clause_is_background(code):
    events = code("Japan halted economic aid to Serbia in line with Western efforts to end the fighting there.")
    assert [e["type"] for e in asserted(events)] == ["SANCTION"]


def test_participating_in_drills_is_mobilization_but_in_elections_is_not(code):
    e = one(code("The navy participated in joint drills with Russia last week."))
    assert (e["type"], e["mode"]) == ("MOBILIZE", "exercise")
    assert asserted(code("Opposition candidates participated in the local elections on Sunday.")) == []


def test_a_named_modifier_is_the_party_and_what_an_appeal_asks_for_is_not_done(code):
    events = code("Lebanon on Thursday rejected a United Nations appeal for deploying troops along its border.")
    e = one(events, "REJECT")
    assert (e["type"], e["actor"], e["recipient"]) == ("REJECT", ["Lebanon"], ["United Nations"])
    # the appeal the rejection answers was made (REQUEST); the deployment it asks for was not
    assert sorted(x["type"] for x in asserted(events)) == ["REJECT", "REQUEST"]
    assert one(events, "REQUEST")["actor"] == ["United Nations"]


def test_protesters_gathering_or_staying_put_is_a_protest_but_a_ministry_remaining_neutral_is_not(code):
    e = one(code("Thousands of demonstrators gathered outside parliament on Monday."))
    assert (e["type"], e["mode"]) == ("PROTEST", "demonstrate")
    assert one(code("Protesters remained in the square overnight despite the rain."))["type"] == "PROTEST"
    assert asserted(code("The ministry said it would remain neutral.")) == []


def test_an_event_noun_with_its_own_agent_is_coded_beside_the_verb_that_governs_it(code):
    events = code("NATO said it was investigating an attack by its aircraft on a convoy on Thursday.")
    assert sorted(e["type"] for e in asserted(events)) == ["ACCUSE", "ASSAULT"]


def test_a_pattern_file_with_an_unknown_key_is_refused(tmp_path):
    from storyline.events.lexicon import SchemaError, load

    bad = tmp_path / "mine.yaml"
    bad.write_text("verbs:\n  CONSULT:\n    - {lemma: huddle, objekts: [minister]}\n")
    with pytest.raises(SchemaError, match="unknown key\\(s\\) objekts"):
        load((str(bad),))
    typo = tmp_path / "typo.yaml"
    typo.write_text("verb:\n  CONSULT: [huddle]\n")
    with pytest.raises(SchemaError, match="unknown key\\(s\\) verb;"):
        load((str(typo),))
