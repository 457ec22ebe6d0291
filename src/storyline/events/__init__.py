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

from spacy.lang.en.stop_words import STOP_WORDS

from ..actors.dictionary import gazetteer_with
from ..actors.mentions import DocActors
from ..annotate import MAX_CODED_CHARS, MAX_PIECE, load_model, parse, pieces
from ..annotate.nlp import MAX_RUN_ON, model_name
from ..records import Coded, CodeJob, Problem
from ..text.dates import parse_given
from ..text.doctext import doc_text
from ..versions import stage_version
from . import meaning as meaning_reader
from . import similar, word_reader
from .coder import SentenceCoder
from .grammar import WORDS
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


_CAPS_LINE = re.compile(r"[^\n]+")
_CAPS_WORD = re.compile(r"[A-Za-z][A-Za-z.'&-]*")


def truecase_headlines(text: str, gazetteer, common: frozenset[str] = frozenset()) -> str:
    """Lower-case the lines written all in capitals ("JAPAN URGES U.S. TO DROP TARIFFS"), keeping the
    names the gazetteer knows (countries, capitals, peoples, known actors) and acronyms with points
    in capitals: the small model tags and parses a line of capitals as a string of proper nouns.
    A short word that is neither a stop word nor one of the `common` words the coder knows ("EC",
    "IMF", "PLO") is taken for an acronym and keeps its capitals too. Only case changes, so every
    offset holds; ArticleCoder gives the rows back their original words."""
    out = list(text)
    for line in _CAPS_LINE.finditer(text):
        words = list(_CAPS_WORD.finditer(line.group()))
        letters = [c for c in line.group() if c.isalpha()]
        if len(words) < 3 or not letters or any(c.islower() for c in letters):
            continue
        i = 0
        while i < len(words):
            for n in (3, 2, 1):
                chunk = words[i : i + n]
                if len(chunk) < n:
                    continue
                phrase = " ".join(w.group().title() for w in chunk)
                if gazetteer.any_country(phrase) or gazetteer.capital(phrase) or gazetteer.known_actor(phrase):
                    for w in chunk:
                        titled = w.group().title() if len(w.group()) > 3 or "." not in w.group() else w.group()
                        if len(w.group()) <= 3 and gazetteer.known_actor(w.group()):
                            titled = w.group()  # "US", "UN", "EU": an acronym stays in capitals
                        start = line.start() + w.start()
                        out[start : start + len(titled)] = titled
                    i += n
                    break
            else:
                word = words[i].group()
                start = line.start() + words[i].start()
                low = word.lower()
                acronym = (
                    (len(word) <= 3 or not any(v in low for v in "aeiou"))
                    and low not in STOP_WORDS
                    and low not in common
                    and low.rstrip("s") not in common
                )
                if not acronym and ("." not in word.strip(".") or len(word) > 5):  # "U.S." stays as it is
                    lowered = word.lower() if i else word.capitalize()
                    out[start : start + len(word)] = lowered
                i += 1
    return "".join(out)


def _restore_words(original: str, events, actors, quotes) -> None:
    """Rows carry the article's own words, whatever case the parser was shown."""
    for e in events:
        e.sentence = original[e.sentence_start : e.sentence_start + len(e.sentence)]
        e.trigger = original[e.trigger_start : e.trigger_end]
        for party in (*e.actors, *e.recipients):
            party["text"] = original[party["start"] : party["end"]]
    for m in actors:
        m.text = original[m.start : m.end]
    for q in quotes:
        q.text = original[q.start : q.end]


ENGLISH = {"en", None}


def nlp_version(
    model: str | None = None,
    actor_files: Iterable[str] = (),
    pattern_files: Iterable[str] = (),
    vectors: bool = False,
    meaning: bool = False,
    rules_only: bool = False,
) -> str:
    """What decides whether an article must be coded again: the coder's code version, the model, the
    built-in data files it reads (verbs, words, ontology, gazetteer, roles), the user's files, and
    whether the optional vector step reads verbs the lexicon lacks and which reader of whole sentences has its
    say (the word reader by default, the MiniLM reader with `meaning`, none with `rules_only`)."""
    reader = "meaning" if meaning else "none" if rules_only else "words"
    trained = {"meaning": meaning_reader.trained_files, "words": word_reader.trained_files}.get(reader, list)()
    return stage_version(
        CODER_VERSION,
        ("storyline.events", "storyline.actors", "storyline.extract"),
        [*actor_files, *pattern_files, *trained],
        model or "default",
        f"pieces={MAX_PIECE},{MAX_RUN_ON},{MAX_CODED_CHARS}",
        *(["vectors=glove-6b-50d"] if vectors else []),
        f"reader={reader}",
    )


class ArticleCoder:
    """The language stages for many articles: parse, resolve actors, code events and quotes."""

    def __init__(
        self,
        model: str | None = None,
        actor_files: Iterable[str] = (),
        pattern_files: Iterable[str] = (),
        vectors: bool = False,
        meaning: bool = False,
        rules_only: bool = False,
    ):
        """`vectors=True` turns on the optional step of similar.py (verbs the lexicon lacks, read by
        their GloVe neighbours); it raises VectorsMissing when the package is not installed. The coder's reader
        of whole sentences is the word reader (word_reader.py) by default; `meaning=True` takes the optional
        MiniLM reader instead (meaning.py; it raises MeaningMissing likewise); `rules_only=True` takes none."""
        if meaning and rules_only:
            raise ValueError("the optional reader (meaning) and the rules alone (rules_only) exclude each other")
        self.nlp = load_model(model)
        self.model = model_name(self.nlp)
        self.gazetteer = gazetteer_with(tuple(actor_files))
        self.coder = SentenceCoder(load_lexicon(tuple(pattern_files)), self.gazetteer)
        if vectors:
            similar.require()
            self.coder.candidates.similar = similar.SimilarVerbs(self.coder.lex)
        if meaning:
            self.coder.reader = meaning_reader.MeaningReader()
        elif not rules_only:
            self.coder.reader = word_reader.WordReader()
        lexicon = self.coder.lex
        lists = [*WORDS.values(), *lexicon.sets.values(), lexicon.nouns]
        self.common_words = frozenset(self.coder.known_verbs).union(*lists)

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
        shown = [truecase_headlines(j[2], self.gazetteer, self.common_words) for j in jobs]
        for (article_id, offset, piece, published, precision), doc in zip(jobs, parse(self.nlp, shown)):
            out = coded[article_id]
            base = sent_base.get(article_id, 0)
            self._code_doc(doc, article_id, published, precision, out, offset, base, piece)
            sent_base[article_id] = base + sum(1 for _ in doc.sents)
            out.sentences = sent_base[article_id]
        return [coded[r.article_id] for r in rows], problems

    def _code_doc(
        self,
        doc,
        article_id: str,
        published: Any,
        precision: str,
        out: Coded,
        offset: int,
        base: int,
        original: str | None = None,
    ) -> None:
        sent_index = {s.start: base + i for i, s in enumerate(doc.sents)}
        self.coder.repair_lemmas(doc)
        anchor = published if isinstance(published, date) else _as_date(published)
        actors = DocActors(doc, article_id, self.gazetteer, sentence_base=base, when=anchor)
        events = self.coder.code(doc, actors, article_id, anchor, precision if anchor else "unknown", sent_index)
        quotes = find_quotes(doc, article_id, actors, sent_index)
        if original is not None and original != doc_text(doc):
            _restore_words(original, events, actors.mentions, quotes)
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
