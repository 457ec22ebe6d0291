"""Merged events: the mentions of one real-world event, across sentences, articles and outlets.

Ten outlets reporting Lavrov's visit give ten or more event mentions; an analyst counts one event
reported ten times. Mentions are one event when their type is the same, they share a named
participant (every mention of the event names one participant in common, up to resolution: a person
merged across articles by the actors stage, a company, a country; "officials", "the company" or
"government" that no name or country resolves is nobody in particular, so it joins nothing), their
other parties do not contradict each other (people named on both sides are not different people),
their places do not differ, and their dates are compatible:

    both dated by the text ("on 12 September")    the same at the coarser precision
    one by the text, one by its report's date     reported on or after the event, within REPORT_LAG_DAYS
    both by their reports' dates                  the same day (day precision; within REPORT_SPREAD_DAYS
                                                  when people are named) or month (month)
    a year, or no date at all                     only with mentions of the same story or article

A mention that names nobody is its own event: with no one to share, nothing says another article
tells of the same act. Negated, hypothetical and background mentions (named in passing: "after
Kim's trip last month") are never merged either: the export hides them, so an event counted from
them, or joined to another article through them, would count what the analyst cannot see; each
is its own (hidden) event, and a merged event's counts are of asserted mentions only.

Counts: num_sources is the distinct outlets the articles name (copies count under their original);
an article that names no outlet is not a source of its own, since two such articles may well be one
outlet's: they are counted apart, in num_unsourced. The confidence rises with the independent voices
known, 1 - 0.5 ** max(1, num_sources).

The merged event's date is the one its texts give (the most common, finest), else its earliest
report's. Rebuilt from the store on every run, one event type at a time, streamed in that order, so
memory holds one type's mentions, never the corpus; within a type a mention is only compared with
the events that share one of its named participants. Every order is fixed (mention ids break ties),
so the same store gives the same events.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from ..events.dates import resolve
from ..store import Store
from ..store import actors as actor_queries
from ..store import events as queries
from ..store.events import EventMention
from ..text.dates import NEWS_TIME

REPORT_SPREAD_DAYS = 2  # reports dated this far apart may tell of one event of named people
REPORT_LAG_DAYS = 45  # a report names an event it dates only by its own date at most this long after
STATUS_RANK = {"happened": 0, "ongoing": 1, "planned": 2, "hypothetical": 3, "negated": 4}
_PEOPLE = ("person", "org", "group", "role")  # who acts: two such actors that differ are different acts
_PLACES = ("country", "place")


def is_named(ident: str) -> bool:
    """A participant with a name: a person, organisation, country, place, a named group ("Tories"),
    or a group or office of a named country ("group:RUS:GOV", "role:GBR:prime minister"). A role or
    group noun no name or country resolves ("group:-:GOV:government", "role:-:spokesman") is not."""
    kind, _, rest = str(ident).partition(":")
    if kind in ("group", "role"):
        return bool(rest) and not rest.startswith("-")
    return kind in _PEOPLE + _PLACES and bool(rest)


@dataclass(slots=True)
class Mention:
    row: EventMention
    mention_id: str
    article_id: str
    status: str
    background: bool
    date: date | None
    precision: str
    explicit: bool  # dated by its own text or by cross-reference, not by its report's date
    location: str | None
    mode: str | None  # visit, meet, ...: one event has one
    actors: set[str]
    recipients: set[str]
    named_actors: set[str]  # named people, organisations, groups and offices that act
    named_recipients: set[str]
    acting: set[str]  # every named actor, countries and places too
    receiving: set[str]  # every named recipient
    named: set[str]  # acting | receiving: what a join must share
    hidden: bool  # background, hypothetical or negated: never merged, hidden by the export
    story_id: str | None
    original: str  # the article it copies, else itself
    source: str | None
    published: date | None


@dataclass(slots=True)
class Cluster:
    members: list[Mention] = field(default_factory=list)
    shared: set[str] = field(default_factory=set)  # the named participants every member names
    # background mentions of this event in the articles of its members ("Kim's six-day visit" in a
    # story of that visit): linked to it, never counted, listed or joined through
    context: list[Mention] = field(default_factory=list)

    def add(self, m: Mention) -> None:
        self.shared = set(m.named) if not self.members else self.shared & m.named
        self.members.append(m)

    def accepts(self, m: Mention) -> bool:
        """A named participant every member names; parties and place must fit every member; the date
        must fit the dates the texts give when there are any (reports of one event come out on
        different days), else every report's."""
        if not self.shared & m.named:
            return False
        if not all(_parties_compatible(m, other) for other in self.members):
            return False
        texted = [o for o in self.members if o.explicit]
        return all(_dates_compatible(m, other) for other in (texted or self.members))


def event_id(first_mention: str) -> str:
    return "event-" + hashlib.sha1(first_mention.encode("utf-8")).hexdigest()[:12]


