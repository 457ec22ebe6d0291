"""The local app: every page and API answers, stays read-only, escapes hostile content, sends a strict
CSP, and says so when a run holds the store."""

from __future__ import annotations

import re
import subprocess
import sys
import time

import pytest

pytest.importorskip("fastapi", reason="the app extra is not installed: pip install 'storyline[app]'")
from fastapi.testclient import TestClient

from conftest import HOSTILE, assert_inert
from storyline.app import create_app
from storyline.cli import build_parser


@pytest.fixture(scope="module")
def client(report_store):
    return TestClient(create_app(report_store))


PAGES = ["/", "/?order=recent", "/overview", "/events", "/actors", "/actors?q=Lavrov", "/search?q=Lavrov", "/api/docs"]


@pytest.mark.parametrize("path", PAGES)
def test_pages_answer_with_a_strict_policy(client, path):
    r = client.get(path)
    assert r.status_code == 200, r.text[:300]
    csp = r.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "script-src" not in csp and "frame-ancestors 'none'" in csp
    assert r.headers["x-content-type-options"] == "nosniff"
    assert_inert(r.text)


def test_story_event_actor_and_article_pages_link_up(client):
    stories = client.get("/api/stories?limit=3").json()
    story = client.get("/story", params={"id": stories[0]["story_id"]})
    assert story.status_code == 200 and stories[0]["title"] in story.text
    events = client.get("/api/events", params={"story": stories[0]["story_id"]}).json()
    assert events
    event = client.get("/event", params={"id": events[0]["event_id"]})
    assert event.status_code == 200 and "Every mention" in event.text
    article = client.get("/article", params={"id": events[0]["mention_article_id"]})
    assert '<mark class="trigger"' in article.text and '<mark class="actor"' in article.text
    actor = client.get("/actor", params={"id": "country:RUS"})
    assert actor.status_code == 200 and "Russia" in actor.text


def test_filters_narrow_the_events(client):
    everything = client.get("/api/events?limit=1000").json()
    consults = client.get("/api/events", params={"type": "CONSULT", "limit": 1000}).json()
    assert 0 < len(consults) < len(everything) and {e["type"] for e in consults} == {"CONSULT"}
    late = client.get("/api/events", params={"since": "2025-01-01", "limit": 1000}).json()
    assert late and all(e["date"] >= "2025-01-01" for e in late)
    russia = client.get("/api/events", params={"actor": "country:RUS", "limit": 1000}).json()
    assert russia and all("Russia" in (e["actor"] + e["recipient"]) for e in russia)


def test_hostile_content_is_escaped_in_every_page(client):
    evil_id = HOSTILE[0]["id"]
    for path, params in (
        ("/article", {"id": evil_id}),
        ("/search", {"q": "Petrov"}),
        ("/events", {"since": "2024-02-01", "until": "2024-02-10"}),
    ):
        r = client.get(path, params=params)
        assert r.status_code == 200
        assert_inert(r.text)
        assert "&lt;script&gt;" in r.text  # the hostile text is there, as text
    api = client.get("/api/article", params={"id": evil_id}).json()
    assert api["title"] == HOSTILE[0]["title"]  # JSON carries the text as it is, for programs
    assert client.get("/api/article", params={"id": evil_id}).headers["content-type"] == "application/json"


def test_no_path_reaches_the_file_system(client):
    for path in ("/../../etc/passwd", "/static/../../etc/passwd", "/article?id=../../etc/passwd"):
        r = client.get(path)
        assert r.status_code == 404
        assert "root:" not in r.text


def test_the_app_never_writes_and_says_when_a_run_holds_the_store(report_store, client):
    with open(report_store, "rb") as f:
        before = f.read()
    client.get("/")
    with open(report_store, "rb") as f:
        assert f.read() == before
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            f"import duckdb,time; c=duckdb.connect({report_store!r}); print('ready', flush=True); time.sleep(60)",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "ready"
        r = client.get("/")
        assert r.status_code == 503 and "in use by another process" in r.text
        assert client.get("/api/stories").json()["error"] == "store busy"
    finally:
        holder.kill()
        holder.wait()
    time.sleep(0.2)
    assert client.get("/").status_code == 200  # and reads again once the run is over


