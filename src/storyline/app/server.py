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

from ..report.document import Limits, Links, dyads_section, network_section, overview, story_block, story_list
from ..report.html import esc, external, link, page, quad_badge, table, trigger_marked, when
from ..store import Store, StoreBusy, StoreError
from ..store import views as V

APP_CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; "
    "base-uri 'none'; frame-ancestors 'none'"
)
PAGE = 50  # rows per page of a list
FAVICON = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" '
    'fill="#0f172a"/><path d="M3 11h10M3 8h7M3 5h10" stroke="#fff" stroke-width="1.6"/></svg>'
)
NAV = [("Stories", "/"), ("Events", "/events"), ("Actors", "/actors"), ("Overview", "/overview"), ("API", "/api/docs")]


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
            f"<h1>{o['stories']:,} stories from {o['articles']:,} articles</h1>"
            f'<p class="muted">{o["events"]:,} events · {o["actors"]:,} actors · {o["quotes"]:,} quotes · '
            f"{o['problem_total']:,} problems · order: {tabs}</p>"
            + story_list(rows, o["stories"], LINKS).replace('<h2 id="stories">Stories</h2>', "")
            + _pager("/", page_no, len(rows), o["stories"], order=order)
        )
        return HTMLResponse(_page("storyline", body))

    @app.get("/overview", response_class=HTMLResponse)
    def overview_page() -> HTMLResponse:
        with store() as s:
            body = overview(V.overview(s)) + dyads_section(V.busiest_dyads(s, 6)) + network_section(V.network(s, 40))
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
        actor: str | None = None,
        type: str | None = None,
        since_text: str | None = Query(None, alias="since", description="YYYY-MM-DD; empty for any"),
        until_text: str | None = Query(None, alias="until", description="YYYY-MM-DD; empty for any"),
        page_no: int = Query(1, alias="page", ge=1),
    ) -> HTMLResponse:
        since, until = _day(since_text), _day(until_text)
        with store() as s:
            rows = V.events(
                s,
                story_id=story or None,
                entity_id=actor or None,
                event_type=type or None,
                since=since,
                until=until,
                limit=PAGE + 1,
                offset=(page_no - 1) * PAGE,
            )
            types = V.event_types(s)
            actors = V.actors(s, limit=200)
        form = _filter_form(types, actors, story, actor, type, since, until)
        more_rows = len(rows) > PAGE
        rows = rows[:PAGE]
        body = (
            "<h1>Events</h1>"
            + form
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
                actor=actor,
                type=type,
                since=since,
                until=until,
            )
        )
        return HTMLResponse(_page("Events", body))

    @app.get("/event", response_class=HTMLResponse)
    def event_page(id: str) -> HTMLResponse:
        with store() as s:
            e = _found(next(iter(V.events(s, event_id=id, limit=1)), None), "event", id)
            mentions = V.event_mentions(s, id, limit=200)
        head = (
            f"<h1>{esc(e['type'])}: {esc(', '.join(x or '?' for x in e['actor']) or '?')} → "
            f"{esc(', '.join(x or '?' for x in e['recipient']) or '?')}</h1>"
            f'<p class="muted">{esc(when(e["date"], e["date_precision"]))} · {quad_badge(e["mention_quad_class"])} · '
            f"{e['num_mentions']} mentions in {e['num_articles']} articles from {e['num_sources']} outlets · "
            f"confidence {e['confidence']} · first reported {esc(e['first_seen'])}"
            + (f" · story {link(LINKS.story(e['story_id']), 'open')}" if e["story_id"] else "")
            + "</p>"
        )
        rows = [
            [
                link(LINKS.article(m["article_id"]), m["article_id"]),
                esc(m["status"]) + (" (background)" if m.get("background") else ""),
                trigger_marked(m),
            ]
            for m in mentions
        ]
        body = head + "<h2>Every mention</h2>" + table(["article", "status", "sentence"], rows)
        return HTMLResponse(_page(f"Event {id}", body))

    @app.get("/actors", response_class=HTMLResponse)
    def actors_page(q: str | None = None, page_no: int = Query(1, alias="page", ge=1)) -> HTMLResponse:
        with store() as s:
            rows = V.actors(s, limit=PAGE + 1, offset=(page_no - 1) * PAGE, query=q or None)
        has_next = len(rows) > PAGE
        rows = rows[:PAGE]
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
            events = V.events(s, entity_id=id, limit=100)
        role = (
            f"{esc(a['role'])} (as of {esc(a['role_date'])}, "
            f"{link(LINKS.article(a['role_article']), a['role_article'])})"
            if a["role"] and a["role_article"]
            else esc(a["role"] or "no role found")
        )
        body = (
            f"<h1>{esc(a['name'])}</h1>"
            f'<p class="muted">{" · ".join(esc(x) for x in (a["kind"], a["country"], a["sector"]) if x)} · '
            f"{a['mentions']} mentions in {a['articles']} articles</p>"
            f"<p>Role: {role}</p>"
            f"<p>Names used: {esc(', '.join(a['aliases']) or a['name'])}</p>"
            f"<h2>Events as actor or recipient</h2>"
            + (_event_table(events) if events else '<p class="muted">No events.</p>')
            + _filters_link(actor=id)
        )
        return HTMLResponse(_page(a["name"], body))

    @app.get("/article", response_class=HTMLResponse)
    def article_page(id: str) -> HTMLResponse:
        with store() as s:
            a = _found(V.article(s, id), "article", id)
            marks = V.article_marks(s, id)
            quotes = V.quotes(s, article_id=id, limit=100)
        text = _highlighted(a["text"] or "", marks)
        facts = [
            f"{esc(a['source'] or 'no outlet')}",
            f"published {esc(when(a['published'], a['published_precision']))}"
            + (f" (from {esc(a['published_from'])})" if a["published_from"] else ""),
            f"language {esc(a['language'] or '?')}",
        ]
        if a["story_id"]:
            facts.append("story " + link(LINKS.story(a["story_id"]), "open"))
        if a["duplicate_of"]:
            facts.append(f"{esc(a['relation'])} of " + link(LINKS.article(a["duplicate_of"]), a["duplicate_of"]))
        quote_rows = [[esc(q["speaker"] or "?"), f"“{esc(q['text'])}”"] for q in quotes]
        body = (
            f"<h1>{esc(a['title'] or id)}</h1>"
            f'<p class="muted">{" · ".join(facts)}</p>'
            f"<p>{external(a['url'], a['url'] or '')}</p>"
            '<p class="legend"><span><mark class="actor">actor</mark></span>'
            '<span><mark class="trigger">event</mark> (hover for type; click for the event)</span></p>'
            f'<div class="article-text">{text}</div>'
            + ("<h2>Who said what</h2>" + table(["speaker", "quote"], quote_rows) if quote_rows else "")
        )
        return HTMLResponse(_page(a["title"] or id, body))

    @app.get("/search", response_class=HTMLResponse)
    def search_page(q: str = "", page_no: int = Query(1, alias="page", ge=1)) -> HTMLResponse:
        with store() as s:
            rows = V.search_articles(s, q, limit=PAGE + 1, offset=(page_no - 1) * PAGE) if q.strip() else []
        has_next = len(rows) > PAGE
        rows = rows[:PAGE]
        items = [
            [
                link(LINKS.article(r["id"]), r["title"] or r["id"])
                + f'<br><span class="muted">{esc((r["snippet"] or "")[:200])}…</span>',
                esc(r["source"] or ""),
                esc(when(r["published"], r["published_precision"])),
                link(LINKS.story(r["story_id"]), "story") if r["story_id"] else "",
            ]
            for r in rows
        ]
        body = f"<h1>Search: {esc(q)}</h1>" + (
            table(["article", "outlet", "date", ""], items)
            + _pager("/search", page_no, len(rows), None, has_next=has_next, q=q)
            if items
            else f'<p class="notice">No article holds every word of “{esc(q)}”.</p>'
        )
        return HTMLResponse(_page(f"Search {q}", body))

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
        actor: str | None = None,
        type: str | None = None,
        since_text: str | None = Query(None, alias="since", description="YYYY-MM-DD; empty for any"),
        until_text: str | None = Query(None, alias="until", description="YYYY-MM-DD; empty for any"),
        limit: int = Query(PAGE, le=1000),
        offset: int = 0,
    ) -> list[dict]:
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
        with store() as s:
            return V.search_articles(s, q, limit=limit, offset=offset)

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


