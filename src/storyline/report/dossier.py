"""The dossier an analyst reads after a run: the corpus, its actors, a dyad's timeline, who said what.

Presentation only: everything shown comes from the store's export rows.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from rich.console import Console
from rich.table import Table

from ..store import Store
from ..store.export import rows

QUAD = {1: "verbal coop", 2: "material coop", 3: "verbal conflict", 4: "material conflict"}


def _matches(side: str, name: str | None, country: str | None, key_country: str | None) -> bool:
    side_low = side.lower()
    if len(side) == 3 and side.isalpha() and side.isupper():
        return side in (country, key_country)
    return bool(name and side_low in name.lower())


def _side(parties: list[str | None], countries: list[str | None], side: str) -> bool:
    return any(_matches(side, n, c, None) for n, c in zip(parties, countries))


def dossier(db: str, dyad: list[str] | None = None, limit: int = 25, console: Console | None = None) -> dict[str, Any]:
    """Print the dossier; return its numbers (for tests and scripts)."""
    console = console or Console(highlight=False)
    with Store(db, read_only=True) as store:
        articles = list(rows(store, "articles"))
        entities = list(rows(store, "entities"))
        mentions = list(rows(store, "mentions"))
        quotes = list(rows(store, "quotes"))
        problems = list(rows(store, "problems"))
    out: dict[str, Any] = {"articles": len(articles), "mentions": len(mentions), "quotes": len(quotes)}
    dated = sorted(a["published"] for a in articles if a["published"])
    langs = Counter(a["language"] or "?" for a in articles)
    console.rule("[bold]storyline dossier")
    console.print(
        f"{len(articles)} articles from {len({a['source'] for a in articles if a['source']})} sources"
        + (f", dated {dated[0]} to {dated[-1]}" if dated else "")
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

    if dyad:
        a, b = dyad
        picked = [
            m
            for m in mentions
            if (_side(m["actor"], m["actor_country"], a) and _side(m["recipient"], m["recipient_country"], b))
            or (_side(m["actor"], m["actor_country"], b) and _side(m["recipient"], m["recipient_country"], a))
        ]
        picked.sort(key=lambda m: (m["date"] or "9999", m["article_id"], m["sentence_index"]))
        out["dyad_events"] = len(picked)
        table = Table(title=f"Timeline: {a} <-> {b} ({len(picked)} event mentions)", header_style="bold")
        for col in ("date", "type", "who -> whom", "status", "evidence", "article"):
            table.add_column(col, overflow="fold")
        for m in picked[: limit * 2]:
            when = f"{m['date'] or '?'} ({m['date_precision']})" if m["date"] else "?"
            actor = ", ".join(x or "?" for x in m["actor"]) or "?"
            who = f"{actor} -> {', '.join(x or '?' for x in m['recipient']) or '?'}"
            kind = m["type"] + (f"/{m['mode']}" if m["mode"] else "")
            said = f" [{m['attributed_to']}]" if m["attributed_to"] else ""
            table.add_row(when, kind, who, m["status"], f"{m['trigger']}: {m['sentence'][:140]}{said}", m["article_id"])
        console.print(table)
        months: dict[str, Counter] = defaultdict(Counter)
        for m in picked:
            if m["date"]:
                months[m["date"][:7]][m["quad_class"]] += 1
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
