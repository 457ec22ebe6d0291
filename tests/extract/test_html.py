"""HTML pages: main text without navigation, ads or related links; title, site, date, language."""

from __future__ import annotations

from conftest import EXAMPLES
from storyline.extract import extract
from storyline.records import Source


def page(name: str) -> Source:
    path = EXAMPLES / "pages" / name
    return Source(id=name, path=str(path), format="html", content=path.read_text("utf-8"), is_html=True)


def test_article_text_and_metadata_come_out_and_the_chrome_stays_behind():
    a = extract(page("eastern-monitor-kim-aircraft-plant.html"))
    assert a.title == "Kim tours Russian fighter jet factory as arms fears grow"
    assert a.source == "Eastern Monitor" and a.author == "Irina Volkova"
    assert (a.published, a.published_precision, a.published_from) == ("2023-09-15", "day", "metadata")
    assert "Komsomolsk-on-Amur" in a.text and a.language == "en"
    for chrome in ("Sign in", "Related stories", "All rights reserved", "Sign up for our Asia briefing"):
        assert chrome not in a.text


def test_a_page_whose_only_visible_date_is_the_sites_date_stays_undated():
    a = extract(page("harbour-times-kim-visit-chrome-date.html"))
    assert a.published is None and a.published_precision == "unknown"
    assert "2025" not in a.text and "armoured train" in a.text


def test_non_english_pages_are_marked():
    a = extract(page("quotidien-lavrov-wonsan-fr.html"))
    assert a.language == "fr" and a.published == "2025-07-12"
