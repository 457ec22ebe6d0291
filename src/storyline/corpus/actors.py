"""Canonical actors across the corpus: the corpus stage that turns per-article keys into entities.

Inside an article, mentions.py already links "Lavrov" to "Sergei Lavrov". Across articles the
same person is spelled differently ("Sergey Lavrov"), or only by surname. Here person keys that
share a surname and have similar first names merge (unless their countries differ), and a bare
surname joins the one full name that carries it whose country and role agree with its own. Each
entity takes its attributes by majority over its mentions, and its latest role with the date and
sentence that gave it. Role and group nouns no article resolves ("the leader", "officials") have
keys of their own article (mentions.is_unresolved) and are never entities.

Mentions are aggregated per key in the database (store/actors.py key_stats), so memory grows with the number
of distinct actors, not with the number of mentions. After the first build, a run recomputes only
the actors whose mentions changed.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from ..store import Store
from ..store import actors as queries
from ..store.actors import KeyStat
from . import VERSIONS

BUILT_KEY = "actors_built"  # meta: the version of this stage that built the entities table


@dataclass(slots=True)
class _Agg:
    """The combined statistics of the keys that merge into one person."""

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


def _differ(a: tuple, b: tuple) -> bool:
    """Does a country or role known for both keys differ?"""
    return any(x and y and x != y for x, y in zip(a, b))


def _agree(a: tuple, b: tuple) -> bool:
    """Do two person keys' (country, role) say they are one person across articles: none of them
    differs, and at least one is known for both ("Blair", UK prime minister, and "Tony Blair", UK prime
    minister; not "Blair" with nothing said of him, who may be Tony, Cherie or Ian Blair)."""
    shared = False
    for x, y in zip(a, b):
        if x and y:
            if x != y:
                return False
            shared = True
    return shared


def merge_people(
    keys: dict[str, int], attrs: dict[str, tuple] | None = None, orgs: set[str] = frozenset()
) -> dict[str, str]:
    """Map person keys (with their mention counts) onto the key that stands for the same person.
    `attrs` gives each key's (country, role) as its mentions say them. Spellings of one full name
    merge unless their countries differ; a bare surname joins a full name only where the country and
    role agree (inside one article, mentions.py has already joined them). A bare name with no title
    that is also an organisation's name in `orgs` ("Yukos", read as a person where nothing in its
    article said otherwise) is that organisation."""
    attrs = attrs or {}
    unknown = (None, None)
    people = [k for k in keys if k.startswith("person:")]
    full = [k for k in people if len(k[7:].split()) >= 2]
    canon: dict[str, str] = {k: k for k in keys}
    # full names: same surname, similar first name, no other country -> the most mentioned spelling
    by_surname: dict[str, list[str]] = {}
    for k in sorted(full):
        by_surname.setdefault(k[7:].split()[-1], []).append(k)
    for group in by_surname.values():
        group.sort(key=lambda k: (-keys[k], k))  # ties broken by the key: the same result every run
        for i, k in enumerate(group):
            if canon[k] != k:
                continue
            first = k[7:].split()[0]
            country = attrs.get(k, unknown)[0]
            for other in group[i + 1 :]:
                theirs = attrs.get(other, unknown)[0]
                if (
                    canon[other] == other
                    and _similar_first(first, other[7:].split()[0])
                    and len(k[7:].split()) == len(other[7:].split())
                    and not (country and theirs and country != theirs)
                ):
                    canon[other] = k
    # a bare name joins the one full name ending (or, for East Asian names, starting) with it that agrees
    by_last: dict[str, set[str]] = {}
    by_first: dict[str, set[str]] = {}
    for head in {canon[k] for k in full}:  # indexed by their first and last word: one lookup per bare name
        words = head[7:].split()
        by_last.setdefault(words[-1], set()).add(head)
        by_first.setdefault(words[0], set()).add(head)
    for k in people:
        words = k[7:].split()
        if len(words) != 1:
            continue
        mine = attrs.get(k, unknown)
        if f"org:{words[0]}" in orgs and not mine[1] and words[0] not in by_last and words[0] not in by_first:
            canon[k] = f"org:{words[0]}"
            continue
        match = by_last.get(words[0]) or by_first.get(words[0]) or set()
        agreeing = sorted(h for h in match if _agree(mine, attrs.get(h, unknown)))
        # and it is the most mentioned full name the bare one could be: "Athough Reagan", a slip of
        # one article that happens to carry the title, is not the president of every other article
        possible = [h for h in match if not _differ(mine, attrs.get(h, unknown))]
        if len(agreeing) == 1 and keys[agreeing[0]] >= max(keys[h] for h in possible):
            canon[k] = agreeing[0]
    return canon


def resolve_corpus(store: Store, batch: int = 5000) -> int:
    """Bring the entities and actor_keys tables up to date with the mentions; return the entity count.

    The first run (or a new version of this stage) builds them from every mention. Later runs
    recompute only the actors whose keys changed (queries.actor_changes: mentions added, removed or
    re-dated) and those a changed merge of names moves keys into or out of: adding 1% of articles
    costs about 1% of the first build, plus the name merge, which reads one count per person key.
    The result equals a full rebuild (tests/corpus/test_actors_incremental.py)."""
    people = queries.person_keys(store)
    canon = merge_people(
        {p.key: p.mentions for p in people},
        {p.key: (p.country, p.role) for p in people},
        queries.one_word_orgs(store),
    )
    if store.meta_value(BUILT_KEY) != VERSIONS["actors"]:
        merges = {k: v for k, v in canon.items() if k != v}
        rows = _entity_rows(queries.key_stats(store), canon, set(merges.values()), batch)
        queries.replace_entities(store, rows, merges)
        queries.recount_entity_articles(store)
        store.set_meta_value(BUILT_KEY, VERSIONS["actors"])
        return store.count("entities")
    changed = queries.actor_changes(store)
    if not changed:
        return store.count("entities")
    before = queries.person_key_entities(store)
    heads = {canon.get(k, k) for k in changed} | {before[k] for k in changed if k in before}
    for key in set(canon) | set(before):  # keys a changed merge moves: both their old and new entity
        if canon.get(key, key) != before.get(key, key):
            heads.update((canon.get(key, key), before.get(key, key)))
    keys = sorted(
        {k for k in changed if not k.startswith("person:")}
        | {k for k, head in canon.items() if head in heads}
        | {k for k, head in before.items() if head in heads}
        | heads
    )
    merges = {k: canon[k] for k in keys if canon.get(k, k) != k}
    rows = _entity_rows(queries.key_stats(store, keys), canon, set(merges.values()), batch)
    queries.replace_entities(store, rows, merges, sorted(heads), keys)
    queries.recount_entity_articles(store, sorted(heads))
    return store.count("entities")


def _entity_rows(stats: Iterator[KeyStat], canon: dict[str, str], merged_heads: set[str], batch: int):
    """Entity rows, in batches, from key statistics in key order: a key that merges with others is
    folded into its head's row, every other key is its own entity."""
    groups: dict[str, _Agg] = {}
    rows = []
    for st in stats:
        key, mentions = st.key, st.mentions
        head = canon.get(key, key)
        if head != key or key in merged_heads:
            agg = groups.setdefault(head, _Agg(st.kind or "person"))
            agg.mentions += mentions
            agg.articles += st.articles
            for rank, name in enumerate(st.names or []):
                agg.names[name] += mentions / (rank + 1)
            if st.country:
                agg.countries[st.country] += mentions
            if st.sector:
                agg.sectors[st.sector] += mentions
            if st.role and (agg.role is None or _later(st.role_date, agg.role[0])):
                agg.role = (st.role_date, st.role, st.role_article, st.role_sentence)
            continue
        rows.append(
            _row(
                key,
                st.kind or "other",
                st.names or [],
                st.country,
                st.sector,
                (st.role_date, st.role, st.role_article, st.role_sentence) if st.role else None,
                mentions,
                st.articles,
            )
        )
        if len(rows) >= batch:
            yield rows
            rows = []
    for head, agg in sorted(groups.items()):
        rows.append(
            _row(
                head,
                agg.kind,
                _ranked(agg.names)[:12],
                _ranked(agg.countries)[0] if agg.countries else None,
                _ranked(agg.sectors)[0] if agg.sectors else None,
                agg.role,
                agg.mentions,
                agg.articles,
            )
        )
    yield rows


