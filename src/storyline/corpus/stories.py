"""Stories: articles about the same real-world event, grown one article at a time.

An article joins the story whose articles it is most similar to on average (average linkage:
tf-idf cosine of story terms, extract/terms.py) when that average reaches THRESHOLD; otherwise it
opens a story. Similarity fades with time between two dated articles (full for GRACE_DAYS, then
exp(-days / DECAY_DAYS)): the same kind of event a year later is another story, while a story that
runs for weeks stays one. Copies (corpus/duplicates.py) are not compared: each joins its original's
story, so ten copies of one wire story weigh as one article.

Incremental: only articles without a story are placed, in date order (undated last, then by id, so
every run gives the same stories); stories already made are never re-clustered. Candidates come
from the store (a join on shared terms); only the TOP most similar articles of each new article are
read, so memory is bounded by the new articles, not by the corpus.

Similar words are not always one event: a minister's visit a month after his leader's trip reads
alike. Where time cannot tell (either article undated, or not both dated to the day within
CLOSE_DAYS), two articles whose leads report different protagonists count OTHER_NEWS of their
similarity. Protagonists are named actors of the leads' asserted events; the pile's beat (an actor
leading more than BEAT_SHARE of a large pile's articles, the president in Washington news) and
groups no name resolves ("the lawyers") are nobody's news.

Words alike are not one subject: Reuters' "3RD QTR NET" briefs of thirty companies share their
headline's template, and "GROLIER DEBT UPGRADED" shares a rare word with "ALABAMA UPGRADED IN
BRUCELLOSIS PROGRAM". Where each article's headline names something (a name its own text
capitalises mid-sentence, or a word only its headline has: a brief's company) and none of those
names appears anywhere in the other article's headline or lead, the two are about different
subjects and their similarity counts nothing, whatever the words they share.

The constants were set on the stories dev set: B-cubed F1 0.923 (P 0.947, R 0.899) at THRESHOLD
0.13 (0.925, P 0.956, R 0.896, with the headline rules above), against 0.885 for TF-IDF
average-linkage clustering of the whole set at its best threshold.
0.12-0.15 score 0.909-0.914: lower thresholds merge, higher split; merging two events costs an
analyst more than splitting one.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date, timedelta

from ..extract.terms import TITLE_WEIGHT, distinct_terms, story_terms
from ..store import Store
from ..store import actors as actor_queries
from ..store import stories as queries
from ..store.stories import HeadlineFact, LeadMention, StoryMember, StoryTerm

THRESHOLD = 0.13  # average similarity to a story's articles that makes an article part of it
MIN_SIMILARITY = 0.04  # pairs below this are not read from the store
TOP = 40  # most similar articles read per new article
CHUNK = 2000  # new articles placed per pass: what bounds the stage's memory
LEAD = 20  # the sentences whose events are an article's news
UNDATED = 0.5  # an undated article against a dated one: similar is not simultaneous
BOTH_UNDATED = 0.7  # two undated articles: nothing says they are of one time either
LEDE = 2  # an event named in the first sentences is news enough to compare on its own
MIN_NEWS = 3  # lead events naming someone, on each side, before leads are compared
OTHER_NEWS = 0.4  # two articles whose leads report different events (no lead event of one fits the other)
BEAT_SHARE = 0.05  # an actor leading more than this share of the pile's articles is its beat, not news
BEAT_PILE = 100  # a pile needs this many originals to have a beat: in a folder of thirty pages about
# one dyad, its two leaders lead most pages, yet they are its news
CLOSE_DAYS = 7  # two articles dated to the day this close may lead with different protagonists
GRACE_DAYS = 30  # within this many days, time does not lower similarity
DECAY_DAYS = 120  # past the grace, similarity is multiplied by exp(-(days - GRACE_DAYS) / DECAY_DAYS)
LEAD_CHARS = 6000  # the start of an article read for the names its headline shares with another
PROSE_NAMES = 3  # a lead capitalising fewer words mid-sentence is a table of figures, not prose
STEM = 5  # words alike in their first letters are one word ("arrives", "arrived")
TITLE_SHARE = 0.7  # the earliest headline scoring this share of the best one names the story
SUMMARY_SENTENCES = (3, 5)  # a story summary has this many sentences, fewer only when it has fewer
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+[\"”’')\]]*|$)")
_WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)


def story_id(first_article: str) -> str:
    """A story is named after the article that opened it: the same id on every run."""
    return "story-" + hashlib.sha1(first_article.encode("utf-8")).hexdigest()[:12]


def time_factor(a: tuple, b: tuple) -> float:
    """How much the time between two articles lets their similarity count: 1.0 within GRACE_DAYS (or
    both are undated), fading after; year-precision dates fade by whole years. An undated article
    against a dated one counts UNDATED: with no date, a similar text may be the same kind of event in
    another year (a minister's visits a year apart read alike)."""
    (da, pa), (db, pb) = a, b
    undated_a, undated_b = da is None or pa == "unknown", db is None or pb == "unknown"
    if undated_a and undated_b:
        return BOTH_UNDATED
    if undated_a or undated_b:
        return UNDATED
    if pa == "year" or pb == "year":
        years = abs(da.year - db.year)
        return 1.0 if years == 0 else math.exp(-max(0, 365 * years - 182 - GRACE_DAYS) / DECAY_DAYS)
    days = abs((da - db).days)
    return 1.0 if days <= GRACE_DAYS else math.exp(-(days - GRACE_DAYS) / DECAY_DAYS)


def _undated(when: tuple) -> bool:
    return when[0] is None or when[1] == "unknown"


def _close_in_time(a: tuple, b: tuple) -> bool:
    """Both articles dated to the day, within CLOSE_DAYS: time itself says they may be one story, and
    outlets leading with different protagonists (the launcher, the neighbour who condemns it) is
    common within one story. Elsewhere (a month, a year, no date) time cannot tell one event from the
    next one between the same parties, and the leads' protagonists must."""
    (da, pa), (db, pb) = a, b
    return pa == pb == "day" and da is not None and db is not None and abs((da - db).days) <= CLOSE_DAYS


_NAMED = ("person", "org", "group")
_CAPITALISED = re.compile(r"(?<=[\w,;:'’\"”)] )[^\W\d_][\w'’-]*", re.UNICODE)  # after a word on the same line
_UNNAMED_GROUP = "group:-:"  # "the lawyers", "officials": a group no name or country resolves is no protagonist


@dataclass(frozen=True, slots=True)
class Subject:
    """What an article's headline names, its headline's words, and every word of its headline and
    lead, by stem."""

    names: frozenset[str]
    headline: frozenset[str]
    words: str  # the stems, each between spaces: a set of hundreds of short strings per article held in
    # the cache of subjects weighed ten times as much, and is only ever asked for a few names
    terms: frozenset[str]  # its headline's words as story terms (whole words)
    body_share: dict[str, float]  # of each headline term's weight, the share its text gives it without the headline
    prose: bool  # its names are capitalised in its text, not guessed from a table's headline


SUBJECT_CACHE = 20_000  # headline subjects kept across chunks (articles recur as neighbours)


def _stem(word: str) -> str:
    return word[:STEM]


def _plain(word: str) -> str:
    """A word as a term: lower case, straight apostrophe, no possessive."""
    return word.lower().replace("’", "'").removesuffix("'s")


def subject_of(fact: HeadlineFact) -> Subject | None:
    """The names of an article's headline: its words that its own lead capitalises mid-sentence
    ("Grolier", "Alabama"; not "upgraded", "debt", nor a word only a Title Case headline capitalises),
    or, where the lead capitalises nothing (a brief whose body is a table of figures), the words only
    its headline has ("FARMERS GROUP INC"). None without a headline that says something (a site's
    name is not one)."""
    headline = [t for t, _ in story_terms("", fact.title, n=10**6, site=fact.source)] if fact.title else []
    if not headline:
        return None
    lead = fact.lead or ""
    used = {_stem(t) for t in distinct_terms(lead)}
    if not used:
        return None  # no text: nothing says what its headline's words are (a brief's body is figures)
    # each distinct word once: a lead says its words many times
    capitalised = {_stem(_plain(w)) for w in set(_CAPITALISED.findall(lead)) if w[0].isupper()}
    if len(capitalised) < PROSE_NAMES:
        capitalised = set()  # a table of figures with a note ("NOTE: Prior year restated") is no prose
    counted = Counter(_WORD.findall(lead))
    plain = {w: _plain(w) for w in counted}
    if capitalised:  # prose: a word it only ever capitalises is a name too, even opening sentences ("Madagascar has")
        upper, lower = set(), set()
        for w, p in plain.items():
            (upper if w[0].isupper() else lower).add(_stem(p))
        capitalised |= upper - lower
    stems = frozenset(_stem(w) for w in headline)
    # prose names its subject mid-sentence; a table of figures names nothing, and its headline does
    names = frozenset(w for w in stems if (w in capitalised if capitalised else w not in used))
    said: Counter = Counter()
    for w, n in counted.items():
        said[plain[w]] += n
    # story terms weigh 1 + ln(count), the headline adding TITLE_WEIGHT counts (extract/terms.py)
    share = {t: (1 + math.log(said[t])) / (1 + math.log(said[t] + TITLE_WEIGHT)) if said[t] else 0.0 for t in headline}
    words = " " + " ".join(sorted(used | stems)) + " "
    return Subject(names, stems, words, frozenset(headline), share, bool(capitalised))


def _subjects_of(facts: list[HeadlineFact]) -> dict[str, Subject | None]:
    return {f.id: subject_of(f) for f in facts}


def different_subjects(a: Subject | None, b: Subject | None, undated: bool = False) -> bool:
    """The headlines share no name (words they share that are no name, "UPGRADED", or a template's
    "QTR NET", say nothing of who), each names something the other headline does not, and none of
    those names is anywhere in the other article: two companies' earnings briefs, an upgrade of a
    publisher's debt and a state's disease programme. `undated`: either article has no date."""
    if a is None or b is None:
        return False
    if (a.prose or b.prose) and len(a.names & b.names) >= (2 if undated else 1):
        # both headlines name Costa Rica, the Panama Papers: one subject; where no date says the two
        # are of one time, one shared name ("Egypt to sell off state bank", "Mido makes third
        # apology" in Egypt) is a rare word in common, not a subject
        return False
    own_a, own_b = a.names - b.headline, b.names - a.headline
    return bool(own_a and own_b) and not _any_in(own_a, b.words) and not _any_in(own_b, a.words)


def _any_in(stems: frozenset[str], words: str) -> bool:
    return any(f" {stem} " in words for stem in stems)


def lone_headline_word(a: Subject | None, b: Subject | None) -> str | None:
    """The one word two headlines share, when they share just one: "Israeli economy picking up pace"
    and "Israeli club look to Africa". A headline counts TITLE_WEIGHT times in an article's terms, so
    one rare word in both makes two articles look alike; alone it is no event in common, and the
    pair's similarity counts it only as much as their texts use it."""
    if a is None or b is None:
        return None
    shared = a.terms & b.terms
    return next(iter(shared)) if len(shared) == 1 else None


def _lone_word_share(
    a: Subject | None, b: Subject | None, a_id: str, b_id: str, weight: dict[tuple[str, str], float]
) -> float:
    """What the one word two headlines share adds to their cosine beyond what their texts give it."""
    lone = lone_headline_word(a, b)
    if lone is None or a is None or b is None:
        return 0.0
    body = a.body_share[lone] * b.body_share[lone]
    return weight.get((a_id, lone), 0.0) * weight.get((b_id, lone), 0.0) * (1 - body)


def _lone_words(
    originals: list, neighbours: dict[str, list[tuple[str, float]]], when: dict[str, tuple], subjects: dict
) -> list[tuple[str, str]]:
    """(article, word) of every pair of neighbours the placing may ask _lone_word_share about: either
    undated, their headlines sharing one word. Only their weights are read, not every headline
    word of every article involved."""
    pairs = []
    for row in originals:
        mine = subjects.get(row.id)
        if mine is None:
            continue  # no headline: no word in common with any other
        undated = _undated((row.published, row.precision))
        for other, _ in neighbours.get(row.id, []):
            if undated or _undated(when.get(other, (None, "unknown"))):
                lone = lone_headline_word(mine, subjects.get(other))
                if lone is not None:
                    pairs += ((row.id, lone), (other, lone))
    return pairs


def beat_of(counts: dict[str, int], originals: int) -> frozenset[str]:
    """The pile's beat: actors whose deeds lead more than BEAT_SHARE of its articles (the president in
    a pile of Washington news). They are in every story, so sharing them says nothing about sharing
    an event; a pile smaller than BEAT_PILE has no beat."""
    if originals < BEAT_PILE:
        return frozenset()
    return frozenset(ident for ident, n in counts.items() if n > BEAT_SHARE * originals)


def news_of(
    rows: list[LeadMention], keys: dict[str, str], beat: frozenset[str] = frozenset()
) -> dict[str, list[tuple]]:
    """Each article's news: the asserted events of its lead dated at the article's own date (an event
    its lead dates a month earlier is background). Each as (who acts: the named actors that are not
    the pile's beat, sentence index)."""
    news: dict[str, list[tuple]] = defaultdict(list)
    for r in rows:
        when, published, precisions = r.date, r.published, {r.precision, r.article_precision}
        both_dated = when is not None and published is not None and precisions <= {"day", "month"}
        if both_dated and (when.year, when.month) != (published.year, published.month):
            continue
        named: set[str] = set()
        for p in json.loads(r.actors or "[]"):
            ident = keys.get(p.get("key"), p.get("key")) or ""
            if ident.split(":", 1)[0] in _NAMED and not ident.startswith(_UNNAMED_GROUP) and ident not in beat:
                named.add(ident)
        if named:
            news[r.article_id].append((frozenset(named), r.sentence_index))
    return news


def same_news(a: list[tuple], b: list[tuple]) -> bool | None:
    """Do two leads tell of the same protagonists? A trip's days (Kim meets Putin, Kim tours a
    plant, Kim leaves) share them; Kim's trip and Lavrov's visit a month later do not. None when
    either lead has too little to compare."""

    def enough(news: list[tuple]) -> bool:  # the lede states the news; deeper in, it takes several
        return len(news) >= MIN_NEWS or any(sentence < LEDE for _, sentence in news)

    if not enough(a) or not enough(b):
        return None
    actors_a = frozenset().union(*(n for n, _ in a))
    actors_b = frozenset().union(*(n for n, _ in b))
    return bool(actors_a & actors_b)


def _fetch(
    store: Store, originals: list, subject_cache: dict
) -> tuple[dict[str, list[tuple[str, float]]], dict[str, Subject | None]]:
    """A chunk's candidate neighbours, and the headline subjects of its originals not yet read: the
    subjects are read in a thread while DuckDB finds the candidates (the join lets go of the GIL),
    so a second core reads them instead of waiting for the join."""
    with ThreadPoolExecutor(1) as pool:
        ahead = pool.submit(
            _subjects_of,
            queries.headline_facts(store, [r.id for r in originals if r.id not in subject_cache], LEAD_CHARS),
        )
        neighbours: dict[str, list[tuple[str, float]]] = defaultdict(list)
        for c in queries.story_candidates(store, [row.id for row in originals], MIN_SIMILARITY, TOP):
            neighbours[c.article_id].append((c.other_id, c.similarity))
        return neighbours, ahead.result()


@dataclass
class _Placing:
    """What placing a chunk's originals reads (its neighbours, their news, dates, subjects and lone
    words' weights) and the stories so far, which it extends (story_of, size, touched)."""

    neighbours: dict[str, list[tuple[str, float]]]
    news: dict[str, list[tuple]]
    when: dict[str, tuple]
    subjects: dict[str, Subject | None]
    weight: dict[tuple[str, str], float]
    story_of: dict[str, str]
    size: Counter
    touched: set[str]
    threshold: float

    def place(self, originals: list) -> dict[str, str]:
        """Each original, in placing order, joins the story its neighbours are most similar to on
        average, or opens its own; returns article -> story."""
        story_of, size, subjects, when, news = self.story_of, self.size, self.subjects, self.when, self.news
        placed_now: dict[str, str] = {}
        for row in originals:
            article_id = row.id
            own = (row.published, row.precision)
            sums: dict[str, float] = defaultdict(float)
            mine = news.get(article_id, [])
            for other, sim in self.neighbours.get(article_id, []):
                s = story_of.get(other)
                theirs = when.get(other, (None, "unknown"))
                undated = _undated(own) or _undated(theirs)
                if s is None or different_subjects(subjects.get(article_id), subjects.get(other), undated):
                    continue
                factor = time_factor(own, theirs)
                if not _close_in_time(own, theirs) and same_news(mine, news.get(other, [])) is False:
                    factor *= OTHER_NEWS
                if undated:  # no date to say the two are of one time
                    sim -= _lone_word_share(
                        subjects.get(article_id), subjects.get(other), article_id, other, self.weight
                    )
                sums[s] += sim * factor
            best = max(sums, key=lambda s: (sums[s] / max(1, size[s]), s), default=None)
            if best is not None and sums[best] / max(1, size[best]) >= self.threshold:
                chosen = best
            else:
                chosen = story_id(article_id)
            story_of[article_id] = placed_now[article_id] = chosen
            size[chosen] += 1
            self.touched.add(chosen)
        return placed_now


def assign_stories(store: Store, threshold: float = THRESHOLD, chunk: int = CHUNK) -> int:
    """Place every article without a story; rebuild the stories touched. Returns articles placed.

    Articles are placed CHUNK at a time in placing order (date, then id), each chunk reading only its
    own candidates, so memory is bounded by the chunk (two: the next chunk's candidates are found while
    this one is placed); the result is the same as placing all at once."""
    fresh = queries.articles_without_story(store)  # in placing order
    if not fresh:
        return 0
    keys = actor_queries.canonical_keys(store)
    beat = beat_of(*queries.lead_actor_counts(store, LEAD))
    story_of: dict[str, str] = {}
    size: Counter = Counter()
    touched: set[str] = set()
    placed: dict[str, str] = {}
    subject_cache: dict[str, Subject | None] = {}
    with queries.story_weights(store):
        parts = [fresh[i : i + chunk] for i in range(0, len(fresh), chunk)]
        fetched = _fetch(store, [row for row in parts[0] if not row.duplicate_of], subject_cache)
        for n, part in enumerate(parts):
            originals = [row for row in part if not row.duplicate_of]
            neighbours, read_ahead = fetched
            others = sorted({b for pairs in neighbours.values() for b, _ in pairs})
            known = queries.story_facts(store, others)
            news = news_of(
                queries.lead_mentions(store, sorted(set(others) | {r.id for r in originals}), LEAD), keys, beat
            )
            for x, fact in known.items():
                if fact.story_id and x not in story_of:
                    story_of[x] = fact.story_id
            when = {x: (f.published, f.precision) for x, f in known.items()}
            involved = sorted(set(others) | {r.id for r in originals})
            # an article is a neighbour in many chunks: its headline is read once (bounded cache)
            missing = [x for x in involved if x not in subject_cache]
            unread = queries.headline_facts(store, [x for x in missing if x not in read_ahead], LEAD_CHARS)
            found = {**read_ahead, **_subjects_of(unread)}
            for x in missing:
                if x not in found:
                    continue  # no such article
                subject_cache[x] = found[x]
                if len(subject_cache) > SUBJECT_CACHE:
                    subject_cache.pop(next(iter(subject_cache)))  # the oldest: memory stays bounded
            subjects = {x: subject_cache[x] for x in involved if x in subject_cache}
            weight = {
                (t.article_id, t.term): t.w
                for t in queries.term_weights(store, _lone_words(originals, neighbours, when, subjects))
            }
            unseen = sorted({s for s in story_of.values() if s not in size})
            size.update(queries.story_sizes(store, unseen))
            for s in unseen:
                size.setdefault(s, 0)
            placing = _Placing(neighbours, news, when, subjects, weight, story_of, size, touched, threshold)
            # the chunk is placed (pure Python) while DuckDB finds the next chunk's candidates, which
            # read only the term weights, not where this chunk goes
            with ThreadPoolExecutor(1) as pool:
                placed_now = pool.submit(placing.place, originals)
                if n + 1 < len(parts):
                    fetched = _fetch(store, [row for row in parts[n + 1] if not row.duplicate_of], subject_cache)
                placed_now = placed_now.result()
            queries.set_story_ids(store, placed_now)
            placed.update(placed_now)
    # copies join their original's story (an original placed before, or now)
    copies = [row for row in fresh if row.duplicate_of]
    originals_known = queries.story_facts(store, sorted({row.duplicate_of for row in copies}))
    placed_copies: dict[str, str] = {}
    for row in copies:
        duplicate_of = row.duplicate_of
        known_original = originals_known.get(duplicate_of)
        s = story_of.get(duplicate_of) or (known_original.story_id if known_original else None)
        placed_copies[row.id] = s or story_id(duplicate_of)
        touched.add(placed_copies[row.id])
    queries.set_story_ids(store, placed_copies)
    placed.update(placed_copies)
    rebuild_stories(store, sorted(touched))
    return len(placed)


def rebuild_stories(store: Store, ids: list[str], batch: int = 200) -> None:
    """Recompute the stories table rows of these stories from their articles (title, dates, sources,
    summary with citations, terms)."""
    for i in range(0, len(ids), batch):
        chunk = ids[i : i + batch]
        members = queries.story_members(store, chunk)
        terms = queries.story_top_terms(store, chunk)
        rows = [_story_row(sid, members.get(sid, []), terms.get(sid, [])) for sid in chunk]
        queries.replace_stories(store, chunk, [r for r in rows if r])


def _story_row(sid: str, members: list[StoryMember], terms: list[StoryTerm]) -> dict | None:
    """members: earliest first."""
    if not members:
        return None
    weights = {t.term: t.weight for t in terms}
    originals = [m for m in members if not m.duplicate_of] or members
    dated = [m for m in members if m.published is not None and m.precision != "unknown"]
    # a year (2023 stored as 2023-01-01) does not make a story start in January: finer dates first
    dated = [m for m in dated if m.precision in ("day", "month")] or dated

    def score(text: str) -> float:
        words = {w.lower() for w in _WORD.findall(text)}
        return sum(weights.get(w, 0.0) for w in words) / math.sqrt(len(words) + 4)

    # first reports first, each at the end of what its date allows: "September 2023" is not before
    # 13 September, "2023" not before either
    titled = sorted((m for m in originals if m.title), key=lambda m: _latest_day(m.published, m.precision))
    title = None
    if titled:
        # the first report's headline, unless a later one carries the story's terms far better
        best = max(score(m.title) for m in titled)
        title = next(m.title for m in titled if score(m.title) >= TITLE_SHARE * best)
    summary = _summary(originals[:50], score)
    if title is None and summary:
        title = summary[0]["sentence"][:160]
    return {
        "story_id": sid,
        "title": title,
        "first_date": min((m.published for m in dated), default=None),
        "first_precision": min(dated, key=lambda m: m.published).precision if dated else "unknown",
        "last_date": max((m.published for m in dated), default=None),
        "last_precision": max(dated, key=lambda m: m.published).precision if dated else "unknown",
        "articles": len(members),
        "originals": sum(1 for m in members if not m.duplicate_of),
        "sources": json.dumps(sorted({m.source for m in members if m.source}), ensure_ascii=False),
        "article_ids": json.dumps([m.id for m in members], ensure_ascii=False),
        "summary": json.dumps(summary, ensure_ascii=False),
        "terms": json.dumps([t.term for t in terms[:12]], ensure_ascii=False),
    }


def _latest_day(when: date | None, precision: str | None) -> date:
    """The last day a date at its precision may mean (undated: the end of time)."""
    if when is None or precision not in ("day", "month", "year"):
        return date.max
    if precision == "year":
        return date(when.year, 12, 31)
    if precision == "month":
        return date(when.year + when.month // 12, when.month % 12 + 1, 1) - timedelta(days=1)
    return when


def _summary(originals: list[StoryMember], score) -> list[dict]:
    """3-5 sentences that carry the story's terms, from the leads of its articles, each with its
    citation (article id, sentence number in the article, character offsets); no near-repeats."""
    candidates = []
    for rank, m in enumerate(originals):
        text = m.text or ""
        for n, match in enumerate(_SENTENCE.finditer(text[:3000])):
            sentence = match.group(0).strip()
            if n >= 4 or not 40 <= len(sentence) <= 400:
                continue
            start = match.start() + (len(match.group(0)) - len(match.group(0).lstrip()))
            candidates.append(
                (score(sentence) - 0.002 * rank - 0.01 * n, m.id, n, start, start + len(sentence), sentence)
            )
    chosen: list[tuple] = []
    seen: list[set[str]] = []
    for cand in sorted(candidates, key=lambda c: (-c[0], c[1], c[2])):
        words = {w.lower() for w in _WORD.findall(cand[5])}
        if any(len(words & s) / max(1, len(words | s)) > 0.5 for s in seen):
            continue
        chosen.append(cand)
        seen.append(words)
        if len(chosen) >= SUMMARY_SENTENCES[1]:
            break
    order = {m.id: i for i, m in enumerate(originals)}
    chosen.sort(key=lambda c: (order[c[1]], c[2]))
    return [{"sentence": c[5], "article_id": c[1], "sentence_index": c[2], "start": c[3], "end": c[4]} for c in chosen]
