"""Dates from similar articles: a guess goes to an undated article only where its own evidence agrees."""

from __future__ import annotations

import json
from datetime import date

import pandas as pd
import pytest

import storyline
from storyline.corpus.dating import _vote
from storyline.store.dating import DateNeighbour

STRIKE = (
    "Dock workers at the port of Varnholm stayed out on strike as talks with the harbour board stalled. "
    "Cranes stood idle along the Varnholm quays and the harbour board said container ships were being "
    "sent to other ports. The dockers' union said the walkout over shift rotas would go on. {extra}"
)
OTHER_TOPICS = [
    "The village bakery won a regional prize for its rye loaves and sourdough baking.",
    "A rare orchid was found flowering in the marshes by volunteer botanists counting plants.",
    "The chess club's junior team reached the national final after beating the champions.",
    "Astronomers at the hill observatory catalogued a comet passing close to the sun.",
    "The city orchestra announced a season of symphonies by northern composers.",
    "Beekeepers reported a strong honey harvest after a warm and settled summer.",
    "Engineers finished repairs to the old stone viaduct that carries the mountain railway.",
    "A local museum opened a gallery of antique clocks and pocket watches.",
    "The rowing regatta drew crews from twelve universities to the river course.",
    "Foresters planted ten thousand oak saplings on the slopes above the reservoir.",
]


@pytest.fixture(scope="module")
def pile(tmp_path_factory):
    folder = tmp_path_factory.mktemp("dating")
    records = [
        {"id": f"dated-{i}", "text": STRIKE.format(extra=extra), "published": when}
        for i, (when, extra) in enumerate(
            [
                ("2011-05-03", "Pickets gathered at the gates."),
                ("2011-05-09", "Ferry services were also hit."),
                ("2011-05-12", "Fishing boats joined the protest."),
            ]
        )
    ]
    records += [
        {"id": f"other-{i}", "text": text, "published": f"2008-0{1 + i % 9}-15"} for i, text in enumerate(OTHER_TOPICS)
    ]
    records += [
        {"id": "no-evidence", "text": STRIKE.format(extra="Pickets warmed their hands at braziers.")},
        # the text names a later date than its neighbours' year: they tell another time
        {
            "id": "later-bound",
            "text": STRIKE.format(extra="The rota deal signed on 14 March 2012 has now broken down."),
        },
        # the text names a day of May itself: the neighbours' month agrees with its own evidence
        {"id": "named-day", "text": STRIKE.format(extra="The board last met the union on May 6.")},
    ]
    path = folder / "pile.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    db = folder / "pile.duckdb"
    storyline.run([path], db=db, events=False, workers=1)
    return storyline.open(db).articles().set_index("id")


def test_an_article_without_evidence_takes_its_neighbours_year_only(pile):
    row = pile.loc["no-evidence"]
    assert (row.published, row.published_precision, row.published_from) == ("2011-01-01", "year", "corpus")
    assert "dated-" in row.published_evidence


def test_neighbours_never_give_a_year_before_a_date_the_text_names(pile):
    row = pile.loc["later-bound"]
    assert row.published_precision == "unknown" and pd.isna(row.published)
    assert "dates mentioned up to 2012-03" in row.published_evidence


def test_a_month_only_where_the_article_names_a_day_of_it(pile):
    row = pile.loc["named-day"]
    assert (row.published, row.published_precision) == ("2011-05-01", "month")
    assert "days named without a year, latest 05-06" in row.published_evidence


def _rows(note: str | None, *neighbours: tuple[float, str]) -> list[DateNeighbour]:
    return [
        DateNeighbour("a", "unknown", None, f"n{i}", sim, date.fromisoformat(when), "day", "none", note)
        for i, (sim, when) in enumerate(neighbours)
    ]


def test_two_reports_of_the_same_story_days_apart_give_their_month():
    found = _vote(_rows(None, (0.6, "2023-10-19"), (0.55, "2023-10-20"), (0.2, "2025-07-12")))
    assert found is not None and found[:2] == ("2023-10-01", "month")


def test_similar_briefs_weeks_apart_give_only_the_year():
    found = _vote(_rows(None, (0.6, "1987-03-02"), (0.55, "1987-03-25"), (0.5, "1987-03-16")))
    assert found is not None and found[:2] == ("1987-01-01", "year")


def test_neighbours_close_to_new_year_leave_the_year_unknown():
    # a story told from January to September 2011 may have begun in December 2010
    assert _vote(_rows(None, (0.6, "2011-01-10"), (0.55, "2011-07-02"), (0.5, "2011-09-20"))) is None


def test_a_lower_bound_refuses_an_earlier_year():
    rows = _rows(
        "dates mentioned up to 2012-03 (14 March 2012): a lower bound, not a date",
        (0.6, "2011-05-03"),
        (0.5, "2011-05-20"),
    )
    assert _vote(rows) is None


def test_a_minority_years_away_is_another_story_not_a_span():
    # the same two people met in 2023 too: that voter is outvoted, and does not stretch the 2025 span
    found = _vote(_rows(None, (0.5, "2025-07-13"), (0.43, "2025-07-12"), (0.37, "2023-10-19"), (0.31, "2025-07-11")))
    assert found is not None and found[:2] == ("2025-07-01", "month")
