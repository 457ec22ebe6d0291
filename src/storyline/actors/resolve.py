"""Canonical actors across the corpus: the corpus stage that turns per-article keys into entities.

Inside an article, mentions.py already links "Lavrov" to "Sergei Lavrov". Across articles the
same person is spelled differently ("Sergey Lavrov"), or only by surname. Here person keys that
share a surname and have similar first names merge, and a bare surname joins the one full name
that carries it (when exactly one does). Each entity takes its attributes by majority over its
mentions, and its latest role with the date and sentence that gave it.

Mentions are aggregated per key in the database (store.key_stats), so memory grows with the number
of distinct actors, not with the number of mentions.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from ..store import Store


@dataclass(slots=True)
class _Agg:
    kind: str
    mentions: int = 0
    articles: int = 0
    names: Counter = field(default_factory=Counter)
    countries: Counter = field(default_factory=Counter)
    sectors: Counter = field(default_factory=Counter)
    role: tuple | None = None  # (date, role, article, sentence)
    name: str | None = None


def _similar_first(a: str, b: str) -> bool:
    """Transliteration variants and initials: Sergei/Sergey, Mohammed/Muhammad, V./Vladimir."""
    if a == b:
        return True
    if len(a) <= 2 or len(b) <= 2:
        return a[0] == b[0]
    return a[0] == b[0] and SequenceMatcher(None, a, b).ratio() >= 0.75


def merge_people(keys: dict[str, _Agg]) -> dict[str, str]:
    """Map person keys onto the key that stands for the same person."""
    people = [k for k in keys if k.startswith("person:")]
    full = [k for k in people if len(k[7:].split()) >= 2]
    canon: dict[str, str] = {k: k for k in keys}
    # full names: same surname, similar first name -> the most mentioned spelling
    by_surname: dict[str, list[str]] = {}
    for k in full:
        by_surname.setdefault(k[7:].split()[-1], []).append(k)
    for group in by_surname.values():
        group.sort(key=lambda k: -keys[k].mentions)
        for i, k in enumerate(group):
            if canon[k] != k:
                continue
            first = k[7:].split()[0]
            for other in group[i + 1 :]:
                if (
                    canon[other] == other
                    and _similar_first(first, other[7:].split()[0])
                    and len(k[7:].split()) == len(other[7:].split())
                ):
                    canon[other] = k
    # a bare name joins the single full name that ends (or, for East Asian names, starts) with it
    heads = {canon[k] for k in full}
    for k in people:
        words = k[7:].split()
        if len(words) != 1:
            continue
        match = {h for h in heads if h[7:].split()[-1] == words[0]} or {
            h for h in heads if h[7:].split()[0] == words[0]
        }
        if len(match) == 1:
            canon[k] = match.pop()
    return canon


def resolve_corpus(store: Store) -> int:
    """Rebuild the entities and actor_keys tables from every mention; return the entity count."""
    aggs: dict[str, _Agg] = {}
    for (
        key,
        kind,
        mentions,
        articles,
        country,
        sector,
        role,
        role_date,
        role_article,
        role_sentence,
        names,
    ) in store.key_stats():
        agg = _Agg(kind or "other", mentions, articles)
        agg.names.update({n: mentions / max(1, len(names)) for n in names or []})
        if names:
            agg.names[names[0]] += 1  # the most used spelling stays first
        if country:
            agg.countries[country] += mentions
        if sector:
            agg.sectors[sector] += mentions
        if role:
            agg.role = (role_date, role, role_article, role_sentence)
        aggs[key] = agg
    canon = merge_people(aggs)
    merged: dict[str, _Agg] = {}
    for key, agg in aggs.items():
        head = canon.get(key, key)
        target = merged.get(head)
        if target is None:
            target = merged[head] = _Agg(agg.kind)
        target.mentions += agg.mentions
        target.articles += agg.articles
        target.names.update(agg.names)
        target.countries.update(agg.countries)
        target.sectors.update(agg.sectors)
        if agg.role and (target.role is None or _later(agg.role[0], target.role[0])):
            target.role = agg.role
        if key == head:
            target.name = _display(key, agg)
    rows = []
    for key, agg in merged.items():
        role = agg.role
        rows.append(
            {
                "entity_id": key,
                "name": agg.name or _display(key, agg),
                "kind": agg.kind,
                "country": agg.countries.most_common(1)[0][0]
                if agg.countries
                else (key[8:] if key.startswith("country:") else None),
                "sector": agg.sectors.most_common(1)[0][0] if agg.sectors else None,
                "role": role[1] if role else None,
                "role_date": role[0] if role else None,
                "role_article": role[2] if role else None,
                "role_sentence": role[3] if role else None,
                "aliases": json.dumps([n for n, _ in agg.names.most_common(12)], ensure_ascii=False),
                "mentions": agg.mentions,
                "articles": agg.articles,
            }
        )
    store.replace_entities(rows, {k: canon.get(k, k) for k in aggs})
    store.recount_entity_articles()
    return len(rows)


def _later(a, b) -> bool:
    return b is None or (a is not None and a >= b)


def _display(key: str, agg: _Agg) -> str:
    """The name to show: the longest common spelling for people, else the most common one."""
    if key.startswith("person:"):
        names = [n for n, c in agg.names.most_common() if len(n.split()) >= 2]
        if names:
            return names[0]
    if key.startswith(("country:", "group:", "role:")) and agg.names:
        return _from_key(key, agg)
    return agg.names.most_common(1)[0][0] if agg.names else key.split(":", 1)[-1]


def _from_key(key: str, agg: _Agg) -> str:
    from .gazetteer import load
    from .mentions import SECTOR_NAMES

    g = load()
    parts = key.split(":")
    if parts[0] == "country":
        return g.country_names.get(parts[1], parts[1])
    if parts[0] == "group" and len(parts) >= 3 and parts[1] != "-":
        return f"{g.country_names.get(parts[1], parts[1])} {SECTOR_NAMES.get(parts[2], parts[2])}"
    if parts[0] == "role" and parts[1] != "-":
        return f"{g.country_names.get(parts[1], parts[1])} {parts[2]}"
    return agg.names.most_common(1)[0][0]
