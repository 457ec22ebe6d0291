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

import yaml

from .gazetteer import Gazetteer, Known, _norm, add_known, load

KINDS = ("person", "org", "group", "country")


def read_entries(path: str | Path) -> list[dict]:
    """The entries of one dictionary file, validated; raises ValueError with the file and entry."""
    path = Path(path)
    text = path.read_text("utf-8")
    if path.suffix.lower() in (".csv", ".tsv"):
        rows = list(csv.DictReader(text.splitlines(), delimiter="\t" if path.suffix.lower() == ".tsv" else ","))
        entries = [
            {**r, "aliases": [a.strip() for a in (r.get("aliases") or "").split("|") if a.strip()]} for r in rows
        ]
    else:
        entries = yaml.safe_load(text) or []
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
    g._phrases = None  # the name index is rebuilt with the user's names
    for e in entries:
        aliases = [str(a) for a in e.get("aliases") or []]
        country = (e.get("country") or "").strip().upper() or None
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
        )
        add_known(g, actor, aliases)
    return g


@lru_cache(maxsize=8)
def gazetteer_with(files: tuple[str, ...]) -> Gazetteer:
    """The built-in gazetteer extended by the given dictionary files (cached per process)."""
    g = load()
    for f in files:
        g = apply(g, read_entries(f))
    return g
