"""Actors: names resolve to one canonical actor per article and across the corpus, with attributes."""

from __future__ import annotations

from storyline.actors.dictionary import apply, read_entries
from storyline.actors.gazetteer import load
from storyline.actors.mentions import DocActors
from storyline.corpus.actors import merge_people


def actors_of(coder, text):
    doc = coder.nlp(text)
    coder.coder.repair_lemmas(doc)
    return DocActors(doc, "t", coder.gazetteer)


def keys(actors, surface):
    return {m.key for m in actors.mentions if m.text == surface}


def test_one_person_under_full_name_surname_and_title(coder):
    a = actors_of(
        coder,
        "Russian Foreign Minister Sergei Lavrov arrived on Wednesday. Lavrov met Choe Son Hui. "
        "Mr. Lavrov said the talks went well.",
    )
    assert keys(a, "Sergei Lavrov") == keys(a, "Lavrov") == {"person:sergei lavrov"}
    lavrov = next(m for m in a.mentions if m.text == "Sergei Lavrov")
    assert (lavrov.country, lavrov.sector, lavrov.role) == ("RUS", "GOV", "foreign minister")
    assert "Russian Foreign Minister" in lavrov.role_evidence


def test_north_korea_under_all_its_names(coder):
    a = actors_of(
        coder,
        "North Korea and the DPRK are one country: the Democratic People's Republic of Korea. "
        "North Korean officials agreed.",
    )
    ids = {m.key for m in a.mentions if m.kind == "country"}
    assert ids == {"country:PRK"}


def test_capital_acting_as_government_and_the_north(coder):
    text = "North Korea sent shells. Pyongyang denied it. The North has a large arsenal."
    doc = coder.nlp(text)
    a = DocActors(doc, "t", coder.gazetteer)
    pyongyang = next(t for t in doc if t.text == "Pyongyang")
    north = next(t for t in doc if t.text == "North" and t.i > 5)
    assert a.actor_for(pyongyang)[0].key == "country:PRK"
    assert a.actor_for(north)[0].key == "country:PRK"


def test_group_actors_take_country_and_sector_from_their_words(coder):
    doc = coder.nlp("Syrian troops shelled the town while Russia's foreign ministry denied any role.")
    a = DocActors(doc, "t", coder.gazetteer)
    troops = next(t for t in doc if t.text == "troops")
    ministry = next(t for t in doc if t.text == "ministry")
    assert (a.actor_for(troops)[0].country, a.actor_for(troops)[0].sector) == ("SYR", "MIL")
    assert (a.actor_for(ministry)[0].country, a.actor_for(ministry)[0].sector) == ("RUS", "GOV")


def test_spellings_and_bare_surnames_merge_across_the_corpus():
    counts = {
        "person:sergei lavrov": 10,
        "person:sergey lavrov": 3,
        "person:lavrov": 4,
        "person:kim jong un": 8,
        "person:kim": 2,
        "person:kim yo jong": 1,
    }
    attrs = {
        "person:sergei lavrov": ("RUS", "foreign minister"),
        "person:lavrov": ("RUS", None),
        "person:kim jong un": ("PRK", "leader"),
        "person:kim yo jong": ("PRK", None),
        "person:kim": ("PRK", None),
    }
    canon = merge_people(counts, attrs)
    assert canon["person:sergey lavrov"] == canon["person:lavrov"] == "person:sergei lavrov"
    assert canon["person:kim"] == "person:kim"  # two Kims of that country: a bare "Kim" stays ambiguous


def test_a_bare_surname_joins_a_full_name_only_where_country_and_role_agree():
    counts = {
        "person:tony blair": 40,
        "person:cherie blair": 3,
        "person:blair": 30,
        "person:marta ruiz": 5,
        "person:ruiz": 2,
        "person:alan ruiz": 1,
    }
    attrs = {
        "person:tony blair": ("GBR", "prime minister"),
        "person:cherie blair": ("GBR", None),
        "person:blair": (None, "prime minister"),  # "Prime Minister Blair"
        "person:marta ruiz": ("ESP", None),
        "person:alan ruiz": ("USA", None),
        "person:ruiz": ("ESP", None),
    }
    canon = merge_people(counts, attrs)
    assert canon["person:blair"] == "person:tony blair"
    assert canon["person:ruiz"] == "person:marta ruiz"
    # nothing said of him: "Blair" may be any Blair, and stays apart
    assert merge_people(counts, {**attrs, "person:blair": (None, None)})["person:blair"] == "person:blair"
    # a one-article slip that carries the title is not the name the bare surname stands for
    slip = merge_people(
        {"person:reagan": 70, "person:ronald reagan": 12, "person:athough reagan": 2},
        {"person:reagan": (None, "president"), "person:athough reagan": (None, "president")},
    )
    assert slip["person:reagan"] == "person:reagan"
    # a bare name the pile also knows as an organisation, with no title and no full name, is it
    orgs = {"org:norvexa", "org:marlow"}
    canon = merge_people({"person:norvexa": 5, "person:marlow": 2, "person:anne marlow": 3}, {}, orgs)
    assert canon["person:norvexa"] == "org:norvexa"
    assert canon["person:marlow"] == "person:marlow"  # a person's surname too: not the company
    # one spelling of a name in two countries is two people
    two = merge_people(
        {"person:jose ruiz": 3, "person:josé ruiz": 2},
        {"person:jose ruiz": ("ESP", None), "person:josé ruiz": ("MEX", None)},
    )
    assert two["person:josé ruiz"] == "person:josé ruiz"


def test_user_dictionary_adds_and_overrides(tmp_path):
    f = tmp_path / "actors.yaml"
    f.write_text(
        "- name: Northern Wire\n  kind: org\n  sector: MED\n  country: GBR\n"
        "- name: PRK\n  kind: country\n  aliases: [Hermit Kingdom]\n"
    )
    g = apply(load(), read_entries(f))
    assert g.known_actor("Northern Wire").sector == "MED"
    assert g.country("the Hermit Kingdom") == "PRK"
    csv_file = tmp_path / "actors.csv"
    csv_file.write_text("name,aliases,kind,country,sector,role\nOleg Kozhemyako,Kozhemyako,person,RUS,GOV,governor\n")
    g = apply(load(), read_entries(csv_file))
    assert g.known_actor("Kozhemyako").role == "governor"


def test_quotes_have_resolved_speakers(coder):
    rows = coder.code_many(
        [
            (
                "q",
                'Russian Foreign Minister Sergei Lavrov said: "We will support our friends to '
                'the end." Kim said that North Korea would never abandon Russia.',
                None,
                "unknown",
                "en",
            )
        ]
    )[0][0].quotes
    assert {q.kind for q in rows} == {"direct", "reported"}
    direct = next(q for q in rows if q.kind == "direct")
    assert direct.speaker == "Sergei Lavrov" and direct.speaker_key == "person:sergei lavrov"
    assert direct.text.startswith("We will support")
