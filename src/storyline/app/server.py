"""The FastAPI application: HTML pages for people, /api/... JSON for programs, /api/docs for both.

Ids travel as query parameters (article ids are file paths and URLs: "?id=pages/a.html"), never as
paths the app resolves on disk, so there is nothing to traverse.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from datetime import date
from typing import Any
from urllib.parse import urlencode

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..report import charts
from ..report.document import Limits, Links, dyads_section, network_section, overview, story_block, story_list
from ..report.html import (
    esc,
    external,
    link,
    marked,
    page,
    quad_badge,
    sources_said,
    table,
    trigger_marked,
    when_tagged,
    word_bounds,
)
from ..store import Store, StoreBusy, StoreError
from ..store import search as search_index
from ..store import views as V
from ..text.plural import plural

APP_CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; "
    "base-uri 'none'; frame-ancestors 'none'"
)
PAGE = 50  # rows per page of a list


def _one_page(rows: list) -> tuple[list, bool]:
    """A list page asks for PAGE + 1 rows: the extra one only says that a next page exists."""
    return rows[:PAGE], len(rows) > PAGE


FAVICON = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" '
    'fill="#0f172a"/><path d="M3 11h10M3 8h7M3 5h10" stroke="#fff" stroke-width="1.6"/></svg>'
)
NAV = [
    ("Stories", "/"),
    ("Events", "/events"),
    ("Disagreements", "/conflicts"),
    ("Quotes", "/quotes"),
    ("Actors", "/actors"),
    ("Overview", "/overview"),
    ("API", "/api/docs"),
]
ACTOR_SUGGESTIONS = 500  # names the actor box suggests as one types; any actor's name is accepted


def href(path: str, **params: Any) -> str:
    """An internal URL with its query escaped; empty parameters left out."""
    kept = {k: v for k, v in params.items() if v not in (None, "")}
    return path + ("?" + urlencode(kept) if kept else "")


class AppLinks(Links):
    pages = True

    def article(self, article_id: str) -> str:
        return href("/article", id=article_id)

    def event(self, event_id: str) -> str:
        return href("/event", id=event_id)

    def story(self, story_id: str) -> str:
        return href("/story", id=story_id)

    def sentence(self, article_id: str, at: int | None) -> str:
        """The article page scrolled to the sentence holding character `at`, highlighted."""
        if at is None:
            return self.article(article_id)
        return href("/article", id=article_id, at=at) + "#cited"


LINKS = AppLinks()


class Busy(Exception):
    """The store is held by a writer (a run): the page says so."""


def create_app(db: str) -> FastAPI:
    app = FastAPI(
        title="storyline",
        description="Read-only access to a storyline store: stories, merged events, actors, articles.",
        docs_url=None,  # FastAPI's docs page loads its scripts from a CDN; /api/docs is ours, offline
        redoc_url=None,
    )

    @contextlib.contextmanager
    def store() -> Iterator[Store]:
        try:
            s = Store(db, read_only=True)
        except StoreBusy as err:
            raise Busy(str(err)) from err
        try:
            yield s
        finally:
            s.close()

    @app.middleware("http")
    async def headers(request: Request, call_next):
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = APP_CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        return response

    @app.exception_handler(Busy)
    async def busy(request: Request, err: Busy):
        text = f"{err} The app reads the store again on your next click."
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": "store busy", "detail": text}, status_code=503)
        body = f'<h1>The store is being written</h1><p class="notice">{esc(text)}</p>'
        return HTMLResponse(_page("Store busy", body), status_code=503, headers={"Retry-After": "5"})

    @app.exception_handler(StoreError)
    async def broken(request: Request, err: StoreError):
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": "store error", "detail": str(err)}, status_code=500)
        return HTMLResponse(_page("Store error", f'<p class="notice">{esc(err)}</p>'), status_code=500)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, err: StarletteHTTPException):
        """Pages answer errors as pages, the API as JSON."""
        if request.url.path.startswith(("/api/", "/openapi")):
            return JSONResponse({"error": err.detail}, status_code=err.status_code)
        title = "Not found" if err.status_code == 404 else "Cannot show this"
        body = f'<h1>{esc(title)}</h1><p class="notice">{esc(err.detail)}</p>'
        return HTMLResponse(_page(title, body), status_code=err.status_code)

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return Response(FAVICON, media_type="image/svg+xml")

    # ---- pages -----------------------------------------------------------------------------------
    @app.get("/", response_class=HTMLResponse)
    def home(order: str = "size", page_no: int = Query(1, alias="page", ge=1)) -> HTMLResponse:
        with store() as s:
            o = V.overview(s)
            rows = V.stories(s, limit=PAGE, offset=(page_no - 1) * PAGE, order=order)
        tabs = " · ".join(
            link(href("/", order=k), label) if k != order else f"<b>{esc(label)}</b>"
            for k, label in (("size", "largest"), ("recent", "latest"))
        )
        body = (
            f"<h1>{plural(o['stories'], 'story')} from {plural(o['articles'], 'article')}</h1>"
            f'<p class="muted">{o["events"]:,} events · {o["actors"]:,} actors · {o["quotes"]:,} quotes · '
            f"{o['problem_total']:,} problems · order: {tabs}</p>"
            + story_list(rows, o["stories"], LINKS).replace('<h2 id="stories">Stories</h2>', "")
            + _pager("/", page_no, len(rows), o["stories"], order=order)
        )
        return HTMLResponse(_page("storyline", body))

    @app.get("/overview", response_class=HTMLResponse)
    def overview_page() -> HTMLResponse:
        with store() as s:
            body = (
                overview(V.overview(s))
                + dyads_section(V.busiest_dyads(s, 6))
                + network_section(V.network(s, charts.NETWORK_NODES))
            )
        return HTMLResponse(_page("Overview", body))

    @app.get("/story", response_class=HTMLResponse)
    def story_page(id: str) -> HTMLResponse:
        with store() as s:
            found = _found(V.story(s, id), "story", id)
            limits = Limits(events=200, articles=200, quotes=50)
            body = story_block(s, found, limits, open_=True, links=LINKS, as_page=True) + _filters_link(story=id)
        return HTMLResponse(_page(found["title"] or id, body))

    @app.get("/events", response_class=HTMLResponse)
    def events_page(
        story: str | None = None,
        actor: str | None = Query(None, description="an actor id, or a name typed into the actor box"),
        type: str | None = None,
        since_text: str | None = Query(None, alias="since", description="YYYY-MM-DD; empty for any"),
        until_text: str | None = Query(None, alias="until", description="YYYY-MM-DD; empty for any"),
        order: str = Query("recent", description="recent (newest first) or oldest"),
        page_no: int = Query(1, alias="page", ge=1),
    ) -> HTMLResponse:
        since, until = _day(since_text), _day(until_text)
        with store() as s:
            entity, choices = _actor_choice(s, actor)
            rows = (
                V.events(
                    s,
                    story_id=story or None,
                    entity_id=entity["entity_id"] if entity else None,
                    event_type=type or None,
                    since=since,
                    until=until,
                    limit=PAGE + 1,
                    offset=(page_no - 1) * PAGE,
                    newest_first=order != "oldest",
                )
                if entity or not actor
                else []
            )
            types = V.event_types(s)
            names = V.actors(s, limit=ACTOR_SUGGESTIONS)
        form = _filter_form("/events", names, story, entity, actor, since, until, order=order, types=types, kind=type)
        more_rows = len(rows) > PAGE
        rows = rows[:PAGE]
        body = (
            "<h1>Events</h1>"
            + form
            + _choices("/events", entity, choices, actor, story=story, type=type, since=since, until=until)
            + (
                _event_table(rows)
                if rows
                else '<p class="notice">No events match these filters. Widen the dates or clear a filter.</p>'
            )
            + _pager(
                "/events",
                page_no,
                len(rows),
                None,
                has_next=more_rows,
                story=story,
                actor=entity["entity_id"] if entity else actor,
                type=type,
                since=since,
                until=until,
                order=order,
            )
        )
        return HTMLResponse(_page("Events", body))

    @app.get("/event", response_class=HTMLResponse)
    def event_page(id: str) -> HTMLResponse:
        with store() as s:
            e = _found(next(iter(V.events(s, event_id=id, limit=1)), None), "event", id)
            mentions = V.event_mentions(s, id, limit=200)
            conflicts = V.conflicts(s, story_id=e["story_id"]) if e["story_id"] else []
        head = (
            f"<h1>{esc(e['type'])}: {esc(', '.join(x or '?' for x in e['actor']) or '?')} → "
            f"{esc(', '.join(x or '?' for x in e['recipient']) or '?')}</h1>"
            f'<p class="muted">{when_tagged(e["date"], e["date_precision"])} · {quad_badge(e["mention_quad_class"])} · '
            f"{plural(e['num_mentions'], 'mention')} in {plural(e['num_articles'], 'article')} "
            f"from {esc(sources_said(e))} · "
            f"confidence {e['confidence']} · first reported {esc(e['first_seen'])}"
            + (f" · story {link(LINKS.story(e['story_id']), 'open')}" if e["story_id"] else "")
            + "</p>"
        )
        rows = [
            [
                link(LINKS.sentence(m["article_id"], m["sentence_start"]), m["article_id"]),
                esc(m["status"]) + (" (background)" if m.get("background") else ""),
                trigger_marked(m),
            ]
            for m in mentions
        ]
        mine = [c for c in conflicts if c["event_id"] == id]
        body = (
            head
            + "<h2>Every mention</h2>"
            + table(["article (to the sentence)", "status", "sentence"], rows)
            + ("<h2>Where its sources disagree</h2>" + "".join(_conflict_card(c) for c in mine) if mine else "")
        )
        return HTMLResponse(_page(f"Event {id}", body))

    @app.get("/conflicts", response_class=HTMLResponse)
    def conflicts_page(
        story: str | None = None,
        actor: str | None = Query(None, description="an actor id, or a name typed into the actor box"),
        attribute: str | None = None,
        since_text: str | None = Query(None, alias="since", description="YYYY-MM-DD; empty for any"),
        until_text: str | None = Query(None, alias="until", description="YYYY-MM-DD; empty for any"),
        page_no: int = Query(1, alias="page", ge=1),
    ) -> HTMLResponse:
        since, until = _day(since_text), _day(until_text)
        with store() as s:
            entity, choices = _actor_choice(s, actor)
            rows = (
                V.conflicts(
                    s,
                    story_id=story or None,
                    entity_id=entity["entity_id"] if entity else None,
                    attribute=attribute or None,
                    since=since,
                    until=until,
                    limit=PAGE + 1,
                    offset=(page_no - 1) * PAGE,
                )
                if entity or not actor
                else []
            )
            attributes = V.conflict_attributes(s)
            names = V.actors(s, limit=ACTOR_SUGGESTIONS)
        rows, has_next = _one_page(rows)
        form = _filter_form(
            "/conflicts", names, story, entity, actor, since, until, attributes=attributes, attribute=attribute
        )
        body = (
            "<h1>Where sources disagree</h1>"
            '<p class="muted">Facts that independent outlets state differently (a conflict), and numbers a later '
            "report raised (an update). Each value with the outlets that give it and the sentence it stands in; "
            "click a sentence's article to read it in place.</p>"
            + form
            + _choices("/conflicts", entity, choices, actor, story=story, attribute=attribute, since=since, until=until)
            + (
                "".join(_conflict_card(c) for c in rows)
                if rows
                else '<p class="notice">No disagreements match these filters.</p>'
            )
            + _pager(
                "/conflicts",
                page_no,
                len(rows),
                None,
                has_next=has_next,
                story=story,
                actor=entity["entity_id"] if entity else actor,
                attribute=attribute,
                since=since,
                until=until,
            )
        )
        return HTMLResponse(_page("Disagreements", body))

    @app.get("/quotes", response_class=HTMLResponse)
    def quotes_page(
        speaker: str | None = Query(None, description="an actor id, or a name typed into the speaker box"),
        story: str | None = None,
        q: str | None = Query(None, description="words the quote holds"),
        since_text: str | None = Query(None, alias="since", description="YYYY-MM-DD; empty for any"),
        until_text: str | None = Query(None, alias="until", description="YYYY-MM-DD; empty for any"),
        page_no: int = Query(1, alias="page", ge=1),
    ) -> HTMLResponse:
        since, until = _day(since_text), _day(until_text)
        with store() as s:
            entity, choices = _actor_choice(s, speaker)
            rows = (
                V.quotes(
                    s,
                    story_id=story or None,
                    speaker_id=entity["entity_id"] if entity else None,
                    words=q or None,
                    since=since,
                    until=until,
                    limit=PAGE + 1,
                    offset=(page_no - 1) * PAGE,
                    newest_first=True,
                )
                if entity or not speaker
                else []
            )
            names = V.actors(s, limit=ACTOR_SUGGESTIONS)
        rows, has_next = _one_page(rows)
        form = _filter_form("/quotes", names, story, entity, speaker, since, until, words=q, actor_field="speaker")
        body = (
            "<h1>Who said what</h1>"
            '<p class="muted">Direct quotations and reported speech, newest first; the speaker is the actor it '
            "resolved to, where it did.</p>"
            + form
            + _choices("/quotes", entity, choices, speaker, field="speaker", story=story, q=q, since=since, until=until)
            + (_quote_table(rows) if rows else '<p class="notice">No quotes match these filters.</p>')
            + _pager(
                "/quotes",
                page_no,
                len(rows),
                None,
                has_next=has_next,
                speaker=entity["entity_id"] if entity else speaker,
                story=story,
                q=q,
                since=since,
                until=until,
            )
        )
        return HTMLResponse(_page("Quotes", body))

    @app.get("/actors", response_class=HTMLResponse)
    def actors_page(q: str | None = None, page_no: int = Query(1, alias="page", ge=1)) -> HTMLResponse:
        with store() as s:
            rows = V.actors(s, limit=PAGE + 1, offset=(page_no - 1) * PAGE, query=q or None)
        rows, has_next = _one_page(rows)
        form = (
            '<form class="filters" action="/actors" method="get"><label>name<input name="q" '
            f'value="{esc(q or "")}"></label><button type="submit">Find</button></form>'
        )
        body_rows = [
            [
                link(href("/actor", id=a["entity_id"]), a["name"]),
                " · ".join(esc(x) for x in (a["kind"], a["country"], a["sector"]) if x),
                esc(a["role"] or ""),
                str(a["mentions"]),
                f"{a['as_actor']} / {a['as_recipient']}",
            ]
            for a in rows
        ]
        body = (
            "<h1>Actors</h1>"
            + form
            + table(["actor", "kind", "role", "mentions", "events as actor / recipient"], body_rows)
            + _pager("/actors", page_no, len(rows), None, has_next=has_next, q=q)
        )
        return HTMLResponse(_page("Actors", body))

    @app.get("/actor", response_class=HTMLResponse)
    def actor_page(id: str) -> HTMLResponse:
        with store() as s:
            a = _found(V.actor(s, id), "actor", id)
            events = V.events(s, entity_id=id, limit=100, newest_first=True)
            said = V.quotes(s, speaker_id=id, limit=PAGE + 1, newest_first=True)
        role = (
            f"{esc(a['role'])} (as of {esc(a['role_date'])}, "
            f"{link(LINKS.article(a['role_article']), a['role_article'])})"
            if a["role"] and a["role_article"]
            else esc(a["role"] or "no role found")
        )
        more_said = (
            f"<p>{link(href('/quotes', speaker=id), 'Everything ' + a['name'] + ' said →')}</p>"
            if len(said) > PAGE
            else ""
        )
        body = (
            f"<h1>{esc(a['name'])}</h1>"
            f'<p class="muted">{" · ".join(esc(x) for x in (a["kind"], a["country"], a["sector"]) if x)} · '
            f"{plural(a['mentions'], 'mention')} in {plural(a['articles'], 'article')}</p>"
            f"<p>Role: {role}</p>"
            f"<p>Names used: {esc(', '.join(a['aliases']) or a['name'])}</p>"
            f"<h2>What {esc(a['name'])} said</h2>"
            + (_quote_table(said[:PAGE], speaker=False) if said else '<p class="muted">No quotes.</p>')
            + more_said
            + "<h2>Events as actor or recipient, the most recent first</h2>"
            + (_event_table(events) if events else '<p class="muted">No events.</p>')
            + _filters_link(actor=id)
        )
        return HTMLResponse(_page(a["name"], body))

    @app.get("/article", response_class=HTMLResponse)
    def article_page(
        id: str, at: int | None = Query(None, ge=0, description="a character offset: its sentence is highlighted")
    ) -> HTMLResponse:
        with store() as s:
            a = _found(V.article(s, id), "article", id)
            marks = V.article_marks(s, id)
            quotes = V.quotes(s, article_id=id, limit=100)
            text = a["text"] or ""
            cited = None
            if at is not None and at < len(text):
                cited = V.sentence_at(s, id, at) or _sentence_span(text, at)
        body_text = _highlighted(text, marks, cited)
        facts = [
            f"{esc(a['source'] or 'no outlet')}",
            f"published {when_tagged(a['published'], a['published_precision'])}"
            + (f" (from {esc(a['published_from'])})" if a["published_from"] else ""),
            f"language {esc(a['language'] or '?')}",
        ]
        if a["story_id"]:
            facts.append("story " + link(LINKS.story(a["story_id"]), "open"))
        if a["duplicate_of"]:
            facts.append(f"{esc(a['relation'])} of " + link(LINKS.article(a["duplicate_of"]), a["duplicate_of"]))
        body = (
            f"<h1>{esc(a['title'] or id)}</h1>"
            f'<p class="muted">{" · ".join(facts)}</p>'
            f"<p>{external(a['url'], a['url'] or '')}</p>"
            '<p class="legend"><span><mark class="actor">actor</mark> (resolved; click for the actor)</span>'
            '<span><mark class="trigger">event</mark> (asserted; hover for type, click for the event)</span>'
            + ('<span><span class="cited">the sentence you came for</span></span>' if cited else "")
            + "</p>"
            f'<div class="article-text">{body_text}</div>'
            + ("<h2>Who said what</h2>" + _quote_table(quotes, article=False) if quotes else "")
        )
        return HTMLResponse(_page(a["title"] or id, body))

    @app.get("/search", response_class=HTMLResponse)
    def search_page(q: str = "", page_no: int = Query(1, alias="page", ge=1)) -> HTMLResponse:
        with store() as s:
            rows, ranked = _search(s, q, PAGE + 1, (page_no - 1) * PAGE) if q.strip() else ([], True)
        rows, has_next = _one_page(rows)
        items = [
            [
                link(LINKS.article(r["id"]), r["title"] or r["id"])
                + f'<br><span class="muted">{_snippet_html(r["snippet"])}</span>',
                esc(r["source"] or ""),
                f'<span class="nowrap">{when_tagged(r["published"], r["published_precision"])}</span>',
                link(LINKS.story(r["story_id"]), "story") if r["story_id"] else "",
            ]
            for r in rows
        ]
        how = (
            "Ranked by BM25 over titles (counted twice) and texts."
            if ranked
            else "No search index beside this store yet (storyline run builds it): articles holding every word."
        )
        if not q.strip():
            body = (
                "<h1>Search</h1><p>Type words in the box above: articles are ranked by how well their titles and "
                'texts match (BM25), with the passage where the words occur. <code>"a phrase"</code> matches the '
                "words in order; <code>+word</code> requires one.</p>"
            )
            return HTMLResponse(_page("Search", body))
        body = f"<h1>Search: {esc(q)}</h1>" + (
            f'<p class="muted">{how}</p>'
            + table(["article", "outlet", "date", ""], items)
            + _pager("/search", page_no, len(rows), None, has_next=has_next, q=q)
            if items
            else f'<p class="notice">No article matches “{esc(q)}”.</p>'
        )
        return HTMLResponse(_page(f"Search {q}", body))

    def _search(s: Store, q: str, limit: int, offset: int) -> tuple[list[dict], bool]:
        """Ranked hits from the index beside the store, with snippets; the plain word match where no
        index was built."""
        hits = search_index.search(db, q, limit=limit, offset=offset)
        if hits is None:
            rows = V.search_articles(s, q, limit=limit, offset=offset)
            for r in rows:
                r["snippet"] = [((r["snippet"] or "")[:200] + "…", False)]
            return rows, False
        rows = V.articles_by_id(s, [ident for ident, _ in hits])
        scores = dict(hits)
        for r in rows:
            r["score"] = round(scores[r["id"]], 3)
            r["snippet"] = search_index.snippet(db, q, r.pop("text") or "")
        return rows, True

    # ---- JSON API ------------------------------------------------------------------------------
    @app.get("/api/overview")
    def api_overview() -> dict:
        with store() as s:
            return V.overview(s)

    @app.get("/api/stories")
    def api_stories(order: str = "size", limit: int = Query(PAGE, le=500), offset: int = 0) -> list[dict]:
        with store() as s:
            return V.stories(s, limit=limit, offset=offset, order=order)

    @app.get("/api/story")
    def api_story(id: str) -> dict:
        with store() as s:
            found = _found(V.story(s, id), "story", id)
            found["articles_list"] = V.story_articles(s, id)
            found["events"] = V.events(s, story_id=id, limit=500)
            found["conflicts"] = V.conflicts(s, story_id=id)
            return found

    @app.get("/api/events")
    def api_events(
        story: str | None = None,
        actor: str | None = Query(None, description="an actor id (see /api/actors?q=name)"),
        type: str | None = None,
        since_text: str | None = Query(None, alias="since", description="YYYY-MM-DD; empty for any"),
        until_text: str | None = Query(None, alias="until", description="YYYY-MM-DD; empty for any"),
        order: str = Query("oldest", description="oldest (the order they happened) or recent"),
        limit: int = Query(PAGE, le=1000),
        offset: int = 0,
    ) -> list[dict]:
        """Merged events; a month- or year-dated event is in every date range that meets its month or year."""
        with store() as s:
            return V.events(
                s,
                story or None,
                actor or None,
                type or None,
                _day(since_text),
                _day(until_text),
                limit=limit,
                offset=offset,
                newest_first=order == "recent",
            )

    @app.get("/api/conflicts")
    def api_conflicts(
        story: str | None = None,
        actor: str | None = Query(None, description="an actor id (see /api/actors?q=name)"),
        attribute: str | None = Query(None, description="duration, quantity, place, date or actor"),
        since_text: str | None = Query(None, alias="since", description="YYYY-MM-DD; empty for any"),
        until_text: str | None = Query(None, alias="until", description="YYYY-MM-DD; empty for any"),
        limit: int = Query(PAGE, le=1000),
        offset: int = 0,
    ) -> list[dict]:
        """Where sources disagree: each value with its outlets, articles and cited sentences."""
        with store() as s:
            return V.conflicts(
                s,
                story_id=story or None,
                entity_id=actor or None,
                attribute=attribute or None,
                since=_day(since_text),
                until=_day(until_text),
                limit=limit,
                offset=offset,
            )

    @app.get("/api/quotes")
    def api_quotes(
        speaker: str | None = Query(None, description="an actor id (see /api/actors?q=name)"),
        story: str | None = None,
        q: str | None = Query(None, description="words the quote holds"),
        since_text: str | None = Query(None, alias="since", description="YYYY-MM-DD; empty for any"),
        until_text: str | None = Query(None, alias="until", description="YYYY-MM-DD; empty for any"),
        limit: int = Query(PAGE, le=1000),
        offset: int = 0,
    ) -> list[dict]:
        """Who said what: speaker (and its actor id), kind (direct or reported), quote, sentence, article."""
        with store() as s:
            return V.quotes(
                s,
                story_id=story or None,
                speaker_id=speaker or None,
                words=q or None,
                since=_day(since_text),
                until=_day(until_text),
                limit=limit,
                offset=offset,
                newest_first=True,
            )

    @app.get("/api/event")
    def api_event(id: str) -> dict:
        with store() as s:
            found = _found(next(iter(V.events(s, event_id=id, limit=1)), None), "event", id)
            return {**found, "mentions": V.event_mentions(s, id, limit=500)}

    @app.get("/api/actors")
    def api_actors(q: str | None = None, limit: int = Query(PAGE, le=500), offset: int = 0) -> list[dict]:
        with store() as s:
            return V.actors(s, limit=limit, offset=offset, query=q)

    @app.get("/api/actor")
    def api_actor(id: str) -> dict:
        with store() as s:
            found = _found(V.actor(s, id), "actor", id)
            return {**found, "events": V.events(s, entity_id=id, limit=500)}

    @app.get("/api/article")
    def api_article(id: str) -> dict:
        with store() as s:
            found = _found(V.article(s, id), "article", id)
            return {**found, "marks": V.article_marks(s, id), "quotes": V.quotes(s, article_id=id, limit=500)}

    @app.get("/api/search")
    def api_search(q: str, limit: int = Query(PAGE, le=500), offset: int = 0) -> list[dict]:
        """Articles ranked by BM25 over titles and texts, each with a snippet (matched words in ** **)."""
        with store() as s:
            rows, ranked = _search(s, q, limit, offset) if q.strip() else ([], True)
        for r in rows:
            r["snippet"] = "".join(f"**{t}**" if hit else t for t, hit in r["snippet"])
            r["ranked"] = ranked
        return rows

    @app.get("/api/docs", response_class=HTMLResponse)
    def api_docs() -> HTMLResponse:
        spec = app.openapi()
        rows = []
        for path, ops in sorted(spec["paths"].items()):
            for method, op in ops.items():
                params = ", ".join(f"{p['name']}{'' if p.get('required') else '?'}" for p in op.get("parameters", []))
                rows.append([f"<code>{esc(method.upper())} {esc(path)}</code>", esc(params), esc(op.get("summary"))])
        body = (
            "<h1>JSON API</h1><p>Every page has its JSON under /api; the machine-readable OpenAPI description "
            f"is {link('/openapi.json', '/openapi.json')}.</p>"
            + table(["endpoint", "parameters (? optional)", "what"], rows)
        )
        return HTMLResponse(_page("API", body))

    return app


def _found(row: dict | None, what: str, ident: str) -> dict:
    """The row an API call asked for, or a 404 that names what was missing."""
    if row is None:
        raise HTTPException(status_code=404, detail=f"no {what} {ident!r} in this store")
    return row


def _day(text: str | None) -> date | None:
    """A filter's date: empty is no filter; a date the form could not have sent is an error."""
    if not text or not text.strip():
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError as err:
        raise HTTPException(status_code=422, detail=f"not a date (YYYY-MM-DD): {text!r}") from err


