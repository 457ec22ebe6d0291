"""Contradictions, each kind on sentences written for these tests: what is a disagreement between
sources, and what only looks like one."""

from __future__ import annotations

import json
from datetime import date

from storyline.corpus.conflicts import _quantities, _story_durations
from storyline.store.conflicts import StoryEventFact, StoryText

D1, D2 = date(2024, 5, 14), date(2024, 5, 15)


def _s(article: str, sentence: str, published: date = D1, original: str | None = None, source: str | None = None):
    return (article, original or article, source or article.upper(), published, sentence, 0, None)


def _tolls(*sentences: tuple) -> list[dict]:
    """A story's tolls of people, as the conflicts stage reads them from its articles' sentences."""
    return _quantities("s", None, list(sentences), casualties_only=True)


def _kinds(rows: list[dict]) -> list[tuple[str, str, list[str]]]:
    return [(r["about"], r["kind"], sorted(v["value"] for v in json.loads(r["values"]))) for r in rows]


def test_two_outlets_give_different_tolls_the_same_day():
    rows = _tolls(
        _s("a", "The dam burst killed 12 people in the valley on Tuesday, officials said."),
        _s("b", "Rescuers said 15 people were killed when the dam gave way on Tuesday."),
    )
    assert _kinds(rows) == [("killed (people)", "conflict", ["12", "15"])]
    evidence = json.loads(rows[0]["values"])[0]["evidence"][0]
    assert evidence["sentence"][evidence["start"] : evidence["end"]] in ("12 people", "15 people")


def test_the_same_value_said_two_ways_is_not_a_conflict():
    rows = _tolls(
        _s("a", "A thousand people were evacuated from the village, the mayor said."),
        _s("b", "Police said 1,000 people were evacuated overnight."),
        _s("c", "Nearly 300 people were arrested at the rally."),
        _s("d", "About 300 people were arrested, the ministry said."),
        _s("e", "Officials said 310 people were arrested."),
    )
    assert rows == []


def test_a_toll_that_grows_the_next_day_is_an_update():
    rows = _tolls(
        _s("a", "The dam burst killed 12 people, officials said.", D1),
        _s("b", "The number of people killed rose to 15 on Wednesday as rescuers reached the valley.", D2),
        _s("c", "At least 15 people were killed when the dam burst.", D2),
    )
    assert [r["kind"] for r in rows] == ["update"]


def test_a_copy_does_not_disagree_with_its_original():
    rows = _tolls(
        _s("a", "The dam burst killed 12 people, officials said."),
        _s("a-copy", "The dam burst killed 15 people, officials said.", original="a"),
    )
    assert rows == []


def test_numbers_about_different_things_are_not_compared():
    rows = _quantities(
        "s",
        "event-1",
        [
            ("a", "a", "A", D1, "The ship delivered 300 containers in six voyages.", 0, 14),
            ("b", "b", "B", D1, "More than 20 ships delivered 1,000 tonnes of grain.", 0, 21),
        ],
        casualties_only=False,
    )
    assert rows == []


def test_a_count_dated_elsewhere_is_of_another_event():
    rows = _tolls(
        _s("a", "The blast killed 12 people on Tuesday, police said."),
        _s("b", "It was the deadliest attack since the March 3 bombing that killed 40 people."),
    )
    assert rows == []


def _article(article: str, text: str, people: list[tuple[int, str]]) -> StoryText:
    return StoryText(article, article, article.upper(), D1, text, people)


def test_lengths_of_one_persons_visit_disagree():
    a = "Prime Minister Anna Varga left Warsaw on Sunday at the end of a five-day visit."
    b = "Anna Varga flew home after a three-day visit to Poland, her office said."
    rows = [
        _story_durations(
            "s",
            [_article("a", a, [(a.index("Anna"), "person:anna varga")]), _article("b", b, [(0, "person:anna varga")])],
            set(),
        )
    ]
    assert _kinds(rows) == [("visit (Anna Varga)", "conflict", ["3 day", "5 day"])]


def test_visits_of_two_people_are_two_things():
    a = "Prime Minister Anna Varga ended a five-day visit to Poland on Sunday."
    b = "President Jan Kowal began a three-day visit to Hungary on Monday."
    row = _story_durations(
        "s",
        [
            _article("a", a, [(a.index("Anna"), "person:anna varga")]),
            _article("b", b, [(b.index("Jan"), "person:jan kowal")]),
        ],
        set(),
    )
    assert row is None


