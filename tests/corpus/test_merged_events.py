"""Merged events, rule by rule, on mentions as the coder gives them for sentences of our own: a join
needs a named participant every mention shares; nobody, hypothetical, negated and background
mentions are never joined through; counts say which outlets are known."""

from __future__ import annotations

import json
from datetime import date

from storyline.corpus.events import _cluster, _event_row, _mention, is_named
from storyline.store.events import EventMention

DAY = date(2024, 5, 14)


def _party(key: str, country: str | None = None) -> dict:
    return {"key": key, "name": key.split(":")[-1], "country": country}


def _row(mid: str, article: str, actors=(), recipients=(), **kw) -> EventMention:
    fields = {
        "mention_id": mid,
        "article_id": article,
        "type": "CONSULT",
        "status": "happened",
        "background": False,
        "date": DAY,
        "date_precision": "day",
        "date_text": None,
        "date_evidence": None,
        "location": None,
        "actors": json.dumps([_party(*a) if isinstance(a, tuple) else _party(a) for a in actors]),
        "recipients": json.dumps([_party(*r) if isinstance(r, tuple) else _party(r) for r in recipients]),
        "story_id": "story-1",
        "duplicate_of": None,
        "source": None,
        "published": DAY,
        "sentence_index": 0,
        "article_precision": "day",
        "mode": None,
    }
    fields.update(kw)
    return EventMention(**fields)


def _events(*rows: EventMention) -> list[set[str]]:
    clusters = _cluster([_mention(r, {}) for r in rows])
    return sorted(({m.mention_id for m in c.members} for c in clusters), key=sorted)


def test_role_and_group_nouns_no_name_resolves_are_nobody():
    assert is_named("person:anna varga") and is_named("org:pellam press") and is_named("country:HUN")
    assert is_named("group:RUS:GOV") and is_named("role:GBR:prime minister") and is_named("group:tories")
    assert not is_named("group:-:GOV:government") and not is_named("role:-:spokesman")
    assert not is_named("group:-:BUS:company")


def test_a_mention_that_names_nobody_joins_nothing():
    # "Officials declined to comment." in two articles, and "The company declined to comment."
    rows = [
        _row("a#0", "a", ["group:-:GOV:officials"], type="REJECT"),
        _row("b#0", "b", ["group:-:GOV:officials"], type="REJECT"),
        _row("c#0", "c", ["group:-:BUS:company"], type="REJECT"),
        _row("d#0", "d", [], type="REJECT"),  # "Talks were rejected."
    ]
    assert _events(*rows) == [{"a#0"}, {"b#0"}, {"c#0"}, {"d#0"}]


def test_a_named_mention_does_not_take_in_nameless_ones():
    # "Pellam Press rejected the bid." and, the same day elsewhere, "The union rejected the offer."
    rows = [
        _row("a#0", "a", ["org:pellam press"], type="REJECT"),
        _row("b#0", "b", ["group:-:LAB:union"], type="REJECT"),
    ]
    assert _events(*rows) == [{"a#0"}, {"b#0"}]


def test_articles_join_through_a_shared_named_participant():
    # "Varga met Kowal in Warsaw." / "Kowal and Varga held talks." / "Varga met the press."
    rows = [
        _row("a#0", "a", ["person:anna varga"], ["person:jan kowal"]),
        _row("b#0", "b", ["person:jan kowal"], ["person:anna varga"]),  # whoever the sentence puts first
        _row("c#0", "c", ["person:anna varga"], ["group:-:MED:press"]),
    ]
    # Varga meeting the press (nobody named) is not the meeting with Kowal
    assert _events(*rows) == [{"a#0", "b#0"}, {"c#0"}]


def test_every_mention_of_an_event_shares_one_named_participant():
    # "Varga visited Poland." joins "Varga's visit"; "a visit to Poland" shares Poland with the first
    # but nothing with "Varga's visit", so it opens its own event, which Brandt's visit to Poland joins
    rows = [
        _row("a#0", "a", ["person:anna varga"], [("country:POL", "POL")], mode="visit"),
        _row("b#0", "b", ["person:anna varga"], [], mode="visit"),
        _row("c#0", "c", [], [("country:POL", "POL")], mode="visit"),  # "a visit to Poland": by nobody named
        _row("d#0", "d", ["person:ilse brandt"], [("country:POL", "POL")], mode="visit"),
    ]
    assert _events(*rows) == [{"a#0", "b#0"}, {"c#0", "d#0"}]


def test_the_same_act_told_twice_in_a_story_is_one_event_whatever_countries_it_names():
    # "Varga's five-day visit to Poland" and later in the story "As Varga's visit ended, ..."
    rows = [
        _row("a#0", "a", [("person:anna varga", "HUN")], [("country:POL", "POL")], mode="visit"),
        _row("a#3", "a", [("person:anna varga", "HUN")], [], mode="visit", date=None, date_precision="unknown"),
        _row("b#1", "b", [("person:anna varga", "HUN")], [("country:POL", "POL")], mode="visit"),
    ]
    assert _events(*rows) == [{"a#0", "a#3", "b#1"}]