def _page(title: str, body: str) -> str:
    return page(title, body, NAV, csp=None, search="/search")  # the CSP comes as a header


def _pager(path: str, page_no: int, shown: int, total: int | None, has_next: bool | None = None, **params) -> str:
    if has_next is None:
        has_next = total is not None and page_no * PAGE < total
    parts = []
    if page_no > 1:
        parts.append(link(href(path, page=page_no - 1, **params), "← previous"))
    parts.append(f"page {page_no}")
    if has_next:
        parts.append(link(href(path, page=page_no + 1, **params), "next →"))
    count = f" · {total:,} in all" if total is not None else ""
    return f'<p class="muted">{" · ".join(parts)}{count}</p>' if (page_no > 1 or has_next or count) else ""


def _filters_link(**params: Any) -> str:
    return f"<p>{link(href('/events', **params), 'All of these events, with filters →')}</p>"


def _actor_choice(s: Store, typed: str | None) -> tuple[dict | None, list[dict]]:
    """The actor a filter box names (an id, or a name typed over every actor of the store) and the
    other actors the words could mean."""
    if not typed or not typed.strip():
        return None, []
    found = V.find_actors(s, typed)
    if not found:
        return None, []
    return found[0], found[1:]


def _choices(path: str, entity: dict | None, others: list[dict], typed: str | None, field: str = "actor", **params):
    """What the actor box matched: the actor filtered on, and the others its words could mean."""
    if typed and not entity:
        return f'<p class="notice">No actor is called “{esc(typed)}”. Try part of a name.</p>'
    if not entity or not others or typed == entity["entity_id"]:
        return ""
    alternatives = " · ".join(link(href(path, **{field: o["entity_id"]}, **params), o["name"]) for o in others)
    return f'<p class="muted">Showing {esc(entity["name"])}; “{esc(typed)}” also matches: {alternatives}</p>'


