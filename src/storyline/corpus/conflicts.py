"""Contradictions: facts about one story or one event that its independent sources state differently.

Two kinds, each a rule of how news states facts:

    duration   "a two-day journey" / "a six-day visit": the length a text gives to an event trigger,
               compared across the mentions of one merged event (corpus/events.py), in any story;
               and within a story, the length given to a visit, talks or a strike in sentences that
               name the same person ("Kim ... after a five-day visit" / "Kim ... six-day tour"), for
               the events the coder did not code.
    quantity   "300 containers", "killed 15 people": a number counting one noun, compared across the
               independent articles of one story.
    place      one event (same type, manner and named parties, the same day by its texts) placed in
               two places by two sources; spelling variants are one place (SAME_PLACE).
    date       one event (same type, manner, parties and place) dated to days up to DATE_SLIP_DAYS
               apart by two sources.
    actor      one attack (same type, target, day and place) laid at different doors: who did it.

Not conflicts: the same value said two ways ("a thousand" / "1,000"; "nearly 300" / "about 300":
an approximate value matches any within APPROXIMATE of it), copies of one article (counted under
their original), and numbers about different nouns. A larger count in a later article that says the
number rose ("rose to", "climbed to", "has reached", "now") is an update, kept with kind `update`.

Every value keeps its evidence: article, sentence and character offsets in the article's text.
Rebuilt on every run, one story (or event) at a time; a story's texts are read again only when the
story changed.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import re
from collections import defaultdict
from datetime import date
from difflib import SequenceMatcher

from ..store import Store
from ..store import conflicts as queries
from ..store.conflicts import StoryEventFact, StoryText, TriggerContext
from ..text.numbers import NUMBER_WORDS

APPROXIMATE = 0.1  # "about 300" matches values within 10%
SAME_PLACE = 0.75  # spelling similarity at which two place names are one place (Kiev/Kyiv 0.75)
DATE_SLIP_DAYS = 3  # one event dated this many days apart by two sources is a disagreement
AFTER_TRIGGER = 50  # a length given in the event's own clause follows its verb within this many characters
NEAR_CHARS = 50  # a count and its "killed", "arrested" or the event's trigger are this close
LEDE_SENTENCES = 5  # a story's own toll is told in an article's first sentences; later ones recall others
_UNITS = {w: n for w, n in NUMBER_WORDS.items() if w not in ("a", "an")}  # "a" alone is not a count
_SCALE = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
_NUMBER = r"(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|" + "|".join(sorted(_UNITS, key=len, reverse=True)) + r")"
_DURATION = re.compile(_NUMBER + r"[- ](hour|day|week|month|year)(?:s)?(?:[- ]long)?[- ]?\s*$", re.I)
# a length given to an event noun of the mention's sentence: "arrived ... for a five-day visit"
_DURATION_IN_SENTENCE = re.compile(
    r"\b" + _NUMBER + r"[- ](hour|day|week|month|year)(?:s)?(?:[- ]long)?\s+(visit|trip|journey|tour|stay|summit|"
    r"talks|meeting|conference|strike|ceasefire|truce|offensive|operation|exercises?|drills|siege|blockade)\b",
    re.I,
)
_APPROX = re.compile(
    r"\b(about|around|nearly|almost|roughly|some|approximately|over|more than|at least|up to|"
    r"fewer than|less than|close to|an estimated)\s+$",
    re.I,
)
# "Lavrov's two-day visit": a length given to a noun its possessor owns is the possessor's event
_POSSESSOR = re.compile(r"\b([A-Z][\w-]*)['’]s\s+(?:(?:first|latest|last|own|planned|rare|recent)\s+)?$")
_UPDATE = re.compile(r"\b(rose|risen|climbed|increased|grew|jumped|reached|now stands?|has hit|to date)\b", re.I)
# counted nouns worth comparing: people and the physical things news counts
_COUNTED = (
    "people|persons|civilians|soldiers|troops|fighters|militants|police|officers|protesters|demonstrators|"
    "students|workers|children|women|men|migrants|refugees|prisoners|detainees|hostages|journalists|"
    "dead|deaths|casualties|victims|injured|wounded|arrests|missiles|rockets|drones|shells|containers|"
    "vehicles|tanks|aircraft|planes|ships|vessels|homes|houses|buildings|villages|tonnes|tons|barrels"
)
_QUANTITY = re.compile(
    r"(?<![\w.,$€£-])" + _NUMBER + r"(?:\s+(hundred|thousand|million|billion))?\s+"
    r"((?:[a-z]+[- ]){0,2}?)(" + _COUNTED + r")\b",
    re.I,
)
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)")
_PEOPLE = frozenset(
    [
        "people",
        "persons",
        "civilians",
        "soldiers",
        "troops",
        "fighters",
        "militants",
        "police",
        "officers",
        "protesters",
        "demonstrators",
        "students",
        "workers",
        "children",
        "women",
        "men",
        "migrants",
        "refugees",
        "prisoners",
        "detainees",
        "hostages",
        "journalists",
    ]
)
_CASUALTY = re.compile(
    r"\b(kill|dead|death|died|die|injur|wound|hurt|arrest|detain|missing|evacuat|displac|rescued)\w*",
    re.I,
)
_ELSEWHEN = re.compile(
    r"\b(last|previous|past) (week|month|year)\b|\bearlier this (week|month|year)\b|\b(years?|months?) ago\b|"
    r"\b(in|since|of) (19|20)\d\d\b|\b(jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.? \d{1,2}\b",
    re.I,
)
_CASUALTY_KIND = {
    "kill": "killed",
    "dead": "killed",
    "deat": "killed",
    "died": "killed",
    "die": "killed",
    "inju": "injured",
    "woun": "injured",
    "hurt": "injured",
    "arre": "held",
    "deta": "held",
    "miss": "missing",
    "evac": "displaced",
    "disp": "displaced",
    "resc": "rescued",
}


def number(text: str, scale: str | None = None) -> float | None:
    t = text.lower().replace(",", "")
    value: float | None
    if t in _UNITS:
        value = float(_UNITS[t])
    else:
        try:
            value = float(t)
        except ValueError:
            return None
    if scale:
        value *= _SCALE[scale.lower()]
    return value


def same_value(a: tuple[float, bool | str], b: tuple[float, bool | str]) -> bool:
    """Two stated values agree: the ranges they state meet. A plain value is itself; an approximate
    one ("about", "nearly"; True) is within APPROXIMATE of itself; a lower bound ("at least", "more
    than") is itself or more, and two lower bounds never disagree ("at least 25,000" / "more than
    30,000"); an upper bound ("up to", "fewer than") is itself or less."""
    low_a, high_a = _range(*a)
    low_b, high_b = _range(*b)
    return low_a <= high_b and low_b <= high_a


_HEDGE_SHOWN = {False: "", True: " (approx.)", "lower": " (at least)", "upper": " (at most)"}


def _range(value: float, hedge: bool | str) -> tuple[float, float]:
    if hedge == "lower":
        return value * (1 - APPROXIMATE), float("inf")
    if hedge == "upper":
        return 0.0, value * (1 + APPROXIMATE)
    if hedge:
        return value * (1 - APPROXIMATE), value * (1 + APPROXIMATE)
    return value, value


def _hedge(before: str) -> bool | str:
    """How the words before a number hedge it: False (exact), True (about), "lower", "upper"."""
    m = _APPROX.search(before)
    if not m:
        return False
    word = m.group(1).lower()
    if word in ("over", "more than", "at least"):
        return "lower"
    if word in ("up to", "fewer than", "less than"):
        return "upper"
    return True


def conflict_id(*parts: str) -> str:
    return "conflict-" + hashlib.sha1("|".join(parts).encode("utf-8")).hexdigest()[:12]


def find_conflicts(store: Store) -> int:
    """Rebuild the conflicts table; return how many conflicts (updates not counted). What merged
    events say is read again every run (they are rebuilt); the texts of a story only when the story
    changed since they were last read."""
    from . import VERSIONS

    queries.forget_read_stories(store, VERSIONS["conflicts"])
    rows: list[dict] = []
    for event_id, story_id, mentions in queries.event_trigger_contexts(store):
        row = _durations(event_id, story_id, mentions)
        if row:
            rows.append(row)
        # the counts next to the event's own words ("delivered 300 containers"), not elsewhere in a sentence
        near = {
            (m.article_id, m.sentence_start): (
                m.article_id,
                m.original,
                m.source,
                m.published,
                m.sentence,
                m.sentence_start,
                m.trigger_start - m.sentence_start,
                m.precision,
            )
            for m in mentions
            if m.sentence and m.trigger_start is not None
        }
        rows.extend(_quantities(story_id, event_id, list(near.values()), casualties_only=False))
    seen = {(e["article_id"], e["start"]) for r in rows for v in json.loads(r["values"]) for e in v["evidence"]}
    for story_id, articles in queries.story_texts(store):
        sentences = [
            (a.article_id, a.original, a.source, a.published, sm.group(0), sm.start(), None, a.precision)
            for a in articles
            for i, sm in enumerate(_SENTENCE.finditer(a.text or ""))
            if i < LEDE_SENTENCES and _CASUALTY.search(sm.group(0))
        ]
        rows.extend(r for r in _quantities(story_id, None, sentences, casualties_only=True) if not _seen(r, seen))
        row = _story_durations(story_id, articles, seen)
        if row:
            rows.append(row)
    for story_id, events in queries.story_event_facts(store):
        rows.extend(_places_and_dates(story_id, events))
        rows.extend(_who_did_it(story_id, events))
    rows = [_one_outlet_is_an_update(r) for r in _one_per_thing(queries.kept_story_conflicts(store) + rows)]
    queries.replace_conflicts(store, rows)
    return sum(1 for r in rows if r["kind"] == "conflict")


def _one_outlet_is_an_update(row: dict) -> dict:
    """An outlet that states two values has revised its own figure: an update, not a disagreement
    between sources. Articles whose outlet is unknown count as sources of their own."""
    values = json.loads(row["values"])
    outlets = {s.lower() for v in values for s in v["sources"]}
    every_value_sourced = all(v["sources"] for v in values)
    if row["kind"] == "conflict" and every_value_sourced and len(outlets) == 1:
        return {**row, "kind": "update"}
    return row


def _one_per_thing(rows: list[dict]) -> list[dict]:
    """One row per disagreement: of two rows of one story and attribute, one whose evidence is all in
    the other (an event's count and the story's count of the same toll; a visit's length told by
    its merged event and by the sentences naming its visitor) goes, and of rows about the same
    thing the one with the most evidence stays."""

    def spots(r: dict) -> frozenset:
        return frozenset((e["article_id"], e["start"]) for v in json.loads(r["values"]) for e in v["evidence"])

    ranked = sorted(rows, key=lambda r: (-len(spots(r)), r["conflict_id"]))
    kept: list[dict] = []
    for r in ranked:
        mine = spots(r)
        if any(
            k["story_id"] == r["story_id"]
            and k["attribute"] == r["attribute"]
            and (k["about"] == r["about"] or mine <= spots(k))
            for k in kept
        ):
            continue
        kept.append(r)
    return kept


def _tell(values: dict[str, dict], key: str, said: str, original: str, source: str | None, evidence: dict) -> None:
    """Add one source's statement of a value to the values of a fact."""
    v = values.setdefault(key, {"value": key, "text": [], "originals": set(), "sources": set(), "evidence": []})
    v["text"].append(said)
    v["originals"].add(original)
    if source:
        v["sources"].add(source)
    v["evidence"].append(evidence)


def _durations(event_id: str, story_id: str | None, mentions: list[TriggerContext]) -> dict | None:
    """mentions: the merged event's mentions, with the text just before each trigger."""
    values: dict[str, dict] = {}
    for mention in mentions:
        article_id, original, source, sentence = mention.article_id, mention.original, mention.source, mention.sentence
        s_start, trigger, t_start = mention.sentence_start, mention.trigger, mention.trigger_start
        before = mention.before
        m = _DURATION.search(before or "")
        if m and not _owned_by(before[: m.start()], mention, required=False):
            continue
        if m:
            start, end, said = (
                t_start - (len(before) - m.start()),
                t_start + len(trigger),
                f"{m.group(0).strip()} {trigger}",
            )
        else:
            # "arrived on Tuesday for a five-day visit": the length follows the event's own verb closely;
            # "a two-day trip that came a month after Kim travelled" is another event's
            at = t_start - s_start
            m = next(
                (d for d in _DURATION_IN_SENTENCE.finditer(sentence or "") if 0 <= d.start() - at <= AFTER_TRIGGER),
                None,
            )
            if not m or not _owned_by((sentence or "")[: m.start()], mention, required=True):
                continue
            start, end, said = s_start + m.start(), s_start + m.end(), m.group(0)
        n = number(m.group(1))
        if n is None:
            continue
        unit = m.group(2).lower()
        key = f"{n:g} {unit}"
        _tell(
            values,
            key,
            said,
            original,
            source,
            {"article_id": article_id, "sentence": sentence, "start": start, "end": end},
        )
    if len({k.split()[1] for k in values}) > 1 or len(values) < 2:
        return None
    originals = [v["originals"] for v in values.values()]
    if len(set().union(*originals)) < 2:
        return None  # one article (and its copies) giving two lengths is not a disagreement between sources
    about = mentions[0].trigger
    return _row(story_id, event_id, "duration", about, list(values.values()), "conflict")


def _party_words(mention: TriggerContext) -> set[str]:
    words: set[str] = set()
    for raw in (mention.actors, mention.recipients):
        for p in json.loads(raw or "[]"):
            for field in ("name", "text"):
                words |= {w.lower() for w in re.findall(r"[\w-]+", p.get(field) or "")}
    return words


def _owned_by(before: str, mention: TriggerContext, required: bool) -> bool:
    """Whether a length told just after `before` is this mention's: a possessor ("Lavrov's two-day
    visit") must be one of its parties; `required`: the length follows the trigger, in a clause that
    may already be another event's, so a possessor that is a party is needed when one is written."""
    owner = _POSSESSOR.search(before)
    if not owner:
        return True
    return owner.group(1).lower() in _party_words(mention) or (not required and not _party_words(mention))


def _seen(row: dict, seen: set[tuple[str, int]]) -> bool:
    return all((e["article_id"], e["start"]) in seen for v in json.loads(row["values"]) for e in v["evidence"])


def _quantities(
    story_id: str | None, event_id: str | None, sentences: list[tuple], casualties_only: bool
) -> list[dict]:
    """Counts of one noun that disagree. sentences: (article, original, source, published, sentence,
    its start in the article, the event trigger's offset in it or None[, the date's precision]). For
    one merged event, any counted noun next to its trigger; for a story, only counts of people killed,
    hurt, held or displaced in the first sentences (what news counts of one event; other numbers of
    one story are about different things). A count in a sentence dated elsewhere is of another event.

    Only counts of one referent at one time are compared (`_same_referent`): a story's statements
    join when they name the same place or party and no other, have one scope (a nation's toll is not
    a city's), and were published within a day, on the same weekday if they name one. A running
    total ("so far", "the toll rose to") and one outlet's later figure are updates, not disagreements."""
    found: dict[str, list[dict]] = defaultdict(list)
    for article_id, original, source, published, sentence, s_start, trigger_at, *rest in sentences:
        precision = rest[0] if rest else None
        if _ELSEWHEN.search(sentence) or _other_year(sentence, published):
            continue  # "the Nov. 13 attacks that killed 130": a count dated elsewhere is of another event
        for q in _QUANTITY.finditer(sentence):
            n = number(q.group(1), q.group(2))
            if n is None or n < 2:
                continue
            if trigger_at is not None and abs(q.start() - trigger_at) > NEAR_CHARS:
                continue
            noun = q.group(4).lower()
            # the count and what befell them in one clause: "killed 15 people", "15 people died"
            near = [c for c in _CASUALTY.finditer(sentence) if abs(c.start() - q.start()) <= NEAR_CHARS]
            if casualties_only and (not near or noun not in _PEOPLE):
                continue
            if near and noun in _PEOPLE:
                noun = f"{_CASUALTY_KIND[near[0].group(1).lower()[:4]]} ({noun})"
            approx = _hedge(sentence[: q.start()])
            found[noun].append(
                {
                    "n": n,
                    "approx": approx,
                    "text": q.group(0).strip(),
                    "article_id": article_id,
                    "original": original,
                    "source": source,
                    "published": published,
                    "day": published if published and precision in (None, "day") else None,
                    "update": bool(_UPDATE.search(sentence)),
                    "total": bool(_TOTAL.search(sentence)),
                    "anchors": _anchors(sentence),
                    "scope": bool(_WIDE.search(sentence)),
                    "weekday": _weekday(sentence),
                    "sentence": sentence.strip(),
                    "start": s_start + q.start(),
                    "end": s_start + q.end(),
                }
            )
    out = []
    for noun, items in sorted(found.items()):
        for cluster in _referents(items, by_anchor=casualties_only):
            row = _quantity_row(story_id, event_id, noun, cluster)
            if row:
                out.append(row)
    return out


def _quantity_row(story_id: str | None, event_id: str | None, noun: str, items: list[dict]) -> dict | None:
    groups: list[dict] = []
    for it in items:
        for g in groups:
            if all(same_value((x["n"], x["approx"]), (it["n"], it["approx"])) for x in g["items"]):
                g["items"].append(it)
                break
        else:
            groups.append({"n": it["n"], "approx": it["approx"], "items": [it]})
    if len(groups) < 2:
        return None
    # a value only one article states, when another article states several values of the noun, is
    # most likely about another thing ("300 containers" shipped, "1,000 containers" in all)
    per_article = defaultdict(set)
    for gi, g in enumerate(groups):
        for it in g["items"]:
            per_article[it["original"]].add(gi)
    if any(len(v) > 1 for v in per_article.values()):
        return None
    if len({it["original"] for g in groups for it in g["items"]}) < 2:
        return None
    dated = [it for g in groups for it in g["items"] if it["published"]]
    latest = max(dated, key=lambda it: it["published"]) if dated else None
    kind = "conflict"
    if latest and latest["update"] and latest["n"] == max(g["n"] for g in groups):
        kind = "update"
    elif "(" in noun and _running_total(groups):
        kind = "update"  # a toll that grows from one day's reports to the next
    elif any(it["total"] for it in items):
        kind = "update"  # "so far", "in all": a running total, which a day's figure does not contradict
    elif not _disagree_at_one_time(groups):
        kind = "update"  # the values were told on different days: the figure moved, nobody disagrees
    values = [
        {
            "value": f"{g['n']:g}" + _HEDGE_SHOWN[g["approx"]],
            "text": sorted({it["text"] for it in g["items"]}),
            "originals": {it["original"] for it in g["items"]},
            "sources": {it["source"] for it in g["items"] if it["source"]},
            "evidence": [
                {"article_id": it["article_id"], "sentence": it["sentence"], "start": it["start"], "end": it["end"]}
                for it in g["items"]
            ],
        }
        for g in groups
    ]
    return _row(story_id, event_id, "quantity", noun, values, kind)


# a count over a wider scope than one place: a nation's, the world's
_WIDE = re.compile(
    r"\b(nationwide|across the (?:country|nation|region|state)|throughout the (?:country|nation)|"
    r"in the (?:country|nation) as a whole|countrywide|worldwide|around the world|globally|across [A-Z]\w+)\b"
)
# a running total: what has accumulated, not one incident's count
_TOTAL = re.compile(
    r"\b(so far|to date|in total|in all|altogether|overall|cumulative|total(?:led|ed)?|tally|"
    r"(?:death )?toll (?:has |had )?(?:risen|rose|climbed|reached|now)|since (?:the|it|then))\b",
    re.I,
)
_WEEKDAY = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)\b", re.I)
# capitalised words that name a time or a title, not a place or a party
_NOT_ANCHOR = frozenset(
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "mr",
        "mrs",
        "ms",
        "dr",
        "the",
        "a",
        "an",
        "i",
        "he",
        "she",
        "they",
        "it",
        "we",
        "this",
        "that",
        "there",
        "but",
        "and",
        "in",
        "on",
        "at",
        "after",
        "before",
    ]
)
_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]+")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def _other_year(sentence: str, published: date | None) -> bool:
    """A count in a sentence that names a year other than its article's ("the 1918 flu killed 50
    million") is about another time; undated, any year is taken for another time."""
    years = {int(y) for y in _YEAR.findall(sentence)}
    return bool(years) and (published is None or years != {published.year})


