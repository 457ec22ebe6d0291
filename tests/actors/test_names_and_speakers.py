"""Names, direction and quotes as an analyst reads them: the slips the five seed articles showed,
each fixed by its mechanism and checked here on sentences of our own."""

from __future__ import annotations

from storyline.actors.mentions import DocActors, place_key


def actors_of(coder, text):
    doc = coder.nlp(text)
    coder.coder.repair_lemmas(doc)
    return DocActors(doc, "t", coder.gazetteer)


def mention(actors, surface):
    found = [m for m in actors.mentions if m.text == surface]
    assert found, [(m.text, m.key) for m in actors.mentions]
    return found[0]


def quotes_of(coder, text):
    from storyline.events.quotes import find_quotes

    doc = coder.nlp(text)
    actors = DocActors(doc, "t", coder.gazetteer)
    return find_quotes(doc, "t", actors, {s.start: i for i, s in enumerate(doc.sents)})


# names


def test_a_country_name_with_a_curly_apostrophe_or_an_acronym_is_the_country(coder):
    a = actors_of(coder, "Envoys of the Democratic People’s Republic of Korea and the DPRK mission met in Geneva.")
    assert {m.key for m in a.mentions if "Korea" in m.text or m.text == "DPRK"} == {"country:PRK"}


def test_the_north_is_the_country_the_story_names_so(coder):
    a = actors_of(coder, "South Korea said talks with North Korea would resume. The North did not reply.")
    assert mention(a, "North").key == "country:PRK"
    a = actors_of(coder, "Storms are moving across the North this week.")
    assert not [m for m in a.mentions if m.text == "North"]  # a bare compass word is no place in the USA


def test_a_city_the_model_calls_a_person_is_the_city(coder):
    a = actors_of(coder, "The Russian delegation toured an aquarium in Vladivostok on Tuesday.")
    m = mention(a, "Vladivostok")
    assert (m.kind, m.country) == ("place", "RUS")
    a = actors_of(coder, "Mr. Kim met officials of Russia. Kim Jong Un smiled.")
    assert all(m.kind == "person" for m in a.mentions if m.text == "Kim")


def test_a_name_is_not_cut_short(coder):
    a = actors_of(coder, "He held talks with his counterpart, Choe Son Hui, in Pyongyang.")
    assert any(m.text == "Choe Son Hui" and m.country == "PRK" for m in a.mentions)


def test_a_surname_is_the_person_named_before_it_not_the_byline(coder):
    text = (
        "Kim Song Nam met Premier Hong Sun in Hanoi on Monday. Kim said the talks went well. "
        "Reporting by Paul Kim; editing by Ana Diaz."
    )
    a = actors_of(coder, text)
    assert mention(a, "Kim").key == "person:kim song nam"  # family name first, named first
    a = actors_of(coder, "Officials said Ms. Lange would resign. Reporting by Maria Lange.")
    assert mention(a, "Lange").key == "person:maria lange"  # no one before: the only Lange there is


def test_a_table_of_figures_and_lower_case_words_name_no_one(coder):
    text = (
        "Norvale Mills said its quarterly profit rose.\n\n"
        "Shr 41 cts vs 33 cts\nNet 5,200,000 vs 4,100,000\nRevs 18.4 mln vs 16.0 mln\nAvg shrs 12.7 mln"
    )
    a = actors_of(coder, text)
    assert {m.text for m in a.mentions} <= {"Norvale Mills"}  # not "cts", "Revs" or "Avg"


def test_a_title_and_a_surname_are_not_a_full_name():
    from storyline.corpus.actors import _display

    assert _display("person:reagan", ["Mrs Reagan", "Reagan"]) == "Reagan"
    assert _display("person:nancy reagan", ["Nancy Reagan", "Mrs Reagan"]) == "Nancy Reagan"