def _filter_form(
    path: str,
    names: list[dict],
    story: str | None,
    entity: dict | None,
    typed: str | None,
    since: date | None,
    until: date | None,
    order: str | None = None,
    types: list[str] | None = None,
    kind: str | None = None,
    attributes: list[str] | None = None,
    attribute: str | None = None,
    words: str | None = None,
    actor_field: str = "actor",
) -> str:
    """A page's filters. The actor box is a type-ahead: it suggests the most mentioned names and
    accepts any actor's name or part of one (the page resolves it over every actor)."""
    shown = entity["name"] if entity else (typed or "")
    suggestions = "".join(f'<option value="{esc(a["name"])}"></option>' for a in names)
    parts = [
        f'<form class="filters" action="{esc(path)}" method="get">',
        f'<label>from<input type="date" name="since" value="{esc(since or "")}"></label>',
        f'<label>to<input type="date" name="until" value="{esc(until or "")}"></label>',
        f'<label>{esc(actor_field)}<input name="{esc(actor_field)}" list="actor-names" value="{esc(shown)}" '
        'placeholder="any: type a name" autocomplete="off"></label>',
        f'<datalist id="actor-names">{suggestions}</datalist>',
    ]
    if types is not None:
        options = '<option value="">any</option>' + "".join(
            f'<option value="{esc(t)}"{" selected" if t == kind else ""}>{esc(t)}</option>' for t in types
        )
        parts.append(f'<label>type<select name="type">{options}</select></label>')
    if attributes is not None:
        options = '<option value="">any</option>' + "".join(
            f'<option value="{esc(t)}"{" selected" if t == attribute else ""}>{esc(t)}</option>' for t in attributes
        )
        parts.append(f'<label>about<select name="attribute">{options}</select></label>')
    if words is not None or path == "/quotes":
        parts.append(f'<label>words<input name="q" value="{esc(words or "")}"></label>')
    if order is not None:
        options = "".join(
            f'<option value="{k}"{" selected" if k == order else ""}>{label}</option>'
            for k, label in (("recent", "most recent first"), ("oldest", "oldest first"))
        )
        parts.append(f'<label>order<select name="order">{options}</select></label>')
    if story:
        parts.append(f'<input type="hidden" name="story" value="{esc(story)}">')
    parts.append('<button type="submit">Filter</button></form>')
    note = (
        '<p class="muted">Dates filter by overlap: a date known only to its month (<span class="prec">month'
        "</span>) or year is in every range that meets that month or year.</p>"
    )
    if story:
        note += f'<p class="muted">In one story. {link(path, "All stories")}</p>'
    return "".join(parts) + note