def _event(eid, article, day, place, sentence, who="person:anna varga", whom="person:jan kowal") -> StoryEventFact:
    actors = json.dumps([{"key": who}])
    recipients = json.dumps([{"key": whom}])
    at = sentence.index("met")
    return StoryEventFact(
        eid,
        "CONSULT",
        "meet",
        day,
        "day",
        place,
        actors,
        recipients,
        article,
        article,
        article.upper(),
        sentence,
        0,
        at,
        at + 3,
        None,
    )


def test_one_meeting_in_two_places():
    from storyline.corpus.conflicts import _places_and_dates

    rows = _places_and_dates(
        "s",
        [
            _event("e1", "a", D1, "Gdansk", "Varga met Kowal in Gdansk on Tuesday."),
            _event("e2", "b", D1, "Warsaw", "Varga met Kowal in Warsaw on Tuesday, officials said."),
        ],
    )
    assert [(r["attribute"], r["kind"]) for r in rows] == [("place", "conflict")]
    values = {v["value"]: v["evidence"][0] for v in json.loads(rows[0]["values"])}
    assert set(values) == {"Gdansk", "Warsaw"}
    ev = values["Warsaw"]
    assert ev["sentence"][ev["start"] : ev["end"]] == "Warsaw"


def test_spelling_variants_are_one_place_and_two_meetings_are_not_a_conflict():
    from storyline.corpus.conflicts import _places_and_dates

    variants = _places_and_dates(
        "s",
        [
            _event("e1", "a", D1, "Kiev", "Varga met Kowal in Kiev on Tuesday."),
            _event("e2", "b", D1, "Kyiv", "Varga met Kowal in Kyiv on Tuesday."),
        ],
    )
    assert variants == []
    other_people = _places_and_dates(
        "s",
        [
            _event("e1", "a", D1, "Gdansk", "Varga met Kowal in Gdansk on Tuesday."),
            _event("e2", "b", D1, "Warsaw", "Varga met Nowak in Warsaw on Tuesday.", whom="person:piotr nowak"),
        ],
    )
    assert other_people == []


def test_one_meeting_on_two_days():
    from storyline.corpus.conflicts import _places_and_dates

    rows = _places_and_dates(
        "s",
        [
            _event("e1", "a", D1, "Gdansk", "Varga met Kowal in Gdansk on Tuesday."),
            _event("e2", "b", D2, "Gdansk", "Varga met Kowal in Gdansk on Wednesday."),
        ],
    )
    assert [(r["attribute"], sorted(v["value"] for v in json.loads(r["values"]))) for r in rows] == [
        ("date", ["2024-05-14", "2024-05-15"])
    ]


def _attack(eid, article, actor, sentence):
    at = sentence.index(actor.split()[0])
    actors = json.dumps([{"key": "country:" + actor[:3].upper(), "name": actor, "start": at, "end": at + len(actor)}])
    recipients = json.dumps([{"key": "place:harbin", "name": "Harbin"}])
    t = sentence.index("shell")
    return StoryEventFact(
        eid,
        "ASSAULT",
        None,
        D1,
        "day",
        "Harbin",
        actors,
        recipients,
        article,
        article,
        article.upper(),
        sentence,
        0,
        t,
        t + 7,
        4,
    )


def test_one_attack_laid_at_two_doors():
    from storyline.corpus.conflicts import _who_did_it

    rows = _who_did_it(
        "s",
        [
            _attack("e1", "a", "Norland", "Norland forces shelled Harbin on Tuesday, residents said."),
            _attack("e2", "b", "Sudmark", "Sudmark artillery shelled Harbin on Tuesday, the army said."),
        ],
    )
    assert [(r["attribute"], sorted(v["value"] for v in json.loads(r["values"]))) for r in rows] == [
        ("actor", ["Norland", "Sudmark"])
    ]
    ev = json.loads(rows[0]["values"])[0]["evidence"][0]
    assert ev["sentence"][ev["start"] : ev["end"]] in ("Norland", "Sudmark")


