"""events: from parsed articles to coded events, quotes and actor mentions.

    lexicon.py   data/verbs.yaml (+ user files): which words make which PLOVER event
    ontology.py  data/plover.yaml: CAMEO root, QuadClass and score per type and mode
    coder.py     the sentence coder: actor, recipient, status, attribution, location
    dates.py     event dates resolved against the article's date
    quotes.py    direct and reported speech with the speaker resolved

ArticleCoder ties them to the spaCy model and the actor gazetteer; it is what worker processes
hold, one per process.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any

from ..actors.dictionary import gazetteer_with
from ..actors.mentions import DocActors
from ..annotate import MAX_CODED_CHARS, MAX_PIECE, load_model, parse, pieces
from ..annotate.nlp import MAX_RUN_ON, model_name
from ..records import Coded, CodeJob, Problem
from ..text.dates import parse_given
from ..versions import stage_version
from .coder import SentenceCoder
from .lexicon import load as load_lexicon
from .quotes import find_quotes

CODER_VERSION = "4"
# "VOSTOCHNY, Russia, Sept 13 (Northern Wire) - ", "UNITED NATIONS (Reuters) - ", "MADRID — "
_DATELINE = re.compile(
    r"^\s*[A-Z][A-Z.'’/ -]{2,40}(?:,\s*[A-Z][A-Za-z.'’ -]{1,30}){0,2},?\s*"
    r"(?:(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*)?\([^)\n]{2,40}\)\s*)?[-–—]{1,2}\s+"
)


def mask_dateline(text: str) -> str:
    """Blank out a wire dateline at the start of a text (same length, so offsets hold): the parser
    otherwise reads "VOSTOCHNY, Russia, Sept 13 (Wire) - Kim met Putin" as a place meeting Putin."""
    m = _DATELINE.match(text)
    return " " * m.end() + text[m.end() :] if m else text


ENGLISH = {"en", None}


def nlp_version(model: str | None = None, actor_files: Iterable[str] = (), pattern_files: Iterable[str] = ()) -> str:
    """What decides whether an article must be coded again: the coder's code version, the model, the
    built-in data files it reads (verbs, words, ontology, gazetteer, roles) and the user's files."""
    return stage_version(
        CODER_VERSION,
        ("storyline.events", "storyline.actors", "storyline.extract"),
        [*actor_files, *pattern_files],
        model or "default",
        f"pieces={MAX_PIECE},{MAX_RUN_ON},{MAX_CODED_CHARS}",
    )