def test_well_known_leaders_have_their_country(coder):
    a = actors_of(coder, "The agreement was signed by President Vladimir Putin on Monday.")
    m = mention(a, "Vladimir Putin")
    assert (m.country, m.sector) == ("RUS", "GOV")


def test_spellings_of_one_place_are_one_place():
    assert place_key("Dunai") == place_key("Dunay")
    assert place_key("Odessa") == place_key("Odesa")
    assert place_key("Dunai") != place_key("Danube")


def test_spellings_of_one_place_meet_in_one_article(coder):
    a = actors_of(coder, "Ships sailed from Rajin to Dunai. Satellite images showed containers at Dunay.")
    assert len({m.key for m in a.mentions if m.text in ("Dunai", "Dunay")}) == 1


# direction


def test_who_is_thanked_for_doing_something_did_it(code):
    events = code("The minister expressed gratitude to Japan for supporting the resolution.")
    backing = [e for e in events if e["trigger"] == "supporting"]
    assert backing and backing[0]["actor_country"] == ["JPN"]


def test_two_countries_on_one_side_are_partners_not_a_self_loop(code):
    events = code("Officials from Chile and Peru have agreed to meet in Lima in May.")
    for e in events:
        assert not set(e["actor"]) & set(e["recipient"]), e
    agree = next(e for e in events if e["type"] == "AGREE")
    assert {*agree["actor_country"], *agree["recipient_country"]} == {"CHL", "PER"}


def test_a_claim_made_while_warning_is_attributed(code):
    events = code("Britain issued a warning on Monday, claiming that Iran was buying drones from Belarus.")
    buying = next(e for e in events if e["trigger"] == "buying")
    assert buying["attributed_to"] == "United Kingdom"


def test_strengthening_ties_is_cooperation_not_mobilisation(code):
    events = code("Both countries are reinforcing their ties.")
    assert {e["type"] for e in events} == {"COOPERATE"}


def test_where_a_fight_took_place_is_not_its_target(code):
    events = code("The minister praised the soldiers who took part in the fighting in Russia's Kursk region.")
    fighting = next(e for e in events if e["trigger"] == "fighting")
    assert fighting["recipient"] == []


def test_a_march_that_is_played_is_music(code):
    assert not [e for e in code("The ceremony closed with the playing of a military march.") if e["type"] == "PROTEST"]


# quotes


def test_according_to_is_the_source_not_part_of_the_words(coder):
    q = quotes_of(coder, "The talks lasted two hours, according to the Russian foreign ministry.")
    assert [x.text for x in q] == ["The talks lasted two hours"]
    assert q[0].speaker


def test_a_line_is_quoted_once(coder):
    q = quotes_of(coder, "Lavrov said, “Russia extends its complete support to its friends,” in a speech on Tuesday.")
    assert len(q) == 1 and q[0].kind == "direct"


def test_a_speaker_is_an_actor(coder):
    q = quotes_of(coder, "The sharp focus on the dispute suggests that both sides are preparing for a long standoff.")
    assert all(x.speaker is None or x.speaker_key for x in q) and not [x for x in q if x.speaker == "The sharp focus"]
    q = quotes_of(coder, "Sergei Lavrov spoke on Monday. He said that the visit had gone well.")
    assert q and q[0].speaker == "Sergei Lavrov"


def test_a_family_of_parties_named_by_itself_is_a_party_of_no_country(coder):
    # "Christian Democrats" is no use of the US Democrats' shorter alias, and "the Socialists" are a party
    a = actors_of(coder, "The Christian Democrats and the Socialists rejected the budget; the Greens abstained.")
    for surface in ("Christian Democrats", "Socialists", "Greens"):
        m = mention(a, surface)
        assert (m.sector, m.country) == ("PTY", None), (surface, m.key, m.country)
    # the US party keeps its own name where news gives it alone or with its chamber
    a = actors_of(coder, "Senate Democrats criticised the budget.")
    assert mention(a, "Democrats").country == "USA"
