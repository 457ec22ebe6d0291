"""Merged events: the mentions of one real-world event, across sentences, articles and outlets.

Ten outlets reporting Lavrov's visit give ten or more event mentions; an analyst counts one event
reported ten times. Mentions are one event when their type is the same, their parties are the same
up to resolution (a person merged across articles by the actors stage; countries of the parties
agree; people named on both sides are not different people), their places do not differ, and their
dates are compatible:

    both dated by the text ("on 12 September")    the same at the coarser precision
    one by the text, one by its report's date     reported on or after the event, within REPORT_LAG_DAYS
    both by their reports' dates                  the same day (day precision; within REPORT_SPREAD_DAYS
                                                  when people are named) or month (month)
    no date at all                                only with mentions of the same story or article

Negated and hypothetical mentions are never merged into what happened; each is its own event.
The merged event's date is the one its texts give (the most common, finest), else its earliest
report's; its confidence rises with independent outlets (copies count under their original): 1 - 0.5 ** sources.

Rebuilt from the store on every run, one block of (type, actor country, recipient country) at a
time, streamed in that order, so memory holds one block, never the corpus.
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
_NAMED = ("person", "org", "group")


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
    named_actors: set[str]
    named_recipients: set[str]
    story_id: str | None
    original: str  # the article it copies, else itself
    source: str | None
    published: date | None


@dataclass(slots=True)
class Cluster:
    members: list[Mention] = field(default_factory=list)

    def accepts(self, m: Mention) -> bool:
        """Parties and place must fit every member; the date must fit the dates the texts give when
        there are any (reports of one event come out on different days), else every report's."""
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


def _parties_compatible(a: Mention, b: Mention) -> bool:
    if a.mode and b.mode and a.mode != b.mode:
        return False  # a summit is not the tour around it
    if a.named_actors and b.named_actors and not a.named_actors & b.named_actors:
        return False
    named_a, named_b = a.named_actors | a.named_recipients, b.named_actors | b.named_recipients
    if len(named_a) >= 2 and len(named_b) >= 2 and named_a != named_b:
        return False  # Kim meeting Putin is not Kim meeting Lavrov
    if a.named_recipients and b.named_recipients and not a.named_recipients & b.named_recipients:
        return False
    return not (a.location and b.location and a.location.lower() != b.location.lower())


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
                for m in cluster.members:
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
            if str(ident).split(":", 1)[0] in _NAMED:
                named.add(ident)
        return every, named

    a, na = idents(r.actors)
    rcp, nr = idents(r.recipients)
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
        r.story_id,
        r.duplicate_of or r.article_id,
        r.source,
        published,
    )


def _cluster(mentions: list[Mention]) -> list[Cluster]:
    """Greedy, in a fixed order (text-dated first, then by date and mention id): each mention joins
    the first event every member of which it is compatible with."""
    mentions.sort(key=lambda m: (not m.explicit, m.date or date.max, m.mention_id))
    clusters: list[Cluster] = []
    for m in mentions:
        if STATUS_RANK.get(m.status, 0) >= STATUS_RANK["hypothetical"]:
            clusters.append(Cluster([m]))
            continue
        for c in clusters:
            if STATUS_RANK.get(c.members[0].status, 0) < STATUS_RANK["hypothetical"] and c.accepts(m):
                c.members.append(m)
                break
        else:
            clusters.append(Cluster([m]))
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
    sources = {m.source or f"article:{m.original}" for m in members}
    articles = sorted({m.article_id for m in members})
    dated_reports = [m for m in members if m.published]
    first_report = (
        min(dated_reports, key=lambda m: (m.precision not in ("day", "month"), m.published, m.article_id))
        if dated_reports
        else best
    )
    stories = Counter(m.story_id for m in members if m.story_id)
    all_background = all(m.background for m in members)
    confidence = 1 - 0.5 ** len(sources)  # independent outlets: two stories of one wire are one voice
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