def _month(d: date) -> tuple[int, int]:
    return d.year, d.month


def _dates_compatible(a: Mention, b: Mention) -> bool:
    if a.date is None or b.date is None or "unknown" in (a.precision, b.precision):
        return bool(a.story_id and a.story_id == b.story_id) or a.article_id == b.article_id
    coarse = (
        "year" if "year" in (a.precision, b.precision) else "month" if "month" in (a.precision, b.precision) else "day"
    )
    if coarse == "year":  # a year does not make two acts one ("Blair denied it" in 2004): only their story does
        return bool(a.story_id and a.story_id == b.story_id) or a.article_id == b.article_id

    def floor(d: date) -> date:
        return date(d.year, 1, 1) if coarse == "year" else date(d.year, d.month, 1) if coarse == "month" else d

    if a.explicit and b.explicit:
        return floor(a.date) == floor(b.date)
    if a.explicit != b.explicit:
        event, report = (a, b) if a.explicit else (b, a)
        assert event.date is not None and report.date is not None
        lag = (floor(report.date) - floor(event.date)).days
        return 0 <= lag <= REPORT_LAG_DAYS + (31 if coarse == "month" else 0)
    if coarse == "day" and (a.named_actors | a.named_recipients) and (b.named_actors | b.named_recipients):
        # reports a day or two apart tell of one meeting of named people (not of "strikes on Kyiv")
        return abs((a.date - b.date).days) <= REPORT_SPREAD_DAYS
    return floor(a.date) == floor(b.date)


_SYMMETRIC = {("CONSULT", "meet"), ("CONSULT", "talks"), ("CONSULT", None)}  # "Kim met Lavrov" is "Lavrov met Kim"


def _parties_compatible(a: Mention, b: Mention) -> bool:
    if a.mode and b.mode and a.mode != b.mode:
        return False  # a summit is not the tour around it
    if a.location and b.location and a.location.lower() != b.location.lower():
        return False
    if (a.row.type, a.mode or b.mode) in _SYMMETRIC and a.named == b.named:
        return True  # the same people meeting, whoever the sentence puts first
    if a.acting and b.acting and not a.acting & b.acting:
        return False  # Russia's support is not North Korea's
    if a.receiving and b.receiving and not a.receiving & b.receiving:
        return False
    if (a.acting & b.receiving or a.receiving & b.acting) and not a.acting & b.acting:
        return False  # roles reversed: North Korea backing Russia is not Russia backing someone
    if a.named_actors and b.named_actors and not a.named_actors & b.named_actors:
        return False
    people_a, people_b = a.named_actors | a.named_recipients, b.named_actors | b.named_recipients
    # Kim meeting Putin is not Kim meeting Lavrov
    return not (len(people_a) >= 2 and len(people_b) >= 2 and people_a != people_b)


def merge_events(store: Store) -> int:
    """Rebuild merged events from every mention in the store; return how many events there are."""
    keys = actor_queries.canonical_keys(store)
    rows_out: list[dict] = []
    links: dict[str, str] = {}
    total = 0
    with queries.merged_events_writer(store) as write:
        for block in queries.event_blocks(store):
            mentions = [_mention(r, keys) for r in block]
            for cluster in _cluster(mentions):
                row = _event_row(cluster)
                rows_out.append(row)
                for m in cluster.members + cluster.context:
                    links[m.mention_id] = row["event_id"]
            if len(rows_out) >= 5000:
                total += write(rows_out, links)
                rows_out, links = [], {}
        total += write(rows_out, links)
    return total


def _mention(r: EventMention, keys: dict[str, str]) -> Mention:
    status, date_text, published = r.status, r.date_text, r.published
    # dated by its text: a reference found its date, or its expression resolves against the article
    # ("on Thursday" in a month-dated article: within days of the report, so at the report's month)
    explicit = bool(r.date_evidence) or bool(
        date_text
        and (
            resolve(date_text, published, r.article_precision or "unknown", future=status == "planned")
            or (published and NEWS_TIME.search(date_text))
        )
    )

    def idents(raw: str | None) -> tuple[set[str], set[str]]:
        every, named = set(), set()
        for p in json.loads(raw or "[]"):
            ident = keys.get(p.get("key"), p.get("key")) or p.get("country")
            if not ident:
                continue
            every.add(ident)
            if is_named(ident):
                named.add(ident)
        return every, named

    a, named_a = idents(r.actors)
    rcp, named_r = idents(r.recipients)
    na = {x for x in named_a if str(x).split(":", 1)[0] in _PEOPLE}
    nr = {x for x in named_r if str(x).split(":", 1)[0] in _PEOPLE}
    hidden = bool(r.background) or STATUS_RANK.get(status, 0) >= STATUS_RANK["hypothetical"]
    return Mention(
        r,
        r.mention_id,
        r.article_id,
        status,
        bool(r.background),
        r.date,
        r.date_precision or "unknown",
        explicit,
        r.location,
        r.mode,
        a,
        rcp,
        na,
        nr,
        named_a,
        named_r,
        named_a | named_r,
        hidden,
        r.story_id,
        r.duplicate_of or r.article_id,
        r.source,
        published,
    )