def _anchors(sentence: str) -> frozenset[str]:
    """The names a sentence places its count with (places, parties), the sentence's first word aside."""
    words = [m for m in _CAPITALISED.finditer(sentence) if m.start() > 0]
    names = (re.sub(r"['’]s?$", "", m.group(0).lower()) for m in words)
    return frozenset(n for n in names if n not in _NOT_ANCHOR)


def _weekday(sentence: str) -> str | None:
    m = _WEEKDAY.search(sentence)
    return m.group(1).lower() if m else None


def _same_referent(a: dict, b: dict, by_anchor: bool) -> bool:
    """Two counts are of one thing at one time. Time: published within a day (both undated counts
    as one time) and no two different weekdays named. With `by_anchor` (a story's sentences, not one
    merged event's): the same scope, and the same names, or none on either side."""
    if (a["day"] is None) != (b["day"] is None):
        return False
    if a["day"] and b["day"] and abs((a["day"] - b["day"]).days) > 1:
        return False
    relative = ("yesterday", "today")
    if (
        a["weekday"]
        and b["weekday"]
        and a["weekday"] != b["weekday"]
        and not {a["weekday"], b["weekday"]} & set(relative)
    ):
        return False
    if not by_anchor:
        return True
    if a["scope"] != b["scope"]:
        return False
    if not a["anchors"] and not b["anchors"]:
        return True
    shared = a["anchors"] & b["anchors"]
    # "12 injured in Mosul" against "800 in Basra": names of their own on both sides are two incidents
    return bool(shared) and not (a["anchors"] - shared and b["anchors"] - shared and len(shared) < 2)