def test_one_account_naming_more_attackers_is_not_another_attacker():
    from storyline.corpus.conflicts import _who_did_it

    both = _attack("e2", "b", "Norland", "Norland and Sudmark units shelled Harbin on Tuesday.")
    two = json.dumps([{"key": "country:NOR", "name": "Norland"}, {"key": "country:SUD", "name": "Sudmark"}])
    both = both._replace(actors=two)
    rows = _who_did_it("s", [_attack("e1", "a", "Norland", "Norland forces shelled Harbin on Tuesday."), both])
    assert rows == []


# --- what is not a disagreement, each kind on its own sentences ---------------------------------


def test_tolls_of_two_incidents_in_two_places_are_not_compared():
    rows = _tolls(
        _s("a", "A mortar attack killed 30 people in Tarvik on Tuesday, the army said."),
        _s("b", "Gunmen killed 109 people in a massacre at Olsen on Tuesday, witnesses said."),
    )
    assert rows == []


def test_injured_in_one_clash_and_in_another_are_two_referents():
    rows = _tolls(
        _s("a", "Police said 12 people were injured in clashes in Marlow on Sunday."),
        _s("b", "About 800 people were injured in clashes with police in Dunmore on Sunday, medics said."),
    )
    assert rows == []


def test_tolls_told_on_different_days_are_not_a_disagreement():
    d3 = date(2024, 5, 17)
    rows = _tolls(
        _s("a", "Flooding killed 40 people in Vessland on Monday, officials said.", D1),
        _s("b", "Flooding killed 25 people in Vessland on Thursday, officials said.", d3),
    )
    assert all(r["kind"] != "conflict" for r in rows)
    same_week = _tolls(
        _s("a", "Floods killed 40 people in Vessland on Monday, officials said.", D1),
        _s("b", "Floods killed 25 people in Vessland on Tuesday, the ministry said.", D2),
    )
    assert same_week == []  # two weekdays named: two days' tolls


def test_a_running_total_does_not_contradict_a_days_toll():
    rows = _tolls(
        _s("a", "The virus has killed 200 people in Vessland so far, the ministry said."),
        _s("b", "Officials said 14 people died of the virus in Vessland, the health ministry said."),
    )
    assert [r["kind"] for r in rows] in ([], ["update"])


def test_a_nations_toll_is_not_a_citys():
    rows = _tolls(
        _s("a", "The storm killed 75 people across the country, the government of Vessland said."),
        _s("b", "The storm killed 18 people in Vessland's capital Orbin, the mayor said."),
    )
    assert rows == []


def test_a_source_revising_its_own_figure_is_an_update():
    from storyline.corpus.conflicts import _one_outlet_is_an_update

    rows = _tolls(
        _s("a", "The dam burst killed 12 people in Ardley, officials said.", source="Harbour Wire"),
        _s("b", "Officials said 15 people were killed when the Ardley dam burst.", source="Harbour Wire"),
    )
    assert [_one_outlet_is_an_update(r)["kind"] for r in rows] == ["update"]
    two_outlets = _tolls(
        _s("a", "The dam burst killed 12 people in Ardley, officials said.", source="Harbour Wire"),
        _s("b", "Officials said 15 people were killed when the Ardley dam burst.", source="Valley Times"),
    )
    assert [_one_outlet_is_an_update(r)["kind"] for r in two_outlets] == ["conflict"]


def test_about_fifty_and_fifty_are_one_value():
    rows = _tolls(
        _s("a", "About 50 people were killed in the Ardley landslide, police said."),
        _s("b", "The Ardley landslide killed 50 people, police said."),
        _s("c", "Some fifty people died when the hillside at Ardley collapsed."),
    )
    assert rows == []


def test_a_toll_of_another_year_is_another_event():
    rows = _tolls(
        _s(
            "a", "The 1918 flu killed 50 million people, the WHO said, and H1N1 could spread as fast.", date(2009, 5, 1)
        ),
        _s("b", "The WHO said 85 people had died of H1N1 in the outbreak.", date(2009, 5, 1)),
    )
    assert rows == []


# --- real disagreements ----------------------------------------------------------------------------


def test_two_outlets_disagree_on_arrests():
    rows = _tolls(
        _s("a", "Police in Corvale arrested 40 protesters outside parliament on Friday."),
        _s("b", "Police in Corvale detained 65 protesters outside the parliament building on Friday."),
    )
    assert _kinds(rows) == [("held (protesters)", "conflict", ["40", "65"])]