def test_the_app_listens_on_this_machine_only_by_default():
    args = build_parser().parse_args(["serve", "--db", "x.duckdb"])
    assert args.host == "127.0.0.1"


def test_openapi_describes_the_api(client):
    spec = client.get("/openapi.json").json()
    assert {"/api/stories", "/api/events", "/api/article", "/api/search"} <= set(spec["paths"])


DESK_PAGES = ["/conflicts", "/quotes", "/quotes?q=accept", "/search", "/events?order=oldest", "/actor?id=country:RUS"]


@pytest.mark.parametrize("path", DESK_PAGES)
def test_the_desk_pages_answer_with_a_strict_policy(client, path):
    r = client.get(path)
    assert r.status_code == 200, r.text[:300]
    assert "script-src" not in r.headers["content-security-policy"]
    assert_inert(r.text)


def test_hostile_quotes_speakers_snippets_and_typed_names_stay_text(client):
    """Every new field: a quote's words and sentence, its speaker, a search snippet, an article title
    in a quote row, a name typed into a filter box, a cited sentence."""
    quotes = client.get("/quotes", params={"q": "accept"})
    assert "&lt;/script&gt;&lt;script&gt;alert(5)" in quotes.text and "Petrov" in quotes.text
    assert_inert(quotes.text)
    hits = client.get("/search", params={"q": "accept"})
    assert "&lt;script&gt;" in hits.text
    assert_inert(hits.text)
    for path, field in (("/events", "actor"), ("/conflicts", "actor"), ("/quotes", "speaker")):
        r = client.get(path, params={field: EVIL_NAME})
        assert r.status_code == 200 and "&lt;script&gt;" in r.text
        assert_inert(r.text)
    evil_id = HOSTILE[0]["id"]
    text = client.get("/api/article", params={"id": evil_id}).json()["text"]
    cited = client.get("/article", params={"id": evil_id, "at": text.index("We will not")})
    assert 'id="cited"' in cited.text and "&lt;script&gt;" in cited.text
    assert_inert(cited.text)
    api = client.get("/api/quotes", params={"q": "accept"}).json()
    assert any("<script>" in q["text"] for q in api)  # JSON carries the words as they are


EVIL_NAME = '"><script>alert(7)</script>'


def test_a_hostile_disagreement_stays_text():
    """The conflict card renders every stored field escaped (a store's values are article text)."""
    from storyline.app.server import _conflict_card

    evil = HOSTILE[0]["source"]
    card = _conflict_card(
        {
            "attribute": evil,
            "about": evil,
            "kind": evil,
            "story_id": evil,
            "story_title": evil,
            "event_id": evil,
            "event_type": evil,
            "event_date": "2024-02-03",
            "event_precision": "day",
            "values": [
                {
                    "value": evil,
                    "text": [evil],
                    "sources": [evil],
                    "article_ids": [evil],
                    "evidence": [{"article_id": evil, "sentence": f"It took {evil} days.", "start": 3}],
                }
            ],
        }
    )
    assert "&lt;script&gt;" in card
    assert_inert(card)


def test_the_actor_box_takes_any_actor_by_name(client):
    by_name = client.get("/api/events", params={"actor": "country:RUS", "limit": 1000}).json()
    page = client.get("/events", params={"actor": "russia", "order": "oldest"})
    assert page.status_code == 200 and 'value="Russia"' in page.text
    assert len(re.findall(r'<tr><td data-label="when">', page.text)) == min(len(by_name), 50)
    unknown = client.get("/events", params={"actor": "Atlantis"})
    assert "No actor is called" in unknown.text
