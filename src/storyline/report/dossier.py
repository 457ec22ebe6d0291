"""The dossier an analyst reads after a run: the corpus, its actors, a dyad's timeline, who said what.

Presentation only: everything shown comes from the store's export rows.
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from ..store import Store
from ..store.export import rows

QUAD = {1: "verbal coop", 2: "material coop", 3: "verbal conflict", 4: "material conflict"}


def when_text(value: str | None, precision: str | None) -> str:
    """A date at its precision: a month is 2023-09, a year 2023, none '?'."""
    if not value:
        return "?"
    return value[:4] if precision == "year" else value[:7] if precision == "month" else value[:10]


def _story(console: Console, story_id: str, stories: list, events: list, conflicts: list, limit: int) -> dict:
    """One story: what it is, its sources, its summary with citations, its timeline and conflicts."""
    found = [s for s in stories if s["story_id"] == story_id]
    if not found:
        raise ValueError(f"no story {story_id!r} in this store (see: storyline export --what stories)")
    s = found[0]
    console.rule(f"[bold]{s['title'] or story_id}")
    console.print(
        f"{story_id}: {s['articles']} articles ({s['originals']} originals) from "
        f"{', '.join(s['sources']) or 'unnamed sources'}; "
        f"{when_text(s['first_date'], s['first_precision'])} to {when_text(s['last_date'], s['last_precision'])}"
    )
    if s["key_actors"]:
        console.print("key actors: " + ", ".join(s["key_actors"]))
    for line in s["summary"]:
        console.print(escape(f"  - {line['sentence']}  [{line['article_id']}, sentence {line['sentence_index']}]"))
    timeline = [e for e in events if e["story_id"] == story_id and e["date"]]  # in the export's date order
    shown = min(len(timeline), limit * 2)
    table = Table(
        title=f"Timeline: {len(timeline)} events by the date each happened"
        + (f" (first {shown}; --limit for more)" if shown < len(timeline) else ""),
        header_style="bold",
    )
    for col in ("date", "type", "who -> whom", "sources", "evidence"):
        table.add_column(col, overflow="fold")
    for e in timeline[: limit * 2]:
        who = (
            f"{', '.join(x or '?' for x in e['actor']) or '?'} -> {', '.join(x or '?' for x in e['recipient']) or '?'}"
        )
        table.add_row(
            when_text(e["date"], e["date_precision"]),
            e["type"],
            who,
            str(e["num_sources"]),
            escape(f"{e['mention_sentence'][:160]} [{e['mention_article_id']}]"),
        )
    console.print(table)
    mine = [c for c in conflicts if c["story_id"] == story_id]
    for c in mine:
        console.print(f"[bold]{c['kind']}[/bold]: " + escape(f"{c['attribute']} of {c['about']}"))
        for v in c["values"]:
            ev = v["evidence"][0]
            said = "; ".join(v["text"])
            console.print(
                escape(f"  {v['value']:>8}  {said!r} in {', '.join(v['article_ids'])}: {ev['sentence'][:160]}")
            )
    return {"story": story_id, "events": len(timeline), "conflicts": len(mine)}


class UnknownActor(ValueError):
    """A --dyad side that names no actor of the store."""


def resolve_side(store: Store, side: str) -> tuple[str, set[str], str | None]:
    """What one --dyad side means: (label, canonical names, country code). A country code and the
    country's name resolve alike ("RUS" and "Russia" are the same side, and both take in Russia's
    people and institutions); a person or organisation is itself. Unknown is an error."""
    text = side.strip()
    code = text.upper() if len(text) == 3 and text.isalpha() else None
    if code:
        row = store.query("SELECT name FROM entities WHERE entity_id = ?", [f"country:{code}"]).fetchone()
        has = store.query("SELECT count(*) FROM entities WHERE country = ?", [code]).fetchone()[0]
        if row or has:
            name = row[0] if row else code
            return f"{name} ({code})", {name}, code
    rows = store.query(
        "SELECT entity_id, name, kind FROM entities WHERE lower(name) = lower(?) "
        "OR list_contains(from_json(coalesce(aliases, '[]'), '[\"VARCHAR\"]'), ?) "
        "ORDER BY (lower(name) = lower(?)) DESC, mentions DESC LIMIT 1",
        [text, text, text],
    ).fetchall()
    if not rows:
        raise UnknownActor(
            f"no actor {side!r} in this store: give a name as the dossier's Actors table shows it, "
            "or a three-letter country code (RUS, PRK)"
        )
    entity_id, name, kind = rows[0]
    if kind == "country" and entity_id.startswith("country:"):
        code = entity_id.split(":", 1)[1]
        return f"{name} ({code})", {name}, code
    return name, {name}, None


def _side(parties: list[str | None], countries: list[str | None], names: set[str], code: str | None) -> bool:
    return any((n in names) or (code is not None and c == code) for n, c in zip(parties, countries))


def dossier(
    db: str,
    dyad: list[str] | None = None,
    limit: int = 25,
    console: Console | None = None,
    story: str | None = None,
) -> dict[str, Any]:
    """Print the dossier; return its numbers (for tests and scripts)."""
    # piped or redirected output keeps whole table lines instead of folding at 80 columns
    console = console or Console(highlight=False, width=None if sys.stdout.isatty() else 200)
    with Store(db, read_only=True) as store:
        sides = [resolve_side(store, side) for side in dyad] if dyad else None
        articles = list(rows(store, "articles"))
        entities = list(rows(store, "entities"))
        mentions = list(rows(store, "mentions"))
        events = list(rows(store, "events"))
        quotes = list(rows(store, "quotes"))
        problems = list(rows(store, "problems"))
        stories = list(rows(store, "stories"))
        conflicts = list(rows(store, "conflicts"))
    if story:
        return _story(console, story, stories, events, conflicts, limit)
    out: dict[str, Any] = {"articles": len(articles), "mentions": len(mentions), "quotes": len(quotes)}
    dated = sorted(
        (a["published"], a["published_precision"]) for a in articles if a["published"] and a["published_precision"]
    )
    langs = Counter(a["language"] or "?" for a in articles)
    console.rule("[bold]storyline dossier")
    console.print(
        f"{len(articles)} articles from {len({a['source'] for a in articles if a['source']})} sources"
        + (f", dated {when_text(*dated[0])} to {when_text(*dated[-1])}" if dated else "")
        + f"; languages: {', '.join(f'{k} {v}' for k, v in langs.most_common())}"
    )
    undated = sum(1 for a in articles if not a["published"])
    if undated:
        console.print(f"{undated} article(s) without a trustworthy date (published_precision unknown)")
    if problems:
        by = Counter(p["reason"] for p in problems)
        console.print(f"{len(problems)} problem(s): " + ", ".join(f"{k} {v}" for k, v in by.most_common()))

    table = Table(title="Actors", show_lines=False, header_style="bold")
    for col in ("actor", "kind", "country", "sector", "role", "mentions", "articles"):
        table.add_column(col)
    for e in [e for e in entities if e["kind"] != "place"][:limit]:
        table.add_row(
            e["name"],
            e["kind"] or "",
            e["country"] or "",
            e["sector"] or "",
            e["role"] or "",
            str(e["mentions"]),
            str(e["articles"]),
        )
    console.print(table)

    if sides:
        (a, a_names, a_code), (b, b_names, b_code) = sides

        def between(m: dict, x: tuple, y: tuple) -> bool:
            return _side(m["actor"], m["actor_country"], *x) and _side(m["recipient"], m["recipient_country"], *y)

        picked = [
            m
            for m in events
            if between(m, (a_names, a_code), (b_names, b_code)) or between(m, (b_names, b_code), (a_names, a_code))
        ]
        picked = [m for m in picked if m["date"]] + [m for m in picked if not m["date"]]  # export's date order
        out["dyad_events"] = len(picked)
        undated_events = sum(1 for m in picked if not m["date"])
        if picked and undated_events * 2 > len(picked):
            console.print(
                f"[bold]note:[/bold] {undated_events} of {len(picked)} events between them have no date; "
                "they are listed last"
            )
        out["dyad_mentions"] = sum(m["num_mentions"] for m in picked)
        table = Table(
            title=f"Timeline: {a} <-> {b} ({len(picked)} events, {out['dyad_mentions']} mentions; "
            "by the date each happened)",
            header_style="bold",
        )
        for col in ("date", "type", "who -> whom", "sources", "evidence", "article"):
            table.add_column(col, overflow="fold")
        for m in picked[: limit * 2]:
            actor = ", ".join(x or "?" for x in m["actor"]) or "?"
            who = f"{actor} -> {', '.join(x or '?' for x in m['recipient']) or '?'}"
            kind = m["type"] + (f"/{m['mention_mode']}" if m["mention_mode"] else "")
            table.add_row(
                when_text(m["date"], m["date_precision"]),
                kind,
                who,
                str(m["num_sources"]),
                f"{m['mention_trigger']}: {m['mention_sentence'][:140]}",
                m["mention_article_id"],
            )
        console.print(table)
        months: dict[str, Counter] = defaultdict(Counter)
        for m in picked:
            if m["date"]:
                months[m["date"][:7]][m["mention_quad_class"]] += 1
        if months:
            table = Table(title="By month: cooperation and conflict", header_style="bold")
            table.add_column("month")
            for q in QUAD.values():
                table.add_column(q, justify="right")
            for month in sorted(months):
                table.add_row(month, *(str(months[month][q]) for q in QUAD))
            console.print(table)
        types = Counter(m["type"] for m in picked)
        out["dyad_types"] = dict(types)
        speakers = {x for m in picked for x in (*m["actor"], *m["recipient"]) if x}
        said = [q for q in quotes if q["speaker"] in speakers]
    else:
        said = quotes
    if said:
        table = Table(title="Who said what", header_style="bold")
        table.add_column("speaker")
        table.add_column("quote", overflow="fold")
        table.add_column("article")
        for q in said[:limit]:
            table.add_row(q["speaker"] or "?", q["text"][:220], q["article_id"])
        console.print(table)
    return out