def _row(key, kind, names, country, sector, role, mentions, articles) -> dict:
    return {
        "entity_id": key,
        "name": _display(key, names),
        "kind": kind,
        "country": country or (key[8:] if key.startswith("country:") else None),
        "sector": sector,
        "role": role[1] if role else None,
        "role_date": role[0] if role else None,
        "role_article": role[2] if role else None,
        "role_sentence": role[3] if role else None,
        "aliases": json.dumps(list(names)[:12], ensure_ascii=False),
        "mentions": mentions,
        "articles": articles,
    }


def _later(a, b) -> bool:
    return a is not None and (b is None or a > b)


def _ranked(counts: Counter) -> list:
    """Most common first, ties in a fixed order (Counter.most_common keeps arrival order)."""
    return [k for k, _ in sorted(counts.items(), key=lambda kv: (-kv[1], str(kv[0])))]


def _display(key: str, names: list[str]) -> str:
    """The name to show: the most used full name for people, the gazetteer's name for countries and
    groups, else the most used spelling."""
    if key.startswith("person:"):
        from ..actors.mentions import HONORIFICS

        # a full name is two names, not a title and a surname ("Mrs Reagan" says which Reagan no better)
        plain = [n for n in names if n.split() and n.split()[0].lower() not in HONORIFICS]
        full = [n for n in plain if len(n.split()) >= 2]
        if full or plain:
            return (full or plain)[0]
        if names and len(names[0].split()) > 1:
            return names[0].split(None, 1)[1]
    if key.startswith(("country:", "group:", "role:")):
        from ..actors.gazetteer import load
        from ..actors.mentions import SECTOR_NAMES

        g = load()
        parts = key.split(":")
        if parts[0] == "country":
            return g.country_names.get(parts[1], parts[1])
        if parts[0] == "group" and len(parts) >= 3 and parts[1] != "-":
            return f"{g.country_names.get(parts[1], parts[1])} {SECTOR_NAMES.get(parts[2], parts[2])}"
        if parts[0] == "role" and parts[1] != "-":
            return f"{g.country_names.get(parts[1], parts[1])} {parts[2]}"
    return names[0] if names else key.split(":", 1)[-1]
