"""`storyline report -o report.html`: one self-contained HTML file an analyst can open anywhere and
send to a colleague. No script, no network request: styles inline, charts as SVG.

Orchestration only: every number comes from one bounded query in store/views.py, every mark from
report/charts.py, every tag from report/html.py. Long lists are cut at fixed limits and say so,
so a 20,000-article store renders in the same memory as the sample corpus.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from ..store import Store
from ..store import views as V
from ..text.plural import plural
from . import charts
from .html import anchor, esc, external, link, more, page, quad_badge, sources_said, table, trigger_marked, when


class Links:
    """Where a citation points. In the report file: anchors in the same page; the app overrides
    these with its pages."""

    pages = False  # the app has a page per event; the report folds an event's mentions in place

    def article(self, article_id: str) -> str:
        return "#" + anchor("art", article_id)

    def event(self, event_id: str) -> str:
        return "#" + anchor("ev", event_id)

    def story(self, story_id: str) -> str:
        return "#" + anchor("story", story_id)

    def sentence(self, article_id: str, at: int | None) -> str:
        """The report file holds no article texts: a sentence's link goes to its article's row."""
        return self.article(article_id)


@dataclass
class Limits:
    """How much the report shows: the rest is counted, not drawn."""

    stories: int = 30  # largest stories shown in full
    latest: int = 10  # latest stories listed and shown in full
    story_list: int = 200  # stories listed
    events: int = 60  # merged events per story
    articles: int = 60  # articles per story
    quotes: int = 20  # quotes per story
    dyads: int = 6
    network: int = charts.NETWORK_NODES  # actors in the network, each named
    actors: int = 60


def write_report(db: str, out: str | Path, limits: Limits | None = None) -> dict[str, int]:
    """Write the report for the store `db` to `out`; return what it shows (for tests and the CLI)."""
    limits = limits or Limits()
    with Store(db, read_only=True) as store:
        html_text, shown = render(store, Path(db).name, limits)
    Path(out).write_text(html_text, encoding="utf-8")
    return shown


def render(store: Store, name: str, limits: Limits) -> tuple[str, dict[str, int]]:
    o = V.overview(store)
    stories = V.stories(store, limit=limits.story_list)
    latest = V.stories(store, limit=limits.latest, order="recent")
    # in full: the largest stories, and the latest ones (what is moving now, whatever its size)
    detailed = stories[: limits.stories]
    detailed += [s for s in latest if s["story_id"] not in {d["story_id"] for d in detailed}]
    in_full = {s["story_id"] for s in detailed}
    parts = [
        f"<h1>{esc(name)}</h1>",
        f'<p class="muted">storyline report, written {datetime.now(UTC):%Y-%m-%d %H:%M} UTC</p>',
        overview(o),
        story_list(stories, o["stories"], shown=in_full),
        _latest(latest, in_full, Links()),
    ]
    for i, s in enumerate(detailed):
        parts.append(story_block(store, s, limits, open_=i == 0))
    parts.append(more(len(detailed), o["stories"], "stories in full (the largest, then the latest)"))
    dyads = V.busiest_dyads(store, limits.dyads)
    parts.append(dyads_section(dyads))
    net = V.network(store, limits.network)
    parts.append(network_section(net))
    actors = V.actors(store, limit=limits.actors, named_only=True)
    parts.append(_actors(actors, V.count_named_actors(store), o["actors"] - o["places"]))
    points = V.mapped_events(store)
    if points:
        parts.append(
            '<h2 id="map">Where</h2>' + charts.world(points, "events with coordinates") + charts.legend(hollow=False)
        )
    nav = [
        ("Overview", "#overview"),
        ("Stories", "#stories"),
        ("Dyads", "#dyads"),
        ("Network", "#network"),
        ("Actors", "#actors"),
    ] + ([("Map", "#map")] if points else [])
    shown = {
        "stories": len(detailed),
        "story_list": len(stories),
        "dyads": len(dyads),
        "actors": len(actors),
        "network_nodes": len(net["nodes"]),
        "map_points": len(points),
    }
    return page(f"storyline report: {name}", "".join(parts), nav), shown


def overview(o: dict) -> str:
    stats = [
        ("inputs", o["inputs"]),
        ("articles", o["articles"]),
        ("originals", o["originals"]),
        ("stories", o["stories"]),
        ("events", o["events"]),
        ("quotes", o["quotes"]),
        ("actors and places", o["actors"]),
        ("disagreements", o["conflicts"]),
        ("updated figures", o["updates"]),
        ("problems", o["problem_total"]),
    ]
    grid = "".join(f'<div class="stat"><b>{n:,}</b><span>{esc(k)}</span></div>' for k, n in stats)
    undated = o["articles"] - o["dated"]
    precisions = o.get("precisions") or {}
    coarse = precisions.get("year", 0)
    dates = (
        f"Dated {esc(when(o['first_date'], o['first_precision']))} to {esc(when(o['last_date'], o['last_precision']))}"
        + (f" ({coarse:,} known only to the year)" if coarse else "")
        + f"; {undated:,} of {plural(o['articles'], 'article')} have no date."
        if o["dated"]
        else "No article has a date."
    )
    by_year = coarse > 0 or len(o["months"]) > 36
    chart = (
        charts.histogram([(y["year"], y["n"]) for y in o["years"]], "articles by year of publication")
        if by_year
        else charts.histogram([(m["month"], m["n"]) for m in o["months"]], "articles by month of publication")
    )
    problems = (
        table(["reason", "inputs"], [[esc(p["reason"]), str(p["n"])] for p in o["problems"]])
        if o["problems"]
        else '<p class="muted">No problems: every input became an article.</p>'
    )
    languages = ", ".join(f"{esc(x['language'])} {x['n']}" for x in o["languages"])
    outlets = table(
        ["outlet", "articles", "copies"],
        [[esc(x["source"]), str(x["n"]), str(x["copies"])] for x in o["outlets"]],
    ) + more(len(o["outlets"]), o["outlet_total"], "outlets")
    return (
        '<h2 id="overview">Overview</h2>'
        f'<div class="stats">{grid}</div>'
        f'<div class="card"><h3>Articles by {"year" if by_year else "month"}</h3>'
        f'<p class="muted">{dates} Languages: {languages}.</p>' + chart + "</div>"
        f'<div class="grid2"><div><h3>Outlets</h3>{outlets}</div><div><h3>Problems</h3>{problems}</div></div>'
    )


def story_list(stories: list[dict], total: int, links: Links | None = None, shown: set[str] | None = None) -> str:
    """The stories as a table; each title links to the story where the page has it (`shown`: the
    ids the report shows in full; None: every story has a page, as in the app)."""
    links = links or Links()
    rows = [
        [
            link(
                links.story(s["story_id"]) if shown is None or s["story_id"] in shown else None,
                s["title"] or s["story_id"],
            ),
            f'<span class="num">{s["originals"]}</span>',
            esc(", ".join(s["sources"][:4]) + (f" +{len(s['sources']) - 4}" if len(s["sources"]) > 4 else "")),
            f'<span class="nowrap">{esc(when(s["first_date"], s["first_precision"]))} –</span> '
            f'<span class="nowrap">{esc(when(s["last_date"], s["last_precision"]))}</span>',
        ]
        for s in stories
    ]
    return (
        '<h2 id="stories">Stories</h2><p class="muted">Articles about one real-world event, largest first; copies '
        "counted once.</p>"
        + table(["story", "articles", "outlets", "dates"], rows)
        + more(len(stories), total, "stories listed")
    )


def _latest(stories: list[dict], shown: set[str], links: Links) -> str:
    """The ten stories whose last report is latest: what is moving now, whatever its size."""
    if not stories:
        return ""
    items = "".join(
        f"<li>{link(links.story(s['story_id']) if s['story_id'] in shown else None, s['title'] or s['story_id'])} "
        f'<span class="muted">(last {esc(when(s["last_date"], s["last_precision"]))}, '
        f"{plural(s['originals'], 'article')})</span></li>"
        for s in stories
    )
    return f'<h3>Latest</h3><ul class="summary">{items}</ul>'


def _who(names: list | None) -> str:
    return ", ".join(str(x) if x else "?" for x in (names or [])) or "?"


def story_block(
    store: Store, s: dict, limits: Limits, open_: bool, links: Links | None = None, as_page: bool = False
) -> str:
    """One story in full: dates, key actors, summary with citations, timeline, disagreements,
    merged events with their evidence, sources (copies and rewrites marked), quotes."""
    links = links or Links()
    sid = s["story_id"]
    articles = V.story_articles(store, sid, limits.articles)
    events = V.events(store, story_id=sid, limit=limits.events)
    quotes = V.quotes(store, story_id=sid, limit=limits.quotes)
    conflicts = V.conflicts(store, story_id=sid)
    actors = V.story_key_actors(store, sid)
    dates = f"{when(s['first_date'], s['first_precision'])} – {when(s['last_date'], s['last_precision'])}"
    listed = {a["id"] for a in articles}

    def cite(article_id: str, text: str, at: int | None = None) -> str:
        """A citation: a link where the article can be reached (in the app, its page opened at the
        sentence `at`; its row in this story's sources in the report file), else the id as text."""
        reachable = links.pages or article_id in listed
        return " " + link(links.sentence(article_id, at) if reachable else None, text, "cite")

    summary = "".join(
        f"<li>{esc(line['sentence'])}"
        + cite(line["article_id"], f"[{line['article_id']}, sentence {line['sentence_index']}]", line.get("start"))
        + "</li>"
        for line in s["summary"]
    )
    first_id = articles[0]["id"] if articles else None
    source_rows = []
    for a in articles:
        tag = (
            f'<span class="tag {"copy" if a["relation"] != "rewrite" else "rewrite"}">{esc(a["relation"])} of '
            f"{esc(a['duplicate_of'])}</span>"
            if a["duplicate_of"]
            else '<span class="tag first">first report</span>'
            if a["id"] == first_id
            else ""
        )
        source_rows.append(
            [
                f'<span id="{anchor("art", a["id"])}">{esc(a["source"] or "?")}</span>',
                esc(when(a["published"], a["published_precision"]))
                + (f' <span class="muted">({esc(a["published_from"])})</span>' if a["published_from"] else ""),
                external(a["url"], a["title"] or a["id"]) + f'<br><span class="muted">{esc(a["id"])}</span>',
                tag,
            ]
        )
    event_rows = [
        [
            f'<span class="nowrap" id="{anchor("ev", e["event_id"])}">'
            f"{esc(when(e['date'], e['date_precision']))}</span>",
            esc(e["type"]) + "<br>" + quad_badge(e.get("mention_quad_class")),
            esc(_who(e["actor"])) + " → " + esc(_who(e["recipient"])),
            esc(sources_said(e)) + f"<br>{plural(e['num_articles'], 'article')}",
            trigger_marked(e, "mention_")
            + cite(e["mention_article_id"], f"[{e['mention_article_id']}]", e["mention_sentence_start"])
            + _all_mentions(store, e, cite, links),
        ]
        for e in events
    ]
    quote_rows = [
        [esc(q["speaker"] or "?"), f"“{esc(q['text'])}”", esc(q["source"] or q["article_id"])] for q in quotes
    ]
    body = [
        f'<p class="muted">{esc(dates)} · {plural(s["articles"], "article")} ({plural(s["originals"], "original")}) · '
        f"{plural(len(s['sources']), 'outlet')}</p>",
    ]
    if actors:
        body.append("<p>Key actors: " + ", ".join(esc(a["name"]) for a in actors) + "</p>")
    if summary:
        body.append(f'<h3>Summary</h3><ul class="summary">{summary}</ul>')
    body.append("<h3>Timeline</h3>" + charts.timeline(events, f"timeline of {s['title'] or sid}") + charts.legend())
    if conflicts:
        body.append("<h3>Where sources disagree</h3>" + "".join(_conflict(c, cite) for c in conflicts))
    body.append(
        "<h3>Events</h3>"
        + (
            table(["when", "what", "who → whom", "reported by", "evidence"], event_rows)
            if event_rows
            else '<p class="muted">No events coded in this story.</p>'
        )
    )
    body.append("<h3>Sources</h3>" + table(["outlet", "date", "article", ""], source_rows))
    body.append(more(len(articles), s["articles"], "articles"))
    if quote_rows:
        body.append("<h3>Who said what</h3>" + table(["speaker", "quote", "outlet"], quote_rows))
    if as_page:
        return f"<h1>{esc(s['title'] or sid)}</h1>{''.join(body)}"
    # the link target sits inside the fold: a browser opens a closed <details> to show it
    return (
        f'<details class="story"{" open" if open_ else ""}><summary>{esc(s["title"] or sid)}</summary>'
        f'<div id="{anchor("story", sid)}">{"".join(body)}</div></details>'
    )


def _all_mentions(store: Store, e: dict, cite, links: Links) -> str:
    """Every sentence that reports a merged event: a link to the event's page in the app, the
    sentences themselves (folded) in the report file."""
    if (e.get("num_mentions") or 0) < 2:
        return ""
    if links.pages:
        return f' <a class="cite" href="{esc(links.event(e["event_id"]))}">all {e["num_mentions"]} mentions</a>'
    items = "".join(
        "<li>" + trigger_marked(m) + cite(m["article_id"], "[" + m["article_id"] + "]", m["sentence_start"]) + "</li>"
        for m in V.event_mentions(store, e["event_id"], limit=20)
    )
    return f'<details><summary class="cite">all {e["num_mentions"]} mentions</summary><ul>{items}</ul></details>'


def _conflict(c: dict, cite) -> str:
    sides = []
    for v in c["values"]:
        ev = (v.get("evidence") or [{}])[0]
        sentence = ev.get("sentence") or ""
        said = "; ".join(v.get("text") or [])
        outlets = ", ".join(v.get("sources") or []) or "outlet not named"
        sides.append(
            f'<div class="side"><div class="value">{esc(v.get("value"))}</div>'
            f'<div class="muted">“{esc(said)}” · {esc(outlets)}</div>'
            f"<div>{esc(sentence)}"
            + (cite(ev["article_id"], f"[{ev['article_id']}]", ev.get("start")) if ev.get("article_id") else "")
            + "</div></div>"
        )
    return (
        f'<p><b>{esc(c["attribute"])}</b> of {esc(c["about"])} <span class="tag">{esc(c["kind"])}</span></p>'
        f'<div class="conflict">{"".join(sides)}</div>'
    )


def _count(n: int, noun: str) -> str:
    return f"{n:,} {noun}" + ("" if n == 1 else "s")


def dyads_section(pairs: list[dict]) -> str:
    if not pairs:
        return '<h2 id="dyads">Dyads</h2><p class="muted">No events between two named actors.</p>'
    parts = [
        '<h2 id="dyads">Dyads</h2><p class="muted">The busiest actor pairs: merged events per month in each '
        "direction (a story ten outlets report counts once).</p>"
    ]
    for p in pairs:
        names = p["names"]
        parts.append(
            f'<div class="card"><h3>{esc(names.get(p["a"], p["a"]))} ↔ {esc(names.get(p["b"], p["b"]))} '
            f'<span class="muted">({_count(p["events"], "event")}; {p["dated"]} dated to a day or month)</span></h3>'
            + '<p class="muted">'
            + esc(", ".join(f"{t} {n}" for t, n in (p.get("types") or {}).items()))
            + "</p>"
            + (
                charts.dyad(p["series"], p["a"], p["b"], names) + charts.dyad_legend(p["a"], p["b"], names)
                if p["dated"]
                else '<p class="muted">None of them is dated to a day or month: no monthly chart.</p>'
            )
            + "</div>"
        )
    return "".join(parts)


def network_section(net: dict) -> str:
    return (
        '<h2 id="network">Actor network</h2><p class="muted">The most active actors and the merged events between '
        "them; hover for counts.</p>"
        + charts.network(net["nodes"], net["edges"], "actor network")
        + charts.legend(hollow=False, kinds=True)
    )


def _actor_cell(a: dict) -> str:
    other_names = ", ".join(x for x in a["aliases"] if x != a["name"])[:200]
    also = f'<br><span class="muted">also: {esc(other_names)}</span>' if other_names else ""
    return f'<span id="{anchor("actor", a["entity_id"])}"><b>{esc(a["name"])}</b></span>{also}'


def _actors(actors: list[dict], total: int, everyone: int) -> str:
    """The named actors, most mentioned first; the common nouns ("government", "ministers") are
    counted and left to the export."""
    rows = [
        [
            _actor_cell(a),
            " · ".join(esc(x) for x in (a["kind"], a["country"], a["sector"]) if x),
            esc(a["role"] or "") + (f' <span class="muted">({esc(a["role_date"])})</span>' if a["role_date"] else ""),
            f"{a['mentions']} in {a['articles']}",
            f"{a['as_actor']} / {a['as_recipient']}",
        ]
        for a in actors
    ]
    return (
        '<h2 id="actors">Actors</h2>'
        + (
            f'<p class="muted">Named actors, most mentioned first; {everyone - total:,} common nouns '
            "(“government”, “ministers”) are left out here and kept in the export.</p>"
            if everyone > total
            else ""
        )
        + table(["actor", "kind", "role (as of)", "mentions in articles", "events as actor / recipient"], rows)
        + more(len(actors), total, "actors")
    )