def _event_table(rows: list[dict]) -> str:
    body = [
        [
            f'<span class="nowrap">{when_tagged(e["date"], e["date_precision"])}</span>',
            link(LINKS.event(e["event_id"]), e["type"]) + "<br>" + quad_badge(e.get("mention_quad_class")),
            esc(", ".join(x or "?" for x in e["actor"]) or "?")
            + " → "
            + esc(", ".join(x or "?" for x in e["recipient"]) or "?"),
            esc(sources_said(e)),
            trigger_marked(e, "mention_")
            + " "
            + link(LINKS.sentence(e["mention_article_id"], e["mention_sentence_start"]), "[in the article]", "cite"),
        ]
        for e in rows
    ]
    return table(["when", "what", "who → whom", "reported by", "evidence"], body)


def _quote_table(rows: list[dict], speaker: bool = True, article: bool = True) -> str:
    body = []
    for q in rows:
        who = link(href("/actor", id=q["entity_id"]), q["speaker"]) if q["entity_id"] else esc(q["speaker"] or "?")
        sentence = q.get("sentence") or q["text"]
        offset = q.get("sentence_start")
        shown = (
            marked(sentence, max(q["start"] - offset, 0), min(q["end"] - offset, len(sentence)))
            if offset is not None and q["start"] is not None and q["end"] is not None
            else esc(sentence)
        )
        cells = [who] if speaker else []
        cells += [
            f'<span class="tag">{esc(q["kind"] or "?")}</span>',
            f'<div class="quote">{shown}</div>',
        ]
        if article:
            cells.append(
                link(LINKS.sentence(q["article_id"], q["start"]), q.get("title") or q["article_id"])
                + f'<br><span class="muted">{esc(q.get("source") or "outlet not named")} · '
                f'<span class="nowrap">{when_tagged(q.get("published"), q.get("published_precision"))}</span></span>'
            )
        else:
            cells.append(link(LINKS.sentence(q["article_id"], q["start"]), "in the text", "cite"))
        body.append(cells)
    headers = (["speaker"] if speaker else []) + ["kind", "what was said"]
    headers.append("article" if article else "")
    return table(headers, body)