def _cluster(mentions: list[Mention]) -> list[Cluster]:
    """Greedy, in a fixed order (text-dated first, then by date and mention id): each mention joins
    the first event (in the order events were opened) that shares one of its named participants and
    every member of which it is compatible with. A mention that names nobody is an event of its own;
    so is a hypothetical or negated one. A background mention is linked, as context, to an event its
    own article reports, else it is an event of its own: it never brings an article to an event."""
    mentions.sort(key=lambda m: (not m.explicit, m.date or date.max, m.mention_id))
    clusters: list[Cluster] = []
    by_participant: dict[str, list[int]] = {}  # named participant -> events every member of which named it

    def candidates(m: Mention) -> list[int]:
        return sorted({i for p in m.named for i in by_participant.get(p, ())})

    for m in mentions:
        if m.hidden:
            continue
        chosen = next((i for i in candidates(m) if clusters[i].accepts(m)), None) if m.named else None
        if chosen is not None:
            clusters[chosen].add(m)  # a join only narrows what is shared: stale entries fail accepts()
            continue
        clusters.append(Cluster())
        clusters[-1].add(m)
        for p in sorted(m.named):
            by_participant.setdefault(p, []).append(len(clusters) - 1)
    for m in mentions:
        if not m.hidden:
            continue
        background = m.background and STATUS_RANK.get(m.status, 0) < STATUS_RANK["hypothetical"]
        own = (
            (i for i in candidates(m) if any(o.article_id == m.article_id for o in clusters[i].members))
            if background and m.named
            else ()
        )
        chosen = next((i for i in own if clusters[i].accepts(m)), None)
        if chosen is not None:
            clusters[chosen].context.append(m)
        else:
            clusters.append(Cluster())
            clusters[-1].add(m)
    return clusters


def _event_row(c: Cluster) -> dict:
    members = sorted(c.members, key=lambda m: m.mention_id)
    texted = [m for m in members if m.explicit and m.date]
    if texted:
        votes = Counter((m.date, m.precision) for m in texted)
        (when, precision), _ = max(
            votes.items(),
            key=lambda kv: (
                kv[1],
                ["year", "month", "day"].index(kv[0][1]) if kv[0][1] in ("year", "month", "day") else -1,
            ),
        )
        date_from = "text"
    else:
        reported = [m for m in members if m.date and m.precision != "unknown"]
        # the earliest report that knows its day or month; a year-only report (2023-01-01) is not early
        first = min(reported, key=lambda m: (m.precision not in ("day", "month"), m.date)) if reported else None
        when, precision = (first.date, first.precision) if first else (None, "unknown")
        date_from = "report" if first else "none"
    best = min(
        members,
        key=lambda m: (m.background, not m.explicit, m.published or date.max, m.row.sentence_index, m.mention_id),
    )
    originals = {m.original for m in members}
    sources = {m.source for m in members if m.source}  # outlets the articles name
    unsourced = {m.original for m in members if not m.source}  # unknown outlets: maybe one, maybe several
    articles = sorted({m.article_id for m in members})
    dated_reports = [m for m in members if m.published]
    first_report = (
        min(dated_reports, key=lambda m: (m.precision not in ("day", "month"), m.published, m.article_id))
        if dated_reports
        else best
    )
    stories = Counter(m.story_id for m in members if m.story_id)
    all_background = all(m.background for m in members)
    # independent voices known: two stories of one wire are one voice, and so may be two of no named outlet
    confidence = 1 - 0.5 ** max(1, len(sources))
    if all_background:
        confidence /= 2
    status = min((m.status for m in members), key=lambda s: STATUS_RANK.get(s, 0))
    return {
        "event_id": event_id(members[0].mention_id),
        "best_mention": best.mention_id,
        "date": when,
        "date_precision": precision,
        "date_from": date_from,
        "status": status,
        "num_mentions": len(members),
        "num_articles": len(articles),
        "num_sources": len(sources),
        "num_unsourced": len(unsourced),
        "num_originals": len(originals),
        "first_seen": first_report.published,
        "first_article": first_report.article_id,
        # the story of its first report: where it was news (later stories name it in passing)
        "story_id": first_report.story_id or (stories.most_common(1)[0][0] if stories else None),
        "confidence": round(confidence, 3),
        "background_only": all_background,
        "article_ids": json.dumps(articles, ensure_ascii=False),
        "mention_ids": json.dumps([m.mention_id for m in members], ensure_ascii=False),
    }
