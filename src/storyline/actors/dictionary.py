"""User actor dictionaries: add actors or override what storyline knows, without touching code.

YAML, a list of entries:

    - name: Sergei Lavrov
      aliases: [Sergey Lavrov, Lavrov]
      kind: person            # person | org | group | country
      country: RUS            # ISO 3166 alpha-3
      sector: GOV             # CAMEO/PLOVER agent type
      role: foreign minister

or CSV with the columns name, aliases (separated by |), kind, country, sector, role.
For kind `country`, `name` must be the ISO code or a known country and `aliases` are new names for it.
"""

from __future__ import annotations

import copy
import csv
from functools import lru_cache
from pathlib import Path

from ..yamlfile import load_yaml
from .gazetteer import Gazetteer, Known, _norm, add_known, load

KINDS = ("person", "org", "group", "country", "agent")


def read_entries(path: str | Path) -> list[dict]:
    """The entries of one dictionary file, validated; raises ValueError with the file and entry.
    The format is told from the content: storyline's YAML or CSV, or a TABARI/PETRARCH actor or
    agent dictionary (see storyline.codebooks)."""
    from ..codebooks import detect
    from ..codebooks.actors import read_actors, read_agents

    path = Path(path)
    text = path.read_text("utf-8", errors="replace")
    kind = detect(text)
    if kind == "petrarch-actors":
        g = load()
        return read_actors(text, str(path), lambda iso: iso in g.country_names, g.country)
    if kind == "petrarch-agents":
        return read_agents(text, str(path))
    if kind == "petrarch-verbs":
        raise ValueError(f"{path}: this is a verb dictionary; give it with --patterns, not --actors")
    if path.suffix.lower() in (".csv", ".tsv") or kind == "csv":
        rows = list(csv.DictReader(text.splitlines(), delimiter="\t" if path.suffix.lower() == ".tsv" else ","))
        entries = [
            {**r, "aliases": [a.strip() for a in (r.get("aliases") or "").split("|") if a.strip()]} for r in rows
        ]
    else:
        entries = load_yaml(text) or []
    if not isinstance(entries, list):
        raise ValueError(f"{path}: an actor dictionary is a list of entries")
    for n, e in enumerate(entries, 1):
        if not isinstance(e, dict) or not e.get("name"):
            raise ValueError(f"{path}: entry {n} has no name")
        kind = (e.get("kind") or "person").strip().lower()
        if kind not in KINDS:
            raise ValueError(f"{path}: entry {n} ({e['name']}) has kind {kind!r}; use one of {', '.join(KINDS)}")
        e["kind"] = kind
    return entries


def apply(g: Gazetteer, entries: list[dict]) -> Gazetteer:
    """A copy of the gazetteer with the entries added (later entries win)."""
    g = copy.copy(g)
    g.known, g.known_exact = dict(g.known), dict(g.known_exact)
    g.countries = dict(g.countries)
    g.groups, g.roles = dict(g.groups), list(g.roles)
    g.forget_phrases()  # the name index is rebuilt with the user's names
    user_keys: set[str] = set()
    for n, e in enumerate(entries):
        aliases = [str(a) for a in e.get("aliases") or []]
        country = (e.get("country") or "").strip().upper() or None
        if e["kind"] == "agent":
            # a generic agent ("police", "foreign minister") names a sector wherever it stands
            sector = (e.get("sector") or "").strip().upper()[:3] or None
            for form in [e["name"], *aliases]:
                g.groups[form.lower()] = sector
                g.roles.append((tuple(form.lower().split()), form.lower(), sector))
            g.roles.sort(key=lambda r: -len(r[0]))
            continue
        if e["kind"] == "country":
            iso = e["name"].strip().upper() if len(e["name"].strip()) == 3 else g.country(e["name"])
            if not iso:
                raise ValueError(f"unknown country {e['name']!r} in actor dictionary")
            for alias in aliases:
                g.countries[_norm(alias)] = iso
            continue
        actor = Known(
            f"{e['kind']}:{_norm(e['name'])}",
            e["name"],
            e["kind"],
            country,
            (e.get("sector") or "").strip().upper() or None,
            (e.get("role") or "").strip() or None,
            (e.get("code") or None),
            tuple(e.get("dated") or ()),
        )
        if actor.key in user_keys:  # a second record under the same name is another actor
            actor.key = f"{actor.key}#{n}"
        for alias in {actor.name, *aliases}:
            # one name for several actors of a codebook keeps them all, to be told apart by date
            earlier = g.known_exact.get(alias) or g.known.get(_norm(alias))
            if earlier is not None and earlier.key != actor.key and earlier.key in user_keys:
                merged = copy.copy(earlier)
                merged.alternatives = (*earlier.alternatives, actor)
                add_known(g, merged, [alias])
            else:
                add_known(g, actor, [alias])
        user_keys.add(actor.key)
    return g


@lru_cache(maxsize=8)
def gazetteer_with(files: tuple[str, ...]) -> Gazetteer:
    """The built-in gazetteer extended by the given dictionary files (cached per process)."""
    g = load()
    for f in files:
        g = apply(g, read_entries(f))
    return g