def test_two_outlets_disagree_on_one_events_cargo():
    rows = _quantities(
        "s",
        "event-1",
        [
            ("a", "a", "A", D1, "Norland delivered 300 containers of ammunition to Sudmark.", 0, 8),
            ("b", "b", "B", D1, "Norland shipped 500 containers of shells to Sudmark.", 0, 8),
        ],
        casualties_only=False,
    )
    assert _kinds(rows) == [("containers", "conflict", ["300", "500"])]
    ev = json.loads(rows[0]["values"])[0]["evidence"][0]
    assert ev["sentence"][ev["start"] : ev["end"]] in ("300 containers", "500 containers")


def _trigger(article, sentence, trigger, who=("Kim Jong Un",), source=None):
    from storyline.store.conflicts import TriggerContext

    at = sentence.index(trigger)
    actors = json.dumps([{"name": n, "text": n} for n in who])
    return TriggerContext(
        article, article, source, D1, sentence, 0, trigger, at, sentence[max(0, at - 30) : at], "day", actors, "[]"
    )


def test_one_trips_length_told_two_ways_by_its_merged_event():
    from storyline.corpus.conflicts import _durations

    row = _durations(
        "event-1",
        "s",
        [
            _trigger("a", "Kim Jong Un ended a four-day trip to Russia on Sunday.", "trip"),
            _trigger("b", "Kim Jong Un went home after a nine-day trip to Russia.", "trip"),
        ],
    )
    assert row and sorted(v["value"] for v in json.loads(row["values"])) == ["4 day", "9 day"]


def test_a_length_owned_by_someone_else_is_not_the_events():
    from storyline.corpus.conflicts import _durations

    row = _durations(
        "event-1",
        "s",
        [
            _trigger("a", "Kim Jong Un ended a four-day trip to Russia on Sunday.", "trip"),
            _trigger("b", "A month after Kim Jong Un made a journey to Russia came Lavrov's two-day visit.", "journey"),
        ],
    )
    assert row is None


def test_a_visitors_possessed_visit_is_his_in_the_story():
    a = "A month after Anna Varga travelled to Poland came Jan Kowal's three-day visit."
    b = "Anna Varga flew home after a five-day visit to Poland, her office said."
    row = _story_durations(
        "s",
        [
            _article("a", a, [(a.index("Anna"), "person:anna varga"), (a.index("Jan"), "person:jan kowal")]),
            _article("b", b, [(0, "person:anna varga")]),
        ],
        set(),
    )
    assert row is None


def test_two_lower_bounds_never_disagree_but_a_count_below_one_does():
    bounds = _tolls(
        _s("a", "The waves killed more than 30,000 people in Lanmar, the relief agency said."),
        _s("b", "At least 25,000 people were killed in Lanmar, officials said."),
    )
    assert bounds == []
    below = _tolls(
        _s("a", "The waves killed more than 30,000 people in Lanmar, the relief agency said."),
        _s("b", "Officials said 18,000 people were killed in Lanmar."),
    )
    assert _kinds(below) == [("killed (people)", "conflict", ["18000", "30000 (at least)"])]


def test_updates_are_exported_apart_and_not_counted_as_disagreements(tmp_path):
    from storyline.corpus.conflicts import _one_outlet_is_an_update
    from storyline.store import conflicts as queries
    from storyline.store.export import rows
    from storyline.store.store import Store

    disagreement = _tolls(
        _s("a", "The dam burst killed 12 people in Ardley, officials said.", source="Harbour Wire"),
        _s("b", "Officials said 15 people were killed when the Ardley dam burst.", source="Valley Times"),
    )
    revision = _tolls(
        _s("c", "Floods killed 40 people in Vessland, the agency said.", source="Harbour Wire"),
        _s("d", "The agency said 52 people were killed by floods in Vessland.", source="Harbour Wire"),
    )
    written = [_one_outlet_is_an_update(r) for r in disagreement + revision]
    written[1]["conflict_id"] = "conflict-revision"
    store = Store(tmp_path / "s.duckdb")
    queries.replace_conflicts(store, written)
    assert [r["kind"] for r in rows(store, "conflicts")] == ["conflict"]
    assert [r["kind"] for r in rows(store, "updates")] == ["update"]
    assert store.counts()["conflicts"] == 1
