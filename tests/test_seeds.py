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
