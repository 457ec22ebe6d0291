"""The dossier an analyst reads after a run: the corpus, its actors, a dyad's timeline, who said what.

Presentation only: everything shown comes from `store/views.py`, each one bounded query, so the
dossier of a 200,000-article store prints in the memory of a 20-article one.
"""

from __future__ import annotations

import sys
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from ..store import Store
from ..store import views as V
from ..text.plural import plural
from .html import sources_said

QUAD = {1: "verbal coop", 2: "material coop", 3: "verbal conflict", 4: "material conflict"}


def when_text(value: str | None, precision: str | None) -> str:
    """A date at its precision: a month is 2023-09, a year 2023, none '?'."""
    if not value or precision == "unknown":
        return "?"
    return value[:4] if precision == "year" else value[:7] if precision == "month" else value[:10]


def _story(console: Console, store: Store, story_id: str, limit: int) -> dict:
    """One story: what it is, its sources, its summary with citations, its timeline and conflicts."""
    s = V.story(store, story_id)
    if s is None:
        raise ValueError(f"no story {story_id!r} in this store (see: storyline export --what stories)")
    console.rule(f"[bold]{s['title'] or story_id}")
    console.print(
        f"{story_id}: {plural(s['articles'], 'article')} ({plural(s['originals'], 'original')}) from "
        f"{', '.join(s['sources']) or 'unnamed sources'}; "
        f"{when_text(s['first_date'], s['first_precision'])} to {when_text(s['last_date'], s['last_precision'])}"
    )
    key_actors = [a["name"] for a in V.story_key_actors(store, story_id, 6)]
    if key_actors:
        console.print("key actors: " + ", ".join(key_actors))
    for line in s["summary"]:
        console.print(escape(f"  - {line['sentence']}  [{line['article_id']}, sentence {line['sentence_index']}]"))
    # the export's date order; fetched one more than shown, to say there are more
    timeline = [e for e in V.events(store, story_id=story_id, limit=limit * 2 + 1) if e["date"]]
    total = V.count_events(store, story_id=story_id, dated=True)
    shown = timeline[: limit * 2]
    table = Table(
        title=f"Timeline: {total} events by the date each happened"
        + (f" (first {len(shown)}; --limit for more)" if len(shown) < total else ""),
        header_style="bold",
    )
    for col in ("date", "type", "who -> whom", "reported by", "evidence"):
        table.add_column(col, overflow="fold")
    for e in shown:
        who = (
            f"{', '.join(x or '?' for x in e['actor']) or '?'} -> {', '.join(x or '?' for x in e['recipient']) or '?'}"
        )
        table.add_row(
            when_text(e["date"], e["date_precision"]),
            e["type"],
            who,
            sources_said(e),
            escape(f"{e['mention_sentence'][:160]} [{e['mention_article_id']}]"),
        )
    console.print(table)
    mine = V.conflicts(store, story_id=story_id, limit=100)
    for c in mine:
        console.print(f"[bold]{c['kind']}[/bold]: " + escape(f"{c['attribute']} of {c['about']}"))
        for v in c["values"]:
            ev = v["evidence"][0]
            said = "; ".join(v["text"])
            console.print(
                escape(f"  {v['value']:>8}  {said!r} in {', '.join(v['article_ids'])}: {ev['sentence'][:160]}")
            )
    return {"story": story_id, "events": total, "conflicts": len(mine)}


class UnknownActor(ValueError):
    """A --dyad side that names no actor of the store."""


def resolve_side(store: Store, side: str) -> tuple[str, list[str], str | None]:
    """What one --dyad side means: (label, actor ids, country code). A country code and the
    country's name resolve alike ("RUS" and "Russia" are the same side, and both take in Russia's
    people and institutions); a person or organisation is itself. Unknown is an error."""
    text = side.strip()
    code = text.upper() if len(text) == 3 and text.isalpha() else None
    if code:
        name, has = V.country(store, code)
        if name or has:
            return f"{name or code} ({code})", [f"country:{code}"], code
    found = V.actor_named(store, text)
    if not found:
        raise UnknownActor(
            f"no actor {side!r} in this store: give a name as the dossier's Actors table shows it, "
            "or a three-letter country code (RUS, PRK)"
        )
    entity_id, name, kind = found["entity_id"], found["name"], found["kind"]
    if kind == "country" and entity_id.startswith("country:"):
        code = entity_id.split(":", 1)[1]
        return f"{name} ({code})", [entity_id], code
    return name, [entity_id], None


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
        if story:
            return _story(console, store, story, limit)
        return _corpus(console, store, sides, limit)


