"""extract: a raw Source to a clean Article (or a Problem saying why there is none).

    html.py      HTML pages -> text + metadata (trafilatura, htmldate)
    debris.py    plain-text dumps -> the article lines (our cleaner)
    dating.py    the document date, its precision and where it came from
    language.py  offline language identification

`extract()` is a pure function of one Source, so it runs in worker processes.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import urlparse

from ..records import Article, DateGuess, Problem, Source
from ..versions import stage_version
from .dating import date_from_text, parse_given
from .debris import Patterns, clean, default_patterns
from .fingerprint import minhash, text_hash
from .html import extract_html
from .language import detect
from .terms import key_terms, story_terms

EXTRACT_VERSION = "4"
RECORD_FORMATS = frozenset({"json", "jsonl", "csv", "tsv", "feed"})


@dataclass(slots=True)
class ExtractOptions:
    """What extraction can be told: extra debris phrase files and the smallest article kept."""

    debris_files: list[str] = field(default_factory=list)
    min_chars: int = 1

    def patterns(self) -> Patterns:
        return Patterns.load(self.debris_files) if self.debris_files else default_patterns()


def extract_version(debris_files: list[str] | tuple[str, ...] = ()) -> str:
    """The extract stage's version: its code version, its data files (debris phrases, stop words)
    and the user's debris files. A change re-reads every input and re-extracts every article."""
    return stage_version(EXTRACT_VERSION, ("storyline.extract",), debris_files)


@lru_cache(maxsize=16)
def _version(debris_files: tuple[str, ...]) -> str:
    return extract_version(debris_files)


def content_hash(source: Source, version: str = "") -> str:
    """What decides whether a record is new: its id, content, the metadata it came with and the
    version of the extractor that read it (a new extractor re-extracts every article)."""
    h = hashlib.sha256(version.encode())
    for part in (source.id, source.content, source.title or "", source.published or "", source.url or ""):
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\0")
    return h.hexdigest()


def extract(
    source: Source, options: ExtractOptions | None = None, patterns: Patterns | None = None
) -> Article | Problem:
    """Turn one Source into an Article; a Source with no article text becomes a Problem."""
    options = options or ExtractOptions()
    title, author, site = source.title, source.extra.get("author"), source.source
    removed = 0
    html_date = None
    # text that came as a record's field (JSONL, CSV, a feed item) is already the article
    is_record = source.format in RECORD_FORMATS
    if source.is_html:
        result = extract_html(source.content, source.url, fragment=is_record)
        text = _drop_leading_title(result.text, title or result.title)
        title = title or result.title
        author = author or result.author
        site = site or result.sitename
        html_date = result.date
        raw_for_dating, chrome = text, []
    else:
        cleaned = clean(source.content, patterns or options.patterns(), record=is_record)
        text, removed = cleaned.text, len(cleaned.removed)
        title = title or cleaned.title
        site = site or cleaned.outlet
        raw_for_dating, chrome = source.content, cleaned.chrome_dates
    text = _tidy(text)
    if len(text) < options.min_chars or not any(c.isalnum() for c in text):
        what = "page" if source.is_html else "text"
        return Problem(
            source.path,
            "no_text",
            f"no article text found in this {what} ({len(source.content)} characters in)",
            source.record,
            stage="extract",
        )
    guess = (
        parse_given(source.published)
        or (DateGuess(html_date, "day", "metadata", "HTML metadata") if html_date else None)
        or date_from_text(raw_for_dating, chrome)
    )
    if guess.value is None and source.extra.get("warc_date"):
        crawl = parse_given(source.extra["warc_date"])
        if crawl and crawl.value:  # crawled on that day: published then or before; trust the month only
            guess = DateGuess(crawl.value[:8] + "01", "month", "crawl", f"WARC-Date {source.extra['warc_date']}")
    language, language_score = detect(text)
    return Article(
        id=source.id,
        text=text,
        input_path=source.path,
        format=source.format,
        content_hash=content_hash(source, _version(tuple(options.debris_files))),
        input_record=source.record,
        url=source.url,
        source=site or _site_from(source),
        title=_tidy(title) if title else None,
        author=author,
        published=guess.value,
        published_precision=guess.precision,
        published_from=guess.origin,
        published_evidence=guess.evidence,
        language=language,
        language_score=language_score,
        removed_lines=removed,
        extra=source.extra,
        terms=key_terms(text, title),
        story_terms=story_terms(text, title, site=site or _site_from(source)),
        text_hash=text_hash(text),
        minhash=minhash(text),
    )


def _drop_leading_title(text: str, title: str | None) -> str:
    """Some pages repeat the headline as the first line of the body: keep it in `title` only."""
    if not title:
        return text
    first, _, rest = text.partition("\n")
    return rest.lstrip("\n") if first.strip() == title.strip() and rest.strip() else text


def _site_from(source: Source) -> str | None:
    if source.url:
        host = urlparse(source.url).netloc.lower()
        return host[4:] if host.startswith("www.") else host or None
    return None


_SPACES = re.compile(r"[ \t\u00a0]+")
_BLANKS = re.compile(r"\n{3,}")


def _tidy(text: str) -> str:
    """Normalise spacing without touching content: collapse runs of spaces and blank lines."""
    text = _SPACES.sub(" ", text.replace("\r\n", "\n"))
    text = "\n".join(line.strip() for line in text.split("\n"))
    return _BLANKS.sub("\n\n", text).strip()


__all__ = ["EXTRACT_VERSION", "ExtractOptions", "content_hash", "extract", "extract_version"]