class ArticleCoder:
    """The language stages for many articles: parse, resolve actors, code events and quotes."""

    def __init__(self, model: str | None = None, actor_files: Iterable[str] = (), pattern_files: Iterable[str] = ()):
        self.nlp = load_model(model)
        self.model = model_name(self.nlp)
        self.gazetteer = gazetteer_with(tuple(actor_files))
        self.coder = SentenceCoder(load_lexicon(tuple(pattern_files)), self.gazetteer)

    def code_many(self, rows: Sequence[CodeJob | tuple]) -> tuple[list[Coded], list[Problem]]:
        """Code articles; rows are CodeJobs (or tuples in CodeJob's field order). Returns one Coded per
        row, in order, and the problems met (an article cut at MAX_CODED_CHARS)."""
        rows = [r if isinstance(r, CodeJob) else CodeJob(*r) for r in rows]
        coded: dict[str, Coded] = {}
        problems: list[Problem] = []
        jobs: list[tuple[str, int, str, Any, str]] = []
        for row in rows:
            article_id, text, published, precision, language = (
                row.article_id,
                row.text,
                row.published,
                row.precision,
                row.language,
            )
            if language not in ENGLISH:
                coded[article_id] = Coded(article_id, skipped=f"language {language}: English-only stages")
                continue
            if not text or not text.strip():
                coded[article_id] = Coded(article_id, skipped="no text")
                continue
            coded[article_id] = Coded(article_id)
            if len(text) > MAX_CODED_CHARS:
                cut = text.rfind(" ", MAX_CODED_CHARS // 2, MAX_CODED_CHARS)
                problems.append(
                    Problem(
                        f"article:{article_id}",
                        "too_long_to_code",
                        f"the language stages read the first {cut if cut > 0 else MAX_CODED_CHARS:,} of "
                        f"{len(text):,} characters (limit {MAX_CODED_CHARS:,} per article); the text is stored whole",
                        severity="warning",
                        stage="annotate",
                    )
                )
                text = text[: cut if cut > 0 else MAX_CODED_CHARS]
            for offset, piece in pieces(text):
                if offset == 0:
                    piece = mask_dateline(piece)
                jobs.append((article_id, offset, piece, published, precision or "unknown"))
        sent_base: dict[str, int] = {}
        for (article_id, offset, _, published, precision), doc in zip(jobs, parse(self.nlp, [j[2] for j in jobs])):
            out = coded[article_id]
            base = sent_base.get(article_id, 0)
            self._code_doc(doc, article_id, published, precision, out, offset, base)
            sent_base[article_id] = base + sum(1 for _ in doc.sents)
            out.sentences = sent_base[article_id]
        return [coded[r.article_id] for r in rows], problems

    def _code_doc(
        self, doc, article_id: str, published: Any, precision: str, out: Coded, offset: int, base: int
    ) -> None:
        sent_index = {s.start: base + i for i, s in enumerate(doc.sents)}
        self.coder.repair_lemmas(doc)
        anchor = published if isinstance(published, date) else _as_date(published)
        actors = DocActors(doc, article_id, self.gazetteer, sentence_base=base, when=anchor)
        events = self.coder.code(doc, actors, article_id, anchor, precision if anchor else "unknown", sent_index)
        quotes = find_quotes(doc, article_id, actors, sent_index)
        for m in actors.mentions:
            m.start += offset
            m.end += offset
        for e in events:
            e.sentence_start += offset
            e.trigger_start += offset
            e.trigger_end += offset
            for party in (*e.actors, *e.recipients):
                party["start"] += offset
                party["end"] += offset
        for q in quotes:
            q.start += offset
            q.end += offset
        out.actors.extend(actors.mentions)
        out.events.extend(events)
        out.quotes.extend(quotes)

    def code_records(self, items: Iterable[str | Mapping[str, Any]], published: str | None = None) -> list[dict]:
        """Code free texts or records {"id", "text", "published"?}; one dict per event mention."""
        rows = []
        for n, item in enumerate(items, 1):
            if isinstance(item, str):
                item = {"id": str(n), "text": item}
            given = item.get("published") or published
            guess = parse_given(given) if given else None
            when = date.fromisoformat(guess.value) if guess and guess.value else None
            rows.append(
                (
                    str(item.get("id", n)),
                    str(item.get("text") or ""),
                    when,
                    guess.precision if guess else "unknown",
                    "en",
                )
            )
        coded, _ = self.code_many(rows)
        out = []
        for c in coded:
            for e in c.events:
                out.append(
                    {
                        "article_id": e.article_id,
                        "sentence_index": e.sentence_index,
                        "sentence": e.sentence,
                        "type": e.type,
                        "mode": e.mode,
                        "actor": [a["name"] for a in e.actors],
                        "actor_country": [a["country"] for a in e.actors],
                        "actor_sector": [a["sector"] for a in e.actors],
                        "recipient": [r["name"] for r in e.recipients],
                        "recipient_country": [r["country"] for r in e.recipients],
                        "recipient_sector": [r["sector"] for r in e.recipients],
                        "date": e.date,
                        "date_precision": e.date_precision,
                        "date_text": e.date_text,
                        "status": e.status,
                        "negated": e.negated,
                        "attributed_to": e.attributed_to,
                        "location": e.location,
                        "location_country": e.location_country,
                        "latitude": e.latitude,
                        "longitude": e.longitude,
                        "cameo_root": e.cameo_root,
                        "quad_class": e.quad_class,
                        "score": e.score,
                        "rule": e.rule,
                        "trigger": e.trigger,
                        "trigger_start": e.trigger_start,
                        "trigger_end": e.trigger_end,
                        "background": e.background,
                        "actor_spans": [[a["start"], a["end"]] for a in e.actors],
                        "recipient_spans": [[r["start"], r["end"]] for r in e.recipients],
                    }
                )
        return out


def _as_date(value: Any) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


__all__ = ["CODER_VERSION", "ArticleCoder", "nlp_version"]