def test_roles_reversed_are_another_act():
    # "Hungary backs Poland." is not "Poland backs Hungary."
    rows = [
        _row("a#0", "a", [("country:HUN", "HUN")], [("country:POL", "POL")], type="SUPPORT"),
        _row("b#0", "b", [("country:POL", "POL")], [("country:HUN", "HUN")], type="SUPPORT"),
    ]
    assert _events(*rows) == [{"a#0"}, {"b#0"}]


def test_hidden_mentions_never_join_and_are_never_counted():
    # "Varga met Kowal." in a; in b only "Varga did not meet Kowal." and "if Varga meets Kowal";
    # in c "after Varga met Kowal last month" (background) with no asserted mention of its own
    rows = [
        _row("a#0", "a", ["person:anna varga"], ["person:jan kowal"]),
        _row("b#0", "b", ["person:anna varga"], ["person:jan kowal"], status="negated"),
        _row("b#1", "b", ["person:anna varga"], ["person:jan kowal"], status="hypothetical"),
        _row("c#0", "c", ["person:anna varga"], ["person:jan kowal"], background=True),
    ]
    clusters = _cluster([_mention(r, {}) for r in rows])
    asserted = next(c for c in clusters if any(m.mention_id == "a#0" for m in c.members))
    assert [m.mention_id for m in asserted.members] == ["a#0"] and not asserted.context
    row = _event_row(asserted)
    assert row["num_articles"] == 1 and json.loads(row["mention_ids"]) == ["a#0"]


def test_a_background_mention_is_linked_to_its_own_articles_event_as_context():
    # "Varga's five-day visit to Poland, which ended on Friday, ..." named in passing in the visit's own story
    rows = [
        _row("a#0", "a", ["person:anna varga"], [("country:POL", "POL")], mode="visit"),
        _row("a#4", "a", ["person:anna varga"], [("country:POL", "POL")], mode="visit", background=True),
    ]
    clusters = _cluster([_mention(r, {}) for r in rows])
    assert len(clusters) == 1 and [m.mention_id for m in clusters[0].context] == ["a#4"]
    row = _event_row(clusters[0])
    assert row["num_mentions"] == 1 and json.loads(row["mention_ids"]) == ["a#0"]


def test_unknown_outlets_are_counted_apart_not_as_distinct_sources():
    rows = [
        _row("a#0", "a", ["person:anna varga"], ["person:jan kowal"], source="Herald"),
        _row("b#0", "b", ["person:anna varga"], ["person:jan kowal"], source="Herald"),
        _row("c#0", "c", ["person:anna varga"], ["person:jan kowal"]),
        _row("d#0", "d", ["person:anna varga"], ["person:jan kowal"]),
        _row("e#0", "e", ["person:anna varga"], ["person:jan kowal"], duplicate_of="d"),  # a copy of d
    ]
    (cluster,) = _cluster([_mention(r, {}) for r in rows])
    row = _event_row(cluster)
    assert row["num_articles"] == 5 and row["num_sources"] == 1 and row["num_unsourced"] == 2
    assert row["confidence"] == 0.5  # one outlet known: the unknown ones may all be the Herald
    nobody_named = _event_row(_cluster([_mention(rows[2], {}), _mention(rows[3], {})])[0])
    assert nobody_named["num_sources"] == 0 and nobody_named["num_unsourced"] == 2
    assert nobody_named["confidence"] == 0.5


def test_the_same_mentions_in_any_order_give_the_same_events():
    rows = [
        _row(f"{a}#{i}", a, ["person:anna varga"], [p], date=date(2024, 5, d))
        for i, (a, p, d) in enumerate(
            [
                ("a", "person:jan kowal", 14),
                ("b", "person:jan kowal", 14),
                ("c", "person:ilse brandt", 14),
                ("d", "person:jan kowal", 15),
                ("e", "person:ilse brandt", 16),
            ]
        )
    ]
    first = _events(*rows)
    assert _events(*reversed(rows)) == first
    assert _events(*(rows[2:] + rows[:2])) == first


def test_a_year_alone_does_not_make_two_acts_one():
    # "In 2004 Varga denied the report." in two stories: two denials, unless one story tells both
    year = {"date": date(2004, 1, 1), "date_precision": "year", "type": "REJECT"}
    rows = [
        _row("a#0", "a", ["person:anna varga"], story_id="story-1", **year),
        _row("b#0", "b", ["person:anna varga"], story_id="story-2", **year),
        _row("c#0", "c", ["person:anna varga"], story_id="story-1", **year),
    ]
    assert _events(*rows) == [{"a#0", "c#0"}, {"b#0"}]
