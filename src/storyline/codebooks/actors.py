"""TABARI/PETRARCH actor and agent dictionaries, read into storyline's actor entries.

An actor record is a primary phrase with an optional code, synonym lines starting with "+", and
date-restricted codes on indented lines (or, in older TABARI files, on the primary line):

    HAMID_KARZAI_  [AFGMIL]
    +KARZAI_
        [AFGELI 920101-011222]
        [AFGGOV >011222]

An agent record names a generic agent by a noun and its sector ("~" before the code appends it
to the actor's country code), with an irregular or null plural in braces:

    POLICE {} [~COP]
    FOREIGN_MINISTER [~GOVFRM]

Dates are YYMMDD or YYYYMMDD; "<d" means up to d, ">d" from d, "d1-d2" between, all inclusive.
"""

from __future__ import annotations

import re
from datetime import date

from ..errors import DataFileError
from . import _strip_comments
from .cameo import actor_code

_BRACKET = re.compile(r"\[([^\]]*)\]")
_BRACES = re.compile(r"\{([^}]*)\}")


def phrase(raw: str) -> str:
    """ "HAMID_KARZAI_" -> "HAMID KARZAI": underscores are spaces, the trailing one ends the name."""
    return re.sub(r"\s+", " ", raw.replace("_", " ")).strip()


def display(name: str) -> str:
    """A dictionary's upper-case name as news writes it: "HAMID KARZAI" -> "Hamid Karzai"; short
    acronyms ("UN", "EU") and dotted ones ("U.N.") stay as they are."""
    words = []
    for n, w in enumerate(name.split()):
        if n and w.lower() in PARTICLES:
            words.append(w.lower())  # "ANNA OF ARENDELLE" -> "Anna of Arendelle"
            continue
        keep = (len(w) <= 3 and w.isupper()) or "." in w or not w.isupper()
        words.append(w if keep else "-".join(p.capitalize() for p in w.lower().split("-")))
    return " ".join(words)


# small words that stay lower case inside a name
PARTICLES = {"of", "the", "and", "for", "de", "del", "la", "le", "al", "el", "bin", "von", "van", "da", "du", "des"}


def parse_date(text: str) -> date:
    """YYMMDD or YYYYMMDD; two-digit years below 40 are 20xx, as in the CAMEO dictionaries."""
    text = text.strip()
    if len(text) == 6:
        yy = int(text[:2])
        text = f"{2000 + yy if yy < 40 else 1900 + yy}{text[2:]}"
    return date(int(text[:4]), int(text[4:6]), int(text[6:8]))


def restriction(body: str) -> tuple[str, date | None, date | None]:
    """ "USAGOV 090120-170120" -> ("USAGOV", 2009-01-20, 2017-01-20); "AFGELI" -> ("AFGELI", None, None)."""
    parts = body.split()
    code = parts[0] if parts else ""
    when = "".join(parts[1:])
    if not when:
        return code, None, None
    if when.startswith("<"):
        return code, None, parse_date(when[1:])
    if when.startswith(">"):
        return code, parse_date(when[1:]), None
    lo, _, hi = when.partition("-")
    return code, parse_date(lo), parse_date(hi) if hi else None


def read_actors(text: str, source: str, is_country, country_of) -> list[dict]:
    """Entries of a TABARI/PETRARCH actor dictionary. `is_country(iso3)` says whether a code's
    first three letters are a real country code; `country_of(name)` is the gazetteer's ISO code
    for a name (so that "AFGHANISTAN_ [AFG]" adds names to Afghanistan, while "ARENDELLE_ [ARE]"
    in a user's own codebook stays Arendelle, never the country that happens to share the code)."""
    records: list[dict] = []
    current: dict | None = None
    for n, raw in enumerate(_strip_comments(text).splitlines(), 1):
        if not raw.strip():
            continue
        line = raw.strip()
        indented = raw[:1] in (" ", "\t")
        if line.startswith("+") and current is not None:
            current["aliases"].append(phrase(_BRACKET.sub("", line[1:])))
            continue
        if line.startswith("[") and (indented or current is not None) and current is not None:
            current["codes"].extend(restriction(b) for b in _BRACKET.findall(line))
            continue
        name = phrase(_BRACES.sub("", _BRACKET.sub("", line)))
        if not name:
            raise DataFileError(source, f"line {n}", f"no name before the code: {line!r}")
        current = {"name": name, "aliases": [], "codes": [restriction(b) for b in _BRACKET.findall(line)], "line": n}
        records.append(current)
    return [_entry(r, is_country, country_of) for r in records if r["codes"]]


def _entry(record: dict, is_country, country_of) -> dict:
    default = next((c for c, lo, hi in record["codes"] if lo is None and hi is None), None)
    dated = [
        {"code": c, "from": lo, "to": hi, **dict(zip(("country", "sector"), actor_code(c, is_country), strict=True))}
        for c, lo, hi in record["codes"]
        if lo is not None or hi is not None
    ]
    code = default or (dated[-1]["code"] if dated else "")
    country, sector = actor_code(code, is_country)
    name = display(record["name"])
    names = [record["name"], *record["aliases"]]
    if len(code) == 3 and not dated and country and any(country_of(x) == country for x in names):
        # a country's own record: its names become names of that country
        return {"name": country, "aliases": [display(x) for x in names], "kind": "country", "code": code}
    return {
        "name": name,
        "aliases": [display(x) for x in record["aliases"]],
        "kind": "person" if dated else "org",
        "country": country,
        "sector": sector,
        "code": code if default else None,
        "dated": dated,
    }


def read_agents(text: str, source: str) -> list[dict]:
    """Entries of an agent dictionary: generic agent nouns ("police", "foreign minister") and sectors."""
    subs: dict[str, list[str]] = {}
    entries = []
    for n, raw in enumerate(_strip_comments(text).splitlines(), 1):
        line = raw.strip()
        if not line:
            continue
        m = re.match(r"^(![A-Z0-9_]+!)\s*=\s*(.+)$", line)
        if m:  # "!PERSON! = MAN, MEN, WOMAN": a substitution set
            subs[m.group(1)] = [w.strip() for w in m.group(2).split(",") if w.strip()]
            continue
        codes = _BRACKET.findall(line)
        if not codes:
            raise DataFileError(source, f"line {n}", f"an agent needs a [~CODE]: {line!r}")
        plural = _BRACES.search(line)
        head = line[: min(i for i in (line.find("{"), line.find("[")) if i >= 0)].strip()
        forms = [head]
        for marker, values in subs.items():
            if marker in head:
                forms = [head.replace(marker, v) for v in values]
                plural = None  # a substitution lists every form itself
                break
        code = codes[0].strip().replace("~", "")
        for form in forms:
            singular = phrase(form)
            aliases = []
            if plural is not None:
                aliases += [phrase(p) for p in plural.group(1).split() if p.strip()]  # "{}": no plural
            elif not form.endswith("_") and not any(m in head for m in subs):
                aliases.append(_plural(singular))
            entries.append(
                {"name": singular.lower(), "aliases": [a.lower() for a in aliases], "kind": "agent", "sector": code[:3]}
            )
    return entries


def _plural(word: str) -> str:
    """Regular plurals as the CAMEO dictionaries make them: +S, Y -> IES, SS -> SSES."""
    if word.endswith("SS") or word.endswith("ss"):
        return word + ("ES" if word.isupper() else "es")
    if word[-1:] in "Yy" and word[-2:-1].lower() not in "aeiou":
        return word[:-1] + ("IES" if word.isupper() else "ies")
    return word + ("S" if word.isupper() else "s")
