"""The reference case: the five seed pages about Russia and North Korea (read from ../shared).

Alone, two of the five seeds carry no usable date in their text; with dated coverage of the same
stories in the pile (the bundled sample corpus), each dates from its similar articles. The seeds
must then yield the events an analyst of the relationship expects, with actor, recipient and month.
"""

from __future__ import annotations

import pytest

import storyline
from conftest import EXAMPLES


@pytest.fixture(scope="module")
def seed_mentions(shared, tmp_path_factory):
    db = tmp_path_factory.mktemp("seeds") / "seeds.duckdb"
    storyline.run([shared / "corpus" / "seeds", EXAMPLES], db=db)
    corpus = storyline.open(db)
    mentions = corpus.mentions()
    seeds = mentions[mentions.article_id.str.match(r"^\d{3}_")]
    return corpus, seeds


def found(seeds, type_, actor, recipient, month):
    rows = seeds[(seeds.type == type_) & (seeds.date.fillna("").str.startswith(month))]
    return [r for _, r in rows.iterrows() if actor in r.actor_country and recipient in r.recipient_country]


def test_lavrov_visits_north_korea_in_october_2023_and_july_2025(seed_mentions):
    _, seeds = seed_mentions
    assert found(seeds, "CONSULT", "RUS", "PRK", "2023-10")
    assert found(seeds, "CONSULT", "RUS", "PRK", "2025-07")


def test_kim_goes_to_russia_in_september_2023(seed_mentions):
    _, seeds = seed_mentions
    assert found(seeds, "CONSULT", "PRK", "RUS", "2023-09")


def test_pledges_of_support_in_both_directions(seed_mentions):
    _, seeds = seed_mentions
    assert found(seeds, "SUPPORT", "PRK", "RUS", "20")
    assert found(seeds, "SUPPORT", "RUS", "PRK", "20")


def test_north_korean_arms_deliveries_to_russia(seed_mentions):
    _, seeds = seed_mentions
    assert found(seeds, "AID", "PRK", "RUS", "2023-10")


def test_the_unknown_meeting_is_not_a_meeting(seed_mentions):
    corpus, _ = seed_mentions
    every = corpus.mentions(everything=True)
    unknown = every[every.sentence.str.contains("It is unknown whether") & (every.type == "CONSULT")]
    assert len(unknown) and set(unknown.status) == {"hypothetical"}


def test_the_site_date_of_a_seed_is_not_its_date(seed_mentions):
    corpus, _ = seed_mentions
    articles = corpus.articles().set_index("id")
    banner_page = articles.loc["003_cced120ae4d561d6.txt"]
    assert not str(banner_page.published).startswith("2024")


@pytest.fixture(scope="module")
def seeds_alone(shared, tmp_path_factory):
    """The five seeds with nothing beside them: the pile must make sense of itself."""
    db = tmp_path_factory.mktemp("alone") / "seeds.duckdb"
    storyline.run([shared / "corpus" / "seeds"], db=db)
    return storyline.open(db)


def _by_prefix(frame):
    return {r.id[:3]: r for _, r in frame.iterrows()}


def test_seeds_alone_dated_by_cross_reference(seeds_alone):
    arts = _by_prefix(seeds_alone.articles())
    assert (arts["004"].published, arts["004"].published_precision) == ("2023-09-01", "month")
    for seed in ("002", "003"):  # a meeting a month before the article; a visit a month after Kim's trip
        assert (arts[seed].published, arts[seed].published_precision, arts[seed].published_from) == (
            "2023-10-01",
            "month",
            "reference",
        )
    for seed in ("000", "001"):  # no evidence in the pile: unknown, never a wrong date
        assert arts[seed].published_precision == "unknown"


def test_seeds_alone_make_three_stories(seeds_alone):
    arts = _by_prefix(seeds_alone.articles())
    assert arts["000"].story_id == arts["001"].story_id
    assert arts["002"].story_id == arts["003"].story_id
    assert len({arts[s].story_id for s in arts}) == 3


def test_seeds_alone_kims_trip_two_days_or_six(seeds_alone):
    conflicts = seeds_alone.conflicts()
    trip = conflicts[conflicts.attribute == "duration"]
    assert len(trip) == 1
    values = {v["value"]: v["article_ids"] for v in trip.iloc[0]["values"]}
    assert set(values) == {"2 day", "6 day"}
    # Lavrov's "two-day visit" in 003 is his own, not Kim's: only 002 and 004 tell Kim's trip
    assert [a[:3] for a in values["2 day"]] == ["002"] and [a[:3] for a in values["6 day"]] == ["004"]
    cited = {e["article_id"][:3] for v in trip.iloc[0]["values"] for e in v["evidence"]}
    assert cited == {"002", "004"}


def test_seeds_alone_event_dates(seeds_alone):
    events = seeds_alone.events()
    kim = events[(events.type == "CONSULT") & events.actor.map(lambda a: "Kim Jong Un" in a)]
    trip = kim[kim.recipient.map(lambda r: "Russia" in r)]
    assert len(trip) == 1 and trip.iloc[0].date.startswith("2023-09")
    # one seed names its outlet (Times of Israel); the other two name none: unknown, not two more outlets
    assert trip.iloc[0].num_sources == 1 and trip.iloc[0].num_unsourced == 2
    assert {a[:3] for a in trip.iloc[0].article_ids} == {"002", "003", "004"}


def test_seeds_alone_one_act_told_twice_is_one_event(seeds_alone):
    events = seeds_alone.events()

    def articles(type_, actor, recipient=None, mode=None):
        found = events[
            (events.type == type_)
            & events.actor.map(lambda a: actor in a)
            & events.recipient.map(lambda r: recipient is None or recipient in r)
            & events.mention_mode.map(lambda m: mode is None or m == mode)
        ]
        return [sorted({a[:3] for a in ids}) for ids in found.article_ids]

    # Lavrov's visit, told in 000 and 001; his support for Kim, in 002 and 003
    assert ["000", "001"] in articles("CONSULT", "Sergei Lavrov", "North Korea", "visit")
    assert ["002", "003"] in articles("SUPPORT", "Sergei Lavrov", "Kim Jong Un")


def test_seeds_alone_run_twice_change_nothing(shared, tmp_path):
    """A second run on the same pile finds nothing new: no date, story, event or conflict moves
    (a date found by cross-reference must not become a neighbour that dates the rest)."""
    db = tmp_path / "twice.duckdb"
    tables = ("articles", "stories", "events", "conflicts", "duplicates")

    def snapshot():
        with storyline.open(db) as corpus:
            return {t: corpus.table(t).to_json(orient="records") for t in tables}

    storyline.run([shared / "corpus" / "seeds"], db=db)
    first = snapshot()
    summary = storyline.run([shared / "corpus" / "seeds"], db=db)
    assert summary.corpus.get("dating", 0) == 0 and summary.corpus.get("references", 0) == 0
    assert snapshot() == first
