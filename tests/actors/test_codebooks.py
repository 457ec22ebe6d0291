"""TABARI/PETRARCH dictionaries, read as users have them: small dictionaries of our own in each format."""

from __future__ import annotations

from datetime import date

import pytest

from storyline.actors.dictionary import apply, read_entries
from storyline.actors.gazetteer import load
from storyline.codebooks import detect
from storyline.codebooks.cameo import actor_code, event_type
from storyline.codebooks.verbs import read_verbs

ACTORS = """\
# a small actor dictionary in the PETRARCH layout
ARENDELLE_  [ARE]
+KINGDOM_OF_ARENDELLE_

ELSA_OF_ARENDELLE_   ; ruled from the coronation
+QUEEN_ELSA_
\t[AREELI 180101-191231]
\t[AREGOV >200101]

ANNA_OF_ARENDELLE_  [AREROY]

NORTHERN_FLEET_COMMAND_  [RUSMIL]

GEORGE_BUSH_
\t[USAGOV 890120-930120]
GEORGE_BUSH_
\t[USAGOV 010120-090120]

AFGHANISTAN_  [AFG]
+AFGHANI_STATE_
"""

AGENTS = """\
<!-- agents of our own -->
!PERSON! = MAN, MEN, WOMAN, WOMEN
HARBOUR_WARDEN [~COP]
RIVER_PILOT {RIVER_PILOTS} [~BUS]
COAST!PERSON! [~MIL]
"""

VERBS = """\
&CASH
+KRONER
+CROWNS

--- SHUN [120] ---
SHUN
SNUB
- * TALKS [124]
- * WITH + [---]

--- GIFT [070] ---
BESTOW {BESTOWED}
- * &CASH [071]
- * ARMS TO + [072]
- $ MEETS * [040]
"""


@pytest.fixture()
def files(tmp_path):
    paths = {}
    for name, text in (("arendelle.actors.txt", ACTORS), ("agents.txt", AGENTS), ("mine.verbs.txt", VERBS)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths[name.split(".")[0]] = tmp_path / name
    return paths


def test_formats_are_told_from_content(files):
    assert detect(files["arendelle"].read_text()) == "petrarch-actors"
    assert detect(files["agents"].read_text()) == "petrarch-agents"
    assert detect(files["mine"].read_text()) == "petrarch-verbs"
    assert detect("- name: Sergei Lavrov\n  country: RUS\n") == "yaml"
    assert detect("name,aliases,kind\nX,,person\n") == "csv"


def test_cameo_codes():
    g = load()
    assert actor_code("USAGOV", lambda c: c in g.country_names) == ("USA", "GOV")
    assert actor_code("IGOUNO", lambda c: c in g.country_names) == (None, "IGO")
    assert event_type("112") == ("ACCUSE", None) and event_type("0874")[0] == "RETREAT"
    assert event_type("190") == ("ASSAULT", "military") and event_type("---") is None


def test_a_users_own_codes_keep_the_dictionarys_names(files):
    g = apply(load(), read_entries(files["arendelle"]))
    arendelle = g.known_actor("Kingdom of Arendelle")
    assert arendelle.name == "Arendelle" and arendelle.code == "ARE"
    assert arendelle.name != g.country_names.get("ARE")  # never the country that shares the code
    assert g.known_actor("Northern Fleet Command").country == "RUS"
    assert g.country("Afghani State") == "AFG"  # a country's own record adds names to it


def test_date_restricted_codes_apply_by_the_articles_date(files):
    g = apply(load(), read_entries(files["arendelle"]))
    assert g.known_actor("Queen Elsa", date(2019, 6, 1)).sector == "GOV"  # AREELI: elite, in office
    assert g.known_actor("Queen Elsa", date(2021, 6, 1)).code == "AREGOV"
    assert g.known_actor("Queen Elsa", None).country == "ARE"  # undated: the country its codes share


def test_one_name_for_several_actors_keeps_them_all(files):
    g = apply(load(), read_entries(files["arendelle"]))
    elder = g.known_actor("George Bush", date(1990, 5, 1))
    younger = g.known_actor("George Bush", date(2003, 5, 1))
    assert elder.country == younger.country == "USA"
    assert elder.key != younger.key


def test_agents_give_sectors_to_generic_nouns(files, coder):
    from storyline.actors.mentions import DocActors

    g = apply(load(), read_entries(files["agents"]))
    assert g.groups["harbour warden"] == "COP" and g.groups["river pilots"] == "BUS"
    assert g.groups["coastmen"] == "MIL"
    doc = coder.nlp("Norwegian harbour wardens detained the crew.")
    a = DocActors(doc, "t", g)
    warden = a.actor_for(next(t for t in doc if t.lower_ == "wardens"))[0]
    assert (warden.country, warden.sector) == ("NOR", "COP")


def test_dictionary_names_found_where_the_model_sees_a_person_or_nothing(files, coder):
    from storyline.actors.mentions import DocActors

    g = apply(load(), read_entries(files["arendelle"]))
    doc = coder.nlp("Anna of Arendelle met Queen Elsa in the castle.")
    a = DocActors(doc, "t", g, when=date(2021, 3, 1))
    names = {m.name: (m.country, m.sector) for m in a.mentions}
    assert names.get("Anna of Arendelle") == ("ARE", None)
    assert names.get("Elsa of Arendelle") == ("ARE", "GOV")


def test_verb_dictionary_becomes_patterns(files):
    data, summary = read_verbs(files["mine"].read_text(), "mine")
    verbs = data["verbs"]
    assert {"lemma": "shun"} in verbs["REJECT"] and {"lemma": "snub"} in verbs["REJECT"]
    assert {"lemma": "shun", "objects": ["talk", "talks"]} in verbs["REJECT"] or any(
        e.get("objects") and "talks" in e["objects"] for e in verbs["REJECT"]
    )
    assert any(e["lemma"] == "bestow" and e.get("objects") == ["crown", "kroner"] for e in verbs["AID"])
    assert any(e["lemma"] == "bestow" and e.get("recipient") == ["to", "dobj"] for e in verbs["AID"])
    assert summary["skipped"] >= 1  # "$ MEETS *": words before the verb cannot be checked on a parse


def test_verb_dictionary_codes_events(files):
    from storyline.events import ArticleCoder

    coder = ArticleCoder(pattern_files=[str(files["mine"])])
    rows = coder.code_records(["Norway bestowed crowns on the Danish envoy.", "Sweden shunned Finland."])
    assert {(r["article_id"], r["type"]) for r in rows} >= {("1", "AID"), ("2", "REJECT")}


def test_a_file_given_to_the_wrong_option_says_so(files):
    from storyline.events.lexicon import SchemaError, read_pattern_file

    with pytest.raises(SchemaError, match="--actors"):
        read_pattern_file(files["arendelle"])
    with pytest.raises(ValueError, match="--patterns"):
        read_entries(files["mine"])