def _filter_form(types, actors, story, actor, event_type, since, until) -> str:
    type_options = '<option value="">any</option>' + "".join(
        f'<option value="{esc(t)}"{" selected" if t == event_type else ""}>{esc(t)}</option>' for t in types
    )
    actor_options = '<option value="">any</option>' + "".join(
        f'<option value="{esc(a["entity_id"])}"{" selected" if a["entity_id"] == actor else ""}>'
        f"{esc(a['name'])}</option>"
        for a in actors
    )
    return (
        '<form class="filters" action="/events" method="get">'
        f'<label>from<input type="date" name="since" value="{esc(since or "")}"></label>'
        f'<label>to<input type="date" name="until" value="{esc(until or "")}"></label>'
        f'<label>actor<select name="actor">{actor_options}</select></label>'
        f'<label>type<select name="type">{type_options}</select></label>'
        + (f'<input type="hidden" name="story" value="{esc(story)}">' if story else "")
        + '<button type="submit">Filter</button></form>'
        + (f'<p class="muted">In one story. {link("/events", "All stories")}</p>' if story else "")
    )


def _event_table(rows: list[dict]) -> str:
    body = [
        [
            f'<span class="nowrap">{esc(when(e["date"], e["date_precision"]))}</span>',
            link(LINKS.event(e["event_id"]), e["type"]) + "<br>" + quad_badge(e.get("mention_quad_class")),
            esc(", ".join(x or "?" for x in e["actor"]) or "?")
            + " → "
            + esc(", ".join(x or "?" for x in e["recipient"]) or "?"),
            f"{e['num_sources']}",
            trigger_marked(e, "mention_") + f" {link(LINKS.article(e['mention_article_id']), '[article]', 'cite')}",
        ]
        for e in rows
    ]
    return table(["when", "what", "who → whom", "sources", "evidence"], body)


def _highlighted(text: str, marks: list[dict]) -> str:
    """The article text with its actors and event triggers marked from their stored offsets;
    overlapping spans keep the first (the longest at a start), and every piece is escaped."""
    out, at = [], 0
    for m in marks:
        start, end = m["start"], m["end"]
        if start is None or end is None or start < at or end > len(text) or start >= end:
            continue
        out.append(esc(text[at:start]))
        span = esc(text[start:end])
        if m["kind"] == "trigger":
            target = LINKS.event(m["ref"]) if m["ref"] else None
            inner = f'<mark class="trigger" title="{esc(m["label"])}">{span}</mark>'
            out.append(f'<a href="{esc(target)}">{inner}</a>' if target else inner)
        else:
            title = esc(m["label"])
            inner = f'<mark class="actor" title="{title}">{span}</mark>'
            out.append(f'<a href="{esc(href("/actor", id=m["ref"]))}">{inner}</a>' if m["ref"] else inner)
        at = end
    out.append(esc(text[at:]))
    return "".join(out)
