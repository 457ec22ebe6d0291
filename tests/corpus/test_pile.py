# ruff: noqa: E501  (article texts written for the tests, one paragraph per line)
"""The pile as a whole, on articles written for these tests: dates by cross-reference, merged events,
a duration conflict, stories that keep two visits apart, and the exports that show them."""

from __future__ import annotations

import json

import pytest

from storyline.corpus.conflicts import number, same_value
from storyline.store import Store
from storyline.store.export import rows

VISIT = """Hungarian visit to Poland begins

Date: 10 March 2021

Hungarian Prime Minister Anna Varga arrived in Warsaw on Tuesday for a five-day visit to Poland, her first trip abroad this year.
Varga met Polish President Jan Kowal at the presidential palace and the two leaders signed an agreement on rail links.
Officials said 40 engineers would begin work on the line in the summer.
Kowal praised Hungary as a reliable partner and said the two countries would hold further talks on energy.
"""

FOLLOW_UP = """Polish president thanks Hungary after talks

Polish President Jan Kowal thanked Hungary on Friday for its support in the European Council.
Kowal said the new talks would build on the rail deal signed when Varga and Kowal met last month in Warsaw.
Hungarian Prime Minister Anna Varga's three-day visit to Poland had opened a new chapter, Polish officials said.
About 40 engineers are already working on the rail line, the ministry said.
"""

UNRELATED_UNDATED = """Farmers protest in Lyon

French farmers blocked roads around Lyon to protest against fuel taxes.
Police said 300 tractors took part and no one was hurt.
The farmers union said the protest would continue until the government changed course.
"""


@pytest.fixture(scope="module")
def pile(tmp_path_factory):
    from storyline.api import run

    root = tmp_path_factory.mktemp("pile")
    (root / "visit.txt").write_text(VISIT, encoding="utf-8")
    (root / "follow_up.txt").write_text(FOLLOW_UP, encoding="utf-8")
    (root / "farmers.txt").write_text(UNRELATED_UNDATED, encoding="utf-8")
    db = root / "pile.duckdb"
    run([str(root)], db=str(db), workers=1)
    return db


def _articles(db) -> dict[str, dict]:
    with Store(db, read_only=True) as store:
        return {a["id"].rsplit("/", 1)[-1]: a for a in rows(store, "articles")}


def test_undated_article_dated_by_the_event_it_names(pile):
    arts = _articles(pile)
    follow = arts["follow_up.txt"]
    # "met last month" names the March 2021 meeting of the visit article: the follow-up is April 2021
    assert follow["published"] == "2021-04-01"
    assert follow["published_precision"] == "month"
    assert follow["published_from"] == "reference"
    assert "visit.txt" in follow["published_evidence"] and "last month" in follow["published_evidence"]


def test_no_evidence_no_date(pile):
    farmers = _articles(pile)["farmers.txt"]
    assert farmers["published"] is None and farmers["published_precision"] == "unknown"


def test_mentions_of_one_meeting_merge_into_one_event(pile):
    with Store(pile, read_only=True) as store:
        events = list(rows(store, "events"))
        mentions = list(rows(store, "mentions"))
    meeting = [
        e
        for e in events
        if e["type"] == "CONSULT" and "Anna Varga" in e["actor"] + e["recipient"] and e["num_articles"] == 2
    ]
    assert meeting, [(e["type"], e["actor"], e["recipient"], e["num_articles"]) for e in events]
    event = meeting[0]
    assert event["date"].startswith("2021-03")
    # neither text names its outlet: two unknown outlets may be one, so they are not two sources
    assert event["num_sources"] == 0 and event["num_unsourced"] == 2 and event["confidence"] == 0.5
    linked = [m for m in mentions if m["event_id"] == event["event_id"]]
    assert {m["article_id"].rsplit("/", 1)[-1] for m in linked} == {"visit.txt", "follow_up.txt"}


def test_merged_events_list_only_mentions_the_export_shows(pile):
    with Store(pile, read_only=True) as store:
        events = list(rows(store, "events"))
        shown = {m["mention_id"] for m in rows(store, "mentions")}
        every = {m["mention_id"]: m for m in rows(store, "mentions", everything=True)}
    listed = {mid for e in events for mid in e["mention_ids"]}
    assert listed <= shown
    for e in events:
        assert e["num_mentions"] == len(e["mention_ids"])
        if e["num_articles"] >= 2:  # joined through a participant every mention names
            named = [set(every[mid]["actor"]) | set(every[mid]["recipient"]) for mid in e["mention_ids"]]
            assert set.intersection(*named), e


def test_duration_conflict_between_sources(pile):
    with Store(pile, read_only=True) as store:
        conflicts = list(rows(store, "conflicts"))
    durations = [c for c in conflicts if c["attribute"] == "duration"]
    assert len(durations) == 1, conflicts
    values = {v["value"]: v for v in durations[0]["values"]}
    assert set(values) == {"5 day", "3 day"}
    ev = values["3 day"]["evidence"][0]
    text = _articles(pile)["follow_up.txt"]["text"]
    assert text[ev["start"] : ev["end"]].lower().startswith("three-day")
    # "40 engineers" and "About 40 engineers" are one value said two ways: no quantity conflict
    assert not [c for c in conflicts if c["attribute"] == "quantity" and c["kind"] == "conflict"]


def test_timeline_and_dyads_from_merged_events(pile):
    with Store(pile, read_only=True) as store:
        timeline = list(rows(store, "timeline"))
        dyads = list(rows(store, "dyads"))
    # by the date each happened; an event known to its month comes after that month's days
    ends = [t["date"][:7] + "-99" if t["date_precision"] == "month" else t["date"] for t in timeline]
    assert ends == sorted(ends) and timeline
    assert all(t["sentence"] for t in timeline)
    assert any(d["period"] == "2021-03" for d in dyads)


def test_story_export_and_article_story_ids(pile):
    arts = _articles(pile)
    assert arts["visit.txt"]["story_id"] == arts["follow_up.txt"]["story_id"]
    assert arts["farmers.txt"]["story_id"] != arts["visit.txt"]["story_id"]
    with Store(pile, read_only=True) as store:
        stories = {s["story_id"]: s for s in rows(store, "stories")}
    story = stories[arts["visit.txt"]["story_id"]]
    assert 1 <= len(story["summary"]) <= 5
    for cite in story["summary"]:
        text = next(a["text"] for a in arts.values() if a["id"] == cite["article_id"])
        assert text[cite["start"] : cite["end"]] == cite["sentence"]


def test_values_said_two_ways():
    assert number("1,000") == number("a thousand") == 1000
    assert number("2", "million") == 2_000_000
    assert same_value((300, True), (310, False))  # "about 300" / "310"
    assert not same_value((300, False), (310, False))
    assert not same_value((2, False), (6, False))


def test_conflict_rows_are_json(pile):
    with Store(pile, read_only=True) as store:
        raw = store.query("SELECT values FROM conflicts").fetchall()
    for (values,) in raw:
        assert isinstance(json.loads(values), list)