def _corpus(console: Console, store: Store, sides: list | None, limit: int) -> dict[str, Any]:
    o = V.overview(store)
    extra = V.languages_and_outlets(store)
    out: dict[str, Any] = {"articles": o["articles"], "mentions": extra["mentions"], "quotes": o["quotes"]}
    console.rule("[bold]storyline dossier")
    console.print(
        f"{plural(o['articles'], 'article')} from {plural(extra['outlets'], 'source')}"
        + (
            f", dated {when_text(o['first_date'], o['first_precision'])} to "
            f"{when_text(o['last_date'], o['last_precision'])}"
            if o["dated"]
            else ""
        )
        + "; languages: "
        + ", ".join(f"{x['language']} {x['n']}" for x in o["languages"])
    )
    undated = o["articles"] - o["dated"]
    if undated:
        console.print(f"{undated} article(s) without a trustworthy date (published_precision unknown)")
    if o["problem_total"]:
        console.print(
            f"{o['problem_total']} problem(s): " + ", ".join(f"{p['reason']} {p['n']}" for p in o["problems"])
        )

    table = Table(title="Actors", show_lines=False, header_style="bold")
    for col in ("actor", "kind", "country", "sector", "role", "mentions", "articles"):
        table.add_column(col)
    for e in V.actors(store, limit=limit):
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
        (a, a_ids, a_code), (b, b_ids, b_code) = sides
        side_a, side_b = (a_ids, a_code), (b_ids, b_code)
        counts = V.dyad_summary(store, side_a, side_b)
        picked = V.dyad_events(store, side_a, side_b, limit=limit * 2)
        out["dyad_events"] = counts["events"]
        if counts["events"] and counts["undated"] * 2 > counts["events"]:
            console.print(
                f"[bold]note:[/bold] {counts['undated']} of {plural(counts['events'], 'event')} "
                "between them have no date; "
                "they are listed last"
            )
        out["dyad_mentions"] = counts["mentions"]
        table = Table(
            title=f"Timeline: {a} <-> {b} ({plural(counts['events'], 'event')}, "
            f"{plural(counts['mentions'], 'mention')}; "
            "by the date each happened)",
            header_style="bold",
        )
        for col in ("date", "type", "who -> whom", "reported by", "evidence", "article"):
            table.add_column(col, overflow="fold")
        for m in picked:
            actor = ", ".join(x or "?" for x in m["actor"]) or "?"
            who = f"{actor} -> {', '.join(x or '?' for x in m['recipient']) or '?'}"
            kind = m["type"] + (f"/{m['mention_mode']}" if m["mention_mode"] else "")
            table.add_row(
                when_text(m["date"], m["date_precision"]),
                kind,
                who,
                sources_said(m),
                f"{m['mention_trigger']}: {m['mention_sentence'][:140]}",
                m["mention_article_id"],
            )
        console.print(table)
        months: dict[str, dict[int, int]] = {}
        for row in counts["months"]:
            months.setdefault(row["month"], {})[row["quad"]] = row["n"]
        if months:
            table = Table(title="By month: cooperation and conflict", header_style="bold")
            table.add_column("month")
            for q in QUAD.values():
                table.add_column(q, justify="right")
            for month in sorted(months):
                table.add_row(month, *(str(months[month].get(q, 0)) for q in QUAD))
            console.print(table)
        out["dyad_types"] = counts["types"]
        said = V.quotes_of(store, [side_a, side_b], limit=limit)
    else:
        said = V.quotes(store, limit=limit)
    if said:
        table = Table(title="Who said what", header_style="bold")
        table.add_column("speaker")
        table.add_column("quote", overflow="fold")
        table.add_column("article")
        for q in said:
            table.add_row(q["speaker"] or "?", q["text"][:220], q["article_id"])
        console.print(table)
    return out