def _conflict_card(c: dict) -> str:
    """One disagreement: what it is about, then each value beside the others, with the outlets that
    give it and the sentences it stands in, each linked to its place in the article."""
    sides = []
    for v in c["values"]:
        said = "; ".join(v.get("text") or [])
        outlets = ", ".join(v.get("sources") or []) or "outlet not named"
        cited = "".join(
            f"<li>{_evidence_sentence(ev, v.get('text') or [])} "
            + link(LINKS.sentence(ev.get("article_id") or "", ev.get("start")), f"[{ev.get('article_id')}]", "cite")
            + "</li>"
            for ev in (v.get("evidence") or [])[:4]
        )
        sides.append(
            f'<div class="side"><div class="value">{esc(v.get("value"))}</div>'
            f'<div class="muted">as “{esc(said)}” · {esc(outlets)} · {len(v.get("article_ids") or [])} article(s)</div>'
            f'<ul class="summary">{cited}</ul></div>'
        )
    when_text = (
        when_tagged(c["event_date"], c["event_precision"])
        if c.get("event_date")
        else when_tagged(c.get("first_date"), c.get("first_precision"))
    )
    context = [f'<span class="nowrap">{when_text}</span>']
    if c.get("story_id"):
        context.append("story " + link(LINKS.story(c["story_id"]), c.get("story_title") or c["story_id"]))
    if c.get("event_id"):
        context.append("event " + link(LINKS.event(c["event_id"]), c.get("event_type") or c["event_id"]))
    return (
        f'<div class="card"><h3>{esc(c["attribute"])} of “{esc(c["about"])}” '
        f'<span class="tag">{esc(c["kind"])}</span></h3>'
        f'<p class="muted">{" · ".join(context)}</p>'
        f'<div class="conflict">{"".join(sides)}</div></div>'
    )


