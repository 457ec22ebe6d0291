"""The analyst's desk on the five seed pages, with the app served on loopback as a user runs it:
where sources disagree, who said what, dates as precise as they are, ranked search, and the
sentence behind every row."""

from __future__ import annotations

import re
from html import unescape

import pytest

pytest.importorskip("fastapi", reason="the app extra is not installed")
httpx = pytest.importorskip("httpx")

import storyline  # noqa: E402
from conftest import parsed_tags, serve_app  # noqa: E402
from storyline.store import Store  # noqa: E402
from storyline.store import views as V  # noqa: E402

WONSAN_SEEDS = {"000_16bbb880cba12395.txt", "001_9308d7e73d83f95c.txt"}  # the two seeds that name Wonsan


@pytest.fixture(scope="module")
def seeds_db(shared, tmp_path_factory) -> str:
    db = tmp_path_factory.mktemp("desk") / "seeds.duckdb"
    storyline.run(shared / "corpus" / "seeds", db=db)
    return str(db)


@pytest.fixture(scope="module")
def app_url(seeds_db):
    with serve_app(seeds_db) as url:
        yield url


def get(url: str, path: str, **params) -> httpx.Response:
    r = httpx.get(url + path, params=params, timeout=30)
    assert r.status_code == 200, (path, r.text[:300])
    return r


def test_conflicts_page_shows_the_two_day_six_day_disagreement(app_url):
    conflicts = get(app_url, "/api/conflicts").json()
    journey = [c for c in conflicts if c["attribute"] == "duration"]
    assert journey, conflicts
    values = {v["value"] for v in journey[0]["values"]}
    assert values == {"2 day", "6 day"}
    assert journey[0]["story_id"] and journey[0]["event_id"]
    page = unescape(get(app_url, "/conflicts").text)
    assert "two-day journey" in page and "six-day visit" in page
    assert "Times of Israel" in page  # the outlet that says six days
    # each cited sentence links to its place in its article
    assert re.search(r'href="/article\?id=004_0dcf3dc43a196d23\.txt&amp;at=\d+#cited"', get(app_url, "/conflicts").text)
    # filters: the attribute and an overlapping date keep it; another attribute or a later range does not
    assert get(app_url, "/api/conflicts", attribute="duration", since="2023-09-10", until="2023-09-20").json()
    assert not get(app_url, "/api/conflicts", attribute="place").json()
    assert not get(app_url, "/api/conflicts", since="2024-01-01").json()
    assert get(app_url, "/api/conflicts", actor="person:kim jong un").json()


def test_quotes_come_with_speakers_kinds_and_sentences(app_url):
    quotes = get(app_url, "/api/quotes", limit=200).json()
    named = [q for q in quotes if q["entity_id"]]
    assert named and all(q["speaker"] for q in named)
    assert {q["kind"] for q in quotes} <= {"direct", "reported"} and len({q["kind"] for q in quotes}) == 2
    for q in quotes:  # the quote starts inside its sentence, which holds its words
        assert q["sentence_start"] <= q["start"] < q["sentence_start"] + len(q["sentence"]), q
        assert q["text"][:20] in q["sentence"], q
    lavrov = get(app_url, "/api/quotes", speaker="person:sergei lavrov").json()
    assert lavrov and {q["speaker"] for q in lavrov} == {"Sergei Lavrov"}
    # the speaker box takes a typed name, over every actor
    page = get(app_url, "/quotes", speaker="lavrov").text
    assert "Sergei Lavrov" in page and "#cited" in page
    worded = get(app_url, "/api/quotes", q="support").json()
    assert worded and all("support" in q["text"].lower() for q in worded)
    # an actor's page lists what the actor said
    actor = unescape(re.sub(r"<[^>]+>", "", get(app_url, "/actor", id="person:sergei lavrov").text))
    assert "What Sergei Lavrov said" in actor and lavrov[0]["sentence"] in actor


def test_a_month_dated_event_is_inside_a_range_of_that_month(app_url):
    inside = get(app_url, "/api/events", since="2023-09-10", until="2023-09-20", limit=200).json()
    september = [e for e in inside if e["date"].startswith("2023-09")]
    assert september and all(e["date_precision"] == "month" for e in september)
    assert not [e for e in inside if e["date"] and not e["date"].startswith("2023-09")]
    # November holds only what was planned for it ("have agreed to meet in Pyongyang in November")
    november = get(app_url, "/api/events", since="2023-11-01", until="2023-11-30").json()
    assert all(e["date"].startswith("2023-11") and e["status"] == "planned" for e in november)
    page = get(app_url, "/events", since="2023-09-10", until="2023-09-20").text
    assert 'class="prec"' in page and ">month<" in page  # marked as known only to the month