def _referents(items: list[dict], by_anchor: bool) -> list[list[dict]]:
    """Counts linked when they are of one referent at one time (union-find), each cluster in the
    order its counts were found."""
    parent = list(range(len(items)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in itertools.combinations(range(len(items)), 2):
        if _same_referent(items[i], items[j], by_anchor):
            parent[root(i)] = root(j)
    clusters: dict[int, list[dict]] = defaultdict(list)
    for i, it in enumerate(items):
        clusters[root(i)].append(it)
    return [c for c in clusters.values() if len(c) >= 2]


def _disagree_at_one_time(groups: list[dict]) -> bool:
    """Two different values were told at one time: the same day, or both undated."""
    for g, h in itertools.combinations(groups, 2):
        for x in g["items"]:
            for y in h["items"]:
                if x["original"] != y["original"] and (x["day"] == y["day"]):
                    return True
    return False


_SAME_KIND = {
    "trip": "visit",
    "journey": "visit",
    "tour": "visit",
    "stay": "visit",
    "truce": "ceasefire",
    "drills": "exercises",
    "exercise": "exercises",
}


def _story_durations(story_id: str, articles: list[StoryText], seen: set[tuple[str, int]]) -> dict | None:
    """Lengths of one kind of event (a visit, talks) in sentences naming the same person, across the
    independent articles of a story. One conflict per story at most: the kind most stated."""
    found: dict[str, list[dict]] = defaultdict(list)
    for article in articles:
        article_id, original, source, people = article.article_id, article.original, article.source, article.people
        for sm in _SENTENCE.finditer(article.text or ""):
            for m in _DURATION_IN_SENTENCE.finditer(sm.group(0)):
                n = number(m.group(1))
                if n is None:
                    continue
                start = sm.start() + m.start()
                who = {pid for at, pid in people if sm.start() <= at < sm.end()}
                owner = _POSSESSOR.search(sm.group(0)[: m.start()])
                if owner:  # "Lavrov's two-day visit" is Lavrov's, whoever else the sentence names
                    at_owner = sm.start() + owner.start(1)
                    who = {pid for at, pid in people if at <= at_owner < at + 40 and at_owner - at < 40}
                    who = {pid for pid in who if owner.group(1).lower() in pid.lower()} or set()
                noun = m.group(3).lower()
                found[_SAME_KIND.get(noun, noun)].append(
                    {
                        "key": f"{n:g} {m.group(2).lower()}",
                        "who": who,
                        "text": m.group(0),
                        "article_id": article_id,
                        "original": original,
                        "source": source,
                        "sentence": sm.group(0).strip(),
                        "start": start,
                        "end": sm.start() + m.end(),
                        "seen": (article_id, start) in seen,
                    }
                )
    for kind, items in sorted(found.items(), key=lambda kv: -len(kv[1])):
        # the people every value's sentences name: the length of one person's visit, not of two visits
        for person in sorted(set().union(*(it["who"] for it in items))):
            about = [it for it in items if person in it["who"]]
            values: dict[str, dict] = {}
            for it in about:
                evidence = {k: it[k] for k in ("article_id", "sentence", "start", "end")}
                _tell(values, it["key"], it["text"], it["original"], it["source"], evidence)
            if len(values) < 2 or len({k.split()[1] for k in values}) > 1:
                continue
            if len(set().union(*(v["originals"] for v in values.values()))) < 2:
                continue
            if all(it["seen"] for it in about):
                continue  # already told as a conflict about a merged event
            name = person.split(":", 1)[-1].title()
            return _row(story_id, None, "duration", f"{kind} ({name})", list(values.values()), "conflict")
    return None


def same_place(a: str, b: str) -> bool:
    """Spelling variants of one place are one place: Rajin/Najin, Kiev/Kyiv, Dunay/Dunai."""
    x, y = a.lower().strip(), b.lower().strip()
    return x == y or x in y or y in x or SequenceMatcher(None, x, y).ratio() >= SAME_PLACE


def _who(raw: str | None) -> frozenset[str]:
    return frozenset((p.get("key") or p.get("name") or "") for p in json.loads(raw or "[]"))


def _places_and_dates(story_id: str, events: list[StoryEventFact]) -> list[dict]:
    """One event told with two places, or two dates, by different sources: merged events of a story
    with the same type, manner and parties (people named on both sides), dated by their texts, whose
    place differs (the same day) or whose day differs by at most DATE_SLIP_DAYS (the same place)."""
    groups: dict[tuple, list[StoryEventFact]] = defaultdict(list)
    for ev in events:
        who, whom = _who(ev.actors), _who(ev.recipients)
        if not any(k.startswith("person:") for k in who | whom) or not ev.date:
            continue
        groups[(ev.type, ev.mode, who, whom)].append(ev)
    out = []
    for (type_, mode, who, _whom), evs in sorted(groups.items(), key=lambda kv: str(kv[0])):
        if len({e.original for e in evs}) < 2:
            continue  # one original (and its copies) does not disagree with itself
        name = ", ".join(sorted(k.split(":", 1)[-1].title() for k in who if k.startswith("person:"))) or type_
        about = f"{type_.lower()}{'/' + mode if mode else ''} ({name})"
        same_day = [e for e in evs if e.date_precision == "day" and e.location]
        by_day: dict[date, list[StoryEventFact]] = defaultdict(list)
        for e in same_day:
            by_day[e.date].append(e)
        for day, on_day in sorted(by_day.items()):
            places: list[list[StoryEventFact]] = []
            for e in on_day:
                for group in places:
                    if same_place(group[0].location, e.location):
                        group.append(e)
                        break
                else:
                    places.append([e])
            if len(places) >= 2 and len({e.original for e in on_day}) >= 2:
                out.append(_fact_row(story_id, "place", f"{about} on {day}", [(g[0].location, g) for g in places]))
        days = sorted({e.date for e in evs if e.date_precision == "day"})
        if len(days) >= 2 and (days[-1] - days[0]).days <= DATE_SLIP_DAYS:
            dated = [e for e in evs if e.date_precision == "day"]
            places_known = {e.location.lower() for e in dated if e.location}
            if len(places_known) <= 1 and len({e.original for e in dated}) >= 2:
                values = [(d.isoformat(), [e for e in dated if e.date == d]) for d in days]
                out.append(_fact_row(story_id, "date", about, values))
    return out


def _who_did_it(story_id: str, events: list[StoryEventFact]) -> list[dict]:
    """One attack (material conflict, QuadClass 4) on the same target, the same day and place, laid
    at different doors by different sources: "shelling by government forces" / "by the rebels"."""
    groups: dict[tuple, list[StoryEventFact]] = defaultdict(list)
    for ev in events:
        target = _who(ev.recipients)
        if ev.quad_class != 4 or ev.date_precision != "day" or not target or not _who(ev.actors):
            continue
        groups[(ev.type, ev.mode, target, ev.date, (ev.location or "").lower())].append(ev)
    out = []
    for (type_, _mode, target, when, _place), evs in sorted(groups.items(), key=lambda kv: str(kv[0])):
        by_actor: dict[frozenset, list[StoryEventFact]] = defaultdict(list)
        for e in evs:
            by_actor[_who(e.actors)].append(e)
        if len(by_actor) < 2 or len({e.original for e in evs}) < 2:
            continue
        actor_sets = list(by_actor)
        if any(a & b for a, b in itertools.combinations(actor_sets, 2)):
            continue  # "Russia and Belarus" against "Russia": one account names more, not someone else
        names = ", ".join(sorted(k.split(":", 1)[-1] for k in target))
        values = []
        for _actor, group in sorted(by_actor.items(), key=lambda kv: sorted(kv[0])):
            parties = json.loads(group[0].actors or "[]")
            values.append((", ".join(sorted(p.get("name") or p.get("text") or "?" for p in parties)), group))
        row = _fact_row(story_id, "actor", f"{type_.lower()} on {names} on {when}", values)
        told = json.loads(row["values"])
        for value, (_, group) in zip(told, values, strict=True):  # the evidence points at who is named
            for evidence, e in zip(value["evidence"], group, strict=True):
                spans = [p for p in json.loads(e.actors or "[]") if p.get("start") is not None]
                if spans:
                    evidence["start"], evidence["end"] = spans[0]["start"], spans[0]["end"]
        row["values"] = json.dumps(told, ensure_ascii=False)
        out.append(row)
    return out


def _fact_row(story_id: str, attribute: str, about: str, values: list[tuple[str, list[StoryEventFact]]]) -> dict:
    rows = []
    for value, evs in values:
        evidence = []
        for e in evs:
            sentence, s_start, t_start, t_end = e.sentence, e.sentence_start or 0, e.trigger_start, e.trigger_end
            at = (sentence or "").lower().find((e.location or "").lower()) if attribute == "place" else -1
            start, end = (s_start + at, s_start + at + len(e.location)) if at >= 0 else (t_start, t_end)
            evidence.append({"article_id": e.article_id, "sentence": sentence, "start": start, "end": end})
        rows.append(
            {
                "value": value,
                "text": sorted({value}),
                "originals": {e.original for e in evs},
                "sources": {e.source for e in evs if e.source},
                "evidence": evidence,
            }
        )
    return _row(story_id, evs[0].event_id if len(values) == 1 else None, attribute, about, rows, "conflict")


def _running_total(groups: list[dict]) -> bool:
    """Each larger value first reported on a later day than every report of the smaller ones."""
    spans = []
    for g in groups:
        days = [it["published"] for it in g["items"] if it["published"]]
        if not days:
            return False
        spans.append((g["n"], min(days), max(days)))
    spans.sort()
    return all(later[1] > earlier[2] for earlier, later in itertools.pairwise(spans))


def _row(story_id: str | None, event_id: str | None, attribute: str, about: str, values: list[dict], kind: str) -> dict:
    clean = [
        {
            "value": v["value"],
            "text": v["text"] if isinstance(v["text"], list) else [v["text"]],
            "article_ids": sorted({e["article_id"] for e in v["evidence"]}),
            "sources": sorted(v["sources"]),
            "evidence": v["evidence"],
        }
        for v in values
    ]
    return {
        "conflict_id": conflict_id(story_id or "", event_id or "", attribute, about),
        "story_id": story_id,
        "event_id": event_id,
        "attribute": attribute,
        "about": about,
        "kind": kind,
        "num_values": len(clean),
        "values": json.dumps(clean, ensure_ascii=False),
    }