def _evidence_sentence(ev: dict, said: list[str]) -> str:
    """A cited sentence with the words that give the value marked."""
    sentence = ev.get("sentence") or ""
    for words in said:
        start = sentence.find(words) if words else -1
        if start >= 0:
            return marked(sentence, start, start + len(words))
    return esc(sentence)


def _sentence_span(text: str, at: int) -> tuple[int, int]:
    """The sentence around character `at` where no stored sentence holds it: back to the end of the
    sentence before, on to the end of this one."""
    left = max(text.rfind(c, 0, at) for c in ".!?\n") + 1
    right = min((x for x in (text.find(c, at) for c in ".!?\n") if x >= 0), default=len(text) - 1) + 1
    while left < at and text[left].isspace():
        left += 1
    return left, max(right, at + 1)


def _snippet_html(pieces: list[tuple[str, bool]]) -> str:
    return "…" + "".join(f"<mark>{esc(t)}</mark>" if hit else esc(t) for t, hit in pieces) + "…"


def _highlighted(text: str, marks: list[dict], cited: tuple[int, int] | None = None) -> str:
    """The article text with its resolved actors and asserted event triggers marked from their stored
    offsets, moved onto whole words; overlapping spans keep the first (the longest at a start), a
    mark never crosses the cited sentence's edges, and every piece is escaped. The cited sentence
    (the one a link came for) is wrapped in the #cited anchor and highlighted."""
    spans = []
    for m in marks:
        if m["start"] is None or m["end"] is None or not 0 <= m["start"] < m["end"] <= len(text):
            continue
        start, end = word_bounds(text, m["start"], m["end"])
        if start < end:
            spans.append((start, end, m))
    spans.sort(key=lambda x: (x[0], -x[1]))
    out: list[str] = []
    at = 0
    opened: set[str] = set()
    for start, end, m in spans:
        if start < at or (cited and any(start < e < end for e in cited)):
            continue
        _emit_plain(out, text, at, start, cited, opened)
        at = start
        span = esc(text[start:end])
        if m["kind"] == "trigger":
            target = LINKS.event(m["ref"]) if m["ref"] else None
            inner = f'<mark class="trigger" title="{esc(m["label"])}">{span}</mark>'
            out.append(f'<a href="{esc(target)}">{inner}</a>' if target else inner)
        else:
            inner = f'<mark class="actor" title="{esc(m["label"])}">{span}</mark>'
            out.append(f'<a href="{esc(href("/actor", id=m["ref"]))}">{inner}</a>' if m["ref"] else inner)
        at = end
    _emit_plain(out, text, at, len(text), cited, opened)
    if "open" in opened and "closed" not in opened:
        out.append("</span>")
    return "".join(out)


def _emit_plain(out: list[str], text: str, at: int, upto: int, cited: tuple[int, int] | None, state: set) -> None:
    """Unmarked text from `at` to `upto`, escaped, opening and closing the cited sentence's span
    where its edges fall (`state` remembers whether it is open)."""
    cuts = [at]
    if cited:
        cuts += [e for e in cited if at <= e <= upto]
    cuts.append(upto)
    cuts = sorted(set(cuts))
    for a, b in zip(cuts, [*cuts[1:], None]):
        if cited and a == cited[0] and "open" not in state:
            out.append('<span id="cited" class="cited">')
            state.add("open")
        if cited and a == cited[1] and "open" in state and "closed" not in state:
            out.append("</span>")
            state.add("closed")
        if b is not None:
            out.append(esc(text[a:b]))
