"""Dates by cross-reference: an undated article dated by the events it shares with the pile.

News dates its events against other events as often as against the calendar: "after the
minister's trip to Ankara in March", "the deal the two presidents signed last month", "a week
after the summit came the envoy's visit". Each names an event the rest of the pile may have dated.
This stage finds that event and takes its date, in three rules:

    month    "in September" with no year in an undated article: the referenced event (same type,
             a shared participant, that month) is dated elsewhere; the event takes its year.
    article  "met last month", "two years ago", "yesterday": the referenced event's date minus
             the offset is the article's own date (no finer than the evidence: month offsets give
             a month, year offsets a year, day offsets a day only from a day).
    after    "a month after X came Y": Y (an event the article reports as its news: dated by the
             article itself, its actor named in the sentence) is X's date plus the offset, and so
             is the article.

A reference matches only events of other articles dated by their own text or by an earlier rule;
every candidate must agree (two different Septembers leave the year unknown). What no evidence
dates stays unknown. An article this stage dates gets `published_from = 'reference'` and the chain
of evidence (sentence, the matched event, its article and that article's date); its events are
re-dated against the new date without being coded again.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from ..events.dates import _MONTH, _NUMBERS, _YEAR, resolve
from ..store import Store
from ..store import actors as actor_queries
from ..store import references as queries
from ..store.references import ReferenceDate
from ..text.dates import MONTHS, NEWS_TIME

ROUNDS = 3  # rules run again while they date something: one dated article can date the next
_OFFSET_AFTER = re.compile(
    r"\b(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few)\s+"
    r"(day|week|month|year)s?\s+(after|before)\b",
    re.I,
)
_RELATIVE = re.compile(
    r"\b(?:(last|past|previous)\s+(month|year)|(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(day|month|year)s?\s+ago|(yesterday))\b",
    re.I,
)
_KINDS_THAT_NAME = ("person", "org", "group")


@dataclass(slots=True)
class Mention:
    """One event mention as this stage reads it."""

    article_id: str
    row: int  # rowid of the events row
    sentence_index: int
    sentence: str
    sentence_start: int
    trigger_start: int
    type: str
    status: str
    date: date | None
    precision: str
    date_text: str | None
    parties: set[str] = field(default_factory=set)  # canonical ids of actors and recipients
    named: set[str] = field(default_factory=set)  # the parties that are people, organisations, groups
    countries: dict[str, str] = field(default_factory=dict)  # party -> its country, where known
    recipients: set[str] = field(default_factory=set)


def _n(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBERS.get(word.lower(), 1)


def _shift(d: date, n: int, unit: str) -> date:
    if unit == "day":
        return d + timedelta(days=n)
    if unit == "week":
        return d + timedelta(days=7 * n)
    if unit == "month":
        total = d.year * 12 + d.month - 1 + n
        return date(total // 12, total % 12 + 1, 1 if d.day == 1 else min(d.day, 28))
    return date(d.year + n, d.month, d.day)


def _precision_after(evidence: str, unit: str) -> str:
    """The finest precision a date shifted by a `unit` offset from `evidence` can claim."""
    order = ["day", "month", "year"]
    by_unit = {"day": "day", "week": "month", "month": "month", "year": "year"}[unit]
    return max(evidence, by_unit, key=order.index)


def _floor(d: date, precision: str) -> date:
    return date(d.year, 1, 1) if precision == "year" else date(d.year, d.month, 1) if precision == "month" else d


def _matches(ref: Mention, known: Mention) -> bool:
    """Is `known` the event `ref` names? Same type; a shared person or organisation (or, when ref
    names no one, every one of its countries); every party of ref found among known's parties, by
    itself or by its country ("Putin and Kim met" is Kim's visit to Russia; "Moon's envoys met Kim"
    is not Kim's meeting with an American); and no recipient that contradicts."""
    if ref.type != known.type or known.status not in ("happened", "ongoing"):
        return False
    if ref.named & known.parties or known.named & ref.parties:
        pass
    elif not (ref.parties and len(ref.parties) >= 2 and ref.parties <= known.parties):
        return False
    known_countries = set(known.countries.values())
    for party in ref.parties:
        if party not in known.parties and ref.countries.get(party) not in known_countries:
            return False
    # no recipient that contradicts: Kim's trip to Russia is not his trip to China
    return not (
        ref.recipients and known.recipients and not (ref.recipients & known.parties or known.recipients & ref.parties)
    )


def _agreed(candidates: list[Mention], precision: str) -> Mention | None:
    """The one date every candidate gives at `precision`; None when they disagree or there are none."""
    if not candidates:
        return None
    values = {_floor(c.date, precision) for c in candidates if c.date}
    if len(values) != 1:
        return None
    return min(candidates, key=lambda c: (c.article_id, c.sentence_index))


def _evidence(ref: Mention, known: Mention, dated: dict[str, tuple]) -> str:
    when = dated.get(known.article_id)
    article_date = f"{when[0].isoformat()[:7] if when[1] == 'month' else when[0]}" if when else "?"
    return (
        f'"{ref.date_text or ""}" in sentence {ref.sentence_index} ("{ref.sentence[:120]}") names the {known.type} '
        f"event of {known.article_id} sentence {known.sentence_index}, dated {known.date} ({known.precision}); "
        f"that article is dated {article_date}"
    )


def date_by_reference(store: Store) -> int:
    """Date undated articles and their events from the events they share with the pile; return how
    many articles got a date."""
    dated_articles = 0
    for _ in range(ROUNDS):
        changed = _one_round(store)
        dated_articles += changed
        if not changed:
            break
    return dated_articles


def _one_round(store: Store) -> int:
    rows = queries.reference_events(store)
    if not rows:
        return 0
    keys = actor_queries.canonical_keys(store)
    undated: dict[str, list[Mention]] = defaultdict(list)
    known_by_type: dict[str, list[Mention]] = defaultdict(list)
    dated: dict[str, tuple] = {}
    for r in rows:
        article_id, when, precision = r.article_id, r.date, r.date_precision
        m = Mention(
            article_id,
            r.row,
            r.sentence_index,
            r.sentence or "",
            r.sentence_start or 0,
            r.trigger_start or 0,
            r.type,
            r.status,
            when,
            precision,
            r.date_text,
        )
        for group, target in ((r.actors, None), (r.recipients, m.recipients)):
            for p in json.loads(group or "[]"):
                ident = keys.get(p.get("key"), p.get("key"))
                if not ident:
                    continue
                m.parties.add(ident)
                if p.get("country"):
                    m.countries[ident] = p["country"]
                elif str(ident).startswith("country:"):
                    m.countries[ident] = str(ident).split(":", 1)[1]
                if target is not None:
                    target.add(ident)
                if str(ident).split(":", 1)[0] in _KINDS_THAT_NAME:
                    m.named.add(ident)
        if r.undated:
            undated[article_id].append(m)
        elif when is not None and precision in ("day", "month"):
            known_by_type[r.type].append(m)
            dated[article_id] = (r.published, r.published_precision)
    article_dates: dict[str, ReferenceDate] = {}
    event_dates: dict[int, ReferenceDate] = {}
    for article_id, mentions in sorted(undated.items()):
        own_dates = _month_rule(mentions, known_by_type, dated, event_dates)
        found = _article_rule(mentions, known_by_type, dated, own_dates) or _after_rule(
            mentions, known_by_type, dated, own_dates, event_dates
        )
        if found:
            article_dates[article_id] = found
    return queries.set_reference_dates(store, article_dates, _with_redated_events(store, article_dates, event_dates))


def _with_redated_events(
    store: Store, article_dates: dict[str, ReferenceDate], event_dates: dict[int, ReferenceDate]
) -> dict[int, ReferenceDate]:
    """The event dates to write: those references found, and every other event of a newly dated
    article re-dated against its article's new date, without coding it again: its own date
    expression resolved against the new date (the same resolver the coder used), else the
    article's date. An event a reference dated keeps that date."""
    out = dict(event_dates)
    for ev in queries.article_events(store, sorted(article_dates)):
        own = event_dates.get(ev.row)
        if own is not None and own.evidence:
            continue  # dated by its own reference
        when, precision = article_dates[ev.article_id].date, article_dates[ev.article_id].precision
        got = resolve(ev.date_text, when, precision, future=ev.status == "planned") if ev.date_text else None
        out[ev.row] = ReferenceDate(
            got.value if got else when,
            got.precision if got else precision,
            None,  # dated by its article (published_evidence holds the chain) or by its own text
        )
    return out


def _others(ref: Mention, known_by_type: dict[str, list[Mention]], local: list[Mention]) -> list[Mention]:
    return [k for k in known_by_type.get(ref.type, []) + local if k.article_id != ref.article_id or k in local]


def _month_rule(
    mentions: list[Mention],
    known_by_type: dict[str, list[Mention]],
    dated: dict[str, tuple],
    event_dates: dict[int, ReferenceDate],
) -> list[Mention]:
    """Year-less months take the year of the matching dated event; returns the mentions it dated."""
    resolved: list[Mention] = []
    for m in mentions:
        text = m.date_text or ""
        month_m = _MONTH.search(text)
        if not month_m or _YEAR.search(text):
            continue
        month = MONTHS[month_m.group(1)[:3].lower()]
        candidates = [k for k in _others(m, known_by_type, []) if k.date and k.date.month == month and _matches(m, k)]
        best = _agreed(candidates, "year")
        if best is None or best.date is None:
            continue
        value = resolve(text, best.date, "month")
        if value is None:
            continue
        m.date, m.precision = date.fromisoformat(value.value), value.precision
        event_dates[m.row] = ReferenceDate(m.date, m.precision, _evidence(m, best, dated))
        resolved.append(m)
    # the other events of a sentence whose date was resolved share it ("her trip to Ankara in March,
    # where she met the president")
    by_sentence = {(m.sentence_index): m for m in resolved}
    for m in mentions:
        source = by_sentence.get(m.sentence_index)
        if source is not None and m not in resolved and m.date_text in (None, source.date_text):
            m.date, m.precision = source.date, source.precision
            event_dates[m.row] = ReferenceDate(m.date, m.precision, event_dates[source.row].evidence)
            resolved.append(m)
    return resolved


def _article_rule(
    mentions: list[Mention], known_by_type: dict[str, list[Mention]], dated: dict[str, tuple], local: list[Mention]
) -> ReferenceDate | None:
    """ "met last month": the referenced event's date minus the offset dates the article."""
    found: set[tuple[date, str]] = set()
    evidence = ""
    for m in mentions:
        rel = _RELATIVE.search(m.date_text or "")
        if not rel:
            continue
        if rel.group(5):
            n, unit = 1, "day"
        elif rel.group(1):
            n, unit = 1, rel.group(2).lower()
        else:
            n, unit = _n(rel.group(3)), rel.group(4).lower()
        candidates = [k for k in _others(m, known_by_type, local) if k is not m and k.date and _matches(m, k)]
        if not candidates:
            continue
        precision = _precision_after(max((k.precision for k in candidates), key=["day", "month"].index), unit)
        best = _agreed(candidates, precision if unit != "day" else "day")
        if best is None or best.date is None:
            continue
        when = _floor(_shift(best.date, n, unit), precision)
        found.add((when, precision))
        evidence = _evidence(m, best, dated) + f"; {rel.group(0)} before the article"
    if len(found) == 1:
        when, precision = found.pop()
        return ReferenceDate(when, precision, evidence)
    return None


def _after_rule(
    mentions: list[Mention],
    known_by_type: dict[str, list[Mention]],
    dated: dict[str, tuple],
    local: list[Mention],
    event_dates: dict[int, ReferenceDate],
) -> ReferenceDate | None:
    """ "A month after X came Y": X dated elsewhere, Y the article's own news."""
    found: set[tuple[date, str]] = set()
    evidence = ""
    for sentence_index in sorted({m.sentence_index for m in mentions}):
        in_sentence = [m for m in mentions if m.sentence_index == sentence_index]
        sentence = in_sentence[0].sentence
        offset = _OFFSET_AFTER.search(sentence)
        if not offset:
            continue
        n, unit = _n(offset.group(1)), offset.group(2).lower()
        sign = 1 if offset.group(3).lower() == "after" else -1
        cut = in_sentence[0].sentence_start + offset.end()
        referenced = [m for m in in_sentence if m.trigger_start >= cut]
        if not referenced:
            continue
        x = min(referenced, key=lambda m: m.trigger_start)
        candidates = [k for k in _others(x, known_by_type, local) if k is not x and k.date and _matches(x, k)]
        if not candidates:
            continue
        precision = _precision_after(max((k.precision for k in candidates), key=["day", "month"].index), unit)
        best = _agreed(candidates, precision)
        if best is None or best.date is None:
            continue
        # Y: the article's news, by an actor this sentence names outside X
        named_here = set().union(*(m.named for m in in_sentence if m is not x)) - x.parties
        news = [
            m
            for m in mentions
            if m is not x
            and m.status in ("happened", "ongoing")
            and (m.date_text is None or NEWS_TIME.search(m.date_text))
            and (m.named & named_here or (not named_here and m.sentence_index <= 2 and m.named - x.parties))
            and not _matches(x, m)
        ]
        if not news:
            continue
        when = _floor(_shift(best.date, sign * n, unit), precision)
        found.add((when, precision))
        evidence = _evidence(x, best, dated) + f"; {offset.group(0)} it came the article's news ({news[0].type})"
        event_dates[x.row] = ReferenceDate(best.date, best.precision, _evidence(x, best, dated))
    if len(found) == 1:
        when, precision = found.pop()
        return ReferenceDate(when, precision, evidence)
    return None