def test_events_open_on_the_most_recent(app_url):
    rows = get(app_url, "/api/events", order="recent", limit=200).json()
    ends = [_span_end(e["date"], e["date_precision"]) for e in rows if e["date"]]
    assert ends and ends == sorted(ends, reverse=True) and rows[0]["date"]
    page = get(app_url, "/events").text
    first_date = re.search(r'<td data-label="when"><span class="nowrap">([0-9-]+)', page).group(1)
    assert first_date == rows[0]["date"][: len(first_date)]


def _span_end(day: str, precision: str) -> str:
    """The last day a date at its precision may stand for, as text that sorts."""
    return day[:4] + "-12-31" if precision == "year" else day[:7] + "-31" if precision == "month" else day


def test_wonsan_ranks_the_two_wonsan_seeds_first(app_url):
    hits = get(app_url, "/api/search", q="Wonsan").json()
    assert {h["id"] for h in hits[:2]} == WONSAN_SEEDS
    assert all("**Wonsan**" in h["snippet"] for h in hits[:2]) and hits[0]["ranked"]
    page = get(app_url, "/search", q="Wonsan").text
    assert "<mark>Wonsan</mark>" in page


def test_event_rows_link_to_the_sentence_and_it_is_highlighted(app_url):
    page = get(app_url, "/events", order="oldest").text
    links = [a["href"] for tag, a in parsed_tags(page) if tag == "a" and "#cited" in (a.get("href") or "")]
    assert links
    events = get(app_url, "/api/events", order="oldest").json()
    e = events[0]
    article = httpx.get(app_url + links[0].split("#")[0], timeout=30).text
    cited = re.search(r'<span id="cited" class="cited">(.*?)</span>', article, re.S)
    assert cited
    text = re.sub(r"<[^>]+>", "", cited.group(1))
    assert unescape(text).strip() == e["mention_sentence"].strip()


def test_the_article_page_marks_resolved_actors_on_whole_words_and_no_negated_event(app_url, seeds_db):
    page = get(app_url, "/article", id="003_cced120ae4d561d6.txt").text
    marks = re.findall(r'<mark class="(actor|trigger)"[^>]*>([^<]*)</mark>', page)
    assert marks
    for _kind, words in marks:
        assert not words.startswith("run "), words  # "state-run TASS": never from inside a word
    with Store(seeds_db, read_only=True) as store:
        negated = store.query(
            "SELECT article_id, trigger_start FROM events WHERE status = 'negated' AND trigger_start IS NOT NULL"
        ).fetchall()
        for article_id, start in negated:  # none since round 34: "did not offer any more information" is no aid
            assert start not in {m["start"] for m in V.article_marks(store, article_id) if m["kind"] == "trigger"}
        common = store.query(
            "SELECT DISTINCT m.article_id, m.start FROM entity_mentions m JOIN actor_keys USING (key) "
            "WHERE entity_id LIKE 'group:-:%'"
        ).fetchall()
        for article_id, start in common:  # "countries", "observers": common nouns are not marked as actors
            assert start not in {m["start"] for m in V.article_marks(store, article_id) if m["kind"] == "actor"}


def test_an_article_marks_the_trigger_of_an_event_that_happened_and_not_of_one_that_did_not(tmp_path):
    # a page of our own: the seeds hold no negated event with a trigger since round 34
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "navy.txt").write_text(
        "Talks on the border\n\nThe Iranian navy did not attack the tanker in the Gulf on Monday, officials in Tehran"
        " said. The two governments held talks in Geneva on Tuesday.\n",
        encoding="utf-8",
    )
    db = tmp_path / "navy.duckdb"
    storyline.run(pages, db=db)
    with Store(str(db), read_only=True) as store:
        rows = store.query("SELECT type, status, trigger_start FROM events WHERE article_id = 'navy.txt'").fetchall()
        marked = {m["start"] for m in V.article_marks(store, "navy.txt") if m["kind"] == "trigger"}
    negated = [start for _type, status, start in rows if status == "negated"]
    happened = [start for _type, status, start in rows if status == "happened"]
    assert negated and happened, rows
    assert not marked & set(negated)
    assert set(happened) <= marked


def test_an_event_page_counts_outlets_and_articles_with_no_outlet_apart(app_url, seeds_db):
    """Seed pages are scraped files that name no outlet: an event they report is not 'from 0 outlets'
    but from articles with no outlet, counted apart from named outlets (a copy may be any outlet's)."""
    with Store(seeds_db, read_only=True) as s:
        rows = [e for e in V.events(s, limit=200) if e.get("num_unsourced")]
    assert rows, "the seeds name no outlet, so some event has unsourced articles"
    e = rows[0]
    text = unescape(re.sub(r"<[^>]+>", " ", get(app_url, "/event", id=e["event_id"]).text))
    said = f"{e['num_unsourced']} article{'s' if e['num_unsourced'] != 1 else ''} with no outlet"
    assert said in text
    assert f"{e['num_sources']} outlet" in text
