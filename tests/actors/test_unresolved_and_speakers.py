"""Actors an analyst can count and speakers who are named: role and group nouns resolve only inside
their own article, titles belong to the name they stand beside, places and states are what the
sentence says, and a quote's speaker is the person or organisation the text names. Every sentence
here is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from storyline.actors.mentions import DocActors, is_unresolved


def actors_of(coder, text, article_id="t", when=None):
    doc = coder.nlp(text)
    coder.coder.repair_lemmas(doc)
    return doc, DocActors(doc, article_id, coder.gazetteer, when=when)


def resolve(coder, text, word, nth=0, article_id="t", when=None):
    """The actor the `nth` token spelled `word` stands for, as an event argument."""
    doc, actors = actors_of(coder, text, article_id, when)
    token = [t for t in doc if t.text == word][nth]
    hit = actors.actor_for(token)
    return hit[0] if hit else None


def mention(actors, surface):
    found = [m for m in actors.mentions if m.text == surface]
    assert found, [(m.text, m.key) for m in actors.mentions]
    return found[0]


def quotes_of(coder, text):
    return coder.code_many([("t", text, None, "unknown", "en")])[0][0].quotes


# ---- role and group nouns ---------------------------------------------------------------------------


def test_a_group_of_leaders_is_not_a_party_leader(coder):
    text = (
        "Green leader Ruth Calder spoke first. European leaders met in Rome. "
        "The Labour leader objected, and the Green leader left."
    )
    europeans = resolve(coder, text, "leaders")
    labour = resolve(coder, text, "leader", nth=1)
    green = resolve(coder, text, "leader", nth=2)
    assert is_unresolved(europeans.key) and europeans.name == "European leaders"
    assert is_unresolved(labour.key) and labour.name == "Labour leader"  # no Labour leader is named
    assert green.key == "person:ruth calder"  # the one named "Green leader" before
    assert not [m for m in actors_of(coder, text)[1].mentions if m.text == "European"]


def test_an_unresolved_noun_belongs_to_its_own_article(coder):
    a = resolve(coder, "Officials in the region said little. The spokesman declined to comment.", "spokesman", 0, "a1")
    b = resolve(coder, "The spokesman declined to comment on the rumours.", "spokesman", 0, "a2")
    assert is_unresolved(a.key) and is_unresolved(b.key) and a.key != b.key
    _, actors = actors_of(coder, "The spokesman declined to comment on the rumours.")
    assert not [m for m in actors.mentions if is_unresolved(m.key)]  # not an actor of the pile


def test_the_government_is_the_government_of_the_country_the_article_is_about(coder):
    text = "Canada raised its tariffs. Canada's exporters were angry, but the government said the tariffs would stay."
    assert resolve(coder, text, "government").key == "group:CAN:GOV"
    # a party's government is that party's, not the article's country's
    text = "Canada and Canada's partners watched as the Labour government fell."
    assert is_unresolved(resolve(coder, text, "government").key)
    # no country named: nobody's
    assert is_unresolved(resolve(coder, "The government said the tariffs would stay.", "government").key)


def test_many_governments_are_no_one_country(coder):
    text = "Chile and Chile's neighbours met. Several governments objected to the plan."
    assert is_unresolved(resolve(coder, text, "governments").key)


def test_the_company_is_the_company_the_article_is_about(coder):
    text = "Harlow Dynamics cut 300 jobs. Harlow Dynamics said sales fell, and the company expects a loss."
    company = resolve(coder, text, "company")
    assert company.key == "org:harlow dynamics"
    assert is_unresolved(resolve(coder, "Sales fell, and the company expects a loss.", "company").key)


def test_semiconductor_and_securities_industries_are_not_one_actor(coder):
    a = resolve(coder, "The semiconductor industry grew last year.", "industry", 0, "a1")
    b = resolve(coder, "The securities industry shrank last year.", "industry", 0, "a2")
    assert a.key != b.key and is_unresolved(a.key) and is_unresolved(b.key)


def test_the_prime_minister_is_the_one_named_before_or_the_countrys(coder):
    text = "Prime Minister Alba Ferreira flew to Lisbon. Later the prime minister met unions."
    assert resolve(coder, text, "minister").key == "person:alba ferreira"
    text = "Portugal's budget passed. Portugal will borrow less, the prime minister said."
    assert resolve(coder, text, "minister").key == "role:PRT:prime minister"


# ---- titles, surnames, countries -------------------------------------------------------------------


def test_a_title_belongs_to_the_name_beside_it(coder):
    _, actors = actors_of(coder, "Talks with President Hollander, Chief Cabinet Secretary Ines Varga said, went well.")
    assert mention(actors, "Hollander").role == "president"


def test_a_city_in_another_phrase_is_not_the_persons_country(coder):
    _, actors = actors_of(coder, "Leaving a Vienna conference Mr Hartley said the deal was fair.")
    assert mention(actors, "Hartley").country is None


def test_a_surname_joins_the_full_name_the_dictionary_knows(coder):
    _, actors = actors_of(coder, "Tony Blair arrived in Leeds on Friday. Later Mr Blair spoke to students.")
    assert {m.key for m in actors.mentions if "Blair" in m.text} == {"person:tony blair"}


def test_an_international_body_has_no_country(coder):
    _, actors = actors_of(coder, "At a British summit the EU agreed new rules for banks.")
    assert mention(actors, "EU").country is None


def test_a_one_word_name_with_shares_is_a_company(coder):
    _, actors = actors_of(coder, "Norvexa shares fell 4%. Norvexa said its profits would recover.")
    assert {m.kind for m in actors.mentions if m.text == "Norvexa"} == {"org"}
    _, actors = actors_of(coder, "Mr Hadley said he would resign. Hadley left on Friday.")
    assert {m.kind for m in actors.mentions if "Hadley" in m.text} == {"person"}


def test_a_continent_is_not_a_town_of_the_same_old_name(coder):
    from storyline.actors.gazetteer import load

    g = load()
    assert g.place("Africa").country is None and g.place("Africa").name == "Africa"
    assert g.place("Mahdia").country == "TUN"


def test_a_state_that_no_longer_exists_is_not_its_successor(coder):
    _, actors = actors_of(coder, "The Soviet Union tested a rocket.")
    assert mention(actors, "Soviet Union").key == "country:SUN"
    then = resolve(coder, "Moscow rejected the offer.", "Moscow", when=dt.date(1987, 3, 2))
    now = resolve(coder, "Moscow rejected the offer.", "Moscow", when=dt.date(2020, 3, 2))
    assert (then.country, now.country) == ("SUN", "RUS")


# ---- speakers ----------------------------------------------------------------------------------------


def test_a_company_spokesman_speaks_for_the_company(coder):
    q = quotes_of(
        coder,
        "Pellworth Foods closed two plants. Pellworth Foods blamed costs. "
        "A company spokesman said that no more plants would close.",
    )
    assert [(x.speaker, x.speaker_key) for x in q if x.text.startswith("no more")] == [
        ("Pellworth Foods", "org:pellworth foods")
    ]


def test_the_minister_is_the_minister_named_before(coder):
    q = quotes_of(
        coder, "Finance Minister Oskar Lind met bankers. Afterwards the minister said that rates would rise in June."
    )
    assert q and q[0].speaker_key == "person:oskar lind"


def test_they_with_no_one_named_is_unresolved_not_an_actor(coder):
    q = quotes_of(coder, "They said that the harvest would be late this year.")
    assert q and q[0].speaker is None and q[0].speaker_key is None
    q = quotes_of(coder, "Farmers' unions met in Leeds. The unions said that prices were too low.")
    assert all(x.speaker_key is None or not is_unresolved(x.speaker_key) for x in q)


def test_a_title_in_quotation_marks_is_not_speech(coder):
    q = quotes_of(coder, 'The band closed the parade with the march "Song of the Northern Hills."')
    assert q == []


def test_words_a_named_agency_carries_are_the_agencys(coder):
    q = quotes_of(coder, "The agency KCNA listed a pledge to “stand with our friends to the very end” on Monday.")
    assert [(x.speaker, x.speaker_key) for x in q] == [("KCNA", "org:kcna")]


def test_a_reported_clause_stops_before_according_to(coder):
    q = quotes_of(
        coder, "Lavrov told reporters that the drills were a concern, according to the state-run TASS news agency."
    )
    reported = [x for x in q if x.kind == "reported"]
    assert reported and reported[0].text == "the drills were a concern"
    assert reported[0].speaker_key == "person:sergei lavrov"


def test_a_named_agency_inside_a_noun_phrase_is_the_source(coder):
    q = quotes_of(coder, "The ceasefire held overnight, according to the state-run TASS news agency.")
    assert [(x.speaker, x.speaker_key) for x in q] == [("TASS", "org:tass")]


def test_a_quotation_of_several_paragraphs_is_one_speakers(coder):
    text = (
        'Ms Okafor said: "We were surprised by the result. "We will appeal the ruling next week."\n\n'
        '"Nobody expected this," she added. "It changes everything for the town."'
    )
    q = [x for x in quotes_of(coder, text) if x.kind == "direct"]
    assert len(q) == 4 and {x.speaker for x in q} == {"Okafor"}


def test_a_quote_introduced_by_a_colon_is_the_introducers(coder):
    q = quotes_of(coder, 'Mr Pruitt spoke first. Later Ms Haldane told the meeting: "The plan will not work."')
    assert [x.speaker for x in q if x.kind == "direct"] == ["Haldane"]


def test_the_next_speakers_introduction_is_not_this_quotes(coder):
    text = '"We will win," Mr Pruitt said. "It is certain." Then Ms Haldane said: "They will lose."'
    q = [x for x in quotes_of(coder, text) if x.kind == "direct"]
    assert [x.speaker for x in q] == ["Pruitt", "Pruitt", "Haldane"]


# ---- data files ----------------------------------------------------------------------------------------


def test_word_list_files_hold_exactly_the_lists_the_rules_read():
    from storyline.actors.gazetteer import check_roles
    from storyline.actors.wordlists import WordListError, check_lists

    lists = frozenset(["honorifics", "offices"])
    assert check_lists({"honorifics": ["Mr"], "offices": ["president"]}, "f.yaml", lists)["honorifics"] == {"mr"}
    with pytest.raises(WordListError, match=r"unknown list.*honorfics"):
        check_lists({"honorfics": ["mr"], "honorifics": ["mr"], "offices": ["x"]}, "f.yaml", lists)
    with pytest.raises(WordListError, match=r"missing list.*offices"):
        check_lists({"honorifics": ["mr"]}, "f.yaml", lists)
    with pytest.raises(WordListError, match="not a word"):
        check_lists({"honorifics": [True], "offices": ["x"]}, "f.yaml", lists)  # a bare `yes`
    with pytest.raises(WordListError, match="unknown sector"):
        check_roles({"sectors": {"GOV": "government"}, "role": {"GOB": ["mayor"]}, "group": {}})


def test_a_brief_is_about_the_company_its_first_sentence_names(coder):
    q = quotes_of(
        coder,
        "Corvane Labs Inc said it hired the bank Mell and Orrin to sell its pump unit.\n"
        "    The company said several buyers had already called.",
    )
    assert {x.speaker_key for x in q} == {"org:corvane labs inc"}


def test_a_friend_of_the_leader_is_not_the_leader(coder):
    text = (
        "Green leader Ruth Calder toured the north. Ms Amos, a friend of the Green leader, said she was tired. "
        "Later the Green leader spoke."
    )
    _, actors = actors_of(coder, text)
    assert mention(actors, "Ms Amos").role is None
    assert resolve(coder, text, "leader", nth=2).key == "person:ruth calder"


def test_a_noun_that_stands_for_a_name_is_not_a_name_of_it(coder):
    text = "Harlow Dynamics cut 300 jobs. Harlow Dynamics said sales fell, and the company expects a loss."
    doc, actors = actors_of(coder, text)
    actors.actor_for(next(t for t in doc if t.text == "company"))
    assert {m.text for m in actors.mentions if m.key == "org:harlow dynamics"} == {"Harlow Dynamics"}


def test_a_name_that_heads_a_company_unit_is_a_company_wherever_it_stands(coder):
    text = "Norvexa lied, its lawyers argued. The Norvexa unit was sold. Norvexa claimed the sale was illegal."
    _, actors = actors_of(coder, text)
    assert {m.kind for m in actors.mentions if m.text == "Norvexa"} == {"org"}
